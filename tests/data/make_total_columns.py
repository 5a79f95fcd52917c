#!/usr/bin/env python3
"""Small workbooks for the classes of table issue 17's total-column and rounding work
covers (written into tests/data/total_columns/), each as a finance officer would lay it out:

- rounded-subtotals: figures in round hundreds with subtotals and a grand total, one
  subtotal three steps off its four figures (not rounding: an error), one a step off (a note).
- right-total-rising: regions by month with a Total column on the right; one month's
  figures happen to rise down the rows (amounts, not line numbers); one row's total wrong.
- right-total-few-rows: three rows under a Total column, one of them wrong.
- unnamed-total: a Total column with no heading word (the header is a year, or empty);
  one row wrong. Also the same table with every row right (no finding).
- unnamed-not-total: a column that equals the sum of the columns before it in one row
  only (a coincidence, not a structure): no finding.
- left-total: a Total column left of the months it adds; one row wrong.
- chained-unnamed: two unnamed total columns, the second adding the first and the
  columns after it; one row wrong in the second.
- counts-beside: a count column (no total word) that happens to add up in a few rows
  beside amounts: never read as a total.
- table-totals-row: an Excel table's totals row (no total word) under a column that adds
  the two before it: the row averages one column and sums the others, so its corner
  cell is the column's own total, not the sum of the row; the same with that corner wrong.
- percentage-banner: "Percentage of" written once over three columns two rows above their
  headings, beside amounts with a Total row: the percentages are not added up.
- figure-typed-after-total: a Total column adding four columns; in one row a figure was
  typed where there was none after the total was worked out, so the total is the sum of the
  other three (a reading no other row bears out): an error at the total. figure-typed-after-
  total-both: the same with a Total row, whose column is off by the same figure: one error, at
  the figure. left-out-twice: two rows whose totals leave out their first figure (a second
  pattern the table bears out): no error.
- row-and-column-total: a Total column right of three columns and a Total row under them;
  one row's total wrong, the grand total the sum of the Total column (so off against the
  Total row's parts by as much); -left: the Total column left of its figures; -ok: every
  figure right; -few: two rows and the Total row (too few to know the column's reading).
- total-budget-actual: "Total Budget" and "Total Actual" side by side, equal in two rows of
  three, with a Total row: one column equal to another in a few rows is chance, no reading.
- plan-range-total: a planning header (Base budget 2016/17, three years, "Total 2017/18 -
  2019/20") whose first row rises left to right to its total (read as figures, not as a
  row of column codes): -ok all right; the other with one row's total wrong.
- original-revised-outturn: "Original Budget Total", "Revised Budget Total", "Outturn Total"
  by service, most lines not revised: no total of columns, so the revised line is no error.
- plan-later-years: three years, "Later years" and "Total 2017/18 - 2019/20" (the Total
  leaves out the later years, so it is no run of the columns before it): one row's total
  wrong; -ok every row right, its heading written "Total 2017-18 – 2019-20".

usage: python3 tests/data/make_total_columns.py   (Python standard library only)
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "total_columns")
FIXED_TIME = (2024, 4, 1, 12, 0, 0)  # reproducible zips


def col_name(c):
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sheet_xml(rows):
    out = []
    for r, row in enumerate(rows):
        cells = []
        for c, v in enumerate(row):
            if v is None:
                continue
            ref = f"{col_name(c)}{r + 1}"
            if isinstance(v, str):
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc(v)}</t></is></c>')
            else:
                cells.append(f'<c r="{ref}"><v>{v!r}</v></c>')
        if cells:
            out.append(f'<row r="{r + 1}">{"".join(cells)}</row>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(out)}</sheetData></worksheet>')


def write_xlsx(path, sheet, rows):
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets><sheet name="{esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet_xml(rows),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def with_totals(rows, wrong=None):
    """rows: [label, figures...]; appends the sum of each row's figures (wrong: {row index: value})."""
    out = []
    for i, (label, *figs) in enumerate(rows):
        total = sum(figs)
        if wrong and i in wrong:
            total = wrong[i]
        out.append([label, *figs, total])
    return out


def rounded_subtotals():
    # Sales by region in round hundreds. North's subtotal is right; South's is
    # 2,400 where its four figures add to 2,100 (three steps of 100 on four
    # figures: not rounding); East's is 1,600 against 1,500 (one step: rounding).
    return [
        ["Region", "Sales"],
        ["North", 1000], ["North", 1200], ["North", 900], ["North", 1200],
        ["North Total", 4300],
        ["South", 400], ["South", 600], ["South", 500], ["South", 600],
        ["South Total", 2400],
        ["East", 300], ["East", 500], ["East", 700],
        ["East Total", 1600],
    ]


def right_total_rising(wrong):
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    data = [["North", 50, 20, 15, 25, 65, 80], ["South", 10, 20, 30, 50, 50, 50],
            ["East", 45, 75, 50, 15, 75, 100], ["West", 15, 15, 55, 35, 20, 50]]
    return [["Region", *months, "Total"], *with_totals(data, wrong)]


def right_total_few_rows():
    data = [["Libraries", 12500, 3400], ["Parks", 8700, 1250], ["Leisure", 15300, 2750]]
    return [["Service", "Staff", "Running costs", "Total"], *with_totals(data, {1: 10950})]


def unnamed_total(wrong, header):
    data = [["Adult social care", 41250, 3120, 880], ["Children's services", 28400, 2210, 415],
            ["Highways", 9875, 1480, 260], ["Waste", 12330, 960, 0], ["Housing", 6120, 2045, 130]]
    return [["Service", "Employees", "Premises", "Transport", header], *with_totals(data, wrong)]


def unnamed_not_total():
    # Budget, change and a third column that is a reference figure: it equals
    # Budget + Change in one row by chance only.
    return [["Service", "Budget", "Change", "Benchmark"],
            ["Libraries", 1200, 300, 1500], ["Parks", 800, 50, 2100],
            ["Leisure", 1500, -200, 900], ["Museums", 640, 15, 410]]


def left_total():
    data = [["North", 50, 20, 15, 25], ["South", 10, 20, 30, 50], ["East", 45, 75, 50, 15]]
    rows = [["Region", "Total", "Q1", "Q2", "Q3", "Q4"]]
    for i, (label, *figs) in enumerate(data):
        total = sum(figs) + (100 if i == 2 else 0)
        rows.append([label, total, *figs])
    return rows


def chained_unnamed():
    # Employees, running costs, (gross: their sum), income, (net: gross + income).
    data = [["Libraries", 5230, 1840, -920], ["Parks", 3110, 2260, -1430],
            ["Leisure", 7450, 3980, -5120], ["Museums", 1980, 760, -310]]
    rows = [["Service", "Employees", "Running costs", "", "Income", ""]]
    for i, (label, emp, run, inc) in enumerate(data):
        gross = emp + run
        net = gross + inc + (400 if i == 2 else 0)
        rows.append([label, emp, run, gross, inc, net])
    return rows


def counts_beside():
    # Schemes per ward, staff posts and the budget: small whole numbers that
    # happen to add up across in two rows; no total anywhere, so nothing to check.
    return [["Ward", "Schemes", "Posts", "Budget"],
            ["Abbey", 2, 3, 5], ["Castle", 1, 4, 5], ["Market", 3, 2, 7], ["Priory", 4, 1, 2]]


def table_totals_row(corner=36):
    # As Excel writes a table with its totals row on: SUBTOTAL(101) (an average)
    # under the first column, SUBTOTAL(109) (a sum) under the others.
    return [["Service", "Quarter 1", "Quarter 2", "Year"],
            ["Libraries", 5, 1, 6], ["Parks", 2, 6, 8], ["Roads", 7, 3, 10], ["Waste", 4, 8, 12],
            ["Result", 4.5, 18, corner]]


def percentage_banner():
    return [[None, "Spend", None, None, "Percentage of"],
            [None, "\u00a3000", None, None, None],
            ["Service", "Q1", "Q2", "Total", "budget", "target", "plan"],
            ["Libraries", 120, 80, 200, 40, 55, 61],
            ["Parks", 60, 90, 150, 35, 48, 52],
            ["Roads", 300, 250, 550, 62, 70, 75],
            ["Total", 480, 420, 900, 46, 58, 63]]


def figure_typed_after_total(total_row=False, typed_rows=(2,)):
    # Employees, premises, transport, grants; the rows in typed_rows had no
    # employees figure when their totals were worked out, one typed in later.
    data = [["Libraries", 5230, 1840, 310, 120], ["Parks", 3110, 2260, 150, 0],
            ["Leisure", 0, 3980, 420, 75], ["Museums", 1980, 760, 95, 40],
            ["Archives", 860, 210, 30, 0], ["Theatres", 2750, 1320, 180, 210],
            ["Galleries", 1410, 530, 60, 25], ["Sport", 2240, 1910, 240, 130]]
    for i in typed_rows:
        data[i][1] = 0
    rows = [["Service", "Employees", "Premises", "Transport", "Grants", "Total"], *with_totals(data)]
    if total_row:
        rows.append(["Total", *[sum(r[c] for r in rows[1:]) for c in range(1, 6)]])
    for i in typed_rows:
        rows[1 + i][1] = 1250 + 100 * i
    return rows


def row_and_column_total(wrong=None, left=False, rows=3):
    # Employees, premises, supplies and their Total, with a Total row; the
    # grand total is the sum of the Total column as it stands.
    data = [["Adult social care", 41250, 3120, 880], ["Children's services", 28400, 2210, 415],
            ["Highways", 9875, 1480, 260]][:rows]
    body = with_totals(data, wrong)
    body.append(["Total", *[sum(r[c] for r in body) for c in range(1, 5)]])
    header = ["Service", "Employees", "Premises", "Supplies", "Total"]
    if left:
        return [[r[0], r[-1], *r[1:-1]] for r in [header, *body]]
    return [header, *body]


def total_budget_actual():
    return [["Service", "Total Budget", "Total Actual"],
            ["Libraries", 12500, 12500], ["Parks", 8700, 8700], ["Leisure", 15300, 16150],
            ["Total", 36500, 37350]]


def plan_range_total(wrong=None):
    # The base budget is last year's; the Total is of the three years after it.
    data = [["Town centre", 1000, 10, 20, 30], ["Leisure", 2000, 45, 55, 65], ["Waste", 3000, 120, 80, 40],
            ["Housing", 4000, 15, 25, 35]]
    body = []
    for i, (label, base, *years) in enumerate(data):
        total = sum(years) + (wrong if wrong and i == 2 else 0)
        body.append([label, base, *years, total])
    return [["Scheme", "Base budget 2016/17", "2017/18", "2018/19", "2019/20", "Total 2017/18 - 2019/20"], *body]


def plan_later_years(wrong=None, heading="Total 2017/18 - 2019/20"):
    data = [["Town centre", 140, 130, 120, 500], ["Leisure", 50, 60, 70, 0], ["Waste", 11, 12, 13, 40],
            ["Housing", 7, 8, 9, 10]]
    body = []
    for i, (label, *years, later) in enumerate(data):
        total = sum(years) + (wrong if wrong and i == 2 else 0)
        body.append([label, *years, later, total])
    return [["Scheme", "2017/18", "2018/19", "2019/20", "Later years", heading], *body]


def original_revised_outturn():
    return [["Service", "Original Budget Total", "Revised Budget Total", "Outturn Total"],
            ["Adult social care", 41250, 41250, 43120], ["Children's services", 28400, 28400, 27950],
            ["Highways", 9875, 10375, 10120], ["Waste", 12330, 12330, 12800], ["Housing", 6120, 6120, 5990],
            ["Libraries", 3300, 3300, 3310]]


def main():
    os.makedirs(OUT, exist_ok=True)
    files = {
        "rounded-subtotals.xlsx": ("Sales", rounded_subtotals()),
        "right-total-rising.xlsx": ("Regions", right_total_rising({2: 460})),
        "right-total-rising-ok.xlsx": ("Regions", right_total_rising(None)),
        "right-total-few-rows.xlsx": ("Services", right_total_few_rows()),
        "unnamed-total.xlsx": ("Budget", unnamed_total({3: 14290}, "2024-25")),
        "unnamed-total-ok.xlsx": ("Budget", unnamed_total(None, "2024-25")),
        "unnamed-total-no-heading.xlsx": ("Budget", unnamed_total({0: 44250}, "")),
        "unnamed-not-total.xlsx": ("Budget", unnamed_not_total()),
        "left-total.xlsx": ("Regions", left_total()),
        "chained-unnamed.xlsx": ("Services", chained_unnamed()),
        "counts-beside.xlsx": ("Wards", counts_beside()),
        "table-totals-row.xlsx": ("Services", table_totals_row()),
        "table-totals-row-wrong.xlsx": ("Services", table_totals_row(39)),
        "percentage-banner.xlsx": ("Services", percentage_banner()),
        "figure-typed-after-total.xlsx": ("Services", figure_typed_after_total()),
        "figure-typed-after-total-both.xlsx": ("Services", figure_typed_after_total(total_row=True)),
        "left-out-twice.xlsx": ("Services", figure_typed_after_total(typed_rows=(1, 4))),
        "row-and-column-total.xlsx": ("Services", row_and_column_total({1: 31525})),
        "row-and-column-total-left.xlsx": ("Services", row_and_column_total({1: 31525}, left=True)),
        "row-and-column-total-ok.xlsx": ("Services", row_and_column_total()),
        "row-and-column-total-few.xlsx": ("Services", row_and_column_total({1: 31525}, rows=2)),
        "total-budget-actual.xlsx": ("Services", total_budget_actual()),
        "plan-range-total-ok.xlsx": ("Plan", plan_range_total()),
        "plan-range-total.xlsx": ("Plan", plan_range_total(wrong=30)),
        "original-revised-outturn.xlsx": ("Services", original_revised_outturn()),
        "plan-later-years.xlsx": ("Plan", plan_later_years(wrong=30)),
        "plan-later-years-ok.xlsx": ("Plan", plan_later_years(heading="Total 2017-18 \u2013 2019-20")),
    }
    for name, (sheet, rows) in files.items():
        write_xlsx(os.path.join(OUT, name), sheet, rows)
        print(os.path.join("tests/data/total_columns", name))


if __name__ == "__main__":
    main()
