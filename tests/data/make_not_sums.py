#!/usr/bin/env python3
"""Tables whose total row or column holds, in one line or column, a figure that is rightly no
sum of its parts (issue 17, precision before recall; review 20, "Pre-existing"), written into
tests/data/not_sums/. Each right table beside one of the same shape whose figure is wrong on
every reading, which is still an error.

- growth-points: regions by service with a Total row of SUMs and a 'Growth' column in
  percentage points with no % sign (2.8, -1.4); its Total is the whole's growth, 0.8, not the
  rows' 2.4: said unchecked, not accused. growth-points-wrong: the same with the Total's growth
  typed 9.9, above every row's: no overall rate lies there, an error at F7.
- sites-distinct: the same regions with a 'Sites' column (12, 9, 7, 5) whose Total counts
  each site once, 30, where the rows add up to 33 (sites shared by two regions): said
  unchecked. sites-wrong: the Total 40, more than the rows add up to: an error at F7.
- stock-q4: a quarterly table of flows (Income, Expenditure, Net) whose Year column is
  =SUM(B:E), and a stock line, 'Reserves at end of quarter £000', whose Year figure is typed as
  the Q4 balance, 1,040, not the quarters' 4,135: agrees as a balance at a date, no finding.
  staff-fte-q4: the same line as 'Staff in post (FTE)'. stock-neither: the Year figure 1,500,
  neither the sum nor Q4's: said unchecked with why. stock-flow-wrong: stock-q4 with the
  Expenditure line's Year typed 100 over its quarters: an error at F3, as before.

usage: python3 tests/data/make_not_sums.py   (Python standard library only)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make_typed_over  # noqa: E402  (its minimal xlsx writer, which keeps formulas)

HERE = os.path.dirname(os.path.abspath(__file__))
make_typed_over.OUT = os.path.join(HERE, "not_sums")
write_xlsx = make_typed_over.write_xlsx
col_name = make_typed_over.col_name

SERVICES = [("Adults", [512, 430, 377, 298]), ("Children", [221, 260, 199, 240]),
            ("Highways", [143, 118, 162, 130]), ("Libraries", [96, 101, 88, 79])]
LAST_YEAR = [[500, 440, 360, 300], [230, 250, 205, 236], [140, 120, 150, 128], [100, 99, 90, 80]]


def regions(extra_heading, extra, extra_total):
    """Services by region from row 3, a Total row of SUMs under them, and one more column
    past the regions whose Total is typed."""
    rows = [["Spending by region"], ["Service", "North", "South", "East", "West", extra_heading]]
    for (name, figures), x in zip(SERVICES, extra):
        rows.append([name] + figures + [x])
    tot = ["Total"]
    for c in range(4):
        col = col_name(c + 1)
        tot.append((f"=SUM({col}3:{col}6)", sum(f[c] for _, f in SERVICES)))
    rows.append(tot + [extra_total])
    return rows


def growth():
    """Each service's growth on last year in points, and the whole's."""
    lines = [round((sum(f) / sum(p) - 1) * 100, 1) for (_, f), p in zip(SERVICES, LAST_YEAR)]
    whole = round((sum(map(sum, (f for _, f in SERVICES))) / sum(map(sum, LAST_YEAR)) - 1) * 100, 1)
    return lines, whole


def quarters(stock_label="Reserves at end of quarter \u00a3000", stock_year=1040, wrong_flow=0):
    rows = [["\u00a3000", "Q1", "Q2", "Q3", "Q4", "Year"]]
    flows = [("Income", [500, 520, 510, 530]), ("Expenditure", [480, 500, 515, 525]), ("Net", [20, 20, -5, 5])]
    for name, figures in flows:
        r = len(rows) + 1
        year = (f"=SUM(B{r}:E{r})", sum(figures))
        if name == "Expenditure" and wrong_flow:
            year = sum(figures) + wrong_flow
        rows.append([name] + figures + [year])
    rows.append([stock_label, 1020, 1040, 1035, 1040, stock_year])
    return rows


def main():
    lines, whole = growth()
    write_xlsx("growth-points.xlsx", regions("Growth", lines, whole))
    write_xlsx("growth-points-wrong.xlsx", regions("Growth", lines, 9.9))
    write_xlsx("sites-distinct.xlsx", regions("Sites", [12, 9, 7, 5], 30))
    write_xlsx("sites-wrong.xlsx", regions("Sites", [12, 9, 7, 5], 40))
    write_xlsx("stock-q4.xlsx", quarters())
    write_xlsx("staff-fte-q4.xlsx", quarters("Staff in post (FTE)"))
    write_xlsx("stock-neither.xlsx", quarters(stock_year=1500))
    write_xlsx("stock-flow-wrong.xlsx", quarters(wrong_flow=100))


if __name__ == "__main__":
    main()
