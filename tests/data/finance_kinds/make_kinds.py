#!/usr/bin/env python3
"""Workbooks of the kinds public bodies publish that the development set barely
shows (issue 17), laid out and worded as UK councils and US cities lay them out,
written into this folder with nothing but Python's standard library (the xlsx
XML is written directly so that every formula carries the value Excel would
have saved with it). The figures are made up; every stated total agrees.

Each workbook comes as NAME-formulas.xlsx (SUM and other formulas with their
saved values, as the finance system exports them) and NAME-values.xlsx (the
same with every formula replaced by its value, as pasted into committee
papers). altered.tsv lists the copies with one figure changed
(NAME-altered-N.xlsx, made from the values copy) and where fundbook should
report it, or that it should stay silent because no total covers the cell.

  statement-of-accounts  Comprehensive Income and Expenditure Statement (prior
      and current year side by side, the service label between the blocks;
      Gross Expenditure, Gross Income (negative), Net Expenditure = gross plus
      income; Cost of Services; (Surplus) or Deficit on Provision of Services;
      Other Comprehensive Income and Expenditure), Balance Sheet (Long Term
      Assets, Current Assets, liabilities negative, Net Assets, Usable and
      Unusable Reserves, Total Reserves equal to Net Assets), Movement in
      Reserves Statement (reserves as columns, Total Usable Reserves, Total
      Authority Reserves; balances rolled forward), a note with a Restated
      prior-year column.
  revenue-outturn  an RO-style form: line numbers in a column of their own,
      service lines, "TOTAL SERVICE EXPENDITURE (total of lines 1 to 9)",
      £ thousand; Employees, Running expenses, Total Expenditure, Sales fees
      and charges, Other income, Total Income (positive), Net Current
      Expenditure = expenditure minus income.
  budget-book  a service summary by division (subtotals, a grand total;
      "2023/24 Original Budget", "2024/25 Budget", "Change", "Change %") and a
      subjective analysis (Employees, Premises, Transport, Supplies and
      Services, Third Party Payments, Gross Expenditure, income lines, Total
      Income negative, Net Expenditure) per division.
  grant-register  one row per grant (reference, recipient, charity number,
      purpose, date awarded, amount, ward) with a Total at the foot; and a
      360Giving-style sheet (identifier, amount, award date, postcode...) with
      no total at all.
  payment-listing  supplier payments over £500: 3,000 rows of body, service
      area, expense type, date, transaction number, net amount in pounds and
      pence, supplier; no totals.
  governmental-funds  a US city's Statement of Revenues, Expenditures, and
      Changes in Fund Balances: funds as columns, Total Governmental Funds;
      Total revenues, Total expenditures, "Excess (deficiency) of revenues
      over (under) expenditures" (a difference), Total other financing sources
      (uses), Net change in fund balances, fund balances beginning and ending.

Run from the project root: python3 tests/data/finance_kinds/make_kinds.py
"""
import os
import random
import re
import zipfile
from decimal import Decimal
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_TIME = (2024, 4, 1, 12, 0, 0)  # reproducible zips

# Number formats (style index -> format), as the publishers use them.
STYLES = [
    None,                       # 0 General
    "#,##0;(#,##0);\"-\"",      # 1 whole units, negatives in brackets
    "dd/mm/yyyy",               # 2 a date
    "0.0%",                     # 3 a percentage
    "#,##0.00",                 # 4 pounds and pence
    "\"$\"#,##0;(\"$\"#,##0)",  # 5 dollars
    "0",                        # 6 a code or line number
]


class F:
    """A formula; its value is worked out when the sheet is written."""

    def __init__(self, text, style=1):
        self.text = text
        self.style = style


class V:
    """A value with a number format."""

    def __init__(self, value, style):
        self.value = value
        self.style = style


def col_name(c):
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


REF = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]+)")
SUM = re.compile(r"SUM\(([^)]*)\)")


class Sheet:
    def __init__(self, name, rows):
        self.name = name
        self.rows = rows
        self.values = {}

    def cell(self, r, c):
        if r >= len(self.rows) or c >= len(self.rows[r]):
            return None
        return self.rows[r][c]

    def value(self, r, c):
        key = (r, c)
        if key in self.values:
            return self.values[key]
        v = self.cell(r, c)
        if isinstance(v, F):
            out = self.evaluate(v.text)
        elif isinstance(v, V):
            out = v.value
        else:
            out = v
        if not isinstance(out, (int, float, Decimal)) or isinstance(out, bool):
            out = 0
        self.values[key] = Decimal(str(out))
        return self.values[key]

    def ref_value(self, m):
        return self.value(int(m.group(2)) - 1, col_index(m.group(1)))

    def range_sum(self, text):
        total = Decimal(0)
        for part in text.split(","):
            ends = part.split(":")
            a = REF.fullmatch(ends[0].strip())
            b = REF.fullmatch(ends[-1].strip())
            for r in range(int(a.group(2)) - 1, int(b.group(2))):
                for c in range(col_index(a.group(1)), col_index(b.group(1)) + 1):
                    total += self.value(r, c)
        return total

    def evaluate(self, text):
        expr = SUM.sub(lambda m: f"Decimal('{self.range_sum(m.group(1))}')", text)
        expr = REF.sub(lambda m: f"Decimal('{self.ref_value(m)}')", expr)
        return eval(expr, {"Decimal": Decimal})  # our own formulas only

    def xml(self, with_formulas, changed=None):
        out = []
        for r, row in enumerate(self.rows):
            cells = []
            for c, v in enumerate(row):
                if v is None or v == "":
                    continue
                ref = f"{col_name(c)}{r + 1}"
                style = v.style if isinstance(v, (F, V)) else (0 if isinstance(v, str) else 1)
                s = f' s="{style}"' if style else ""
                if isinstance(v, str):
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>')
                    continue
                value = self.value(r, c)
                if changed and changed[0] == (r, c):
                    value = changed[1]
                text = format_number(value)
                if isinstance(v, F) and with_formulas:
                    cells.append(f'<c r="{ref}"{s}><f>{escape(v.text)}</f><v>{text}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"{s}><v>{text}</v></c>')
            if cells:
                out.append(f'<row r="{r + 1}">{"".join(cells)}</row>')
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                f'<sheetData>{"".join(out)}</sheetData></worksheet>')


def format_number(d):
    d = Decimal(d)
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def styles_xml():
    fmts = []
    xfs = []
    for i, code in enumerate(STYLES):
        if code is None:
            xfs.append('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>')
            continue
        fid = 164 + i
        fmts.append(f'<numFmt numFmtId="{fid}" formatCode="{escape(code, {chr(34): "&quot;"})}"/>')
        xfs.append(f'<xf numFmtId="{fid}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<numFmts count="{len(fmts)}">{"".join(fmts)}</numFmts>'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs></styleSheet>')


def write_xlsx(path, sheets, with_formulas, changed=None):
    """changed: (sheet name, (row, col), value) for an altered copy."""
    n = len(sheets)
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(n))
    parts = {
        "[Content_Types].xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            f'{overrides}</Types>',
        "_rels/.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            + "".join(f'<sheet name="{escape(s.name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
                      for i, s in enumerate(sheets))
            + '</sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join('<Relationship Id="rId%d" '
                      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                      'Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(n))
            + '<Relationship Id="rId%d" '
              'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
              'Target="styles.xml"/></Relationships>' % (n + 1),
        "xl/styles.xml": styles_xml(),
    }
    for i, s in enumerate(sheets):
        ch = (changed[1], changed[2]) if changed and changed[0] == s.name else None
        parts[f"xl/worksheets/sheet{i + 1}.xml"] = s.xml(with_formulas, ch)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def cref(r, c):
    """A1 reference of 0-based (row, col)."""
    return f"{col_name(c)}{r + 1}"


def colsum(c, r0, r1):
    return F(f"SUM({cref(r0, c)}:{cref(r1, c)})")


# ---------------------------------------------------------------- statement of accounts

SERVICES = [
    ("Adult Social Care", 312450, -98210),
    ("Children's Services", 241380, -112905),
    ("Public Health", 38920, -37115),
    ("Environment and Waste", 52710, -9840),
    ("Highways and Transport", 61290, -21460),
    ("Housing Services", 44105, -30290),
    ("Culture and Leisure", 18640, -6925),
    ("Corporate and Democratic Core", 12830, -1405),
]


def cies():
    rows = [
        ["Comprehensive Income and Expenditure Statement for the year ended 31 March 2024"],
        [],
        ["2022/23 (Restated)", None, None, None, None, "2023/24"],
        ["Gross Expenditure", "Gross Income", "Net Expenditure", None, "Note",
         "Gross Expenditure", "Gross Income", "Net Expenditure"],
        ["£000", "£000", "£000", None, None, "£000", "£000", "£000"],
    ]
    first = len(rows)
    for i, (name, ge, gi) in enumerate(SERVICES):
        r = len(rows)
        pge, pgi = int(ge * 0.95) - 317 * i, int(gi * 0.93) + 41 * i
        rows.append([pge, pgi, F(f"{cref(r, 0)}+{cref(r, 1)}"), name, None,
                     ge, gi, F(f"{cref(r, 5)}+{cref(r, 6)}")])
    last = len(rows) - 1
    cos = len(rows)
    rows.append([colsum(0, first, last), colsum(1, first, last), colsum(2, first, last), "Cost of Services",
                 None, colsum(5, first, last), colsum(6, first, last), colsum(7, first, last)])
    rows.append([])
    other = [("Other operating expenditure", "10", 14210, 15380),
             ("Financing and investment income and expenditure", "11", 21975, 19840),
             ("Taxation and non-specific grant income", "12", -441310, -468905)]
    o0 = len(rows)
    for name, note, prior, cur in other:
        rows.append([None, None, prior, name, note, None, None, cur])
    sdps = len(rows)
    rows.append([None, None, F(f"{cref(cos, 2)}+SUM({cref(o0, 2)}:{cref(sdps - 1, 2)})"),
                 "(Surplus) or Deficit on Provision of Services", None, None, None,
                 F(f"{cref(cos, 7)}+SUM({cref(o0, 7)}:{cref(sdps - 1, 7)})")])
    rows.append([])
    c0 = len(rows)
    rows.append([None, None, -38215, "(Surplus) or deficit on revaluation of Property, Plant and Equipment assets",
                 "24", None, None, -12870])
    rows.append([None, None, -102440, "Remeasurement of the net defined benefit liability / (asset)", "38",
                 None, None, 18655])
    oci = len(rows)
    rows.append([None, None, colsum(2, c0, oci - 1), "Other Comprehensive Income and Expenditure", None, None,
                 None, colsum(7, c0, oci - 1)])
    rows.append([])
    rows.append([None, None, F(f"{cref(sdps, 2)}+{cref(oci, 2)}"), "Total Comprehensive Income and Expenditure",
                 None, None, None, F(f"{cref(sdps, 7)}+{cref(oci, 7)}")])
    return Sheet("CIES", rows)


def balance_sheet():
    rows = [
        ["Balance Sheet as at 31 March 2024"],
        [],
        [None, "Note", "31 March 2023", "31 March 2024"],
        [None, None, "£000", "£000"],
    ]

    def block(lines, total_label):
        start = len(rows)
        for name, note, a, b in lines:
            rows.append([name, note, a, b])
        end = len(rows) - 1
        r = len(rows)
        rows.append([total_label, None, colsum(2, start, end), colsum(3, start, end)])
        rows.append([])
        return r

    lta = block([("Property, Plant and Equipment", "14", 1184320, 1209875),
                 ("Heritage Assets", "15", 12480, 12480),
                 ("Investment Property", "16", 48215, 51930),
                 ("Intangible Assets", None, 3105, 2740),
                 ("Long Term Investments", "17", 20000, 25000),
                 ("Long Term Debtors", "18", 9870, 9215)], "Long Term Assets")
    ca = block([("Short Term Investments", "17", 45000, 38000),
                ("Inventories", None, 1290, 1355),
                ("Short Term Debtors", "19", 68410, 72985),
                ("Cash and Cash Equivalents", "20", 31620, 27480),
                ("Assets Held for Sale", None, 2150, 0)], "Current Assets")
    cl = block([("Short Term Borrowing", "17", -25370, -31905),
                ("Short Term Creditors", "21", -92815, -88640),
                ("Provisions", "22", -6420, -7195)], "Current Liabilities")
    ltl = block([("Provisions", "22", -9310, -8870),
                 ("Long Term Borrowing", "17", -298450, -312600),
                 ("Other Long Term Liabilities", "38", -412870, -391455),
                 ("Capital Grants Receipts in Advance", None, -14320, -16085)], "Long Term Liabilities")
    na = len(rows)
    rows.append(["Net Assets", None] + [F("+".join(cref(x, c) for x in (lta, ca, cl, ltl))) for c in (2, 3)])
    rows.append([])
    usable = 178655
    r0 = len(rows)
    rows.append(["Usable reserves", "MiRS", usable, None])
    rows.append(["Unusable Reserves", "23", None, None])
    rows.append(["Total Reserves", None, colsum(2, r0, r0 + 1), colsum(3, r0, r0 + 1)])
    sheet = Sheet("Balance Sheet", rows)
    # Reserves are whatever makes them equal Net Assets, as on every balance sheet.
    net_prior, net_cur = sheet.value(na, 2), sheet.value(na, 3)
    rows[r0][3] = 186410
    rows[r0 + 1][2] = int(net_prior) - usable
    rows[r0 + 1][3] = int(net_cur) - 186410
    sheet.values.clear()
    return sheet


def mirs():
    head = ["", "General Fund Balance", "Earmarked General Fund Reserves", "Capital Receipts Reserve",
            "Capital Grants Unapplied", "Total Usable Reserves", "Unusable Reserves",
            "Total Authority Reserves"]
    rows = [["Movement in Reserves Statement for the year ended 31 March 2024"], [], head,
            [None] + ["£000"] * 7]

    def line(label, figs):
        r = len(rows)
        rows.append([label, *figs, F(f"SUM({cref(r, 1)}:{cref(r, 4)})"), None,
                     F(f"{cref(r, 5)}+{cref(r, 6)}")])
        return r

    open_ = line("Balance at 31 March 2023", [24310, 118420, 21875, 14050])
    tcie = line("Total Comprehensive Income and Expenditure", [-31860, 0, 0, 0])
    adj = line("Adjustments between accounting basis and funding basis under regulations (Note 9)",
               [38215, 0, -4120, 2475])
    mov = line("Increase / (Decrease) in 2023/24", [None] * 4)
    for c in range(1, 5):
        rows[mov][c] = F(f"{cref(tcie, c)}+{cref(adj, c)}")
    close = line("Balance at 31 March 2024", [None] * 4)
    for c in range(1, 5):
        rows[close][c] = F(f"{cref(open_, c)}+{cref(mov, c)}")
    unusable = {open_: 611580, tcie: 17915, adj: -36570}
    for r, v in unusable.items():
        rows[r][6] = v
    rows[mov][6] = F(f"{cref(tcie, 6)}+{cref(adj, 6)}")
    rows[close][6] = F(f"{cref(open_, 6)}+{cref(mov, 6)}")
    return Sheet("MiRS", rows)


def nature_note():
    rows = [["Note 7 Expenditure and Income Analysed by Nature"], [],
            ["", "2022/23 Restated", "2023/24"], ["", "£000", "£000"]]
    e0 = len(rows)
    for name, a, b in [("Employee benefits expenses", 298410, 312875),
                       ("Other services expenses", 402315, 431290),
                       ("Depreciation, amortisation and impairment", 61240, 58925),
                       ("Interest payments", 24105, 26370),
                       ("Precepts and levies", 8215, 8490),
                       ("Loss on the disposal of assets", 3120, 1875)]:
        rows.append([name, a, b])
    te = len(rows)
    rows.append(["Total expenditure", colsum(1, e0, te - 1), colsum(2, e0, te - 1)])
    i0 = len(rows)
    for name, a, b in [("Fees, charges and other service income", -98215, -104380),
                       ("Interest and investment income", -2870, -4915),
                       ("Income from council tax, non-domestic rates", -318405, -336210),
                       ("Government grants and contributions", -361540, -378905)]:
        rows.append([name, a, b])
    ti = len(rows)
    rows.append(["Total income", colsum(1, i0, ti - 1), colsum(2, i0, ti - 1)])
    rows.append(["(Surplus) or Deficit on the Provision of Services",
                 F(f"{cref(te, 1)}+{cref(ti, 1)}"), F(f"{cref(te, 2)}+{cref(ti, 2)}")])
    return Sheet("Note 7", rows)


# ---------------------------------------------------------------- revenue outturn

def revenue_outturn():
    lines = [("Housing strategy, advice and enabling", 412, 628, 35, 120),
             ("Housing advances", 0, 14, 0, 9),
             ("Private sector housing renewal", 286, 1940, 12, 1105),
             ("Homelessness: temporary accommodation", 695, 4870, 2310, 416),
             ("Homelessness: prevention and support", 540, 1215, 0, 690),
             ("Housing benefits: rent allowances and rent rebates", 1310, 48215, 0, 47120),
             ("Housing benefits administration", 1845, 702, 0, 1290),
             ("Housing welfare: Supporting People", 0, 2185, 0, 310),
             ("Other council property (non-HRA)", 75, 480, 355, 0)]
    rows = [["RO2 HOUSING SERVICES (GFRA only) 2023-24"],
            ["Local authority: Exampleshire District Council", None, None, None, None, None, None, None, "E0703"],
            [],
            ["Line", "", "Employees", "Running expenses", "TOTAL EXPENDITURE", "Sales, fees and charges",
             "Other income", "TOTAL INCOME", "NET CURRENT EXPENDITURE"],
            [None, None, "£ thousand", "£ thousand", "£ thousand", "£ thousand", "£ thousand", "£ thousand",
             "£ thousand"],
            [None, None, "1", "2", "3 = 1 + 2", "4", "5", "6 = 4 + 5", "7 = 3 - 6"]]
    first = len(rows)
    for i, (name, emp, run, sales, other) in enumerate(lines):
        r = len(rows)
        rows.append([V(i + 1, 6), name, emp, run, F(f"{cref(r, 2)}+{cref(r, 3)}"), sales, other,
                     F(f"{cref(r, 5)}+{cref(r, 6)}"), F(f"{cref(r, 4)}-{cref(r, 7)}")])
    last = len(rows) - 1
    r = len(rows)
    rows.append([V(10, 6), "TOTAL SERVICE EXPENDITURE (total of lines 1 to 9)"]
                + [colsum(c, first, last) for c in range(2, 9)])
    return Sheet("RO2", rows)


# ---------------------------------------------------------------- budget book

DIVISIONS = [
    ("Adult Services", [("Older People", 48215), ("Learning Disabilities", 36890),
                        ("Physical Disabilities", 12475), ("Mental Health", 9830)]),
    ("Children's Services", [("Children in Care", 41260), ("Early Help", 8915),
                             ("Schools and Learning", 6340)]),
    ("Place", [("Highways", 14320), ("Waste Collection and Disposal", 22875),
               ("Planning and Regulatory Services", 4105), ("Parks and Open Spaces", 3910)]),
]


def service_summary():
    rows = [["Revenue Budget 2024/25 - Service Summary"], [],
            ["Service", "2023/24 Original Budget", "2024/25 Budget", "Change", "Change %"],
            [None, "£", "£", "£", None]]
    subtotals = []
    rng = random.Random(17)
    for div, services in DIVISIONS:
        rows.append([div])
        s0 = len(rows)
        for name, base in services:
            r = len(rows)
            old = base * 1000 + rng.randrange(0, 999)
            new = int(old * (1 + rng.randrange(-40, 90) / 1000))
            rows.append([name, old, new, F(f"{cref(r, 2)}-{cref(r, 1)}"),
                         F(f"IF({cref(r, 1)}=0,0,{cref(r, 3)}/{cref(r, 1)})", 3)])
        s1 = len(rows) - 1
        r = len(rows)
        subtotals.append(r)
        rows.append([f"Total {div}", colsum(1, s0, s1), colsum(2, s0, s1), colsum(3, s0, s1),
                     F(f"IF({cref(r, 1)}=0,0,{cref(r, 3)}/{cref(r, 1)})", 3)])
        rows.append([])
    r = len(rows)
    rows.append(["Net Budget Requirement"] + [F("+".join(cref(s, c) for s in subtotals)) for c in (1, 2, 3)]
                + [F(f"IF({cref(r, 1)}=0,0,{cref(r, 3)}/{cref(r, 1)})", 3)])
    sheet = Sheet("Service Summary", rows)
    for r, row in enumerate(rows):  # the % column: our evaluator has no IF
        if len(row) > 4 and isinstance(row[4], F):
            old = sheet.value(r, 1)
            sheet.values[(r, 4)] = (sheet.value(r, 3) / old).quantize(Decimal("0.0001")) if old else Decimal(0)
    return sheet


def subjective_analysis():
    rows = [["Subjective Analysis by Division"], [],
            ["", "2023/24 Original Budget £000", "2024/25 Budget £000"]]
    nets = []
    rng = random.Random(24)
    for div, _ in DIVISIONS:
        rows.append([div])
        e0 = len(rows)
        for name in ["Employees", "Premises", "Transport", "Supplies and Services", "Third Party Payments"]:
            a = rng.randrange(500, 40000)
            rows.append([name, a, int(a * 1.04)])
        ge = len(rows)
        rows.append(["Gross Expenditure", colsum(1, e0, ge - 1), colsum(2, e0, ge - 1)])
        i0 = len(rows)
        for name in ["Fees and Charges", "Government Grants", "Other Income"]:
            a = -rng.randrange(200, 9000)
            rows.append([name, a, int(a * 1.02)])
        ti = len(rows)
        rows.append(["Total Income", colsum(1, i0, ti - 1), colsum(2, i0, ti - 1)])
        ne = len(rows)
        nets.append(ne)
        rows.append(["Net Expenditure", F(f"{cref(ge, 1)}+{cref(ti, 1)}"), F(f"{cref(ge, 2)}+{cref(ti, 2)}")])
        rows.append([])
    rows.append(["Total Net Expenditure"] + [F("+".join(cref(n, c) for n in nets)) for c in (1, 2)])
    return Sheet("Subjective Analysis", rows)


# ---------------------------------------------------------------- grants

RECIPIENTS = ["Age UK Exampleshire", "Citizens Advice Northfield", "Northfield Food Bank",
              "St Mary's Community Hall", "Riverside Youth Project", "Home-Start Exampleshire",
              "Northfield Carers Centre", "Exampleshire Wildlife Trust", "Westgate Tenants Association",
              "Oakwood Men's Shed", "Brook Lane Allotment Society", "Northfield Credit Union"]
PURPOSES = ["Advice and advocacy", "Community hall running costs", "Youth work sessions",
            "Carers' respite", "Food support", "Volunteer training", "Environmental improvements"]
WARDS = ["Abbey", "Brookside", "Castle", "Oakwood", "Riverside", "Westgate"]


def grant_register():
    rng = random.Random(360)
    rows = [["Voluntary and Community Sector Grants awarded 2023/24"], [],
            ["Grant Reference", "Recipient", "Charity Number", "Purpose", "Date Awarded", "Amount (£)", "Ward"]]
    first = len(rows)
    for i in range(40):
        date = 45017 + rng.randrange(0, 365)  # an Excel date serial in 2023/24
        rows.append([f"VCS/2023/{i + 101:03d}", rng.choice(RECIPIENTS), V(1000000 + rng.randrange(99999), 6),
                     rng.choice(PURPOSES), V(date, 2), rng.choice([500, 750, 1000, 1500, 2000, 2500, 4000,
                                                                   5000, 7500, 12000]) + rng.randrange(0, 3) * 50,
                     rng.choice(WARDS)])
    last = len(rows) - 1
    rows.append([])
    rows.append(["Total", None, None, None, None, colsum(5, first, last)])
    return Sheet("Grants 2023-24", rows)


def grants_360():
    rng = random.Random(361)
    rows = [["Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date",
             "Recipient Org:Identifier", "Recipient Org:Name", "Recipient Org:Charity Number",
             "Recipient Org:Postal Code", "Funding Org:Identifier", "Funding Org:Name",
             "Grant Programme:Title", "Planned Dates:Duration (months)"]]
    for i in range(120):
        charity = 1000000 + rng.randrange(99999)
        rows.append([f"360G-EXC-{2023000 + i}", rng.choice(PURPOSES), "Grant towards " + rng.choice(PURPOSES).lower(),
                     "GBP", V(rng.randrange(10, 400) * 50, 4), V(45017 + rng.randrange(0, 365), 2),
                     f"GB-CHC-{charity}", rng.choice(RECIPIENTS), V(charity, 6),
                     f"EX{rng.randrange(1, 20)} {rng.randrange(1, 9)}{chr(65 + rng.randrange(26))}"
                     f"{chr(65 + rng.randrange(26))}", "GB-LAE-EXC", "Exampleshire Council",
                     "Community Grants", V(rng.choice([6, 12, 12, 24, 36]), 0)])
    return Sheet("360Giving", rows)


# ---------------------------------------------------------------- payments

def payment_listing():
    rng = random.Random(500)
    services = ["Adult Social Care", "Children's Services", "Highways", "Waste Management",
                "Housing Needs", "Corporate Services", "Leisure", "ICT"]
    types = ["Residential Care", "Home Care", "Agency Staff", "Vehicle Hire", "Building Repairs",
             "Software Licences", "Consultancy", "Grants to Voluntary Organisations", "Utilities"]
    suppliers = ["Acme Care Ltd", "Bright Futures Fostering", "County Fuels Ltd", "Dale Highways Ltd",
                 "Eastern Energy plc", "Fenwick IT Services", "Green Waste Solutions", "Harbour Homes CIC",
                 "Ivy House Care Home", "Jones & Sons Builders"]
    rows = [["Body Name", "Body", "Service Area", "Expenses Type", "Date", "Transaction Number",
             "Net Amount", "Supplier Name", "Supplier ID"]]
    txn = 5100230
    for i in range(3000):
        txn += rng.randrange(1, 40)
        pounds = rng.randrange(500, 60000)
        pence = rng.randrange(0, 100)
        rows.append(["Exampleshire Council", "E0703", rng.choice(services), rng.choice(types),
                     V(45383 + i // 110, 2), V(txn, 6), V(Decimal(pounds) + Decimal(pence) / 100, 4),
                     rng.choice(suppliers), V(20000 + rng.randrange(0, 900), 6)])
    return Sheet("Payments over 500", rows)


# ---------------------------------------------------------------- a US city's fund statement

def governmental_funds():
    funds = ["General Fund", "Special Revenue Fund", "Debt Service Fund", "Capital Projects Fund",
             "Nonmajor Governmental Funds"]
    rows = [["City of Example"],
            ["Statement of Revenues, Expenditures, and Changes in Fund Balances"],
            ["Governmental Funds"], ["For the Fiscal Year Ended June 30, 2024"], [],
            ["", *funds, "Total Governmental Funds"]]
    nf = len(funds)
    tcol = nf + 1
    rng = random.Random(2024)

    def line(label, figs):
        r = len(rows)
        rows.append([label, *figs, F(f"SUM({cref(r, 1)}:{cref(r, nf)})", 5)])
        return r

    def amounts(lo, hi, sign=1):
        return [V(sign * rng.randrange(lo, hi) * 1000, 5) if rng.random() > 0.2 else None for _ in funds]

    rows.append(["REVENUES"])
    r0 = len(rows)
    for name in ["Property taxes", "Sales taxes", "Licenses and permits", "Intergovernmental",
                 "Charges for services", "Fines and forfeitures", "Investment earnings", "Miscellaneous"]:
        line(name, amounts(50, 90000))
    tr = len(rows)
    rows.append(["Total revenues"] + [F(f"SUM({cref(r0, c)}:{cref(tr - 1, c)})", 5) for c in range(1, tcol + 1)])
    rows.append(["EXPENDITURES"])
    rows.append(["Current:"])
    e0 = len(rows)
    for name in ["General government", "Public safety", "Public works", "Community development",
                 "Culture and recreation"]:
        line(name, amounts(50, 70000))
    rows.append(["Debt service:"])
    for name in ["Principal", "Interest and fiscal charges"]:
        line(name, amounts(10, 9000))
    line("Capital outlay", amounts(100, 20000))
    te = len(rows)
    rows.append(["Total expenditures"] + [F(f"SUM({cref(e0, c)}:{cref(te - 1, c)})", 5)
                                          for c in range(1, tcol + 1)])
    ex = len(rows)
    rows.append(["Excess (deficiency) of revenues over (under) expenditures"]
                + [F(f"{cref(tr, c)}-{cref(te, c)}", 5) for c in range(1, tcol + 1)])
    rows.append(["OTHER FINANCING SOURCES (USES)"])
    o0 = len(rows)
    line("Transfers in", amounts(100, 5000))
    line("Transfers out", amounts(100, 5000, -1))
    line("Issuance of long-term debt", amounts(1000, 30000))
    to = len(rows)
    rows.append(["Total other financing sources (uses)"] + [F(f"SUM({cref(o0, c)}:{cref(to - 1, c)})", 5)
                                                            for c in range(1, tcol + 1)])
    nc = len(rows)
    rows.append(["Net change in fund balances"] + [F(f"{cref(ex, c)}+{cref(to, c)}", 5)
                                                   for c in range(1, tcol + 1)])
    fb = line("Fund balances - beginning", amounts(5000, 80000))
    rows.append(["Fund balances - ending"] + [F(f"{cref(nc, c)}+{cref(fb, c)}", 5) for c in range(1, tcol + 1)])
    return Sheet("Governmental Funds", rows)


# ---------------------------------------------------------------- the files

WORKBOOKS = {
    "statement-of-accounts": lambda: [cies(), balance_sheet(), mirs(), nature_note()],
    "revenue-outturn": lambda: [revenue_outturn()],
    "budget-book": lambda: [service_summary(), subjective_analysis()],
    "grant-register": lambda: [grant_register(), grants_360()],
    "payment-listing": lambda: [payment_listing()],
    "governmental-funds": lambda: [governmental_funds()],
}

# Altered copies (from the values copy): workbook, sheet, cell, how much is added,
# and what fundbook should say at that cell ("error" at the total, or "silent":
# no total covers the cell, so nothing can be said about it).
ALTERED = [
    ("statement-of-accounts", "CIES", "F9", 1000, "error"),       # a service's gross expenditure
    ("statement-of-accounts", "CIES", "H14", 2500, "error"),      # Cost of Services
    ("statement-of-accounts", "Balance Sheet", "D11", 3000, "error"),  # Long Term Assets
    ("statement-of-accounts", "Note 7", "C11", -900, "error"),    # Total expenditure
    ("revenue-outturn", "RO2", "D16", 250, "error"),              # TOTAL SERVICE EXPENDITURE
    ("budget-book", "Service Summary", "C10", 50000, "error"),    # Total Adult Services
    ("budget-book", "Subjective Analysis", "C10", 400, "error"),  # Gross Expenditure
    ("grant-register", "Grants 2023-24", "F45", 1000, "error"),   # the register's Total
    ("payment-listing", "Payments over 500", "G100", 1000, "silent"),
    ("governmental-funds", "Governmental Funds", "G16", 5000, "error"),  # Total revenues
]


def main():
    built = {}
    for name, make in WORKBOOKS.items():
        sheets = make()
        built[name] = sheets
        write_xlsx(os.path.join(HERE, f"{name}-formulas.xlsx"), sheets, True)
        write_xlsx(os.path.join(HERE, f"{name}-values.xlsx"), sheets, False)
    counts = {}
    lines = ["file\tsheet\tcell\texpect\tstated\tbefore"]
    for name, sheet_name, cell, delta, expect in ALTERED:
        counts[name] = counts.get(name, 0) + 1
        sheet = next(s for s in built[name] if s.name == sheet_name)
        m = REF.fullmatch(cell)
        rc = (int(m.group(2)) - 1, col_index(m.group(1)))
        before = sheet.value(*rc)
        after = before + delta
        fname = f"{name}-altered-{counts[name]}.xlsx"
        write_xlsx(os.path.join(HERE, fname), built[name], False, (sheet_name, rc, after))
        lines.append(f"{fname}\t{sheet_name}\t{cell}\t{expect}\t{format_number(after)}\t{format_number(before)}")
    with open(os.path.join(HERE, "altered.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
