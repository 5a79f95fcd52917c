#!/usr/bin/env python3
"""Writes a small movement in reserves statement as CSV: a closing balance worked out from
the opening balance and the year's movements, with subtotals among them, as councils and fire
and police bodies publish it (issue 17):

  Balance at 31 March 2024 carried forward          opening
  Total Comprehensive Income and Expenditure        a line, though named "Total"
  Adjustments between accounting basis and ...      a line
  Net Increase or Decrease before Transfers         = the two lines above (a subtotal)
  Transfers to / from Earmarked Reserves            a line
  Increase (Decrease) in year                       = the subtotal + the transfers
  Balance at 31 March 2025 carried forward          = opening + Increase (Decrease) in year

in the General Fund, Earmarked Reserves and Total Usable Reserves columns:

  reserves-movement-right.csv              every figure right
  reserves-movement-general-fund-off.csv   only the General Fund closing balance typed 4 over

Adding every line under the opening balance, the subtotals too, counts each movement two or
three times: it gives no closing balance of the statement (which was then said unchecked "in
not enough of the table's columns"), and where the figure typed over came near it, it blamed
the Earmarked column, which is right, and said nothing of the General Fund.

Run from the project root: python3 tests/data/relations/make_reserves_movement.py
"""
import csv
import os

OUT = os.path.join("tests", "data", "relations")
COLUMNS = ["", "General Fund Balance £000", "Earmarked Reserves £000", "Total Usable Reserves £000"]
OPEN = [2140, 3675]
CIES = [-12406, 0]
ADJUST = [12118, 0]
TRANSFERS = [225, -225]


def shown(v):
    return f"({-v:,})" if v < 0 else f"{v:,}"


def row(label, figures):
    return [label, *[shown(v) for v in figures], shown(sum(figures))]


def write(name, typo):
    before = [CIES[k] + ADJUST[k] for k in (0, 1)]
    movement = [before[k] + TRANSFERS[k] for k in (0, 1)]
    close = [OPEN[k] + movement[k] for k in (0, 1)]
    rows = [COLUMNS, row("Balance at 31 March 2024 carried forward", OPEN),
            row("Total Comprehensive Income and Expenditure", CIES),
            row("Adjustments between accounting basis and funding basis under regulations", ADJUST),
            row("Net Increase or Decrease before Transfers to Earmarked Reserves", before),
            row("Transfers to / from Earmarked Reserves", TRANSFERS),
            row("Increase (Decrease) in 2024/25", movement),
            row("Balance at 31 March 2025 carried forward", close)]
    # The General Fund's closing balance typed over; the Total column as published.
    rows[-1][1] = shown(close[0] + typo)
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


write("reserves-movement-right.csv", 0)
write("reserves-movement-general-fund-off.csv", 4)
