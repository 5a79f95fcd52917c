#!/usr/bin/env python3
"""A capital programme by year (Scheme, four year columns, Total) with indented 'of which'
memo lines under two schemes (tester 21, row 1; class: an 'of which' line read as a scheme
of a summary by year). Made up: not a real body's figures. Written into
tests/data/memo_lines/.

An 'of which' line is part of the line above it: the first with a figure in its Total
column only (the years of the grant are not given), the second with its years too. The
Total row adds the schemes, never the memo lines.
- memo-right.csv: every total right: nothing to report (before: an error at each memo
  line's Total, 'the years add up to 0', and the Total row's years over-counted the memo
  with years).
- memo-wrong.csv: the same with one scheme's Total 100 more than its years: an error at
  that Total, none at the memo lines.

usage: python3 tests/data/memo_lines/make_memo_lines.py   (Python standard library only)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))

SCHEMES = [("A38 junction improvements", [4200, 6800, 3100, 0], None),
           ("New primary school", [3400, 7900, 2100, 0], ("   of which: grant funded", None, 9800)),
           ("Extra care housing", [0, 2500, 5400, 3200], None),
           ("Flood alleviation", [980, 2310, 1540, 0], ("   of which: grant funded", [500, 1200, 900, 0], 2600)),
           ("Corporate contingency", [1500, 0, 0, 0], None)]


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def table(wrong_scheme=None):
    rows = [["Capital Programme 2024/25 - 2027/28 (\u00a3000)"], [],
            ["Scheme", "2024/25", "2025/26", "2026/27", "2027/28", "Total"]]
    for name, years, memo in SCHEMES:
        total = sum(years) + (100 if name == wrong_scheme else 0)
        rows.append([name] + [str(y) for y in years] + [str(total)])
        if memo:
            label, memo_years, memo_total = memo
            rows.append([label] + ([str(y) for y in memo_years] if memo_years else [""] * 4) + [str(memo_total)])
    sums = [sum(s[1][k] for s in SCHEMES) for k in range(4)]
    rows.append(["Total"] + [str(x) for x in sums] + [str(sum(sums))])
    return rows


write("memo-right.csv", table())
write("memo-wrong.csv", table("Extra care housing"))
