#!/usr/bin/env python3
"""A total column across whole-pound figures is as exact as they are: no part in a million of
it is rounding (issue 17, trial 3 f15; class: a slip in a large whole-pound total excused as
rounding). Made up: not a real body's figures. Written into tests/data/currency_units/.

A rent debit by property type, columns 'Gross rent debit £', 'Void loss £' (negative) and
'Net rent debit £' (= gross + void), a Total row. The formula copies keep =SUM(Dn:En) down
the Net column and =SUM(...) along the Total row, with their saved values, as a spreadsheet
saves them.

- rent-right.csv / .xlsx / -f.xlsx: every figure right: no finding.
- rent-net-typed-f.xlsx: the formula copy with one line's net typed over its formula, two
  digits swapped in whole pounds (11,584,445 as 11,584,454), the Total's saved value
  worked out from it: an error at that cell (before: info 'within the rounding of the
  table's figures, 11', a part in a million of the figure).
- rent-net-wrong.csv / .xlsx: the values copy of the same: an error (at the Total).
- borrowing-rounded.csv / .xlsx: a \u00a3000 table of large aggregates ('\u00a3000' under the
  title), one Total 6 above the sum of its lines (half a part in a million of 12.6m, as an
  aggregate rounded from pounds on its own may be): a rounding note, never an error, as before.
- charges-shown.csv / .xlsx / charges-held.xlsx: a counter-case. Service charges by block,
  'Cleaning \u00a3' ... 'Repairs \u00a3' and 'Total \u00a3' across, a Total row; every figure worked
  out with pence (dwellings x weekly charge x 52) and each shown rounded to whole pounds, so
  the totals as shown are 1 or 2 from the sum of their lines as shown (rows 5, 8, 9, 10 and the
  Total row): the values as shown (csv; xlsx typed from them) are right and never an error
  (rounding notes at most); the values held to the penny under a '#,##0' format (a
  paste-values copy of the working) add exactly: no finding.
- grants-pence.csv: grants by body to the penny, 'Total \u00a3' across written to whole pounds
  (4,600,000.90 written 4,600,001): figures to the penny are no whole amounts, so a total
  column's own rounding stays a rounding note, as before (no error).
- regions-rounding-note.csv / .xlsx: grant paid by region in \u00a3 with 'Total \u00a3' across, each
  region an aggregate of bodies' figures rounded on their own, one Total 5 above its columns
  on 8.4m, and a footnote 'Figures may not sum due to rounding': the sheet says its totals are
  rounded on their own, so the part in a million stays (a rounding note, no error).

- spend-thousands-heading.csv / .xlsx: '(\u00a3000)' in every heading and nowhere else: a
  thousands table, lines 5 off on 6.5m and 22.3m are rounding notes (the scale was read
  through normalise_label, which drops '(\u00a3000)', and they were errors).

usage: /usr/bin/python3 tests/data/currency_units/make_currency_units.py   (needs openpyxl)
"""
import csv
import datetime
import os
import random
import zipfile
from decimal import ROUND_HALF_UP, Decimal

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_TIME = (2026, 1, 1, 0, 0, 0)

LINES = [("Bedsit", 7284222, -131592), ("1 bed flat", 7501474, -49683), ("2 bed flat", 9258834, -119545),
         ("1 bed sheltered", 5474364, -157681), ("2 bed house", 11748401, -163956),
         ("3 bed house", 7930927, -72588), ("4 bed house", 16051027, -202859), ("Bungalow", 2240700, -35020)]
HEAD = ["Property type", "Gross rent debit \u00a3", "Void loss \u00a3", "Net rent debit \u00a3"]
TITLE = [["Housing Revenue Account - rent debit 2026/27"], ["52 rent weeks"], []]


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


def write_formulas(name, rows, sheet):
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
    with zipfile.ZipFile(os.path.join(HERE, name + ".xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts.items():
            z.writestr(zipfile.ZipInfo(part, FIXED_TIME), text)


def write_values(name, rows, sheet):
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(r)
    wb.save(os.path.join(HERE, name + ".xlsx"))


def rent(typed_line=None, typed=None, formulas=False):
    """The rent debit table; line `typed_line`'s net typed as `typed` (its formula gone)."""
    rows = [list(r) for r in TITLE] + [HEAD]
    first = len(rows) + 1
    nets = []
    for k, (name, gross, void) in enumerate(LINES):
        r = len(rows) + 1
        net = gross + void if k != typed_line else typed
        nets.append(net)
        rows.append([name, gross, void, (f"=SUM(B{r}:C{r})", net) if formulas and k != typed_line else net])
    last = len(rows)
    sums = [sum(l[1] for l in LINES), sum(l[2] for l in LINES), sum(nets)]
    if formulas:
        rows.append(["Total"] + [(f"=SUM({c}{first}:{c}{last})", s) for c, s in zip("BCD", sums)])
    else:
        rows.append(["Total"] + sums)
    return rows


def borrowing():
    """External borrowing by lender in \u00a3000, each Total the sum of its lines but one,
    published 6 above it: inside a part in a million of it, as an aggregate rounded from
    pounds on its own may be."""
    lines = [("Public Works Loan Board", [4210346, 1310477, 7120561]), ("Market loans", [2875123, 3940499, 1015222]),
             ("Other local authorities", [9320777, 1295388, 1340220]), ("Municipal Bonds Agency", [1502211, 0, 2230145]),
             ("Salix loans", [120456, 98213, 0]), ("Local enterprise partnership", [2201334, 1190876, 560112])]
    rows = [["External borrowing at 31 March 2026"], ["\u00a3000"], [],
            ["Lender", "Under 5 years", "5-20 years", "Over 20 years", "Total"]]
    for name, fs in lines:
        rows.append([name] + fs + [sum(fs)])
    rows[4][4] += 6
    return rows


def r0(x):
    return int(Decimal(x).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def charges():
    """Service charges by block worked out to the penny (rows of figures, then the Total row's),
    each line's figures and total as held."""
    rng = random.Random(26)
    held = []
    for _ in range(6):
        held.append([Decimal(rng.randint(250, 400)) * Decimal(rng.randint(3000, 5500)) / 100 * 52 for _ in range(4)])
    held = [fs + [sum(fs)] for fs in held]
    held.append([sum(h[j] for h in held) for j in range(5)])
    return held


CHARGE_HEAD = ["Block", "Cleaning \u00a3", "Grounds \u00a3", "Lighting \u00a3", "Repairs \u00a3", "Total \u00a3"]
CHARGE_TITLE = [["Housing Revenue Account - service charges by block 2026/27"], ["52 weeks"], []]
BLOCKS = ["Alder Court", "Beech House", "Cedar Point", "Damson Walk", "Elm Tower", "Fir Gardens", "Total"]


def charges_rows(shown):
    rows = [list(r) for r in CHARGE_TITLE] + [CHARGE_HEAD]
    for name, fs in zip(BLOCKS, charges()):
        rows.append([name] + [r0(f) if shown else float(f) for f in fs])
    return rows


def write_held(name, rows, sheet):
    """The figures held to the penny, each shown to whole pounds ('#,##0')."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=len(CHARGE_TITLE) + 2):
        for c in row[1:]:
            c.number_format = "#,##0"
    wb.save(os.path.join(HERE, name + ".xlsx"))


write_values("rent-right", rent(), "Rent debit")
write_formulas("rent-right-f", rent(formulas=True), "Rent debit")
write_formulas("rent-net-typed-f", rent(typed_line=4, typed=11584454, formulas=True), "Rent debit")
write_values("rent-net-wrong", rent(typed_line=4, typed=11584454), "Rent debit")
write_values("borrowing-rounded", borrowing(), "Borrowing")
def regions():
    lines = [("North East", [2104332, 3310470, 1120561]), ("North West", [2875123, 3940499, 1615222]),
             ("Yorkshire", [2320777, 1295388, 1340220]), ("East Midlands", [1502211, 980455, 2230145])]
    rows = [["Grant paid by region 2025/26"], [],
            ["Region", "Revenue grant \u00a3", "Capital grant \u00a3", "Other grant \u00a3", "Total \u00a3"]]
    for name, fs in lines:
        rows.append([name] + fs + [sum(fs)])
    rows[4][4] += 5
    rows += [[], ["Figures may not sum due to rounding."]]
    return rows


write_values("regions-rounding-note", regions(), "Grant")


def spend_thousands():
    """Spend by authority with the scale in each heading, 'Services (\u00a3000)' ... 'Total
    (\u00a3000)', an aggregate row; one line's Total and the aggregate's 5 above their columns
    (a part in a million of 6.5m and 22.3m): in thousands, so a rounding note, never an error."""
    rows = [["Authority", "Services (\u00a3000)", "Other (\u00a3000)", "Total (\u00a3000)"],
            ["North", 4123456, 2345678, 6469139], ["South", 3456789, 1234567, 4691356],
            ["East", 2222222, 3333333, 5555555], ["West", 1111111, 4444444, 5555555],
            ["England", 10913578, 11358022, 22271605]]
    return rows


write_values("spend-thousands-heading", spend_thousands(), "Spend")
with open(os.path.join(HERE, "grants-pence.csv"), "w", newline="", encoding="utf-8") as f:
    csv.writer(f, lineterminator="\n").writerows(
        [["Grants paid 2025/26"], [], ["Body", "Revenue \u00a3", "Capital \u00a3", "Total \u00a3"],
         ["Alpha", "4000000.40", "6000000.60", "10000001"], ["Beta", "3500000.20", "2500000.80", "6000001"],
         ["Gamma", "1200000.45", "3400000.45", "4600001"], ["Delta", "1100000.50", "3400000.50", "4500001"],
         ["Total", "9800001.55", "15300002.35", "25100004"]])
write_values("charges-shown", charges_rows(shown=True), "Service charges")
write_held("charges-held", charges_rows(shown=False), "Service charges")
