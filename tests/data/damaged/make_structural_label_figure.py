#!/usr/bin/env python3
"""Writes copies of two samples in which a cell that gives a table its structure is
damaged (found by tests/reliability/mutate.py: each was a false pass, the sample's own
error lost, or misleading errors reported in its place):

From samples/gpc-2016-10-transformation-fund-bids.xlsx (its error: the 'Investment
request' Total for 2018-19, D10, says 291 but the rows add up to 294):
  label-figure-total.xlsx        the "Total" label (A10) is the number 100000000000000
  label-figure-no-cumulative.xlsx  the same, and the Cumulative total row (row 11) gone:
                                 nothing shows row 10 is the Total
  year-header-figure-inner.xlsx  the "2018-19 £000" header (D7) is the number 100000000000000
  year-header-figure-first.xlsx  the "2016-17 £000" header (B7) is the number 100000000000000
  label-text-cumulative.xlsx     "Cumulative total" (A11) is the text "CuIulative total"

From samples/gpc-2018-03-monitoring-q3-2017-18.xlsx (its error: the RAG overview says
2 Amber schemes, B6, but 5 are listed):
  rag-label-text-green.xlsx      "Green – On Track" (A5, the overview's first rating) is
                                 the text "Ëreen – On Track"
  monitoring-header-misspelt.xlsx  the shared text "Fund Expenditure to date at Q3 2017/18
                                 (£000)", the heading of every scheme table's spent column,
                                 is "Fund Expenditur to date ...": no scheme can be read

Run from the project root: python3 tests/data/damaged/make_structural_label_figure.py
"""
import io
import re
import zipfile

BIDS = "samples/gpc-2016-10-transformation-fund-bids.xlsx"
MONITORING = "samples/gpc-2018-03-monitoring-q3-2017-18.xlsx"
PART = "xl/worksheets/sheet1.xml"


def set_cell(xml, ref, new_body):
    """The cell `ref` (its attributes but the type kept) given a new type and value."""
    m = re.search(rb'<c r="%s"([^>]*?)(?:/>|>.*?</c>)' % ref.encode(), xml, re.S)
    attrs = re.sub(rb'\st="[^"]*"', b"", m.group(1))
    return xml[: m.start()] + b'<c r="' + ref.encode() + b'"' + attrs + new_body + xml[m.end():]


def number(value):
    return b"><v>" + value.encode() + b"</v></c>"


def text(value):
    return b' t="inlineStr"><is><t>' + value.encode() + b"</t></is></c>"


def write(src, out_name, edit, part=PART):
    z = zipfile.ZipFile(src)
    xml = edit(z.read(part))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for i in z.infolist():
            w.writestr(i, xml if i.filename == part else z.read(i.filename))
    open("tests/data/damaged/" + out_name, "wb").write(out.getvalue())
    print(out_name)


def drop_row(xml, r):
    return re.sub(rb'<row r="%d"[^>]*>.*?</row>' % r, b"", xml, count=1, flags=re.S)


write(BIDS, "label-figure-total.xlsx", lambda x: set_cell(x, "A10", number("100000000000000")))
write(BIDS, "label-figure-no-cumulative.xlsx", lambda x: drop_row(set_cell(x, "A10", number("100000000000000")), 11))
write(BIDS, "year-header-figure-inner.xlsx", lambda x: set_cell(x, "D7", number("100000000000000")))
write(BIDS, "year-header-figure-first.xlsx", lambda x: set_cell(x, "B7", number("100000000000000")))
write(MONITORING, "rag-label-text-green.xlsx", lambda x: set_cell(x, "A5", text("Ëreen – On Track")))
write(BIDS, "label-text-cumulative.xlsx", lambda x: set_cell(x, "A11", text("CuIulative total")))
write(MONITORING, "monitoring-header-misspelt.xlsx",
      lambda x: x.replace("Fund Expenditure to date".encode(), "Fund Expenditur to date".encode()),
      part="xl/sharedStrings.xml")
