#!/usr/bin/env python3
"""A rate column beside the amounts it is worked out from (issue 17, trial2 e53 class).

An interim staff table: 'Spend £', 'Days' and 'Average day rate £' (spend over days, to two
decimals) by team, under a 'Total' row that adds spend and days and whose rate is the total spend
over the total days. The rate column's total is no sum of the rates above it. Before, a total row
off in one amount column was off in the rate column too (the rate worked out from the wrong
figure, or no sum anyway), so the row was 'off in 2 columns' and said not to confirm the reading:
the wrong total went unseen. A column headed as an average or rate whose lines are the quotient of
two other columns on (nearly) every line is now left out of that count.

- rate-right: silent; 'Spend £' and 'Days' checked at the Total row, the rate said not a sum.
- rate-spend-total-wrong: the Total row's spend typed 613,497 (613,947 right): an error at it.
- rate-days-line-wrong: 'Planning' days typed 1,372 (1,327 right): an error at the Total row's
  days (column-total-mismatch), the line it adds.

usage: /usr/bin/python3 tests/data/row_products/make_row_products.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

LINES = [
    ("Finance", 84210, 1288),
    ("Human resources", 61935, 1472),
    ("Planning", 72118, 1327),
    ("Highways", 139402, 3115),
    ("Housing", 97560, 2204),
    ("Revenues and benefits", 158722, 3861),
]


def rate(spend, days):
    # Rounded half up to two decimals, in whole pence, as a spreadsheet shows it.
    pence = (spend * 100 * 2 + days) // (2 * days)
    return round(pence / 100, 2)


# A column that is neither a sum nor the rate's source: its lines, its Total row's figure.
EXTRA = {
    "max": ("Highest day rate £", [95.0, 60.0, 80.0, 70.0, 65.0, 55.0], 95.0),
    "band": ("Grade", [9, 7, 8, 7, 6, 6], 7),
}


def table(slip=None, extra=None):
    lines = [list(x) for x in LINES]
    spend = sum(x[1] for x in lines)
    days = sum(x[2] for x in lines)
    if slip == "days":
        assert lines[2][2] == 1327
        lines[2][2] = 1372
    head, more, more_total = EXTRA[extra] if extra else (None, [], None)
    out = [["Interim and agency staff"], [], ["Team", "Spend £", "Days", "Average day rate £"] + ([head] if extra else [])]
    for i, (n, s, d) in enumerate(lines):
        out.append([n, s, d, rate(s, d)] + ([more[i]] if extra else []))
    if slip == "spend":
        assert spend == 613947
        spend = 613497
    out.append(["Total", spend, days, rate(spend, days)] + ([more_total] if extra else []))
    return out


def write(name, rows):
    def shown(x):
        if isinstance(x, float):
            return f"{x:,.2f}"
        if isinstance(x, int):
            return f"{x:,}"
        return x

    with open(os.path.join(HERE, name + ".csv"), "w", newline="") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow([shown(x) for x in r])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Staff"
    for r in rows:
        ws.append([x if x != "" else None for x in r])
    for row in ws.iter_rows(min_row=4, min_col=4, max_col=5):
        for c in row:
            if isinstance(c.value, float):
                c.number_format = "0.00"
    wb.save(os.path.join(HERE, name + ".xlsx"))


if __name__ == "__main__":
    write("rate-right", table())
    write("rate-spend-total-wrong", table("spend"))
    write("rate-days-line-wrong", table("days"))
    write("rate-max-right", table(extra="max"))
    write("rate-band-right", table(extra="band"))
