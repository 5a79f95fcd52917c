#!/usr/bin/env python3
"""A one-column table whose first line's figure, written as text, falls between 1900 and 2100
('Agency staff,2070' under 'Item,Cost'): a figure, not a year heading (issue 17: a row of years
written as text heads columns, but a line right under the header that names the column is a
line). Made up: not a real council's figures. Written into tests/data/year_like_figures/ as csv
and as xlsx whose cells are all text, as an export writes them.

Before, the line was read as a second header row, so the table started under it: its Total agreed
with no reading of the rows above, and the table was listed unchecked (a wrong Total passed).
- right: silent, its Total checked.
- total-off: the Total typed 100 high: an error at it (B8).
- line-off: the first line typed 2080 (still year-like), the Total left: an error at the Total (B8).
- year-heading (guard): 'Service | 2024' under a one-line title, lines under it: the year heads
  the column (no header row names it above); silent, its Total checked.
- year-under-header (guard): ' | 2024' with no label under 'Service | Budget GBP000': a second
  header row; silent, its Total checked.

usage: /usr/bin/python3 tests/data/year_like_figures/make_year_like_figures.py   (needs openpyxl; tests/data/_fixtures.py)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _fixtures  # noqa: E402  (tests/data/_fixtures.py)

LINES = [("Agency staff", 2070), ("Overtime", 3500), ("Consultants", 1200), ("Temporary cover", 845)]


def write(name, rows):
    # every cell text in the xlsx too, as an export writes them
    _fixtures.write(HERE, name, [[str(x) for x in r] for r in rows], "Costs")


def costs(first_slip=0, total_slip=0):
    rows = [["Staffing costs 2025/26"], [], ["Item", "Cost"]]
    for n, (label, v) in enumerate(LINES):
        rows.append([label, v + (first_slip if n == 0 else 0)])
    rows.append(["Total", sum(v for _, v in LINES) + total_slip])
    return rows


SERVICES = [("Libraries", 420), ("Museums", 310), ("Parks", 655)]


def year_heading():
    rows = [["Budget by service"], [], ["Service", "2024"]]
    rows += [[s, v] for s, v in SERVICES]
    rows.append(["Total", sum(v for _, v in SERVICES)])
    return rows


def year_under_header():
    rows = [["Budget by service"], [], ["Service", "Budget \u00a3000"], ["", "2024"]]
    rows += [[s, v] for s, v in SERVICES]
    rows.append(["Total", sum(v for _, v in SERVICES)])
    return rows


write("right", costs())
write("total-off", costs(total_slip=100))
write("line-off", costs(first_slip=10))
write("year-heading", year_heading())
write("year-under-header", year_under_header())
