#!/usr/bin/env python3
"""A subtotal no word names, read as one by the named total under it (issue 17, a false
alarm on a council's council-tax page with one figure wrong), written into
tests/data/unnamed_subtotals/. Each is the class of a real case, made up: not the real file.

A council's budget in two years: gross expenditure, income (negative), then "Expenditure
before contributions to/from reserves" (their sum, no word says so), contributions to or
from reserves, "Total net expenditure" (that line and the contributions), then business
rates and government support, and "Council Tax requirement".
- subtotal-right.csv: every figure right: nothing to report.
- subtotal-component-wrong.csv: gross expenditure in the first year 4,236 too high. The
  unnamed subtotal no longer adds up in that year, so it is no longer found by its figures;
  read as a line, "Total net expenditure" was wrong in both years, the untouched year too.
  Now the total is read as the subtotal and the line under it (exact in both years), and
  the subtotal, its block above it adding up exactly in the other year, is checked: the
  error is at the subtotal in the first year, and only there.
- subtotal-two-wrong.csv: the same with the total itself 500 too high in the second year
  as well: no reading of the rows above explains the total in either year, so the
  subtotal is not read as one and the table is said unchecked, with why (as before): two
  wrong figures leave its structure unknown, and no figure is accused.

usage: python3 tests/data/unnamed_subtotals/make_unnamed_subtotals.py   (Python standard library only)
"""

import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def budget(gross_off=0, total_off=0):
    gross, income = [60516, 61769], [-41203, -41768]
    before = [g + i for g, i in zip(gross, income)]
    reserves = [417, -2359]
    total = [b + r for b, r in zip(before, reserves)]
    rates, support = [-7831, -3812], [-3020, -4672]
    requirement = [t + r + s for t, r, s in zip(total, rates, support)]
    shown_total = [total[0], total[1] + total_off]
    rows = [["", "2025-26 (GBP 000)", "2026-27 (GBP 000)"],
            ["Gross expenditure", f"{gross[0] + gross_off:,}", f"{gross[1]:,}"],
            ["Income", f"{income[0]:,}", f"{income[1]:,}"],
            ["Expenditure before contributions to/from reserves"] + [f"{x:,}" for x in before],
            ["Contributions to/from reserves"] + [f"{x:,}" for x in reserves],
            ["Total net expenditure"] + [f"{x:,}" for x in shown_total],
            ["Retained business rates income"] + [f"{x:,}" for x in rates],
            ["Government support"] + [f"{x:,}" for x in support],
            ["Council Tax requirement"] + [f"{x:,}" for x in requirement]]
    return rows


write("subtotal-right.csv", budget())
write("subtotal-component-wrong.csv", budget(gross_off=4236))
write("subtotal-two-wrong.csv", budget(gross_off=4236, total_off=500))
