#!/usr/bin/python3
"""A committee's net budget in GBP m to one place over three years, the years headed with
their unit ("2025/26 £m"), and a 'Total net budget' row (issue 17: a total that agrees with
its rows only to their rounding confirms how the row adds). Made up: not a real file.
Written into tests/data/period_units/.

Each line is rounded from GBP 000 to GBP 0.1m, and each total from the exact sum, so a
total may differ from its rounded lines by a few tenths.
- budget-m.xlsx: right. Every year's total is off its lines by rounding only: rounding
  notes, no error.
- budget-m-wrong.xlsx: the middle year's total typed 18.0 too high (a round-figure slip):
  an error at it. Before, its neighbours agreeing only to their rounding left it unchecked,
  said to be "not confirmed by its other columns", because a heading with its unit
  ("2026/27 £m") was not read as naming a period.
- budget-rate.xlsx: the right budget beside a "Band D £" column whose total row is the
  average of its rows, not their sum: the rate is not accused.

usage: /usr/bin/python3 tests/data/period_units/make_period_units.py   (needs openpyxl)
"""
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

# GBP 000 by year: each service's exact figures.
SERVICES = [
    ("Adult social care", 112449, 118231, 124962),
    ("Children's services", 84372, 88046, 91234),
    ("Highways", 23461, 24112, 24968),
    ("Waste", 18249, 18951, 19637),
    ("Libraries", 6348, 6457, 6549),
    ("Planning", 4451, 4587, 4648),
    ("Housing", 12249, 12654, 13047),
    ("Public health", 21349, 21952, 22448),
    ("Corporate", 15751, 16247, 16749),
    ("Capital financing", 9649, 9951, 10349),
]
YEARS = ["2025/26 \u00a3m", "2026/27 \u00a3m", "2027/28 \u00a3m"]


def tenths(thousands):
    # GBP 000 to tenths of a GBP m, half up, in integers.
    return (thousands + 50) // 100


def sheet(wrong=False, rate=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Net budget"
    ws.append(["Service"] + YEARS + (["Band D \u00a3"] if rate else []))
    for k, (name, *years) in enumerate(SERVICES):
        row = [name] + [tenths(y) / 10 for y in years]
        if rate:
            row.append(1500 + 37 * k)
        ws.append(row)
    totals = [tenths(sum(s[1 + j] for s in SERVICES)) for j in range(3)]
    if wrong:
        totals[1] += 180
    row = ["Total net budget"] + [t / 10 for t in totals]
    if rate:
        row.append(round(sum(1500 + 37 * k for k in range(len(SERVICES))) / len(SERVICES), 2))
    ws.append(row)
    for r in ws.iter_rows(min_row=2, min_col=2, max_col=4):
        for c in r:
            c.number_format = "0.0"
    return wb


def main():
    sheet().save(os.path.join(HERE, "budget-m.xlsx"))
    sheet(wrong=True).save(os.path.join(HERE, "budget-m-wrong.xlsx"))
    sheet(rate=True).save(os.path.join(HERE, "budget-rate.xlsx"))
    # The exact sums against the rounded lines, for the reader of this script.
    for j in range(3):
        lines = sum(tenths(s[1 + j]) for s in SERVICES)
        print(YEARS[j], "lines", lines, "total", tenths(sum(s[1 + j] for s in SERVICES)))


if __name__ == "__main__":
    main()
