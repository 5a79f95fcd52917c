#!/usr/bin/env python3
"""Four table layouts whose totals fundbook listed unchecked, each in the words of a council's
accounts (issue 17, tester24 section 3): right copies must be silent with their totals checked,
wrong copies caught at the cell written wrong (or, for a line, at the one total over it).

- indented-*: a revenue budget by service area where each area's total is written on the area's
  own heading row ('Corporate Services' with its figures), its teams indented under it
  ('    Finance', '    Legal', ...), no 'Total Corporate Services' row, and 'Total net revenue budget'
  at the end adding the area headings. Two year columns.
  right; heading-wrong (Communities' 2024/25 figure 30 over its teams): error at C9;
  line-wrong (one Environment team's 2023/24 figure 500 over): error at its heading B14;
  grand-wrong (Total net revenue budget's 2024/25 figure 7 over): error at C19.
  not-totals: the same indentation, but each heading's figures its own line, not its teams'
  sum: no heading is read as a total, and Total net revenue budget (every row added) is checked.
  subtotals-below: the teams indented under each area heading (no figures on it) and an
  unworded subtotal under them ('Corporate Services net'), not indented, the next area's teams
  under that: a subtotal under its lines is no heading over the lines after it; nothing to
  report, every subtotal checked.
- top-*: an investments note whose 'Total short-term investments' row comes first, then an
  'of which:' heading with no figures, then the lines it adds; two year-end columns.
  right; total-wrong (31 March 2025 total 40 over): error at C5; line-wrong (one line's 31
  March 2024 figure 900 over): error at the total B5.
- gross-*: a long-term debtors note: lines, 'Gross amount owed' (no total word) adding them,
  'Less: expected credit loss allowance', 'Total long-term debtors' = the gross less the
  allowance; two year-end columns.
  right; gross-wrong (the gross figure's 31 March 2024 digits swapped, so the total no longer
  reads 'it and the line under it'): error at B9; total-wrong: error at C11.
- plan-*: an efficiency programme in £m to 2dp written as text in a csv ('(1.25)', '-' for
  nil), a blank row after every two lines, 'Total efficiencies' and 'Cumulative efficiencies'
  under four year columns.
  right; line-wrong (a first-block line 0.30 over): error at the Total D14; cumulative-wrong
  (the last cumulative 0.10 over): error at E15.

Each is written as xlsx (openpyxl, values) and csv.

usage: /usr/bin/python3 tests/data/group_layouts/make_group_layouts.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

AREAS = [
    ("Corporate Services", [("Finance", 3120, 3275), ("Legal", 1480, 1512), ("Human resources", 966, 1004)]),
    ("Communities", [("Libraries", 2310, 2265), ("Leisure centres", 4870, 4630), ("Community safety", 745, 790),
                     ("Housing options", 3365, 3590)]),
    ("Environment", [("Waste disposal", 8440, 8815), ("Grounds maintenance", 1835, 2240),
                     ("Environmental health", 1288, 1301), ("Car parks", -1650, -1720)]),
]


def indented(heading_off=None, line_off=None, grand_off=0, not_totals=False):
    rows = [["Revenue budget by service area", None, None], ["£000", None, None], [None, None, None],
            ["Service area / team", "2023/24 outturn", "2024/25 budget"]]
    heads = []
    for a, (area, teams) in enumerate(AREAS):
        teams = [list(t) for t in teams]
        if line_off and line_off[0] == a:
            teams[line_off[1]][1] += 500
        sums = [sum(t[c] for t in teams) for c in (1, 2)]
        if not_totals:
            sums = [1000 + 111 * a, 1200 + 97 * a]
        if heading_off == a:
            sums[1] += 30
        if line_off and line_off[0] == a:
            sums[0] -= 500  # the heading keeps the figure it had
        heads.append(sums)
        rows.append([area, *sums])
        rows.extend(["    " + t[0], t[1], t[2]] for t in teams)
    if not_totals:
        grand = [sum(r[c] for r in rows[4:]) for c in (1, 2)]
    else:
        grand = [sum(h[c] for h in heads) for c in (0, 1)]
        if line_off:
            grand[0] = sum(h[0] for h in heads)
    grand[1] += grand_off
    rows.append(["Total net revenue budget", *grand])
    return rows


def subtotals_below():
    rows = [["Revenue budget by service area", None, None], ["£000", None, None], [None, None, None],
            ["Service area / team", "2023/24 outturn", "2024/25 budget"]]
    heads = []
    for area, teams in AREAS:
        rows.append([area, None, None])
        rows.extend(["    " + t[0], t[1], t[2]] for t in teams)
        sums = [sum(t[c] for t in teams) for c in (1, 2)]
        heads.append(sums)
        rows.append([area + " net", *sums])
    rows.append(["Total net revenue budget", *[sum(h[c] for h in heads) for c in (0, 1)]])
    return rows


TOP_LINES = [("Banks and building societies", 12500, 8400), ("Money market funds", 9850, 14200),
             ("Other local authorities", 5000, 10000), ("Treasury bills", 2995, 0), ("Certificates of deposit", 4010, 6020)]


def top(total_off=0, line_off=False):
    lines = [list(r) for r in TOP_LINES]
    total = [sum(r[c] for r in lines) for c in (1, 2)]
    total[1] += total_off
    if line_off:
        lines[2][1] += 900
    return [["Note 19 Short-term investments", None, None], ["£000", None, None], [None, None, None],
            [None, "31 March 2024", "31 March 2025"], ["Total short-term investments", *total],
            ["of which:", None, None], *lines]


GROSS_LINES = [("Employee car loans", 412, 388), ("Finance lease receivables", 2650, 2480),
               ("Loans to housing associations", 5100, 4925), ("Community group loans", 238, 301),
               ("Other long-term debtors", 1475, 1612)]


def gross(gross_wrong=False, total_off=0):
    lines = [list(r) for r in GROSS_LINES]
    g = [sum(r[c] for r in lines) for c in (1, 2)]
    allowance = [-615, -702]
    total = [g[0] + allowance[0], g[1] + allowance[1] + total_off]
    shown = list(g)
    if gross_wrong:
        shown[0] = 9785  # 9875 with two digits swapped
    return [["Note 17 Long-term debtors", None, None], [None, "31 March 2024", "31 March 2025"],
            [None, "£000", "£000"], *lines, ["Gross amount owed", *shown],
            ["Less: expected credit loss allowance", *allowance], ["Total long-term debtors", *total]]


PLAN = [("Digital by default", [0.45, 1.10, 0.80, 0.25]), ("Estate rationalisation", [1.25, 0.60, 0.00, 0.90]),
        ("Procurement savings", [0.70, 0.35, 1.40, 0.55]), ("Shared services", [0.00, 2.15, 0.95, 0.30]),
        ("Demand management", [1.80, 0.40, 0.65, 1.15]), ("Income generation", [0.35, 0.75, 1.05, 0.60])]


def money(v):
    if v == 0:
        return "-"
    return f"({v:,.2f})" if v > 0 else f"{-v:,.2f}"


def plan(line_off=False, cumulative_off=0.0):
    lines = [[n, *f] for n, f in PLAN]
    if line_off:
        lines[1][3] = round(lines[1][3] + 0.30, 2)
    total = [round(sum(r[c] for r in [[n, *f] for n, f in PLAN]), 2) for c in range(1, 5)]
    cum, run = [], 0.0
    for t in total:
        run = round(run + t, 2)
        cum.append(run)
    cum[3] = round(cum[3] + cumulative_off, 2)
    rows = [["Efficiency programme", None, None, None, None], ["£m", None, None, None, None],
            [None, None, None, None, None], ["Workstream", "2026/27", "2027/28", "2028/29", "2029/30"]]
    for k, r in enumerate(lines):
        rows.append(r)
        if k % 2 == 1:
            rows.append([None] * 5)
    rows.append(["Total efficiencies", *total])
    rows.append(["Cumulative efficiencies", *cum])
    # Savings are shown in brackets, as the plan writes them.
    return [[c if not isinstance(c, float) else -c for c in r] for r in rows]


def write(name, sheet, rows, text_figures=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
                if isinstance(v, float):
                    ws.cell(r, c).number_format = "#,##0.00;(#,##0.00);-"
    wb.save(os.path.join(HERE, name + ".xlsx"))
    with open(os.path.join(HERE, name + ".csv"), "w", newline="") as f:
        out = []
        for row in rows:
            out.append(["" if v is None else (money(-v) if text_figures and isinstance(v, float) else v) for v in row])
        csv.writer(f).writerows(out)


def main():
    files = {
        "indented-right": ("Budget", indented(), False),
        "indented-heading-wrong": ("Budget", indented(heading_off=1), False),
        "indented-line-wrong": ("Budget", indented(line_off=(2, 1)), False),
        "indented-grand-wrong": ("Budget", indented(grand_off=7), False),
        "indented-not-totals": ("Budget", indented(not_totals=True), False),
        "subtotals-below": ("Budget", subtotals_below(), False),
        "top-right": ("Investments", top(), False),
        "top-total-wrong": ("Investments", top(total_off=40), False),
        "top-line-wrong": ("Investments", top(line_off=True), False),
        "gross-right": ("Debtors", gross(), False),
        "gross-gross-wrong": ("Debtors", gross(gross_wrong=True), False),
        "gross-total-wrong": ("Debtors", gross(total_off=25), False),
        "plan-right": ("Plan", plan(), True),
        "plan-line-wrong": ("Plan", plan(line_off=True), True),
        "plan-cumulative-wrong": ("Plan", plan(cumulative_off=-0.10), True),
    }
    for name, (sheet, rows, text) in files.items():
        write(name, sheet, rows, text)
        print(os.path.join("tests/data/group_layouts", name))


if __name__ == "__main__":
    main()
