#!/usr/bin/env python3
"""Running totals over periods headed in order without a year (issue 17: a monthly profile,
Apr ... Mar, with a 'Cumulative' row was left unchecked, its columns "not known to run in
order"). Months run April to March across the year's end; quarters Q1 to Q4; periods P1 to
P12. Made-up figures in council words, each shape right and wrong, as CSV and as xlsx (number
cells with their number formats), written into tests/data/running_order/.

Shapes:
- months: cost centres by month, Apr ... Mar and 'Full year', a 'Total' row and under it
  'Cumulative' (each month: the Cumulative of the month before + this month's Total).
  months-right: no error. months-cumulative-off: Sep's Cumulative 90 too high: an error there
  (cumulative-total-mismatch, G10). months-total-off: Jul's Total 300 too high: one error, at
  that Total (E9).
- months-blank: the same, the year not over: in Aug only Staffing has spend (the other lines
  blank), and Jan to Mar are blank, Total and Cumulative alike. months-blank-right: no error,
  the Cumulative row checked. months-gap-right: Aug has no spend at all (its lines and Total
  blank, its Cumulative carried from Jul: one figure, so no column of the table's figures):
  the run is not known to be whole, so it is left unchecked; no error.
- months-restart: two years of months, Apr-24 ... Mar-26, a 'Cumulative to date' row that
  starts again each April (year to date). months-restart-right: no error.
  months-restart-off: Nov-25's figure 500 too low: an error there (U7).
- second-half: Oct ... Mar of a half-year report, its Cumulative row the year to date (its
  first figure carries April to September, which the table does not show). second-half-right:
  no error (the first figure is no reading's; the others are checked). second-half-off: Dec's
  Cumulative 70 too high: an error there (D9).
- quarters: Q1 ... Q4 and 'Total', a 'Total' row and 'Cumulative'. quarters-right: no error.
  quarters-cumulative-off: Q3's Cumulative 40 too low: an error there (D8).
- periods: P1 ... P12, one 'Net spend' line block, a 'Total' row and 'Cumulative'.
  periods-right: no error. periods-cumulative-off: P6's Cumulative 25 too high: an error (G8).
- months-down: months down the rows (April ... March), 'Payment' and 'Cumulative total'
  columns, a 'Total' row adding the payments. months-down-right: no error.
  months-down-cumulative-off: November's cumulative 60 too high: an error there (C12).
- months-down-total-off: the Total of 'Payment' 1,000 too high, under a 'Cumulative total'
  that runs down the payments (its last figure their sum): an error at the Total (B16), the
  running total saying what the lines add as another total in the column would.
- filtered: a payments list filtered to one service area, 'Total (visible rows)' above the
  headings (as =SUBTOTAL(109,...) keeps it in view) counting the lines shown; the other lines'
  rows hidden in the xlsx. filtered-right: no error. filtered-total-off: the total 630 too high:
  an error there (D2). filtered-line-off: a shown line 18 too high: an error at the total (D2).
  The CSV copies keep no filter (nothing hidden): which lines were shown is not known there, so
  the total is checked only where it adds up, never accused.
- list-total-above: an unfiltered list, 'Total payments' above the headings 'Payments £'.
  list-total-above-right: no error. list-total-above-off: the total 90 too low: an error (D2).
- filtered-subtotal-formula (xlsx alone): no words, =SUBTOTAL(109,D4:D15) above the
  headings: the formula names the lines it adds, so it is a total; no error, checked.
- list-budget-above: 'Total budget' 250,000 above a list of amounts: a figure the list is set
  against, not its sum: no error.
- months-out-of-order: the months profile with its columns Apr, May, Jul, Jun, ...: not a run
  in order; the Cumulative row is left unchecked, and no error is said.

usage: /usr/bin/python3 tests/data/running_order/make_running_order.py   (needs openpyxl)
"""

import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
CENTRES = [
    ("Staffing", [3120, 2980, 3050, 3110, 2870, 3200, 3150, 3005, 3300, 2950, 3010, 3400]),
    ("Premises", [640, 710, 580, 905, 415, 660, 720, 530, 810, 690, 575, 615]),
    ("Supplies", [220, 315, 180, 260, 145, 330, 295, 210, 175, 240, 260, 390]),
    ("Fees and charges", [-410, -380, -455, -390, -300, -420, -405, -395, -360, -430, -415, -440]),
]


def running(totals):
    out, run = [], 0
    for t in totals:
        if t is None:
            out.append(run)
            continue
        run += t
        out.append(run)
    return out


def months(cum_off=None, total_off=None, order=None, blank=False, gap=False):
    heads = list(MONTHS) if order is None else [MONTHS[k] for k in order]
    idx = list(range(12)) if order is None else order
    rows = [["Revenue budget profile (\u00a3000)"], [], ["Cost centre"] + heads + ["Full year"]]
    totals = [0] * 12
    for name, figures in CENTRES:
        fig = [figures[k] for k in idx]
        if blank or gap:
            # Aug: no spend but on staffing (blank, not nil), or none at all; Jan to Mar to come.
            fig = [None if (k == 4 and (gap or name != "Staffing")) or k >= 9 else f for k, f in enumerate(fig)]
        rows.append([name] + fig + [sum(f for f in fig if f is not None)])
        totals = [a + (b or 0) for a, b in zip(totals, fig)]
    shown = [None if (gap and k == 4) or ((blank or gap) and k >= 9) else t for k, t in enumerate(totals)]
    cum = running(shown)
    if blank or gap:
        cum = [None if k >= 9 else c for k, c in enumerate(cum)]
    if total_off:
        shown[total_off[0]] += total_off[1]
    if cum_off:
        cum[cum_off[0]] += cum_off[1]
    rows.append(["Total"] + shown + [sum(totals)])
    rows.append(["Cumulative"] + cum + [None])
    return rows, "#,##0;(#,##0)"


def second_half(off=None):
    """Oct ... Mar of a half-year report; the Cumulative row is the year to date, so its first
    figure carries April to September's spend."""
    rows = [["Revenue outturn: second half (\u00a3000)"], [], ["Cost centre"] + MONTHS[6:] + ["Half year"]]
    totals = [0] * 6
    for name, figures in CENTRES:
        fig = figures[6:]
        rows.append([name] + fig + [sum(fig)])
        totals = [a + b for a, b in zip(totals, fig)]
    first_half = sum(sum(f[:6]) for _, f in CENTRES)
    cum = [first_half + c for c in running(totals)]
    if off:
        cum[off[0]] += off[1]
    rows.append(["Total"] + totals + [sum(totals)])
    rows.append(["Cumulative"] + cum + [None])
    return rows, "#,##0;(#,##0)"


def months_restart(off=None):
    heads = [f"{m}-{y}" for y, ms in ((24, MONTHS[:9]), (25, MONTHS[9:])) for m in ms]
    heads += [f"{m}-{y}" for y, ms in ((25, MONTHS[:9]), (26, MONTHS[9:])) for m in ms]
    rows = [["Income from fees: two years by month (\u00a3)"], [], ["Service"] + heads]
    lines = [("Parking", [1200 + 37 * k for k in range(24)]), ("Licensing", [400 + 11 * (k % 5) for k in range(24)])]
    totals = [0] * 24
    for name, fig in lines:
        rows.append([name] + fig)
        totals = [a + b for a, b in zip(totals, fig)]
    ytd = running(totals[:12]) + running(totals[12:])
    if off:
        ytd[off[0]] += off[1]
    rows.append(["Total income"] + totals)
    rows.append(["Cumulative to date"] + ytd)
    return rows, "#,##0"


QUARTERS = [("Highways", [410, 385, 520, 465]), ("Waste", [930, 905, 960, 1010]), ("Parks", [120, 260, 140, 95])]


def quarters(cum_off=None):
    rows = [["Capital spend by quarter (\u00a3000)"], [], ["Programme", "Q1", "Q2", "Q3", "Q4", "Total"]]
    totals = [0] * 4
    for name, fig in QUARTERS:
        rows.append([name] + fig + [sum(fig)])
        totals = [a + b for a, b in zip(totals, fig)]
    cum = running(totals)
    if cum_off:
        cum[cum_off[0]] += cum_off[1]
    rows.append(["Total"] + totals + [sum(totals)])
    rows.append(["Cumulative"] + cum + [None])
    return rows, "#,##0"


def periods(cum_off=None):
    rows = [["Housing revenue account: spend by period (\u00a3000)"], [],
            ["Budget line"] + [f"P{k}" for k in range(1, 13)]]
    lines = [("Repairs", [510 + 13 * k for k in range(12)]), ("Management", [330 - 7 * k for k in range(12)])]
    totals = [0] * 12
    for name, fig in lines:
        rows.append([name] + fig)
        totals = [a + b for a, b in zip(totals, fig)]
    cum = running(totals)
    if cum_off:
        cum[cum_off[0]] += cum_off[1]
    rows.append(["Total"] + totals)
    rows.append(["Cumulative"] + cum)
    return rows, "#,##0"


DOWN = [("April", 820), ("May", 1140), ("June", 655), ("July", 990), ("August", 410), ("September", 1275),
        ("October", 880), ("November", 1020), ("December", 540), ("January", 760), ("February", 1310),
        ("March", 1495)]


def months_down(cum_off=None, total_off=0):
    rows = [["Depot rebuild: payments by month (\u00a3000)"], [], ["Month", "Payment", "Cumulative total"]]
    cum = running([p for _, p in DOWN])
    if cum_off:
        cum[cum_off[0]] += cum_off[1]
    for (m, p), c in zip(DOWN, cum):
        rows.append([m, p, c])
    rows.append(["Total", sum(p for _, p in DOWN) + total_off, None])
    return rows, "#,##0"


PAYMENTS = [("Tarmac Trading", "Highways", 25181.27), ("BT Plc", "Housing", 9119.66),
            ("Amey Highways Ltd", "Highways", 27798.27), ("Sodexo Ltd", "Waste", 28519.01),
            ("Civica UK Ltd", "Highways", 17491.27), ("Stagecoach Services", "Housing", 7699.19),
            ("Hays Specialist Recruitment", "Highways", 12984.60), ("Veolia ES (UK) Ltd", "Waste", 22027.57),
            ("Capita Business Services", "Highways", 752.52), ("Northgate Public Services", "ICT", 8750.41),
            ("Caring Hands Homecare", "Highways", 28293.27), ("Morrisons Facilities", "Highways", 3056.83)]


def payments(label, heading="Amount £", filtered=True, total_off=0, line_off=None, total=None):
    """A payments list with its total above the headings. Filtered: the lines not 'Highways' are
    hidden in the xlsx (a CSV keeps no filter), and the total counts the lines shown."""
    rows = [["Payments to suppliers" + (" - filtered: Service area = Highways" if filtered else "")],
            [None, None, label, None], ["Date", "Supplier", "Service area", heading]]
    hidden = []
    for k, (who, area, amount) in enumerate(PAYMENTS):
        if line_off is not None and k == line_off[0]:
            amount = round(amount + line_off[1], 2)
        rows.append([f"{k + 2:02d}/02/2025", who, area, amount])
        if filtered and area != "Highways":
            hidden.append(len(rows))
    counted = [r[3] for n, r in enumerate(rows, start=1) if n > 3 and n not in hidden]
    right = [a for (_, area, a) in PAYMENTS if not filtered or area == "Highways"]
    rows[1][3] = total if total is not None else round(sum(right) + total_off, 2)
    return rows, "#,##0.00", hidden


def csv_text(v, fmt):
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if fmt.startswith("#,##0.00"):
        return f"{v:,.2f}"
    if v < 0 and "(" in fmt:
        return f"({-v:,})"
    return f"{v:,}"


def write(name, made):
    rows, fmt = made[0], made[1]
    hidden = made[2] if len(made) > 2 else []
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
    for r in hidden:
        ws.row_dimensions[r].hidden = True
    wb.save(os.path.join(HERE, name + ".xlsx"))


def write_formula(name, made, formula):
    """The xlsx alone, its total a formula (openpyxl saves no value: fundbook works it out)."""
    rows, fmt, hidden = made
    rows[1] = [None, None, None, formula]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Profile"
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            if v is not None:
                cell = ws.cell(row=r, column=c, value=v)
                if not isinstance(v, str) or v.startswith("="):
                    cell.number_format = fmt
    for r in hidden:
        ws.row_dimensions[r].hidden = True
    wb.save(os.path.join(HERE, name + ".xlsx"))


def main():
    write("months-right", months())
    write("months-cumulative-off", months(cum_off=(5, 90)))
    write("months-total-off", months(total_off=(3, 300)))
    write("months-blank-right", months(blank=True))
    write("months-gap-right", months(gap=True))
    write("months-restart-right", months_restart())
    write("second-half-right", second_half())
    write("second-half-off", second_half(off=(2, 70)))
    write("months-restart-off", months_restart(off=(19, -500)))
    write("quarters-right", quarters())
    write("quarters-cumulative-off", quarters(cum_off=(2, -40)))
    write("periods-right", periods())
    write("periods-cumulative-off", periods(cum_off=(5, 25)))
    write("months-down-right", months_down())
    write("months-down-cumulative-off", months_down(cum_off=(7, 60)))
    write("months-out-of-order", months(order=[0, 1, 3, 2, 4, 5, 6, 7, 8, 9, 10, 11]))
    write("months-down-total-off", months_down(total_off=1000))
    write("filtered-right", payments("Total (visible rows)"))
    write("filtered-total-off", payments("Total (visible rows)", total_off=630.00))
    write("filtered-line-off", payments("Total (visible rows)", line_off=(4, 18.00)))
    write("list-total-above-right", payments("Total payments", heading="Payments £", filtered=False))
    write("list-total-above-off", payments("Total payments", heading="Payments £", filtered=False, total_off=-90))
    write_formula("filtered-subtotal-formula", payments(""), "=SUBTOTAL(109,D4:D15)")
    write("list-budget-above", payments("Total budget", filtered=False, total=250000.00))


if __name__ == "__main__":
    main()
