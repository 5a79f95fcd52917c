#!/usr/bin/env python3
"""Service budgets and their funding statements: Gross expenditure, Less income, Net
expenditure, and 'Funded by:' blocks (issue 17, session 22). Made up: not a real
council's figures. Written into tests/data/net_blocks/ as .csv, and the funding statements and the
'gross-caps' budgets as .xlsx too (figures only, no formulas: as pasted into committee
papers).

Class 1 (a service budget): Employees, Premises, Supplies and services, a Gross
expenditure line that adds them (with or without the word Total), the income under it
('Less: Income' written positive, or 'Income' written negative), and Net expenditure =
Gross less the income.
- gross-*: one column of figures; years-*: three year columns.
- *-right: every figure right; *-gross-wrong: Gross overstated by 37 (Net follows the
  wrong Gross: Net is right of Gross, Gross is wrong); *-net-wrong: Net off by 37.
- 'less' income written positive under 'Less:'; 'neg' income written negative.

Class 3 (a funding statement): expenditure lines, Net expenditure, a heading 'Funded by:'
with no figures, funding lines, Total funding, and Net position (Net expenditure less
Total funding, nil when balanced).
- funded-right: every figure right; funded-total-wrong: Total funding off by 37;
  funded-net-wrong: Net expenditure off by 37 (Total funding right);
  financed-right: the heading 'Financed by' (no colon), years as columns;
  funded-tight-*: no blank row above the heading; funded-zero-heading-*: no blank row, and
  the heading 'Funded by' with a 0 under each year (formulas pasted as values).
Before (main 4ee079b): Total funding wrong was reported against the net expenditure and the
funding lines added (21,858 for 10,966); a zero-heading copy all right was an error so; a
statement by year was claimed as a summary by year down to its blank row, its net
expenditure unchecked.

usage: /usr/bin/python3 tests/data/net_blocks/make_net_blocks.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, header, rows, xlsx=False):
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    if not xlsx:
        return
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget"
    ws.append(header)
    for row in rows:
        ws.append([None if v == "" else v for v in row])
    wb.save(os.path.join(HERE, name + ".xlsx"))


LINES = [("Employees", [913, 941, 968]), ("Premises", [287, 296, 311]), ("Supplies and services", [204, 219, 226])]
INCOME = [386, 402, 417]


def service_budget(name, years, gross_word, income_word, income_sign, gross_off=0, net_off=0, xlsx=False):
    cols = 3 if years else 1
    header = ["Service budget"] + (["2024-25 £000", "2025-26 £000", "2026-27 £000"] if years else ["£000"])
    rows = [[label] + figs[:cols] for label, figs in LINES]
    gross = [sum(f[i] for _, f in LINES) + gross_off for i in range(cols)]
    income = [income_sign * INCOME[i] for i in range(cols)]
    net = [gross[i] - INCOME[i] + net_off for i in range(cols)]
    rows.append([gross_word] + gross)
    rows.append([income_word] + income)
    rows.append(["Net expenditure"] + net)
    write(name, header, rows, xlsx)


for years, stem in ((False, "gross"), (True, "years")):
    for income_word, sign, tag in (("Less: Income", 1, "less"), ("Income", -1, "neg")):
        for gross_word, gtag in (("Gross expenditure", ""), ("Total gross expenditure", "-total")):
            base = f"{stem}{gtag}-{tag}"
            service_budget(base + "-right", years, gross_word, income_word, sign)
            service_budget(base + "-gross-wrong", years, gross_word, income_word, sign, gross_off=37)
            service_budget(base + "-net-wrong", years, gross_word, income_word, sign, net_off=37)
# 'Less: fees and charges' in capitals as a tester wrote it (row 12)
service_budget("gross-caps-right", False, "Gross Expenditure", "Less: fees and charges", 1, xlsx=True)
service_budget("gross-caps-net-wrong", False, "Gross Expenditure", "Less: fees and charges", 1, net_off=37, xlsx=True)

EXPENDITURE = [("Adult social care", [5217, 5436]), ("Children's services", [3108, 3262]),
               ("Environment", [1693, 1741]), ("Corporate services", [911, 928])]
FUNDING = [("Council tax", [6412, 6671]), ("Business rates", [2893, 3014]), ("Government grant", [1624, 1682])]


def funding_statement(name, heading, years, total_off=0, net_off=0, funding_negative=False, blank=True,
                      heading_zero=False):
    cols = 2 if years else 1
    header = ["Budget summary"] + (["2024-25 £000", "2025-26 £000"] if years else ["2024-25 £000"])
    rows = [[label] + figs[:cols] for label, figs in EXPENDITURE]
    net = [sum(f[i] for _, f in EXPENDITURE) + net_off for i in range(cols)]
    rows.append(["Net expenditure"] + net)
    if blank:
        rows.append([""] * (cols + 1))
    rows.append([heading] + ([0] * cols if heading_zero else [""] * cols))
    sign = -1 if funding_negative else 1
    rows += [[label] + [sign * v for v in figs[:cols]] for label, figs in FUNDING]
    total = [sign * sum(f[i] for _, f in FUNDING) + total_off for i in range(cols)]
    rows.append(["Total funding"] + total)
    rows.append(["Net position"] + [net[i] - sign * total[i] for i in range(cols)])
    write(name, header, rows, xlsx=True)


funding_statement("funded-right", "Funded by:", False)
funding_statement("funded-total-wrong", "Funded by:", False, total_off=37)
funding_statement("funded-net-wrong", "Funded by:", False, net_off=37)
funding_statement("financed-right", "Financed by", True)
funding_statement("financed-total-wrong", "Financed by", True, total_off=37)
funding_statement("funding-colon-right", "Funding:", True)
funding_statement("funded-tight-right", "Funded by:", False, blank=False)
funding_statement("funded-tight-total-wrong", "Funded by:", False, total_off=37, blank=False)
funding_statement("funded-zero-heading-right", "Funded by", True, blank=False, heading_zero=True)
funding_statement("funded-zero-heading-total-wrong", "Funded by", True, total_off=37, blank=False, heading_zero=True)
