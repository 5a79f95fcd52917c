#!/usr/bin/env python3
"""A table by year with a 'Change' column beside the years (issue 17, trial2 e65).

A budget by service: '2025/26', '2026/27', then 'Change' (£000, the later year less the earlier) and
a second 'Change' in per cent (a fraction shown 0.0% in the workbook, '2.4%' in the csv), and a
Total row. Before, the table was read as a summary by year, which checks its years and their Total:
both Change columns were said unchecked, and a Change typed wrong passed.

- budget-right: silent; the amount Change's Total checked, and each line's Change as the later year
  less the earlier; the per cent column still set aside (said unchecked in the workbook).
- budget-change-wrong: the Change of 'Waste' typed 1,872 (1,782 right): an error at its cell
  (relation-mismatch), the Total under it agreeing once it is corrected.
- budget-change-total-wrong: the Change's Total typed 5,912 (5,192 right): an error at the Total
  (column-total-mismatch).
- budget-unrelated-right: a 'Change' that is no difference of the years on most lines (a change in
  staff numbers beside the money), its Total the sum of its lines: silent, the column said
  unchecked, never an error.

usage: /usr/bin/python3 tests/data/change_columns/make_change_columns.py   (needs openpyxl)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _fixtures  # noqa: E402  (tests/data/_fixtures.py: the csv and xlsx writers)

LINES = [
    ("Adult care", 41210, 42377),
    ("Children's services", 18402, 19915),
    ("Schools support", 6120, 5884),
    ("Public health", 12077, 12460),
    ("Roads", 15530, 16205),
    ("Waste", 9944, 11726),
    ("Parks and open spaces", 3190, 2962),
    ("Libraries", 2255, 2198),
    ("Corporate", 14880, 15073),
]


def budget(slip=None, unrelated=False):
    rows = [["Net budget by service"], ["£000"], [], ["Service", "2025/26", "2026/27", "Change", "Change"]]
    tot = [0, 0, 0]
    for k, (name, a, b) in enumerate(LINES):
        ch = b - a
        if unrelated:
            ch = [4, -2, 0, 7, 3, -5, 1, 2, -1][k]
        if slip == "line" and name == "Waste":
            assert ch == 1782
            ch = 1872
        tot = [tot[0] + a, tot[1] + b, tot[2] + ch]
        rows.append([name, a, b, ch, (b - a) / a])
    if slip == "line":
        tot[2] -= 90
    if slip == "total":
        assert tot[2] == 5192
        tot[2] = 5912
    rows.append(["Total", tot[0], tot[1], tot[2], (tot[1] - tot[0]) / tot[0]])
    return rows


def write(name, rows):
    """The csv shows the % change as text ('3.1%'), the xlsx as a number formatted as a percentage."""
    _fixtures.write_csv(HERE, name, [r[:4] + ["%.1f%%" % (100 * r[4])] if len(r) == 5 and isinstance(r[4], float)
                                     else r for r in rows], crlf=True)
    wb, ws = _fixtures.sheet_of("Budget", rows, blank_as_none=True)
    _fixtures.number_format(ws, "0.0%", min_row=5, min_col=5, max_col=5)
    _fixtures.save(HERE, name, wb)


write("budget-right", budget())
write("budget-change-wrong", budget(slip="line"))
write("budget-change-total-wrong", budget(slip="total"))
write("budget-unrelated-right", budget(unrelated=True))
