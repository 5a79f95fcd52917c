#!/usr/bin/env python3
"""Small workbooks whose number cells carry number formats, for the step each cell's format shows
its number to (what a finance officer sees: 0.000 shows three decimals, #,##0.0 one, #,##0, whole
thousands) and the rounding allowance of a council year table read from it (issue 17). Written
into tests/data/shown_steps/:

  formats.xlsx (and formats.ods, formats.xls, converted by LibreOffice when it is installed):
      one number a row in column B, the format's code in column A: what the readers keep.
  years-3dp-total-off.xlsx    a GBP m summary by year, every figure shown to 0.000, the 2025/26
                              Total 1.000 over its lines: an error (one unit is no rounding here)
  years-3dp-total-near.xlsx   the same, its Total held 0.0004 over its lines (it shows the sum):
                              a rounding note at most, no error
  years-total-1dp.xlsx        lines shown to 0.00 (45.27 31.48 12.34 8.46 = 97.55), the Total
                              97.6 shown to 0.0: the sum rounded to the total's own step, no error
  years-general-total-off.xlsx  the 3-decimal figures of the first, in the General format (as
                              many decimals as fit: the step is not known), Total 1.000 off: a
                              rounding note within the default one unit, as before
  row-total-1dp.xlsx          a GBP m profile by year, years shown to 0.00 and a Total column to
                              0.0 (0.85 + 1.27 + 0.42 = 2.54, Total 2.5): no error

usage: /usr/bin/python3 tests/data/shown_steps/make_shown_steps.py   (needs openpyxl)
"""
import os
import shutil
import subprocess
import tempfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

FORMATS = ["General", "0", "0.000", "#,##0.0", "#,##0,", "0.0,,", "#,##0.00_);(#,##0.00)", '"£"#,##0.00',
           "[Red]0.00;[Blue]-0.0", "0.0%", "0.00E+00", "# ?/?", "@", '#,##0,"k"']


def save(name, rows, formats):
    """rows of [label, figures...]; formats[r][c] the number format of row r's figure c (None: General)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    for r, row in enumerate(rows):
        ws.append(row)
        for c, fmt in enumerate(formats[r] if r < len(formats) else []):
            if fmt:
                ws.cell(row=r + 1, column=c + 2).number_format = fmt
    wb.save(os.path.join(HERE, name))


def formats_workbook():
    rows = [["Format", "Figure"]] + [[f, 1234567.891] for f in FORMATS]
    save("formats.xlsx", rows, [[]] + [[f] for f in FORMATS])
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if not office:
        return
    with tempfile.TemporaryDirectory() as profile:
        for fmt, ext in (("ods", "ods"), ("xls:MS Excel 97", "xls")):
            subprocess.run([office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", fmt,
                            "--outdir", HERE, os.path.join(HERE, "formats.xlsx")], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


LINES = [["Borrowing", 0.133, 0.211], ["Grants", 0.599, 0.596], ["Receipts", 2.216, 3.197]]
HEAD = ["Capital financing (£m)", "2024/25", "2025/26"]


def years(name, total_off, fmt):
    totals = [round(sum(r[c] for r in LINES), 3) for c in (1, 2)]
    totals[1] = round(totals[1] + total_off, 4)
    rows = [HEAD] + [list(r) for r in LINES] + [["Total", *totals]]
    save(name, rows, [[]] + [[fmt, fmt]] * 4)


formats_workbook()
years("years-3dp-total-off.xlsx", 1.0, "0.000")
years("years-3dp-total-near.xlsx", 0.0004, "0.000")
years("years-general-total-off.xlsx", 1.0, None)
save("years-total-1dp.xlsx",
     [["Revenue budget (£m)", "2024/25", "2025/26"], ["Adult social care", 45.27, 47.13],
      ["Children's services", 31.48, 33.06], ["Environment", 12.34, 12.97], ["Corporate", 8.46, 8.71],
      ["Total", 97.6, 101.9]],
     [[]] + [["0.00", "0.00"]] * 4 + [["0.0", "0.0"]])
save("row-total-1dp.xlsx",
     [["Scheme (£m)", "2024/25", "2025/26", "2026/27", "Total"], ["School expansion", 4.27, 3.48, 1.34, 9.1],
      ["Highways resurfacing", 2.11, 2.16, 2.24, 6.5], ["Depot", 0.85, 1.27, 0.42, 2.5]],
     [[]] + [["0.00", "0.00", "0.00", "0.0"]] * 3)
