#!/usr/bin/env python3
"""Small tables whose lines are named "Total ..." under a total that adds them as lines
(issue 17, false alarms on fresh real public finance tables), written into
tests/data/named_lines/. Each is the class of a real case, made up: not the real file.

Lines whose label starts with "Total" (a city's cash-flow revenue lines, a council's
annual accounting statement): no reading of the rows above such a line explains it, and
the total under them all adds it as one of its lines.
- lines-named-total.csv: monthly revenue lines, two of them "Total Grants" and "Total
  State Aid", and the first "Total Fees and Charges"; "Total Income" adds all eight lines
  and "TOTAL RECEIPTS" adds Total Income and one more line. Nothing to report: the named
  lines are read as lines (each said in the account, not checked as a total), and the two
  totals are checked in both months.
- lines-named-total-wrong.csv: the same with Total Income 50 too high in May: an error
  there, and only there.
- account-statement.csv: a council's statement of two years: balance brought forward,
  precept, "Total other receipts", then "Totals" adding those three; staff costs, loan
  repayments, "Total other payments", then "Total expenses" adding the three since
  "Totals"; then the balance carried forward, debtors (nil), "Total cash and investments"
  adding those two, and two lines "Total fixed assets" and "Total borrowing" that add
  nothing above them. Nothing to report: Totals, Total expenses and Total cash and
  investments are checked, the named lines read as lines, and the last two said unchecked.

usage: python3 tests/data/named_lines/make_named_lines.py   (Python standard library only)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def tenths(x):
    return "%.1f" % (x / 10)


# Figures in tenths (one decimal place, as the city writes millions).
LINES = [
    ("Property Tax", 116, 106),
    ("Total Fees and Charges", 1255, 1597),
    ("Parking Tax", 515, 531),
    ("Hotel Tax", 359, 350),
    ("Other Taxes", 120, 147),
    ("Total Grants", 116, 617),
    ("Total State Aid", 831, 85),
    ("Interfund Transfers", 0, 0),
]
PRIOR = ("Collection of prior year revenue", 301, 0)


def revenue(off_may=0):
    rows = [["", "April", "May"]]
    rows += [[n, tenths(a), tenths(b)] for n, a, b in LINES]
    income = [sum(l[1] for l in LINES), sum(l[2] for l in LINES)]
    rows.append(["Total Income", tenths(income[0]), tenths(income[1] + off_may)])
    rows.append([PRIOR[0], tenths(PRIOR[1]), tenths(PRIOR[2])])
    rows.append(["TOTAL RECEIPTS", tenths(income[0] + PRIOR[1]), tenths(income[1] + off_may + PRIOR[2])])
    return rows


write("lines-named-total.csv", revenue())
write("lines-named-total-wrong.csv", revenue(off_may=500))

bf, precept, other = (15200, 17400), (21000, 33000), (2400, 7800)
totals = tuple(bf[y] + precept[y] + other[y] for y in range(2))
staff, loan, payments = (4700, 5300), (0, 0), (16800, 32300)
expenses = tuple(staff[y] + loan[y] + payments[y] for y in range(2))
cf = tuple(totals[y] - expenses[y] for y in range(2))
write("account-statement.csv", [
    ["", "2022/23", "2023/24"],
    ["Balance brought forward", *bf],
    ["Precept", *precept],
    ["Total other receipts", *other],
    ["Totals", *totals],
    ["Staff costs", *staff],
    ["Loan repayments", *loan],
    ["Total other payments", *payments],
    ["Total expenses", *expenses],
    ["Balance carried forward", *cf],
    ["Debtors", 0, 0],
    ["Total cash and investments", *cf],
    ["Total fixed assets", 356300, 354700],
    ["Total borrowing", 0, 0],
])
