#!/usr/bin/env python3
"""Small workbooks for totals that must not vanish from the account once they disagree
(session 21: a total was recognised only while it agreed), written into tests/data/kept_totals/.

- subjective-ok: a subjective analysis over two years: lines, an 'of which' memo line,
  'Gross expenditure' right under its lines (no blank row, no total word), income lines,
  'Gross income', 'Net expenditure' (as a paste-values copy: nothing to report).
- subjective-gross-wrong: the same with 'Gross expenditure' 2024/25 raised by 700; the
  2023/24 column still adds up under the same reading.
- coded-ok: DfE numbers (numbers, left of the names), school names, then pupils and money
  columns, a Budget share column adding the money and a
  '\u00a3 per pupil' rate; a 'Total' row named in the names column.
- coded-pupils-wrong: the same with the Total's pupils raised by 20.
- counts-beside: a savings table whose Total row adds money columns, beside a count
  column, a percentage column and an FTE column (none amounts to add).

usage: python3 tests/data/make_kept_totals.py   (Python standard library only)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_total_columns import write_xlsx  # noqa: E402  (the same minimal xlsx writer)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "kept_totals")

SPEND = [("Employees", 41200, 43650), ("  of which: agency staff", 3900, 3100), ("Premises", 3870, 4020),
         ("Transport", 12440, 13310), ("Supplies and services", 9860, 10230), ("Third party payments", 35110, 38940)]
INCOME = [("Grants", -9120, -9640), ("Fees and charges", -2310, -2470), ("Other income", -1180, -1260)]


def subjective(gross_raise=0):
    rows = [["Adult Services - Subjective Analysis"], [],
            [None, "2023/24 Budget \u00a3000", "2024/25 Budget \u00a3000"]]
    lines = [r for r in SPEND if "of which" not in r[0]]
    rows += [[l, a, b] for l, a, b in SPEND]
    ge = [sum(r[1] for r in lines), sum(r[2] for r in lines)]
    rows.append(["Gross expenditure", ge[0], ge[1] + gross_raise])
    rows += [[l, a, b] for l, a, b in INCOME]
    gi = [sum(r[1] for r in INCOME), sum(r[2] for r in INCOME)]
    rows.append(["Gross income", gi[0], gi[1]])
    rows.append(["Net expenditure", ge[0] + gi[0], ge[1] + gi[1]])
    return rows


SCHOOLS = [(8812001, "Abbey Road Primary", 412, 1584964, 134400), (8812004, "Beech Hill Infants", 178, 684766, 134400),
           (8812011, "Church Lane Primary", 205, 788635, 134400), (8812019, "Dale View Primary", 631, 2427457, 134400),
           (8812023, "Elmfield Junior", 340, 1307980, 134400)]


def coded(pupils_raise=0):
    rows = [["School budget shares 2024-25"], [],
            ["DfE No", "School", "Number on roll", "Basic entitlement \u00a3", "Lump sum \u00a3", "Budget share \u00a3",
             "\u00a3 per pupil"]]
    for code, name, pupils, basic, lump in SCHOOLS:
        rows.append([code, name, pupils, basic, lump, basic + lump, round((basic + lump) / pupils, 2)])
    tot = [sum(s[k] for s in SCHOOLS) for k in (2, 3, 4)]
    rows.append([None, "Total", tot[0] + pupils_raise, tot[1], tot[2], tot[1] + tot[2],
                 round((tot[1] + tot[2]) / tot[0], 2)])
    return rows


def counts_beside():
    data = [("Adults", 14, 6200, 4870, 12.5), ("Children's", 9, 3100, 2210, 4.0), ("Place", 17, 4450, 4450, 22.6),
            ("Resources", 11, 2870, 2510, 9.8)]
    rows = [["Delivery of savings"], [],
            ["Directorate", "No. of proposals", "Target \u00a3000", "Delivered \u00a3000", "% delivered", "FTE reduction"]]
    for name, n, t, d, fte in data:
        rows.append([name, n, t, d, round(d / t, 4), fte])
    tt, td = sum(r[2] for r in data), sum(r[3] for r in data)
    rows.append(["Total", sum(r[1] for r in data), tt, td, round(td / tt, 4), sum(r[4] for r in data)])
    return rows


def main():
    os.makedirs(OUT, exist_ok=True)
    files = {
        "subjective-ok.xlsx": ("Subjective", subjective()),
        "subjective-gross-wrong.xlsx": ("Subjective", subjective(700)),
        "coded-ok.xlsx": ("Schools", coded()),
        "coded-pupils-wrong.xlsx": ("Schools", coded(20)),
        "counts-beside.xlsx": ("Savings", counts_beside()),
    }
    for name, (sheet, rows) in files.items():
        write_xlsx(os.path.join(OUT, name), sheet, rows)
        print(os.path.join("tests/data/kept_totals", name))


if __name__ == "__main__":
    main()
