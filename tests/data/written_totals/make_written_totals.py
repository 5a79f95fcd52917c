#!/usr/bin/env python3
"""A list of awards written in thousands as text ('£118k') under a Total written in
millions ('£1.27m'): the Total is its own rounding, to £10k, so a sum of 1,265 (£000)
under '£1.27m' is rounding, not an error (issue 17, tester 25 kit 2 e57; class: a total
written more coarsely than its lines). Made up: not a real body's figures. Written into
tests/data/written_totals/.

- sports-right.csv / .xlsx: the 2025/26 lines add up to 1,265, the Total says '£1.27m'
  (half its £10k step off): a rounding note, no error; the 2026/27 Total agrees exactly.
- sports-wrong.csv / .xlsx: the 2025/26 Total says '£1.29m', 25 off, more than the half
  step: an error at it.

- sports-one-figure.csv / .xlsx: the 2025/26 Total written '£1m': fewer than three
  significant figures, so no rounding of it is allowed: an error at it.

usage: /usr/bin/python3 tests/data/written_totals/make_written_totals.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

LINES = [("Riverside Rowing Club", 118, 96), ("Northfield Athletics", 164, 150),
         ("Eastgate Swimming Trust", 87, 121), ("Valley Cycling Club", 142, 88),
         ("Hillside Tennis Club", 76, 132), ("Old Town Boxing Gym", 211, 104),
         ("Harbour Sailing School", 98, 175), ("Parkside Netball League", 153, 119),
         ("Moorland Fell Runners", 126, 95), ("Southbank Climbing Wall", 90, 140)]


def rows(total_now):
    assert sum(x for _, x, _ in LINES) == 1265 and sum(y for _, _, y in LINES) == 1220
    out = [["Sports grants awarded", "", ""], ["", "", ""], ["Club", "2025/26", "2026/27"]]
    out += [[n, f"£{x}k", f"£{y}k"] for n, x, y in LINES]
    out.append(["Total", total_now, "£1.22m"])
    return out


def write(name, table):
    with open(os.path.join(HERE, name + ".csv"), "w", newline="") as f:
        csv.writer(f).writerows(table)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Grants"
    for r in table:
        ws.append([v if v != "" else None for v in r])
    wb.save(os.path.join(HERE, name + ".xlsx"))


write("sports-right", rows("£1.27m"))
write("sports-wrong", rows("£1.29m"))
# '£1m' is written to one significant figure: no total to excuse by half its step
# (£500k), an error as any other (review of a70fc02).
write("sports-one-figure", rows("£1m"))
