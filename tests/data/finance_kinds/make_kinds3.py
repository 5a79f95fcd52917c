#!/usr/bin/env python3
"""A third round of finance workbook kinds (issue 17), laid out as other public
bodies lay them out, written with make_kinds.py's writer (Python standard
library only). The first two rounds have an RO-style form with its line numbers
on the left, a budget book by division with years as columns, a grant register
with a Total, a payment listing and a CIES with the service between the years;
these are the same kinds as other bodies publish them. The figures are made up;
every stated total agrees.

  outturn-return  a revenue outturn return as the government's forms have it:
      an RO sheet whose line codes (501, 502 ...) sit in a column of their own
      between the description and the figures, "col 1" ... "col 7" above the
      amount columns, a "£ thousand" unit row, col 3 = col 1 + col 2, col 6 =
      col 4 + col 5, col 7 = col 3 - col 6 and "TOTAL CULTURAL AND RELATED
      SERVICES (total of lines 501 to 509)"; and an RA budget sheet with line
      numbers on the left, column codes "1", "2" above the years, "TOTAL SERVICE
      EXPENDITURE (total of lines 1 to 9)", "NET CURRENT EXPENDITURE (lines 10
      minus 11)", "REVENUE EXPENDITURE (total of lines 12 to 15)" and the
      council tax requirement (line 16 minus lines 17 and 18).
  budget-subjective  a budget book page of a district council: one row per
      service with Employees, Premises, Transport, Supplies and Services, Third
      Party Payments and Income (negative) across, the 2024/25 Net Budget their
      sum, the 2023/24 net budget beside it on the left, a total per division
      and "Net Budget" over the divisions; and a second page as a county prints
      it: Gross Expenditure, Income (positive), Net Expenditure = gross - income,
      the prior year's net on the right, "Sub-total" per division.
  grants-payments  lists with nothing to add up, as transparency pages publish
      them: a 360Giving-style grant register (identifier, recipient, charity or
      company number, amount requested, amount awarded, date; recipients
      repeated, no total), and a list of payments over £500 (date, supplier,
      company number, invoice number, amount in pounds and pence, credit notes
      negative; suppliers repeated) with no total.
  spend-listing  the same payments with one "Grand Total" at the foot.
  accounts-left  a statement of accounts as councils that put the description
      on the left print it: CIES with the current year's block first (Gross
      Expenditure, Gross Income in brackets, Net Expenditure) and the prior
      year's beside it, Cost of Services, the other lines, (Surplus) or Deficit
      on the Provision of Services, Other Comprehensive Income and Expenditure,
      Total Comprehensive Income and Expenditure; a second CIES with the
      description between the years and no note column; and a Balance Sheet
      (current year first, a Notes column) with Long Term Assets, Current Assets,
      Current Liabilities, Long Term Liabilities, Net Assets, Total Usable
      Reserves, Total Unusable Reserves and Total Reserves equal to Net Assets.

Each comes as NAME-formulas.xlsx, NAME-values.xlsx and NAME-altered-N.xlsx (one
figure changed in the values copy), listed in altered3.tsv with the cell where
the error should be reported (error_at), or "silent" where no total covers it.

Run from the project root: python3 tests/data/finance_kinds/make_kinds3.py
"""
import os
import random
import sys
from decimal import Decimal

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_kinds as mk  # noqa: E402
import make_kinds2 as mk2  # noqa: E402  (its styles come before ours)
from make_kinds import F, V, Sheet, cref, colsum  # noqa: E402
from make_kinds2 import sums  # noqa: E402

CODE = 6
DATE = 2
PENCE = len(mk.STYLES)
mk.STYLES.append("\"£\"#,##0.00;-\"£\"#,##0.00")  # pounds and pence with the sign
assert mk2.ONE_DP < PENCE


def rowsum(r, c0, c1, style=1):
    return F(f"SUM({cref(r, c0)}:{cref(r, c1)})", style)


# ---------------------------------------------------------------- revenue outturn return

def ro5():
    lines = [(501, "Archives", 212, 148, 12, 31),
             (502, "Arts development and support", 318, 905, 64, 210),
             (503, "Heritage", 145, 236, 58, 12),
             (504, "Museums and galleries", 1204, 1877, 415, 392),
             (505, "Theatres and public entertainment", 886, 2415, 1905, 160),
             (506, "Community centres and public halls", 402, 713, 228, 95),
             (507, "Foreshore", 0, 54, 18, 0),
             (508, "Sports development and community recreation", 1095, 1630, 512, 604),
             (509, "Sports and recreation facilities, including golf courses", 2870, 4105, 3318, 227)]
    rows = [["REVENUE OUTTURN CULTURAL, ENVIRONMENTAL, REGULATORY AND PLANNING SERVICES (RO5) 2023-24"],
            ["Local authority:", "Exampleshire Borough Council"],
            [],
            [None, None, None, "£ thousand"],
            ["", "Line", "Employees", "Running expenses", "Total expenditure", "Sales, fees and charges",
             "Other income", "Total income", "Net current expenditure"],
            ["", "", "col 1", "col 2", "col 3", "col 4", "col 5", "col 6", "col 7"],
            ["CULTURAL AND RELATED SERVICES"]]
    first = len(rows)
    for code, name, emp, run, sales, other in lines:
        r = len(rows)
        rows.append([name, V(code, CODE), emp, run, rowsum(r, 2, 3), sales, other, rowsum(r, 5, 6),
                     F(f"{cref(r, 4)}-{cref(r, 7)}")])
    last = len(rows) - 1
    r = len(rows)
    rows.append(["TOTAL CULTURAL AND RELATED SERVICES (total of lines 501 to 509)", V(590, CODE)]
                + [colsum(c, first, last) for c in range(2, 9)])
    return Sheet("RO5", rows)


def ra():
    services = [("Education services", 412850, 398215), ("Highways and transport services", 38410, 36925),
                ("Children Social Care", 118240, 109870), ("Adult Social Care", 231905, 219460),
                ("Public Health", 41270, 40115), ("Housing services (GFRA only)", 6215, 5980),
                ("Cultural and related services", 14805, 14330), ("Environmental and regulatory services", 52390,
                                                                   50115),
                ("Planning and development services", 9870, 10245)]
    rows = [["REVENUE ACCOUNT BUDGET 2024-25 (RA)"],
            ["Exampleshire County Council"],
            [],
            [None, None, "£ thousand", "£ thousand"],
            ["Line", None, "2024-25 budget", "2023-24 budget"],
            [None, None, "1", "2"]]
    first = len(rows)
    for i, (name, a, b) in enumerate(services):
        rows.append([V(i + 1, CODE), name, a, b])
    last = len(rows) - 1
    tse = len(rows)
    rows.append([V(10, CODE), "TOTAL SERVICE EXPENDITURE (total of lines 1 to 9)",
                 colsum(2, first, last), colsum(3, first, last)])
    grants = len(rows)
    rows.append([V(11, CODE), "Specific and special grants outside AEF", 398105, 384260])
    nce = len(rows)
    rows.append([V(12, CODE), "NET CURRENT EXPENDITURE (lines 10 minus 11)",
                 F(f"{cref(tse, 2)}-{cref(grants, 2)}"), F(f"{cref(tse, 3)}-{cref(grants, 3)}")])
    rows.append([V(13, CODE), "Capital financing: interest and debt repayment", 31420, 29875])
    rows.append([V(14, CODE), "Levies", 1215, 1190])
    last2 = len(rows)
    rows.append([V(15, CODE), "Appropriations to(+)/from(-) reserves", -6210, 2405])
    rev = len(rows)
    rows.append([V(16, CODE), "REVENUE EXPENDITURE (total of lines 12 to 15)",
                 colsum(2, nce, last2), colsum(3, nce, last2)])
    rsg = len(rows)
    rows.append([V(17, CODE), "Revenue Support Grant", 21870, 20415])
    rows.append([V(18, CODE), "Retained business rates income", 97345, 92810])
    rows.append([V(19, CODE), "COUNCIL TAX REQUIREMENT (line 16 minus lines 17 and 18)",
                 F(f"{cref(rev, 2)}-{cref(rsg, 2)}-{cref(rsg + 1, 2)}"),
                 F(f"{cref(rev, 3)}-{cref(rsg, 3)}-{cref(rsg + 1, 3)}")])
    return Sheet("RA", rows)


# ---------------------------------------------------------------- budget book, subjective across

DIVISIONS = [
    ("Community Services", ["Housing Options", "Community Safety", "Leisure Centres", "Parks and Open Spaces"]),
    ("Environment", ["Refuse Collection", "Street Cleansing", "Car Parks", "Environmental Health"]),
    ("Corporate Services", ["Finance", "Revenues and Benefits", "Legal and Democratic Services", "ICT"]),
]
SUBJECTIVE = ["Employees", "Premises", "Transport", "Supplies and Services", "Third Party Payments"]


def budget_subjective():
    rows = [["Exampleshire District Council"], ["Revenue Budget 2024/25 - Service Budgets by Subjective"], [],
            ["Service", "2023/24 Net Budget", *SUBJECTIVE, "Income", "2024/25 Net Budget"],
            [None] + ["£"] * 8]
    rng = random.Random(2425)
    subtotals = []
    net = 2 + len(SUBJECTIVE) + 1  # the Net column
    for division, services in DIVISIONS:
        rows.append([division])
        s0 = len(rows)
        for name in services:
            r = len(rows)
            spend = [rng.randrange(0, 900) * 1000 + rng.randrange(0, 999) if rng.random() > 0.1 else None
                     for _ in SUBJECTIVE]
            income = -rng.randrange(50, 1200) * 1000 - rng.randrange(0, 999)
            prior = sum(x or 0 for x in spend) + income + rng.randrange(-80000, 60000)
            rows.append([name, prior, *spend, income, rowsum(r, 2, net - 1)])
        s1 = len(rows) - 1
        r = len(rows)
        subtotals.append(r)
        rows.append([f"{division} Total"] + [colsum(c, s0, s1) for c in range(1, net + 1)])
        rows.append([])
    rows.append(["Net Budget"] + [sums([cref(s, c) for s in subtotals]) for c in range(1, net + 1)])
    return Sheet("Service Budgets", rows)


def budget_gross_net():
    rows = [["Portfolio Budget Summary 2024/25"], [],
            ["", "Gross Expenditure", "Income", "Net Expenditure", "2023/24 Net Budget"],
            ["", "£000", "£000", "£000", "£000"]]
    rng = random.Random(4242)
    subtotals = []
    for division, services in DIVISIONS:
        rows.append([division])
        s0 = len(rows)
        for name in services:
            r = len(rows)
            gross = rng.randrange(800, 14000)
            income = rng.randrange(100, gross)
            rows.append([name, gross, income, F(f"{cref(r, 1)}-{cref(r, 2)}"),
                         gross - income + rng.randrange(-300, 300)])
        s1 = len(rows) - 1
        subtotals.append(len(rows))
        rows.append(["Sub-total"] + [colsum(c, s0, s1) for c in range(1, 5)])
        rows.append([])
    rows.append(["Net Budget"] + [sums([cref(s, c) for s in subtotals]) for c in range(1, 5)])
    return Sheet("Portfolio Summary", rows)


# ---------------------------------------------------------------- grants and payments

RECIPIENTS = [("Age UK Exampleshire", "1088214"), ("Northfield Food Bank", "1157340"),
              ("Riverside Youth Project", "1123907"), ("Home-Start Exampleshire", "1061558"),
              ("Westgate Community Interest Company", "09876543"), ("Oakwood Men's Shed", "1178021"),
              ("Northfield Credit Union", "IP31245R"), ("Castle Ward Residents Association", None)]
SUPPLIERS = [("Acme Care Ltd", "04123987"), ("County Fuels Ltd", "01942210"), ("Dale Highways Ltd", "07715302"),
             ("Eastern Energy plc", "02366852"), ("Fenwick IT Services Ltd", "11203344"),
             ("Green Waste Solutions Ltd", "08831460"), ("Harbour Homes CIC", "10428835"),
             ("Exampleshire County Council", None), ("HM Revenue & Customs", None)]


def grant_list():
    rng = random.Random(3600)
    rows = [["Identifier", "Recipient Org:Name", "Recipient Org:Charity Number", "Recipient Org:Company Number",
             "Title", "Amount Applied For", "Amount Awarded", "Award Date", "Beneficiary Location:Name",
             "Financial Year"]]
    for i in range(150):
        name, number = rng.choice(RECIPIENTS)
        charity = number if number and number.isdigit() and len(number) == 7 else None
        company = number if number and not charity else None
        awarded = rng.choice([500, 1000, 1500, 2000, 2500, 5000, 7500, 10000, 15000])
        applied = awarded + rng.choice([0, 0, 0, 500, 1000, 2500])
        rows.append([f"360G-EXB-{2024100 + i}", name, V(int(charity), CODE) if charity else None, company,
                     "Community Grants Programme", V(applied, 4), V(awarded, 4), V(45383 + rng.randrange(0, 366), DATE),
                     rng.choice(["Abbey", "Brookside", "Castle", "Oakwood", "Riverside"]), "2024-25"])
    return Sheet("Grants", rows)


def payments(n, seed):
    rng = random.Random(seed)
    rows = [["Exampleshire Borough Council - Payments over £500, Quarter 1 2024/25"], [],
            ["Payment Date", "Supplier Name", "Company Number", "Invoice Number", "Service", "Expense Type",
             "Amount"]]
    for i in range(n):
        name, number = rng.choice(SUPPLIERS)
        pounds = rng.randrange(500, 25000)
        amount = Decimal(pounds) + Decimal(rng.randrange(0, 100)) / 100
        if rng.random() < 0.04:
            amount = -amount  # a credit note
        rows.append([V(45383 + i // 4, DATE), name, number, f"INV-{rng.randrange(100000, 999999)}",
                     rng.choice(["Waste", "Housing", "Leisure", "Finance", "ICT", "Highways"]),
                     rng.choice(["Contractors", "Energy", "Fuel", "Software", "Care Packages", "Repairs"]),
                     V(amount, PENCE)])
    return rows


def payment_list():
    return Sheet("Payments Q1", payments(400, 5001))


def payment_list_with_total():
    rows = payments(250, 5002)
    first, last = 3, len(rows) - 1
    rows.append([])
    rows.append(["Grand Total", None, None, None, None, None, F(f"SUM({cref(first, 6)}:{cref(last, 6)})", PENCE)])
    return Sheet("Spend over 500", rows)


# ---------------------------------------------------------------- statement of accounts

SERVICES = [("Adult Social Care", 318420, -101365), ("Children's Services", 236915, -108240),
            ("Education", 402310, -371850), ("Public Health", 40125, -39210),
            ("Highways and Transport", 58930, -19875), ("Environment and Waste", 49870, -8415),
            ("Culture and Leisure", 17210, -6340), ("Resources", 38415, -12905)]


def cies_left():
    rows = [["Comprehensive Income and Expenditure Statement"], [],
            ["", "2023/24", None, None, "2022/23"],
            ["", "Gross Expenditure", "Gross Income", "Net Expenditure", "Gross Expenditure", "Gross Income",
             "Net Expenditure"],
            ["", "£000", "£000", "£000", "£000", "£000", "£000"]]
    first = len(rows)
    for i, (name, ge, gi) in enumerate(SERVICES):
        r = len(rows)
        rows.append([name, ge, gi, rowsum(r, 1, 2), int(ge * 0.96) - 211 * i, int(gi * 0.94) + 37 * i,
                     rowsum(r, 4, 5)])
    last = len(rows) - 1
    cos = len(rows)
    rows.append(["Cost of Services"] + [colsum(c, first, last) for c in range(1, 7)])
    o0 = len(rows)
    rows.append(["Other operating expenditure", 16840, -2115, rowsum(o0, 1, 2), 15920, -1870, rowsum(o0, 4, 5)])
    rows.append(["Financing and investment income and expenditure", 48210, -21375, rowsum(o0 + 1, 1, 2),
                 45115, -18920, rowsum(o0 + 1, 4, 5)])
    rows.append(["Taxation and non-specific grant income and expenditure", None, -624815, rowsum(o0 + 2, 1, 2),
                 None, -588210, rowsum(o0 + 2, 4, 5)])
    sdps = len(rows)
    rows.append(["(Surplus) or Deficit on Provision of Services"] + [colsum(c, cos, sdps - 1) for c in range(1, 7)])
    rows.append([])
    c0 = len(rows)
    rows.append(["(Surplus) or deficit on revaluation of non-current assets", None, None, -21305, None, None,
                 -44870])
    rows.append(["Remeasurement of the net defined benefit liability / (asset)", None, None, 12480, None, None,
                 -96215])
    rows.append(["Other (gains) and losses", None, None, -315, None, None, 1020])
    oci = len(rows)
    rows.append(["Other Comprehensive (Income) and Expenditure", None, None, colsum(3, c0, oci - 1), None, None,
                 colsum(6, c0, oci - 1)])
    rows.append([])
    rows.append(["Total Comprehensive (Income) and Expenditure", None, None,
                 sums([cref(sdps, 3), cref(oci, 3)]), None, None, sums([cref(sdps, 6), cref(oci, 6)])])
    return Sheet("CIES", rows)


def cies_middle():
    rows = [["Comprehensive Income and Expenditure Statement for the year ended 31 March 2024"], [],
            ["Gross Expenditure", "Gross Income", "Net Expenditure", None, "Gross Expenditure", "Gross Income",
             "Net Expenditure"],
            ["2023/24", "2023/24", "2023/24", None, "2022/23", "2022/23", "2022/23"],
            ["£000", "£000", "£000", None, "£000", "£000", "£000"]]
    first = len(rows)
    for i, (name, ge, gi) in enumerate(SERVICES):
        r = len(rows)
        rows.append([ge - 1405 * i, gi + 212 * i, rowsum(r, 0, 1), name, int(ge * 0.95), int(gi * 0.97),
                     rowsum(r, 4, 5)])
    last = len(rows) - 1
    cos = len(rows)
    rows.append([colsum(c, first, last) if c != 3 else "Cost of Services" for c in range(7)])
    return Sheet("CIES (2)", rows)


def balance_sheet():
    rows = [["Balance Sheet as at 31 March 2024"], [],
            ["", "Notes", "31 March 2024", "31 March 2023"],
            ["", None, "£000", "£000"]]
    rng = random.Random(331)

    def block(lines, total_label, sign=1):
        start = len(rows)
        for name, note in lines:
            rows.append([name, note, sign * rng.randrange(500, 900000), sign * rng.randrange(500, 900000)])
        r = len(rows)
        rows.append([total_label, None, colsum(2, start, r - 1), colsum(3, start, r - 1)])
        rows.append([])
        return r

    lta = block([("Property, Plant and Equipment", "15"), ("Heritage Assets", "16"), ("Investment Property", "17"),
                 ("Intangible Assets", None), ("Long Term Investments", "18"), ("Long Term Debtors", "19")],
                "Long Term Assets")
    ca = block([("Short Term Investments", "18"), ("Inventories", None), ("Short Term Debtors", "20"),
                ("Cash and Cash Equivalents", "21")], "Current Assets")
    cl = block([("Short Term Borrowing", "18"), ("Short Term Creditors", "22"), ("Provisions", "23")],
               "Current Liabilities", -1)
    ltl = block([("Long Term Borrowing", "18"), ("Other Long Term Liabilities", "24"),
                 ("Pensions Liability", "38")], "Long Term Liabilities", -1)
    na = len(rows)
    rows.append(["Net Assets", None] + [sums([cref(x, c) for x in (lta, ca, cl, ltl)]) for c in (2, 3)])
    rows.append([])
    sheet = Sheet("Balance Sheet", rows)
    u0 = len(rows)
    for name in ["General Fund Balance", "Earmarked Reserves", "Capital Receipts Reserve",
                 "Capital Grants Unapplied"]:
        rows.append([name, "MiRS", rng.randrange(5000, 120000), rng.randrange(5000, 120000)])
    tu = len(rows)
    rows.append(["Total Usable Reserves", None, colsum(2, u0, tu - 1), colsum(3, u0, tu - 1)])
    rows.append([])
    n0 = len(rows)
    for name in ["Revaluation Reserve", "Pensions Reserve", "Collection Fund Adjustment Account",
                 "Accumulated Absences Account"]:
        rows.append([name, "25", rng.randrange(-400000, 400000), rng.randrange(-400000, 400000)])
    caa = len(rows)
    rows.append(["Capital Adjustment Account", "25", 0, 0])
    tn = len(rows)
    rows.append(["Total Unusable Reserves", None, colsum(2, n0, tn - 1), colsum(3, n0, tn - 1)])
    rows.append([])
    rows.append(["Total Reserves", None, sums([cref(tu, 2), cref(tn, 2)]), sums([cref(tu, 3), cref(tn, 3)])])
    # The Capital Adjustment Account is whatever makes Total Reserves equal Net Assets.
    for c in (2, 3):
        gap = sheet.value(na, c) - sheet.value(tu, c) - sheet.value(tn, c)
        rows[caa][c] = int(gap)
        sheet.values.clear()
    return sheet


# ---------------------------------------------------------------- the files

WORKBOOKS = {
    "outturn-return": lambda: [ro5(), ra()],
    "budget-subjective": lambda: [budget_subjective(), budget_gross_net()],
    "grants-payments": lambda: [grant_list(), payment_list()],
    "spend-listing": lambda: [payment_list_with_total()],
    "accounts-left": lambda: [cies_left(), cies_middle(), balance_sheet()],
}

# Altered copies (from the values copy): workbook, sheet, cell altered, by how much,
# and where the error should be reported ("silent": no total covers the cell; "A|B":
# a component under two totals, reported at either).
ALTERED = [
    ("outturn-return", "RO5", "F17", 400, "F17"),                      # TOTAL ... (total of lines 501 to 509), col 4
    ("outturn-return", "RO5", "C11", 120, "C17|E11"),                      # a line's employees (col 1)
    ("outturn-return", "RA", "C16", 5000, "C16"),                      # TOTAL SERVICE EXPENDITURE
    ("outturn-return", "RA", "D12", -2500, "D16"),                     # a service line, 2023-24
    ("budget-subjective", "Service Budgets", "D11", 25000, "D11"),     # Community Services Total, Premises
    ("budget-subjective", "Service Budgets", "G8", 40000, "I8|G11"),       # a service's Third Party Payments
    ("budget-subjective", "Portfolio Summary", "B10", 300, "B10"),     # a Sub-total's gross expenditure
    ("budget-subjective", "Portfolio Summary", "C13", 150, "C17|D13"),     # a service's income
    ("budget-subjective", "Service Budgets", "I9", 3000, "I9"),        # a service's 2024/25 Net Budget
    ("grants-payments", "Grants", "G40", 1000, "silent"),              # one grant awarded
    ("grants-payments", "Payments Q1", "G100", 1000, "silent"),        # one payment
    ("spend-listing", "Spend over 500", "G255", 1000, "G255"),         # the Grand Total
    ("spend-listing", "Spend over 500", "G40", 500, "G255"),           # one payment under it
    ("accounts-left", "CIES", "D14", 2000, "D14"),                     # Cost of Services, 2023/24 net
    ("accounts-left", "CIES", "F9", -1500, "F14|G9"),                     # a service's income, 2022/23
    ("accounts-left", "CIES (2)", "A7", 800, "A14|C7"),                   # a service's expenditure, 2023/24
    ("accounts-left", "Balance Sheet", "C11", 4000, "C11"),            # Long Term Assets, 2024
    ("accounts-left", "Balance Sheet", "D38", 1000, "D42"),            # an unusable reserve, 2023
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
        assert isinstance(sheet.cell(*rc), (int, float, Decimal, F, V)), (name, sheet_name, cell)
        after = before + delta
        fname = f"{name}-altered-{counts[name]}.xlsx"
        mk.write_xlsx(os.path.join(HERE, fname), built[name], False, (sheet_name, rc, after))
        lines.append(f"{fname}\t{sheet_name}\t{cell}\t{mk.format_number(after)}\t"
                     f"{mk.format_number(before)}\t{report}")
    with open(os.path.join(HERE, "altered3.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
