#!/usr/bin/env python3
"""Statements laid out as public-sector accounts and returns set them out (tester23, class
of false alarms and of a right total blamed for a wrong one). Made up: not a real body's
figures. Written into tests/data/statement_lines/, each as csv (all cells text) and xlsx
(numbers as numbers).

- prior-year-left-{right,closing-off}: a note with last year's figures LEFT of the
  descriptions and this year's right of them ('2023/24 £000 | description | Notes |
  2024/25 £000'): two blocks with a net line each, then a movement block (net increase,
  opening, closing). Before, it was read as a summary by year with no labels: every row
  under the first became its Total, and the sheet title was named in 'the rows above add up
  to 0'. The right copy must be silent; closing-off has the prior year's closing balance
  (A17) 1,000 high: an error there.
- return-lines-{right,net-off,total-off}: a return's numbered lines in column A, line 1 the
  gross figure, lines 2 to 4 taken off it ('line 1 less lines 2 to 4' at line 5), then
  shares (line 6 at 50% equals lines 7 and 8 at 40% and 10%) and 'Total (lines
  6 to 8)'. Before, line 1 was read as a total above lines 2 to 4 (an error at it), and
  in the csv the labels' line numbers were 'not among the table's line numbers'.
  net-off: line 5 (C8) 1,000 high, an error there; total-off: line 9 (C14) 500 high.
- grant-blocks-{right,subtotal-off}: a grant's blocks for two years and the change,
  'Total before deductions' over the blocks, two 'Less:' lines and the net grant.
  subtotal-off has the first year's total (B8) 50.000 low: before, the column was set aside
  as adding up nowhere and the correct 'Change' (D8) was blamed; the error is at B8.

- available-budget-{right,line-off}: a ledger export by cost centre and account code, 'Available Budget' =
  'Annual Budget' - 'Actual YTD' - 'Commitments' on every line, a total per cost centre
  and a grand total. line-off has one line's Available Budget (G8) 900 low: before, no
  relation was read for the column and the correct 'Total 4200' (G11) was blamed; the
  error is at G8, the total folded into it.
- plan-var-{right,line-off}: Plan, Actual and 'Var Fav/(Adv)' (the word written short),
  a surplus line under them. line-off has 'Pay - bank' Var (D6) 100 high: the error is at
  D6, not at the correct surplus variance (D9).

usage: /usr/bin/python3 tests/data/statement_lines/make_statement_lines.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def number(c):
    """A figure written as text in the csv is a number in the xlsx."""
    if isinstance(c, str):
        try:
            return float(c)
        except ValueError:
            return c
    return c


def write(name, rows):
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows([["" if c is None else str(c) for c in r] for r in rows])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Statement"
    for r in rows:
        ws.append([number(c) for c in r])
    wb.save(os.path.join(HERE, name + ".xlsx"))


def prior_year_left(closing_off=0):
    ded = [("Contributions received", "5", 201450, 215880), ("Transfers in", "6", 9320, 11045),
           ("Benefits paid", "7", -171200, -180455), ("Leavers", "8", -12875, -10990)]
    net1 = (sum(a for _, _, a, _ in ded), sum(b for _, _, _, b in ded))
    mgmt = (-28410, -29935)
    net2 = (net1[0] + mgmt[0], net1[1] + mgmt[1])
    inv = [("Investment income", None, 120450, 131870), ("Change in market value", None, 215300, -84220)]
    ret = (sum(a for _, _, a, _ in inv), sum(b for _, _, _, b in inv))
    inc = (net2[0] + ret[0], net2[1] + ret[1])
    opening = (2900400, 2900400 + inc[0])
    closing = (opening[0] + inc[0], opening[1] + inc[1])
    rows = [["Fund account for the year ended 31 March 2025", None, None, None],
            ["2023/24 £000", None, "Notes", "2024/25 £000"],
            [None, "Dealings with members", None, None]]
    rows += [[a, n, note, b] for n, note, a, b in ded]
    rows += [[net1[0], "Net additions from dealings with members", None, net1[1]],
             [mgmt[0], "Management expenses", "9", mgmt[1]],
             [net2[0], "Net additions including management expenses", None, net2[1]],
             [None, None, None, None],
             [None, "Returns on investments", None, None]]
    rows += [[a, n, note, b] for n, note, a, b in inv]
    rows += [[ret[0], "Net return on investments", None, ret[1]],
             [None, None, None, None],
             [inc[0], "Net increase in the fund during the year", None, inc[1]],
             [opening[0], "Opening net assets of the fund", None, opening[1]],
             [closing[0] + closing_off, "Closing net assets of the fund", None, closing[1]]]
    return rows


def return_lines(net_off=0, total_off=0):
    gross = 28450120.55
    ded = [("Cost of collection allowance", 121800.40), ("Amounts retained for designated areas", 66210.75),
           ("Transitional protection payments", 8455.20)]
    net = round(gross - sum(d for _, d in ded), 2)
    # Line 6 equals lines 7 and 8 together, as a 50% share equals 40% and 10%.
    s6 = round(net * 0.5, 2)
    s7 = round(net * 0.4, 2)
    s8 = round(s6 - s7, 2)
    rows = [["Business rates return 2025-26 Part 1", None, "£"], [None, None, None],
            [1, "Net amount receivable from ratepayers after reliefs", f"{gross:.2f}"]]
    for k, (name, d) in enumerate(ded, 2):
        rows.append([k, name, f"{d:.2f}"])
    rows.append([5, "Rating income (line 1 less lines 2 to 4)", f"{net + net_off:.2f}"])
    rows.append([None, None, None])
    rows.append([6, "Central share (50%)", f"{s6:.2f}"])
    rows.append([7, "Billing authority share (40%)", f"{s7:.2f}"])
    rows.append([8, "Major preceptor share (10%)", f"{s8:.2f}"])
    rows.append([9, "Total (lines 6 to 8) - must equal line 5", f"{s6 + s7 + s8 + total_off:.2f}"])
    return rows


def grant_blocks(subtotal_off=0.0):
    blocks = [("Schools block", 98.415, 101.262), ("Central services block", 3.118, 3.240),
              ("High needs block", 41.907, 45.331), ("Early years block", 27.604, 29.118)]
    less = [("Less: academy recoupment", -61.220, -63.905), ("Less: place deductions", -4.130, -4.260)]
    t = (round(sum(a for _, a, _ in blocks), 3), round(sum(b for _, _, b in blocks), 3))
    net = (round(t[0] + sum(a for _, a, _ in less), 3), round(t[1] + sum(b for _, _, b in less), 3))
    rows = [["Schools grant allocations (£ million)", None, None, None], [None, None, None, None],
            ["Block", "2024-25 final", "2025-26 provisional", "Change"]]
    for n, a, b in blocks + [("Total before deductions", t[0], t[1])] + less + [("Grant receivable", net[0], net[1])]:
        shown_a = a + subtotal_off if n == "Total before deductions" else a
        rows.append([n, f"{shown_a:.3f}", f"{b:.3f}", f"{b - a:.3f}"])
    return rows


def available_budget(line_off=0.0):
    centres = [("4100 Libraries", [("Salaries", 48210.15, 39870.40, 0.00), ("Books", 12400.00, 9815.25, 1320.10),
                                  ("Utilities", 8150.60, 7012.33, 455.00), ("Fees income", -6300.00, -4120.75, 0.00)]),
               ("4200 Museums", [("Salaries", 61350.80, 52004.10, 0.00), ("Exhibitions", 15800.00, 16920.45, 2100.00),
                                 ("Utilities", 9920.40, 8115.62, 0.00), ("Admissions income", -11250.00, -9870.30, 0.00)])]
    rows = [["Cost Centre", "Account", "Account Description", "Annual Budget", "Actual YTD", "Commitments",
             "Available Budget"]]
    codes = ["0100", "2200", "3100", "9100"]
    grand = [0.0, 0.0, 0.0, 0.0]
    for centre, lines in centres:
        tot = [0.0, 0.0, 0.0, 0.0]
        for k, (name, b, a, c) in enumerate(lines):
            avail = round(b - a - c, 2)
            shown = avail + line_off if (centre.startswith("4200") and k == 1) else avail
            rows.append([centre, codes[k], name, f"{b:.2f}", f"{a:.2f}", f"{c:.2f}", f"{shown:.2f}"])
            for i, x in enumerate((b, a, c, avail)):
                tot[i] += x
        rows.append(["Total " + centre[:4], None, None] + [f"{x:.2f}" for x in tot])
        grand = [g + x for g, x in zip(grand, tot)]
    rows.append(["Grand Total", None, None] + [f"{x:.2f}" for x in grand])
    return rows


def plan_var(line_off=0):
    lines = [("Clinical income", 412330, 418905), ("Other income", 35120, 33870), ("Pay - substantive", -251400, -249115),
             ("Pay - bank", -18250, -21320), ("Drugs", -40115, -42660), ("Clinical supplies", -29870, -28410)]
    rows = [["Month 6 income and expenditure £000", None, None, None], ["Line", "Plan", "Actual", "Var Fav/(Adv)"]]
    for k, (n, p, a) in enumerate(lines):
        rows.append([n, p, a, a - p + (line_off if k == 3 else 0)])
    tp, ta = sum(p for _, p, _ in lines), sum(a for _, _, a in lines)
    rows.append(["Surplus/(deficit)", tp, ta, ta - tp])
    return rows


def main():
    write("prior-year-left-right", prior_year_left())
    write("prior-year-left-closing-off", prior_year_left(closing_off=1000))
    write("return-lines-right", return_lines())
    write("return-lines-net-off", return_lines(net_off=1000))
    write("return-lines-total-off", return_lines(total_off=500))
    write("grant-blocks-right", grant_blocks())
    write("grant-blocks-subtotal-off", grant_blocks(subtotal_off=-50.0))
    write("available-budget-right", available_budget())
    write("available-budget-line-off", available_budget(line_off=-900.0))
    write("plan-var-right", plan_var())
    write("plan-var-line-off", plan_var(line_off=100))


if __name__ == "__main__":
    main()
