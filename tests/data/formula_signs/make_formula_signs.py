#!/usr/bin/env python3
"""A Total whose own formula takes away a line the table adds (issue 17: a total's own
formula is read as its structure only where it agrees with the cell; a '-' in place of
a '+' agrees with its saved value too, and must not excuse the slip). Written into
tests/data/formula_signs/, recalculated by LibreOffice so the saved values are Excel's.

- right.xlsx: four service lines, Total =SUM(B4:B7): nothing to report.
- sign-slip.xlsx: Total =SUM(B4:B6)-B7: an error at B8.
- sign-slip2.xlsx: Total =B4+B5-B6+B7: an error at B8.
"""
import os
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _fixtures as fx  # noqa: E402


def book(total):
    w = openpyxl.Workbook()
    ws = w.active
    rows = [["Net revenue spend by service 2026/27"], [], ["Service", "Budget £000", "Forecast £000"],
            ["Adults", 41250, 41980], ["Children", 28430, 29120], ["Housing", 6115, 6340],
            ["Public health", 3210, 3190], ["Total", total, "=SUM(C4:C7)"]]
    for r in rows:
        ws.append(r)
    return w


if __name__ == "__main__":
    fx.recalc(HERE, {"right": book("=SUM(B4:B7)"), "sign-slip": book("=SUM(B4:B6)-B7"),
                     "sign-slip2": book("=B4+B5-B6+B7")})
