#!/usr/bin/python3
"""Workbooks for the account of what was checked (issue 17).

Run from the project root with a python that has openpyxl:
    /usr/bin/python3 tests/data/coverage/make_coverage.py

- identifiers.xlsx: a grants list with no total. Its identifier columns
  (Charity Number, Company No., Supplier ID, Cost Centre Code, Account Ref,
  and a 'Vendor' column of six-digit numbers) are not figures; only the
  Amount column (five-digit whole pounds) and the Months column are figures
  left unchecked: 2 x 8 = 16.
The figures are made up.
"""
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def identifiers():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Grants"
    ws.append(["Grants awarded 2024/25"])
    ws.append([])
    ws.append(["Recipient", "Charity Number", "Company No.", "Supplier ID", "Cost Centre Code", "Account Ref",
               "Vendor", "Amount", "Months"])
    names = ["Riverside Youth", "Westgate Tenants", "Home-Start", "Wildlife Trust", "Community Hall",
             "Food Bank", "Men's Shed", "Carers Centre"]
    for k, name in enumerate(names):
        ws.append([name, 1031812 + 977 * k, 4012345 + 31 * k, 20217 + 11 * k, 4100 + k, 88001 + k,
                   500100 + 7 * k, 10500 + 1250 * k, 12 + k])
    wb.save(os.path.join(HERE, "identifiers.xlsx"))


if __name__ == "__main__":
    identifiers()
