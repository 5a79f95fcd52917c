#!/usr/bin/env python3
"""Tables of counts with a total (issue 17: FTE, headcount and 'Number of' columns were set
aside as 'headed as a percentage, ratio or count' and never checked, though they add up).
Made up: not a real body's figures. Written into tests/data/count_columns/ as csv and xlsx
(the xlsx figures under General: how finely they are shown is their own decimals).

- establishment-right: FTE to one decimal (Permanent, Temporary, Total FTE) with a Total
  row: silent, every total checked.
- establishment-wrong-total: the Total row's 'Permanent FTE' 1.0 short of its lines (one
  whole FTE: the default allowance of one, were the decimals not read): an error at B12.
- establishment-wrong-line: a line's 'Total FTE' 1.0 over its two columns: an error at D8.
- paybill-right / paybill-wrong: FTE to two decimals beside pay in \u00a3000, one Total row;
  wrong: the 'Budgeted FTE' total 10 over its lines: an error at B8.
- savings-right / savings-wrong: 'Number of savings' by RAG rating beside the targets;
  wrong: the count's Total 14 where its lines add to 34: an error at B7.
- headcount-right: headcount and FTE by directorate with an 'All directorates' row (a row
  naming what it totals, as a table of counts does, read as its Total).
- headcount-below: a Total row, the headcount total 3 below its lines (people in two directorates are one
  person in the total): a warning (headcount-below-lines) at B8, no error.
- headcount-above: the headcount total 3 above its lines: an error at B8.
- fte-no-total: FTE columns in a table that names no total: still set aside, said why.

usage: /usr/bin/python3 tests/data/count_columns/make_count_columns.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

SERVICES = [("Customer services", 55.6, 11.7), ("Revenues and benefits", 62.1, 7.5), ("Finance", 82.5, 9.5),
            ("HR and payroll", 95.0, 2.0), ("ICT", 49.0, 9.1), ("Legal", 23.2, 0.6), ("Democratic services", 57.6, 6.2)]


def one(x):
    return f"{x:.1f}"


def establishment(total_off=0.0, line_off=None):
    rows = [["Establishment at 31 March 2026 (FTE)"], [], ["Service", "Permanent FTE", "Temporary FTE", "Total FTE"]]
    for k, (name, p, t) in enumerate(SERVICES):
        total = round(p + t, 1) + (1.0 if line_off == k else 0.0)
        rows.append([name, one(p), one(t), one(total)])
    perm = round(sum(s[1] for s in SERVICES), 1)
    temp = round(sum(s[2] for s in SERVICES), 1)
    rows.append(["Total", one(perm + total_off), one(temp), one(round(perm + temp, 1))])
    return rows


PAY = [("Adults, Health & Wellbeing", 676.87, 657.81, 28428, 28333),
       ("Children & Families", 128.39, 115.76, 5392, 5465),
       ("Place & Economy", 748.40, 743.48, 31432, 31139),
       ("Resources", 642.84, 625.84, 26999, 26686)]


def two(x):
    return f"{x:.2f}"


def paybill(budget_off=0.0):
    rows = [["Establishment and pay bill, month 8"], [],
            ["Directorate", "Budgeted FTE", "Actual FTE", "Pay budget \u00a3000", "Pay forecast \u00a3000"]]
    for name, b, a, pb, pf in PAY:
        rows.append([name, two(b), two(a), pb, pf])
    rows.append(["Total", two(sum(p[1] for p in PAY) + budget_off), two(sum(p[2] for p in PAY)),
                 sum(p[3] for p in PAY), sum(p[4] for p in PAY)])
    return rows


RAG = [("Red", 1, 791, 395), ("Amber", 4, 3551, 3017), ("Green", 9, 8937, 8937)]


def savings(amber_count=None):
    rows = [["Savings delivery 2025/26"], [], ["RAG", "Number of savings", "Target \u00a3000", "Forecast \u00a3000"]]
    for name, n, t, f in RAG:
        rows.append([name, amber_count if (name == "Amber" and amber_count is not None) else n, t, f])
    rows.append(["Total", sum(r[1] for r in RAG), sum(r[2] for r in RAG), sum(r[3] for r in RAG)])
    return rows


STAFF = [("Adults, Health & Wellbeing", 645, 515.75), ("Children & Families", 713, 638.25),
         ("Place & Economy", 747, 660.62), ("Resources", 696, 637.03)]


def headcount(off=0, total="Total"):
    rows = [["Workforce at 31 March 2026"], [], ["Directorate", "Headcount", "FTE"]]
    for name, h, f in STAFF:
        rows.append([name, h, two(f)])
    rows.append([total, sum(s[1] for s in STAFF) + off, two(sum(s[2] for s in STAFF))])
    return rows


def fte_no_total():
    rows = [["Posts by grade"], [], ["Grade", "Permanent FTE", "Temporary FTE"]]
    for k, (name, p, t) in enumerate(SERVICES):
        rows.append([f"Grade {k + 1}", one(p), one(t)])
    return rows


def number(text):
    """A figure as a workbook holds it: a number cell (General), else the text."""
    if isinstance(text, str):
        try:
            return int(text) if text.lstrip("-").isdigit() else float(text)
        except ValueError:
            return text
    return text


def write(name, rows, sheet):
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append([number(x) for x in r])
    wb.save(os.path.join(HERE, name + ".xlsx"))


write("establishment-right", establishment(), "Staffing")
write("establishment-wrong-total", establishment(total_off=-1.0), "Staffing")
write("establishment-wrong-line", establishment(line_off=4), "Staffing")
write("paybill-right", paybill(), "Pay")
write("paybill-wrong", paybill(budget_off=10.0), "Pay")
write("savings-right", savings(), "Savings")
write("savings-wrong", savings(amber_count=24), "Savings")
write("headcount-right", headcount(total="All directorates"), "Workforce")
write("headcount-below", headcount(off=-3), "Workforce")
write("headcount-above", headcount(off=3), "Workforce")
write("fte-no-total", fte_no_total(), "Grades")
