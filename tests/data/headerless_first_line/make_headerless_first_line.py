#!/usr/bin/python3
"""A headerless table whose first line was read as the columns' codes (issue 17): no
header row, each row a label and plain figures, the last column adding the columns before
it. A first line whose figures rise left to right (100, 200, 300, then its total) looks
like a row of column codes; where its total is typed wrong it added no total up, so the
reading with it as a line was refused and the line was left out of the check while the
table was said checked. Made-up figures of the class, not real files. Each table is
written as .xlsx (figures as numbers) and .csv (figures as plain digits) into
tests/data/headerless_first_line/.

Right tables (no error, no warning, 4 totals checked):
- services: 'Adults', 'Children', 'Highways', 'Parks' by three columns and their total.
- small-counts: 'row1'..'row4' with small figures (1, 2, 3, 6 first).
- rising-grid: 'row1'..'row3' with 1 2 3 6, 4 5 6 15, 7 8 9 24: every column rises down
  the rows as line numbers do, but the last adds the others across (3 totals checked).
- codes-over-lines: a return's column numbers 'Service' 1 2 3 5 (not in equal steps) over
  lines of thousands and their totals: the numbers stay the columns' codes.
- years-over-lines: 'Service' 2017 2018 2019 2021 written as numbers over lines of
  thousands whose last column is their total: the years stay the header.

Wrong copies (the right table but for one figure):
- services-first-wrong: 'Adults' total typed 613 where 100 + 200 + 300 = 600: an error
  at E1 (main: 'No findings', 3 totals checked).
- small-counts-first-wrong: 'row1' total typed 13 where 1 + 2 + 3 = 6: an error at E1.
- rising-grid-first-wrong: 'row1' total typed 13 where 1 + 2 + 3 = 6: an error at E1
  (main: 'No findings', 2 totals checked: the grid with its first line was read as line
  numbers only).
- services-third-wrong: 'Highways' total typed 2,413: an error at E3 (as on main).

usage: /usr/bin/python3 tests/data/headerless_first_line/make_headerless_first_line.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

SERVICES = [("Adults", [100, 200, 300]), ("Children", [400, 500, 600]),
            ("Highways", [700, 800, 900]), ("Parks", [10, 20, 30])]
SMALL = [("row1", [1, 2, 3]), ("row2", [4, 5, 6]), ("row3", [7, 8, 9]), ("row4", [2, 4, 1])]


def table(lines, off=None):
    """Lines with their total; off: (line index, delta) typed into it."""
    return [[name, *figures, sum(figures) + (off[1] if off and off[0] == k else 0)]
            for k, (name, figures) in enumerate(lines)]


def write(name, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget"
    for row in rows:
        ws.append(row)
    wb.save(os.path.join(HERE, name + ".xlsx"))
    with open(os.path.join(HERE, name + ".csv"), "w", newline="") as f:
        csv.writer(f).writerows(rows)


RETURN = [("Early years", [5120, 3140, 1660]), ("Primary schools", [61230, 18470, 7830]),
          ("Secondary schools", [48770, 16220, 7370]), ("Special schools", [14560, 6330, 2180])]
PLAN = [("Grants", [1500, 1620, 1750]), ("Contracts", [940, 910, 955]),
        ("Staff", [2210, 2190, 2250]), ("Premises", [1310, 1275, 1330])]

write("services", table(SERVICES))
write("services-first-wrong", table(SERVICES, (0, 13)))
write("services-third-wrong", table(SERVICES, (2, 13)))
write("small-counts", table(SMALL))
write("small-counts-first-wrong", table(SMALL, (0, 7)))
write("rising-grid", table(SMALL[:3]))
write("rising-grid-first-wrong", table(SMALL[:3], (0, 7)))
write("codes-over-lines", [["Service", 1, 2, 3, 5]] + table(RETURN))
write("years-over-lines", [["Service", 2017, 2018, 2019, 2021]] + table(PLAN))
