#!/usr/bin/python3
"""A Total column standing before the columns it adds (issue 17): budget books and capital
programmes put the whole-programme total first ('Service | Total 2024-27 | 2024/25 |
2025/26 | 2026/27'). Made-up figures of the class, not real files. Each table is written as
.xlsx (figures as numbers) and .csv (figures as plain digits) into tests/data/left_totals/.

Right tables (no error, no warning, every line's Total checked):
- years-total-first: services by 2024/25..2026/27 with 'Total 2024-27' before the years.
- years-total-first-total-row: the same with a 'Total' row under the services.
- years-total-first-and-last: 'Total 2024-27' before the years and 'Total' after them.
- quarters-total-first: capital schemes by Q1..Q4 with 'Total \u00a3000' before them.
- categories-total-first: a budget by Pay, Non-pay and Income with 'Budget total' before them.

Wrong copies (the right table but for one line's Total, caught at that cell):
- years-total-first-wrong: 'Highways' Total 250 too high (B4).
- years-total-first-total-row-wrong: the same, the Total row's Total the sum of the column
  above it as typed, so off against its years by as much (B4 alone).
- years-total-first-and-last-wrong: the same, 'Total' after the years right (B4).
- quarters-total-first-wrong: 'School roofs' Total 60 too high (B3).
- categories-total-first-wrong: 'ICT' Total 100 too low (B5).

A Total row before its lines (already caught at its cell on main, said as 'the rows above'):
- years-total-row-first: 'Total' as the first line of services by year; right.
- years-total-row-first-wrong: its 2025/26 figure 300 too high (C2), said as the rows under it.

Near misses (right copies: a left-hand column named as a total that adds no columns after
it; silent, the column said unchecked):
- budget-spend-variance: 'Total budget', then 'Spend to date' and 'Variance' (spend less
  budget).
- prior-year-total: 'Total 2023/24' (last year's outturn) before 2024/25..2026/27.
- years-total-first-not-sum: 'Total' before the years holding the whole five-year programme
  (later years not shown), so no line's years add up to it.

usage: /usr/bin/python3 tests/data/left_totals/make_left_totals.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
YEARS = ["2024/25", "2025/26", "2026/27"]
QUARTERS = ["Q1", "Q2", "Q3", "Q4"]

SERVICES = [("Adult social care", [11423, 11871, 12304]), ("Children's services", [8215, 8630, 8992]),
            ("Highways", [4521, 4387, 4610]), ("Libraries", [1236, 1198, 1251]),
            ("Waste", [3318, 3402, 3511]), ("Parks", [907, 932, 961])]
SCHEMES = [("Roads resurfacing", [412, 538, 611, 397]), ("School roofs", [128, 263, 341, 190]),
           ("Library refit", [55, 72, 64, 41]), ("Leisure centre", [220, 236, 249, 231]),
           ("Depot", [43, 37, 46, 52])]
CATEGORIES = [("Finance", [1412, 318, -96]), ("HR", [835, 142, -41]), ("Legal", [611, 97, -134]),
              ("ICT", [977, 1466, -58]), ("Audit", [402, 61, -12]), ("Procurement", [529, 88, -23])]
# Last year's outturn by service, and the five-year programme (two later years not shown).
PRIOR = [10988, 7930, 4466, 1301, 3207, 884]
FIVE_YEARS = [63702, 45820, 22943, 6201, 17560, 4811]
BUDGETS = [("Roads resurfacing", 1958, 1211), ("School roofs", 922, 1004), ("Library refit", 232, 118),
           ("Leisure centre", 936, 702), ("Depot", 178, 181)]


def total_first(corner, heading, periods, lines, off=None, total_row=False, last=None):
    """Lines with their Total before the periods; off: (line index, delta) typed into it."""
    rows = [[corner, heading, *periods] + ([last] if last else [])]
    for k, (name, figures) in enumerate(lines):
        whole = sum(figures)
        rows.append([name, whole + (off[1] if off and off[0] == k else 0), *figures] + ([whole] if last else []))
    if total_row:
        # Each column's sum, the Total column's of its lines as typed (a SUM at its foot).
        rows.append(["Total", *[sum(r[c] for r in rows[1:]) for c in range(1, len(rows[0]))]])
    return rows


def other_first(heading, figures):
    rows = [["Service", heading, *YEARS]]
    for (name, years), first in zip(SERVICES, figures):
        rows.append([name, first, *years])
    return rows


def total_row_first(off=0):
    rows = [["Service", *YEARS], ["Total"] + [sum(f[k] for _, f in SERVICES) for k in range(len(YEARS))]]
    rows[1][2] += off
    return rows + [[name, *figures] for name, figures in SERVICES]


def budget_spend_variance():
    rows = [["Scheme", "Total budget", "Spend to date", "Variance"]]
    for name, budget, spend in BUDGETS:
        rows.append([name, budget, spend, spend - budget])
    return rows


def write(name, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Table"
    for row in rows:
        ws.append(row)
    wb.save(os.path.join(HERE, name + ".xlsx"))
    with open(os.path.join(HERE, name + ".csv"), "w", newline="") as f:
        csv.writer(f).writerows([["" if x is None else x for x in row] for row in rows])


TOTAL_YEARS = "Total 2024-27"
write("years-total-first", total_first("Service", TOTAL_YEARS, YEARS, SERVICES))
write("years-total-first-wrong", total_first("Service", TOTAL_YEARS, YEARS, SERVICES, (2, 250)))
write("years-total-first-total-row", total_first("Service", TOTAL_YEARS, YEARS, SERVICES, total_row=True))
write("years-total-first-total-row-wrong",
      total_first("Service", TOTAL_YEARS, YEARS, SERVICES, (2, 250), total_row=True))
write("years-total-first-and-last", total_first("Service", TOTAL_YEARS, YEARS, SERVICES, last="Total"))
write("years-total-first-and-last-wrong",
      total_first("Service", TOTAL_YEARS, YEARS, SERVICES, (2, 250), last="Total"))
write("quarters-total-first", total_first("Scheme", "Total \u00a3000", QUARTERS, SCHEMES))
write("quarters-total-first-wrong", total_first("Scheme", "Total \u00a3000", QUARTERS, SCHEMES, (1, 60)))
write("categories-total-first", total_first("Description", "Budget total", ["Pay", "Non-pay", "Income"], CATEGORIES))
write("categories-total-first-wrong",
      total_first("Description", "Budget total", ["Pay", "Non-pay", "Income"], CATEGORIES, (3, -100)))
write("years-total-row-first", total_row_first())
write("years-total-row-first-wrong", total_row_first(300))
write("budget-spend-variance", budget_spend_variance())
write("prior-year-total", other_first("Total 2023/24", PRIOR))
write("years-total-first-not-sum", other_first("Total", FIVE_YEARS))
