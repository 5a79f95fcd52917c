#!/usr/bin/env python3
"""Tables of whole figures with one figure typed with a point where the table writes a
thousands comma ("1.480" for 1,480), the class of a parish return published so (issue 17,
the testers' fourth set): read as written it is 1.48, and the total that adds it looks
wrong by about 1,478 though the total is right and the figure is what was mistyped. Made
up, not the real file. Written into tests/data/point_slips/.

A parish annual return (accounting statements, whole pounds): two years, lines 1 to 9,
line 7 = 1 + 2 + 3 - 4 - 5 - 6, the second year's line 1 the first year's line 7.
- return-slip.csv: the second year's line 6 written "1.480" where line 7 is exact with
  1,480: no error at line 7; a decimal-point-slip warning at the figure (C8).
- return-slip-off.csv: the same, line 7 also 10 out: read as 1,480 line 7 is still
  wrong, so the figure is no slip that explains it, and line 7 is an error as before.

A budget by service, budget and outturn, whole pounds, Total under six services.
- budget-slip.csv: one service's outturn written "3.150" where the Total is exact
  with 3,150: the warning at that figure, no error.
- budget-total-slip.csv: the outturn Total itself written "31.445" where the services
  add up to 31,445: the warning at the Total, no error.
- budget-two-slips.csv: two figures so written ("3.150" and "2.875"): which, if either,
  is a slip the table does not say; checked as written, the Total an error as before.
- budget-pence.csv: figures in pounds and pence ("12,400.50") and one written "3.150"
  that would make the Total exact read as 3,150: the table writes decimals, so 3.150 is
  read as written and the Total is an error as before.
- budget-m-three-places.csv: a table in pounds million to three places throughout
  ("0.488", "1.590"), one Total wrong: an error there, no slip (the guard the testers'
  three-decimal table kept).

usage: python3 tests/data/point_slips/make_point_slips.py   (Python standard library only)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def whole(x):
    return "{:,}".format(x)


LINES = [
    "1. Balances brought forward",
    "2. (+) Precept or Rates and Levies",
    "3. (+) Total other receipts",
    "4. (-) Staff costs",
    "5. (-) Loan interest/capital repayments",
    "6. (-) All other payments",
    "7. (=) Balances carried forward",
    "8. Total value of cash and short term investments",
    "9. Total fixed assets plus long term investments and assets",
]


def annual_return(name, slip, line7_off=0):
    years = []
    bf = 4120
    for precept, other, staff, payments in [(3600, 215, 1940, 2310), (3750, 640, 2105, 1480)]:
        cf = bf + precept + other - staff - 0 - payments
        years.append([bf, precept, other, staff, 0, payments, cf, cf, 12650])
        bf = cf
    rows = [["", "Year ending", ""], ["", "31 March 2024 \u00a3", "31 March 2025 \u00a3"]]
    for k, line in enumerate(LINES):
        a, b = years[0][k], years[1][k]
        if k == 5 and slip:
            b = "{}.{:03d}".format(b // 1000, b % 1000)
        else:
            b = whole(b + (line7_off if k == 6 else 0))
        rows.append([line, whole(a), b])
    write(name, rows)


SERVICES = [
    ("Adult social care", 12400, 12950),
    ("Children's services", 8215, 8640),
    ("Highways", 3020, 3150),
    ("Waste collection", 2710, 2875),
    ("Libraries", 1105, 1090),
    ("Parks", 2640, 2740),
]


def budget(name, written=lambda service, figure: whole(figure), total_written=whole):
    rows = [["Service", "Budget \u00a3", "Outturn \u00a3"]]
    totals = [0, 0]
    for service, a, b in SERVICES:
        rows.append([service, written(service, a), written(service + " next", b)])
        totals[0] += a
        totals[1] += b
    rows.append(["Total", whole(totals[0]), total_written(totals[1])])
    write(name, rows)


def point(x):
    return "{}.{:03d}".format(x // 1000, x % 1000)


def main():
    annual_return("return-slip.csv", slip=True)
    annual_return("return-slip-off.csv", slip=True, line7_off=10)
    budget("budget-slip.csv", lambda s, x: point(x) if s == "Highways next" else whole(x))
    budget("budget-total-slip.csv", total_written=point)
    budget("budget-two-slips.csv",
           lambda s, x: point(x) if s in ("Highways next", "Waste collection next") else whole(x))
    # Pence: every figure but the one 50p over its whole pounds, the Totals what
    # they add up to with the one read as thousands.
    rows = [["Service", "Budget \u00a3", "Outturn \u00a3"]]
    pence = [0, 0]
    for service, a, b in SERVICES:
        rows.append([service, "{:,}.50".format(a), point(b) if service == "Highways" else "{:,}.50".format(b)])
        pence[0] += a * 100 + 50
        pence[1] += b * 100 + (0 if service == "Highways" else 50)
    rows.append(["Total"] + ["{:,}.{:02d}".format(p // 100, p % 100) for p in pence])
    write("budget-pence.csv", rows)
    rows = [["Service", "Gross \u00a3m", "Income \u00a3m", "Net \u00a3m"],
            ["Older people", "0.488", "0.100", "0.388"],
            ["Learning disabilities", "1.590", "0.380", "1.210"],
            ["Mental health", "2.304", "0.415", "1.889"],
            ["Total", "4.382", "0.895", "3.587"]]
    write("budget-m-three-places.csv", rows)


if __name__ == "__main__":
    main()
