#!/usr/bin/python3
"""Returns that number their columns and lines (issue 17): a revenue outturn form whose
columns are numbered '(1)' .. '(7)' as text under the headings, and a revenue account
budget whose lines carry the form's own line codes in a 'Line' column (190, 290, ... 699,
710, 790: rising, with leaps). Read as figures, '(1)' .. '(7)' were -1 .. -7 and their
'TOTAL INCOME' (6) was blamed against -4 + -5; the line codes were added up as amounts
and 'TOTAL SERVICE EXPENDITURE' (line 699) blamed against them.

Run from the project root with a python that has openpyxl:
    /usr/bin/python3 tests/data/form_codes/make_form_codes.py

  ro-bracketed-right        the outturn form, right: nothing said, its totals checked
  ro-bracketed-wrong        one line's TOTAL INCOME typed 40 over: error at H9
  ra-line-codes-right       the budget with its line codes, right
  ra-line-codes-wrong       one service's budget total 500 over: error at C13
  income-brackets-right     a first line of income written in brackets ('(120)', '(340)'),
                            rising as amounts may: a line, never column numbers
  income-brackets-wrong     its Total 100 over: error at F5
each as .csv and .xlsx (figures as numbers in the xlsx, the codes as text as forms write them)
"""
import csv
import os

import openpyxl

OUT = os.path.join("tests", "data", "form_codes")


def save(stem, rows, numbers=True):
    with open(os.path.join(OUT, stem + ".csv"), "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(
            [[("" if v is None else (f"({-v})" if isinstance(v, int) and v < 0 and not numbers else v)) for v in r]
             for r in rows])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Return"
    for r in rows:
        ws.append(r)
    wb.save(os.path.join(OUT, stem + ".xlsx"))


RO_LINES = [("Housing advice", 310, 1120, 70, 540), ("Benefits administration", 705, 430, 55, 610),
            ("Temporary accommodation", 760, 1300, 210, 240), ("Homelessness prevention", 390, 1150, 230, 60),
            ("Private sector renewal", 520, 2250, 270, 500), ("Licensing", 600, 2300, 20, 150)]


def ro(stem, typo=0, at=None):
    rows = [["REVENUE OUTTURN: HOUSING SERVICES"], ["£ thousand"], [],
            ["Line", "Service", "Employees", "Running expenses", "TOTAL EXPENDITURE", "Sales, fees and charges",
             "Other income", "TOTAL INCOME", "NET CURRENT EXPENDITURE"],
            [None, None, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]]
    body = []
    for i, (name, emp, run, fees, other) in enumerate(RO_LINES, start=1):
        inc = fees + other + (typo if i == at else 0)
        body.append([i, name, emp, run, emp + run, fees, other, inc, emp + run - inc])
    total = [len(body) + 1, f"TOTAL HOUSING SERVICES (total of lines 1 to {len(body)})"]
    total += [sum(r[k] for r in body) for k in range(2, 9)]
    save(stem, rows + body + [total])


RA = [(190, "Education services", 88397), (290, "Highways and transport services", 49078),
      (330, "Children's social care", 78947), (360, "Adult social care", 29083), (390, "Public health", 43324),
      (490, "Housing services (GFRA only)", 80591), (509, "Cultural and related services", 69664),
      (590, "Environmental and regulatory services", 17698)]


def ra(stem, typo=0):
    rows = [["REVENUE ACCOUNT BUDGET (RA)"], ["All figures in £ thousand"], [],
            ["Line", "Service", "Budget 2025-26", "Budget 2024-25"]]
    body = [[code, name, b, b - 1500 + 7 * i] for i, (code, name, b) in enumerate(RA)]
    tot = [699, "TOTAL SERVICE EXPENDITURE (total of lines 190 to 590)", sum(r[2] for r in body) + typo,
           sum(r[3] for r in body)]
    save(stem, rows + body + [tot])


def income(stem, typo=0):
    rows = [["Car parking account 2025-26"], ["£000"], [],
            ["Line", "Q1", "Q2", "Q3", "Q4", "Total"]]
    lines = [("Income", [-120, -340, -560, -780]), ("Staff", [210, 215, 220, 230]),
             ("Maintenance", [95, 60, 140, 80]), ("Enforcement contract", [180, 180, 180, 180])]
    body = [[name, *q, sum(q)] for name, q in lines]
    body[0][5] += typo
    net = ["Net (surplus)/deficit", *[sum(r[k] for r in body) for k in range(1, 5)], None]
    net[5] = sum(net[1:5])
    save(stem, rows + body + [net], numbers=False)


ro("ro-bracketed-right")
ro("ro-bracketed-wrong", 40, 4)
ra("ra-line-codes-right")
ra("ra-line-codes-wrong", 500)
income("income-brackets-right")
income("income-brackets-wrong", -100)
