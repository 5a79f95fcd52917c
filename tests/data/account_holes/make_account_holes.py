#!/usr/bin/env python3
"""Figures of a checked table that no check counts, said in the account (issue 17,
contract 'What was checked, and what was not'; tests/trial/account_holes.cpp found them
over the trial kits: trial2 e04, e09, e10, e70). Made up: not a real body's figures.
Written into tests/data/account_holes/ as csv and xlsx (values, as pasted into papers).

- of-which-right: a grant income note, two blocks each with a Total, an 'of which' line
  under one grant in each (part of the line above, not added). Every total right: no
  finding; the 'of which' lines' figures are listed unchecked with why (before: in no
  check and in no unchecked entry, silently neither).
- of-which-wrong: the same with the first block's Total for the second year 10 more
  than its lines: an error at that Total, the 'of which' lines still listed unchecked.
- pct-text-right: investments by asset class, two year columns of amounts each with a
  '% of fund' column beside it. In the csv the percentages are text ('14.4%'), as a csv
  keeps them; in the xlsx they are numbers shown as percentages. Either way the
  percentage columns are listed unchecked as no amounts to add (before: the csv's were
  in no check and in no unchecked entry).
- pct-text-wrong: the same with the first year's Total 10 more: an error at that Total.
- rate-text-right.csv: borrowing by lender, 'Principal', 'Rate %' (figures written as
  text by the csv, '3.01'): the rate column is listed unchecked as the xlsx lists it
  (before: only in the xlsx).

usage: /usr/bin/python3 tests/data/account_holes/make_account_holes.py   (needs openpyxl)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _fixtures  # noqa: E402  (tests/data/_fixtures.py: the csv and xlsx writers)


def write_csv(name, rows):
    _fixtures.write_csv(HERE, name, [["" if v is None else (f"{v * 100:.1f}%" if isinstance(v, Pct) else str(v))
                                      for v in r] for r in rows])


class Pct(float):
    """A share written as a percentage."""


def write_xlsx(name, sheet, rows):
    wb, ws = _fixtures.new_sheet(sheet)
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            if v is None:
                continue
            cell = ws.cell(row=r, column=c, value=float(v) if isinstance(v, Pct) else v)
            if isinstance(v, Pct):
                cell.number_format = "0.0%"
    _fixtures.save(HERE, name, wb)


BLOCKS = [("Credited to Taxation and Non Specific Grant Income",
           [("Revenue Support Grant", 21310, 8450), ("Services Grant", 2740, 18920),
            ("New Homes Bonus", 8890, 25130), ("Capital grants and contributions", 7215, 16640)],
           ("   of which: Town Deal Fund", 210, 415)),
          ("Credited to Services",
           [("Dedicated Schools Grant", 40180, 11370), ("Public Health Grant", 80420, 18880),
            ("Housing Benefit subsidy", 50960, 14215), ("Better Care Fund", 64410, 85260)],
           ("   of which: Disabled Facilities Grant", 305, 126))]


def of_which(wrong=False):
    rows = [["Note 31 Grant Income"], [], [None, "2023/24 \u00a3000", "2024/25 \u00a3000"]]
    for b, (heading, lines, part) in enumerate(BLOCKS):
        if b:
            rows.append([])
        rows.append([heading])
        for k, (label, a, c) in enumerate(lines):
            rows.append([label, a, c])
            if k == 2:
                rows.append(list(part))
        total = [sum(l[1] for l in lines), sum(l[2] for l in lines)]
        if wrong and b == 0:
            total[1] += 10
        rows.append(["Total"] + total)
    return rows


ASSETS = [("UK equities", 642.5, 731.2), ("Global equities", 588.1, 604.9), ("Fixed income", 41.3, 150.2),
          ("Index-linked gilts", 655.0, 610.8), ("Property", 540.7, 415.6), ("Private equity", 702.4, 781.3),
          ("Cash and cash equivalents", 865.9, 152.4)]


def pct_text(wrong=False):
    tot = [round(sum(a[1] for a in ASSETS), 1), round(sum(a[2] for a in ASSETS), 1)]
    rows = [["Pension fund investment assets (\u00a3m)"], [],
            ["Asset class", "31 March 2024 \u00a3m", "% of fund", "31 March 2025 \u00a3m", "% of fund"]]
    for name, a, c in ASSETS:
        rows.append([name, f"{a:.1f}", Pct(round(a / tot[0], 3)), f"{c:.1f}", Pct(round(c / tot[1], 3))])
    shown = [tot[0] + (10 if wrong else 0), tot[1]]
    rows.append(["Total investment assets", f"{shown[0]:.1f}", Pct(1.0), f"{shown[1]:.1f}", Pct(1.0)])
    return rows


def numbers(rows):
    """The xlsx keeps amounts as numbers."""
    out = []
    for r in rows:
        out.append([float(v) if isinstance(v, str) and v.replace(".", "", 1).isdigit() else v for v in r])
    return out


LOANS = [("PWLB A", 12500, 3.01), ("PWLB B", 24100, 3.13), ("LOBO", 28750, 4.20), ("Bonds Agency", 13200, 2.44),
         ("Other local authority", 9600, 1.82)]


def rate_text():
    rows = [["Long-term borrowing at 31 March 2025"], [], ["Lender", "Principal \u00a3000", "Rate %"]]
    for name, p, r in LOANS:
        rows.append([name, p, f"{r:.2f}"])
    rows.append(["Total", sum(l[1] for l in LOANS), None])
    return rows


for name, rows in [("of-which-right", of_which()), ("of-which-wrong", of_which(True))]:
    write_csv(name, rows)
    write_xlsx(name, "Grant Income", rows)
for name, rows in [("pct-text-right", pct_text()), ("pct-text-wrong", pct_text(True))]:
    write_csv(name, rows)
    write_xlsx(name, "Investments", numbers(rows))
write_csv("rate-text-right", rate_text())
