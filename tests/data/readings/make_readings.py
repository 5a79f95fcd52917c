#!/usr/bin/env python3
"""Small tables whose totals fundbook left unchecked for a reason that was not true, or
said one reason in the text and another in JSON (issue 17, a new user's real public
finance tables), written into tests/data/readings/. Each is the class of a real case,
made up: not the real file.

A row named "Cumulative ..." that is the sum of the rows above it in every year (a
council's medium-term plan: the gap grows year on year, so the plan calls it cumulative):
- cumulative-sum-of-rows.csv: Year 1 .. Year 5 columns; "Estimated spending" and
  "Estimated funding" (negative), "Cumulative funding gap" their sum in every year,
  "Planned use of reserves" (negative) and "Cumulative savings needed" the gap plus the
  reserves. Both rows are totals of the rows above them: checked, 10 totals, nothing to
  report, and no running total said in the account.
- cumulative-running.csv (near miss): "Staff savings" and "Other savings" by year, then
  "Cumulative savings", a running total of the two along the row (it agrees with their
  sum in Year 1 only): still not checked, as a running total, and the text's closing line
  gives that reason, as JSON does (it said "no table with totals was recognised").

usage: python3 tests/data/readings/make_readings.py   (Python standard library only)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def thousandths(x):
    """A figure in GBP millions to three decimals, negatives in brackets."""
    s = "%.3f" % (abs(x) / 1000)
    return "(%s)" % s if x < 0 else s


def cumulative_sum_of_rows():
    years = ["Year %d 20%d/%d £m" % (k + 1, 25 + k, 26 + k) for k in range(5)]
    spending = [410250, 428775, 446120, 459300, 471005]
    funding = [-398400, -405730, -414980, -424150, -433600]
    gap = [s + f for s, f in zip(spending, funding)]
    reserves = [-6500, -3000, 0, 0, 0]
    needed = [g + r for g, r in zip(gap, reserves)]
    rows = [[""] + years]
    for label, figures in [("Estimated spending", spending), ("Estimated funding", funding),
                           ("Cumulative funding gap", gap), ("Planned use of reserves", reserves),
                           ("Cumulative savings needed", needed)]:
        rows.append([label] + [thousandths(x) for x in figures])
    write("cumulative-sum-of-rows.csv", rows)


def cumulative_running():
    staff = [10, 12, 5, 3]
    other = [4, 6, 2, 1]
    running, so_far = [], 0
    for s, o in zip(staff, other):
        so_far += s + o
        running.append(so_far)
    rows = [["Savings £000", "Year 1", "Year 2", "Year 3", "Year 4"],
            ["Staff savings"] + staff, ["Other savings"] + other, ["Cumulative savings"] + running]
    write("cumulative-running.csv", rows)


def main():
    cumulative_sum_of_rows()
    cumulative_running()


if __name__ == "__main__":
    main()
