#!/usr/bin/env python3
"""A second round of finance workbook kinds (issue 17), as users from other public
bodies would bring them, written with make_kinds.py's writer (Python standard
library only). The layouts are those where a total is not simply the sum of the
lines above it: differences, running balances, variance and percentage columns,
income shown negative, funding equal to spend, rounded figures. The figures are
made up; every stated total agrees (but for one rounding difference of one unit
in the pension fund account, as published accounts in £ millions have).

  cash-flow  a Cash Flow Statement (direct method, two years): operating,
      investing and financing activities each with its net cash flow, figures in
      brackets, "Net increase or (decrease) in cash and cash equivalents", cash
      at the beginning and end of the period, and a closing reconciliation line
      that is the end minus the beginning; and the same by the indirect method
      as UK councils publish it (the (surplus) or deficit first, outflows
      positive, investing and financing one line each, cash at the end = at the
      beginning - the net (increase) or decrease).
  collection-fund  a Collection Fund (Council Tax, Business Rates, Total
      columns; income shown negative, "(Surplus)/deficit arising during the
      year" = income + expenditure, balance brought and carried forward) and a
      Housing Revenue Account Income and Expenditure Statement.
  budget-monitoring  a revenue budget monitoring report: Budget, Forecast
      outturn, Variance (= forecast - budget), Variance % (not totalled) and a
      RAG rating per service, subtotals per directorate and a total.
  capital-programme  a capital programme by year (2024/25 ... 2028/29, "Total
      2024-29") with the funding below (borrowing, grants, capital receipts...)
      whose total equals the spend total.
  reserves  an earmarked reserves statement: balance at 1 April, transfers in,
      transfers out (shown positive), balance at 31 March, for two years (a
      running balance across the columns, not a sum), a total row.
  net-position  a US Statement of Net Position (assets, deferred outflows,
      liabilities, deferred inflows, net position; governmental, business-type,
      total, component units) and a Budgetary Comparison Schedule with
      "Variance with Final Budget - Positive (Negative)" (actual - final for
      revenues, final - actual for expenditures).
  pension-fund  a Pension Fund Account in £ millions with one decimal place,
      each line rounded from pounds, so one subtotal is a unit off the sum of its
      rounded lines (0.1), as the published accounts show it.

Each comes as NAME-formulas.xlsx, NAME-values.xlsx and NAME-altered-N.xlsx (one
total, one component), listed in altered2.tsv with what fundbook should say.

Run from the project root: python3 tests/data/finance_kinds/make_kinds2.py
"""
import os
import random
import sys
from decimal import ROUND_HALF_UP, Decimal

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_kinds as mk  # noqa: E402
from make_kinds import F, V, Sheet, cref, colsum  # noqa: E402

# Styles added to the first round's (indices go on from there).
ONE_DP = len(mk.STYLES)
mk.STYLES.append("#,##0.0;(#,##0.0);\"-\"")  # £m to one decimal, negatives in brackets
DOLLARS = 5
PERCENT = 3


def sums(cells, style=1):
    """A SUM over single cells (a total of subtotals), as finance staff write it."""
    return F("SUM(" + ",".join(cells) + ")", style)


# ---------------------------------------------------------------- cash flow statement

def cash_flow():
    rows = [["Cash Flow Statement for the year ended 31 March 2024"], [],
            ["", "Note", "2022/23", "2023/24"], ["", None, "£000", "£000"],
            ["Operating Activities"]]
    rng = random.Random(31)

    def block(title, lines, net_label):
        if title:
            rows.append([title])
        start = len(rows)
        for name, sign in lines:
            rows.append([name, None, sign * rng.randrange(800, 90000), sign * rng.randrange(800, 90000)])
        r = len(rows)
        rows.append([net_label, None, colsum(2, start, r - 1), colsum(3, start, r - 1)])
        rows.append([])
        return r

    rows.append(["Cash inflows"])
    inflows = len(rows)
    for name in ["Taxation", "Sales of goods and rendering of services", "Grants",
                 "Interest received", "Other receipts from operating activities"]:
        rows.append([name, None, rng.randrange(20000, 400000), rng.randrange(20000, 400000)])
    ci = len(rows)
    rows.append(["Total cash inflows from operating activities", None,
                 colsum(2, inflows, ci - 1), colsum(3, inflows, ci - 1)])
    rows.append(["Cash outflows"])
    outflows = len(rows)
    for name in ["Cash paid to and on behalf of employees", "Housing benefit paid out",
                 "Cash paid to suppliers of goods and services", "Interest paid",
                 "Other payments for operating activities"]:
        rows.append([name, None, -rng.randrange(20000, 300000), -rng.randrange(20000, 300000)])
    co = len(rows)
    rows.append(["Total cash outflows from operating activities", None,
                 colsum(2, outflows, co - 1), colsum(3, outflows, co - 1)])
    op = len(rows)
    rows.append(["Net cash flows from Operating Activities", "30",
                 sums([cref(ci, 2), cref(co, 2)]), sums([cref(ci, 3), cref(co, 3)])])
    rows.append([])
    inv = block("Investing Activities",
                [("Purchase of property, plant and equipment, investment property and intangible assets", -1),
                 ("Purchase of short-term and long-term investments", -1),
                 ("Proceeds from the sale of property, plant and equipment", 1),
                 ("Proceeds from short-term and long-term investments", 1),
                 ("Other receipts from investing activities", 1)],
                "Net cash flows from Investing Activities")
    fin = block("Financing Activities",
                [("Cash receipts of short and long term borrowing", 1),
                 ("Cash payments for the reduction of the outstanding liabilities relating to finance "
                  "leases and on-balance sheet PFI contracts", -1),
                 ("Repayments of short and long term borrowing", -1)],
                "Net cash flows from Financing Activities")
    net = len(rows)
    rows.append(["Net increase or (decrease) in cash and cash equivalents", None,
                 sums([cref(x, 2) for x in (op, inv, fin)]), sums([cref(x, 3) for x in (op, inv, fin)])])
    rows.append([])
    beg = len(rows)
    rows.append(["Cash and cash equivalents at the beginning of the reporting period", None, 612450, None])
    end = len(rows)
    rows.append(["Cash and cash equivalents at the end of the reporting period", "20",
                 F(f"{cref(beg, 2)}+{cref(net, 2)}"), F(f"{cref(beg, 3)}+{cref(net, 3)}")])
    rows[beg][3] = F(f"{cref(end, 2)}")
    rows.append([])
    rows.append(["Increase or (decrease) in cash and cash equivalents in the year", None,
                 F(f"{cref(end, 2)}-{cref(beg, 2)}"), F(f"{cref(end, 3)}-{cref(beg, 3)}")])
    return Sheet("Cash Flow Statement", rows)


def cash_flow_indirect():
    """The indirect method as UK councils publish it: the (surplus) or deficit
    first, outflows positive and inflows in brackets, the investing and
    financing activities one line each (their detail in the notes), and cash
    at the end = at the beginning - the net (increase) or decrease."""
    rows = [["Cash Flow Statement (indirect method) for the year ended 31 March 2024"], [],
            ["", "Note", "2022/23", "2023/24"], ["", None, "£000", "£000"]]
    o0 = len(rows)
    rows.append(["Net (surplus) or deficit on the provision of services", None, -12450, 8210])
    rows.append(["Adjustments to net surplus or deficit on the provision of services for non-cash movements",
                 "30", -45210, -51875])
    rows.append(["Adjustments for items included in the net surplus or deficit on the provision of services "
                 "that are investing and financing activities", "30", 18940, 21305])
    op = len(rows)
    rows.append(["Net cash flows from Operating Activities", None, colsum(2, o0, op - 1), colsum(3, o0, op - 1)])
    rows.append([])
    inv = len(rows)
    rows.append(["Investing Activities", "31", 35120, 28410])
    rows.append(["Financing Activities", "32", -6205, 4980])
    rows.append([])
    net = len(rows)
    rows.append(["Net (increase) or decrease in cash and cash equivalents", None,
                 sums([cref(op, 2), cref(inv, 2), cref(inv + 1, 2)]),
                 sums([cref(op, 3), cref(inv, 3), cref(inv + 1, 3)])])
    rows.append([])
    beg = len(rows)
    rows.append(["Cash and cash equivalents at the beginning of the reporting period", "20", 41275, None])
    end = len(rows)
    rows.append(["Cash and cash equivalents at the end of the reporting period", "20",
                 F(f"{cref(beg, 2)}-{cref(net, 2)}"), F(f"{cref(beg, 3)}-{cref(net, 3)}")])
    rows[beg][3] = F(f"{cref(end, 2)}")
    return Sheet("Cash Flow (indirect)", rows)


# ---------------------------------------------------------------- collection fund, HRA

def collection_fund():
    rows = [["Collection Fund Statement 2023/24"], [],
            ["", "Council Tax", "Business Rates", "Total"], ["", "£000", "£000", "£000"]]

    def line(label, ct, br):
        r = len(rows)
        rows.append([label, ct, br, F(f"SUM({cref(r, 1)}:{cref(r, 2)})")])
        return r

    rows.append(["Income"])
    i0 = len(rows)
    line("Amounts receivable from council tax payers", -148215, None)
    line("Amounts receivable from business rate payers", None, -96480)
    line("Transitional protection payments receivable", None, -1275)
    ti = len(rows)
    rows.append(["Total income"] + [colsum(c, i0, ti - 1) for c in (1, 2, 3)])
    rows.append([])
    rows.append(["Expenditure"])
    rows.append(["Apportionment of previous year surplus/(deficit):"])
    e0 = len(rows)
    line("Central Government", None, -1420)
    line("Exampleshire County Council", 1865, -284)
    line("Police and Crime Commissioner", 290, None)
    line("Exampleshire District Council", 245, -1136)
    rows.append(["Precepts, demands and shares:"])
    line("Central Government", None, 47310)
    line("Exampleshire County Council", 109480, 8515)
    line("Police and Crime Commissioner", 17645, None)
    line("Fire and Rescue Authority", 5930, 946)
    line("Exampleshire District Council", 13815, 37848)
    rows.append(["Charges to the Collection Fund:"])
    line("Write-offs of uncollectable amounts", 612, 418)
    line("Increase/(decrease) in allowance for impairment", 455, -212)
    line("Increase/(decrease) in allowance for appeals", None, 1830)
    line("Cost of collection", None, 301)
    te = len(rows)
    rows.append(["Total expenditure"] + [colsum(c, e0, te - 1) for c in (1, 2, 3)])
    rows.append([])
    sd = len(rows)
    rows.append(["(Surplus)/deficit arising during the year"]
                + [F(f"{cref(ti, c)}+{cref(te, c)}") for c in (1, 2, 3)])
    bf = line("(Surplus)/deficit b/f at 1 April", -2400, 1905)
    rows.append(["(Surplus)/deficit c/f at 31 March"] + [sums([cref(sd, c), cref(bf, c)]) for c in (1, 2, 3)])
    return Sheet("Collection Fund", rows)


def hra():
    rows = [["Housing Revenue Account Income and Expenditure Statement"], [],
            ["", "2022/23", "2023/24"], ["", "£000", "£000"], ["Expenditure"]]
    e0 = len(rows)
    for name, a, b in [("Repairs and maintenance", 9815, 10640),
                       ("Supervision and management", 7420, 7905),
                       ("Rents, rates, taxes and other charges", 310, 342),
                       ("Depreciation and impairment of non-current assets", 8215, 9470),
                       ("Debt management costs", 61, 64),
                       ("Movement in the allowance for bad debts", 185, 240)]:
        rows.append([name, a, b])
    te = len(rows)
    rows.append(["Total Expenditure", colsum(1, e0, te - 1), colsum(2, e0, te - 1)])
    rows.append(["Income"])
    i0 = len(rows)
    for name, a, b in [("Dwelling rents", -31240, -33015),
                       ("Non-dwelling rents", -512, -538),
                       ("Charges for services and facilities", -1905, -2070),
                       ("Contributions towards expenditure", -240, -215)]:
        rows.append([name, a, b])
    ti = len(rows)
    rows.append(["Total Income", colsum(1, i0, ti - 1), colsum(2, i0, ti - 1)])
    rows.append([])
    nc = len(rows)
    rows.append(["Net Income or Expenditure of HRA Services as included in the Comprehensive Income and "
                 "Expenditure Statement", F(f"{cref(te, 1)}+{cref(ti, 1)}"), F(f"{cref(te, 2)}+{cref(ti, 2)}")])
    o0 = len(rows)
    for name, a, b in [("HRA share of Corporate and Democratic Core", 312, 328),
                       ("Interest payable and similar charges", 3840, 3975),
                       ("Interest and investment income", -215, -610),
                       ("Net interest on the net defined benefit liability (asset)", 145, 120),
                       ("Capital grants and contributions receivable", -1250, -870)]:
        rows.append([name, a, b])
    rows.append([])
    rows.append(["(Surplus)/deficit for the year on HRA services",
                 F(f"{cref(nc, 1)}+SUM({cref(o0, 1)}:{cref(o0 + 4, 1)})"),
                 F(f"{cref(nc, 2)}+SUM({cref(o0, 2)}:{cref(o0 + 4, 2)})")])
    return Sheet("HRA", rows)


# ---------------------------------------------------------------- budget monitoring

DIRECTORATES = [
    ("Adults and Health", [("Older People's Services", 52410), ("Learning Disabilities", 38215),
                           ("Mental Health Services", 11930), ("Public Health", 2105)]),
    ("Children and Families", [("Children's Social Care", 44870), ("Education and Inclusion", 12590),
                               ("Home to School Transport", 9305)]),
    ("Place and Economy", [("Highways and Transport", 15420), ("Waste Services", 23185),
                           ("Planning and Building Control", 2870), ("Culture and Libraries", 4415)]),
    ("Resources", [("Finance and Procurement", 6210), ("ICT and Digital", 7855), ("Legal and Democratic", 3940)]),
]


def budget_monitoring():
    rows = [["Revenue Budget Monitoring 2024/25 - Period 8 (November)"], [],
            ["Service", "Budget £000", "Forecast Outturn £000", "Variance £000", "Variance %", "RAG"]]
    rng = random.Random(8)
    subtotals = []
    pct = []

    def add(label, b, f):
        r = len(rows)
        rows.append([label, b, f, F(f"{cref(r, 2)}-{cref(r, 1)}"), F(f"{cref(r, 3)}/{cref(r, 1)}", PERCENT), None])
        pct.append(r)
        return r

    for name, services in DIRECTORATES:
        rows.append([name])
        s0 = len(rows)
        for svc, budget in services:
            forecast = budget + rng.randrange(-900, 1900)
            add(svc, budget, forecast)
        s1 = len(rows) - 1
        r = len(rows)
        subtotals.append(r)
        rows.append([f"{name} total", colsum(1, s0, s1), colsum(2, s0, s1), colsum(3, s0, s1),
                     F(f"{cref(r, 3)}/{cref(r, 1)}", PERCENT), None])
        pct.append(r)
        rows.append([])
    r = len(rows)
    rows.append(["Total Service Budgets"] + [sums([cref(s, c) for s in subtotals]) for c in (1, 2, 3)]
                + [F(f"{cref(r, 3)}/{cref(r, 1)}", PERCENT), None])
    pct.append(r)
    sheet = Sheet("Period 8", rows)
    for r in pct:  # the rating follows the variance, as the finance team sets it
        v = sheet.value(r, 4)
        sheet.values[(r, 4)] = v.quantize(Decimal("0.0001"))
        rows[r][5] = "Red" if v > Decimal("0.05") else ("Amber" if v > Decimal("0.01") else "Green")
    return sheet


# ---------------------------------------------------------------- capital programme

YEARS = ["2024/25", "2025/26", "2026/27", "2027/28", "2028/29"]


def capital_programme():
    rows = [["Capital Programme 2024/25 to 2028/29"], [],
            ["Scheme", *[f"{y} £000" for y in YEARS], "Total 2024-29 £000"]]
    rng = random.Random(29)
    ny = len(YEARS)

    def line(label, figs):
        r = len(rows)
        rows.append([label, *figs, F(f"SUM({cref(r, 1)}:{cref(r, ny)})")])
        return r

    rows.append(["Expenditure"])
    s0 = len(rows)
    for name in ["Schools Basic Need Programme", "Highways Maintenance", "Disabled Facilities Grants",
                 "Town Centre Regeneration", "Leisure Centre Replacement", "Fleet Replacement",
                 "ICT Infrastructure", "Flood Alleviation Schemes"]:
        line(name, [rng.randrange(0, 9000) if rng.random() > 0.15 else None for _ in YEARS])
    ts = len(rows)
    rows.append(["Total Capital Programme"] + [colsum(c, s0, ts - 1) for c in range(1, ny + 2)])
    rows.append([])
    rows.append(["Funded by:"])
    sheet = Sheet("Capital Programme", rows)
    totals = [sheet.value(ts, c) for c in range(1, ny + 1)]
    f0 = len(rows)
    shares = {"Prudential Borrowing": None, "Government Grants": Decimal("0.38"),
              "Capital Receipts": Decimal("0.12"), "Section 106 and Community Infrastructure Levy": Decimal("0.07"),
              "Revenue Contributions": Decimal("0.03")}
    funding = {k: [] for k in shares}
    for t in totals:
        used = 0
        for k, share in shares.items():
            if share is not None:
                v = int(t * share)
                funding[k].append(v)
                used += v
        funding["Prudential Borrowing"].append(int(t) - used)
    for k in shares:
        line(k, funding[k])
    tf = len(rows)
    rows.append(["Total Funding"] + [colsum(c, f0, tf - 1) for c in range(1, ny + 2)])
    sheet.values.clear()
    return sheet


# ---------------------------------------------------------------- reserves

def reserves():
    rows = [["Earmarked Reserves"], [],
            ["Reserve", "Balance at 1 April 2023", "Transfers In 2023/24", "Transfers Out 2023/24",
             "Balance at 31 March 2024", "Transfers In 2024/25", "Transfers Out 2024/25",
             "Balance at 31 March 2025"],
            ["", "£000", "£000", "£000", "£000", "£000", "£000", "£000"]]
    rng = random.Random(2025)
    r0 = len(rows)
    for name in ["Insurance Reserve", "Business Rates Equalisation Reserve", "Transformation Reserve",
                 "Public Health Reserve", "Schools Balances", "Capital Financing Reserve",
                 "Covid-19 Recovery Reserve", "Elections Reserve", "Planning Appeals Reserve"]:
        r = len(rows)
        opening = rng.randrange(200, 15000)
        tin, tout = rng.randrange(0, 3000), rng.randrange(0, min(opening, 4000))
        tin2, tout2 = rng.randrange(0, 3000), rng.randrange(0, 2500)
        rows.append([name, opening, tin or None, tout or None, F(f"{cref(r, 1)}+{cref(r, 2)}-{cref(r, 3)}"),
                     tin2 or None, tout2 or None, F(f"{cref(r, 4)}+{cref(r, 5)}-{cref(r, 6)}")])
    te = len(rows)
    rows.append(["Total Earmarked Reserves"] + [colsum(c, r0, te - 1) for c in range(1, 8)])
    gf = len(rows)
    rows.append(["General Fund Balance", 12500, 750, None, F(f"{cref(gf, 1)}+{cref(gf, 2)}-{cref(gf, 3)}"),
                 None, 1200, F(f"{cref(gf, 4)}+{cref(gf, 5)}-{cref(gf, 6)}")])
    rows.append([])
    rows.append(["Total Usable Revenue Reserves"] + [sums([cref(te, c), cref(gf, c)]) for c in range(1, 8)])
    return Sheet("Earmarked Reserves", rows)


# ---------------------------------------------------------------- US net position, budget to actual

def net_position():
    head = ["", "Governmental Activities", "Business-type Activities", "Total", "Component Units"]
    rows = [["City of Example"], ["Statement of Net Position"], ["June 30, 2024"], [],
            ["", "Primary Government"], head]
    rng = random.Random(1934)

    def line(label, lo, hi, sign=1, cu=True):
        r = len(rows)
        g = sign * rng.randrange(lo, hi) * 1000
        b = sign * rng.randrange(lo, hi) * 1000 if rng.random() > 0.2 else None
        rows.append([label, V(g, DOLLARS), V(b, DOLLARS) if b is not None else None,
                     F(f"SUM({cref(r, 1)}:{cref(r, 2)})", DOLLARS),
                     V(sign * rng.randrange(lo, hi) * 100, DOLLARS) if cu else None])
        return r

    def total(label, r0, r1):
        r = len(rows)
        rows.append([label] + [F(f"SUM({cref(r0, c)}:{cref(r1, c)})", DOLLARS) for c in (1, 2, 3, 4)])
        return r

    rows.append(["ASSETS"])
    a0 = len(rows)
    for name in ["Cash and investments", "Receivables (net of allowance for uncollectibles)",
                 "Due from other governments", "Inventories", "Prepaid items", "Restricted assets:",
                 "Cash and investments with fiscal agents"]:
        if name.endswith(":"):
            rows.append([name])
        else:
            line(name, 200, 90000)
    rows.append(["Capital assets:"])
    line("Nondepreciable", 10000, 200000)
    line("Depreciable, net", 50000, 600000)
    ta = total("Total assets", a0, len(rows) - 1)
    rows.append([])
    rows.append(["DEFERRED OUTFLOWS OF RESOURCES"])
    d0 = len(rows)
    line("Deferred outflows related to pensions", 1000, 40000)
    line("Deferred outflows related to OPEB", 200, 9000)
    line("Deferred charge on refunding", 50, 3000, cu=False)
    tdo = total("Total deferred outflows of resources", d0, len(rows) - 1)
    rows.append([])
    rows.append(["LIABILITIES"])
    l0 = len(rows)
    for name in ["Accounts payable and accrued liabilities", "Accrued payroll", "Unearned revenue",
                 "Deposits payable"]:
        line(name, 100, 30000)
    rows.append(["Noncurrent liabilities:"])
    line("Due within one year", 1000, 25000)
    line("Due in more than one year", 20000, 300000)
    line("Net pension liability", 10000, 150000)
    tl = total("Total liabilities", l0, len(rows) - 1)
    rows.append([])
    rows.append(["DEFERRED INFLOWS OF RESOURCES"])
    i0 = len(rows)
    line("Deferred inflows related to pensions", 500, 20000)
    line("Deferred inflows related to leases", 100, 8000)
    tdi = total("Total deferred inflows of resources", i0, len(rows) - 1)
    rows.append([])
    rows.append(["NET POSITION"])
    sheet = Sheet("Net Position", rows)
    net = {c: sheet.value(ta, c) + sheet.value(tdo, c) - sheet.value(tl, c) - sheet.value(tdi, c)
           for c in (1, 2, 4)}
    n0 = len(rows)
    shares = [("Net investment in capital assets", Decimal("0.9")), ("Restricted for:", None),
              ("Debt service", Decimal("0.04")), ("Capital projects", Decimal("0.07")),
              ("Public safety", Decimal("0.02")), ("Unrestricted (deficit)", "rest")]
    for name, share in shares:
        if share is None:
            rows.append([name])
            continue
        r = len(rows)
        figs = []
        for c in (1, 2, 4):
            if share == "rest":
                v = net[c] - sum(sheet.value(x, c) for x in range(n0, r) if rows[x][1:] and len(rows[x]) > 1)
            else:
                v = (net[c] * share / 1000).quantize(Decimal(1)) * 1000
            figs.append(V(int(v), DOLLARS))
        rows.append([name, figs[0], figs[1], F(f"SUM({cref(r, 1)}:{cref(r, 2)})", DOLLARS), figs[2]])
        sheet.values.clear()
    total("Total net position", n0, len(rows) - 1)
    sheet.values.clear()
    return sheet


def budget_to_actual():
    rows = [["City of Example"], ["Budgetary Comparison Schedule"], ["General Fund"],
            ["For the Fiscal Year Ended June 30, 2024"], [],
            ["", "Budgeted Amounts", None, "Actual Amounts", "Variance with Final Budget"],
            ["", "Original", "Final", "(Budgetary Basis)", "Positive (Negative)"]]
    rng = random.Random(630)

    def line(label, lo, hi, revenue=True):
        r = len(rows)
        orig = rng.randrange(lo, hi) * 1000
        final = orig + rng.randrange(-50, 120) * 1000
        actual = final + rng.randrange(-90, 90) * 1000
        var = F(f"{cref(r, 3)}-{cref(r, 2)}" if revenue else f"{cref(r, 2)}-{cref(r, 3)}", DOLLARS)
        rows.append([label, V(orig, DOLLARS), V(final, DOLLARS), V(actual, DOLLARS), var])
        return r

    def total(label, r0, r1):
        r = len(rows)
        rows.append([label] + [F(f"SUM({cref(r0, c)}:{cref(r1, c)})", DOLLARS) for c in (1, 2, 3, 4)])
        return r

    rows.append(["REVENUES"])
    r0 = len(rows)
    for name in ["Property taxes", "Sales and use taxes", "Franchise fees", "Licenses and permits",
                 "Intergovernmental", "Charges for services", "Fines and forfeitures", "Investment earnings"]:
        line(name, 500, 60000)
    tr = total("Total revenues", r0, len(rows) - 1)
    rows.append(["EXPENDITURES"])
    rows.append(["Current:"])
    e0 = len(rows)
    for name in ["General government", "Public safety", "Public works", "Community development",
                 "Culture and recreation"]:
        line(name, 2000, 80000, revenue=False)
    line("Capital outlay", 100, 5000, revenue=False)
    te = total("Total expenditures", e0, len(rows) - 1)
    ex = len(rows)
    rows.append(["Excess (deficiency) of revenues over (under) expenditures"]
                + [F(f"{cref(tr, c)}-{cref(te, c)}", DOLLARS) for c in (1, 2, 3)]
                + [F(f"{cref(tr, 4)}+{cref(te, 4)}", DOLLARS)])
    rows.append(["OTHER FINANCING SOURCES (USES)"])
    o0 = len(rows)
    line("Transfers in", 500, 8000)
    t_out = line("Transfers out", 500, 8000)
    for c in (1, 2, 3):  # transfers out are negative; the variance stays actual - final
        rows[t_out][c] = V(-rows[t_out][c].value, DOLLARS)
    to = total("Total other financing sources (uses)", o0, len(rows) - 1)
    nc = len(rows)
    rows.append(["Net change in fund balance"] + [sums([cref(ex, c), cref(to, c)], DOLLARS) for c in (1, 2, 3, 4)])
    fb = len(rows)
    rows.append(["Fund balance - beginning", V(48215000, DOLLARS), V(48215000, DOLLARS), V(48215000, DOLLARS),
                 None])
    rows.append(["Fund balance - ending"] + [sums([cref(nc, c), cref(fb, c)], DOLLARS) for c in (1, 2, 3)]
                + [F(f"{cref(nc, 4)}", DOLLARS)])
    return Sheet("Budget to Actual", rows)


# ---------------------------------------------------------------- pension fund account (£m, one decimal)

def pension_fund():
    """Each line is pounds rounded to £0.1m and each total a SUM of the rounded
    lines, but for one: the 2023/24 net return on investments is keyed in as the
    audited figure, the rounded sum of the pounds, a unit (0.1) above the sum of
    its rounded lines. It is a value in the formulas copy too."""
    rows = [["Exampleshire Pension Fund - Fund Account for the year ended 31 March 2024"], [],
            ["", "Notes", "2022/23", "2023/24"], ["", None, "£m", "£m"]]

    def m(v):
        return V((Decimal(v) / 1000000).quantize(Decimal("0.1"), ROUND_HALF_UP), ONE_DP)

    def lines(items):
        start = len(rows)
        for name, note, a, b in items:
            rows.append([name, note, m(a), m(b)])
        return f"{{c}}{start + 1}:{{c}}{len(rows)}"

    def total(label, parts, note=None):
        """parts: A1 templates with {c} for the column letter."""
        rows.append([label, note] + [F("SUM(" + ",".join(p.format(c=c) for p in parts) + ")", ONE_DP)
                                     for c in "CD"])
        return f"{{c}}{len(rows)}"

    rows.append(["Dealings with members, employers and others directly involved in the fund"])
    tc = total("", [lines([("Contributions", "7", 182_346_120, 195_412_870),
                            ("Transfers in from other pension funds", "8", 8_148_310, 11_263_440)])])
    tb = total("", [lines([("Benefits", "9", -151_275_380, -163_918_240),
                            ("Payments to and on account of leavers", "10", -9_412_660, -7_854_150)])])
    nd = total("Net additions/(withdrawals) from dealings with members", [tc, tb])
    mgmt = lines([("Management expenses", "11", -24_185_470, -26_472_310)])
    ni = total("Net additions/(withdrawals) including fund management expenses", [nd, mgmt])
    rows.append([])
    rows.append(["Returns on investments"])
    nr = total("Net return on investments",
               [lines([("Investment income", "12", 61_904_250, 72_148_460),
                       ("Taxes on income", None, -412_380, -385_910),
                       ("Profit and (losses) on disposal of investments and changes in the market value of "
                        "investments", "14", -98_271_450, 201_846_320)])])
    rows.append([])
    nt = total("Net increase/(decrease) in the net assets available for benefits during the year", [ni, nr])
    rows.append([])
    op = len(rows)
    rows.append(["Opening net assets of the scheme", None, m(3_412_846_120), None])
    cl = len(rows)
    rows.append(["Closing net assets of the scheme", None, F(f"C{op + 1}+{nt.format(c='C')}", ONE_DP),
                 F(f"D{op + 1}+{nt.format(c='D')}", ONE_DP)])
    rows[op][3] = F(f"C{cl + 1}", ONE_DP)
    sheet = Sheet("Fund Account", rows)
    r = int(nr.format(c="")) - 1
    rows[r][3] = V(sheet.value(r, 3) + Decimal("0.1"), ONE_DP)  # the audited figure
    sheet.values.clear()
    return sheet


# ---------------------------------------------------------------- the files

WORKBOOKS = {
    "cash-flow": lambda: [cash_flow(), cash_flow_indirect()],
    "collection-fund": lambda: [collection_fund(), hra()],
    "budget-monitoring": lambda: [budget_monitoring()],
    "capital-programme": lambda: [capital_programme()],
    "reserves": lambda: [reserves()],
    "net-position": lambda: [net_position(), budget_to_actual()],
    "pension-fund": lambda: [pension_fund()],
}

# Altered copies (from the values copy), one total and one component per workbook;
# every one should be reported as an error at the cell named last (the total
# itself, or the total over the altered component).
ALTERED = [
    # workbook, sheet, cell altered, by how much, where the error should be reported
    ("cash-flow", "Cash Flow Statement", "D20", 5000, "D20"),          # Net cash flows from Operating Activities
    ("cash-flow", "Cash Flow Statement", "C23", -4000, "C28"),         # a purchase of assets (component)
    ("cash-flow", "Cash Flow (indirect)", "D13", 1500, "D13"),       # Net (increase) or decrease, indirect
    ("cash-flow", "Cash Flow (indirect)", "D8", -1565, "D8"),        # Net cash flows from Operating Activities
    ("collection-fund", "Collection Fund", "B28", 900, "B28"),         # Total expenditure, council tax
    ("collection-fund", "HRA", "C6", 700, "C12"),                      # Repairs and maintenance 2023/24
    ("budget-monitoring", "Period 8", "B9", 400, "B9"),                # Adults and Health total, budget
    ("budget-monitoring", "Period 8", "C14", 300, "C15"),              # a service's forecast (component)
    ("capital-programme", "Capital Programme", "D13", 750, "D13"),     # Total Capital Programme 2026/27
    ("capital-programme", "Capital Programme", "C8", 500, "C13"),      # a scheme in 2025/26 (component)
    ("reserves", "Earmarked Reserves", "C14", 300, "C14"),             # Total Earmarked Reserves, transfers in
    ("reserves", "Earmarked Reserves", "B7", 200, "B14"),              # a reserve's opening balance
    ("net-position", "Net Position", "B18", 250000, "B18"),            # Total assets, governmental
    ("net-position", "Budget to Actual", "D11", 40000, "D17"),         # an actual revenue line
    ("net-position", "Budget to Actual", "D32", 30000, "D32"),         # Net change in fund balance, actual
    ("pension-fund", "Fund Account", "D14", Decimal("2.5"), "D14"),    # Net additions ... including
    ("pension-fund", "Fund Account", "C17", Decimal("-3.0"), "C20"),   # investment income 2022/23
]


def main():
    built = {}
    for name, make in WORKBOOKS.items():
        sheets = make()
        built[name] = sheets
        mk.write_xlsx(os.path.join(HERE, f"{name}-formulas.xlsx"), sheets, True)
        mk.write_xlsx(os.path.join(HERE, f"{name}-values.xlsx"), sheets, False)
    counts = {}
    lines = ["file\tsheet\tcell\tstated\tbefore\terror_at"]
    for name, sheet_name, cell, delta, report in ALTERED:
        counts[name] = counts.get(name, 0) + 1
        sheet = next(s for s in built[name] if s.name == sheet_name)
        m = mk.REF.fullmatch(cell)
        rc = (int(m.group(2)) - 1, mk.col_index(m.group(1)))
        before = sheet.value(*rc)
        after = before + delta
        fname = f"{name}-altered-{counts[name]}.xlsx"
        mk.write_xlsx(os.path.join(HERE, fname), built[name], False, (sheet_name, rc, after))
        lines.append(f"{fname}\t{sheet_name}\t{cell}\t{mk.format_number(after)}\t"
                     f"{mk.format_number(before)}\t{report}")
    with open(os.path.join(HERE, "altered2.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
