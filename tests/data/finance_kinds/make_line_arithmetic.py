#!/usr/bin/env python3
"""Revenue account forms whose lines say how they are worked out from the form's
numbered lines (issue 17), written with make_kinds.py's writer (Python standard
library only). The figures are made up; every stated line agrees in the
formulas and values copies.

  line-arithmetic  an RA-style budget form: line numbers in a column of their own
      left of the descriptions, three years across, "TOTAL SERVICE EXPENDITURE
      (total of lines 1 to 9)", "SUB-TOTAL (total of lines 10 to 19)" (a total
      over a total and lines), "NET REVENUE EXPENDITURE (line 20 minus line 21)",
      "TOTAL FUNDING (lines 30 + 31 - 32)", "COUNCIL TAX REQUIREMENT (line 22
      minus lines 33 and 34)", and a line that names another form's line with no
      arithmetic ("[see SG line 799]"): a reference, not a sum. A second sheet
      numbers its lines 1 ... 8 while its labels name another form's numbers
      ("(total of lines 699 to 748)"): those lines cannot be found, so the
      total is said unchecked, not guessed by place.

Each comes as NAME-formulas.xlsx, NAME-values.xlsx and NAME-altered-N.xlsx (one
figure changed in the values copy), listed in altered-lines.tsv with the cell
where the error should be reported (error_at).

Run from the project root: python3 tests/data/finance_kinds/make_line_arithmetic.py
"""
import os
import sys
from decimal import Decimal

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_kinds as mk  # noqa: E402
from make_kinds import F, V, Sheet, cref, colsum  # noqa: E402

CODE = 6
YEARS = ["2024-25 budget", "2023-24 outturn", "2022-23 outturn"]


def ra():
    services = [("Education services", 412850, 398215, 381420), ("Highways and transport services", 38410, 36925, 35210),
                ("Children Social Care", 118240, 109870, 101335), ("Adult Social Care", 231905, 219460, 207815),
                ("Public Health", 41270, 40115, 39080), ("Housing services (GFRA only)", 6215, 5980, 5745),
                ("Cultural and related services", 14805, 14330, 13975),
                ("Environmental and regulatory services", 52390, 50115, 48260),
                ("Planning and development services", 9870, 10245, 9515)]
    other = [("Parish precepts", 3120, 2985, 2870), ("Integrated Transport Authority levy", 10405, 10115, 9880),
             ("Waste Disposal Authority levy", 18230, 17640, 17015), ("Other levies", 1215, 1190, 1160),
             ("External trading accounts net surplus(-)/deficit(+)", -845, -790, -720),
             ("Internal trading accounts net surplus(-)/deficit(+)", -310, -295, -280),
             ("Capital expenditure charged to revenue (CERA)", 4620, 3875, 5210),
             ("Provision for repayment of principal", 21450, 20980, 20115),
             ("Interest: external payments", 12870, 12405, 11990)]
    rows = [["REVENUE ACCOUNT BUDGET (RA): Exampleshire County Council"],
            [],
            [None, None, "\u00a3 thousand", "\u00a3 thousand", "\u00a3 thousand"],
            ["Line", "Description", *YEARS]]
    first = len(rows)
    for i, (name, *fig) in enumerate(services):
        rows.append([V(i + 1, CODE), name, *fig])
    tse = len(rows)
    rows.append([V(10, CODE), "TOTAL SERVICE EXPENDITURE (total of lines 1 to 9)"]
                + [colsum(c, first, tse - 1) for c in range(2, 5)])
    for i, (name, *fig) in enumerate(other):
        rows.append([V(11 + i, CODE), name, *fig])
    sub = len(rows)
    rows.append([V(20, CODE), "SUB-TOTAL (total of lines 10 to 19)"] + [colsum(c, tse, sub - 1) for c in range(2, 5)])
    grants = len(rows)
    rows.append([V(21, CODE), "Specific and special grants outside AEF", 398105, 384260, 371940])
    nre = len(rows)
    rows.append([V(22, CODE), "NET REVENUE EXPENDITURE (line 20 minus line 21)"]
                + [F(f"{cref(sub, c)}-{cref(grants, c)}") for c in range(2, 5)])
    rows.append([])
    rsg = len(rows)
    rows.append([V(30, CODE), "Revenue Support Grant", 21870, 20415, 19880])
    rows.append([V(31, CODE), "Retained business rates income", 97345, 92810, 90125])
    rows.append([V(32, CODE), "Collection fund deficit(+)/surplus(-) for business rates", 2140, -1215, 860])
    funding = len(rows)
    rows.append([V(33, CODE), "TOTAL FUNDING (lines 30 + 31 - 32)"]
                + [F(f"{cref(rsg, c)}+{cref(rsg + 1, c)}-{cref(rsg + 2, c)}") for c in range(2, 5)])
    reserves = len(rows)
    rows.append([V(34, CODE), "Appropriations to(-)/from(+) reserves [see SG line 799]", 6210, -2405, 4130])
    rows.append([V(35, CODE), "COUNCIL TAX REQUIREMENT (line 22 minus lines 33 and 34)"]
                + [F(f"{cref(nre, c)}-{cref(funding, c)}-{cref(reserves, c)}") for c in range(2, 5)])
    return Sheet("RA", rows)


def other_numbers():
    lines = [("Education services", 31628, 30115), ("Highways and transport services", 9412, 9105),
             ("Social care", 40518, 38960), ("Cultural and related services", 3305, 3190),
             ("Environmental and regulatory services", 8240, 7915), ("Central services", 2715, 2630)]
    rows = [["NET CURRENT EXPENDITURE SUMMARY"],
            [],
            ["Line", "Description", "2024-25", "2023-24"]]
    first = len(rows)
    for i, (name, *fig) in enumerate(lines):
        rows.append([V(i + 1, CODE), name, *fig])
    last = len(rows)
    # Off by a line's worth either way: read by place it would be accused.
    rows.append([V(7, CODE), "Adjustments", -1420, -1385])
    rows.append([V(8, CODE), "NET CURRENT EXPENDITURE (total of lines 699 to 748)",
                 colsum(2, first, last - 1), colsum(3, first, last - 1)])
    return Sheet("Summary", rows)


WORKBOOKS = {"line-arithmetic": lambda: [ra(), other_numbers()]}

# Altered copies (from the values copy): workbook, sheet, cell altered, by how much,
# and where the error should be reported.
ALTERED = [
    ("line-arithmetic", "RA", "C14", 5000, "C14"),    # TOTAL SERVICE EXPENDITURE (total of lines 1 to 9)
    ("line-arithmetic", "RA", "D8", -2500, "D14"),    # a service line, under lines 1 to 9
    ("line-arithmetic", "RA", "E24", 700, "E24"),     # SUB-TOTAL (total of lines 10 to 19)
    ("line-arithmetic", "RA", "C26", 1200, "C26"),    # NET REVENUE EXPENDITURE (line 20 minus line 21)
    ("line-arithmetic", "RA", "D29", -900, "D31"),    # a funding line under lines 30 + 31 - 32
    ("line-arithmetic", "RA", "E31", 450, "E31"),     # TOTAL FUNDING (lines 30 + 31 - 32)
    ("line-arithmetic", "RA", "C33", 300, "C33"),     # COUNCIL TAX REQUIREMENT
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
    with open(os.path.join(HERE, "altered-lines.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
