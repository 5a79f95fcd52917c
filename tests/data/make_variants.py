#!/usr/bin/env python3
"""Writes other-writer variants of samples/baseline-2017-06-transformation-fund.xlsx
into tests/data, with nothing but Python's standard library:

- baseline-inline-absolute.xlsx: every string an inline string (t="inlineStr",
  as openpyxl and Apache POI write them) and every relationship target absolute
  (/xl/worksheets/sheet1.xml), no shared strings part, rows without r
  attributes on cells after the first: the shapes liborcus cannot read.
- baseline-copy.ods: the same cells as an OpenDocument spreadsheet, with
  number-columns-repeated / number-rows-repeated runs as LibreOffice writes.

Run from the project root: python3 tests/data/make_variants.py
"""
import re
import sys
import zipfile
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
SRC = "samples/baseline-2017-06-transformation-fund.xlsx"


def col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def read_cells(path):
    z = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
            shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows = {}
    for c in sheet.iter("{%s}c" % NS["m"]):
        ref = c.get("r")
        row = int(re.search(r"\d+", ref).group(0)) - 1
        v = c.find("m:v", NS)
        if v is None:
            continue
        if c.get("t") == "s":
            rows.setdefault(row, []).append((col_index(ref), "s", shared[int(v.text)]))
        else:
            rows.setdefault(row, []).append((col_index(ref), "n", v.text))
    return rows


def write_inline(rows, out):
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/>'
        "</Relationships>",
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Baseline" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>'
        "</Relationships>",
    }
    body = []
    for r in sorted(rows):
        cells = []
        for i, (c, kind, val) in enumerate(sorted(rows[r])):
            # The first cell of a row names its position; the rest follow on
            # where they are consecutive, as some writers do.
            prev = sorted(rows[r])[i - 1][0] if i else None
            ref = "" if prev is not None and prev + 1 == c else ' r="%s%d"' % (colname(c), r + 1)
            if kind == "s":
                cells.append('<c%s t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, escape(val)))
            else:
                cells.append("<c%s><v>%s</v></c>" % (ref, val))
        body.append('<row r="%d">%s</row>' % (r + 1, "".join(cells)))
    parts["xl/worksheets/sheet1.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
        % "".join(body)
    )
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2017, 6, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def colname(c):
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def write_ods(rows, out):
    table = []
    last_row = -1
    for r in sorted(rows):
        gap = r - last_row - 1
        if gap > 0:
            table.append('<table:table-row table:number-rows-repeated="%d"><table:table-cell/></table:table-row>' % gap)
        cells = []
        col = 0
        for c, kind, val in sorted(rows[r]):
            if c > col:
                cells.append('<table:table-cell table:number-columns-repeated="%d"/>' % (c - col))
            if kind == "s":
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(val))
            else:
                cells.append(
                    '<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
                    % (val, val)
                )
            col = c + 1
        table.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        last_row = r
    table.append('<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Baseline">%s</table:table>'
        "</office:spreadsheet></office:body></office:document-content>" % "".join(table)
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(out, "w") as z:
        info = zipfile.ZipInfo("mimetype", date_time=(2017, 6, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_STORED
        z.writestr(info, "application/vnd.oasis.opendocument.spreadsheet")
        for name, data in (("content.xml", content), ("META-INF/manifest.xml", manifest)):
            info = zipfile.ZipInfo(name, date_time=(2017, 6, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main():
    rows = read_cells(SRC)
    write_inline(rows, "tests/data/baseline-inline-absolute.xlsx")
    write_ods(rows, "tests/data/baseline-copy.ods")
    return 0


if __name__ == "__main__":
    sys.exit(main())
