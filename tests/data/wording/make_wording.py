#!/usr/bin/python3
"""Small tables on which fundbook's messages and account once said something untrue or
unreadable (issue 17, "What was checked, and what was not"), written into
tests/data/wording/. Each is the class of a case a tester met, made up: not the real file.

Run from the project root with a python that has openpyxl:
    /usr/bin/python3 tests/data/wording/make_wording.py

Number agreement:
- one-row-total-wrong.csv: two blocks set apart by a blank row; the second, one line
  ("Grants") and its total "Total grants", which is 5 too high in 2022: the error's
  reading is one row ("the 1 row above it ... adds up to"), never "add up to".

What sets a block apart:
- heading-between-blocks.csv: three departments, each a heading row of its own (no
  figures) over Pay, Overtime and Agency Staff and a "Department Total"; the third
  department's total is 100 too high in 2021/22. The block its total adds starts under the
  heading, not at a blank row: "up to 'Elections'", never "up to the blank row".
- blank-between-blocks.csv: the same departments set apart by blank rows (the department
  named in each line instead): "up to the blank row" is then what the reading was.
- note-between-blocks.csv: two blocks set apart by a row holding only a note in a figure
  column ("see note 4"), the second block's total 5 too high in 2022: neither a heading nor
  a blank row, so the row is named by its number ("up to row 5").
What a rounding note's allowance is:
- millions-3dp-total-off.xlsx: a workbook in GBP millions, its figures number cells held to
  three decimals (number format 0.000), its 2017-18 total 0.3 (GBP 300,000) above its three
  lines: shown to 0.001, it is 300 steps off, an error (it was a note within the default
  one unit before the formats were read for tables of any shape).

A column is named by its header, never by a cell of figures:
- stacked-figures.csv: a budget by function as a PDF's extraction gives it: headers with
  line breaks ("Allocation\n(£ million)"), and some rows whose label and figure cells hold
  a function and its sub-functions, one to a line ("500.0\n200.0\n300.0"), one of them
  with no percentage beside it (a row of two text cells, as a header is). Such a row is
  figures, not a heading: the columns keep their header's name ('Allocation (£ million)')
  or their letter, never '500.0 200.0 300.0'.

Totals named but not understood:
- named-total-in-other-column.csv: a long export (authority, code, measure, two years)
  whose "Total capital financing" rows are named in the measure column, not the first
  text column, each above its lines and agreeing with no reading: the account says rows
  named as totals were found but not understood, never "no row or column named as a total".

An index row over a table (tabula's "0,1,2,...,n" over the columns of a page cut from a
PDF) is a heading, not figures:
- index-row-zero.csv: "0,1,2,3,4" over a header (months and Total) and four lines with a
  total row: every total checked, and the index row not counted as figures not understood.
- index-row-one.csv: the same numbered from 1.
The figures are made up.
"""
import csv
import datetime
import os
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def write_csv(name, rows):
    with open(os.path.join(HERE, name), "w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def one_row_total_wrong():
    write_csv("one-row-total-wrong.csv", [
        ["Item", "2022", "2023"],
        ["Rates", 100, 110],
        ["Fees", 20, 30],
        ["Subtotal", 120, 140],
        [],
        ["Grants", 50, 60],
        ["Total grants", 55, 60],
        [],
        ["Total income", 170, 200],
    ])


DEPARTMENTS = [
    ("Audit", [(8650, 9466), (732, 603), (50, 52)]),
    ("Ethics Board", [(875, 922), (0, 0), (100, 102)]),
    ("Elections", [(5830, 7075), (1033, 1592), (150, 152)]),
]


def department_blocks(name, headings):
    rows = [["Department", "2020/21", "2021/22"]]
    for k, (dept, lines) in enumerate(DEPARTMENTS):
        if headings:
            rows.append([dept, "", ""])
        elif k:
            rows.append([])
        for line, figures in zip(["Pay", "Overtime", "Agency Staff"], lines):
            rows.append([line if headings else dept + " " + line] + list(figures))
        total = [sum(f[j] for f in lines) for j in range(2)]
        if k == len(DEPARTMENTS) - 1:
            total[1] += 100
        rows.append(["Department Total"] + total)
    write_csv(name, rows)


def millions_3dp_total_off():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Capital"
    wb.properties.created = wb.properties.modified = datetime.datetime(2024, 4, 1, 12, 0, 0)
    ws.append(["Capital financing (GBP millions)", "2017-18", "2018-19"])
    for row in [["Borrowing", 0.133, 0.0], ["Grants", 0.599, 0.596], ["Receipts", 2.216, 3.197],
                ["Total capital financing", 3.248, 3.793]]:
        ws.append(row)
    for row in ws.iter_rows(min_row=2, min_col=2):
        for c in row:
            c.number_format = "0.000"
    path = os.path.join(HERE, "millions-3dp-total-off.xlsx")
    wb.save(path)
    # The same bytes on every run: a zip's entries carry the time they were written.
    fixed = path + ".tmp"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            out = zipfile.ZipInfo(info.filename, (2024, 4, 1, 12, 0, 0))
            out.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(out, src.read(info.filename))
    os.replace(fixed, path)


def stacked_figures():
    write_csv("stacked-figures.csv", [
        ["FUNCTION", "Allocation\n(\u00a3 million)", "% of Total\nBudget"],
        ["Public Services\nExecutive\nLegislation", "500.0\n200.0\n300.0", "25.0"],
        ["Defence", "400.0", "20.0"],
        ["Public Order", "200.0", "10.0"],
        ["Economic Affairs\nAgriculture\nTransport", "600.0\n250.0\n350.0"],
        ["Environment", "50.0", "2.5"],
        ["Housing\no/w Water Supply", "100.0\n40.0", "5.0"],
        ["Health", "150.0", "7.5"],
        ["Education", "200.0", "10.0"],
        ["TOTAL", "2,200.0", "100.0"],
    ])


def named_total_in_other_column():
    rows = [["LA", "Code", "Measure", "2019-20", "2020-21"]]
    parts = {"Adur": [(13.8, 58.3), (86.8, 82.2), (78.3, 6.5)], "Barnet": [(26.2, 12.1), (50.8, 78.0), (46.1, 48.4)],
             "Bolton": [(66.8, 38.9), (80.8, 21.5), (9.7, 50.0)], "Crewe": [(3.0, 85.6), (40.0, 44.4), (62.3, 78.1)]}
    for k, (la, lines) in enumerate(parts.items()):
        # Each total off its lines by a different amount: no reading explains any.
        total = [round(sum(p[j] for p in lines) + 7.3 * (k + 1), 1) for j in range(2)]
        rows.append([la, "X1", "Total capital financing"] + total)
        for n, p in enumerate(lines):
            rows.append([la, "X%d" % (n + 2), "" if n == 1 else ["Borrowing", "", "Grants"][n]] + list(p))
    write_csv("named-total-in-other-column.csv", rows)


def index_rows():
    table = [["", "July 31", "Aug 31", "Sept 30", "Total"], ["Rates", 10, 20, 30, 60], ["Fees", 1, 2, 3, 6],
             ["Grants", 5, 5, 5, 15], ["Rents", 4, 3, 2, 9], ["Total receipts", 20, 30, 40, 90]]
    write_csv("index-row-zero.csv", [list(range(5))] + table)
    write_csv("index-row-one.csv", [list(range(1, 6))] + table)


def note_between_blocks():
    write_csv("note-between-blocks.csv", [
        ["Item", "2022", "2023"],
        ["Rates", 100, 110],
        ["Fees", 20, 30],
        ["Subtotal", 120, 140],
        ["", "", "see note 4"],
        ["Grants", 50, 60],
        ["Other", 5, 5],
        ["Total grants", 60, 65],
        [],
        ["Total income", 180, 205],
    ])


def main():
    one_row_total_wrong()
    department_blocks("heading-between-blocks.csv", True)
    department_blocks("blank-between-blocks.csv", False)
    note_between_blocks()
    millions_3dp_total_off()
    stacked_figures()
    named_total_in_other_column()
    index_rows()


if __name__ == "__main__":
    main()
