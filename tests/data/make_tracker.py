#!/usr/bin/env python3
"""Writes tests/data/tracker-60.xlsx with nothing but Python's standard library:
a service's planning tracker (Reference, Scheme, Workstream, three years,
TOTAL, RAG, Commentary) of 60 schemes, long enough for check to stream its
rows (import/layout/planning_stream.hpp), with a Total and a Cumulative total
row, a hidden row, a text figure and a TOTAL that is one out. A small seed for
the reader fuzzers and one more workbook for the streaming differential test.

Run from the project root: python3 tests/data/make_tracker.py
"""
import zipfile
from xml.sax.saxutils import escape


def col(c):
    return "ABCDEFGHIJ"[c]


def cell(r, c, v):
    ref = f"{col(c)}{r}"
    if isinstance(v, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
    return f'<c r="{ref}"><v>{v}</v></c>'


rows = []
head = ["Reference", "Scheme", "Workstream", "2017/18", "2018/19", "2019/20", "TOTAL", "RAG", "Commentary"]
rows.append((1, head, False))
for i in range(60):
    figs = [(-1 if i % 2 else 1) * (10 * k + i % 7) for k in range(3)]
    total = sum(figs) + (1 if i % 13 == 5 else 0)
    values = [f"C/R.2.{i:03d}", f"Scheme {i} to reduce the cost of care", "Adults" if i % 3 else "Children"]
    values += ["(1)", figs[1], figs[2]] if i == 17 else figs
    values += [total, "Green" if i % 4 else "Amber", "On track"]
    rows.append((i + 2, values, i == 40))
rows.append((62, ["Total", "", "", 5, 5, 5], False))
rows.append((63, ["Cumulative total", "", "", 5, 10, 15], False))

sheet = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
for r, values, hidden in rows:
    cells = "".join(cell(r, c, v) for c, v in enumerate(values) if v != "")
    hidden_attr = ' hidden="1"' if hidden else ""
    sheet.append(f'<row r="{r}"{hidden_attr}>{cells}</row>')
sheet.append("</sheetData></worksheet>")

parts = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>",
    "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>",
    "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="Tracker" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>",
    "xl/worksheets/sheet1.xml": "".join(sheet),
}
with zipfile.ZipFile("tests/data/tracker-60.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in parts.items():
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text)
