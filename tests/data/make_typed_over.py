#!/usr/bin/env python3
"""Workbooks with formulas kept where one total of a run of same-pattern SUMs was typed over
(written into tests/data/typed_over/): the cell holds a number, not the formula its neighbours
hold, so only the neighbours' pattern says what it should be (issue 17: "where the cell has a
formula, what the formula names"; Excel's "inconsistent formula").

- row-typed-wrong: a Total row of =SUM(B5:B9), =SUM(C5:C9), ... across five years, with the
  2022/23 total typed as a figure 100 more than its column adds: an error at that cell.
- column-typed-wrong: a Total column of =SUM(B4:E4), =SUM(B5:E5), ... down six services, one
  service's total typed 40 less than its row adds: an error there.
- column-typed-right: the same with the typed total equal to what its row adds: no finding.
- end-typed-wrong: a Total row whose last year's total (at the end of the run) is typed wrong.
- plus-typed-wrong: a grand total row =B7+B12 (two blocks' subtotals), one year typed wrong.
- unlabelled-typed-wrong: a bare block of figures with a row of SUMs under it (no word names
  it a total), one typed wrong: the pattern alone says what it adds.
- percent-end: a Total row of SUMs with a typed figure at its end in a column of percentage
  changes (the whole's change, not a sum of the rows'): no finding.
- average-end: a Total row of SUMs with a typed figure past its end in a column of averages
  (the whole's average, a cent above the average of the rows' averages): no finding there.

The tables above are read by fundbook's structure as well, which reports the wrong totals
itself: said once at the cell. These it does not read, so only the formula beside says it:

- counts-row-typed-wrong: staff numbers by grade (headed as counts) with a Total row of SUMs,
  one grade's total typed 12 more than its column adds: an error.
- counts-column-typed-wrong: the same by directorate with a Total column of SUMs, one typed
  25 more: an error.
- stale-run: counts-row-typed-wrong with the other totals' saved values themselves out of date
  (5 more than their formulas give): the typed total is not judged by them (each stale total
  is a formula-result-mismatch, nothing at the typed one).
- skip-column-typed-wrong: Revenue, 'of which grant', Capital and a Total column =B+D (the
  grant left out, so no run of the columns before it): one service's total typed 30 more: an
  error. skip-column-typed-right: typed as its formula gave: no finding, and checked.
- staff-line-end: skip-column-typed-right with a line of another kind past the run's end, 'Staff
  in post' (revenue 120, of which grant 30, capital 40), its total typed 150 (people on both
  kinds of work counted once), not the run's =B+D 160: no words name it a total and the
  structure does not read it, so it is not judged by the run (review 20 M4): no finding.
- total-line-end-wrong: the same with a 'Total' line past the run's end whose total is typed
  60 more than =B+D gives: words name it a total, so the run judges it: an error there.
- skip-column-two-typed: skip-column-typed-wrong with three more services, and a second
  service's total (Housing) typed as its formula gives: two typed totals checked, one wrong. The account
  counts them as totals checked (before: "No total was checked" above the error, review 20 L5).

usage: python3 tests/data/make_typed_over.py   (Python standard library only)
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "typed_over")
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


def cell(ref, v):
    """A cell: text, a number, or ("=FORMULA", saved value)."""
    if isinstance(v, tuple):
        formula, saved = v
        return f'<c r="{ref}"><f>{esc(formula.lstrip("="))}</f><v>{saved!r}</v></c>'
    if isinstance(v, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{esc(v)}</t></is></c>'
    return f'<c r="{ref}"><v>{v!r}</v></c>'


def write_xlsx(name, rows, sheet="Budget"):
    body = []
    for r, row in enumerate(rows):
        cells = "".join(cell(f"{col_name(c)}{r + 1}", v) for c, v in enumerate(row) if v is not None)
        if cells:
            body.append(f'<row r="{r + 1}">{cells}</row>')
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<sheetData>{"".join(body)}</sheetData></worksheet>',
    }
    os.makedirs(OUT, exist_ok=True)
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts.items():
            z.writestr(zipfile.ZipInfo(part, FIXED_TIME), text)


YEARS = ["2021/22", "2022/23", "2023/24", "2024/25", "2025/26"]
SERVICES = [
    ("Adult social care", [4210, 4388, 4512, 4650, 4790]),
    ("Children's services", [2875, 2940, 3015, 3102, 3190]),
    ("Highways", [1320, 1295, 1340, 1385, 1410]),
    ("Libraries and culture", [612, 598, 605, 590, 584]),
    ("Waste collection", [1944, 2010, 2086, 2150, 2215]),
]


def total_row(typed_at=None, typed=None, with_share=False):
    """Services by year from row 5, a Total row of SUMs under them; the total in column
    `typed_at` (0-based year) typed as `typed` instead of its formula."""
    rows = [["Revenue budget by service"], [], ["£000"], ["Service"] + YEARS + (["Change %"] if with_share else [])]
    first = len(rows) + 1
    def change(new, old):
        return round((new - old) * 100 / old, 1)

    for name, figures in SERVICES:
        rows.append([name] + figures + ([change(figures[-1], figures[-2])] if with_share else []))
    last = len(rows)
    tot = ["Total"]
    for k in range(len(YEARS)):
        col = col_name(k + 1)
        s = sum(f[k] for _, f in SERVICES)
        if k == typed_at:
            tot.append(typed)
        else:
            tot.append((f"=SUM({col}{first}:{col}{last})", s))
    if with_share:
        tot.append(change(sum(f[-1] for _, f in SERVICES), sum(f[-2] for _, f in SERVICES)))
    rows.append(tot)
    return rows


def total_column(typed_row=None, delta=0):
    rows = [["Capital programme"], ["£000", "Q1", "Q2", "Q3", "Q4", "Total"]]
    data = [
        ("Schools", [310, 420, 385, 290]),
        ("Roads", [1250, 1410, 1320, 1175]),
        ("Housing", [860, 905, 940, 880]),
        ("Leisure", [120, 95, 140, 110]),
        ("IT", [210, 240, 198, 265]),
        ("Depots", [75, 60, 82, 91]),
    ]
    for k, (name, figures) in enumerate(data):
        r = len(rows) + 1
        if k == typed_row:
            total = sum(figures) + delta
        else:
            total = (f"=SUM(B{r}:E{r})", sum(figures))
        rows.append([name] + figures + [total])
    return rows


def plus_rows(typed_at=None, delta=0):
    rows = [["Income and expenditure"], ["£000"] + YEARS[:4]]
    blocks = [("Fees and charges", [[210, 220, 230, 240], [95, 99, 104, 108], [40, 41, 43, 44]]),
              ("Grants", [[1200, 1180, 1210, 1250], [310, 305, 300, 296], [88, 90, 92, 95]])]
    subtotal_rows = []
    for title, lines in blocks:
        rows.append([title])
        first = len(rows) + 1
        for k, figures in enumerate(lines):
            rows.append([f"{title} line {k + 1}"] + figures)
        last = len(rows)
        rows.append([f"Total {title.lower()}"] + [(f"=SUM({col_name(c + 1)}{first}:{col_name(c + 1)}{last})",
                                                  sum(l[c] for l in lines)) for c in range(4)])
        subtotal_rows.append((len(rows), [sum(l[c] for l in lines) for c in range(4)]))
    rows.append([])
    grand = ["Total income"]
    (a, sa), (b, sb) = subtotal_rows
    for c in range(4):
        col = col_name(c + 1)
        if c == typed_at:
            grand.append(sa[c] + sb[c] + delta)
        else:
            grand.append((f"={col}{a}+{col}{b}", sa[c] + sb[c]))
    rows.append(grand)
    return rows


def unlabelled(typed_at, delta):
    rows = [[None, "North", "South", "East", "West"]]
    data = [[512, 430, 377, 298], [221, 260, 199, 240], [143, 118, 162, 130], [96, 101, 88, 79]]
    for k, figures in enumerate(data):
        rows.append([None] + figures)
    tot = [None]
    for c in range(4):
        col = col_name(c + 1)
        s = sum(d[c] for d in data)
        tot.append(s + delta if c == typed_at else (f"=SUM({col}2:{col}5)", s))
    rows.append(tot)
    return rows


def average_end():
    rows = [["Staffing"], ["Team", "2022/23", "2023/24", "2024/25", "Average per year"]]
    data = [("Finance", [820, 845, 860]), ("Audit", [310, 322, 330]), ("Payroll", [205, 210, 214])]
    for name, figures in data:
        rows.append([name] + figures + [round(sum(figures) / 3, 2)])
    sums = [sum(d[1][c] for d in data) for c in range(3)]
    tot = ["Total"] + [(f"=SUM({col_name(c + 1)}3:{col_name(c + 1)}5)", sums[c]) for c in range(3)]
    rows.append(tot + [round(sum(sums) / 3, 2) + 0.01])
    return rows


GRADES = ["Number of staff grade 1-5", "Number of staff grade 6-9", "Number of senior staff"]
DIRECTORATES = [
    ("Adults", [120, 45, 6]),
    ("Children", [98, 40, 5]),
    ("Place", [210, 33, 4]),
    ("Resources", [75, 52, 9]),
    ("Public health", [20, 11, 2]),
]


def counts_row(typed_at, delta, stale=False):
    """Staff numbers by grade (headed as counts, which fundbook's structure does not add up by
    itself) with a Total row of SUMs; the total of grade `typed_at` typed instead."""
    rows = [["Staff in post"], ["Directorate"] + GRADES]
    for name, figures in DIRECTORATES:
        rows.append([name] + figures)
    tot = ["Total"]
    for c in range(len(GRADES)):
        col = col_name(c + 1)
        s = sum(f[c] for _, f in DIRECTORATES)
        tot.append(s + delta if c == typed_at else (f"=SUM({col}3:{col}7)", s + (5 if stale else 0)))
    rows.append(tot)
    return rows


def counts_column(typed_row, delta):
    """The same by directorate with a Total column of SUMs; one directorate's total typed."""
    rows = [["Staff in post"], ["Directorate"] + GRADES + ["Total number of staff"]]
    for k, (name, figures) in enumerate(DIRECTORATES):
        r = len(rows) + 1
        rows.append([name] + figures + [sum(figures) + delta if k == typed_row else (f"=SUM(B{r}:D{r})", sum(figures))])
    return rows


MORE_SERVICES = [("Housing", [210, 40, 95]), ("Waste", [130, 0, 45]), ("Leisure", [70, 15, 20])]


def skip_column(typed_row, delta, extra=None, also_typed=None, more=()):
    """Revenue, 'of which grant' and Capital by service, with a Total column =B+D (the grant is
    part of the revenue, so it is left out): no run of the columns before it, so only the
    formula says what the total adds. One service's total typed (and `also_typed`, another,
    typed as its formula gives)."""
    rows = [["Spending"], ["Service", "Revenue", "of which grant", "Capital", "Total spending"]]
    data = [("Adults", [500, 120, 80]), ("Children", [420, 100, 60]), ("Roads", [150, 20, 300]),
            ("Parks", [90, 10, 25]), ("Libraries", [60, 5, 12])] + list(more)
    for k, (name, f) in enumerate(data):
        r = len(rows) + 1
        typed = k == typed_row or k == also_typed
        rows.append([name] + f + [f[0] + f[2] + (delta if k == typed_row else 0) if typed else
                                  (f"=B{r}+D{r}", f[0] + f[2])])
    if extra == "staff":
        rows.append(["Staff in post", 120, 30, 40, 150])
    elif extra == "total":
        sums = [sum(f[c] for _, f in data) for c in range(3)]
        rows.append(["Total"] + sums + [sums[0] + sums[2] + 60])
    return rows


def main():
    sums = [sum(f[k] for _, f in SERVICES) for k in range(len(YEARS))]
    write_xlsx("row-typed-wrong.xlsx", total_row(1, sums[1] + 100))
    write_xlsx("row-typed-right.xlsx", total_row(1, sums[1]))
    write_xlsx("column-typed-wrong.xlsx", total_column(2, -40))
    write_xlsx("column-typed-right.xlsx", total_column(2, 0))
    write_xlsx("end-typed-wrong.xlsx", total_row(4, sums[4] + 250))
    write_xlsx("plus-typed-wrong.xlsx", plus_rows(2, 60))
    write_xlsx("unlabelled-typed-wrong.xlsx", unlabelled(1, 90))
    write_xlsx("percent-end.xlsx", total_row(None, None, with_share=True))
    write_xlsx("average-end.xlsx", average_end())
    write_xlsx("stale-run.xlsx", counts_row(1, 12, stale=True))
    write_xlsx("counts-row-typed-wrong.xlsx", counts_row(1, 12))
    write_xlsx("counts-column-typed-wrong.xlsx", counts_column(2, 25))
    write_xlsx("skip-column-typed-wrong.xlsx", skip_column(2, 30))
    write_xlsx("skip-column-typed-right.xlsx", skip_column(2, 0))
    write_xlsx("staff-line-end.xlsx", skip_column(None, 0, extra="staff"))
    write_xlsx("total-line-end-wrong.xlsx", skip_column(None, 0, extra="total"))
    write_xlsx("skip-column-two-typed.xlsx", skip_column(2, 30, also_typed=5, more=MORE_SERVICES))


if __name__ == "__main__":
    main()
