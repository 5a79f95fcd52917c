#!/usr/bin/python3
"""Workbooks whose figures are tied by relations that are no sums (issue 17).

Run from the project root with a python that has openpyxl:
    /usr/bin/python3 tests/data/relations/make_relations.py

- relations-correct.xlsx: every relation holds. A budget monitoring report
  (Variance = Forecast - Budget, with subtotals), the same with the other
  sign convention (Budget - Outturn), one whose variances were worked out
  from unrounded figures and then rounded (off by a unit here and there), an
  earmarked reserves statement (closing = opening + in - out) and the end of
  a cash flow statement (cash at the end = cash at the start + the net
  increase). No error may be reported.
- relations-altered.xlsx: the same with one worked-out figure typed over on
  each sheet but the rounded one: the variance for Learning Disabilities, the
  closing balance of the Transformation Reserve, the cash at the end of
  2023/24. Each is reported at that cell (relation-mismatch), and the column
  total that adds it is not reported again.
- relations-unconfirmed.xlsx: a Variance column that is the difference of
  no two columns of its table: not checked, and said so.
- relations-movement.xlsx: the end of the cash flow statement with the
  year's increase or (decrease) under the closing cash (the closing less the
  opening), 2023/24's typed over: reported there (C13).
- relations-change.xlsx: a budget summary with a Change column (Revised
  Budget - Original Budget) and one change typed over (Waste): reported
  there, and the total that adds it folded in.
The figures are made up.
"""
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

SERVICES = [
    ("Adults", [("Older People", 52410, 52438), ("Learning Disabilities", 38215, 38832),
                ("Mental Health", 11930, 12567)]),
    ("Children", [("Social Care", 44870, 44761), ("Education", 12590, 11869), ("Transport", 9305, 8753)]),
    ("Place", [("Highways", 15420, 15080), ("Waste", 23185, 23298), ("Libraries", 4415, 4372)]),
]


def monitoring(ws, heads, variance, typed_over=None):
    ws.append(["Revenue Budget Monitoring 2024/25"])
    ws.append([])
    ws.append(["Service"] + heads)
    grand = [0, 0]
    for division, lines in SERVICES:
        ws.append([division])
        sub = [0, 0]
        for name, budget, forecast in lines:
            v = variance(budget, forecast)
            if typed_over and typed_over[0] == name:
                v = typed_over[1]
            ws.append([name, budget, forecast, v])
            sub[0] += budget
            sub[1] += forecast
        ws.append([division + " total", sub[0], sub[1], variance(*sub)])
        ws.append([])
        grand[0] += sub[0]
        grand[1] += sub[1]
    ws.append(["Total", grand[0], grand[1], variance(*grand)])


def rounded(ws):
    # Figures in pounds, shown in thousands: the variance is of the pounds,
    # then rounded, so it may be a unit off the difference of the rounded.
    ws.append(["Capital monitoring (£000)"])
    ws.append([])
    ws.append(["Scheme", "Budget", "Actual", "Variance"])
    rows = [("Depot", 1234400, 1290600), ("Leisure Centre", 2503500, 2488400), ("Bridge", 811600, 845700),
            ("Housing", 4020400, 3999600), ("Library", 300500, 350600), ("Schools", 1500400, 1450900)]
    # The total row adds the figures as shown, the variances too: its
    # variance is then several units off the difference of its totals.
    tot = [0, 0, 0]
    for name, b, a in rows:
        shown = [round(b / 1000), round(a / 1000), round((a - b) / 1000)]
        ws.append([name] + shown)
        tot = [t + x for t, x in zip(tot, shown)]
    ws.append(["Total"] + tot)


RESERVES = [("Insurance Reserve", 9338, 338, 2645), ("Business Rates Reserve", 8871, 1, 1520),
            ("Transformation Reserve", 4001, 269, 1567), ("Public Health Reserve", 910, 486, 785),
            ("Elections Reserve", 7741, 1451, 2128), ("Planning Reserve", 2015, 2236, 405)]


def reserves(ws, typed_over=None):
    ws.append(["Earmarked Reserves (£000)"])
    ws.append([])
    ws.append(["Reserve", "Balance at 1 April 2023", "Transfers In", "Transfers Out", "Balance at 31 March 2024"])
    tot = [0, 0, 0, 0]
    for name, o, i, out in RESERVES:
        c = o + i - out
        shown = typed_over[1] if typed_over and typed_over[0] == name else c
        ws.append([name, o, i, out, shown])
        for k, x in enumerate((o, i, out, c)):
            tot[k] += x
    ws.append(["Total Earmarked Reserves"] + tot)


def cash(ws, typed_over=None, movement=None):
    ws.append(["Cash Flow Statement (extract)"])
    ws.append([])
    ws.append(["", "2022/23", "2023/24"])
    ws.append(["", "£000", "£000"])
    flows = [("Net cash flows from Operating Activities", -12450, 8210),
             ("Net cash flows from Investing Activities", 35120, 28410),
             ("Net cash flows from Financing Activities", -6205, 4980)]
    net = [0, 0]
    for label, a, b in flows:
        ws.append([label, a, b])
        net[0] += a
        net[1] += b
    ws.append(["Net increase or (decrease) in cash and cash equivalents"] + net)
    ws.append([])
    opening = [41275, 41275 + net[0]]
    closing = [opening[0] + net[0], opening[1] + net[1]]
    if typed_over:
        closing[1] = typed_over
    ws.append(["Cash and cash equivalents at the beginning of the reporting period"] + opening)
    ws.append(["Cash and cash equivalents at the end of the reporting period"] + closing)
    if movement is not None:
        ws.append([])
        ws.append(["Increase or (decrease) in cash and cash equivalents in the year", closing[0] - opening[0],
                   movement])


def book(name, altered):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Monitoring"
    monitoring(ws, ["Budget £000", "Forecast £000", "Variance £000"], lambda b, f: f - b,
               ("Learning Disabilities", 917) if altered else None)
    monitoring(wb.create_sheet("Monitoring B-O"), ["Budget £000", "Outturn £000", "Under/(Over) £000"],
               lambda b, f: b - f)
    if not altered:
        rounded(wb.create_sheet("Rounded"))
    reserves(wb.create_sheet("Reserves"), ("Transformation Reserve", 2903) if altered else None)
    cash(wb.create_sheet("Cash"), 101930 if altered else None)
    wb.save(os.path.join(HERE, name))


def unconfirmed():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Change"
    ws.append(["Net budget by service"])
    ws.append([])
    ws.append(["Service", "Last year £000", "This year £000", "Variance £000"])
    rows = [("Adults", 100, 110, 7), ("Children", 80, 85, 12), ("Place", 40, 38, 4), ("Resources", 20, 22, 9)]
    for r in rows:
        ws.append(list(r))
    ws.append(["Total"] + [sum(r[k] for r in rows) for k in (1, 2, 3)])
    wb.save(os.path.join(HERE, "relations-unconfirmed.xlsx"))


def change():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws.append(["Revenue Budget 2024/25"])
    ws.append([])
    ws.append(["Service", "Original Budget £000", "Revised Budget £000", "Change £000"])
    rows = [("Adults", 48215, 51397), ("Children", 41260, 42539), ("Waste", 23185, 23298), ("Libraries", 4415, 4372),
            ("Highways", 15420, 15080)]
    for name, a, b in rows:
        ws.append([name, a, b, b - a + (200 if name == "Waste" else 0)])
    ta, tb = sum(r[1] for r in rows), sum(r[2] for r in rows)
    ws.append(["Total", ta, tb, tb - ta + 200])
    wb.save(os.path.join(HERE, "relations-change.xlsx"))


def movement():
    wb = openpyxl.Workbook()
    wb.active.title = "Cash"
    cash(wb.active, movement=30655)
    wb.save(os.path.join(HERE, "relations-movement.xlsx"))


if __name__ == "__main__":
    change()
    movement()
    book("relations-correct.xlsx", False)
    book("relations-altered.xlsx", True)
    unconfirmed()
