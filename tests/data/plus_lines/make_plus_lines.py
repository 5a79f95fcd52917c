#!/usr/bin/env python3
"""Lines whose label says the sum they are ("Income plus bank balance b/f"), as a small
council's receipts and payments account works out its cash (issue 17, fresh3 class G),
written into tests/data/plus_lines/. The class of a real case, made up: not the real file.

- plus-line.csv: TOTAL INCOME over three precepts, the bank balance brought forward, and
  "Income plus bank balance b/f" (their sum): checked as the two lines it names, agrees.
- plus-line-wrong.csv: the same with the plus line 3,000 too high (a figure mistyped):
  an error there, against 'TOTAL INCOME' plus 'Bank Balance b/f'.
- plus-line-wrong-sub-total.csv: the plus line 54 too high, then "Less cheques not
  presented" and a "Sub Total" that is right (TOTAL INCOME plus the balance, less the
  cheques): an error at the plus line only, the Sub Total explained by the plus line's
  two lines (before: a false error at the Sub Total too, its rows added as written).
- plus-line-other-income.csv (review 19 H1): an account that calls its income "RECEIPTS",
  right in both years; the only line with "income" in it is 'Other income', which names
  more than "income": not taken for it, so no error (before: a false error each year).
- plus-line-two-income-totals.csv: 'TOTAL INCOME', then 'Total investment income' under
  it, then the plus line: which income the label means is not known, so no error.
- plus-line-unsure.csv (the near miss): "Income plus reserves" under two reserve lines
  and no reserves total: which line "reserves" names the words do not say, so it is not
  checked, and said unchecked (no error, though its figure is wrong).

usage: python3 tests/data/plus_lines/make_plus_lines.py   (Python standard library only)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def account(off=0, cheques=None):
    precepts = [3500.00, 3500.00, 3500.00]
    income = sum(precepts)
    bf = 4474.81
    rows = [["INCOME", ""]] + [[f"Precept {k + 1}", f"{p:,.2f}"] for k, p in enumerate(precepts)]
    rows += [["TOTAL INCOME", f"{income:,.2f}"], ["Bank Balance b/f", f"{bf:,.2f}"],
             ["Income plus bank balance b/f", f"{income + bf + off:,.2f}"]]
    if cheques is not None:
        rows += [["Less cheques not presented", f"{cheques:,.2f}"],
                 ["Sub Total", f"{income + bf - cheques:,.2f}"]]
    return rows


write("plus-line.csv", account())
write("plus-line-wrong.csv", account(off=3000))
write("plus-line-wrong-sub-total.csv", account(off=54, cheques=150))
write("plus-line-unsure.csv", [["INCOME", ""], ["Precept 1", "3,500.00"], ["Precept 2", "3,500.00"],
                               ["TOTAL INCOME", "7,000.00"], ["General reserves", "1,200.00"],
                               ["Earmarked reserves", "800.00"], ["Income plus reserves", "9,500.00"]])
write("plus-line-other-income.csv",
      [["RECEIPTS", "2022/23", "2023/24"], ["Precept", "10,000.00", "10,500.00"], ["Grant", "1,500.00", "1,500.00"],
       ["Other income", "200.00", "250.00"], ["TOTAL RECEIPTS", "11,700.00", "12,250.00"], ["PAYMENTS", "", ""],
       ["Staff", "6,000.00", "6,200.00"], ["Running costs", "2,600.00", "2,800.00"],
       ["TOTAL PAYMENTS", "8,600.00", "9,000.00"], ["Bank balance b/f", "3,000.00", "6,100.00"],
       ["Income plus bank balance b/f", "14,700.00", "18,350.00"]])
write("plus-line-two-income-totals.csv",
      [["INCOME", ""], ["Precept", "10,000.00"], ["Grant", "1,500.00"], ["TOTAL INCOME", "11,500.00"],
       ["Investment income", ""], ["Interest", "40.00"], ["Dividends", "60.00"], ["Total investment income", "100.00"],
       ["Bank balance b/f", "3,000.00"], ["Income plus bank balance b/f", "14,600.00"]])
