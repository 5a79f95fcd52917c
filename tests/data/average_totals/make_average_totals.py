#!/usr/bin/env python3
"""Deposits by counterparty with one Total row that adds the amounts and the interest
but shows the AVERAGE days to maturity, weighted by amount (issue 17, tester 25 kit 2
e70; class: a column whose only Total-row figure is an average of its lines, not a
sum). Made up: not a real body's figures. Written into tests/data/average_totals/.

- deposits-right.csv / .xlsx: every total right: nothing to report; the days column is
  listed as unchecked (its Total-row figure lies between its smallest and largest line,
  as an average does); before: an error at its Total, 'the 6 rows above it add up to'.
- deposits-not-a-mean.csv / .xlsx: the days Total 62, inside the lines' range but no mean of
  them: an error at it, as before the average reading.
- deposits-wrong.csv / .xlsx: the same with the interest total 90 more than its lines:
  the row is then off in two columns and confirms no reading: listed as unchecked, no
  error (as main; never claimed checked).
- rates-highest-right.csv / .xlsx, rates-lowest-right.csv / .xlsx: interim staff spend and
  days with a 'Highest (Lowest) day rate' column and no average beside it: the Total row
  gives the highest (lowest) of the lines, not their sum: listed as unchecked, no error
  (review 26: before, an error 'says 95 but the 6 rows above it add up to 425').
- capital-total-is-top-line.csv / .xlsx: a 'Forecast' Total typed as its largest line: an
  error at it (a money column, no heading naming an extreme or a rate; review 27).
- rates-highest-spend-wrong.csv / .xlsx: the same with the spend total 90 more than its
  lines: off in two columns, so the row confirms no reading: listed unchecked, no error.

usage: /usr/bin/python3 tests/data/average_totals/make_average_totals.py   (needs openpyxl)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _fixtures  # noqa: E402  (tests/data/_fixtures.py: the csv and xlsx writers)

LINES = [("Northshire Building Society", 8500, 312, 95),
         ("Debt Management Office", 21000, 874, 14),
         ("Eastborough Council", 5000, 201, 182),
         ("Harbour Bank plc", 12750, 466, 63),
         ("Money market fund A", 9300, 355, 1),
         ("Westvale Fire Authority", 3000, 128, 270)]


def table(interest_off=0, days_as=None):
    amount = sum(l[1] for l in LINES)
    interest = sum(l[2] for l in LINES) + interest_off
    days = round(sum(l[1] * l[3] for l in LINES) / amount, 1) if days_as is None else days_as
    rows = [["Treasury deposits at 30 September 2025"], [],
            ["Counterparty", "Amount \u00a3000", "Interest \u00a3000", "Days to maturity"]]
    rows += [[n, a, i, d] for n, a, i, d in LINES]
    rows.append(["Total", amount, interest, days])
    return rows


def write(name, rows):
    _fixtures.write(HERE, name, rows, "Deposits")


write("deposits-right", table())
write("deposits-wrong", table(interest_off=90))
# The days column's Total is 62 (inside its lines' range, far short of their sum, 625)
# but no mean of them, plain or weighted by amount or interest: a wrong total, never
# excused as an average (review of ef5772a: a dropped digit passed as one).
write("deposits-not-a-mean", table(days_as=62))


STAFF = [("Finance", 84210, 1288, 95.00, 40.00),
         ("Human resources", 61935, 1472, 60.00, 35.00),
         ("Planning", 72118, 1327, 80.00, 45.00),
         ("Highways", 139402, 3115, 70.00, 30.00),
         ("Housing", 97560, 2204, 65.00, 38.00),
         ("Revenues and benefits", 158722, 3861, 55.00, 32.00)]


def rates(extreme, spend_off=0):
    """Interim and agency staff by team: spend and days add up; the rate column's Total
    row is the highest (or lowest) rate of the lines, as such a column's is."""
    pick = (lambda l: l[3]) if extreme == "Highest" else (lambda l: l[4])
    rows = [["Interim and agency staff"], [],
            ["Team", "Spend \u00a3", "Days", extreme + " day rate \u00a3"]]
    rows += [[l[0], l[1], l[2], pick(l)] for l in STAFF]
    best = max if extreme == "Highest" else min
    rows.append(["Total", sum(l[1] for l in STAFF) + spend_off, sum(l[2] for l in STAFF),
                 best(pick(l) for l in STAFF)])
    return rows


write("rates-highest-right", rates("Highest"))
write("rates-lowest-right", rates("Lowest"))
write("rates-highest-spend-wrong", rates("Highest", spend_off=90))


def capital_total_is_top_line():
    """A money column's Total typed as its largest line (a line copied down): an error,
    never set aside as a maximum (review 27: a 'Forecast' Total of 4,050 passed so)."""
    lines = [("Highways maintenance", 4120, 2210, 4050), ("Flood defences", 1860, 940, 1900),
             ("Depot refurbishment", 960, 410, 980), ("School expansion", 3450, 1725, 3400)]
    rows = [["Capital programme 2025/26"], ["\u00a3000"], [], ["Scheme", "Budget", "Spend to date", "Forecast"]]
    rows += [list(l) for l in lines]
    rows.append(["Total", sum(l[1] for l in lines), sum(l[2] for l in lines), max(l[3] for l in lines)])
    return rows


write("capital-total-is-top-line", capital_total_is_top_line())
