#!/usr/bin/env python3
"""A revenue return in £000 whose total row says which numbered lines it adds
('TOTAL (TOTAL OF LINES 961 TO 969)'), each figure rounded to £000 on its own, so the
stated totals agree with their lines only to their rounding, in every column
(issue 17: a slip in such a table, the larger the less likely, was said 'not known';
the label's arithmetic was believed only where some figure agreed exactly).
Written into tests/data/rounded_line_totals/. Made up: the class of a real case.

- lines-rounded.csv/.xlsx: three columns, 9 numbered lines (961 ... 969), the
  total line 970; two columns' totals 1 and 2 from their rounded lines, the third 1 (none exact).
  Nothing to report as an error (notes within rounding only).
- lines-rounded-slip.csv/.xlsx: line 963 in the middle column 500 too high (a
  keying slip in £000): an error at the total line's middle column, whatever its size.
- lines-rounded-slip-big.csv/.xlsx: the same line 45,000 too high: an error there too.
- lines-rounded-old-label.csv/.xlsx: the label names lines 961 to 966 but the table
  has 967 to 969 too (a form that added a line and kept the old label): every column off by
  those lines, so the label is not believed and nothing is accused by it.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from _fixtures import write  # noqa: E402

LINES = [  # line, label, pounds in three columns (unrounded)
    (961, "Education services", [45283348_420, 44748531_560, 45035939_123]),
    (962, "Highways and transport services", [5668890_310, 5587771_380, 5597826_678]),
    (963, "Social care", [21061657_180, 20988046_450, 21056266_450]),
    (964, "Housing services (GFRA only)", [2483809_260, 2502967_330, 2484125_910]),
    (965, "Cultural and related services", [3277550_090, 3240302_270, 3247965_305]),
    (966, "Environmental and regulatory services", [5201217_700, 5151202_410, 5136097_560]),
    (967, "Planning and development services", [2196839_150, 2219833_120, 2217243_370]),
    (968, "Police services", [11948042_610, 11136720_390, 12028241_720]),
    (969, "Central services", [2711094_200, 886926_140, 2717730_390]),
]


def rounded(pounds):  # pounds held as thousandths of £000
    return (pounds + 500) // 1000


def table(slip=0, label="TOTAL (TOTAL OF LINES 961 TO 969)", exact=False):
    rows = [[None, None, "Net current expenditure", "Net current expenditure IAS19", "Outturn"],
            [None, None, "£ 000", "£ 000", "£ 000"]]
    totals = [sum(p[c] for _, _, p in LINES) for c in range(3)]
    for line, name, pounds in LINES:
        figs = [rounded(p) for p in pounds]
        if line == 963:
            figs[1] += slip
        rows.append([line, name] + figs)
    if exact:
        totals = [sum(r[2 + c] for r in rows[2:]) * 1000 for c in range(3)]
    rows.append([970, label] + [rounded(t) for t in totals])
    return rows


def main():
    write(HERE, "lines-rounded", table(), "RS")
    write(HERE, "lines-rounded-slip", table(500), "RS")
    write(HERE, "lines-rounded-slip-big", table(45000), "RS")
    write(HERE, "lines-rounded-old-label", table(label="TOTAL (TOTAL OF LINES 961 TO 966)"), "RS")


if __name__ == "__main__":
    main()
