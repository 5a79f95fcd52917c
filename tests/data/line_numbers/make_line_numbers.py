#!/usr/bin/env python3
"""Tables with a column numbering their lines 1, 2, 3, ... (headed 'No.', 'Line', 'Box' or
nothing), written as text as a CSV file gives it (issue 17, class: a column numbering the
lines read as amounts). Made up: not a real body's figures. Written into
tests/data/line_numbers/.

Before, line numbers were known only where the cells were numbers: written as text, the
column was taken for amounts, and added, made a total column (the last line's number
accused as a total of the numbers above it) or counted among the figures left unchecked.
- numbered-lines.csv: 'No.' before the labels, 1 to 6, a Total row with no number, two
  amount columns adding up: nothing to report, no figure left unchecked.
- line-after-labels.csv: a 'Line' column after the labels numbering 11 to 17 (the total
  line numbered too), one amount column, its total 100 over its lines: an error at the
  total, none at the line numbers.
- unheaded-numbers.csv: an unheaded numbering column 1 to 7 before a statement whose
  last line is a total of the lines above it in both years: nothing to report, and the
  numbers not counted as figures.
- small-amounts-understated.csv (review 20 M5's lowering pass, class: small whole amounts
  rising down the rows taken for line numbers): a budget in GBP m, three services (1, 4, 7)
  and their 'Total services' (12), a contingency (14) and 'Total including contingency'
  understated (22 for 26). Before, the column (1, 4, 7, 12, 14, 22: rising by small steps)
  was taken for line numbers and nothing was checked, while 36 (a jump) was an error.
  small-amounts-right.csv: the same with 26, no finding, both totals checked.

usage: python3 tests/data/line_numbers/make_line_numbers.py   (Python standard library only)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def f(x):
    return "{:,}".format(x)


LINES = [("Salaries", 41250, 39980), ("Premises", 8120, 7790), ("Transport", 2305, 2410),
         ("Supplies and services", 6480, 6122), ("Grants paid", 12000, 11500), ("Audit fees", 1650, 1600)]


def numbered():
    rows = [["No.", "Expenditure", "2023/24 \u00a3", "2024/25 \u00a3"]]
    for k, (name, a, b) in enumerate(LINES, 1):
        rows.append([str(k), name, f(a), f(b)])
    rows.append(["", "Total", f(sum(a for _, a, _ in LINES)), f(sum(b for _, _, b in LINES))])
    return rows


def line_after_labels():
    rows = [["Expenditure", "Line", "\u00a3"]]
    for k, (name, a, _) in enumerate(LINES, 11):
        rows.append([name, str(k), f(a)])
    rows.append(["Total expenditure", str(11 + len(LINES)), f(sum(a for _, a, _ in LINES) + 100)])
    return rows


def unheaded():
    rows = [["", "Statement", "2023", "2024"]]
    for k, (name, a, b) in enumerate(LINES, 1):
        rows.append([str(k), name, f(a), f(b)])
    rows.append([str(len(LINES) + 1), "Total payments", f(sum(a for _, a, _ in LINES)),
                 f(sum(b for _, _, b in LINES))])
    return rows


def small_amounts(total):
    return [["Service", "Budget \u00a3m"], ["Parks", "1"], ["Libraries", "4"], ["Museums", "7"],
            ["Total services", "12"], ["Contingency", "14"], ["Total including contingency", str(total)]]


write("small-amounts-understated.csv", small_amounts(22))
write("small-amounts-right.csv", small_amounts(26))
write("numbered-lines.csv", numbered())
write("line-after-labels.csv", line_after_labels())
write("unheaded-numbers.csv", unheaded())
