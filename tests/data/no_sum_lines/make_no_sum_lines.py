#!/usr/bin/python3
"""Lines whose whole-period figure is no sum of their periods (issue 17): tables by
quarter, month or year with a whole-period column (Year, Full year, Total), where some
lines are a balance at a date or a count, a percentage or points rather than a flow.
Made-up figures of the class, not real files. Each table is written as .xlsx (figures as
numbers) and .csv (figures as written) into tests/data/no_sum_lines/.

Right tables (no error, no warning):
- reserves-quarters: 'Opening balance', two flows, 'Closing balance' by Q1..Q4 and Year:
  the opening line's Year is Q1's, the closing line's Q4's.
- bfwd-months: 'Balance brought forward', receipts, payments, 'Balance carried forward'
  by month (Apr..Mar) and 'Full year'.
- bf-years: 'Balance b/f', flows, 'Balance c/f' by year (2024/25..2026/27) and 'Total'.
- cash-asat: 'Opening cash', flows, 'Cash at end of quarter', 'Debt as at quarter end'.
- workforce-quarters: money lines and 'Number of staff' (Year = Q4), 'FTE' (Year = the
  average), 'Sickness absence (%)' (the average), 'No. of new starters' (the sum),
  'Satisfaction (points)' (the average), 'Headcount' (Q4).

Wrong copies (the right table but for one figure):
- reserves-quarters-wrong-flow: a flow line's Year 500 too high: an error at that cell.
- reserves-quarters-closing-off: the closing line's Year neither Q4's nor the sum:
  named unchecked with why, no error.
- reserves-quarters-opening-off: the opening line's Year neither Q1's nor the sum:
  named unchecked with why, no error.
- workforce-wrong-agency: the agency line's Full year 90 too high: an error at that cell.
- cash-asat-debt-off: 'Debt as at quarter end' Year neither Q4's nor the sum: named
  unchecked with why, no error.
- workforce-count-off: 'Number of staff' Year neither sum, Q4 nor average: unchecked.
- flow-words-q4: flow lines named like stocks or counts only in passing ('Year end
  adjustments', 'Balance of contract payments', 'Agency FTE costs'), one with its Year
  typed as Q4's: an error at that cell (not read as a balance).
- funds-opening-wrong: 'Opening balance' across funds (General fund, HRA, Schools), not
  periods, its Total the first fund's: an error at that cell (a balance across funds adds).
- corner-percent-wrong: a flows table whose corner cell (the label column's heading) is
  '%' ... and 'Number of': a flow line's total off is an error at that cell.

usage: /usr/bin/python3 tests/data/no_sum_lines/make_no_sum_lines.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
QUARTERS = ["Q1", "Q2", "Q3", "Q4"]
MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
YEARS = ["2024/25", "2025/26", "2026/27"]


def balance_table(opening, flows, periods, whole, first, last):
    """Opening line, flows, closing line: each period opens with the last one's close."""
    rows = []
    opens, closes = [], []
    bal = opening
    for p in range(len(periods)):
        opens.append(bal)
        bal += sum(f[1][p] for f in flows)
        closes.append(bal)
    rows.append([first] + opens + [opens[0]])
    for name, figures in flows:
        rows.append([name] + figures + [sum(figures)])
    rows.append([last] + closes + [closes[-1]])
    return [[""] + periods + [whole]] + rows


def reserves(flow_off=0, closing=None, opening=None):
    t = balance_table(
        4250,
        [("Contributions to reserves", [600, 450, 720, 380]),
         ("Use of reserves", [-310, -540, -275, -690]),
         ("Transfers between reserves", [120, -80, 60, 40])],
        QUARTERS, "Year", "Opening balance", "Closing balance")
    t[0][0] = "Reserves \u00a3000"
    if flow_off:
        t[2][-1] += flow_off
    if closing is not None:
        t[-1][-1] = closing
    if opening is not None:
        t[1][-1] = opening
    return t


def bfwd_months():
    receipts = [812, 790, 845, 801, 833, 799, 860, 842, 815, 870, 828, 855]
    payments = [-780, -805, -822, -790, -840, -801, -835, -848, -809, -861, -830, -846]
    grants = [0, 150, 0, 0, 150, 0, 0, 150, 0, 0, 150, 0]
    return balance_table(1500, [("Receipts", receipts), ("Payments", payments), ("Grants", grants)], MONTHS,
                         "Full year", "Balance brought forward", "Balance carried forward")


def bf_years():
    return balance_table(12400, [("Capital receipts", [2300, 1850, 2100]),
                                 ("Applied to financing", [-1900, -2400, -1750]),
                                 ("Interest", [140, 120, 95])],
                         YEARS, "Total", "Balance b/f", "Balance c/f")


def cash_asat(debt_year=None):
    t = balance_table(3200, [("Income", [5400, 5150, 5620, 5380]),
                             ("Expenditure", [-5210, -5300, -5480, -5390]),
                             ("Capital spend", [-120, -90, -140, -60])],
                      QUARTERS, "Year", "Opening cash", "Cash at end of quarter")
    # Debt at each quarter's end, its Year the last quarter's.
    debt = [18000, 17600, 17250, 16900]
    t.append(["Debt as at quarter end"] + debt + [debt_year or debt[-1]])
    return t


def workforce(agency_off=0, staff=None):
    rows = [["Workforce \u00a3000", *QUARTERS, "Full year"]]
    money = [("Pay", [1210, 1225, 1240, 1238]), ("Non-pay", [310, 295, 330, 318]),
             ("Agency", [85, 92, 78, 96]), ("Income", [-140, -152, -138, -160])]
    for k, (name, q) in enumerate(money):
        rows.append([name] + q + [sum(q) + (agency_off if k == 2 else 0)])
    staff_q = [412, 418, 415, 421]
    rows.append(["Number of staff"] + staff_q + [staff if staff is not None else staff_q[-1]])
    rows.append(["FTE"] + [380.5, 384.0, 382.5, 387.0] + [383.5])
    rows.append(["Sickness absence (%)"] + [4.2, 3.8, 4.0, 4.4] + [4.1])
    rows.append(["No. of new starters"] + [12, 9, 15, 8] + [44])
    rows.append(["Staff satisfaction (points)"] + [71, 73, 72, 76] + [73])
    rows.append(["Headcount"] + [430, 436, 433, 440] + [440])
    return rows


def flow_words_q4():
    rows = [["Adjustments \u00a3000", *QUARTERS, "Year"]]
    lines = [("Year end adjustments", [40, 55, 35, 120]), ("Balance of contract payments", [310, 280, 295, 330]),
             ("Agency FTE costs", [140, 150, 135, 160]), ("Consultancy", [60, 45, 70, 55])]
    for name, q in lines:
        rows.append([name] + q + [sum(q)])
    rows[1][-1] = 120  # the Year typed as Q4's (an =E2 for the SUM)
    return rows


def funds_opening_wrong():
    rows = [["Reserves by fund \u00a3000", "General fund", "HRA", "Schools", "Total"]]
    lines = [("Opening balance", [8200, 3400, 1900]), ("Contributions", [650, 300, 120]),
             ("Use of reserves", [-900, -250, -310]), ("Closing balance", [7950, 3450, 1710])]
    for name, f in lines:
        rows.append([name] + f + [sum(f)])
    rows[1][-1] = 8200  # the Total typed as the first fund's
    return rows


def corner_percent_wrong():
    rows = [["%", *QUARTERS, "Year"]]
    lines = [("Catering", [220, 240, 210, 250]), ("Cleaning", [180, 175, 190, 185]),
             ("Security", [95, 90, 100, 105]), ("Grounds", [60, 80, 75, 50])]
    for name, q in lines:
        rows.append([name] + q + [sum(q)])
    rows[2][-1] += 300
    return rows


def corner_number_of_wrong():
    rows = corner_percent_wrong()
    rows[0][0] = "Number of"
    return rows


def shown(x):
    if isinstance(x, str):
        return x
    if isinstance(x, float):
        return f"{x:,.1f}"
    return f"{x:,}"


def write(name, rows):
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows([[shown(x) for x in r] for r in rows])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Table"
    for r in rows:
        ws.append(r)
    wb.save(os.path.join(HERE, name + ".xlsx"))


write("reserves-quarters", reserves())
write("bfwd-months", bfwd_months())
write("bf-years", bf_years())
write("cash-asat", cash_asat())
write("workforce-quarters", workforce())
write("reserves-quarters-wrong-flow", reserves(flow_off=500))
write("reserves-quarters-closing-off", reserves(closing=5100))
write("reserves-quarters-opening-off", reserves(opening=3900))
write("workforce-wrong-agency", workforce(agency_off=90))
write("workforce-count-off", workforce(staff=405))
write("cash-asat-debt-off", cash_asat(debt_year=16500))
write("flow-words-q4", flow_words_q4())
write("funds-opening-wrong", funds_opening_wrong())
write("corner-percent-wrong", corner_percent_wrong())
write("corner-number-of-wrong", corner_number_of_wrong())
