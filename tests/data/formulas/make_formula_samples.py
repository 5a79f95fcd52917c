#!/usr/bin/env python3
"""Makes the formula test workbooks in this folder (Python stdlib only; the
.xls and .ods copies are LibreOffice's own conversions of the .xlsx):

- baseline-openpyxl-totals.xlsx: samples/baseline-2017-06-transformation-fund.xlsx
  with each TOTAL cell that agrees with its years written as =SUM(C6:H6)-style
  formulas with no saved value, as openpyxl and other scripts write them. The
  Street lighting row's typed-over total (-1,941) stays a typed figure.
- short-sum.xlsx / .xls / .ods: a workstream table whose Total for 2018-19 is
  =SUM(C5:C9) while the table runs to row 10; its saved value agrees with the
  short range, so only the formula shows what was left out.
- double-count.xlsx: a Total whose SUM takes in a subtotal and its own rows.
- inferred-short-sum.xlsx / .xls / .ods: a table of no council shape (grants
  by organisation; its structure is inferred) whose Total for Committed is
  =SUM(C4:C9) while the table runs to row 10, the saved value agreeing with
  the short range.

Run from the repository root: python3 tests/data/formulas/make_formula_samples.py
"""
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def rewrite_zip(src, dst, edit):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            data = edit(item.filename, data)
            zout.writestr(item, data)


def baseline_with_formula_totals():
    src = os.path.join(ROOT, "samples", "baseline-2017-06-transformation-fund.xlsx")
    dst = os.path.join(HERE, "baseline-openpyxl-totals.xlsx")

    def edit(name, data):
        if name != "xl/worksheets/sheet1.xml":
            return data
        s = data.decode("utf-8")

        def row(m):
            r, body = m.group(1), m.group(2)
            cells = {col: (attrs, inner) for col, attrs, inner in
                     re.findall(r'<c r="([A-Z]+)' + r + r'"([^>]*)>(.*?)</c>', body)}

            def num(col):
                attrs, inner = cells.get(col, ("", ""))
                v = re.search(r"<v>(.*?)</v>", inner)
                if not v or 't="s"' in attrs:
                    return None
                try:
                    return float(v.group(1))
                except ValueError:
                    return None

            total = None
            t = re.search(r'<c r="I' + r + r'"( s="\d+")?><v>([^<]*)</v></c>', body)
            if t:
                total = float(t.group(2))
            years = [num(c) for c in "CDEFGH"]
            if total is None or all(y is None for y in years):
                return m.group(0)
            if abs(sum(y or 0 for y in years) - total) > 1e-9:
                return m.group(0)  # a typed-over total stays typed
            style = t.group(1) or ""
            new = '<c r="I%s"%s><f>SUM(C%s:H%s)</f></c>' % (r, style, r, r)
            return m.group(0).replace(t.group(0), new)

        s = re.sub(r'<row r="(\d+)"[^>]*>(.*?)</row>', row, s)
        return s.encode("utf-8")

    rewrite_zip(src, dst, edit)


def cell(ref, value):
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith("="):
        formula, cached = value[1:], None
        if "|" in formula:
            formula, cached = formula.split("|")
        v = "<v>%s</v>" % cached if cached is not None else ""
        return '<c r="%s"><f>%s</f>%s</c>' % (ref, formula, v)
    if isinstance(value, str):
        text = value.replace("&", "&amp;").replace("<", "&lt;")
        return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text)
    return '<c r="%s"><v>%s</v></c>' % (ref, value)


def write_xlsx(path, rows, sheet="Budget"):
    body = []
    for r, values in rows:
        cells = "".join(cell("%s%d" % ("ABCDEFGH"[i], r), v) for i, v in enumerate(values))
        body.append('<row r="%d">%s</row>' % (r, cells))
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<sheetData>%s</sheetData></worksheet>" % "".join(body)
    )
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
        '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % sheet,
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)


WORKSTREAMS = [
    ("Adult social care", [120, 250, 90]),
    ("Children's services", [80, 140, 60]),
    ("Commissioning", [73, 352, 294]),
    ("Corporate services", [40, 95, 20]),
    ("Housing", [15, 60, 45]),
    ("Finance & budget review", [25, 133, 70]),
]


def short_sum():
    rows = [
        (1, ["TRANSFORMATION FUND MONITORING"]),
        (3, ["Investment request:"]),
        (4, [None, "2017-18 £000", "2018-19 £000", "2019-20 £000"]),
    ]
    r = 5
    for name, figures in WORKSTREAMS:
        rows.append((r, [name] + figures))
        r += 1
    last = r - 1  # row 10
    short = sum(f[1] for _, f in WORKSTREAMS[:-1])
    full = [sum(f[k] for _, f in WORKSTREAMS) for k in range(3)]
    rows.append((r, ["Total", "=SUM(B5:B%d)|%d" % (last, full[0]), "=SUM(C5:C%d)|%d" % (last - 1, short),
                     "=SUM(D5:D%d)|%d" % (last, full[2])]))
    path = os.path.join(HERE, "short-sum.xlsx")
    write_xlsx(path, rows)
    return path


def double_count():
    # Rows 5-7 and their subtotal in row 8, rows 9-10, and a Total in row 11
    # that adds rows 5-10: the subtotal's rows are counted twice.
    rows = [
        (3, ["Savings:"]),
        (4, [None, "2017-18 £000", "2018-19 £000", "2019-20 £000"]),
        (5, ["Adult social care", -120, -250, -90]),
        (6, ["Children's services", -80, -140, -60]),
        (7, ["Commissioning", -73, -352, -294]),
        (8, ["People subtotal", "=SUM(B5:B7)|-273", "=SUM(C5:C7)|-742", "=SUM(D5:D7)|-444"]),
        (9, ["Corporate services", -40, -95, -20]),
        (10, ["Housing", -15, -60, -45]),
        (11, ["Total", "=SUM(B5:B10)|-601", "=SUM(C5:C7,C9:C10)|-897", "=SUM(D5:D7,D9:D10)|-509"]),
    ]
    write_xlsx(os.path.join(HERE, "double-count.xlsx"), rows)


GRANTS = [
    ("Age UK Northside", [12000, 11500, 9800]),
    ("Brookfield Food Bank", [8500, 8500, 8500]),
    ("Canal Arts Trust", [6400, 5900, 4100]),
    ("Daisy Chain Nursery", [15000, 14200, 12650]),
    ("Eastgate Youth Club", [9250, 9000, 7300]),
    ("Friends of Mill Park", [3600, 3550, 3550]),
    ("Greenway Sports Association", [7800, 7425, 6000]),
]


def inferred_short_sum():
    rows = [(1, ["Community grants"]), (3, ["Organisation", "Budget", "Committed", "Paid"])]
    r = 4
    for name, figures in GRANTS:
        rows.append((r, [name] + figures))
        r += 1
    last = r - 1  # row 10
    full = [sum(f[k] for _, f in GRANTS) for k in range(3)]
    short = sum(f[1] for _, f in GRANTS[:-1])
    rows.append((r, ["Total", "=SUM(B4:B%d)|%d" % (last, full[0]), "=SUM(C4:C%d)|%d" % (last - 1, short),
                     "=SUM(D4:D%d)|%d" % (last, full[2])]))
    path = os.path.join(HERE, "inferred-short-sum.xlsx")
    write_xlsx(path, rows, sheet="Grants")
    return path


def libreoffice_copies(xlsx):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice (LibreOffice) is needed for the .xls and .ods copies")
    with tempfile.TemporaryDirectory() as profile:
        for fmt, filt in (("xls", "xls:MS Excel 97"), ("ods", "ods")):
            subprocess.run([soffice, "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", filt,
                            "--outdir", HERE, xlsx], check=True, stdout=subprocess.DEVNULL)


if __name__ == "__main__":
    import sys

    # With names, only those: "inferred" remakes the inferred-table copies.
    only = set(sys.argv[1:])
    if not only:
        baseline_with_formula_totals()
        libreoffice_copies(short_sum())
        double_count()
    if not only or "inferred" in only:
        libreoffice_copies(inferred_short_sum())
