#!/usr/bin/env python3
"""A statutory return's form (tester 21, row 2; class: the row of column numbers a return
puts under its headings read as figures over its lines' formulas). Made up: not a real
body's figures. Written into tests/data/column_numbers/.

Headings, a units row, then the column numbers 1 2 3 ... 7 under them, typed; each line
works its columns out by formulas alike down the form (=C6+D6, =F6+G6, =E6-H6) and a total
line adds the lines. The column numbers stand above each run of formulas: '7' over
=E6-H6 is column 7's number, not a net figure typed over the formula.
- colnums-right.xlsx: every figure right: nothing to report (before: an error at I5, '7'
  said to be typed over where =E5-H5 gives -3).
- colnums-wrong.xlsx: one line's net expenditure (I8) typed 40 more than its formula
  gives: an error there, none at the column numbers.

usage: python3 tests/data/column_numbers/make_column_numbers.py   (Python standard library only)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import make_typed_over as xlsx  # noqa: E402  (its xlsx writer)

xlsx.OUT = HERE

LINES = [("Early years", 5120, 3140, 210, 1450), ("Primary schools", 61230, 18470, 1320, 6510),
         ("Secondary schools", 48770, 16220, 2140, 5230), ("Special schools", 14560, 6330, 310, 1870),
         ("Home to school transport", 410, 11230, 60, 220), ("Youth services", 1230, 760, 85, 310)]


def form(typed=None):
    """typed: (line index, column letter, delta): that line's formula in that column typed
    as a figure `delta` more than it gives."""
    rows = [["Revenue Outturn: education services"], [],
            ["Line", "Service", "Employees", "Running expenses", "TOTAL EXPENDITURE", "Sales, fees and charges",
             "Other income", "TOTAL INCOME", "NET CURRENT EXPENDITURE"],
            [None, None] + ["\u00a3 thousand"] * 7,
            [None, None, 1, 2, 3, 4, 5, 6, 7]]
    first = len(rows) + 1
    for k, (name, emp, run, sfc, oth) in enumerate(LINES):
        r = len(rows) + 1
        wrong = {typed[1]: typed[2]} if typed and typed[0] == k else {}
        e = emp + run + wrong.get("E", 0)  # what E shows, typed or worked out
        values = {"E": (f"=C{r}+D{r}", e), "H": (f"=F{r}+G{r}", sfc + oth), "I": (f"=E{r}-H{r}", e - sfc - oth)}
        for c, delta in wrong.items():
            values[c] = values[c][1] + (delta if c != "E" else 0)
        rows.append([k + 1, name, emp, run, values["E"], sfc, oth, values["H"], values["I"]])
    last = len(rows)
    tot = [len(LINES) + 1, f"TOTAL EDUCATION SERVICES (total of lines 1 to {len(LINES)})"]
    for c in "CDEFGHI":
        col = ord(c) - ord("A")
        s = 0
        for row in rows[first - 1:last]:
            v = row[col]
            s += v[1] if isinstance(v, tuple) else v
        tot.append((f"=SUM({c}{first}:{c}{last})", s))
    rows.append(tot)
    return rows


xlsx.write_xlsx("colnums-right.xlsx", form(), sheet="RO1")
xlsx.write_xlsx("colnums-wrong.xlsx", form((2, "I", 40)), sheet="RO1")
