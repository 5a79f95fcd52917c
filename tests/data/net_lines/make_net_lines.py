#!/usr/bin/env python3
"""Service budgets in one column whose last line, 'Net expenditure', is the gross
expenditure less the income (issue 17, class: a 'Net ...' line read as the last lines of
its own block). Made up: not a real council's figures. Written into tests/data/net_lines/.

A 'Net ...' line is tried on the lines of its block, the subtotals above it and the last
lines and subtotals above it. Before, 'the last 4 rows' of a block of five plain lines
was one of those readings: a Net line whose figure happens to equal the lines under the
first (what a total whose range starts too late gives) was read so and counted as a total
checked that agrees.
- mixed-wrong.csv: income written both ways ('Fees and charges' -250, 'Less: grants' 400),
  Net expenditure 650 where 750 is right (900 + 300 + 200 - 250 - 400); 650 is the last
  four lines as written. Which income lines are taken off is not known from the table:
  no total is checked, and it is said unchecked (before: 'every total checked agrees').
- signed-right.csv (guard): income written negative throughout, Net 750: checked, agrees.

usage: python3 tests/data/net_lines/make_net_lines.py   (Python standard library only)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["Line", "£000"])
        w.writerows(rows)


LINES = [("Employees", 900), ("Premises", 300), ("Supplies", 200)]
write("mixed-wrong.csv", LINES + [("Fees and charges", -250), ("Less: grants", 400), ("Net expenditure", 650)])
write("signed-right.csv", LINES + [("Fees and charges", -250), ("Grants", -400), ("Net expenditure", 750)])
