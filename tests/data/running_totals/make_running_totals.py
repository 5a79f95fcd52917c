#!/usr/bin/env python3
"""Running totals in generic finance tables (issue 17: a new-user tester planted a wrong
figure in five tables with running or cumulative figures and fundbook caught none). Made-up
figures in council words, each shape right and wrong, as CSV and as xlsx (number cells with
their number formats), written into tests/data/running_totals/.

Shapes:
- by-year: savings by directorate, columns 2024/25 ... 2027/28 and Total, a 'Total savings'
  row and under it 'Cumulative savings' (each year: the Totals up to and including it).
  by-year-right: no error. by-year-cumulative-off: 'Cumulative savings' 2026/27 150 too high:
  an error there (cumulative-total-mismatch). by-year-in-year-off: 'Total savings' 2025/26 200
  too high: one error, at that Total (the cumulative agrees with the years' true sums).
- by-year-millions: the same in GBP m to 1 dp with a 'Running total' row, the figures rounded
  from unrounded ones (a running total a tenth off here and there: rounding, not error).
  by-year-millions-right: no error. by-year-millions-running-off: 2027/28's running total 2.0
  too high: an error there.
- years-down: the transpose, years down the rows, 'Revenue', 'Capital', 'Total in year' and
  'Cumulative' columns, a 'Total' row at the foot. years-down-right: no error.
  years-down-cumulative-off: 2027/28's Cumulative 300 too low: an error there.
  years-down-in-year-off: 2026/27's 'Total in year' 250 too high: one error, at that cell.
- ledger: a cash book, 'Receipts', 'Payments' and 'Balance' (each row: the balance above +
  receipts - payments), an 'Opening balance' line first. ledger-right: no error.
  ledger-balance-off: one balance 100 too high: an error there alone.
- ledger-signed: one signed 'Amount' column and a 'Running balance'. ledger-signed-right:
  no error. ledger-signed-balance-off: one balance 45.50 too low: an error there alone.
- reserve: an earmarked reserve by year, 'Opening balance', 'Contributions to reserve',
  'Drawdowns from reserve' (written negative), 'Closing balance'; next year's opening is
  this year's closing. reserve-right: no error. reserve-opening-off: 2026/27's opening
  balance 500 too high: an error there alone (its closing balance then disagrees too, by the
  same: said with it, once).

usage: /usr/bin/python3 tests/data/running_totals/make_running_totals.py   (needs openpyxl)
"""

import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

YEARS = ["2024/25", "2025/26", "2026/27", "2027/28"]
SAVINGS = [
    ("Adult Social Care", [1250, 980, 640, 410]),
    ("Children's Services", [760, 1120, 530, 300]),
    ("Place and Environment", [915, 640, 705, 260]),
    ("Resources", [430, 385, 290, 175]),
    ("Public Health", [210, 145, 90, 60]),
]


def by_year(cum_off=None, total_off=None):
    """Rows of the by-year savings table: (cell values, number format)."""
    rows = [["Savings programme 2024/25 to 2027/28 (\u00a3000)"], [],
            ["Directorate"] + YEARS + ["Total"]]
    totals = [0] * len(YEARS)
    for name, figures in SAVINGS:
        rows.append([name] + figures + [sum(figures)])
        totals = [a + b for a, b in zip(totals, figures)]
    shown = list(totals)
    if total_off:
        shown[total_off[0]] += total_off[1]
    rows.append(["Total savings"] + shown + [sum(totals)])
    cum, run = [], 0
    for t in totals:
        run += t
        cum.append(run)
    if cum_off:
        cum[cum_off[0]] += cum_off[1]
    rows.append(["Cumulative savings"] + cum + [None])
    return rows, "#,##0"


# Unrounded GBP m, so the rounded figures do not always add up to the rounded totals.
MILLIONS = [
    ("Adult Social Care", [2.04, 1.86, 1.23, 0.96]),
    ("Children's Services", [1.47, 1.13, 0.84, 0.51]),
    ("Place", [0.93, 1.27, 0.66, 0.44]),
    ("Resources", [0.58, 0.49, 0.37, 0.26]),
]


def r1(x):
    return float(f"{x + 1e-9:.1f}")


def by_year_millions(run_off=None):
    rows = [["Medium term savings (\u00a3m)"], [], ["Directorate"] + [y + " \u00a3m" for y in YEARS] + ["Total \u00a3m"]]
    totals = [0.0] * len(YEARS)
    for name, figures in MILLIONS:
        rows.append([name] + [r1(f) for f in figures] + [r1(sum(figures))])
        totals = [a + b for a, b in zip(totals, figures)]
    rows.append(["Total"] + [r1(t) for t in totals] + [r1(sum(totals))])
    run, cum = 0.0, []
    for t in totals:
        run += t
        cum.append(r1(run))
    if run_off:
        cum[run_off[0]] = r1(cum[run_off[0]] + run_off[1])
    rows.append(["Running total"] + cum + [None])
    return rows, "0.0"


DOWN_YEARS = ["2024/25", "2025/26", "2026/27", "2027/28", "2028/29"]
DOWN = [(3400, 1200), (2950, 2100), (2600, 850), (1800, 1500), (1250, 400)]


def years_down(cum_off=None, in_year_off=None):
    rows = [["Capital and revenue savings profile (\u00a3000)"], [],
            ["Year", "Revenue", "Capital", "Total in year", "Cumulative"]]
    run = 0
    for k, (year, (rev, cap)) in enumerate(zip(DOWN_YEARS, DOWN)):
        run += rev + cap
        total = rev + cap + (in_year_off[1] if in_year_off and in_year_off[0] == k else 0)
        cum = run + (cum_off[1] if cum_off and cum_off[0] == k else 0)
        rows.append([year, rev, cap, total, cum])
    rows.append(["Total", sum(r for r, _ in DOWN), sum(c for _, c in DOWN), sum(r + c for r, c in DOWN), None])
    return rows, "#,##0"


LEDGER = [
    ("01/04/2025", "Grant from county council", 12500.00, None),
    ("03/04/2025", "Hall hire - Scouts", 240.00, None),
    ("09/04/2025", "Grounds maintenance contract", None, 1860.50),
    ("15/04/2025", "Insurance premium", None, 2412.75),
    ("22/04/2025", "Allotment rents", 1320.00, None),
    ("30/04/2025", "Clerk salary April", None, 1645.20),
    ("06/05/2025", "Bank interest", 18.42, None),
    ("12/05/2025", "Play area repairs", None, 725.00),
    ("20/05/2025", "Precept first half", 21500.00, None),
    ("30/05/2025", "Clerk salary May", None, 1645.20),
    ("04/06/2025", "Defibrillator battery", None, 189.99),
]
OPENING = 8432.16


def ledger(off=None):
    rows = [["Parish council cash book 2025/26 (\u00a3)"], [],
            ["Date", "Details", "Receipts", "Payments", "Balance"],
            ["01/04/2025", "Opening balance", None, None, OPENING]]
    bal = round(OPENING * 100)
    for k, (date, what, rec, pay) in enumerate(LEDGER):
        bal += round((rec or 0) * 100) - round((pay or 0) * 100)
        shown = bal + (round(off[1] * 100) if off and off[0] == k else 0)
        rows.append([date, what, rec, pay, shown / 100])
    return rows, "#,##0.00"


def ledger_signed(off=None):
    rows = [["Ward members' fund: transactions 2025/26 (\u00a3)"], [],
            ["Date", "Description", "Amount", "Running balance"],
            ["01/04/2025", "Balance brought forward", None, 5000.00]]
    bal = 500000
    for k, (date, what, rec, pay) in enumerate(LEDGER):
        amount = rec if rec is not None else -pay
        bal += round(amount * 100)
        shown = bal + (round(off[1] * 100) if off and off[0] == k else 0)
        rows.append([date, what, amount, shown / 100])
    return rows, "#,##0.00"


RESERVE_IN = [1500, 1200, 800, 600]
RESERVE_OUT = [-900, -1650, -1100, -700]


def reserve(opening_off=None):
    rows = [["Transformation reserve (\u00a3000)"], [], [""] + YEARS]
    opening, closing = [], []
    bal = 4250
    for k in range(len(YEARS)):
        opening.append(bal + (opening_off[1] if opening_off and opening_off[0] == k else 0))
        bal += RESERVE_IN[k] + RESERVE_OUT[k]
        closing.append(bal)
    rows.append(["Opening balance"] + opening)
    rows.append(["Contributions to reserve"] + RESERVE_IN)
    rows.append(["Drawdowns from reserve"] + RESERVE_OUT)
    rows.append(["Closing balance"] + closing)
    return rows, "#,##0;(#,##0)"


def csv_text(v, fmt):
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if fmt.startswith("#,##0.00"):
        return f"{v:,.2f}"
    if fmt == "0.0":
        return f"{v:.1f}"
    if v < 0 and "(" in fmt:
        return f"({-v:,})"
    return f"{v:,}"


def write(name, made):
    rows, fmt = made
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows([[csv_text(v, fmt) for v in r] for r in rows])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Profile"
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            if v is None:
                continue
            cell = ws.cell(row=r, column=c, value=v)
            if not isinstance(v, str):
                cell.number_format = fmt
    wb.save(os.path.join(HERE, name + ".xlsx"))


def main():
    write("by-year-right", by_year())
    write("by-year-cumulative-off", by_year(cum_off=(2, 150)))
    write("by-year-in-year-off", by_year(total_off=(1, 200)))
    write("by-year-millions-right", by_year_millions())
    write("by-year-millions-running-off", by_year_millions(run_off=(3, 2.0)))
    write("years-down-right", years_down())
    write("years-down-cumulative-off", years_down(cum_off=(3, -300)))
    write("years-down-in-year-off", years_down(in_year_off=(2, 250)))
    write("ledger-right", ledger())
    write("ledger-balance-off", ledger(off=(5, 100)))
    write("ledger-signed-right", ledger_signed())
    write("ledger-signed-balance-off", ledger_signed(off=(7, -45.50)))
    write("reserve-right", reserve())
    write("reserve-opening-off", reserve(opening_off=(2, 500)))


if __name__ == "__main__":
    main()
