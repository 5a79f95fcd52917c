#!/usr/bin/env python3
"""A figure that puts out its row's total, and its column's Total by as little as the column's
rounding allows (issue 17, trial2 e14 w2).

Grants awarded to voluntary bodies: Amount awarded = Paid in year + Balance outstanding on
every line, a Total row. The amounts are written to the pound but are all round tens, so the
Total row of 14 lines is allowed 30 of rounding. A balance of 0 typed 20: the line's Amount
awarded is 20 short of its two columns (an error), and the Balance column's Total 20 short of
its lines (within that rounding: a note). Before, the error was at the Amount awarded (which is
right) and the note beside it; now one error at the figure typed wrong, naming both totals.

- grants-right: silent.
- grants-balance-wrong: one error at D8 (main: at B8, the Amount awarded, and a note at D18).
- grants-awarded-wrong: an Amount awarded typed 20 over: the error stays at its cell (B8), its
  column's Total within rounding a note as before; no figure blamed that is right.

usage: /usr/bin/python3 tests/data/crossing_rounding/make_crossing_rounding.py
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

GRANTS = [
    ("Anytown Citizens Advice", 38000, 0), ("Riverside Food Bank", 26000, 0),
    ("Age Concern Anytown", 18500, 0), ("Anytown Mind", 2500, 1250),
    ("Youth Action Trust", 37000, 37000), ("Carers Hub", 31500, 31000),
    ("Women's Aid Anytown", 9000, 8500), ("Community Transport Scheme", 36000, 18000),
    ("Home-Start Anytown", 17500, 8750), ("Sports Foundation", 6000, 0),
    ("Arts Collective CIC", 27500, 27500), ("Refugee Welcome Group", 7000, 3500),
    ("Men in Sheds", 11500, 11000), ("Credit Union Ltd", 28000, 27500),
]


def grants(balance_slip=0, awarded_slip=0):
    rows = [["Voluntary sector grants awarded 2024/25"], [],
            ["Organisation", "Amount awarded £", "Paid in year £", "Balance outstanding £"]]
    lines = []
    for name, awarded, paid in GRANTS:
        lines.append([name, awarded, paid, awarded - paid])
    totals = [sum(r[k] for r in lines) for k in (1, 2, 3)]
    if balance_slip:
        lines[4][3] += balance_slip
    if awarded_slip:
        lines[4][1] += awarded_slip
    rows.extend(lines)
    rows.append(["Total"] + totals)
    return rows


def write(name, rows):
    with open(os.path.join(HERE, name + ".csv"), "w", newline="") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r + [""] * (4 - len(r)))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Grants awarded"
    for r in rows:
        ws.append(r)
    wb.save(os.path.join(HERE, name + ".xlsx"))


write("grants-right", grants())
write("grants-balance-wrong", grants(balance_slip=20))
write("grants-awarded-wrong", grants(awarded_slip=20))
