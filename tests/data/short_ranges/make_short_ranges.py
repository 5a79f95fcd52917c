#!/usr/bin/env python3
"""Workbooks whose SUM totals stop one line short, or deliberately stop where the table does
(written beside this script into tests/data/short_ranges/). Formulas are kept with the values
Excel saved for them (openpyxl writes no saved values, so the sheet XML is written here, as
tests/data/make_typed_over.py does): the commonest real spreadsheet error is a line added to a
list and the total not widened, and only the formula shows it (issue 17/18).

Wrong (an error at the named total, total-range-mismatch, its message naming the line left out):
- added-line-wrong: a budget, services by year on rows 3-10, Total on row 11; the 2023/24 total
  is =SUM(B3:B9) (row 10, 'Waste collection', added later), the 2024/25 and 2025/26 totals
  =SUM(C3:C10), =SUM(D3:D10) include it, each saved value what its range adds: error at B11.
- added-line-list-wrong: the same shape as a plain list (Budget, Actual, Variance, not years):
  error at B11.
- first-line-wrong: the Budget total =SUM(B4:B10), the first line (row 3) left out while the other
  columns' totals start at row 3: error at B11.
- coded-wrong: a grants list with a code column before each recipient's name, the Award total
  =SUM(C3:C9), the Paid total =SUM(D3:D10): error at C11, the line left out named by its
  name ('Waste collection'), not its code.
- posts-wrong: posts by service, one post each line and year, the 2023 total =SUM(B3:B5) with
  'Libraries and culture' (row 6) left out while 2024's and 2025's include it: an error at B7
  although the total is only 1 out (a formula adds exact cells: no rounding explains it). The
  same shape unlabelled (poi 58106's grid of 1s in the planted harness) is no table to be sure
  of and stays an info.
- row-total-wrong: quarters Q1-Q4 and a Q5 (an extended year) in B-F, each line's Total in G
  =SUM(Bn:Fn), one line's =SUM(B5:E5), F5 left out: error at G5.

Right (no error):
- added-line-right: added-line-wrong with B11 widened to =SUM(B3:B10).
- memo-line-right: every total stops above a 'Memo: capital charges' line between the lines
  and the Total, as meant: silent.
- blank-gap-right: every total stops above a blank row, past which a second block of lines
  stands above the Total (the block's own total): silent.
- subtotal-line-right: every total stops above a 'Net expenditure' line that is itself
  =SUM of the lines above: adding it would count them twice: silent.
- coded-memo-right: coded-wrong with its last line 'M01', 'Memo: capital charges' (paid nil):
  the Award total leaves the memo line out as meant: silent (before: an error naming 'M01').
- one-short-memo-right: the Budget total alone stops above a 'Memo:' line the other columns'
  totals include (their figures nil): the line is set apart by its words: silent.

usage: python3 tests/data/short_ranges/make_short_ranges.py   (Python standard library only)
"""
import os
import zipfile

OUT = os.path.dirname(os.path.abspath(__file__))
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
    ns = "http://schemas.openxmlformats.org/package/2006/relationships"
    doc = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>",
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{ns}">'
        f'<Relationship Id="rId1" Type="{doc}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{doc}">'
        f'<sheets><sheet name="{sheet}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<Relationships xmlns="{ns}">'
        f'<Relationship Id="rId1" Type="{doc}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<sheetData>{"".join(body)}</sheetData></worksheet>',
    }
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts.items():
            z.writestr(zipfile.ZipInfo(part, FIXED_TIME), text)


YEARS = ["2023/24", "2024/25", "2025/26"]
LIST = ["Budget", "Actual", "Forecast"]
LINES = [
    ("Adult social care", [4210, 4388, 4512]),
    ("Children's services", [2875, 2940, 3015]),
    ("Highways", [1320, 1295, 1340]),
    ("Libraries and culture", [612, 598, 605]),
    ("Parks and open spaces", [488, 502, 519]),
    ("Planning", [734, 751, 770]),
    ("Trading standards", [215, 222, 231]),
    ("Waste collection", [1944, 2010, 2086]),
]


def column_sum(rows, col, first, last):
    """What rows first..last (1-based) add in column `col` (0-based)."""
    return sum(r[col] for r in rows[first - 1 : last] if len(r) > col and isinstance(r[col], (int, float)))


def budget(headers, spans, lines=LINES, title="Revenue budget by service (£000)"):
    """Lines from row 3, a Total row under them; spans[k] = (first, last) rows the total of
    figure column k adds."""
    rows = [[title], ["Service"] + headers]
    for name, figures in lines:
        rows.append([name] + list(figures))
    total = ["Total"]
    for k, (first, last) in enumerate(spans):
        col = col_name(k + 1)
        total.append((f"=SUM({col}{first}:{col}{last})", column_sum(rows, k + 1, first, last)))
    rows.append(total)
    return rows


def main():
    n = len(LINES)
    first, last = 3, 2 + n  # rows 3..10
    write_xlsx("added-line-wrong.xlsx", budget(YEARS, [(first, last - 1), (first, last), (first, last)]))
    write_xlsx("added-line-right.xlsx", budget(YEARS, [(first, last)] * 3))
    write_xlsx("added-line-list-wrong.xlsx", budget(LIST, [(first, last - 1), (first, last), (first, last)]))
    write_xlsx("first-line-wrong.xlsx", budget(LIST, [(first + 1, last), (first, last), (first, last)]))

    # Every total stops above a memo line, as meant.
    memo = LINES[:-1] + [("Memo: capital charges", [350, 362, 371])]
    write_xlsx("memo-line-right.xlsx", budget(LIST, [(first, last - 1)] * 3, lines=memo))
    # The Budget total alone stops above the memo line; the others' memo figures are nil.
    memo_one = LINES[:-1] + [("Memo: capital charges", [350, 0, 0])]
    write_xlsx("one-short-memo-right.xlsx",
               budget(LIST, [(first, last - 1), (first, last), (first, last)], lines=memo_one))

    # Every total adds the block above a blank row; past it, lines of another block.
    rows = [["Revenue budget by service (£000)"], ["Service"] + LIST]
    for name, figures in LINES[:5]:
        rows.append([name] + figures)  # rows 3-7
    rows.append([])  # row 8
    rows.append(["Grants passed to parishes", 120, 118, 2])  # rows 9-10
    rows.append(["Grants passed to schools", 310, 305, 5])
    rows.append(["Total"] + [(f"=SUM({c}3:{c}7)", column_sum(rows, k + 1, 3, 7)) for k, c in enumerate("BCD")])
    write_xlsx("blank-gap-right.xlsx", rows)

    # Every total stops above a line that is itself the sum of the lines above.
    rows = [["Revenue budget by service (£000)"], ["Service"] + LIST]
    for name, figures in LINES[:6]:
        rows.append([name] + figures)  # rows 3-8
    rows.append(["Net expenditure"] + [(f"=SUM({c}3:{c}8)", column_sum(rows, k + 1, 3, 8)) for k, c in enumerate("BCD")])
    rows.append(["Total"] + [(f"=SUM({c}3:{c}8)", column_sum(rows, k + 1, 3, 8)) for k, c in enumerate("BCD")])
    write_xlsx("subtotal-line-right.xlsx", rows)

    ones = [(line, [1, 1, 1]) for line, _ in LINES[:4]]
    write_xlsx("posts-wrong.xlsx", budget(["Posts 2023", "Posts 2024", "Posts 2025"], [(3, 5), (3, 6), (3, 6)],
                                          lines=ones, title="Posts by service"))

    # A code column before the names: the line left out is named by its name, judged by both.
    for name, last_line in (("coded-wrong.xlsx", ("G107", "Waste collection", 1944, 2010)),
                            ("coded-memo-right.xlsx", ("M01", "Memo: capital charges", 350, 0))):
        rows = [["Grants paid (£)"], ["Code", "Recipient", "Award", "Paid"]]
        for i, (line, figures) in enumerate(LINES[:-1]):
            rows.append([f"G{100 + i}", line, figures[0], figures[1]])
        rows.append(list(last_line))
        rows.append([None, "Total", ("=SUM(C3:C9)", column_sum(rows, 2, 3, 9)), ("=SUM(D3:D10)", column_sum(rows, 3, 3, 10))])
        write_xlsx(name, rows, sheet="Grants")

    # A row total leaving out the last period column.
    periods = ["Q1", "Q2", "Q3", "Q4", "Q5"]
    rows = [["Capital programme by quarter (£000)"], [], [], ["Scheme"] + periods + ["Total"]]
    schemes = [
        ("Depot refurbishment", [120, 145, 160, 90, 35]),
        ("School roofs", [310, 280, 265, 240, 60]),
        ("Cycle lanes", [75, 82, 96, 110, 40]),
        ("Library IT", [44, 38, 51, 47, 12]),
    ]
    for i, (name, figures) in enumerate(schemes):
        r = len(rows) + 1
        end = "E" if i == 0 else "F"
        rows.append([name] + figures + [(f"=SUM(B{r}:{end}{r})", sum(figures[: 4 if i == 0 else 5]))])
    write_xlsx("row-total-wrong.xlsx", rows, sheet="Capital")


if __name__ == "__main__":
    main()
