#!/usr/bin/env python3
"""Writes tests/data/damaged/sheet-list-lost.xls: the LibreOffice .xls of the October 2016
bids sample with one byte changed, the high byte of the first XF record's length (20 ->
4628), so that record swallows the workbook's sheet list (its BOUNDSHEET records). A mutation
run found fundbook then read a workbook of no sheets and passed it ("no table recognised",
exit 0); it must be refused as damaged.

Run from the project root: python3 tests/data/damaged/make_no_sheets.py
"""
SRC = "tests/data/libreoffice/gpc-2016-10-transformation-fund-bids.xls"
OUT = "tests/data/damaged/sheet-list-lost.xls"

d = bytearray(open(SRC, "rb").read())
p = d.find(b"\x09\x08\x10\x00")  # the workbook globals' BOF (BIFF8)
while True:
    kind, size = d[p] | d[p + 1] << 8, d[p + 2] | d[p + 3] << 8
    if kind == 0x00E0:  # XF
        d[p + 3] = 0x12
        break
    p += 4 + size
open(OUT, "wb").write(d)
print(OUT, "XF record at byte", p)
