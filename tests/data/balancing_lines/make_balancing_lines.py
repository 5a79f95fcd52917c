#!/usr/bin/env python3
"""Lines that are the difference of two totals above them, and a movement block (issue 17, trial2 e44, e55, e63, e02).

A budget's bottom line is worked out, not added: the requirement block and its total, the funding
lines and 'Total funding', then 'Shortfall/(surplus)' (the requirement less the funding). And a
capital financing requirement note: the opening CFR, the additions, the financing taken off
(written negative), the closing CFR, and under it the year's increase (closing less opening).
Before, the bottom line was counted by no check, and the CFR's closing balance was read from the
increase under it (itself worked out from the closing balance), so its lines were counted by none.

- fire-right: three years, 'Shortfall/(surplus)' under 'Total funding': silent, every line checked.
- fire-shortfall-wrong: 'Shortfall/(surplus)' 2025/26 typed 4,411 (4,141 right): an error at its
  cell (relation-mismatch), the other years bearing the reading out.
- fire-funding-wrong: 'Total funding' 2024/25 typed 41,858 (41,588 right): one error at it
  (column-total-mismatch), the shortfall agreeing once it is corrected.
- gap-right: two years, 'Funded by:' heading, 'Funding gap': silent.
- gap-wrong: 'Funding gap' 2026/27 typed 963 (693 right). One other year agreeing is not enough to
  accuse it (it may be a coincidence, inyear-gap-right below), so a miss: said not checked.
- deficit-one-column-right: one column, 'Total expenditure', the income lines and 'Total income',
  then 'Deficit': silent and checked (the label and the two blocks say what it is).
- deficit-one-column-wrong: 'Deficit' typed 2,351 (2,315 right). In one column nothing bears a
  reading out and the label alone accuses nothing, so it is a miss: silent, the line counted by
  no check (a reviewer's false errors, below, came from accusing such lines).
- surplus-unrelated-right: 'Surplus' under two totals that gives neither's difference in any
  column (a line of its own): silent, and said not checked, never an error.
- cfr-right: the CFR note, two years: silent.
- cfr-line-wrong: 'Intangible assets' 2024/25 typed 4,191 (1,491 right): an error at the closing
  CFR of 2024/25 (relation-mismatch), which before passed.

- change-right: two years and a 'Change' column (2025/26 - 2024/25), 'Total net expenditure': silent.
- change-total-wrong: 'Total net expenditure' 2025/26 typed 18,414 (18,441 right), its 'Change'
  worked out from it (as a formula gives): one error at the total, the Change's total said with it.
  Before, the row off in two columns was said unchecked ('does not confirm the reading').

Three csv files are not written here but committed as a reviewer found them (false errors of
fd661d7, silent on 8d061e4); they must stay without an error:
- sum-one-column-right.csv: one column, 'Combined deficit' the SUM of 'Total primary' and
  'Total secondary' (never their difference): checked as the sum.
- surplus-assets-one-column-right.csv: 'Surplus assets', an asset category under two block totals,
  neither their sum nor difference: no error.
- inyear-gap-right.csv: two columns, 'In-year budget gap' the requirement less the funding in the
  first year only (the second is the year's own change): one column agreeing accuses none.

usage: /usr/bin/python3 tests/data/balancing_lines/make_balancing_lines.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def fire(slip=None):
    years = ["2024/25", "2025/26", "2026/27"]
    costs = [
        ("Firefighters", [28410, 29105, 29884]),
        ("Control room", [2216, 2270, 2331]),
        ("Support staff", [6125, 6302, 6478]),
        ("Premises", [3911, 4018, 4127]),
        ("Fleet and equipment", [2677, 2745, 2819]),
        ("Capital charges", [1984, 2040, 2113]),
    ]
    funding = [
        ("Council tax precept", [27150, 28022, 28905]),
        ("Business rates", [8410, 8633, 8861]),
        ("Revenue support grant", [4402, 4521, 4650]),
        ("Services grant", [1626, 1163, 1210]),
    ]
    req = [sum(v[c] for _, v in costs) for c in range(3)]
    tot = [sum(v[c] for _, v in funding) for c in range(3)]
    gap = [req[c] - tot[c] for c in range(3)]
    if slip == "shortfall":
        assert gap[1] == 4141
        gap[1] = 4411
    if slip == "funding":
        assert tot[0] == 41588
        tot[0] = 41858
    out = [["Fire and rescue authority budget"], ["£000"], [], [""] + years]
    out += [[n] + v for n, v in costs]
    out.append(["Net budget requirement"] + req)
    out.append([])
    out += [[n] + v for n, v in funding]
    out.append(["Total funding"] + tot)
    out.append(["Shortfall/(surplus)"] + gap)
    return out


def gap(slip=None):
    years = ["2025/26", "2026/27"]
    costs = [
        ("Housing", [5120, 5388]),
        ("Environmental services", [7341, 7702]),
        ("Leisure", [2260, 2315]),
        ("Corporate", [4418, 4506]),
    ]
    funding = [
        ("Council tax", [10875, 11420]),
        ("Business rates", [5512, 5640]),
        ("New homes bonus", [1204, 658]),
        ("Funding guarantee", [1000, 1500]),
    ]
    req = [sum(v[c] for _, v in costs) for c in range(2)]
    tot = [sum(v[c] for _, v in funding) for c in range(2)]
    g = [req[c] - tot[c] for c in range(2)]
    if slip:
        assert g[1] == 693
        g[1] = 963
    out = [["Medium term financial plan"], ["£000"], [], [""] + years]
    out += [[n] + v for n, v in costs]
    out.append(["Net revenue budget"] + req)
    out.append(["Funded by:"])
    out += [[n] + v for n, v in funding]
    out.append(["Total funding"] + tot)
    out.append(["Funding gap"] + g)
    return out


def deficit(slip=None):
    spend = [("Staff", 14620), ("Running costs", 5233), ("Grants paid", 2117)]
    income = [("Fees and charges", 8450), ("Government grant", 9872), ("Other income", 1333)]
    te = sum(v for _, v in spend)
    ti = sum(v for _, v in income)
    d = te - ti
    if slip:
        assert d == 2315
        d = 2351
    out = [["Harbour board account"], [], ["", "2024/25 £000"]]
    out += [[n, v] for n, v in spend]
    out.append(["Total expenditure", te])
    out += [[n, v] for n, v in income]
    out.append(["Total income", ti])
    out.append(["Deficit", d])
    return out


def unrelated():
    years = ["2024/25", "2025/26"]
    a = [("Pay", [3100, 3250]), ("Non-pay", [1420, 1505]), ("Projects", [610, 580])]
    b = [("Grant", [2900, 3010]), ("Charges", [1355, 1402])]
    ta = [sum(v[c] for _, v in a) for c in range(2)]
    tb = [sum(v[c] for _, v in b) for c in range(2)]
    out = [["Trading account"], [], [""] + years]
    out += [[n] + v for n, v in a]
    out.append(["Total costs"] + ta)
    out.append([])
    out += [[n] + v for n, v in b]
    out.append(["Total income"] + tb)
    out.append(["Surplus held in reserve", 412, 377])
    return out


def cfr(slip=None):
    years = ["2023/24", "2024/25"]
    adds = [
        ("Property, plant and equipment", [22415, 18730]),
        ("Heritage assets", [310, 125]),
        ("Intangible assets", [2044, 1491]),
        ("Loans to third parties", [5200, 3800]),
    ]
    fin = [
        ("Less: capital receipts", [-4122, -3305]),
        ("Less: grants and contributions", [-11870, -9644]),
        ("Less: revenue contributions", [-1512, -1260]),
        ("Less: minimum revenue provision", [-6031, -6377]),
    ]
    opening0 = 214560
    openings, closings = [], []
    o = opening0
    for c in range(2):
        cl = o + sum(v[c] for _, v in adds) + sum(v[c] for _, v in fin)
        openings.append(o)
        closings.append(cl)
        o = cl
    moves = [closings[c] - openings[c] for c in range(2)]
    if slip:
        adds = [[n, list(v)] for n, v in adds]
        assert adds[2][1][1] == 1491
        adds[2][1][1] = 4191
    out = [["Note 31 Capital expenditure and capital financing"], [], [""] + years, ["", "£000", "£000"]]
    out.append(["Opening capital financing requirement"] + openings)
    out.append(["Capital investment"])
    out += [[n] + list(v) for n, v in adds]
    out.append(["Sources of finance"])
    out += [[n] + v for n, v in fin]
    out.append(["Closing capital financing requirement"] + closings)
    out.append([])
    out.append(["Increase/(decrease) in capital financing requirement"] + moves)
    return out


def change(slip=None):
    lines = [
        ("Housing", [4210, 4388]),
        ("Transport", [6032, 6410]),
        ("Culture", [1874, 1802]),
        ("Regulatory services", [2291, 2375]),
        ("Central services", [3507, 3466]),
    ]
    tot = [sum(v[c] for _, v in lines) for c in range(2)]
    if slip:
        assert tot[1] == 18441
        tot[1] = 18414
    out = [["Net expenditure by service"], ["£000"], [], ["", "2024/25", "2025/26", "Change"]]
    out += [[n, v[0], v[1], v[1] - v[0]] for n, v in lines]
    # The change worked out from the total as it stands (a formula's value).
    out.append(["Total net expenditure", tot[0], tot[1], tot[1] - tot[0]])
    return out


def write(name, table):
    width = max(len(r) for r in table)
    table = [list(r) + [""] * (width - len(r)) for r in table]

    def shown(x):
        if not isinstance(x, int):
            return x
        return f"({-x:,})" if x < 0 else f"{x:,}"

    with open(os.path.join(HERE, name + ".csv"), "w", newline="") as f:
        w = csv.writer(f)
        for r in table:
            w.writerow([shown(x) for x in r])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    for r in table:
        ws.append([x if x != "" else None for x in r])
    wb.save(os.path.join(HERE, name + ".xlsx"))


if __name__ == "__main__":
    write("fire-right", fire())
    write("fire-shortfall-wrong", fire("shortfall"))
    write("fire-funding-wrong", fire("funding"))
    write("gap-right", gap())
    write("gap-wrong", gap(True))
    write("deficit-one-column-right", deficit())
    write("deficit-one-column-wrong", deficit(True))
    write("surplus-unrelated-right", unrelated())
    write("cfr-right", cfr())
    write("cfr-line-wrong", cfr(True))
    write("change-right", change())
    write("change-total-wrong", change(True))
