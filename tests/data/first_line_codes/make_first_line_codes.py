#!/usr/bin/python3
"""A first line of money under period headings read as the columns' codes (issue 17):
tables by quarter or year with a whole-period column ('Full year', 'Total') whose first
line's amounts happen to rise left to right (1,210, 1,225, 1,240, 1,238, then 4,913), as
column numbers do (1, 2, 3, 4). Made-up figures of the class, not real files. Each table
is written as .xlsx (figures as numbers) and .csv (figures as plain digits) into
tests/data/first_line_codes/.

Right tables (no error, no warning, totals checked):
- quarters-full-year: 'Pay', 'Non-pay', 'Agency', 'Income' by Q1..Q4 and 'Full year'.
- quarters-total: the same lines by Q1..Q4 and 'Total'.
- years-total: 'Grants', 'Contracts', 'Staff' by 2023/24..2026/27 and 'Total'.
- column-numbers: a return's lines by Employees, Running expenses, Income and Total,
  with 'Column' 1 2 3 4 under the headings: the column numbers, not a line.

Wrong copies (the right table but for one figure):
- quarters-full-year-wrong: 'Pay' Full year 5,003 where its quarters add to 4,913: an
  error at F2 (main: 'No findings: every total checked agrees').
- quarters-total-wrong: the same under 'Total' (main: no table recognised in the xlsx).
- years-total-wrong: 'Grants' Total 60 too high: an error at F2.
- column-numbers-wrong: one line's Total 40 too high: an error there, none at the
  column numbers.

usage: /usr/bin/python3 tests/data/first_line_codes/make_first_line_codes.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
QUARTERS = ["Q1", "Q2", "Q3", "Q4"]
YEARS = ["2023/24", "2024/25", "2025/26", "2026/27"]

WORKFORCE = [("Pay", [1210, 1225, 1240, 1238]), ("Non-pay", [310, 295, 330, 318]),
             ("Agency", [85, 92, 78, 96]), ("Income", [-140, -152, -138, -160])]
PLAN = [("Grants", [1500, 1620, 1750, 1810]), ("Contracts", [940, 910, 955, 930]),
        ("Staff", [2210, 2190, 2250, 2240])]
RETURN = [("Early years", [5120, 3140, -1660]), ("Primary schools", [61230, 18470, -7830]),
          ("Secondary schools", [48770, 16220, -7370]), ("Special schools", [14560, 6330, -2180])]


def table(corner, periods, whole, lines, off=None):
    """Lines with their whole-period figure; off: (line index, delta) typed into it."""
    rows = [[corner, *periods, whole]]
    for k, (name, figures) in enumerate(lines):
        rows.append([name, *figures, sum(figures) + (off[1] if off and off[0] == k else 0)])
    return rows


def column_numbers(off=None):
    rows = [["Service \u00a3000", "Employees", "Running expenses", "Income", "Total"],
            ["Column", 1, 2, 3, 4]]
    rows += table(None, [], None, RETURN, off)[1:]
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


write("quarters-full-year", table("Workforce \u00a3000", QUARTERS, "Full year", WORKFORCE))
write("quarters-full-year-wrong", table("Workforce \u00a3000", QUARTERS, "Full year", WORKFORCE, (0, 90)))
write("quarters-total", table("Workforce \u00a3000", QUARTERS, "Total", WORKFORCE))
write("quarters-total-wrong", table("Workforce \u00a3000", QUARTERS, "Total", WORKFORCE, (0, 90)))
write("years-total", table("Plan \u00a3000", YEARS, "Total", PLAN))
write("years-total-wrong", table("Plan \u00a3000", YEARS, "Total", PLAN, (0, 60)))
write("column-numbers", column_numbers())
write("column-numbers-wrong", column_numbers((2, 40)))
