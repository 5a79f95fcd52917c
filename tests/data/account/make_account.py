#!/usr/bin/python3
"""Tables for the closing line of the text account (issue 17).

Run from the project root with a python that has openpyxl:
    /usr/bin/python3 tests/data/account/make_account.py

- total-disagrees.csv: Service | 2023-24 | 2024-25, two services, a
  Subtotal, two more services and a Total. Neither the Subtotal nor the
  Total is the sum of any rows above it (the rows, the rows since the
  Subtotal, the Subtotal and the rows under it), in either column, so no
  reading explains the table's totals and its structure is not known: the
  JSON says it is unchecked and why. Before, the text's closing line said
  'no table with totals was recognised'. Two columns and a subtotal, so the
  table stays doubtful whatever is decided of a one-column list whose Total
  is off by a little.
- mixed.xlsx: a sheet 'Summary' whose table's Total adds up (checked) and
  a sheet 'Detail' holding that table: the closing line says the totals
  checked, and that Detail's were not, and why.
- folder/north.xlsx, folder/south.xlsx: two workbooks, each with a sheet
  called 'budget' holding that table. A folder run's closing line must say
  which file each sheet it names is in.
The figures are made up.
"""
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
GOOD = [
    ["Service", "2023-24", "2024-25"],
    ["Libraries", 100, 110],
    ["Parks", 200, 210],
    ["Roads", 400, 410],
    ["Total", 700, 730],
]
ROWS = [
    ["Service", "2023-24", "2024-25"],
    ["Libraries", 100, 110],
    ["Parks", 200, 210],
    ["Subtotal", 350, 380],
    ["Roads", 400, 410],
    ["Lighting", 50, 60],
    ["Total", 952, 1002],
]


def main():
    with open(os.path.join(HERE, "total-disagrees.csv"), "w", newline="") as f:
        for r in ROWS:
            f.write(",".join(str(c) for c in r) + "\n")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    for r in GOOD:
        ws.append(r)
    ws = wb.create_sheet("Detail")
    for r in ROWS:
        ws.append(r)
    wb.save(os.path.join(HERE, "mixed.xlsx"))
    os.makedirs(os.path.join(HERE, "folder"), exist_ok=True)
    for name in ["north", "south"]:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "budget"
        for r in ROWS:
            ws.append(r)
        wb.save(os.path.join(HERE, "folder", name + ".xlsx"))


if __name__ == "__main__":
    main()
