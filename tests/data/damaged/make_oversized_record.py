#!/usr/bin/env python3
"""Writes tests/data/damaged/oversized-record.xls: the LibreOffice .xls of the baseline sample
with one byte changed, the high byte of the length of the first sheet's first LABELSST (a
text cell) record (10 -> 64522). BIFF8 records hold at most 8224 bytes; every record after the
damaged one would be read from the wrong place, and a mutation run found fundbook silently
lost most of the sheet's rows (and the sample's error) that way. It must be refused as damaged.

Run from the project root: python3 tests/data/damaged/make_oversized_record.py
"""
SRC = "tests/data/libreoffice/baseline-2017-06-transformation-fund.xls"
OUT = "tests/data/damaged/oversized-record.xls"

d = bytearray(open(SRC, "rb").read())
p = d.find(b"\x09\x08\x10\x00")  # the workbook globals' BOF (BIFF8)
bofs = 0
while True:
    kind, size = d[p] | d[p + 1] << 8, d[p + 2] | d[p + 3] << 8
    bofs += kind == 0x0809
    if kind == 0x00FD and bofs >= 2:  # LABELSST in the first sheet
        d[p + 3] = 0xFC
        break
    p += 4 + size
open(OUT, "wb").write(d)
print(OUT, "LABELSST record at byte", p)
