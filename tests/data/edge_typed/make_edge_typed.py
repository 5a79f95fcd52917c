#!/usr/bin/env python3
"""Capital programmes with formulas kept, where one scheme's total is typed over its formula at
the first, a middle or the last line of the block (issue 17, tester24 section 1): the Total
2025-29 column is =SUM(Cn:Fn) down every line, the Whole scheme cost column =Bn+Gn, and a
'Total programme' row of SUMs under them. Typed at the first or last line, the cell is at the
end of the run of its column's formulas, with no words naming its line a total: fundbook said
nothing and still claimed the table checked ("16 totals checked"), while the values-only copy
of the same table was caught.

Written with openpyxl, then recalculated by LibreOffice so every formula has its saved value
(the typed figure is carried into the Total programme row, as a workbook saved after the slip
would show it). A csv of the values sits beside each.

- right: every total a formula: no finding, the table's totals checked.
- last-typed: the last scheme's Whole scheme cost typed 10 less than =B12+G12: error at H12.
- first-typed: the first scheme's Total 2025-29 typed 517 more than =SUM(C5:F5): error at G5.
- middle-typed: a middle scheme's Whole scheme cost typed 200 more: error at H8.
- na-last-typed: last-typed with 'n/a' for one year on the line above (its formulas read
  text where the typed line has a figure), the last scheme's Whole scheme cost typed 156 more:
  error at H12.
- staff-last: the schemes with no Total row, and a line of another kind as the block's last
  line: 'Staff in post (FTE)', its Whole scheme cost typed as people counted once (not its
  Prior years + Total, which its =SUM(C13:F13) beside it would suggest): no total of the table
  adds that line with the schemes, so the run's =Bn+Gn does not judge it: no finding, the
  block said unchecked.
- memo-last: the same with an 'of which: grant funded' line: no finding there.
- rate-last: the same with an 'Inflation rate %' line: no finding there.

usage: /usr/bin/python3 tests/data/edge_typed/make_edge_typed.py   (needs openpyxl and libreoffice)
"""
import os
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _fixtures  # noqa: E402  (tests/data/_fixtures.py: the csv, xlsx and LibreOffice writers)
YEARS = ["2025/26", "2026/27", "2027/28", "2028/29"]
SCHEMES = [
    ("Depot rebuild", 4484, [2167, 504, 1288, 1922]),
    ("Leisure centre", 4718, [1146, 400, 573, 120]),
    ("Bridge repairs", 1428, [111, 2843, 2345, 931]),
    ("Schools expansion", 2624, [820, 1779, 1628, 2056]),
    ("Street lighting", 4300, [1828, 2298, 962, 959]),
    ("Library refit", 638, [422, 2096, 1082, 2840]),
    ("Flood defences", 1293, [1350, 2422, 2529, 2555]),
    ("Town centre", 806, [544, 1683, 2677, 2740]),
]
EXTRA = {
    "staff": ("Staff in post (FTE)", 12, [14, 15, 15, 16], 18),
    "memo": ("of which: grant funded", 900, [300, 250, 200, 150], 1500),
    "rate": ("Inflation rate %", 3, [3, 2, 2, 2], 2),
}


def build(typed=None, extra=None, total=True, not_given=None):
    """typed: (scheme index, column 'G' or 'H', difference from what the formula gives)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Capital"
    ws.append(["Capital programme - whole-life cost"])
    ws.append(["£000"])
    ws.append([])
    ws.append(["Scheme", "Prior years"] + YEARS + ["Total 2025-29", "Whole scheme cost"])
    first = 5
    for k, (name, prior, years) in enumerate(SCHEMES):
        r = first + k
        g, h = f"=SUM(C{r}:F{r})", f"=B{r}+G{r}"
        if typed and typed[0] == k:
            if typed[1] == "G":
                g = sum(years) + typed[2]
            else:
                h = prior + sum(years) + typed[2]
        if not_given == k:
            years = ["n/a"] + years[1:]
        ws.append([name, prior] + years + [g, h])
    last = first + len(SCHEMES) - 1
    if extra:
        name, prior, years, whole = EXTRA[extra]
        r = last + 1
        ws.append([name, prior] + years + [f"=SUM(C{r}:F{r})", whole])
    if total:
        ws.append(["Total programme"] + [f"=SUM({c}{first}:{c}{last})" for c in "BCDEFGH"])
    return wb


def main():
    cases = {
        "right": build(),
        "last-typed": build((7, "H", -10)),
        "first-typed": build((0, "G", 517)),
        "middle-typed": build((3, "H", 200)),
        "na-last-typed": build((7, "H", 156), not_given=6),
        "staff-last": build(extra="staff", total=False),
        "memo-last": build(extra="memo", total=False),
        "rate-last": build(extra="rate", total=False),
    }
    _fixtures.recalc(HERE, cases)


if __name__ == "__main__":
    main()
