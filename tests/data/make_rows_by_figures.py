#!/usr/bin/env python3
"""Small workbooks for total rows known by their figures alone (issue 17;
import/layout/structure/rows_by_figures.cpp), written into tests/data/rows_by_figures/:
tables with no label column and no total word, as pasted from a system export, where the
only sign a row is a total is that its figures add up the rows above it.

- quarters-ok: two years, each four rows of quarterly figures and a row adding them, one
  under the other with no blank row, every column right (as a paste-values copy: nothing
  to report, eight totals checked).
- quarters-wrong: the same with one figure of the first year's total wrong: its three
  neighbours add the four rows above, so it is the odd one (an error at that cell).
- two-columns-wrong: only two columns; one adds up, the other not: one witness is no
  structure (no finding, nothing claimed as checked).
- one-column-adds: a row whose first figure happens to equal the two above it while
  its other figures do not: a coincidence, not a total (no finding).
- running-with-subtotal: a row adding the three rows above it, one of them a Total row
  (a running figure, as some sheets keep), one column wrong: the other columns say what
  the row adds, so the odd one is reported, and nothing else.

usage: python3 tests/data/make_rows_by_figures.py   (Python standard library only)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_total_columns import write_xlsx  # noqa: E402  (the same minimal xlsx writer)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "rows_by_figures")

YEARS = [
    [[12500, 3400, 8700, 1250], [15300, 2750, 9100, 1400], [11800, 3150, 8250, 1320], [14200, 2980, 9400, 1180]],
    [[13100, 3520, 8950, 1310], [15800, 2690, 9420, 1450], [12240, 3310, 8600, 1290], [14650, 3050, 9700, 1220]],
]


def quarters(wrong=None):
    rows = [["Q1", "Q2", "Q3", "Q4"]]
    for y, data in enumerate(YEARS):
        rows += [list(r) for r in data]
        total = [sum(r[c] for r in data) for c in range(4)]
        if wrong and y == 0:
            c, v = wrong
            total[c] = v
        rows.append(total)
    return rows


def two_columns():
    data = [[5230, 1840], [3110, 2260], [7450, 3980]]
    return [["Budget", "Actual"], *data, [5230 + 3110 + 7450, 9000]]


def one_column_adds():
    return [["Budget", "Actual", "Forecast"],
            [1200, 1150, 1180], [800, 860, 840], [2000, 1730, 1640], [950, 990, 975]]


def running_with_subtotal(wrong):
    data = [[140, 220, 310], [460, 530, 610], [720, 840, 960]]
    sub = [sum(r[c] for r in data) for c in range(3)]
    rows = [[None, "North", "South", "East"]] + [[None, *r] for r in data] + [["Total", *sub]]
    running = [data[1][c] + data[2][c] + sub[c] for c in range(3)]
    if wrong:
        c, v = wrong
        running[c] = v
    rows.append([None, *running])
    return rows


def main():
    os.makedirs(OUT, exist_ok=True)
    files = {
        "quarters-ok.xlsx": ("Export", quarters()),
        "quarters-wrong.xlsx": ("Export", quarters((2, 35650))),
        "two-columns-wrong.xlsx": ("Export", two_columns()),
        "one-column-adds.xlsx": ("Export", one_column_adds()),
        "running-with-subtotal.xlsx": ("Sheet1", running_with_subtotal((0, 2420))),
    }
    for name, (sheet, rows) in files.items():
        write_xlsx(os.path.join(OUT, name), sheet, rows)
        print(os.path.join("tests/data/rows_by_figures", name))


if __name__ == "__main__":
    main()
