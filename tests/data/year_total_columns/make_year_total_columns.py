#!/usr/bin/env python3
"""Total columns of one year among columns of two years (issue 17, trial2 e07).

A statement of accounts' exit packages note: cost bands, then 'Compulsory redundancies 2023/24',
'Compulsory redundancies 2024/25', 'Other departures 2023/24', 'Other departures 2024/25', then
'Total number 2023/24' (the compulsory and other departures of that year), 'Total number 2024/25',
'Total cost £ 2023/24' and 'Total cost £ 2024/25' (money: no sum of the counts), and a Total row.
Before, a total column's readings were the columns before it as blocks, never the columns of its
own year spread between the other year's: the four total columns were said unchecked, and a
'Total number' typed wrong in a band was blamed on the Total under it.

- exits-right: silent; the two 'Total number' columns checked across; the two 'Total cost' columns
  still said unchecked (no reading of the counts gives a cost).
- exits-number-wrong: 'Total number 2023/24' of the third band typed 15 (5 right): an error at its
  cell (row-total-mismatch), the Total under it agreeing once it is corrected.

usage: /usr/bin/python3 tests/data/year_total_columns/make_year_total_columns.py   (needs openpyxl)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _fixtures  # noqa: E402  (tests/data/_fixtures.py: the csv and xlsx writers)

BANDS = [
    ("£0 - £20,000", [11, 24, 3, 7], [101250, 233870]),
    ("£20,001 - £40,000", [2, 5, 1, 3], [88140, 241300]),
    ("£40,001 - £60,000", [4, 2, 1, 2], [246090, 198770]),
    ("£60,001 - £80,000", [1, 3, 0, 1], [71400, 283115]),
    ("£80,001 - £100,000", [0, 1, 2, 0], [176020, 91440]),
]


def exits(slip=False):
    head = ["Exit package cost band", "Compulsory redundancies 2023/24", "Compulsory redundancies 2024/25",
            "Other departures 2023/24", "Other departures 2024/25", "Total number 2023/24", "Total number 2024/25",
            "Total cost £ 2023/24", "Total cost £ 2024/25"]
    rows = [["Exit packages"], [], head]
    tot = [0] * 8
    for k, (band, n, cost) in enumerate(BANDS):
        t23, t24 = n[0] + n[2], n[1] + n[3]
        if slip and k == 2:
            assert t23 == 5
            t23 = 15
        figs = n + [t23, t24] + cost
        tot = [a + b for a, b in zip(tot, figs)]
        rows.append([band] + figs)
    if slip:
        tot[4] -= 10
    rows.append(["Total"] + tot)
    return rows


def write(name, rows):
    _fixtures.write(HERE, name, rows, "Exit packages", crlf=True, blank_as_none=True)


write("exits-right", exits())
write("exits-number-wrong", exits(slip=True))
