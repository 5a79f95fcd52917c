#!/usr/bin/env python3
"""Writes tests/data/damaged/number-cell-holds-text.xlsx: the baseline sample with one
text cell (the first cell of the sheet's last row with a shared string) turned into a
number cell, no t attribute, holding text that is no number ('12x4'). Excel refuses such
a file; a mutation run found fundbook read it as text and, the row's label lost, passed
a workbook whose original has an error. The file must say the cell is damaged.

Run from the project root: python3 tests/data/damaged/make_number_holds_text.py
"""
import io
import re
import zipfile

SRC = "samples/baseline-2017-06-transformation-fund.xlsx"
OUT = "tests/data/damaged/number-cell-holds-text.xlsx"

z = zipfile.ZipFile(SRC)
part = "xl/worksheets/sheet1.xml"
xml = z.read(part)
cells = list(re.finditer(rb'<c r="([A-Z]+[0-9]+)"([^>]*?) t="s"([^>]*)><v>[0-9]+</v></c>', xml))
m = cells[-1]
new = b'<c r="' + m.group(1) + b'"' + m.group(2) + m.group(3) + b"><v>12x4</v></c>"
xml = xml[: m.start()] + new + xml[m.end():]
out = io.BytesIO()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
    for i in z.infolist():
        w.writestr(i, xml if i.filename == part else z.read(i.filename))
open(OUT, "wb").write(out.getvalue())
print(OUT, "cell", m.group(1).decode())
