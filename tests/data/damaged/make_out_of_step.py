#!/usr/bin/env python3
"""Writes two .xls files from the LibreOffice .xls of the baseline sample, each with one
record of the first sheet damaged before the row that holds the sample's error (I124):

  record-length-damaged.xls  the low byte of a LABELSST (text cell) record's length,
                             10 -> 250: the record swallows the records after it and the
                             reader is out of step from there (a mutation run found the
                             sample's error lost this way, with no word).
  record-type-damaged.xls    the type of an RK (number cell) record changed to 0x6F00, a type no
                             spreadsheet writes: the cell was dropped without a word.

Both must say the sheet is damaged from that record (or still report the error).
Run from the project root: python3 tests/data/damaged/make_out_of_step.py
"""
SRC = "tests/data/libreoffice/baseline-2017-06-transformation-fund.xls"


def records(d):
    """(offset, type, size) of the records from the workbook globals' BOF on."""
    p = d.find(b"\x09\x08\x10\x00")
    while p + 4 <= len(d):
        kind, size = d[p] | d[p + 1] << 8, d[p + 2] | d[p + 3] << 8
        yield p, kind, size
        p += 4 + size


def damage(out, wanted, nth, change):
    d = bytearray(open(SRC, "rb").read())
    bofs, seen = 0, 0
    for p, kind, size in records(d):
        bofs += kind == 0x0809
        if bofs >= 2 and kind == wanted:
            seen += 1
            if seen == nth:  # well inside the sheet, before row 124
                change(d, p)
                open(out, "wb").write(d)
                print(out, "record at byte", p)
                return
    raise SystemExit("no such record in " + SRC)


def longer(d, p):
    d[p + 2] = 250


def unknown_type(d, p):
    d[p], d[p + 1] = 0x00, 0x6F


damage("tests/data/damaged/record-length-damaged.xls", 0x00FD, 20, longer)
damage("tests/data/damaged/record-type-damaged.xls", 0x027E, 2, unknown_type)
