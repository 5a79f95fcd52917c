"""Year tables where one row happens to add two others (issue 17, precision).

A service summary by year (2024/25 to 2026/27) whose first row, Adult social
care, is year by year the sum of the two rows under it (Children's social
care + Public health): a coincidence, no label nor indent says those rows
nest. The Total adds every row, so a Total typed wrong must be caught at its
cell, not read as a budget whose rows nest totals.

  coinc-right        Total adds every row (silent, totals checked)
  coinc-wrong        Total typed 750 for 2024/25 (740): error at B10
  coinc-col-right    the same with a Total column
  coinc-col-wrong    Total typed 750 for 2024/25 and 2,371 in the Total column: error at B10

usage: /usr/bin/python3 tests/data/year_coincidence/make_year_coincidence.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
YEARS = ["2024/25", "2025/26", "2026/27"]
LINES = [
    ("Adult social care", [300, 320, 340]),
    ("Children's social care", [200, 210, 220]),
    ("Public health", [100, 110, 120]),
    ("Highways", [80, 85, 90]),
    ("Waste", [60, 62, 64]),
]


def table(total_col, typed_first=None):
    head = ["Service"] + YEARS + (["Total"] if total_col else [])
    rows = [["Net revenue budget"], ["£000"], [], head]
    for name, figs in LINES:
        rows.append([name] + figs + ([sum(figs)] if total_col else []))
    total = [sum(f[i] for _, f in LINES) for i in range(3)]
    if typed_first is not None:
        total[0] = typed_first
    rows.append(["Total"] + total + ([sum(total)] if total_col else []))
    width = len(head)
    return [r + [""] * (width - len(r)) for r in rows]


def write(name, rows):
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = name
    for r in rows:
        ws.append([None if v == "" else v for v in r])
    wb.save(os.path.join(HERE, name + ".xlsx"))


if __name__ == "__main__":
    write("coinc-right", table(False))
    write("coinc-wrong", table(False, 750))
    write("coinc-col-right", table(True))
    write("coinc-col-wrong", table(True, 750))
