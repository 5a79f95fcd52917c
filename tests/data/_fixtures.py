"""Writing a generated table as csv and xlsx, for the fixture generators under
tests/data/<topic>/ (each one imports this module by putting tests/data on sys.path).
One copy of the writers, so that every generator writes its files the same way.

    write(HERE, "memo-right", rows, "Budget")   # HERE/memo-right.csv and HERE/memo-right.xlsx

rows: lists of cells (str, int, float, None; a str starting with '=' is a formula in the xlsx).
"""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl


def write_csv(folder, name, rows, crlf=False):
    """folder/name.csv, UTF-8; lines end in '\\n', or in '\\r\\n' (csv's own default) with crlf.
    None is written as an empty field."""
    with open(os.path.join(folder, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        (csv.writer(f) if crlf else csv.writer(f, lineterminator="\n")).writerows(rows)


def new_sheet(title):
    """A workbook of one sheet named title: (workbook, sheet)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    return wb, ws


def sheet_of(title, rows, blank_as_none=False):
    """A workbook of one sheet holding rows from A1 down: (workbook, sheet). With
    blank_as_none, an empty string leaves its cell empty."""
    wb, ws = new_sheet(title)
    for r in rows:
        ws.append([None if c == "" else c for c in r] if blank_as_none else r)
    return wb, ws


def number_format(ws, fmt, when=None, **bounds):
    """Sets fmt on the cells ws.iter_rows(**bounds) gives (min_row, min_col, max_col ...)
    whose value when(value) accepts (every one without when)."""
    for row in ws.iter_rows(**bounds):
        for c in row:
            if when is None or when(c.value):
                c.number_format = fmt


def save(folder, name, wb):
    wb.save(os.path.join(folder, name + ".xlsx"))


def write(folder, name, rows, sheet, crlf=False, blank_as_none=False, formats=None):
    """folder/name.csv and folder/name.xlsx of the same rows, the xlsx's sheet named sheet;
    formats(ws), when given, sets the xlsx's number formats before it is saved."""
    write_csv(folder, name, rows, crlf=crlf)
    wb, ws = sheet_of(sheet, rows, blank_as_none=blank_as_none)
    if formats:
        formats(ws)
    save(folder, name, wb)


def recalc(folder, cases):
    """cases: {name: workbook}. Each saved as folder/name.xlsx with its formulas kept and
    recalculated by LibreOffice, so that each formula has its saved value, and the values
    beside it as folder/name.csv (lines ending in '\\r\\n'). Needs libreoffice on the PATH."""
    with tempfile.TemporaryDirectory() as tmp:
        for name, wb in cases.items():
            save(tmp, name, wb)
        out = os.path.join(tmp, "out")
        os.mkdir(out)
        files = [os.path.join(tmp, n + ".xlsx") for n in cases]
        subprocess.run(["libreoffice", "--headless", "--convert-to", "xlsx", "--outdir", out] + files, check=True,
                       stdout=subprocess.DEVNULL)
        for name in cases:
            done = os.path.join(out, name + ".xlsx")
            shutil.copy(done, os.path.join(folder, name + ".xlsx"))
            values = openpyxl.load_workbook(done, data_only=True).active
            write_csv(folder, name, values.iter_rows(values_only=True), crlf=True)
