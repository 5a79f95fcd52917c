#!/usr/bin/env python3
"""Figures that look like years in a csv (issue 17, precision): a line whose amounts are
written "1935" and "2010" (no thousands separator, as a small grant's are) was taken for a
heading of year columns, which cut the table in two above it: the Total was then said
unchecked, its lines read as two tables. A row of years heads columns by more than its
figures: they run one way a decade apart at most, and a row right under a line of the
table with figures in those columns is a line unless its years run one by one. Made-up
figures of the class, written as csv and xlsx (values) into tests/data/year_figures/.

- grants-right: a voluntary sector grants list (Grant awarded, Paid to date), one line
  1935 and 2010, 'Total' at the foot: silent, the Total checked in both columns.
- grants-wrong: the same with the Total's 'Paid to date' 100 high: caught at C11.
- single-right: a one-column list of small payments, one of them 2018 (a year-like
  figure alone on its row): silent, the Total checked.
- codes-right: a cost centre's budget whose account codes (1905 .. 2020) and amounts
  (1950, 2020) look like years: lines, the Total checked. codes-wrong: the Total 300 high:
  caught at C9.
- headed-right: two tables, the second headed by years written as text ("2023", "2024",
  a calendar-year comparison) after a blank row: still a heading; both tables checked.
- headed-wrong: the second table's 2024 Total 10 high: caught at C16.

usage: /usr/bin/python3 tests/data/year_figures/make_year_figures.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

GRANTS = [
    ("Age Concern", 12500, 12500),
    ("Citizens Advice", 48000, 36000),
    ("Home-Start", 1935, 2010),
    ("Food bank network", 7250, 7250),
    ("Carers centre", 22400, 16800),
    ("Youth club", 3100, 3100),
]

PAYMENTS = [("Hall hire", 460), ("Printing", 1275), ("Volunteer expenses", 2018), ("Room hire", 390),
            ("Refreshments", 185)]

CODES = [(1905, "Salaries", 45000), (1910, "National insurance", 5200), (1915, "Pension contributions", 8100),
         (2010, "Stationery", 1950), (2015, "Postage", 2020), (2020, "Telephones", 1400)]

FEES = [("Planning applications", 1840, 1965), ("Building control", 612, 640), ("Land charges", 233, 251),
        ("Licensing", 418, 402)]


def text(x):
    """A figure as a csv from a finance system writes it: no separator under 10,000."""
    return str(x) if isinstance(x, int) and abs(x) < 10000 else (f"{x:,}" if isinstance(x, int) else x)


def grants(slip=False):
    rows = [["Grants to voluntary organisations 2024/25", "", ""], ["£", "", ""], ["", "", ""],
            ["Organisation", "Grant awarded", "Paid to date"]]
    rows += [[n, a, p] for n, a, p in GRANTS]
    paid = sum(p for _, _, p in GRANTS)
    rows.append(["Total", sum(a for _, a, _ in GRANTS), paid + (100 if slip else 0)])
    return rows


def single():
    rows = [["Community centre: small payments", ""], ["£", ""], ["Payment", "Amount"]]
    rows += [[n, a] for n, a in PAYMENTS]
    rows.append(["Total", sum(a for _, a in PAYMENTS)])
    return rows


def codes(slip=False):
    rows = [["Cost centre budget", "", ""], ["Code", "Description", "Budget"]]
    rows += [[c, d, b] for c, d, b in CODES]
    rows.append(["", "Total", sum(b for _, _, b in CODES) + (300 if slip else 0)])
    return rows


def headed(slip=False):
    rows = [["Fees and charges income (£000)", "", ""], ["", "", ""], ["Service", "Budget", "Actual"]]
    rows += [[n, a, b] for n, a, b in FEES]
    rows.append(["Total", sum(f[1] for f in FEES), sum(f[2] for f in FEES)])
    rows += [["", "", ""], ["Calendar year comparison", "", ""], ["Service", "2023", "2024"]]
    rows += [[n, a - 37, b - 22] for n, a, b in FEES]
    rows.append(["Total", sum(f[1] - 37 for f in FEES), sum(f[2] - 22 for f in FEES) + (10 if slip else 0)])
    return rows


def write(name, table):
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        for r in table:
            w.writerow([text(x) for x in r])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for r in table:
        ws.append([x if x != "" else None for x in r])
    wb.save(os.path.join(HERE, name + ".xlsx"))


if __name__ == "__main__":
    write("grants-right", grants())
    write("grants-wrong", grants(True))
    write("single-right", single())
    write("codes-right", codes())
    write("codes-wrong", codes(True))
    write("headed-right", headed())
    write("headed-wrong", headed(True))
