#!/usr/bin/env python3
"""Writes copies of tests/data/tracker-60.xlsx (a planning table: Reference,
Scheme, Workstream, three years, TOTAL; its errors: C/R.2.017's TOTAL, G19, and
the table Total, row 62, which says 5 a year) in which a cell that gives the
table its structure is a figure, as the mutation run (tests/reliability/mutate.py)
makes them. Each once gave errors made of a misreading, or lost the file's own:

  planning-label-figure-total.xlsx       "Total" (A62) is the number 100000000000000
  planning-label-figure-cumulative.xlsx  "Cumulative total" (A63) is that number
  planning-label-figure-no-total.xlsx    row 30's reference, title and workstream
                                         are that number alone, and the Total and
                                         Cumulative rows (62, 63) are gone
  planning-year-header-figure-inner.xlsx "2018/19" (E1) is that number
  planning-year-header-figure-first.xlsx "2017/18" (D1) is that number

Run from the project root: python3 tests/data/damaged/make_planning_label_figure.py
"""
import io
import re
import zipfile

TRACKER = "tests/data/tracker-60.xlsx"
PART = "xl/worksheets/sheet1.xml"
BIG = b"100000000000000"


def set_number(xml, ref):
    """The cell `ref` made the number BIG (its other attributes kept)."""
    m = re.search(rb'<c r="%s"([^>]*?)(?:/>|>.*?</c>)' % ref.encode(), xml, re.S)
    attrs = re.sub(rb'\st="[^"]*"', b"", m.group(1))
    return xml[: m.start()] + b'<c r="' + ref.encode() + b'"' + attrs + b"><v>" + BIG + b"</v></c>" + xml[m.end():]


def drop_cell(xml, ref):
    return re.sub(rb'<c r="%s"[^>]*?(?:/>|>.*?</c>)' % ref.encode(), b"", xml, count=1, flags=re.S)


def drop_row(xml, r):
    return re.sub(rb'<row r="%d"[^>]*>.*?</row>' % r, b"", xml, count=1, flags=re.S)


def write(out_name, edit):
    z = zipfile.ZipFile(TRACKER)
    xml = edit(z.read(PART))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for i in z.infolist():
            w.writestr(i, xml if i.filename == PART else z.read(i.filename))
    open("tests/data/damaged/" + out_name, "wb").write(out.getvalue())
    print(out_name)


write("planning-label-figure-total.xlsx", lambda x: set_number(x, "A62"))
write("planning-label-figure-cumulative.xlsx", lambda x: set_number(x, "A63"))
write("planning-label-figure-no-total.xlsx",
      lambda x: drop_row(drop_row(drop_cell(drop_cell(set_number(x, "A30"), "B30"), "C30"), 62), 63))
write("planning-year-header-figure-inner.xlsx", lambda x: set_number(x, "E1"))
write("planning-year-header-figure-first.xlsx", lambda x: set_number(x, "D1"))
