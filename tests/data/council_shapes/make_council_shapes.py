#!/usr/bin/env python3
"""Right tables of council shapes fundbook might misread (issue 17, precision hunt): each
must get no error. Made-up figures of the class, written as csv and xlsx (values) into
tests/data/council_shapes/.

- outturn: outturn by service: Budget, Outturn, Variance (Outturn - Budget), Variance %
  to one decimal, 'Total' row; a service with an underspend (negative variance).
- reserves: earmarked reserves movement: Balance 1 April 2024, Transfers in, Transfers
  out (negative), Balance 31 March 2025, then 2025/26 movements and Balance 31 March 2026;
  'Total earmarked reserves', then 'General fund balance' and 'Total usable reserves'.
- capital: capital programme by scheme: Total scheme cost, Prior years, 2024/25, 2025/26,
  2026/27, Future years; scheme cost = prior + years + future; schemes under programme
  headings with 'Total <programme>' rows, 'Total capital programme', then 'Funded by:' lines
  and 'Total funding' equal to it.
- capital_prior, capital_future: a capital programme by scheme with 'Prior years' before the
  year columns (or 'Future years' after them) and a Total column of the scheme's whole cost,
  which adds them too (before: every scheme with prior or future spend said wrong,
  row-total-mismatch against the years alone). wrong-scheme: 'Bridge strengthening' Total
  90 high, caught at its Total (F6); wrong-total: the Total row's third figure 500 high
  (2025/26 after prior years, 2026/27 before future years), caught at D11.
- grants: grant register: Grant, Funder, 2023/24, 2024/25, Change, Ring-fenced (Yes/No),
  'Total' row.
- budget_page: a budget book page: a service's subjective analysis (Employees, Premises,
  Transport, Supplies and services, Third party payments, 'Gross expenditure', 'Income'
  negative lines, 'Total income', 'Net expenditure') over 2024/25 Budget | 2025/26 Budget |
  Change | Change %.

usage: /usr/bin/python3 tests/data/council_shapes/make_council_shapes.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def outturn():
    lines = [("Adult social care", 98420, 101315), ("Children's services", 61205, 64880),
             ("Highways and transport", 18840, 18212), ("Waste services", 24610, 24398),
             ("Culture and leisure", 6215, 6030), ("Corporate services", 14370, 14655)]
    rows = [["Revenue outturn 2024/25 (£000)", "", "", "", ""], ["", "", "", "", ""],
            ["Service", "Budget", "Outturn", "Variance", "Variance %"]]
    for n, b, o in lines:
        rows.append([n, b, o, o - b, f"{(o - b) / b * 100:.1f}%"])
    tb, to = sum(x[1] for x in lines), sum(x[2] for x in lines)
    rows.append(["Total", tb, to, to - tb, f"{(to - tb) / tb * 100:.1f}%"])
    return rows


def reserves():
    res = [("Insurance reserve", 4210, 350, -620, 300, -400), ("Transformation reserve", 6800, 0, -2450, 1000, -1800),
           ("Business rates equalisation", 9125, 1800, 0, 0, -3000), ("Public health reserve", 1420, 210, -185, 0, -500),
           ("Elections reserve", 380, 120, 0, 120, -620)]
    rows = [["Earmarked reserves (£000)", "", "", "", "", "", "", ""], [""] * 8,
            ["Reserve", "Balance 1 April 2024", "Transfers in 2024/25", "Transfers out 2024/25",
             "Balance 31 March 2025", "Transfers in 2025/26", "Transfers out 2025/26", "Balance 31 March 2026"]]
    tot = [0] * 7
    for n, o, i1, x1, i2, x2 in res:
        c1 = o + i1 + x1
        c2 = c1 + i2 + x2
        fig = [o, i1, x1, c1, i2, x2, c2]
        tot = [a + b for a, b in zip(tot, fig)]
        rows.append([n] + fig)
    rows.append(["Total earmarked reserves"] + tot)
    gf = [12000, 0, -1500, 10500, 0, -500, 10000]
    rows.append(["General fund balance"] + gf)
    rows.append(["Total usable reserves"] + [a + b for a, b in zip(tot, gf)])
    return rows


def capital():
    progs = [("Highways", [("Road resurfacing", 1200, [3400, 3500, 3600], 0),
                           ("Bridge strengthening", 850, [1200, 2250, 400], 0),
                           ("LED street lighting", 2100, [900, 0, 0], 0)]),
             ("Schools", [("Primary school expansion", 3250, [4800, 2900, 0], 0),
                          ("SEN unit", 0, [650, 1800, 1100], 250)]),
             ("Regeneration", [("Town centre public realm", 1750, [2600, 1400, 0], 0),
                               ("Market hall", 400, [300, 2200, 3100], 1500)])]
    head = ["Scheme", "Total scheme cost", "Prior years", "2024/25", "2025/26", "2026/27", "Future years"]
    rows = [["Capital programme 2024/25 to 2026/27", "", "", "", "", "", ""], ["£000", "", "", "", "", "", ""],
            head]
    grand = [0] * 6
    for p, schemes in progs:
        rows.append([p] + [""] * 6)
        pt = [0] * 6
        for n, prior, yrs, fut in schemes:
            fig = [prior + sum(yrs) + fut, prior] + yrs + [fut]
            pt = [a + b for a, b in zip(pt, fig)]
            rows.append([n] + fig)
        rows.append([f"Total {p}"] + pt)
        grand = [a + b for a, b in zip(grand, pt)]
    rows.append(["Total capital programme"] + grand)
    rows.append([""] * 7)
    rows.append(["Funded by:"] + [""] * 6)
    yrs = grand[2:5]
    fund = [("Prudential borrowing", [5200, 4500, 3100]), ("Government grants", [4800, 4300, 2900]),
            ("Capital receipts", [1200, 1500, 800])]
    contrib = [y - sum(f[1][k] for f in fund) for k, y in enumerate(yrs)]
    fund.append(("Revenue contributions", contrib))
    for n, v in fund:
        rows.append([n, "", ""] + v + [""])
    rows.append(["Total funding", "", ""] + yrs + [""])
    return rows


SCHEMES = [("Road resurfacing", 1200, [3400, 3500, 3600], 0), ("Bridge strengthening", 850, [1200, 2250, 400], 0),
           ("LED street lighting", 2100, [900, 0, 0], 0), ("Primary school expansion", 3250, [4800, 2900, 0], 0),
           ("SEN unit", 0, [650, 1800, 1100], 250), ("Market hall", 400, [300, 2200, 3100], 1500)]


def capital_total(side, slip=None):
    """A capital programme by year whose Total column is each scheme's whole cost: prior years
    before the years (side 'prior') or future years after them (side 'future') added in."""
    years = ["2024/25", "2025/26", "2026/27"]
    head = ["Scheme"] + (["Prior years"] + years if side == "prior" else years + ["Future years"]) + ["Total"]
    rows = [["Capital programme 2024/25 to 2026/27", "", "", "", "", ""], ["£000", "", "", "", "", ""],
            [""] * 6, head]
    tot = [0] * 5
    for k, (n, prior, yrs, fut) in enumerate(SCHEMES):
        other = prior if side == "prior" else fut
        fig = ([other] + yrs if side == "prior" else yrs + [other]) + [other + sum(yrs)]
        if slip == "scheme" and k == 1:
            fig[-1] += 90
        tot = [a + b for a, b in zip(tot, fig)]
        rows.append([n] + fig)
    if slip == "scheme":
        tot[-1] -= 90  # the column's Total adds the schemes as they should be
    if slip == "total":
        tot[2] += 500
    rows.append(["Total"] + tot)
    return rows


def grants():
    g = [("Public health grant", "DHSC", 28410, 29120, "Yes"), ("Better care fund", "NHS England", 14260, 14980, "Yes"),
         ("Household support fund", "DWP", 6120, 6120, "Yes"), ("New homes bonus", "MHCLG", 1840, 620, "No"),
         ("Services grant", "MHCLG", 1930, 310, "No"), ("Social care grant", "MHCLG", 21870, 26410, "No")]
    rows = [["Grant register (£000)", "", "", "", "", ""], ["", "", "", "", "", ""],
            ["Grant", "Funder", "2023/24", "2024/25", "Change", "Ring-fenced"]]
    for n, f, a, b, r in g:
        rows.append([n, f, a, b, b - a, r])
    ta, tb = sum(x[2] for x in g), sum(x[3] for x in g)
    rows.append(["Total", "", ta, tb, tb - ta, ""])
    return rows


def budget_page():
    costs = [("Employees", 8420, 8815), ("Premises", 1205, 1240), ("Transport", 640, 655),
             ("Supplies and services", 2310, 2285), ("Third party payments", 5120, 5480)]
    income = [("Fees and charges", -2860, -3010), ("Government grants", -1420, -1420), ("Other income", -315, -330)]
    rows = [["Leisure and culture: subjective analysis", "", "", "", ""], ["£000", "", "", "", ""],
            ["", "2024/25 Budget", "2025/26 Budget", "Change", "Change %"]]

    def line(n, a, b):
        return [n, a, b, b - a, f"{(b - a) / abs(a) * 100:.1f}%" if a else ""]
    for n, a, b in costs:
        rows.append(line(n, a, b))
    ga, gb = sum(x[1] for x in costs), sum(x[2] for x in costs)
    rows.append(line("Gross expenditure", ga, gb))
    for n, a, b in income:
        rows.append(line(n, a, b))
    ia, ib = sum(x[1] for x in income), sum(x[2] for x in income)
    rows.append(line("Total income", ia, ib))
    rows.append(line("Net expenditure", ga + ia, gb + ib))
    return rows


def write(name, table):
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        for r in table:
            w.writerow([f"{x:,}" if isinstance(x, int) else x for x in r])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Table"
    for r in table:
        ws.append([x if x != "" else None for x in r])
    wb.save(os.path.join(HERE, name + ".xlsx"))


if __name__ == "__main__":
    for name, make in [("outturn", outturn), ("reserves", reserves), ("capital", capital), ("grants", grants),
                       ("budget_page", budget_page)]:
        write(name + "-right", make())
    for side in ("prior", "future"):
        write(f"capital_{side}-right", capital_total(side))
        write(f"capital_{side}-wrong-scheme", capital_total(side, "scheme"))
        write(f"capital_{side}-wrong-total", capital_total(side, "total"))
