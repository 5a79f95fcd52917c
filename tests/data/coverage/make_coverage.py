#!/usr/bin/python3
"""Workbooks for the account of what was checked (issue 17).

Run from the project root with a python that has openpyxl:
    /usr/bin/python3 tests/data/coverage/make_coverage.py

- identifiers.xlsx: a grants list with no total. Its identifier columns
  (Charity Number, Company No., Supplier ID, Cost Centre Code, Account Ref,
  and a 'Vendor' column of six-digit numbers) are not figures; only the
  Amount column (five-digit whole pounds) and the Months column are figures
  left unchecked: 2 x 8 = 16.
- unnamed-subtotals.xlsx: a pension fund account in £m to one decimal whose
  subtotals have no label (each right under its two lines), on three sheets:
  'Right' (all agree), 'Subtotal' (the first subtotal's 2022/23 figure typed
  wrong, C8) and 'Line' (a line under it typed wrong, C7). Each wrong one is
  reported at C8, the other subtotal saying what the unnamed rows are.
- foot-total.xlsx: regions by month with a Total column and, under it, one
  unnamed figure (the grand total; no Total row): 'Right' agrees, 'Wrong' is
  100 too high and is reported at H6.
- year-summary-variance.xlsx: a summary by year (2023/24, 2024/25, a Total
  row) with a Variance column right of the years, which the summary does not
  read: once said unchecked (5 figures), now checked by the inference (its
  Total as a sum, each line as the later year less the earlier).
- one-way.xlsx: service expenditure by authority, the last row (no label) a
  national figure that counts authorities not listed, so it adds up to no
  reading of the rows above it; a 'Total service expenditure' column adds
  the three services in every row, and a 'Reserves' column beside it is
  added by no total. Checked across, not down: one table in the account,
  saying the total rows were not checked, and only the Reserves column's 11
  figures left unchecked (before: the whole table, 55 figures, was listed
  both as checked and as unchecked).
- year-summary-no-total.xlsx: a summary by year (2023/24 ... 2025/26) of four
  services with no Total row or column: nothing in it to check, so its 12
  figures are said unchecked (before: listed as a checked table with 0 totals
  and its figures in neither list).
- planning-tbc.xlsx: a planning table (Reference, Scheme, Workstream, three
  years, TOTAL) whose every scheme has one year 'TBC': each TOTAL has an
  unknown part, so none could be compared. Said unchecked because its
  totals could not be worked out, not because it has none (before: 'it has
  no Total row or column to check'), its 'TBC' cells reported on their own.
- planning-no-total.xlsx: that planning table with every year a figure but
  no TOTAL column and no Total row: said unchecked, having no total.
- measures-by-year.xlsx: a budget book's net expenditure by service whose
  column headings name measures that hold a year, not years alone. 'Years
  first' (2016/17 Actual | 2017/18 Original Budget | 2018/19 Budget £000,
  a Total row and a Cumulative total row) was claimed as a summary by year
  and its Cumulative row checked as a running total across the measures:
  now the Total row is checked by the structure inferred from the sheet and
  the Cumulative row said unchecked (a running total, not a sum of the
  rows above). 'Years after' (Actual 2016/17 | Original Budget 2017/18 |
  Revised Estimate 2017-18 | Budget 2018/19 £000, Total and Cumulative
  total) was a table of totals whose Cumulative row was accused as a Total
  of the rows above it (3 errors); now said unchecked as well. 'Years
  alone' (2016/17 | 2017/18 £000 | FY 2018-19 (£'000), Total and
  Cumulative total) is still a summary by year, its Cumulative row checked.
- year-summary-formulas.xlsx: a summary by year (2023/24 ... 2025/26) of a
  budget gap, Income and Expenditure and a 'Surplus/(shortfall)' row whose
  three figures are formulas (=B4-B5) with their saved results: no Total
  row or column, so said unchecked, and its why says the 3 formulas in it
  were compared with their inputs (written with finance_kinds/make_kinds.py's
  writer, which saves a formula's result as Excel does).
The figures are made up.
"""
import os
import sys

import openpyxl

sys.dont_write_bytecode = True  # no __pycache__ in the source tree

HERE = os.path.dirname(os.path.abspath(__file__))


def identifiers():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Grants"
    ws.append(["Grants awarded 2024/25"])
    ws.append([])
    ws.append(["Recipient", "Charity Number", "Company No.", "Supplier ID", "Cost Centre Code", "Account Ref",
               "Vendor", "Amount", "Months"])
    names = ["Riverside Youth", "Westgate Tenants", "Home-Start", "Wildlife Trust", "Community Hall",
             "Food Bank", "Men's Shed", "Carers Centre"]
    for k, name in enumerate(names):
        ws.append([name, 1031812 + 977 * k, 4012345 + 31 * k, 20217 + 11 * k, 4100 + k, 88001 + k,
                   500100 + 7 * k, 10500 + 1250 * k, 12 + k])
    wb.save(os.path.join(HERE, "identifiers.xlsx"))


def fund_account(ws, subtotal=None, line=None):
    ws.append(["Pension Fund - Fund Account"])
    ws.append([])
    ws.append(["", "Notes", "2022/23", "2023/24"])
    ws.append(["", "", "£m", "£m"])
    ws.append(["Dealings with members"])
    c7 = line if line is not None else 8.1
    ws.append(["Contributions", "7", 182.3, 195.4])
    ws.append(["Transfers in from other pension funds", "8", c7, 11.3])
    ws.append([None, None, subtotal if subtotal is not None else 190.4, 206.7])
    ws.append(["Benefits", "9", -151.3, -163.9])
    ws.append(["Payments to and on account of leavers", "10", -9.4, -7.9])
    ws.append([None, None, -160.7, -171.8])
    ws.append(["Net additions/(withdrawals) from dealings with members", None, 29.7, 34.9])


def unnamed_subtotals():
    wb = openpyxl.Workbook()
    fund_account(wb.active)
    wb.active.title = "Right"
    fund_account(wb.create_sheet("Subtotal"), subtotal=290.4)
    fund_account(wb.create_sheet("Line"), line=108.1)
    wb.save(os.path.join(HERE, "unnamed-subtotals.xlsx"))


def foot_total(ws, extra):
    ws.append(["Month", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Total"])
    rows = [("North", 50, 20, 15, 25, 65, 80), ("South", 10, 20, 30, 50, 50, 50), ("East", 45, 75, 50, 15, 75, 100),
            ("West", 15, 15, 55, 35, 20, 50)]
    for r in rows:
        ws.append(list(r) + [sum(r[1:])])
    ws.append([None] * 7 + [sum(sum(r[1:]) for r in rows) + extra])


def foot_totals():
    wb = openpyxl.Workbook()
    foot_total(wb.active, 0)
    wb.active.title = "Right"
    foot_total(wb.create_sheet("Wrong"), 100)
    wb.save(os.path.join(HERE, "foot-total.xlsx"))


def year_summary_variance():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Change"
    ws.append(["Net budget by service"])
    ws.append([])
    ws.append(["Service", "2023/24 £000", "2024/25 £000", "Variance £000"])
    rows = [("Adults", 100, 110, 10), ("Children", 80, 85, 5), ("Place", 40, 38, -2), ("Resources", 20, 22, 2)]
    for r in rows:
        ws.append(list(r))
    ws.append(["Total"] + [sum(r[k] for r in rows) for k in (1, 2, 3)])
    wb.save(os.path.join(HERE, "year-summary-variance.xlsx"))


def one_way():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "By authority"
    ws.append(["Service expenditure by authority (\u00a3 thousand)"])
    ws.append([])
    ws.append(["Authority", "Education", "Highways", "Social care", "Total service expenditure", "Reserves"])
    rows = [("Barset", 146939, 10838, 91090, 18230), ("Wessex", 365229, 26239, 43658, 9412),
            ("Loamshire", 206565, 17938, 149774, 21405), ("Mercia", 156109, 12542, 118240, 7315),
            ("Borsetshire", 196552, 11962, 62870, 12960), ("Midsomer", 88410, 9315, 51225, 6210),
            ("Casterbridge", 120375, 8840, 70415, 8845), ("Middlemarch", 98260, 7715, 58930, 5120),
            ("Christminster", 143580, 10290, 86415, 11935), ("Melchester", 77315, 6630, 44260, 4780)]
    for name, *fig in rows:
        ws.append([name, fig[0], fig[1], fig[2], fig[0] + fig[1] + fig[2], fig[3]])
    national = [sum(r[k] for r in rows) * 3 + 1717 * k for k in (1, 2, 3)]
    ws.append([None, *national, sum(national), sum(r[4] for r in rows) * 3 + 409])
    wb.save(os.path.join(HERE, "one-way.xlsx"))


def year_summary_no_total():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget"
    ws.append(["Net budget by service"])
    ws.append([])
    ws.append(["Service", "2023/24", "2024/25", "2025/26"])
    for r in [("Adults", 100, 110, 118), ("Children", 80, 85, 91), ("Place", 40, 38, 37), ("Resources", 20, 22, 21)]:
        ws.append(list(r))
    wb.save(os.path.join(HERE, "year-summary-no-total.xlsx"))


def planning(name, years, total):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws.append(["Reference", "Scheme", "Workstream", "2017/18", "2018/19", "2019/20"] + (["TOTAL"] if total else []))
    for k, ys in enumerate(years):
        row = ["C/R.4.%03d" % k, "Scheme %d to share a service" % k, "Adults" if k % 2 else "Children", *ys]
        if total:
            row.append(sum(y for y in ys if not isinstance(y, str)) + 5)
        ws.append(row)
    wb.save(os.path.join(HERE, name))


def planning_tables():
    planning("planning-tbc.xlsx", [(-10, -20, "TBC"), ("TBC", -5, -15), (-3, "TBC", -7), (-8, -8, "TBC")], True)
    planning("planning-no-total.xlsx", [(-10, -20, -30), (-2, -5, -15), (-3, -4, -7), (-8, -8, -9)], False)


def services_by(ws, headings, cumulative):
    ws.append(["Net expenditure by service"])
    ws.append([])
    ws.append(["Service"] + headings)
    base = [("Adult social care", 41200), ("Children's services", 28150), ("Highways", 9120), ("Libraries", 2210)]
    rows = [(name, [v + 350 * k + 45 * i for k in range(len(headings))]) for i, (name, v) in enumerate(base)]
    for name, fig in rows:
        ws.append([name] + fig)
    total = [sum(fig[k] for _, fig in rows) for k in range(len(headings))]
    ws.append(["Total"] + total)
    if cumulative:
        ws.append(["Cumulative total"] + [sum(total[:k + 1]) for k in range(len(headings))])


def measures_by_year():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Years first"
    services_by(ws, ["2016/17 Actual", "2017/18 Original Budget", "2018/19 Budget \u00a3000"], True)
    services_by(wb.create_sheet("Years after"),
                ["Actual 2016/17", "Original Budget 2017/18", "Revised Estimate 2017-18", "Budget 2018/19 \u00a3000"],
                True)
    services_by(wb.create_sheet("Years alone"), ["2016/17", "2017/18 \u00a3000", "FY 2018-19 (\u00a3'000)"], True)
    wb.save(os.path.join(HERE, "measures-by-year.xlsx"))


def year_summary_formulas():
    sys.path.insert(0, os.path.join(HERE, "..", "finance_kinds"))
    import make_kinds as mk  # noqa: E402

    rows = [["Budget gap"], [], ["", "2023/24", "2024/25", "2025/26"], ["Income", 500, 510, 520],
            ["Expenditure", 480, 515, 540], ["Surplus/(shortfall)"] + [mk.F(f"{c}4-{c}5") for c in "BCD"]]
    mk.write_xlsx(os.path.join(HERE, "year-summary-formulas.xlsx"), [mk.Sheet("Gap", rows)], True)


if __name__ == "__main__":
    identifiers()
    unnamed_subtotals()
    foot_totals()
    year_summary_variance()
    one_way()
    year_summary_no_total()
    planning_tables()
    measures_by_year()
    year_summary_formulas()
