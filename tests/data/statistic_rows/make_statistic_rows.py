#!/usr/bin/env python3
"""Rows that name a statistic of the rows above them ("Average per branch", "Median",
"Minimum", "Max.") under a table's Total row (issue 17, a false alarm a new-user tester
found): their figures are no sums, and their Total column is the statistic of the Total
column (the median of the totals), not the sum of their own row. Made-up figures of the
class, written into tests/data/statistic_rows/.

- branches.csv: branches x Staff, Premises, Stock, Total; a Total row; then Average per
  branch and Median rows: no error (the Median's Total is not its row's sum).
- branches-all-statistics.csv: the same with Minimum and Max. rows under them too: no error,
  and the Total column still checked in the branches' rows.
- branches-wrong-total.csv: one branch's Total 9,000 too high: an error at that cell.
- branches-wrong-component.csv: one branch's Premises 9,000 too high: an error on its row
  (its Total) or at the column's Total row.
- grants.csv: a grants list in revenue and capital with a Total column whose lines open with the
  words of a statistic but go on with what they are ("Maximum grant payable", "Minimum
  revenue provision"): lines like the others, each row's Total its years' sum: no error.
- grants-wrong.csv: the "Maximum grant payable" Total 900 too high: an error at that cell.

usage: python3 tests/data/statistic_rows/make_statistic_rows.py   (Python standard library only)
"""

import csv
import os
import statistics

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


BRANCHES = [("Central", 187193, 382585, 52227), ("Northgate", 256472, 12361, 383086),
            ("Southfields", 185090, 84990, 108912), ("Eastbrook", 227841, 38244, 121415),
            ("Westlea", 271205, 224067, 142135), ("Mobile", 303557, 219935, 79945)]


def branches(total_off=0, premises_off=0, extremes=False):
    rows = [["Branch", "Staff \u00a3", "Premises \u00a3", "Stock \u00a3", "Total \u00a3"]]
    lines = []
    for k, (name, staff, premises, stock) in enumerate(BRANCHES):
        line = [staff, premises, stock, staff + premises + stock]
        lines.append(line)
        shown = list(line)
        if k == 2:
            shown[3] += total_off
            shown[1] += premises_off
        rows.append([name, *(f"{x:,}" for x in shown)])
    cols = list(zip(*lines))
    rows.append(["Total", *(f"{sum(c):,}" for c in cols)])
    rows.append(["Average per branch", *(f"{round(statistics.mean(c)):,}" for c in cols)])
    rows.append(["Median", *(f"{round(statistics.median(c)):,}" for c in cols)])
    if extremes:
        rows.append(["Minimum", *(f"{min(c):,}" for c in cols)])
        rows.append(["Max.", *(f"{max(c):,}" for c in cols)])
    return rows


GRANTS = [("Community halls", 12500, 13100), ("Maximum grant payable", 40000, 42000),
          ("Minimum revenue provision", 18250, 18900), ("Play areas", 7300, 6450),
          ("Youth clubs", 9800, 10150)]


def grants(off=0):
    rows = [["Grant", "Revenue \u00a3", "Capital \u00a3", "Total \u00a3"]]
    for name, a, b in GRANTS:
        total = a + b + (off if name.startswith("Maximum") else 0)
        rows.append([name, f"{a:,}", f"{b:,}", f"{total:,}"])
    ya = sum(g[1] for g in GRANTS)
    yb = sum(g[2] for g in GRANTS)
    rows.append(["Total", f"{ya:,}", f"{yb:,}", f"{ya + yb:,}"])
    return rows


write("branches.csv", branches())
write("branches-all-statistics.csv", branches(extremes=True))
write("branches-wrong-total.csv", branches(total_off=9000))
write("branches-wrong-component.csv", branches(premises_off=9000))
write("grants.csv", grants())
write("grants-wrong.csv", grants(off=900))
