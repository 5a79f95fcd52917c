#!/usr/bin/python3
"""Small tables on which fundbook's messages and account once said something untrue or
unreadable (issue 17, "What was checked, and what was not"), written into
tests/data/wording/. Each is the class of a case a tester met, made up: not the real file.

Run from the project root with a python that has openpyxl:
    /usr/bin/python3 tests/data/wording/make_wording.py

Number agreement:
- one-row-total-wrong.csv: two blocks set apart by a blank row; the second, one line
  ("Grants") and its total "Total grants", which is 5 too high in 2022: the error's
  reading is one row ("the 1 row above it ... adds up to"), never "add up to".

The figures are made up.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write_csv(name, rows):
    with open(os.path.join(HERE, name), "w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def one_row_total_wrong():
    write_csv("one-row-total-wrong.csv", [
        ["Item", "2022", "2023"],
        ["Rates", 100, 110],
        ["Fees", 20, 30],
        ["Subtotal", 120, 140],
        [],
        ["Grants", 50, 60],
        ["Total grants", 55, 60],
        [],
        ["Total income", 170, 200],
    ])


def main():
    one_row_total_wrong()


if __name__ == "__main__":
    main()
