#!/usr/bin/env python3
"""A GBP m budget-gap table of any shape (read by its inferred structure, not a council year table),
its figures held to three decimals and shown to one by their number format
#,##0.0;(#,##0.0);"-" (what a finance officer sees), for the rounding a total's figures as shown
allow. Written into tests/data/shown_tables/:

  pounds-m-1dp-right.xlsx       every Total the sum of its lines: no finding; its bottom line, 'Remaining
                                budget gap' (pressures less funding), is no sum of the rows above it: the
                                text account names it as not checked
  pounds-m-1dp-total-off.xlsx   'Total pressures' for 2025/26 1.0 (GBP 1m) over its lines: an error at
                                C11 (ten steps of what is shown; the rounding of seven figures shown to
                                0.1 is 0.4 at most)
  pounds-m-1dp-total-half.xlsx  the same Total 0.5 over: an error
  pounds-m-1dp-total-near.xlsx  the same Total 0.1 over (a figure's rounding): a rounding note, no error
  pounds-m-general-total-off.xlsx  the figures of total-off in the General format (as many decimals as
                                fit: how finely they are shown is not known): a rounding note within the
                                default one unit, as before
  pounds-m-1dp-total-off.xls, .ods  total-off saved by LibreOffice (when installed): the same error,
                                the step read from the .xls FORMAT/XF records and the ODS number style

usage: /usr/bin/python3 tests/data/shown_tables/make_shown_tables.py   (needs openpyxl)
"""
import os
import shutil
import subprocess
import tempfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
FMT = '#,##0.0;(#,##0.0);"-"'
YEARS = ["2024/25", "2025/26", "2026/27", "2027/28"]
PRESSURES = [("Pay inflation", [8.234, 7.912, 6.145, 6.302]), ("Contract inflation", [5.118, 4.287, 3.962, 3.871]),
             ("Demographic growth - adults", [6.451, 6.874, 7.203, 7.559]),
             ("Demographic growth - children", [3.326, 3.489, 3.611, 3.772]),
             ("Capital financing", [1.048, 2.366, 3.145, 2.917]), ("Loss of one-off grants", [0.0, 4.5, 0.0, 0.0])]
FUNDING = [("Savings identified", [-9.874, -6.213, -4.108, -2.551]),
           ("Council tax increase", [-11.346, -11.912, -12.508, -13.133])]


def save(name, total_off, fmt):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "MTFS"
    ws["A1"] = "Medium Term Financial Strategy - Budget gap (£m)"
    for c, y in enumerate(YEARS):
        ws.cell(row=3, column=c + 2, value=y)
        ws.cell(row=4, column=c + 2, value="£m")
    r = 5

    def block(lines, label, off):
        nonlocal r
        first = r
        for name_, vals in lines:
            ws.cell(row=r, column=1, value=name_)
            for c, v in enumerate(vals):
                ws.cell(row=r, column=c + 2, value=v)
            r += 1
        ws.cell(row=r, column=1, value=label)
        for c in range(len(YEARS)):
            total = round(sum(v[c] for _, v in lines), 3)
            if c == 1:
                total = round(total + off, 3)
            ws.cell(row=r, column=c + 2, value=total)
        for row in range(first, r + 1):
            for c in range(len(YEARS)):
                if fmt:
                    ws.cell(row=row, column=c + 2).number_format = fmt
        r += 2

    block(PRESSURES, "Total pressures", total_off)
    block(FUNDING, "Total savings and funding", 0.0)
    # The bottom line, pressures less funding: no sum of the rows above it.
    ws.cell(row=r, column=1, value="Remaining budget gap")
    for c in range(len(YEARS)):
        gap = round(sum(v[c] for _, v in PRESSURES) + sum(v[c] for _, v in FUNDING), 3)
        ws.cell(row=r, column=c + 2, value=gap)
        if fmt:
            ws.cell(row=r, column=c + 2).number_format = fmt
    wb.save(os.path.join(HERE, name))


def convert(name):
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if not office:
        return
    with tempfile.TemporaryDirectory() as profile:
        for fmt in ("ods", "xls:MS Excel 97"):
            subprocess.run([office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
                            "--outdir", HERE, os.path.join(HERE, name)], check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)


save("pounds-m-1dp-right.xlsx", 0.0, FMT)
save("pounds-m-1dp-total-off.xlsx", 1.0, FMT)
save("pounds-m-1dp-total-half.xlsx", 0.5, FMT)
save("pounds-m-1dp-total-near.xlsx", 0.1, FMT)
save("pounds-m-general-total-off.xlsx", 1.0, None)
convert("pounds-m-1dp-total-off.xlsx")
