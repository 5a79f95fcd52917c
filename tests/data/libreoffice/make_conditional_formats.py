#!/usr/bin/env python3
"""Writes conditional-formats.xls: a Budget | Actual table with a Total row, whose Actual
column has a colour scale and whose Budget column has a data bar, as LibreOffice saves it to
.xls. BIFF8 has no record for either, and LibreOffice writes each as an empty record of type
0xFFFF (its EXC_ID_UNKNOWN): a file a spreadsheet program wrote as it always does, which must
read as undamaged, its totals checked (Budget agrees; Actual's Total is 100 off).

Run from the project root (needs python3-openpyxl and libreoffice):
    python3 tests/data/libreoffice/make_conditional_formats.py
"""
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.formatting.rule import ColorScaleRule, DataBarRule

OUT = "tests/data/libreoffice/conditional-formats.xls"

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Budget"
for row in [["Service", "Budget", "Actual"], ["Adults", 1200, 1150], ["Children", 800, 820],
            ["Highways", 450, 470], ["Total", 2450, 2540]]:
    ws.append(row)
ws.conditional_formatting.add("C2:C4", ColorScaleRule(start_type="min", start_color="F8696B",
                                                      end_type="max", end_color="63BE7B"))
ws.conditional_formatting.add("B2:B4", DataBarRule(start_type="min", end_type="max", color="638EC6"))
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "conditional-formats.xlsx")
    wb.save(src)
    subprocess.run(["libreoffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                    "--convert-to", "xls", "--outdir", tmp, src], check=True, capture_output=True)
    data = open(os.path.join(tmp, "conditional-formats.xls"), "rb").read()
    if b"\xff\xff\x00\x00" not in data:
        raise SystemExit("LibreOffice wrote no empty 0xFFFF record: the file would not test what it is for")
    shutil.copyfile(os.path.join(tmp, "conditional-formats.xls"), OUT)
print(OUT)
