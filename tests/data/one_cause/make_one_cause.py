#!/usr/bin/env python3
"""One slip, caught where it is and said once (issue 17, tester24 d20, d25, d14 classes).

- taxbase: a council tax base, whole counts of dwellings beside Band D equivalents written to
  0.1, a Total row. The table's figures are not all written to the same decimals, so a slip of
  1.0 in a Band D figure (the Total row no longer adding it) passed as 'within the default
  tolerance of 1'. The column the Total row adds is written to 0.1 throughout: its rounding
  allows 0.3 over 8 bands, no more. taxbase-right is silent; taxbase-wrong (H band 22,860.0
  typed 22,861.0, the Total left as it was) is an error at the Total's cell, csv and xlsx
  (values).
- fees: fees income by quarter, 'Full year' =SUM(Bn:En) down the column and 'n/a' in two
  quarters of one line, a Total row of SUMs (formulas kept, recalculated by LibreOffice).
  fees-right is silent; fees-typed has that line's Full year typed 100 over its formula
  (=SUM(B11:E11) gives 42): an error at its cell, where before the 'n/a' beside it made the
  line no line of the run and nothing was said with the table claimed checked.
- monitoring: a budget monitoring by service block, Variance =Cn-Bn on every line, a subtotal
  per block and a Council total =B11+B18+B26 (formulas kept). monitoring-right is silent;
  monitoring-typed has the second block's variance subtotal typed 10 under its SUM: one error at
  its cell; the Council total's variance, which adds it and so no longer equals Forecast -
  Budget, is said in that finding, not as a second error. monitoring-line-typed has a line's
  variance typed 50 over =C10-B10: one error at its cell (relation-mismatch); its block's
  subtotal and the Council total, which add it, are said in that finding.
- plan: a capital plan by year (read as a summary by year), TOTAL =SUM(Cn:Fn) on every line,
  a Total row of SUMs (formulas kept). plan-right is silent; plan-typed has one line's TOTAL
  typed 10 over its formula: one error at its cell; the Total row's TOTAL, =SUM of the TOTAL
  column and so 10 over the Total row's years, is said in that finding, not as a second error.
- sheet: a balance sheet, two years worked out alike by formulas (subtotals, Net assets, Unusable
  reserves =Net assets - Usable reserves, Total reserves). sheet-right is silent; sheet-typed
  has the last year's Unusable reserves typed 18 under its formula: Total reserves adds it as
  typed, so every total agrees, and nothing was said with the table claimed checked. The
  column beside it works it out, and this column repeats that column's every other formula:
  an error at its cell.

usage: /usr/bin/python3 tests/data/one_cause/make_one_cause.py   (needs openpyxl and libreoffice)
"""
import csv
import os
import sys

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _fixtures  # noqa: E402  (tests/data/_fixtures.py: the csv, xlsx and LibreOffice writers)

BANDS = [
    ("Band A", "6/9", 323, -61), ("Band B", "7/9", 5328, -569), ("Band C", "8/9", 8687, -1199),
    ("Band D", "9/9", 9812, -1190), ("Band E", "11/9", 2302, -86), ("Band F", "13/9", 4455, -642),
    ("Band G", "15/9", 13005, -2181), ("Band H", "18/9", 14878, -3448),
]


def taxbase(slip=0.0):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tax base"
    ws.append(["Council tax base 2025/26"])
    ws.append([])
    ws.append(["Band", "Ratio to Band D", "Chargeable dwellings", "Discounts and exemptions",
               "Net chargeable dwellings", "Band D equivalents"])
    tot = [0, 0, 0, 0.0]
    for k, (band, ratio, dw, disc) in enumerate(BANDS):
        net = dw + disc
        num, den = (int(x) for x in ratio.split("/"))
        bd = round(net * num / den, 1)
        tot = [tot[0] + dw, tot[1] + disc, tot[2] + net, round(tot[3] + bd, 1)]
        if k == len(BANDS) - 1:
            bd = round(bd + slip, 1)
        ws.append([band, ratio, dw, disc, net, bd])
        for c in "CDE":
            ws[f"{c}{ws.max_row}"].number_format = "#,##0;(#,##0)"
        ws[f"F{ws.max_row}"].number_format = "#,##0.0"
    ws.append(["Total", None] + tot)
    for c in "CDE":
        ws[f"{c}{ws.max_row}"].number_format = "#,##0;(#,##0)"
    ws[f"F{ws.max_row}"].number_format = "#,##0.0"
    return wb


def taxbase_csv(path, slip=0.0):
    ws = taxbase(slip).active
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        for row in ws.iter_rows():
            out = []
            for c in row:
                v = c.value
                if v is None:
                    out.append("")
                elif isinstance(v, float) or c.column_letter == "F" and c.row > 3:
                    out.append(f"{v:,.1f}")
                elif isinstance(v, int):
                    out.append(f"({-v:,})" if v < 0 else f"{v:,}")
                else:
                    out.append(v)
            w.writerow(out)


FEES = [
    ("Car parking", [664, 756, 888, 54]), ("Building control fees", [629, 92, 315, 409]),
    ("Planning fees", [156, 332, 570, 681]), ("Garden waste subscriptions", [801, 457, "-", 864]),
    ("Cemeteries and crematorium", [800, 759, 421, 171]), ("Licensing", [719, 777, 715, 701]),
    ("Pest control", ["n/a", "n/a", 28, 14]), ("Trade waste", [310, 522, 546, 178]),
]


def fees(typed=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Income"
    ws.append(["Fees and charges income 2024/25"])
    ws.append(["£000"])
    ws.append([])
    ws.append(["Service", "Q1", "Q2", "Q3", "Q4", "Full year"])
    for k, (name, q) in enumerate(FEES):
        r = 5 + k
        f = f"=SUM(B{r}:E{r})"
        if typed is not None and typed[0] == k:
            f = sum(x for x in q if isinstance(x, int)) + typed[1]
        ws.append([name] + q + [f])
    ws.append(["Total"] + [f"=SUM({c}5:{c}12)" for c in "BCDEF"])
    return wb


SERVICES = [
    ("Adults, Health & Wellbeing", [("Older people residential care", 5146, 5682), ("Learning disabilities", 10085, 10737),
                                    ("Mental health services", 10819, 11465), ("Physical support at home", 22538, 22050),
                                    ("Public health grant services", 11997, 12473)]),
    ("Children & Families", [("Looked after children placements", 3967, 4470), ("Early help", 10176, 10176),
                             ("Special educational needs transport", 2340, 1851), ("Youth justice", 27087, 27087)]),
    ("Place & Economy", [("Waste collection", 5845, 5892), ("Highways maintenance", 20276, 20496),
                         ("Street lighting", 19285, 19285), ("Parks and open spaces", 3796, 3879),
                         ("Planning and building control", 9078, 9040)]),
]


def monitoring(typed=None, line_typed=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Q2 monitoring"
    ws.append(["Revenue budget monitoring 2025/26 - Quarter 2"])
    ws.append([])
    ws.append([])
    ws.append(["Service", "Budget £000", "Forecast outturn £000", "Variance £000"])
    subtotals = []
    for b, (block, lines) in enumerate(SERVICES):
        ws.append([block])
        first = ws.max_row + 1
        for n, (name, budget, forecast) in enumerate(lines):
            r = ws.max_row + 1
            var = f"=C{r}-B{r}"
            if line_typed is not None and line_typed[:2] == (b, n):
                var = forecast - budget + line_typed[2]
            ws.append([name, budget, forecast, var])
        last = ws.max_row
        var = f"=SUM(D{first}:D{last})"
        if typed is not None and typed[0] == b:
            var = sum(f - bu for _, bu, f in lines) + typed[1]
        ws.append([f"{block} total", f"=SUM(B{first}:B{last})", f"=SUM(C{first}:C{last})", var])
        subtotals.append(ws.max_row)
        ws.append([])
    ws.append(["Council total"] + ["=" + "+".join(f"{c}{r}" for r in subtotals) for c in "BCD"])
    return wb


PLAN = [
    ("CP001", "Schools expansion", [780, 201, 331, 0]), ("CP002", "Library refit", [639, 419, 792, 658]),
    ("CP003", "Depot rebuild", [594, 420, 213, 768]), ("CP004", "Bridge repairs", [734, 276, 15, 0]),
    ("CP005", "Street lighting", [509, 231, 728, 702]), ("CP006", "Flood defences", [332, 156, 1, 287]),
    ("CP007", "Town centre", [171, 180, 748, 0]), ("CP008", "Leisure centre", [10, 527, 259, 136]),
]


def plan(typed=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Capital plan"
    ws.append(["Capital plan 2025/26 to 2028/29"])
    ws.append([])
    ws.append(["Ref", "Scheme", "2025/26 £000", "2026/27 £000", "2027/28 £000", "2028/29 £000", "Total £000"])
    for k, (ref, name, years) in enumerate(PLAN):
        r = 4 + k
        t = f"=SUM(C{r}:F{r})"
        if typed is not None and typed[0] == k:
            t = sum(years) + typed[1]
        ws.append([ref, name] + years + [t])
    last = 3 + len(PLAN)
    ws.append([None, "Total"] + [f"=SUM({c}4:{c}{last})" for c in "CDEFG"])
    return wb


SHEET = [
    ("Property, plant and equipment", 27472, 41349), ("Heritage assets", 26078, 28936),
    ("Investment property", 14479, 39737), ("Long-term debtors", 84806, 22029), None,
    ("Short-term investments", 12476, 12514), ("Inventories", 6088, 7524), ("Cash and cash equivalents", 19468, 10550),
    None, ("Short-term creditors", -5255, -3995), ("Provisions", -13884, -5088), None,
    ("Long-term borrowing", -21849, -57318), ("Pension liability", -7854, -55613),
]


def balance_sheet(typed=None):
    """A balance sheet, two years worked out alike; typed: what the last year's Unusable reserves is off by."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Balance Sheet"
    ws.append(["Balance Sheet as at 31 March 2025"])
    ws.append([])
    ws.append([None, "31 March 2024", "31 March 2025"])
    ws.append([None, "£000", "£000"])
    groups, first = [], 5
    names = ["Long-term assets", "Current assets", "Current liabilities", "Long-term liabilities"]
    for line in SHEET + [None]:
        if line is None:
            last = ws.max_row
            ws.append([names[len(groups)]] + [f"=SUM({c}{first}:{c}{last})" for c in "BC"])
            groups.append(ws.max_row)
            ws.append([])
            first = ws.max_row + 1
            continue
        ws.append(list(line))
    ws.append(["Net assets"] + ["=" + "+".join(f"{c}{r}" for r in groups) for c in "BC"])
    net = ws.max_row
    ws.append([])
    ws.append(["Usable reserves", 28661, 39049])
    usable = ws.max_row
    unusable = [f"=B{net}-B{usable}", f"=C{net}-C{usable}"]
    if typed is not None:
        last_year = [line[2] for line in SHEET if line]
        unusable[1] = sum(last_year) - 39049 + typed
    ws.append(["Unusable reserves"] + unusable)
    ws.append(["Total reserves"] + [f"=SUM({c}{usable}:{c}{usable + 1})" for c in "BC"])
    return wb


def main():
    for name, slip in (("taxbase-right", 0.0), ("taxbase-wrong", 1.0)):
        taxbase(slip).save(os.path.join(HERE, name + ".xlsx"))
        taxbase_csv(os.path.join(HERE, name + ".csv"), slip)
    _fixtures.recalc(HERE, {
        "fees-right": fees(),
        "fees-typed": fees((6, 100)),
        "monitoring-right": monitoring(),
        "monitoring-typed": monitoring((1, -10)),
        "monitoring-line-typed": monitoring(line_typed=(0, 4, 50)),
        "plan-right": plan(),
        "plan-typed": plan((3, 10)),
        "sheet-right": balance_sheet(),
        "sheet-typed": balance_sheet(-18),
    })


if __name__ == "__main__":
    main()
