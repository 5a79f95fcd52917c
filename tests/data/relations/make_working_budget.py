#!/usr/bin/env python3
"""Writes a small budget monitoring table as CSV, whose working budget is worked out from the
original budget and the year's changes, and whose variance from the outturn and the working
budget (issue 17):

  Service | Original Budget £'000 | In Year Budget Changes £'000 | Working Budget £'000 |
          Forecast Outturn £'000 | Forecast Outturn Variance to Working Budget £'000

  working-budget-right.csv           every figure right
  working-budget-working-off.csv     one working budget typed 250 over, its variance right
                                     against the working budget as it should be: the one figure
                                     that breaks both relations of its row (the variance breaks
                                     only through it)
  working-budget-variance-off.csv    one variance typed 30 over: only the variance breaks

Before, the working budget was worked out from nothing fundbook read, so a working budget
typed over was blamed on the variance beside it, which is right.

Run from the project root: python3 tests/data/relations/make_working_budget.py
"""
import csv
import os

OUT = os.path.join("tests", "data", "relations")
HEAD = ["Service", "Original Budget £'000", "In Year Budget Changes £'000", "Working Budget £'000",
        "Forecast Outturn £'000", "Forecast Outturn Variance to Working Budget £'000"]
# Service, original budget, changes (None: '-'), forecast outturn.
LINES = [("Customer Services", 1243, None, 1230), ("Waste and Recycling", 4310, -26, 4377),
         ("Housing Strategy", 2088, 115, 2190), ("Leisure", 968, None, 968), ("Revenues and Benefits", 3415, None, 3381),
         ("Democratic Services", 1502, None, 1475)]
# Few lines have changes in the year (as is usual): the working budget is no
# total by its figures alone (two rows or more adding two figures), only by
# its heading.


def shown(v):
    if v is None or v == 0:
        return "-"
    return f"({-v:,})" if v < 0 else f"{v:,}"


def write(name, working_at=None, variance_at=None):
    rows = [HEAD]
    for k, (service, original, change, outturn) in enumerate(LINES):
        working = original + (change or 0)
        variance = outturn - working
        typed = working + 250 if k == working_at else working
        if k == variance_at:
            variance += 30
        rows.append([service, shown(original), shown(change), shown(typed), shown(outturn), shown(variance)])
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


write("working-budget-right.csv")
write("working-budget-working-off.csv", working_at=1)
write("working-budget-variance-off.csv", variance_at=4)
