#!/usr/bin/env python3
"""Community infrastructure levy receipts by parish, split into the neighbourhood portion, an
'Administration (5%)' column and the strategic remainder, with a Total row (issue 17, trial3
f29; class: a rate quoted in a money column's heading says what the amounts are about; it
does not make the column percentages). Made up: not a real body's figures. Written into
tests/data/quoted_rates/.

- cil-right.csv / .xlsx: every total right: nothing to report, the Administration column's
  Total checked (before: 'Administration (5%)' listed unchecked as a percentage column).
- cil-admin-wrong.csv / .xlsx: the Administration Total 100 more than its lines: an error
  at it (before: unchecked).

usage: /usr/bin/python3 tests/data/quoted_rates/make_quoted_rates.py   (needs openpyxl)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _fixtures  # noqa: E402  (tests/data/_fixtures.py: the csv and xlsx writers)

PARISHES = [("Ashwell", 412300, 0.15), ("Bramford", 198450, 0.15), ("Cold Norton", 305120, 0.25),
            ("Dunmore", 88900, 0.15), ("Eastcote", 251775, 0.25), ("Fenwick", 143060, 0.15)]


def table(admin_off=0):
    rows = [["CIL receipts by parish 2024/25"], ["\u00a3"], [],
            ["Parish", "CIL receipts", "Neighbourhood portion", "Administration (5%)", "Strategic CIL"]]
    totals = [0, 0, 0, 0]
    for name, receipts, rate in PARISHES:
        neighbourhood = round(receipts * rate)
        admin = round(receipts * 0.05)
        strategic = receipts - neighbourhood - admin
        line = [receipts, neighbourhood, admin, strategic]
        totals = [t + x for t, x in zip(totals, line)]
        rows.append([name] + line)
    totals[2] += admin_off
    rows.append(["Total"] + totals)
    return rows


def write(name, rows):
    _fixtures.write(HERE, name, rows, "CIL")


write("cil-right", table())
write("cil-admin-wrong", table(admin_off=100))
