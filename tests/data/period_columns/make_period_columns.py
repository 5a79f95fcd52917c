#!/usr/bin/env python3
"""Monthly cash-receipt tables whose month columns are amounts (issue 17), written into
tests/data/period_columns/. The class of a case met on fresh real public finance files,
cut down and renamed: not the real file.

Income lines by month end ("Jul 31" ... "Oct 31") and a Total column across; "Total Current
Income" adds the lines, "Prior Year Collections" is one more line, "TOTAL RECEIPTS" adds
the current income and the collections. The published totals are of unrounded figures, so
some months' totals are one step (0.1) off the sum of the rounded lines. Before, a month
column whose total rows added up only within rounding, or whose one total was wrong, was
set aside as "a minimum, average or rate, not an amount to add", and a wrong total in it
went unreported.
- receipts-ok.csv: every total agrees, Aug and Sep only within rounding: no error, and no
  month set aside.
- receipts-grand-total-off.csv: Aug's TOTAL RECEIPTS 100 over: an error at C9, the Total
  column's F9 (which adds it, and is right) not accused too.
- receipts-subtotal-off.csv: Jul's Total Current Income 100 over (TOTAL RECEIPTS and the
  Total column still add the true figure): an error at B7, not the month set aside.

usage: python3 tests/data/period_columns/make_period_columns.py   (Python standard library only)
"""
import csv
import os
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
MONTHS = ["Jul 31", "Aug 31", "Sep 30", "Oct 31"]
LINES = [
    ("Council Tax", ["10.2", "11.4", "9.8", "12.1"]),
    ("Business Rates", ["20.5", "19.7", "21.3", "22.0"]),
    ("Fees and Charges", ["5.3", "4.8", "6.2", "5.9"]),
    ("Grants", ["15.1", "14.9", "16.4", "13.7"]),
    ("Other Income", ["3.4", "2.6", "3.1", "4.0"]),
]
COLLECTIONS = ["2.0", "0.0", "3.5", "1.0"]
# Published totals, one step off the rounded lines where the unrounded figures gave so.
CURRENT_OFF = [D("0"), D("0.1"), D("0.1"), D("0")]
RECEIPTS_OFF = [D("0"), D("0"), D("-0.1"), D("0")]


def table(current_plant=None, receipts_plant=None):
    rows = [["Receipts"] + MONTHS + ["Total"]]
    for name, figs in LINES:
        vals = [D(x) for x in figs]
        rows.append([name] + figs + [str(sum(vals))])
    current = [sum(D(f[m]) for _, f in LINES) + CURRENT_OFF[m] for m in range(4)]
    receipts = [current[m] + D(COLLECTIONS[m]) + RECEIPTS_OFF[m] for m in range(4)]
    shown_current = list(current)
    shown_receipts = list(receipts)
    if current_plant is not None:
        shown_current[current_plant] += 100
    if receipts_plant is not None:
        shown_receipts[receipts_plant] += 100
    rows.append(["Total Current Income"] + [str(x) for x in shown_current] + [str(sum(current))])
    rows.append(["Prior Year Collections"] + COLLECTIONS + [str(sum(D(x) for x in COLLECTIONS))])
    rows.append(["TOTAL RECEIPTS"] + [str(x) for x in shown_receipts] + [str(sum(receipts))])
    return rows


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


write("receipts-ok.csv", table())
write("receipts-grand-total-off.csv", table(receipts_plant=1))
write("receipts-subtotal-off.csv", table(current_plant=0))
