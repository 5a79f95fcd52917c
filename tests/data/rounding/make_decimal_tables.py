#!/usr/bin/env python3
"""Writes small CSV tables whose figures are written to decimals, for the default rounding
allowance: one unit of the table by default, but never more than the rounding of its figures as
written (half a step a figure). Run from the project root:
    python3 tests/data/rounding/make_decimal_tables.py

  millions-total-off.csv     GBP millions to 3 decimals, a Total 1.000 (GBP 1m, 34%) off: an error
  millions-rounding.csv      the same, its Total 0.001 off: a rounding-difference note
  years-millions-off.csv     a summary by year (year headers), a Total 1.000 off: the council's
                             year tables keep one unit (their figures are not read as text)
  pence-total-off.csv        pounds and pence, a Total 50p off: an error
  millions-unpadded-off.csv  GBP millions as a program writes them, trailing zeros dropped ('3.4',
                             '0.02', '0'), most to 3 decimals, a Total 1.000 off: an error
  mixed-written.csv          whole pounds but one figure written 300.5 (a cell left in the
                             General format when saved), a Total 0.5 off: rounding, a note
  mixed-subtotal.csv         the same under a subtotal ('Staff total' 1,248 over 980, 118, 149.5)
  large-pounds-off.csv       an HRA's income in whole pounds, five lines and 'Total Income'
                             24,899,618 where they add to 24,899,608: GBP 10 off a GBP 24.9m Total
                             row is no rounding of five whole-pound lines, an error
  large-row-off.csv          the same figures across a row (four lines by quarter, the first's Year 10
                             off): a note by the part-in-a-million allowance of a total across
                             columns (an aggregate row's), an error with --tolerance 1
"""
import csv
import os

OUT = os.path.join("tests", "data", "rounding")


def write(name, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


lines = [["Borrowing", "0.133", "0.000"], ["Grants", "0.599", "0.596"], ["Receipts", "2.216", "3.197"]]
write("millions-total-off.csv",
      [["Capital financing (GBP millions)", "Budget", "Outturn"], *lines, ["Total capital financing", "3.948", "3.793"]])
write("millions-rounding.csv",
      [["Capital financing (GBP millions)", "Budget", "Outturn"], *lines, ["Total capital financing", "2.949", "3.793"]])
write("years-millions-off.csv", [["Capital financing (GBP millions)", "2017-18", "2018-19"], *lines,
                                 ["Total", "3.948", "3.793"]])
write("millions-unpadded-off.csv", [["Capital financing (GBP millions)", "2004-05 outturn", "2005-06 outturn"],
                                    ["Borrowing", "0", "0.133"], ["Revenue contributions", "0.387", "0.316"],
                                    ["Contributions", "0.02", "0.034"], ["Grants", "0.599", "0.592"],
                                    ["Receipts", "2.809", "2.358"], ["Total capital financing", "4.815", "3.433"]])
write("mixed-written.csv", [["Item", "Budget", "Actual"], ["Rent", "100", "100"], ["Rates", "200", "200"],
                            ["Utilities", "300", "300.5"], ["Cleaning", "50", "50"], ["Total", "650", "651"]])
write("mixed-subtotal.csv", [["Item", "Budget", "Actual"], ["Salaries", "1000", "980"], ["National insurance", "120", "118"],
                             ["Pension", "150", "149.5"], ["Staff total", "1270", "1248"], ["Rent", "300", "300"],
                             ["Total", "1570", "1548"]])
write("pence-total-off.csv", [["Item", "Amount"], ["Stationery", "10.25"], ["Postage", "20.50"], ["Refreshments", "5.10"],
                              ["Total", "36.35"]])

income = [["Dwelling rents", "22939773"], ["Non-dwelling rents", "386437"], ["Charges for services", "1187931"],
          ["Contributions towards expenditure", "203240"], ["Interest on balances", "182227"]]
write("large-pounds-off.csv", [["Housing Revenue Account", "2024/25 Budget"], *income, ["Total Income", "24899618"]])
quarters = [["Dwelling rents", 5734943, 5734943, 5734943, 5734944], ["Service charges", 296982, 296983, 296983, 296983],
            ["Garage rents", 96609, 96609, 96609, 96610], ["Interest", 45556, 45557, 45557, 45557]]
rows = [[label, *map(str, q), str(sum(q))] for label, *q in quarters]
rows[0][-1] = str(int(rows[0][-1]) + 10)
write("large-row-off.csv", [["Housing Revenue Account", "Q1", "Q2", "Q3", "Q4", "Year"], *rows])
