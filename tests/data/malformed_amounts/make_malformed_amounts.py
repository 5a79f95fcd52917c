#!/usr/bin/env python3
"""Amounts mistyped with two decimal points after a currency sign ("\u00a3723.79.48",
"\u00a320.434.45" in a TOTAL cell), as a community council's audited accounts print them
(issue 17, fresh3 class K), written into tests/data/malformed_amounts/. The class of a
real case, made up: not the real file.

Before, such a cell was skipped in silence (its line was read as a heading, ending the
table above it), while a footnote letter in a figures cell was reported. Now it is a
broken figure like "195,7": an error (non-numeric-value) in a column a total adds inside
a table whose structure its totals bear out, else cited at its cell in the account.

- malformed-in-checked-table.csv: receipts and payments, "TOTAL INCOME" adding its four
  lines (agrees: the structure is borne out), then five payments, one '\u00a3723.79.48',
  and "TOTAL EXPENDITURE" over them: an error at the mistyped payment and no other; the
  expenditure total that counts it is not checked, and says why.
- malformed-in-list.csv: the payments alone, one '\u00a3723.79.48' and the TOTAL written
  '\u00a320.434.45': no total can be checked, so no error; both cells cited in the account.
- well-written-list.csv (the near miss): the same list written right ('\u00a3723.79',
  '\u00a311,222.79'): the total is checked and agrees, nothing cited.
- dotted-dates.csv (the near miss): a list of payments with their dates written
  '31.03.2023' beside the amounts: two points without a currency sign are a date, not a
  figure lost in the writing, never cited.
- euro-point-thousands.csv (the near miss, review 18 H6): a grants table whose only
  figure in one row is written '\u20ac1.234.567' (points as thousands, the reading that
  makes the Total agree): no broken figure, no error (before the fix: non-numeric-value).

usage: python3 tests/data/malformed_amounts/make_malformed_amounts.py   (Python standard library only)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def pounds(p):
    return f"\u00a3{p / 100:,.2f}"


INCOME = [("Precept 1", 350000), ("Precept 2", 350000), ("Precept 3", 350000), ("VAT reclaim", 131191)]
PAYMENTS = [("Staff Costs", 475000), ("General Administration", 138182), ("Translation Services", 72379),
            ("Footway Lighting", 391364), ("Bus Shelter", 47700)]


def payments(mistyped_item=True, mistyped_total=False):
    rows = []
    for name, p in PAYMENTS:
        rows.append([name, "\u00a3723.79.48" if name == "Translation Services" and mistyped_item else pounds(p)])
    total = sum(p for _, p in PAYMENTS)
    rows.append(["TOTAL EXPENDITURE", "\u00a311.222.79" if mistyped_total else pounds(total)])
    return rows


write("malformed-in-checked-table.csv",
      [["Accounts for the year", ""], ["INCOME", ""]] + [[n, pounds(p)] for n, p in INCOME] +
      [["TOTAL INCOME", pounds(sum(p for _, p in INCOME))], ["EXPENDITURE", ""]] + payments())
write("malformed-in-list.csv", [["EXPENDITURE", ""]] + payments(mistyped_total=True))
write("well-written-list.csv", [["EXPENDITURE", ""]] + payments(mistyped_item=False))
write("dotted-dates.csv", [["Paid on", "Payee", "Amount"]] +
      [[f"{d:02d}.03.2023", n, f"{p / 100:.2f}"] for d, (n, p) in zip(range(3, 30, 5), PAYMENTS)] +
      [["", "Total", f"{sum(p for _, p in PAYMENTS) / 100:.2f}"]])
write("euro-point-thousands.csv", [["Item", "2023", "2024"], ["Grants", "1200000", "1300000"],
                                   ["EU structural fund", "", "\u20ac1.234.567"], ["Fees", "300000", "400000"],
                                   ["Rents", "150000", "160000"], ["Total", "1650000", "3094567"]])
