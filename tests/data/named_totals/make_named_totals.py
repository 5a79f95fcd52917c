#!/usr/bin/env python3
"""Tables whose one named Total is wrong (issue 17), written into tests/data/named_totals/.
Each is the class of a case met on fresh real public finance files, cut down and renamed:
not the real file. Before, each wrong Total below went unreported: the table's structure
was doubted (no other total to confirm it) or its labels were not read.

A plain list under one "Total", a line of it equal to two lines above it by chance
(Premises 2,200 = Employees 1,300 + Transport 900): read as a subtotal, the list's Total
would be the sum less that line; neither reading explains a wrong Total.
- list-chance-line-wrong.csv: Total 5,850 where the lines add up to 4,850 (or 2,650 with
  Premises a subtotal): an error at B6.
- list-chance-line-rounding.csv: Total 4,851: within the rounding of the table's figures,
  a rounding-difference note at B6.
- list-chance-line-explains.csv: Total 2,650, the lines with Premises read as the subtotal
  of the two above it (counted once): that reading explains it, the flat one does not, so
  the list is unchecked, not accused.
- list-less-line.csv: "Less: income" 120 taken off (Total = the lines less twice it): the
  reading with the line taken off explains it; unchecked, not accused.

A long export of allocations, one block per country (Country, Fund, Amount), each block's
lines then "Total (EUR)"; a fund with no allocation is a line with its amount blank or "-",
three such lines in a row in places. The country column has words in as many rows as the
fund column; the fund column names the totals, so it labels the lines.
- export-blocks.csv: five blocks; North adds up; South's Total is one rounding step over
  (figures in steps of 100,000; a rounding-difference note at C19); East's Total is 10,000,000
  over (an error at C28); West and Central add up across their blank and "-" lines.
- export-one-block.csv: one country, its first line "Less Developed Regions" (a fund, not
  a deduction) and a blank line inside, its Total 10,000,000 over: an error at C10.

usage: python3 tests/data/named_totals/make_named_totals.py   (Python standard library only)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def plain_lists():
    lines = [["Employees", 1300], ["Transport", 900], ["Premises", 2200], ["Supplies", 450]]
    write("list-chance-line-wrong.csv", [["Service", "Spend"]] + lines + [["Total", 5850]])
    write("list-chance-line-rounding.csv", [["Service", "Spend"]] + lines + [["Total", 4851]])
    write("list-chance-line-explains.csv", [["Service", "Spend"]] + lines + [["Total", 2650]])
    write("list-less-line.csv", [["Service", "Spend"], ["Employees", 500], ["Premises", 200],
                                 ["Supplies", 150], ["Less: income", 120], ["Total", 730]])


FUNDS = ["Cohesion Fund (EUR)", "Less Developed Regions (EUR)", "Transition Regions (EUR)",
         "More Developed Regions (EUR)", "Outermost Regions (EUR)", "Cross-Border Cooperation (EUR)",
         "Transnational Cooperation (EUR)", "Youth Employment (EUR)"]


def block(country, amounts, off=0):
    rows = [[country, fund, "" if a is None else a] for fund, a in zip(FUNDS, amounts)]
    total = sum(a for a in amounts if isinstance(a, int)) + off
    return rows + [[country, "Total (EUR)", total]]


def exports():
    m = 100000
    rows = [["Country", "Fund", "Amount"]]
    rows += block("North", [23208 * m, 51163 * m, None, 2242 * m, None, 543 * m, 157 * m, 252 * m])
    rows += block("South", [None, 22324 * m, 1102 * m, 7692 * m, None, 890 * m, 246 * m, 567 * m], off=m)
    rows += block("East", [2559 * m, 5837 * m, None, None, None, 127 * m, 18 * m, 66 * m], off=100 * m)
    rows += block("West", [None, 2040 * m, 13399 * m, 11074 * m, 484 * m, 430 * m, 187 * m, 943 * m])
    rows += block("Central", [1073 * m, 2461 * m, "-", None, None, 49 * m, 5 * m, None])
    write("export-blocks.csv", rows)
    one = block("South", [22324 * m, 1102 * m, None, 7692 * m, 0, 890 * m, 246 * m, 567 * m], off=100 * m)
    one[0][1], one[1][1] = FUNDS[1], FUNDS[0]  # the fund named "Less ..." first
    write("export-one-block.csv", [["Country", "Fund", "Amount"]] + one)


if __name__ == "__main__":
    plain_lists()
    exports()
