#!/usr/bin/env python3
"""Headers written over two lines in one cell: a year over its unit ("2024" over "£000") or
two years ("2024" over "2025") are headers, not stacked figures, so the table is read and its
wrong Total found. Run from the project root: python3 tests/data/stacked/make_stacked.py
The figures are made up."""
import csv
import os

OUT = os.path.join("tests", "data", "stacked")


def write(name, header):
    rows = [["Service", *header], ["Libraries", "4,120", "4,210"], ["Museums", "2,300", "2,406"],
            ["Parks", "2,700", "2,700"], ["Total", "9,120", "9,326"]]
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


write("year-over-unit.csv", ["2024\n\u00a3000", "2025\n\u00a3000"])
write("year-over-year.csv", ["2024\n2025", "2025\n2026"])
