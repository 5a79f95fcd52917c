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

Near misses (review of f9bb29a), where the last rows above a total adding up to it is no
evidence of a subtotal:
- total-misses-first.csv: six services, "Total net budget" the last five only (the first
  left out of its range, the commonest slip): the total is an error in both years, as it
  was before f9bb29a.
- precept-repeats-one-line.csv: a parish: net expenditure, use of reserves (blank in the
  first year, positive in the second), precept (equal to net expenditure the year no
  reserves were used), grant, interest, "Total income" (precept, grant and interest): the
  precept repeats the one figure above it in the first year, no evidence it is a subtotal;
  nothing is accused.
- blank-year.csv: the council's budget with a first year giving only the summary lines
  (gross expenditure and income blank): everything right, nothing to report, and no reason
  calling the unnamed subtotal "named as a total".

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

write("total-misses-first.csv", [
    ["Service", "2024-25", "2025-26"], ["Adult care", "349", "360"], ["Children's services", "175", "181"],
    ["Highways", "32", "35"], ["Public health", "21", "22"], ["Libraries", "9", "9"], ["Waste", "72", "75"],
    ["Total net budget", "309", "322"], ["Business rates", "-200", "-210"], ["Council tax requirement", "109", "112"]])
write("precept-repeats-one-line.csv", [
    ["", "2024-25", "2025-26"], ["Net expenditure", "45,000", "48,000"], ["Use of reserves", "", "3,000"],
    ["Precept", "45,000", "45,000"], ["Grant", "2,000", "2,500"], ["Interest", "300", "350"],
    ["Total income", "47,300", "47,850"]])
write("blank-year.csv", [
    ["", "2024-25 (GBP 000)", "2025-26 (GBP 000)", "2026-27 (GBP 000)"],
    ["Gross expenditure", "", "60,516", "61,769"], ["Income", "", "-41,203", "-41,768"],
    ["Expenditure before contributions to/from reserves", "18,900", "19,313", "20,001"],
    ["Contributions to/from reserves", "500", "417", "-2,359"],
    ["Total net expenditure", "19,400", "19,730", "17,642"],
    ["Retained business rates income", "-7,500", "-7,831", "-3,812"],
    ["Government support", "-3,100", "-3,020", "-4,672"],
    ["Council Tax requirement", "8,800", "8,879", "9,158"]])
