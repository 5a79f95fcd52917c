#!/usr/bin/env python3
"""Writes two copies of the Q3 2017-18 monitoring sample whose RAG overview has a figure
where a rating's label should be (the label cell, a shared string, made a number cell):

  rag-label-figure-amber.xlsx  "Amber" (the row holding the sample's error) is 1e308
  rag-label-figure-green.xlsx  "Green" (the overview's first row) is 3

A mutation run found the overview was then cut at that row without a word: the Amber
error went unreported (exit 0, "No findings"), and with the first label lost the whole
overview was dropped. The overview must be read through the row and the cell named.

Run from the project root: python3 tests/data/damaged/make_rag_label_figure.py
"""
import io
import re
import zipfile

SRC = "samples/gpc-2018-03-monitoring-q3-2017-18.xlsx"
PART = "xl/worksheets/sheet1.xml"


def shared_strings(z):
    xml = z.read("xl/sharedStrings.xml").decode()
    return [re.sub(r"<[^>]+>", "", si) for si in re.findall(r"<si>(.*?)</si>", xml, re.S)]


def write(out_name, label, value):
    z = zipfile.ZipFile(SRC)
    # The first text that starts with the rating ("Amber – Delayed or ..."): the
    # overview's label, as the overview comes first on the sheet.
    index = next(i for i, t in enumerate(shared_strings(z)) if t.startswith(label))
    xml = z.read(PART)
    m = re.search(rb'<c r="([A-Z]+[0-9]+)"([^>]*?) t="s"><v>%d</v></c>' % index, xml)
    new = b'<c r="' + m.group(1) + b'"' + m.group(2) + b"><v>" + value + b"</v></c>"
    xml = xml[: m.start()] + new + xml[m.end():]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for i in z.infolist():
            w.writestr(i, xml if i.filename == PART else z.read(i.filename))
    open("tests/data/damaged/" + out_name, "wb").write(out.getvalue())
    print(out_name, "cell", m.group(1).decode())


write("rag-label-figure-amber.xlsx", "Amber", b"1e308")
write("rag-label-figure-green.xlsx", "Green", b"3")
