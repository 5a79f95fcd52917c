#!/usr/bin/env python3
"""Writes small CSV tables whose figures are written to decimals, for the default rounding
allowance: one unit of the table by default, but never more than the rounding of its figures as
written (half a step a figure). Run from the project root:
    python3 tests/data/rounding/make_decimal_tables.py

  millions-total-off.csv     GBP millions to 3 decimals, a Total 1.000 (GBP 1m, 34%) off: an error
  millions-rounding.csv      the same, its Total 0.001 off: a rounding-difference note
  years-millions-off.csv     a summary by year (year headers), a Total 1.000 off: an error
  pence-total-off.csv        pounds and pence, a Total 50p off: an error
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
write("pence-total-off.csv", [["Item", "Amount"], ["Stationery", "10.25"], ["Postage", "20.50"], ["Refreshments", "5.10"],
                              ["Total", "36.35"]])
