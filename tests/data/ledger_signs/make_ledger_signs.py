#!/usr/bin/python3
"""Ledger and trial-balance exports that write a credit's sign after the figure or as a
word (issue 17, figures as finance writes them). Each is the class of a real export, made
up: not a real file. Written into tests/data/ledger_signs/.

A month's ledger summary: a line per cost centre, this period and year to date in pounds
and pence, and a "Total" under them. Credits (income, refunds) are negative.
- trailing-minus.csv: credits written "4,518.20-" (an ERP export's trailing minus): the
  total agrees, two totals checked, nothing to report. Before, the credits were text: not
  figures, in no range of the account, and the table said to have no row named as a total.
- trailing-minus-wrong.csv: the same with one line's year to date mistyped (two digits
  swapped): an error at the total it puts out.
- credit-word.csv: credits written "4,518.20 CR", debits "1,204.50 DR", and one credit
  "CR 310.00" (the word before the figure); right.
- credit-word-wrong.csv: the same, one period figure with its CR lost: an error at the
  total.
- decimal-comma.csv: a ';' export with a decimal comma and a trailing minus
  ("4.518,20-"); right.
- text-cells.xlsx: the trailing-minus table pasted into a workbook as text cells, the
  figures right: two totals checked.

Not figures (precision guards), in ranges.csv: a column of year ranges written "2017-"
and codes "4501-" beside a right total: they are not read as negative amounts.

usage: /usr/bin/python3 tests/data/ledger_signs/make_ledger_signs.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

# (cost centre, description, period pence, year-to-date pence); negative = credit.
LINES = [
    ("Salaries", 2314560, 13887360),
    ("Agency staff", 451820, 2710920),
    ("Fees and charges", -1204550, -7227300),
    ("Premises", 310000, 1860000),
    ("Refunds", -31000, -45125),
    ("Supplies", 98765, 592590),
    ("Grant income", -2500000, -15000000),
    ("Transport", 120433, 722598),
]


def pounds(pence):
    whole, p = divmod(abs(pence), 100)
    return "{:,}.{:02d}".format(whole, p)


def minus_after(pence):
    return pounds(pence) + ("-" if pence < 0 else "")


def credit_word(pence):
    return pounds(pence) + (" CR" if pence < 0 else " DR")


def comma_decimal(pence):
    # 1.234,56 with a trailing minus, as a German-locale export writes it.
    whole, p = divmod(abs(pence), 100)
    return "{:,}".format(whole).replace(",", ".") + ",%02d" % p + ("-" if pence < 0 else "")


def table(fmt, lines=LINES, alter=None):
    rows = [["Cost centre", "Period 6 £", "Year to date £"]]
    for k, (name, period, ytd) in enumerate(lines):
        shown_period, shown_ytd = fmt(period), fmt(ytd)
        if alter and alter[0] == k:
            shown_period, shown_ytd = alter[1](shown_period, shown_ytd)
        rows.append([name, shown_period, shown_ytd])
    rows.append(["Total", fmt(sum(p for _, p, _ in lines)), fmt(sum(y for _, _, y in lines))])
    return rows


def write(name, rows, delimiter=","):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, delimiter=delimiter, lineterminator="\n").writerows(rows)


def main():
    write("trailing-minus.csv", table(minus_after))
    # Agency staff's year to date 27,109.20 typed 21,709.20: two digits swapped.
    write("trailing-minus-wrong.csv", table(minus_after, alter=(1, lambda p, y: (p, "21,709.20"))))
    words = table(credit_word)
    words[5][1] = "CR " + pounds(31000)  # Refunds, the word before the figure
    write("credit-word.csv", words)
    # Fees and charges' period credit with its CR lost: read as a debit of 12,045.50.
    wrong = table(credit_word, alter=(2, lambda p, y: (p.replace(" CR", ""), y)))
    write("credit-word-wrong.csv", wrong)
    write("decimal-comma.csv", table(comma_decimal), delimiter=";")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Ledger"
    for row in table(minus_after):
        ws.append(row)  # every figure a text cell, as pasted from the export
    wb.save(os.path.join(HERE, "text-cells.xlsx"))
    ranges = [["Scheme", "Years", "Code", "Budget £"]]
    for k, (name, period, _) in enumerate(LINES[:5]):
        ranges.append([name, "%d-" % (2017 + k), "%d-" % (4501 + k), pounds(abs(period))])
    ranges.append(["Total", "", "", pounds(sum(abs(p) for _, p, _ in LINES[:5]))])
    write("ranges.csv", ranges)


if __name__ == "__main__":
    main()
