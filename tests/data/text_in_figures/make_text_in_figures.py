#!/usr/bin/python3
"""Tables of figures with text where a figure belongs (issue 17).

Run from the project root with a python that has openpyxl:
    /usr/bin/python3 tests/data/text_in_figures/make_text_in_figures.py

- budget-actual-<name>.csv: Item | Budget | Actual, three items and a Total
  row; item B's Budget is text that is no figure ('abc', '#REF!', '12O',
  'TBC'). The Budget total (400) is the other two items' figures: read as
  nothing, the text made it seem to agree. The Actual total agrees with its
  rows, which bears the table's structure out.
- budget-actual-ocr.csv: the same with B's Budget '3 ,615' (a figure broken
  by a stray space) and the Total 4,015 that counts it: before, reported as a
  wrong total (400 read); a non-numeric-value error, as '12O' is.
- budget-actual-nil-<name>.csv: B's Budget is nil ('-', 'nil', blank): the
  Budget total agrees, nothing to report.
- budget-actual-marker-<name>.csv: B's Budget is a statistics marker ('..',
  '[x]'): a figure withheld, never an error.
- amount-text.csv: Item | Amount, one column, 'abc' in it: nothing else in
  the table bears its structure out, so the text is not reported; its total
  is said unchecked.
- year-subtotal-<name>.csv: Workstream | 2017/18 | 2018/19 with a Subtotal
  row, so read first as a summary by year, then given way to the inference of
  its totals; Children's 2017/18 is 'TBC' (one non-numeric-value, not one from
  each reading) or '3 ,615' (a figure broken in extraction: one
  non-numeric-value too, its totals unchecked).
- budget-actual-error.xlsx: the budget table as a workbook, B3 a formula's
  error (#REF!) as Excel saves it.
The figures are made up.
"""
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def budget_actual(name, b_budget, budget_total=400):
    rows = [["Item", "Budget", "Actual"], ["A", "100", "110"], ["B", b_budget, "200"], ["C", "300", "310"],
            ["Total", str(budget_total), "620"]]
    with open(os.path.join(HERE, name), "w", newline="") as f:
        for r in rows:
            f.write(",".join('"' + c + '"' if "," in c else c for c in r) + "\n")


def year_subtotal(name, text, subtotal, total):
    with open(os.path.join(HERE, name), "w", newline="") as f:
        f.write('Workstream,2017/18,2018/19\nAdults,100,110\nChildren,"' + text + '",200\nSubtotal,' + subtotal +
                ",310\nPlace,50,60\nTotal," + total + ",370\n")


def main():
    for name, text in [("abc", "abc"), ("ref", "#REF!"), ("12o", "12O"), ("tbc", "TBC")]:
        budget_actual("budget-actual-" + name + ".csv", text)
    budget_actual("budget-actual-ocr.csv", "3 ,615", 4015)
    for name, text in [("dash", "-"), ("word", "nil"), ("blank", "")]:
        budget_actual("budget-actual-nil-" + name + ".csv", text)
    for name, text in [("dots", ".."), ("x", "[x]")]:
        budget_actual("budget-actual-marker-" + name + ".csv", text)
    with open(os.path.join(HERE, "amount-text.csv"), "w", newline="") as f:
        f.write("Item,Amount\nA,100\nB,abc\nC,300\nTotal,400\n")
    year_subtotal("year-subtotal-tbc.csv", "TBC", "100", "150")
    year_subtotal("year-subtotal-ocr.csv", "3 ,615", "3715", "3765")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget"
    for r in [["Item", "Budget", "Actual"], ["A", 100, 110], ["B", "#REF!", 200], ["C", 300, 310],
              ["Total", 400, 620]]:
        ws.append(r)
    assert ws["B3"].data_type == "e"
    wb.save(os.path.join(HERE, "budget-actual-error.xlsx"))


if __name__ == "__main__":
    main()
