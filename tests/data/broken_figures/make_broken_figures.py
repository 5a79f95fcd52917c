#!/usr/bin/env python3
"""Tables with figures lost in the writing (issue 17): text that is a figure's digits and
marks but no number as written, as an extraction from a PDF leaves it ("21,5" with a
decimal comma among figures with decimal points, "7. 5" with a stray space). The class of
cases met on fresh real public finance files, cut down and renamed: not the real files.
Written into tests/data/broken_figures/.

Before, such cells were treated three ways in one table: an error where a named total
whose other totals agree counted it, a citation inside another total's unchecked reason,
or nothing at all (a total's own figure, a figure whose column's total was itself broken).
Now each is one kind of cell: a non-numeric-value error in a table whose structure its
own totals bear out, and cited at its cell in the account where they do not.

- months-broken.csv: six income lines by month with a Total column and a Total Income
  row, every figure as it should be but four written broken: C3 '21,5', D4 '7. 5' (a
  stray space), B5 '3,0' and C8 '53,0' (the Aug total's own figure). The Total column
  agrees on the other lines, the Jul-Oct totals where nothing broken is counted: the
  structure is borne out. After: an error at each of B5, C3, C8, D4 and no other.
- doubtful-broken.csv: Budget | Actual whose Total row agrees with no reading (the
  structure is not known): B3 '21,5' and C4 '7. 5' each cited in the account at its cell
  (before: said nowhere), no error.
- unnamed-total-broken.csv: Budget | Actual whose last row, unlabelled, adds up the Actual
  lines: a total by its place alone, which bears out no structure (a sheet of format
  codes and their results adds up so by chance): B3 '21,5' cited at its cell, no error.

usage: python3 tests/data/broken_figures/make_broken_figures.py   (Python standard library only)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


LINES = [["Rates", "10.0", "11.0", "12.0", "13.0"], ["Grants", "20.0", "21.5", "22.0", "23.0"],
         ["Fees", "5.0", "6.0", "7.5", "8.0"], ["Other", "3.0", "4.0", "5.0", "6.0"],
         ["Interest", "1.0", "1.5", "2.0", "2.5"], ["Sales", "8.0", "9.0", "10.0", "11.0"]]
BROKEN = {(2, 2): "21,5", (3, 3): "7. 5", (4, 1): "3,0", (7, 2): "53,0"}  # (row, col), 0-based in the table


def months_broken():
    rows = [["Income", "Jul 31", "Aug 31", "Sep 30", "Oct 31", "Total"]]
    for line in LINES:
        rows.append(line + ["%.1f" % sum(float(x) for x in line[1:])])
    totals = ["%.1f" % sum(float(r[c]) for r in rows[1:]) for c in range(1, 6)]
    rows.append(["Total Income"] + totals)
    for (r, c), text in BROKEN.items():
        assert float(rows[r][c]) == float(text.replace(",", ".").replace(" ", ""))
        rows[r][c] = text
    write("months-broken.csv", rows)


months_broken()
write("doubtful-broken.csv", [
    ["Line", "Budget", "Actual"],
    ["Rates", "10.0", "11.0"],
    ["Grants", "21,5", "22.0"],
    ["Fees", "5.0", "7. 5"],
    ["Other", "3.0", "4.0"],
    ["Total", "39.5", "50.0"],
])
write("unnamed-total-broken.csv", [
    ["Item", "Budget", "Actual"],
    ["Rates", "10.0", "11.0"],
    ["Grants", "21,5", "22.0"],
    ["Fees", "5.0", "7.0"],
    ["Other", "2.0", "3.0"],
    ["", "38.5", "43.0"],
])
# A budget table whose totals agree, beside a column of report paragraphs no
# total adds ("3.3, 3.4" names two paragraphs): no figure lost in the writing.
write("paragraph-column.csv", [
    ["Service", "Para", "Budget", "Actual"],
    ["Libraries", "3.1", "120", "118"],
    ["Museums", "3.2", "80", "84"],
    ["Parks", "3.3, 3.4", "60", "61"],
    ["Leisure", "3.5", "40", "37"],
    ["Total", "", "300", "300"],
])
