#!/usr/bin/env python3
"""A small council's annual return statement of accounts (issue 17, class: a second wrong
figure hides the first). Each line between the balances is marked with its sign, as the
annual return's form writes them: "1. Balances brought forward", "2. (+) Annual precept",
"3. (+) Total other receipts", "4. (-) Staff costs", "5. (-) Loan interest/capital
repayments", "6. (-) Total other payments", "7. (+) Balances carried forward" (which must
equal 1 + 2 + 3 - 4 - 5 - 6), then cash, assets and borrowings. Two years side by side and
a notes column. Made up: not a real council's figures. Written into tests/data/marked_signs/.

Before, the closing balance was believed only where its arithmetic held in a column: with
one year wrong the other year confirmed it and the wrong one was reported; with both years
wrong nothing confirmed it and neither was (the table said "structure not known").
- statement.csv: both years right (as pasted from a workbook's values): nothing to report.
- statement-one-wrong.csv: the second year's balance carried forward 360 over: an error
  there only.
- statement-two-wrong.csv: the same, and the first year's staff costs 7% over, so its
  balance carried forward is 7,624 over what its lines give: errors at both.
- unmarked-two-wrong.csv: the same figures as statement-two-wrong.csv with the (+) and (-)
  marks taken out of the labels: nothing states the arithmetic and no column bears a
  reading out, so neither balance is accused (said unchecked).
- statement-two-wrong-no-year-number.csv: statement-two-wrong.csv with both years headed
  "Year ending 31 March", no year number (as the form prints them): errors at both.
- box-column.csv: an annual return export with a 'Box' column numbering the lines 1 to 7
  before the two years (review 19, H3). The first year's balance carried forward is
  transposed (43,561 for 43,516): an error there. The marks state how a year's balance is
  worked out, not the box numbers: the box of the balance carried forward (7) is not
  accused through them.

Payments written negative, in brackets, as many returns write them (issue 17): a line
marked (-) and written "(38,912)" has its sign in its figure already, so the balance
carried forward is the lines' sum as written. Before, the marks' relation took such lines
off again: it accused a right year and gave a wrong figure for a wrong one.
- negative.csv: statement.csv's lines 1-7 with the payments in brackets, both years right:
  nothing to report.
- negative-two-wrong.csv: the same with both years' balance carried forward over (90 and
  360): errors at both, each saying what the lines as written give (43,516 and 52,114),
  not a figure with the payments taken off twice.
- negative-box-one-wrong.csv: box-column.csv's return with the payments in brackets and
  the second year's balance 360 over: an error there only (before, the right first year
  was accused too).

Every figure a round thousand (issue 17, never claim a check not made): a one-year return
with a 'Box' column, its figures 12,000, 30,000, 5,000, 15,000, 2,000 and 18,000, as a
budget's round figures are. Their rounding step is read as 1,000 and the marks' relation
over seven figures allows two steps of it.
- round-thousands-wrong.csv: '(=) Balances carried forward' 13,000 where the marks give
  12,000. Before, that was within the rounding and passed as "every total checked
  agrees"; now a rounding-difference note at it says the 1,000 and the allowance.
- round-thousands.csv (guard): the same, right: nothing to report.

usage: python3 tests/data/marked_signs/make_marked_signs.py   (Python standard library only)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


LINES = [  # label, sign, (year 1, year 2), note
    ("1. Balances brought forward", 0, (249475, 243516), "Balances at the start of the year."),
    ("2. (+) Annual precept", +1, (181217, 181217), "Precept received this year."),
    ("3. (+) Total other receipts", +1, (49090, 46375), "Income other than the precept."),
    ("4. (-) Staff costs", -1, (108912, 81607), "Salaries, wages, PAYE, NI and pensions."),
    ("5. (-) Loan interest/capital repayments", -1, (0, 0), "Interest and capital repaid."),
    ("6. (-) Total other payments", -1, (127354, 117387), "Payments other than lines 4 and 5."),
]


def f(x):
    return "{:,}".format(x)


def statement(carried_off=(0, 0), staff_factor=1.0, marked=True, years=("2012", "2013")):
    rows = [["Section 1 - Statement of Accounts"] + [("Year ending 31 March " + y).strip() for y in years] + ["Notes"]]
    closing = [0, 0]
    for label, sign, figs, note in LINES:
        figs = list(figs)
        if label.startswith("4.") and staff_factor != 1.0:
            figs[0] = round(figs[0] * staff_factor)
        for y in range(2):
            # The balances carry the true figures: a wrong line makes the closing balance wrong.
            closing[y] += (LINES[[l[0] for l in LINES].index(label)][2][y]) * (sign or 1)
        if not marked:
            label = label.replace("(+) ", "").replace("(-) ", "")
        rows.append([label, f(figs[0]), f(figs[1]), note])
    label = "7. (+) Balances carried forward" if marked else "7. Balances carried forward"
    rows.append([label, f(closing[0] + carried_off[0]), f(closing[1] + carried_off[1]),
                 "Balances at the end of the year. (Must equal (1+2+3) - (4+5+6))"])
    rows.append(["8. Total cash and short term investments", f(253212), f(286469), "Bank and cash at 31 March."])
    rows.append(["9. Total fixed assets and long term assets", f(1147662), f(1149062), "Asset register values."])
    rows.append(["10. Total borrowings", "0", "0", "Loans outstanding."])
    return rows


write("statement.csv", statement())
write("statement-one-wrong.csv", statement((0, 360)))
write("statement-two-wrong.csv", statement((0, 360), 1.07))
write("unmarked-two-wrong.csv", statement((0, 360), 1.07, marked=False))
write("statement-two-wrong-no-year-number.csv", statement((0, 360), 1.07, years=("", "")))


BOX_LINES = [  # label, (year 1, year 2)
    ("Balances brought forward", (49475, 43516)),
    ("(+) Annual precept", (81217, 81217)),
    ("(+) Total other receipts", (9090, 6375)),
    ("(-) Staff costs", (38912, 31607)),
    ("(-) Loan interest/capital repayments", (0, 0)),
    ("(-) Total other payments", (57354, 47387)),
    ("(=) Balances carried forward", (43561, 52114)),  # 43,516 transposed in the first year
]
write("box-column.csv",
      [["Section 1 - Statement of Accounts", "Box", "Year ending 31 March 2023", "Year ending 31 March 2024"]] +
      [[label, str(box), f(a), f(b)] for box, (label, (a, b)) in enumerate(BOX_LINES, 1)])


def bracketed(x):
    return "(" + f(x) + ")" if x else "0"


def negative(carried_off=(0, 0)):
    rows = [["Section 2 - Accounting statements", "Year ending 31 March 2023", "Year ending 31 March 2024"]]
    closing = [0, 0]
    for label, sign, figs, _ in LINES:
        for y in range(2):
            closing[y] += figs[y] * (sign or 1)
        rows.append([label] + [bracketed(x) if sign < 0 else f(x) for x in figs])
    rows.append(["7. (=) Balances carried forward", f(closing[0] + carried_off[0]), f(closing[1] + carried_off[1])])
    return rows


write("negative.csv", negative())
write("negative-two-wrong.csv", negative((90, 360)))

BOX_RIGHT = [(label, (43516, 52114) if label.startswith("(=)") else figs) for label, figs in BOX_LINES]
write("negative-box-one-wrong.csv",
      [["Section 2 - Accounting statements", "Box", "Year ending 31 March 2023", "Year ending 31 March 2024"]] +
      [[label, str(box)] + [bracketed(x) if label.startswith("(-)") else f(x) for x in
                             ((a, b + 360) if label.startswith("(=)") else (a, b))]
       for box, (label, (a, b)) in enumerate(BOX_RIGHT, 1)])


ROUND = [("Balances brought forward", 12000), ("(+) Precept", 30000), ("(+) Total other receipts", 5000),
         ("(-) Staff costs", 15000), ("(-) Loan interest/capital repayments", 2000), ("(-) All other payments", 18000)]


def round_thousands(carried):
    return ([["Box", "Description", "Year ending 31 March \u00a3"]] +
            [[str(box), label, str(x)] for box, (label, x) in enumerate(ROUND, 1)] +
            [["7", "(=) Balances carried forward", str(carried)]])


write("round-thousands.csv", round_thousands(12000))
write("round-thousands-wrong.csv", round_thousands(13000))
