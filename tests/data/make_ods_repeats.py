#!/usr/bin/env python3
"""OpenDocument sheets that repeat a row with content far more often than a
reader should copy it (written into tests/data/ods_repeats/).

usage: python3 tests/data/make_ods_repeats.py

Python standard library only. Each file is a few hundred bytes: the repeats
are table:number-rows-repeated on one row.
"""
import os, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ods_repeats")
FIXED_TIME = (2024, 4, 1, 12, 0, 0)  # reproducible zips
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def cell(v):
    if isinstance(v, str):
        return f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
    return (f'<table:table-cell office:value-type="float" office:value="{v}">'
            f'<text:p>{v}</text:p></table:table-cell>')


def row(values, repeat=1):
    attr = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{attr}>" + "".join(cell(v) for v in values) + "</table:table-row>"


def write_ods(name, sheets):
    tables = "".join(f'<table:table table:name="{n}">' + "".join(rows) + "</table:table>" for n, rows in sheets)
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               f'<office:document-content {NS} office:version="1.2"><office:body><office:spreadsheet>'
               f"{tables}</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(os.path.join(OUT, name), "w") as z:
        for part, data, how in (("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED),
                                ("content.xml", content, zipfile.ZIP_DEFLATED)):
            info = zipfile.ZipInfo(part, FIXED_TIME)
            info.compress_type = how
            z.writestr(info, data)


HEADER = ["Scheme", "2017-18", "2018-19", "Total"]
N = 200000  # copies of the repeated row: past the reader's budget of 100,000 cells a sheet


def main():
    os.makedirs(OUT, exist_ok=True)
    # Row 3 says 13 where its years add up to 3, repeated 200,000 times; the
    # Total row under the copies counts them all (and is right).
    write_ods("row-error-repeated.ods", [("Budget", [
        row(HEADER),
        row(["Parks", 5, 5, 10]),
        row(["Street lighting", 1, 2, 13], N),
        row(["Total", 5 + N, 5 + 2 * N, 10 + 13 * N]),
    ])])
    # The same table with every figure right: the Total under the copies
    # adds up only with all 200,000 of them, which were not read.
    write_ods("total-under-held-row.ods", [("Budget", [
        row(HEADER),
        row(["Parks", 5, 5, 10]),
        row(["Street lighting", 1, 2, 3], N),
        row(["Total", 5 + N, 5 + 2 * N, 10 + 3 * N]),
    ])])
    # Rows between the copies and the Total: the Total still counts the
    # copies, and the rows under them alone are not what it adds up.
    write_ods("rows-and-total-under-held-row.ods", [("Budget", [
        row(HEADER),
        row(["Parks", 5, 5, 10]),
        row(["Street lighting", 1, 2, 3], N),
        row(["Libraries", 7, 8, 15]),
        row(["Museums", 2, 2, 4]),
        row(["Total", 14 + N, 15 + 2 * N, 29 + 3 * N]),
    ])])
    # Forty sheets, each repeating its row 24,000 times (96,000 cells: within
    # one sheet's budget): the workbook's own budget holds all but the first
    # ten to one copy each.
    write_ods("many-sheets.ods", [(f"Sheet{k + 1}", [row(HEADER), row(["Street lighting", 1, 2, 3], 24000)])
                                  for k in range(40)])
    # 4,097 empty rows each repeated 1,048,576 times put the next row past
    # 2^32: a 32-bit row counter wraps there, and the row under them would be
    # read as row 2, under the header. Refused instead.
    write_ods("rows-past-the-sheet.ods", [("Budget", [row(HEADER)] + [
        '<table:table-row table:number-rows-repeated="1048576"><table:table-cell/></table:table-row>'] * 4097 +
        [row(["Parks", 5, 5, 10])])])


if __name__ == "__main__":
    main()
