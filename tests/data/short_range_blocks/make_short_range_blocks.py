#!/usr/bin/python3
"""SUM totals whose range stops short of a figure column (or line) that the other totals of
the same Total column (row) include, where the total stands in a small block under a
sub-heading (issue 17, a silent pass). Made-up figures of the class, not real files. Written
into tests/data/short_range_blocks/ as .xlsx by openpyxl (formulas saved with no value:
fundbook works them out) and .csv (the figures and totals as the formulas give them);
make_lo_copies.sh adds LibreOffice-recalculated copies (*-lo.xlsx: each formula saved with
its value, a short range's the short sum).

The row design ('mtfp'): a plan by service, years 2023/24..2027/28 in B-F and a Total in G,
each line's total =SUM(Bn:Fn), in blocks under sub-headings right under the header row, one
blank row between blocks ('Adults and health' 5 lines, 'Children and families' 6, 'Place' 5,
'Corporate' 2 on rows 27-28).
Wrong (an error at the total, total-range-mismatch naming the cell left out; .csv:
row-total-mismatch or column-total-mismatch at the same cell):
- mtfp-wrong: 'Finance and audit' (row 27) =SUM(B27:E27), F27 (2027/28, 3,390) left out: G27.
- mtfp-first-wrong: the blocks the other way up, 'Corporate' first: G5 =SUM(B5:E5): G5.
  Main said nothing (17 totals checked): the year header with a sub-heading under it was kept
  by the year-table reader, which read no line, so the table had no header.
- mtfp-total-row-wrong: mtfp-wrong with a Total row under the lines: G27 (main: nothing,
  only the Total row's 6 totals checked).
- mtfp-total-wrong: a Total row whose 2026/27 total =SUM(E5:E27) leaves out E28: E30.
- mtfp-apart-wrong: the blocks two blank rows apart, 'Corporate' a table of its own to the
  structure (too few lines to tell what its Total column adds): G30 =SUM(B30:E30), judged by
  the 17 other totals in column G (xlsx only; the .csv has no formulas and says the block
  unchecked).
Right (no error, no warning):
- mtfp-right, mtfp-first-right, mtfp-total-right, mtfp-apart-right: every total adds B-F
  (the totals checked; the apart block said unchecked, as on main).
- mtfp-memo-right: F is 'Memo: capital financing', a figure only on row 27, whose total
  alone stops at E (the others span F's blanks).
- mtfp-apart-{memo,rate,period,outturn}-right: the same in the apart layout with F headed
  'Memo: capital financing', '% change', '2022/23' (not the next year), '2022/23 outturn'.
- mtfp-rate-right: F is '% change' on every line, every total stops at E.
- mtfp-all-short-right: every total stops at E (F '2027/28 indicative'): said unchecked.

The column design ('grants'), the same transposed: grants by fund in columns under two
headed groups ('Revenue' B-D, a blank column E, 'Capital' F-G), recipients on rows 5-9,
a Total on row 10, each fund's total =SUM(X5:X9).
- grants-right: every total adds rows 5-9: silent, checked.
- grants-wrong: the 'Capital' group's 'Schools capital' (G) total =SUM(G5:G8), G9 left
  out while every other fund's total adds row 9: an error at G10 naming G9 (as on main).

usage: /usr/bin/python3 tests/data/short_range_blocks/make_short_range_blocks.py   (needs openpyxl)
       bash tests/data/short_range_blocks/make_lo_copies.sh                     (needs libreoffice)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
YEARS = ["2023/24", "2024/25", "2025/26", "2026/27", "2027/28"]

BLOCKS = [
    ("Adults and health", [
        ("Residential care", [18420, 19105, 19870, 20610, 21330]),
        ("Home care", [9310, 9650, 10020, 10390, 10770]),
        ("Day opportunities", [2145, 2190, 2240, 2285, 2330]),
        ("Public health", [6820, 6820, 6950, 7080, 7210]),
        ("Safeguarding", [1480, 1515, 1550, 1590, 1625]),
    ]),
    ("Children and families", [
        ("Looked after children", [14260, 15120, 15890, 16550, 17210]),
        ("Fostering", [4310, 4420, 4535, 4650, 4770]),
        ("Early help", [2880, 2905, 2930, 2960, 2990]),
        ("SEND transport", [5640, 6010, 6390, 6780, 7180]),
        ("Youth service", [1125, 1140, 1160, 1175, 1190]),
        ("Education welfare", [735, 750, 765, 780, 795]),
    ]),
    ("Place", [
        ("Highways maintenance", [7450, 7610, 7780, 7950, 8120]),
        ("Waste collection", [8930, 9180, 9440, 9710, 9990]),
        ("Parks and open spaces", [1870, 1905, 1940, 1980, 2020]),
        ("Planning", [1260, 1285, 1310, 1335, 1360]),
        ("Street lighting", [1640, 1590, 1545, 1500, 1460]),
    ]),
    ("Corporate", [
        ("Finance and audit", [3120, 3185, 3250, 3320, 3390]),
        ("Legal and democratic", [2210, 2255, 2300, 2345, 2395]),
    ]),
]


def mtfp(short_row=None, last_header="2027/28", all_short=False, memo=False, rate=False, total=None, blocks=BLOCKS, gap=1):
    """The plan; short_row: the sheet row whose total stops at E. memo: column F's figure
    only on the short row; rate: column F a percentage on every line. total: a Total row
    under the lines, total[col] the last row its SUM in that column adds (else the last line)."""
    rows = [["Medium term financial plan 2023/24 to 2027/28 (\u00a3000)"], [],
            ["Service", *YEARS[:4], last_header, "Total"]]
    lines_at = []
    for heading, lines in blocks:
        if len(rows) > 3:
            rows += [[] for _ in range(gap)]
        rows.append([heading])
        for name, figures in lines:
            r = len(rows) + 1
            lines_at.append(r)
            figures = list(figures)
            if rate:
                figures[4] = round(100.0 * (figures[3] - figures[0]) / figures[0], 1)
            elif memo and r != short_row:
                figures[4] = None
            end = "E" if all_short or rate or r == short_row else "F"
            stated = sum(f for f in (figures[:4] if end == "E" else figures) if f is not None)
            rows.append([name, *figures, (f"=SUM(B{r}:{end}{r})", stated)])
    if total is not None:
        rows.append([])
        t = ["Total"]
        for k, col in enumerate("BCDEFG"):
            last = total.get(col, lines_at[-1])
            t.append((f"=SUM({col}{lines_at[0]}:{col}{last})",
                      sum(rows[r - 1][k + 1][1] if isinstance(rows[r - 1][k + 1], tuple) else rows[r - 1][k + 1]
                          for r in lines_at if r <= last)))
        rows.append(t)
    return rows


FUNDS = [("Revenue", ["Community grants", "Arts grants", "Sports grants"]),
         ("Capital", ["Village halls", "Schools capital"])]
RECIPIENTS = [
    ("Northfield parish", [12500, 4200, 3100, 25000, 48000]),
    ("Eastgate community trust", [8750, 6300, 2450, 0, 31500]),
    ("Riverside youth club", [6200, 1850, 5400, 14000, 22750]),
    ("Hillcrest residents", [4100, 950, 1200, 9500, 18200]),
    ("Westbrook academy", [3300, 2750, 4600, 7250, 56400]),
]


def grants(short_col=None):
    """Funds in columns: 'Revenue' B-D, blank E, 'Capital' F-G; short_col stops at row 8."""
    cols = ["B", "C", "D", "F", "G"]
    rows = [["Grants awarded 2024/25 (\u00a3)"], [],
            [None, "Revenue", None, None, None, "Capital", None],
            ["Recipient", *FUNDS[0][1], None, *FUNDS[1][1]]]
    for name, figures in RECIPIENTS:
        rows.append([name, *figures[:3], None, *figures[3:]])
    total = ["Total"]
    for k, col in enumerate(cols):
        if col == "F":
            total.append(None)  # column E
        last = 8 if col == short_col else 9
        total.append((f"=SUM({col}5:{col}{last})", sum(f[k] for _, f in RECIPIENTS[: last - 4])))
    rows.append(total)
    return rows


def write(name, rows, sheet):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            if v is None:
                continue
            ws.cell(row=r, column=c, value=v[0] if isinstance(v, tuple) else v)
    wb.save(os.path.join(HERE, name + ".xlsx"))
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        for row in rows:
            w.writerow(["" if v is None else v[1] if isinstance(v, tuple) else v for v in row])


def main():
    write("mtfp-right", mtfp(), "MTFP")
    write("mtfp-wrong", mtfp(short_row=27), "MTFP")
    write("mtfp-first-right", mtfp(blocks=BLOCKS[::-1]), "MTFP")
    write("mtfp-first-wrong", mtfp(short_row=5, blocks=BLOCKS[::-1]), "MTFP")
    write("mtfp-total-right", mtfp(total={}), "MTFP")
    write("mtfp-total-row-wrong", mtfp(short_row=27, total={}), "MTFP")
    write("mtfp-total-wrong", mtfp(total={"E": 27}), "MTFP")
    write("mtfp-memo-right", mtfp(short_row=27, last_header="Memo: capital financing", memo=True), "MTFP")
    write("mtfp-rate-right", mtfp(last_header="% change", rate=True), "MTFP")
    write("mtfp-all-short-right", mtfp(last_header="2027/28 indicative", all_short=True), "MTFP")
    # The blocks two blank rows apart: the two-line block is a table of its own to the structure.
    write("mtfp-apart-right", mtfp(gap=2), "MTFP")
    write("mtfp-apart-wrong", mtfp(short_row=30, gap=2), "MTFP")
    for name, header in (("memo", "Memo: capital financing"), ("rate", "% change"), ("period", "2022/23"),
                         ("outturn", "2022/23 outturn")):
        write(f"mtfp-apart-{name}-right", mtfp(short_row=30, gap=2, last_header=header, memo=True), "MTFP")
    write("grants-right", grants(), "Grants")
    write("grants-wrong", grants(short_col="G"), "Grants")


if __name__ == "__main__":
    main()
