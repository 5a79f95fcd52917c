#!/usr/bin/python3
"""A capital programme in £m shown to 0.1 (number format '#,##0.0'), its schemes keyed by a
'Cost centre' column of five-digit codes under General (issue 17). Read as amounts, the codes
were a column no total adds, and being under General they made how finely the table is
shown 'not known': the default tolerance of one unit (£1m) then passed a £1.0m slip in the
programme's total as a rounding note.

Run from the project root with a python that has openpyxl:
    /usr/bin/python3 tests/data/code_columns/make_code_columns.py

  cost-centre-right.xlsx          right: nothing said, 14 totals checked, nothing unchecked
  cost-centre-wrong.xlsx          the 2028/29 total 37.1 where its schemes add to 38.1: error at F13
  cost-centre-hidden-wrong.xlsx   the same with the codes' column hidden: error at F13
  cost-centre-grand-follows.xlsx  the slip in F13 and the programme total G13 worked out from
                                  the row, so G13 is off its column too: the row off in two
                                  columns is not believed, and is said unchecked (F13:G13), where
                                  the codes before the names once hid its 'Total' (no word read:
                                  silent, 9 totals 'checked', nothing unchecked)
  unformatted-memo-wrong.xlsx     no codes; beside the amounts a 'Memo: prior years' column of
                                  figures under General that no total adds: error at F13
"""
import os

import openpyxl

OUT = os.path.join("tests", "data", "code_columns")
FMT = '#,##0.0;(#,##0.0);"-"'
SCHEMES = [(40706, "School places programme", [8.8, 1.2, 1.4, 7.9]),
           (40915, "Highways structural maintenance", [0.7, 1.3, 8.3, 6.9]),
           (40146, "Flood alleviation", [0.5, 0.8, 5.4, 4.3]),
           (40803, "Leisure centre replacement", [3.7, 1.3, 5.0, 6.8]),
           (40692, "Fleet replacement", [0.4, 5.5, 1.5, 2.2]),
           (40456, "Digital infrastructure", [0.1, 4.8, 3.3, 2.8]),
           (40651, "Depot rationalisation", [6.0, 6.0, 3.3, 1.0]),
           (40760, "Social housing acquisitions", [3.9, 5.9, 7.6, 6.2])]


def build(name, slip=0.0, hidden=False, memo=False, grand_follows=False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Capital"
    ws.append(["Capital programme (£m)"])
    ws.append(["Figures rounded to £0.1m"])
    ws.append([])
    first = "Memo: prior years" if memo else "Cost centre"
    ws.append([first, "Scheme", "2025/26 £m", "2026/27 £m", "2027/28 £m", "2028/29 £m", "Total £m"])
    for i, (code, scheme, years) in enumerate(SCHEMES):
        lead = round(1.37 * (i + 1) + 0.013 * i, 3) if memo else code
        ws.append([lead, scheme, *years, round(sum(years), 1)])
    totals = [round(sum(s[2][k] for s in SCHEMES), 1) for k in range(4)]
    totals[3] = round(totals[3] + slip, 1)
    # The slip in one year only: the programme total beside it is right.
    grand = round(sum(sum(s[2]) for s in SCHEMES) + (slip if grand_follows else 0), 1)
    ws.append([None, "Total capital programme", *totals, grand])
    for row in ws.iter_rows(min_row=5, max_row=ws.max_row, min_col=3, max_col=7):
        for c in row:
            c.number_format = FMT
    if hidden:
        ws.column_dimensions["A"].hidden = True
    wb.save(os.path.join(OUT, name))


build("cost-centre-right.xlsx")
build("cost-centre-wrong.xlsx", slip=-1.0)
build("cost-centre-hidden-wrong.xlsx", slip=-1.0, hidden=True)
build("unformatted-memo-wrong.xlsx", slip=-1.0, memo=True)
build("cost-centre-grand-follows.xlsx", slip=-1.0, grand_follows=True)
