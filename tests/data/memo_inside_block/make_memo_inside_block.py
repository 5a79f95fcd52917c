#!/usr/bin/env python3
"""A budget by service over two years with a Change column, and a memorandum line INSIDE the
block ('Memo: ... included above', between ordinary lines, its figure already in the line
above it, not added by the Total) (issue 17; class: memorandum lines, as 'of which' lines,
are no items of a total). Made up: not a real body's figures. Written into
tests/data/memo_inside_block/.

- memo-right.csv / .xlsx: every total right: nothing to report, the Total row checked in
  each year column (before: 'rows read as totals agree with no reading of the rows above
  them', the Total row unchecked).
- memo-total-wrong.csv / .xlsx: the 2025/26 Total 20 more than its lines: an error at it.
- not-included-right.csv / .xlsx, not-included-total-wrong.csv / .xlsx: a line 'not included
  above' is an item the Total adds: the right copy checked, a wrong Total an error at C13.
- memo-line-wrong.csv / .xlsx: the 2024/25 'Housing' line 300 more, its Change worked out
  from it: the 2024/25 Total and the Change Total are both out, so the Total row confirms
  no reading: listed unchecked, no error (never passed as checked).

usage: /usr/bin/python3 tests/data/memo_inside_block/make_memo_inside_block.py   (needs openpyxl)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _fixtures  # noqa: E402  (tests/data/_fixtures.py: the csv and xlsx writers)

LINES = [("Adult social care", 61240, 64185),
         ("Children's services", 38772, 40495),
         ("Housing", 7983, 8015),
         ("Property services", 5251, 5317),
         ("Memo: property recharges included above", 1643, 1559),
         ("Waste collection", 12899, 12674),
         ("Libraries", 3752, 3608),
         ("Parks and open spaces", 4954, 5464)]


def table(total_off=0, housing_off=0):
    rows = [["Place and people directorate"], ["\u00a3000"], [],
            ["Service", "2024/25", "2025/26", "Change"]]
    a_sum = b_sum = 0
    for name, a, b in LINES:
        if not name.startswith("Memo"):
            a_sum += a
            b_sum += b
        if name == "Housing":
            a += housing_off  # typed over after the Total was added up
        rows.append([name, a, b, b - a])
    rows.append(["Total net budget", a_sum, b_sum + total_off, b_sum + total_off - a_sum])
    return rows


def write(name, rows):
    _fixtures.write(HERE, name, rows, "Budget")


write("memo-right", table())
write("memo-total-wrong", table(total_off=20))
write("memo-line-wrong", table(housing_off=300))


def not_included(total_off=0):
    """A line saying its figure is NOT in the lines above ('Capital financing costs not
    included above'): an item the Total adds like any other (review 27: it was read as a
    memorandum, and the Total row went unchecked)."""
    lines = [l for l in LINES if not l[0].startswith("Memo")]
    lines.append(("Capital financing costs not included above", 6120, 6480))
    rows = [["Revenue budget"], ["\u00a3000"], [], ["Service", "2024/25", "2025/26", "Change"]]
    rows += [[n, a, b, b - a] for n, a, b in lines]
    a_sum, b_sum = sum(l[1] for l in lines), sum(l[2] for l in lines) + total_off
    rows.append(["Total net budget", a_sum, b_sum, b_sum - a_sum])
    return rows


write("not-included-right", not_included())
write("not-included-total-wrong", not_included(total_off=-630))
