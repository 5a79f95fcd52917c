#!/usr/bin/env python3
"""Budget virements between directorates, each line netting to nil across the row, with a
'Net effect' column of zeros and a Total row (issue 17, trial3 f07; class: a column whose
figures are all nil or zero but one takes its rounding step from that one figure, so a
wrong 10 or 100 there passed as the rounding of a table rounded to tens or hundreds). Made
up: not a real body's figures. Written into tests/data/net_zero_columns/.

- virements-right.csv / .xlsx: every total right: nothing to report.
- virements-total-wrong.csv / .xlsx: the Net effect Total typed 10 where its lines add to 0:
  an error at it (before: a rounding note, 'within the rounding of the table's figures, 30').
- virements-line-wrong.csv / .xlsx: one line's Net effect typed 100 where its row nets to
  nil: an error at the Total under it, or at the line (before: a rounding note, 300).

usage: /usr/bin/python3 tests/data/net_zero_columns/make_net_zero_columns.py   (needs openpyxl)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _fixtures  # noqa: E402  (tests/data/_fixtures.py: the csv and xlsx writers)

DIRECTORATES = ["Adults", "Children", "Place", "Resources", "Corporate"]
# (ref, description, {directorate: amount}); each line nets to nil.
LINES = [("V01", "Training budgets brought together", {"Adults": -820, "Corporate": 820}),
         ("V02", "Facilities management moved", {"Adults": 655, "Children": -655}),
         ("V03", "Pay award funded from contingency", {"Children": -1370, "Corporate": 1370}),
         ("V04", "Transport budgets realigned", {"Adults": -947, "Corporate": 947}),
         ("V05", "Inflation for care contracts", {"Adults": -288, "Place": 288}),
         ("V06", "Grants team moved", {"Adults": 96, "Children": 41, "Resources": -137}),
         ("V07", "Energy budget pooled", {"Adults": 312, "Place": -312}),
         ("V08", "Apprenticeship levy re-allocated", {"Children": -1612, "Resources": 1612}),
         ("V09", "School transport pressure funded", {"Place": 2045, "Corporate": -2045})]


def table(total_off=0, line_off=0):
    rows = [["Virements approved in quarter 2"], ["\u00a3000; transfers out shown as negatives"], [],
            ["Ref", "Description"] + DIRECTORATES + ["Net effect"]]
    totals = [0] * len(DIRECTORATES)
    for k, (ref, desc, amounts) in enumerate(LINES):
        figures = [amounts.get(d) for d in DIRECTORATES]
        for i, f in enumerate(figures):
            totals[i] += f or 0
        net = sum(f or 0 for f in figures) + (line_off if k == 7 else 0)
        rows.append([ref, desc] + figures + [net])
    rows.append([None, "Total virements"] + totals + [sum(totals) + total_off])
    return rows


def write(name, rows):
    _fixtures.write(HERE, name, rows, "Virements")


write("virements-right", table())
write("virements-total-wrong", table(total_off=10))
write("virements-line-wrong", table(line_off=100))
