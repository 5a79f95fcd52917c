#!/usr/bin/env python3
"""Writes a small council's annual return accounting statement (Section 2 of the annual
governance and accountability return) as CSV, in two forms, each right and with the second
year's closing balance typed 9 over what the statement's own figures give:

  annual-return-{right,wrong}.csv          the statement's lines: 1 balances brought forward,
                                           2 precept, 3 other receipts, 4 staff costs, 5 loan
                                           interest/capital repayments, 6 all other payments,
                                           7 balances carried forward (= 1 + 2 + 3 - 4 - 5 - 6)
  annual-return-totals-{right,wrong}.csv   the same with a Totals line (1 + 2 + 3) and a Total
                                           expenses line (4 + 5 + 6) between them

Run from the project root: python3 tests/data/relations/make_annual_return.py
"""
import csv
import os

OUT = os.path.join("tests", "data", "relations")
# Two years: 2022/23 and 2023/24; the second year opens with the first's closing balance.
YEARS = ["Year ending 31 March 2023", "Year ending 31 March 2024"]
OPEN, PRECEPT, RECEIPTS = [14471, 16219], [20810, 32510], [2329, 7773]
STAFF, LOANS, OTHER = [4688, 5284], [0, 0], [16703, 32255]


def closing(y):
    return OPEN[y] + PRECEPT[y] + RECEIPTS[y] - STAFF[y] - LOANS[y] - OTHER[y]


def write(name, with_totals, typo):
    close = [closing(0), closing(1) + typo]
    rows = [["", *YEARS], ["1. Balances brought forward", *OPEN], ["2. Precept or rates and levies", *PRECEPT],
            ["3. Total other receipts", *RECEIPTS]]
    if with_totals:
        rows.append(["Totals", *[OPEN[y] + PRECEPT[y] + RECEIPTS[y] for y in (0, 1)]])
    rows += [["4. Staff costs", *STAFF], ["5. Loan interest/capital repayments", *LOANS],
             ["6. All other payments", *OTHER]]
    if with_totals:
        rows.append(["Total expenses", *[STAFF[y] + LOANS[y] + OTHER[y] for y in (0, 1)]])
    rows.append(["7. Balances carried forward", *close])
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


for totals, stem in ((False, "annual-return"), (True, "annual-return-totals")):
    write(stem + "-right.csv", totals, 0)
    write(stem + "-wrong.csv", totals, 9)
