#!/usr/bin/env python3
"""Tables with one total wrong that fundbook left unchecked as a whole ("the table's
structure is not known", "no table with totals was recognised") instead of reporting the
total (issue 17, fresh public finance tables, classes C and D). Each is the class of a
real case, made up: not the real file. Written into tests/data/wrong_totals/.

A town council's expenditure list: ten named items in one amount column, a "% of Total"
column beside it, and "Total expenditure" under them. Two items are named with a note's
word at their start ("Memorial garden", "Network rail licence"), which is no note: they
are items like the others.
- list-total-wrong.csv: the Total 7% too high: an error at it.
- list-total.csv: the Total right: nothing to report, one total checked.
- list-with-memo-wrong.csv: the same list with a memorandum line ("Memo: reserves held")
  and the Total 7% too high: the memo line says the list is no plain list, so the
  Total is left unchecked and said so, not accused.

usage: python3 tests/data/wrong_totals/make_wrong_totals.py   (Python standard library only)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def pounds(x):
    return "\u00a3{:,}".format(x)


ITEMS = [
    ("Administration", 31250),
    ("Staff costs", 168400),
    ("Library", 22900),
    ("Civic events", 6850),
    ("Projects", 40500),
    ("Halls", 37125),
    ("Insurance", 5800),
    ("Network rail licence", 7300),
    ("Public toilets", 9775),
    ("Memorial garden", 3400),
]


def expenditure(total_factor=1.0, memo=None):
    items = list(ITEMS)
    total = sum(a for _, a in items)
    stated = round(total * total_factor)
    rows = [["Expenditure", "", ""], ["Type", "Amount", "% of Total"]]
    for name, a in items:
        rows.append([name, pounds(a), "%.2f%%" % (100 * a / total)])
    if memo:
        rows.append([memo[0], pounds(memo[1]), ""])
    rows.append(["Total expenditure", pounds(stated), "100%"])
    return rows


write("list-total.csv", expenditure())
write("list-total-wrong.csv", expenditure(1.07))
write("list-with-memo-wrong.csv", expenditure(1.07, ("Memo: reserves held", 50000)))
