#!/usr/bin/env python3
"""A table by year with a 'Change' column beside the years (issue 17, trial2 e65).

A budget by service: '2025/26', '2026/27', then 'Change' (£000, the later year less the earlier) and
a second 'Change' in per cent (a fraction shown 0.0% in the workbook, '2.4%' in the csv), and a
Total row. Before, the table was read as a summary by year, which checks its years and their Total:
both Change columns were said unchecked, and a Change typed wrong passed.

- budget-right: silent; the amount Change's Total checked, and each line's Change as the later year
  less the earlier; the per cent column still set aside (said unchecked in the workbook).
- budget-change-wrong: the Change of 'Waste' typed 1,872 (1,782 right): an error at its cell
  (relation-mismatch), the Total under it agreeing once it is corrected.
- budget-change-total-wrong: the Change's Total typed 5,912 (5,192 right): an error at the Total
  (column-total-mismatch).
- budget-unrelated-right: a 'Change' that is no difference of the years on most lines (a change in
  staff numbers beside the money), its Total the sum of its lines: silent, the column said
  unchecked, never an error.

usage: /usr/bin/python3 tests/data/change_columns/make_change_columns.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

LINES = [
    ("Adult care", 41210, 42377),
    ("Children's services", 18402, 19915),
    ("Schools support", 6120, 5884),
    ("Public health", 12077, 12460),
    ("Roads", 15530, 16205),
    ("Waste", 9944, 11726),
    ("Parks and open spaces", 3190, 2962),
    ("Libraries", 2255, 2198),
    ("Corporate", 14880, 15073),
]


def budget(slip=None, unrelated=False):
    rows = [["Net budget by service"], ["£000"], [], ["Service", "2025/26", "2026/27", "Change", "Change"]]
    tot = [0, 0, 0]
    for k, (name, a, b) in enumerate(LINES):
        ch = b - a
        if unrelated:
            ch = [4, -2, 0, 7, 3, -5, 1, 2, -1][k]
        if slip == "line" and name == "Waste":
            assert ch == 1782
            ch = 1872
        tot = [tot[0] + a, tot[1] + b, tot[2] + ch]
        rows.append([name, a, b, ch, (b - a) / a])
    if slip == "line":
        tot[2] -= 90
    if slip == "total":
        assert tot[2] == 5192
        tot[2] = 5912
    rows.append(["Total", tot[0], tot[1], tot[2], (tot[1] - tot[0]) / tot[0]])
    return rows


def write(name, rows):
    with open(os.path.join(HERE, name + ".csv"), "w", newline="") as f:
        w = csv.writer(f)
        for r in rows:
            if len(r) == 5 and isinstance(r[4], float):
                r = r[:4] + ["%.1f%%" % (100 * r[4])]
            w.writerow(r)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget"
    for r in rows:
        ws.append([None if c == "" else c for c in r])
    for row in ws.iter_rows(min_row=5, min_col=5, max_col=5):
        for c in row:
            c.number_format = "0.0%"
    wb.save(os.path.join(HERE, name + ".xlsx"))


write("budget-right", budget())
write("budget-change-wrong", budget(slip="line"))
write("budget-change-total-wrong", budget(slip="total"))
write("budget-unrelated-right", budget(unrelated=True))
