#!/usr/bin/python3
"""Which cell is blamed when one figure is wrong and two totals disagree (issue 17, blame).
Made-up tables of the kinds a council's finance papers hold, not real files. A fresh tester
planted one wrong figure and fundbook blamed a related total, not the planted cell. Each
table is written as .xlsx (figures as numbers) and .csv (figures as plain digits, or as
the papers write them: '(1,234)') into tests/data/blame/.

Right tables (no error, no warning, totals checked):
- capital-cf: a capital programme's schemes by 'Budget b/f', 'Slippage', 'New approvals',
  'Virements' and 'Budget c/f' (carried forward: the four across), with a 'Total' row.
- quarters: a revenue budget's services by Q1..Q4 and 'Total', with a 'Total' row.
- plan-years: a capital plan's schemes by 2025/26..2028/29 and 'Total', with a 'Total'
  row (read as a summary by year, whose TOTALs and Total row are checked apart).
- care-subtotals: Adults' lines and 'Total Adults', Children's lines and 'Total Children',
  'Total Services' (the two subtotals), by 'Budget', 'Actual' and 'Forecast'.
- care-subtotals-one: the same blocks, one column ('2025/26 Budget').
- care-unnamed-subtotals: the same blocks by 'Budget' and 'Actual', each block's subtotal
  with no label (the figures alone say what it is), then 'Total'.
- assets-columns: a fixed-asset note, classes of asset down, 'Cost', 'Depreciation' and
  'Net book value' (cost less depreciation) across, with a 'Total' row.
- assets-lines: the same note the other way: 'Cost', 'Depreciation' (in brackets) and
  'Net book value' as lines, the classes and 'Total' across.

Wrong copies (the right table but for one figure; the cell each must be blamed at):
- capital-cf-wrong: the Total row's 'New approvals' 50 high (D8): its column disagrees,
  and so does the Total row across, while its 'Budget c/f' agrees with the lines'.
- quarters-wrong: the Total row's Q3 120 low (D8).
- plan-years-total-wrong: the Total row's 2027/28 90 high (D8). Main blamed the Total
  row's TOTAL (F8) as well, though it agrees with the schemes' TOTALs.
- plan-years-line-wrong: 'Depot upgrade' 2026/27 40 low (C4). Main blamed the scheme's
  TOTAL (F4) and the Total row's 2026/27 (C8), not the figure both add.
- care-subtotals-wrong: 'Total Adults' Actual 75 high (C6); 'Total Services' agrees
  with the lines of both blocks.
- care-subtotals-one-wrong: 'Total Children' 40 low (B11).
- care-unnamed-subtotals-wrong: the Adults' subtotal Budget 37 high (B6); main blamed the
  right 'Total' in both columns (B12, C12) as well.
- care-unnamed-subtotals-last-wrong: the Children's subtotal Actual 23 low (C11), right
  above 'Total'; main blamed 'Total' in both columns, not the subtotal.
- assets-columns-wrong: 'Vehicles' Net book value 30 high (D3).
- assets-lines-wrong: 'Vehicles' Net book value 30 high (C4).

usage: /usr/bin/python3 tests/data/blame/make_blame.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

SCHEMES = [("Highways maintenance", [4200, -350, 1200, 150]), ("Schools expansion", [6100, -800, 2500, 0]),
           ("Housing renewal", [2750, -120, 600, -150]), ("Leisure centre", [1900, -400, 0, 75]),
           ("ICT replacement", [880, 0, 240, -50]), ("Flood defences", [1330, -60, 450, 0])]
SERVICES = [("Waste collection", [2140, 2165, 2190, 2230]), ("Street cleansing", [910, 905, 930, 948]),
            ("Parks", [640, 720, 810, 655]), ("Libraries", [515, 520, 498, 530]),
            ("Planning", [780, 765, 802, 791]), ("Licensing", [-120, -135, -98, -142])]
ADULTS = [("Residential care", [18400, 13650, 18920]), ("Home care", [9350, 7120, 9680]),
          ("Day services", [2870, 2010, 2795])]
CHILDREN = [("Looked after children", [14200, 11030, 14860]), ("Fostering", [6120, 4480, 6010]),
            ("Early help", [3340, 2415, 3290])]
ASSETS = [("Land and buildings", 84200, 12650), ("Vehicles", 6310, 3940), ("Plant and equipment", 4870, 2215),
          ("Infrastructure", 51430, 18770)]


def across_total(corner, headings, total_heading, lines, total_label, off=None):
    """Lines with their total across and a total row; off: (column index, delta) on the
    total row's figure in that column."""
    rows = [[corner, *headings, total_heading]]
    for name, figures in lines:
        rows.append([name, *figures, sum(figures)])
    sums = [sum(f[k] for _, f in lines) for k in range(len(headings))]
    if off:
        sums[off[0]] += off[1]
    rows.append([total_label, *sums, sum(sum(f) for _, f in lines)])
    return rows


def altered(rows, row, col, delta):
    """rows with the figure at (row, col), 0-based, changed by delta."""
    rows = [list(r) for r in rows]
    rows[row][col] += delta
    return rows


def subtotals(corner, headings, off=None, named=True):
    """Two blocks, each with its total, and their grand total; off: (block, column, delta)
    on that block's total."""
    rows = [[corner, *headings]]
    totals = []
    for b, (title, lines) in enumerate([("Adults", ADULTS), ("Children", CHILDREN)]):
        rows.append([title] + [None] * len(headings))
        for name, figures in lines:
            rows.append([name, *figures[:len(headings)]])
        block = [sum(f[k] for _, f in lines) for k in range(len(headings))]
        totals.append(list(block))
        if off and off[0] == b:
            block[off[1]] += off[2]
        rows.append(["Total " + title if named else None, *block])
    rows.append(["Total Services" if named else "Total", *[totals[0][k] + totals[1][k] for k in range(len(headings))]])
    return rows


def assets_columns(off=None):
    rows = [["Property, plant and equipment \u00a3000", "Cost", "Depreciation", "Net book value"]]
    for k, (name, cost, dep) in enumerate(ASSETS):
        rows.append([name, cost, dep, cost - dep + (off[1] if off and off[0] == k else 0)])
    rows.append(["Total", sum(a[1] for a in ASSETS), sum(a[2] for a in ASSETS), sum(a[1] - a[2] for a in ASSETS)])
    return rows


def assets_lines(off=None):
    rows = [["Property, plant and equipment \u00a3000", *[a[0] for a in ASSETS], "Total"]]
    cost = [a[1] for a in ASSETS]
    dep = [-a[2] for a in ASSETS]
    nbv = [c + d for c, d in zip(cost, dep)]
    total_nbv = sum(nbv)
    if off:
        nbv[off[0]] += off[1]
    rows.append(["Cost at 31 March 2025", *cost, sum(cost)])
    rows.append(["Depreciation", *dep, sum(dep)])
    rows.append(["Net book value at 31 March 2025", *nbv, total_nbv])
    return rows


def shown(x):
    """A figure as the papers write it: 1,234 and (1,234)."""
    if isinstance(x, int):
        return "({:,})".format(-x) if x < 0 else "{:,}".format(x)
    return "" if x is None else x


def write(name, rows, as_written=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Note"
    for row in rows:
        ws.append(row)
    wb.save(os.path.join(HERE, name + ".xlsx"))
    with open(os.path.join(HERE, name + ".csv"), "w", newline="") as f:
        cells = (shown if as_written else (lambda x: "" if x is None else x))
        csv.writer(f).writerows([[cells(x) for x in row] for row in rows])


CAPITAL = ("Capital programme \u00a3000", ["Budget b/f", "Slippage", "New approvals", "Virements"], "Budget c/f")
QUARTERS = ("Revenue budget \u00a3000", ["Q1", "Q2", "Q3", "Q4"], "Total")
PLAN = ("Capital plan \u00a3000", ["2025/26", "2026/27", "2027/28", "2028/29"], "Total")
CARE2 = ("Social care \u00a3000", ["Budget", "Actual"])
SCHEMES4 = [("Highways maintenance", [4200, 3850, 3600, 3400]), ("Schools expansion", [6100, 7200, 4500, 1200]),
            ("Depot upgrade", [275, 260, 240, 230]), ("Leisure centre", [1900, 150, 0, 0]),
            ("ICT replacement", [880, 920, 950, 1010]), ("Flood defences", [1330, 1460, 450, 125])]
CARE = ("Social care \u00a3000", ["Budget", "Actual", "Forecast"])

write("capital-cf", across_total(*CAPITAL, SCHEMES, "Total"), True)
write("capital-cf-wrong", across_total(*CAPITAL, SCHEMES, "Total", (2, 50)), True)
write("quarters", across_total(*QUARTERS, SERVICES, "Total"))
write("quarters-wrong", across_total(*QUARTERS, SERVICES, "Total", (2, -120)))
write("plan-years", across_total(*PLAN, SCHEMES4, "Total"))
write("plan-years-total-wrong", across_total(*PLAN, SCHEMES4, "Total", (2, 90)))
write("plan-years-line-wrong", altered(across_total(*PLAN, SCHEMES4, "Total"), 3, 2, -40))
write("care-subtotals", subtotals(*CARE))
write("care-subtotals-wrong", subtotals(*CARE, (0, 1, 75)))
write("care-subtotals-one", subtotals("Social care \u00a3000", ["2025/26 Budget"]))
write("care-subtotals-one-wrong", subtotals("Social care \u00a3000", ["2025/26 Budget"], (1, 0, -40)))
write("care-unnamed-subtotals", subtotals(*CARE2, named=False))
write("care-unnamed-subtotals-wrong", subtotals(*CARE2, (0, 0, 37), named=False))
write("care-unnamed-subtotals-last-wrong", subtotals(*CARE2, (1, 1, -23), named=False))
write("assets-columns", assets_columns())
write("assets-columns-wrong", assets_columns((1, 30)))
write("assets-lines", assets_lines(), True)
write("assets-lines-wrong", assets_lines((1, 30)), True)
