#!/usr/bin/python3
"""A budget book's summary sheet whose lines carry the totals of the directorates' own
sheets (issue 17): each summary line is named as a sheet is, and says that sheet's Total.
Published copies are values only, so a summary line typed over (or left stale when a
directorate's sheet changed) still adds up with the summary's other lines: only the
directorate's own sheet shows it is wrong.

Run from the project root with a python that has openpyxl:
    /usr/bin/python3 tests/data/sheet_links/make_sheet_links.py

  links-right.xlsx           every summary line equals its sheet's Total row (values only);
                             the directorates' sheets differ in length, so the Totals sit
                             at different rows
  links-typed.xlsx           the summary's Children 2025/26 budget typed 5,120 where the
                             Children sheet's Total says 5,320 (the summary's own Total adds
                             the typed figure): error at Summary!B6
  links-stale.xlsx           a line of the Place sheet changed and its Total with it (that
                             sheet agrees with itself); the summary's Place forecast still
                             shows the old total: error at Summary!C7
  links-detail-wrong.xlsx    the Resources sheet's Total is wrong against its own lines
                             (column-total-mismatch there); the summary carries that Total:
                             the one error is at the Resources sheet, nothing at the summary
  links-formulas.xlsx        the summary lines are formulas ='Adults'!C12 ... with saved
                             values (the right copy, as Excel writes them)
  links-formulas-typed.xlsx  the same with the Children budget formula typed over by 5,120
  links-other-measure.xlsx   the summary's lines are named as the sheets are but give staff
                             numbers (FTE) that no directorate sheet shows: nothing to
                             compare, nothing said
  links-net-line.xlsx        the Resources line carries its sheet's Net total (after recharges),
                             not the Total the other lines carry: a reading that explains it,
                             nothing said
  links-same-layout-typed.xlsx  every directorate sheet alike (the Total at one address);
                             the summary's Adults forecast typed over (its variance worked out again): error at Summary!C5
"""
import os

import openpyxl

OUT = os.path.join("tests", "data", "sheet_links")
HEAD = ["Service", "Budget 2025/26 £000", "Forecast 2025/26 £000", "Variance £000"]
SHEETS = {
    "Adults": [("Older people", 12450, 12610), ("Learning disability", 9320, 9410), ("Mental health", 4110, 4060),
               ("Physical support", 3275, 3302)],
    "Children": [("Looked after children", 3120, 3290), ("Early help", 1150, 1105), ("Education support", 1050, 1010)],
    "Place": [("Highways", 6210, 6335), ("Waste", 7480, 7390), ("Planning", 1260, 1248), ("Libraries", 980, 955),
              ("Parks", 1120, 1160)],
    "Resources": [("Finance", 2310, 2284), ("Legal", 1190, 1222), ("Audit", 450, 455)],
}


def detail_rows(lines):
    rows = [[name, b, f, f - b] for name, b, f in lines]
    tb, tf = sum(r[1] for r in rows), sum(r[2] for r in rows)
    rows.append(["Total", tb, tf, tf - tb])
    return rows


def build(name, typed=None, stale=None, detail_wrong=False, formulas=False, other_measure=False, same_layout=False,
          net_line=False):
    wb = openpyxl.Workbook()
    summary = wb.active
    summary.title = "Summary"
    sheets = dict(SHEETS)
    if same_layout:
        sheets = {k: [(n, b, f) for n, b, f in SHEETS["Adults"]] for k in SHEETS}
        sheets = {k: [(n, b + 10 * i, f + 7 * i) for n, b, f in v] for i, (k, v) in enumerate(sheets.items())}
    totals = {}
    addresses = {}
    for title, lines in sheets.items():
        lines = list(lines)
        if stale == title:
            lines[1] = (lines[1][0], lines[1][1], lines[1][2] + 90)
        rows = detail_rows(lines)
        carried = list(rows[-1])
        if detail_wrong and title == "Resources":
            rows[-1][1] += 40  # the sheet's own Total is wrong; the summary carries it
            rows[-1][3] = rows[-1][2] - rows[-1][1]  # its variance worked out from it
            carried = list(rows[-1])
        if stale == title:  # the summary still shows the total before the change
            carried[2] -= 90
            carried[3] -= 90
        ws = wb.create_sheet(title)
        ws.append([f"{title} directorate: revenue budget monitoring"])
        ws.append(["Position at month 8 (November 2025)"])
        ws.append([])
        ws.append(HEAD)
        for r in rows:
            ws.append(r)
        if net_line and title == "Resources":
            # Recharged to the other directorates: the summary carries the net figure.
            recharge = [-600, -600, 0]
            ws.append(["Less recharges", *recharge])
            carried = ["Net total", *[t + r for t, r in zip(rows[-1][1:], recharge)]]
            ws.append(carried)
        totals[title] = carried
        addresses[title] = 4 + len(rows)  # the Total row's number
    summary.append(["Revenue budget monitoring 2025/26: summary by directorate"])
    summary.append(["All figures £000"])
    summary.append([])
    summary.append(["Directorate", *HEAD[1:]])
    for i, title in enumerate(sheets):
        figs = list(totals[title][1:])
        if other_measure:
            figs = [310 + 17 * i, 305 + 13 * i, -5 + 4 * i]
        if typed and typed[0] == title:
            figs[typed[1]] = typed[2]
            figs[2] = figs[1] - figs[0]  # the variance beside it worked out again, as a sheet would
        row = [title, *figs]
        summary.append(row)
        if formulas and not other_measure:
            r = summary.max_row
            for j, col in enumerate("BCD"):
                if typed and typed[0] == title and j in (typed[1], 2):
                    continue
                summary[f"{col}{r}"] = f"='{title}'!{col}{addresses[title]}"
    first, last = 5, 4 + len(sheets)
    sums = [sum(summary.cell(row=r, column=c).value if isinstance(summary.cell(row=r, column=c).value, int)
                else totals[summary.cell(row=r, column=1).value][c - 1] for r in range(first, last + 1))
            for c in (2, 3, 4)]
    summary.append(["Total", *sums])
    if formulas:
        wb.save(os.path.join(OUT, name))
        return
    wb.save(os.path.join(OUT, name))


build("links-right.xlsx")
build("links-typed.xlsx", typed=("Children", 0, 5120))
build("links-stale.xlsx", stale="Place")
build("links-detail-wrong.xlsx", detail_wrong=True)
build("links-other-measure.xlsx", other_measure=True)
build("links-same-layout-typed.xlsx", typed=("Adults", 1, 29999), same_layout=True)
build("links-net-line.xlsx", net_line=True)
build("links-formulas.xlsx", formulas=True)
build("links-formulas-typed.xlsx", typed=("Children", 0, 5120), formulas=True)
