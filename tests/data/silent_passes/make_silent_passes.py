#!/usr/bin/env python3
"""Wrong figures inside a table said checked, with nothing said (issue 17: never claim a check
you did not make; trial kits tester24 and trial2, 'silent inside a table it says it checked').

- millions: a city budget in $ millions to one decimal, rounded from unrounded figures (so its
  totals are off their lines by 0.1 here and there). The first line and the total rows are typed
  as text ('$278.9', '$1,074.1'), the other lines are number cells shown as #,##0.0. With both
  kinds of figure the step they are shown to was 'not known' and a slip of 1.0 passed as 'within
  the default tolerance of 1'. The texts are written to 0.1 and the number cells shown to 0.1:
  the figures' step is 0.1. millions-right is silent; millions-line-off has one line's figure
  typed 1.0 low (a subtotal and the grand total left as they were): an error at the subtotal
  over it.
- restated: restated comparatives (formulas kept): '2023/24 restated' =SUM(Bn:Cn) on every line,
  its heading no total word, subtotals and a grand total of SUMs. restated-typed has one line's
  restated figure typed over its formula with two digits transposed; the SUMs under it add it as
  typed, so its subtotal and the grand total are off the columns before them by as much. Off in
  three rows, the column was not believed a total, and its cells being formulas, not said
  unchecked either (the csv of its values says the column unchecked). Left open: the subtotal
  and the grand total only carry the line's difference, but reading the line rows alone as the
  evidence puts errors into other tables (tests EdgeTyped, WrongTotals). Only restated-right is
  asserted (silent, checked).
- register: a register of 120 contracts, annual values in whole pounds and a Total row.
  register-line-off has one line 10 up, the Total left as it was: 10 from 120 whole figures is
  within their rounding (11), so no error can be said, but it is more than rounding usually makes;
  the column's figures are listed as checked only to within their rounding. register-right is
  silent, checked, with nothing listed.

usage: /usr/bin/python3 tests/data/silent_passes/make_silent_passes.py   (needs openpyxl and libreoffice)
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _fixtures  # noqa: E402  (tests/data/_fixtures.py: the csv, xlsx and LibreOffice writers)

# $ millions, unrounded: (department, [FY2023 actual, FY2024 budget, FY2025 proposed]) by block.
BLOCKS = [
    ("Public Safety", [("Police", [281.437, 297.62, 305.144]), ("Fire", [322.76, 341.418, 356.251]),
                       ("Emergency Management", [127.349, 133.584, 129.937])]),
    ("Community Services", [("Parks & Recreation", [36.452, 35.276, 37.649]),
                            ("Libraries", [131.18, 138.362, 146.911]), ("Public Works", [31.627, 36.741, 35.205]),
                            ("Planning & Development", [94.558, 97.433, 103.272]),
                            ("Housing", [49.816, 52.549, 53.138])]),
]


def money_text(v):
    return "${:,.1f}".format(v)


def millions(slip=None):
    """slip: (block, line, column, by) typed into one line's figure, its totals left as they were."""
    rows = [["City of Riverton"], ["General Fund by department"], ["($ in millions)"], [],
            ["Department", "FY2023 Actual", "FY2024 Budget", "FY2025 Proposed"]]
    grand = [0.0, 0.0, 0.0]
    first = True
    for b, (block, lines) in enumerate(BLOCKS):
        rows.append([block])
        sub = [0.0, 0.0, 0.0]
        for n, (name, figures) in enumerate(lines):
            shown = [round(v, 1) for v in figures]
            if slip and slip[:2] == (b, n):
                shown[slip[2]] = round(shown[slip[2]] + slip[3], 1)
            rows.append([name] + [money_text(v) if first else v for v in shown])
            first = False
            sub = [s + v for s, v in zip(sub, figures)]
        rows.append(["Total " + block] + [money_text(round(v, 1)) for v in sub])
        grand = [g + v for g, v in zip(grand, sub)]
    rows.append(["Total General Fund"] + [money_text(round(v, 1)) for v in grand])
    wb, ws = _fixtures.sheet_of("General Fund", rows)
    _fixtures.number_format(ws, "#,##0.0", when=lambda v: isinstance(v, float))
    return wb, rows


# £000: (service, previously reported, restatement, next year) by block.
SERVICES = [
    ("People", [("Adult social care", 44853, -1874, 47377), ("Children's services", 35912, 2531, 38580),
                ("Education", 78297, 0, 62523)]),
    ("Place", [("Environment", 38988, 0, 40816), ("Housing", 74986, -380, 72039),
               ("Planning", 38092, -2285, 30568)]),
    ("Resources", [("Corporate and democratic core", 19869, -453, 18850), ("Finance", 22310, 615, 23094)]),
]


def restated(typed=None):
    """typed: (block, line, figure) typed over that line's restated formula."""
    wb, ws = _fixtures.new_sheet("Restated")
    ws.append(["Net cost of services (restated)"])
    ws.append(["£000"])
    ws.append([])
    ws.append(["Service", "2023/24 as previously reported", "Restatement", "2023/24 restated", "2024/25"])
    subtotals = []
    for b, (block, lines) in enumerate(SERVICES):
        ws.append([block])
        top = ws.max_row + 1
        for n, (name, before, change, nxt) in enumerate(lines):
            r = ws.max_row + 1
            own = "=SUM(B{0}:C{0})".format(r)
            ws.append([name, before, change, typed[2] if typed and typed[:2] == (b, n) else own, nxt])
        end = ws.max_row
        r = ws.max_row + 1
        ws.append(["Total " + block.lower()] + ["=SUM({0}{1}:{0}{2})".format(c, top, end) for c in "BCDE"])
        subtotals.append(r)
    ws.append(["Net cost of services"] + ["=" + "+".join("{}{}".format(c, r) for r in subtotals) for c in "BCDE"])
    _fixtures.number_format(ws, "#,##0;(#,##0)", min_row=5, min_col=2)
    return wb


SUPPLIERS = ["Apex Staffing", "Civic Systems", "Riverside Homes", "Acme Care", "Metro Waste", "Greenfield Grounds",
             "Harbour Legal", "Northern Roads", "City Fuels", "County Print", "Blue Sky Travel", "St Anne Hospice"]


def register(line_off=None):
    """line_off: (line, by) added to one line's annual value, the Total left as it was."""
    rnd = random.Random(37)
    lines = []
    for k in range(120):
        annual = rnd.randint(15000, 900000)
        years = rnd.randint(1, 7)
        start = rnd.randint(2019, 2025)
        lines.append(["CT-{}".format(2000 + k), SUPPLIERS[k % len(SUPPLIERS)], "01/04/{}".format(start),
                      "01/04/{}".format(start + years), annual, annual * years])
    total = ["Total", "", "", "", sum(r[4] for r in lines), sum(r[5] for r in lines)]
    if line_off:
        lines[line_off[0]][4] += line_off[1]
    rows = [["Contract ref", "Supplier", "Start", "End", "Annual value £", "Whole-life value £"]] + lines + [total]
    wb, ws = _fixtures.sheet_of("Contracts", rows)
    _fixtures.number_format(ws, '"£"#,##0', min_row=2, min_col=5, max_col=6)
    return wb, rows


def pounds(v):
    return v if isinstance(v, str) else "£{:,}".format(v)


def write_csv(name, rows):
    _fixtures.write_csv(HERE, name, rows, crlf=True)


def main():
    for name, slip in (("millions-right", None), ("millions-line-off", (1, 4, 0, -1.0))):
        wb, rows = millions(slip)
        _fixtures.save(HERE, name, wb)
        write_csv(name, [[money_text(v) if isinstance(v, float) else v for v in r] for r in rows])
    for name, off in (("register-right", None), ("register-line-off", (52, 10))):
        wb, rows = register(off)
        _fixtures.save(HERE, name, wb)
        write_csv(name, [[pounds(v) for v in r] for r in rows])
    # Children's services restated: 38,443 typed 34,843.
    _fixtures.recalc(HERE, {"restated-right": restated(), "restated-typed": restated((0, 1, 34843))})


if __name__ == "__main__":
    main()
