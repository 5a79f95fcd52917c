#!/usr/bin/env python3
"""Council layouts the samples do not show (issue 17, point 4), each in a
clean copy and a copy with one planted error, written into this folder with
nothing but Python's standard library. The words, references, ratings and
years are the Cambridgeshire papers' own (../shared/seeds/); the figures are
made up so that every stated total agrees in the clean copies.

  rag-two-sheets-{clean,planted}.xlsx
      the quarterly monitoring report's RAG overview ("RAG Rating", "No of
      Schemes", "Investment to Q3 (£000)", ...) on one sheet, every scheme
      listed with its RAG rating on another sheet. Planted: the overview says
      3 Amber schemes where 2 are listed (its Total says 10, as the ratings
      add up to).
  year-periods-{clean,planted}.xlsx
      a savings profile by period ("Year 0" .. "Year 20") with two component
      columns and a Total column, in £, as the street-lighting bid gives it,
      and its unlabelled total row. Planted: the Total of "Year 7" is 1,000 out.
  register-{clean,planted}.{xlsx,csv}
      a finance system's business-planning register: Reference, Scheme,
      Measure, five financial years, Total; an Investment and a Saving row
      per scheme, the title written on the first of the two only (on both
      for some); one scheme in fifty has an Investment row only and the next
      a Saving row only. 400 schemes (784 rows). Planted: one scheme's Saving
      Total is 5 out.

Run from the project root: python3 tests/data/issue17_layouts/make_layouts.py
"""
import csv
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_TIME = (2024, 4, 1, 12, 0, 0)  # reproducible zips


def col_name(c):
    s = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        s = chr(65 + rem) + s
    return s


def sheet_xml(rows):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, values in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(values):
            if v is None or v == "":
                continue
            ref = f"{col_name(c)}{r}"
            if isinstance(v, str):
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>')
            else:
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
        if cells:
            out.append(f'<row r="{r}">{"".join(cells)}</row>')
    out.append("</sheetData></worksheet>")
    return "\n".join(out)


def write_xlsx(path, sheets):
    """sheets: [(name, rows)]"""
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" '
                      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                      for i in range(len(sheets)))
            + "</Types>",
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        "xl/workbook.xml":
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}" xmlns:r="{rel}"><sheets>'
            + "".join(f'<sheet name="{escape(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                      for i, (name, _) in enumerate(sheets))
            + "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i + 1}" Type="{rel}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                      for i in range(len(sheets)))
            + "</Relationships>",
    }
    for i, (_, rows) in enumerate(sheets):
        parts[f"xl/worksheets/sheet{i + 1}.xml"] = sheet_xml(rows)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(["" if v is None else v for v in row])


# --- a) RAG overview on one sheet, the schemes on another -------------------

SCHEMES = [  # title (reference), spent, saved, projected, RAG (the Q3 report's words)
    ("Commercial Approach to Contract Management (C/R.5.001)", 267, 0, -2000, "Red"),
    ("Specialist Support for Adults with Autism to increase their independence (A/R.6.113)", 35, -19, -26, "Red"),
    ("Using Assistive Technology to help people with Learning Disabilities live and be safe more "
     "independently (A/R.6.116)", 94, -95, -135, "Amber"),
    ("Enhanced Occupational Therapy Support to reduce the need for double-handed care (A/R.6.165)", 41, -202,
     -211, "Amber"),
    ("Recouping under-used direct payment budget allocations (C/R.5.306)", 87, -395, -1975, "Green"),
    ("Total Transport (C/R.5.102)", 132, 0, 0, "Green"),
    ("Children with Disabilities (C/R.5.401)", 110, -174, -2958, "Green"),
    ("Support for young people with complex needs (C/R.5.404)", 115, -302, -1508, "Green"),
    ("Systemic family meetings to divert children from LAC placements (C/R.5.402)", 148, -60, -296, "Green"),
    ("Adult social care transformation programme (C/R.5.319)", 500, -40, -1861, "Green"),
]


def rag_workbook(planted):
    per = {}
    for _, spent, saved, proj, rag in SCHEMES:
        p = per.setdefault(rag, [0, 0, 0, 0])
        p[0] += 1
        p[1] += spent
        p[2] += saved
        p[3] += proj
    names = {"Green": "Green – On Track", "Amber": "Amber – Delayed or some risk of under-delivery",
             "Red": "Red – Not projected to deliver as originally planned"}
    overview = [["Figure 1: Transformation Programme Overview"], [],
                ["RAG Rating", "No of Schemes", "Investment to Q3 (£000)", "Savings / Income to Q3 (£000)",
                 "Total Projected Saving/income over lifetime of scheme (£000)"]]
    total = [0, 0, 0, 0]
    for rag in ("Green", "Amber", "Red"):
        n, spent, saved, proj = per[rag]
        overview.append([names[rag], n + (1 if planted and rag == "Amber" else 0), spent, saved, proj])
        total = [a + b for a, b in zip(total, per[rag])]
    overview.append(["Total"] + total)
    schemes = [["Transformation Fund schemes: Q3 2017/18"], [],
               ["Scheme Description and Total Investment & Saving", "Fund Expenditure to date at Q3 2017/18 (£000)",
                "Savings to date at Q3 2017/18 (£,000)", "Total projected Saving from investment",
                "Progress & Commentary", "RAG Rating"]]
    for title, spent, saved, proj, rag in SCHEMES:
        schemes.append([title, spent, saved, proj, "See the service committee's report", rag])
    return [("Overview", overview), ("Schemes", schemes)]


# --- b) periods down the side: Year 0 .. Year 20 ---------------------------

def periods_workbook(planted):
    rows = [["Street Lighting: CCC yearly savings from the synergies (£)"], [],
            ["Project", "Savings", "Operational Savings", "Total"]]
    sums = [0, 0, 0]
    for y in range(21):
        a = 0 if y == 20 else 95133 + (y * 7919) % 52000
        b = 24886 if y == 20 else 49182 + (y * 5557) % 60000
        t = a + b + (1000 if planted and y == 7 else 0)
        rows.append([f"Year {y}", a, b, t])
        sums = [sums[0] + a, sums[1] + b, sums[2] + a + b]
    rows.append(["", sums[0], sums[1], sums[2]])
    return [("Street Lighting", rows)]


# --- c) a register export: Reference, Scheme, Measure, years, Total --------

YEARS = ["2017-18", "2018-19", "2019-20", "2020-21", "2021-22"]
SERVICES = ["A/R.6", "C/R.5", "B/R.6", "E/R.6"]
WORDS = ["Reablement", "Assistive Technology", "Children's Centres", "Street Lighting", "Total Transport",
         "Learning Disabilities", "Commissioning", "Home to School Transport", "Libraries", "Waste"]


def register_rows(planted, schemes=400):
    rows = [["Reference", "Scheme", "Measure"] + YEARS + ["Total"]]
    for i in range(schemes):
        ref = f"{SERVICES[i % 4]}.{100 + i:03d}"
        title = f"{WORDS[i % 10]}: scheme {i + 1} of the business plan"
        inv = [(i * 37 + k * 11) % 150 if k < 2 else 0 for k in range(5)]
        sav = [0] + [-((i * 53 + k * 29) % 900) for k in range(1, 5)]
        inv_total = sum(inv)
        sav_total = sum(sav) + (5 if planted and i == 271 else 0)
        # Exports vary: a scheme with no investment (or no saving) has one
        # row; some systems write the title on every row of a scheme.
        if i % 50 != 11:
            rows.append([ref, title, "Investment"] + inv + [inv_total])
        if i % 50 != 10:
            rows.append([ref, title if i % 50 == 11 or i % 7 == 3 else "", "Saving"] + sav + [sav_total])
    return rows


def main():
    for planted, tag in ((False, "clean"), (True, "planted")):
        write_xlsx(os.path.join(HERE, f"rag-two-sheets-{tag}.xlsx"), rag_workbook(planted))
        write_xlsx(os.path.join(HERE, f"year-periods-{tag}.xlsx"), periods_workbook(planted))
        rows = register_rows(planted)
        write_xlsx(os.path.join(HERE, f"register-{tag}.xlsx"), [("Register", rows)])
        write_csv(os.path.join(HERE, f"register-{tag}.csv"), rows)


if __name__ == "__main__":
    main()
