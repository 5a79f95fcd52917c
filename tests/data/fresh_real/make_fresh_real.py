#!/usr/bin/env python3
"""Small tables for false alarms met on fresh real public finance CSVs (issue 17),
written into tests/data/fresh_real/. Each is the class of a real case, cut down and
renamed: not the real file.

"Of which" lines (a breakdown of the line above it, not one more line a total adds):
- of-which-forms.csv: functions with lines written "O/w ...", "of which ...", "Of which:
  ...", "- of which ..." and "O/W ..." under them, in two columns; each Total adds the
  functions alone (agrees: nothing to report, both totals checked).
- of-which-one-column.csv: the same in one column (a lone Total under a list): agrees.
- of-which-wrong.csv: one column whose Total is more than its functions add (and less
  than they add with the "of which" line counted): no reading explains it, an error.
- of-which-hierarchy.csv: a budget speech's table of functions, an "O/w" line and other
  lines under each function that are its parts too, unmarked; the Total adds the
  functions alone, less than every line counted: a hierarchy fundbook cannot read, so
  unchecked, not an error.
- of-which-under-parent.csv: a fund's figure over the lines under it, the first of them
  an "o/w" line (the fund is the o/w line and the line after it): still read as the
  total above its rows and checked.

A line whose figures happen to equal the lines above it (not named a subtotal, no formula):
- coincidence-after-nil.csv: "Supplies" equals "Salaries" and "Training" added, then a nil
  line ("-", which splits the list as a blank row does), two more lines, and a Total that
  adds every line: the Total agrees read flat, so nothing to report and only it checked.
- coincidence-after-nil-wrong.csv: the same with the Total 7,000 too high: no reading
  explains it, an error.
- coincidence-two-columns.csv: Budget and Actual, "Supplies" equal to the two lines above it
  in both, no blank row; the Total adds every line: agrees (its 2 figures checked).

A figure broken in extraction from a PDF, text with a stray space among its digit groups:
- broken-figure.csv: functions, one figure written "1 ,273,768,804.00", and a Grand Total
  that adds them all (the broken one as 1,273,768,804): the broken row is no header (the
  column keeps its name, "2016 Budget"), and the Grand Total counts a figure that is not a
  number as written, so it is unchecked, said why, never an error.
- broken-figure-inside.csv: the same with "1 20,000,000" (a space inside a digit group)
  in a list of five whose Total is far off any reading: still unchecked, not an error.

usage: python3 tests/data/fresh_real/make_fresh_real.py   (Python standard library only)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def of_which():
    write("of-which-forms.csv", [
        ["Function", "Budget", "Actual"],
        ["Health", 1040, 980],
        ["O/w Drugs", 610, 577],
        ["Education", 2230, 2211],
        ["of which schools", 1200, 1250],
        ["Housing", 455, 431],
        ["Of which: grants", 120, 101],
        ["Transport", 307, 298],
        ["- of which roads", 207, 190],
        ["Social Protection", 811, 799],
        ["O/W Cash Transfer", 402, 405],
        ["Total", 1040 + 2230 + 455 + 307 + 811, 980 + 2211 + 431 + 298 + 799],
    ])
    write("of-which-one-column.csv", [
        ["Function", "Budget"],
        ["Health", 1043],
        ["O/w Drugs", 611],
        ["Education", 2317],
        ["Housing", 452],
        ["Total", 1043 + 2317 + 452],
    ])
    write("of-which-wrong.csv", [
        ["Function", "Budget"],
        ["Health", 1043],
        ["of which Drugs", 611],
        ["Education", 2317],
        ["Housing", 452],
        ["Total", 4101],  # the functions add 3,812; with the "of which" line 4,423
    ])
    write("of-which-hierarchy.csv", [
        ["FUNCTION", "BUDGET"],
        ["General Public Services", 73815],
        ["O/w Domestic Debt", 37334],
        ["External Debt", 16664],
        ["Arrears", 5674],
        ["Defence", 10321],
        ["Economic Affairs", 48713],
        ["O/w Farmer Input Support", 9270],
        ["Strategic Food Reserve", 2366],
        ["Health", 23167],
        ["O/w Drugs and Medical Supplies", 4951],
        ["Medical Equipment", 718],
        ["TOTAL", 73815 + 10321 + 48713 + 23167],
    ])
    write("of-which-under-parent.csv", [
        ["Programme", "Budget"],
        ["Development Fund", 3223],
        ["o/w Community Projects", 2420],
        ["Youth Empowerment", 803],
    ])


def coincidence():
    lines = [["Salaries", 104250], ["Training", 51380], ["Supplies", 104250 + 51380], ["Conferences", "-"],
             ["Rent", 20400], ["Printing", 5125]]
    flat = sum(v for _, v in lines if v != "-")
    write("coincidence-after-nil.csv", [["Item", "Budget"]] + lines + [["Total", flat]])
    write("coincidence-after-nil-wrong.csv", [["Item", "Budget"]] + lines + [["Total", flat + 7000]])
    rows = [["Salaries", 104250, 98120], ["Training", 51380, 41765], ["Supplies", 155630, 139885],
            ["Rent", 20400, 20400]]
    write("coincidence-two-columns.csv", [["Item", "Budget", "Actual"]] + rows +
          [["Total", sum(r[1] for r in rows), sum(r[2] for r in rows)]])


def broken_figures():
    write("broken-figure.csv", [
        ["Function", "2016 Budget"],
        ["Education", "9,143,215,926.00"],
        ["Social Protection", "1 ,273,768,804.00"],
        ["Public Service Pension Fund", "805,000,000.00"],
        ["Social Cash Transfer", "302,000,000.00"],
        ["Food Security Pack", "20,000,000.00"],
        ["Grand Total", "11,543,984,730.00"],
    ])
    write("broken-figure-inside.csv", [
        ["Function", "Budget"],
        ["Debt", "27,364,645,716"],
        ["Arrears", "3,105,998,428"],
        ["Summit Meetings", "1 20,000,000"],
        ["Compensation Fund", "312,550,000"],
        ["Equalisation Fund", "1,339,252,754"],
        ["Total", "52,000,000,000"],
    ])


if __name__ == "__main__":
    of_which()
    coincidence()
    broken_figures()
