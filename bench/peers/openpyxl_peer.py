#!/usr/bin/env python3
"""What a finance analyst would otherwise write: read every workbook with
openpyxl (read-only, cached values), find the header row of financial years,
check each row's TOTAL against its years, total by year, and write a
formatted summary with XlsxWriter.

usage: openpyxl_peer.py OUT.xlsx FILE_OR_DIR...
"""
import os
import re
import sys
from decimal import Decimal

import openpyxl
import xlsxwriter

YEAR = re.compile(r"^\s*(?:FY)?\s*(\d{2}|\d{4})\s*[-/]\s*(\d{2}|\d{4})")


def files(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                for n in sorted(names):
                    if n.endswith((".xlsx", ".xlsm")) and not n.startswith(("~$", ".")):
                        yield os.path.join(root, n)
        else:
            yield p


def main():
    out, paths = sys.argv[1], sys.argv[2:]
    by_year = {}
    mismatches = []
    rows_read = 0
    for path in files(paths):
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        for ws in wb.worksheets:
            years, total_col = {}, None
            for r, row in enumerate(ws.iter_rows(values_only=True), start=1):
                texts = [str(v) if v is not None else "" for v in row]
                found = {i: m.group(0) for i, t in enumerate(texts) if (m := YEAR.match(t))}
                if len(found) >= 2:
                    years = found
                    total_col = next((i for i, t in enumerate(texts) if t.strip().upper() == "TOTAL"), None)
                    continue
                if not years:
                    continue
                vals = {}
                for i, y in years.items():
                    v = row[i] if i < len(row) else None
                    if isinstance(v, (int, float)):
                        vals[y] = Decimal(str(v))
                if not vals:
                    continue
                rows_read += 1
                for y, v in vals.items():
                    by_year[y] = by_year.get(y, Decimal(0)) + v
                if total_col is not None and total_col < len(row) and isinstance(row[total_col], (int, float)):
                    if abs(Decimal(str(row[total_col])) - sum(vals.values())) > 1:
                        mismatches.append((path, ws.title, r))
        wb.close()
    book = xlsxwriter.Workbook(out)
    sheet = book.add_worksheet("Summary")
    bold = book.add_format({"bold": True, "bg_color": "#DCE6F1"})
    money = book.add_format({"num_format": '#,##0;-#,##0;"-"'})
    sheet.write_row(0, 0, ["Financial year", "Total £000"], bold)
    for i, (y, v) in enumerate(sorted(by_year.items()), start=1):
        sheet.write(i, 0, y)
        sheet.write_number(i, 1, float(v), money)
    sheet.set_column(0, 1, 16)
    book.close()
    print(f"{rows_read} rows, {len(mismatches)} total mismatches")


if __name__ == "__main__":
    main()
