#!/usr/bin/env python3
"""Opening and closing balances named with the word Total ('Total funds brought forward',
'Total funds carried forward'): balances, not sums of the rows above them (issue 17,
trial 3 f28; class: a balance line read as a column total). Made up: not a real body's
figures. Written into tests/data/balance_totals/ as values only (no formulas), as pasted
into committee papers.

- sofa-right.csv / .xlsx: a charity's statement of financial activities, funds across
  (and a prior-year column that is no sum of its row): income and expenditure lines and
  their totals, net income, transfers, gains, 'Net movement in funds', then under
  'Reconciliation of funds' the funds brought forward and carried forward, each a row
  named 'Total ...'. Every figure right: no finding; the carried forward is checked as
  the net movement + the funds brought forward (before: 8 errors, the brought forward
  read as the 4 rows above it and the carried forward as the 1 row above it).
- sofa-cf-wrong.csv / .xlsx: the carried forward of one fund typed 36 short (12,784 as
  12,748), its row's Total as it was: an error at that cell.
- sofa-bf-wrong.csv / .xlsx: the brought forward of one fund typed with two digits
  swapped (1,406 as 1,460), its row's Total and the carried forward as they were: an
  error at that cell.
- sofa-no-movement.csv / .xlsx: the same with no 'Net movement in funds' row: the
  carried forward adds the lines since the expenditure total and the brought forward,
  which is read as its line: no finding (as before).
- reserves-right.csv / .xlsx: reserves by fund, 'Total balances brought forward', the
  year's lines and 'Total balances carried forward' adding them: no finding.
- reserves-cf-wrong.csv / .xlsx: the carried forward of one fund typed 50 more, its row's
  Total as it was: an error at it.

usage: /usr/bin/python3 tests/data/balance_totals/make_balance_totals.py   (needs openpyxl)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _fixtures  # noqa: E402  (tests/data/_fixtures.py: the csv and xlsx writers)

# Income and expenditure lines by fund (unrestricted, restricted, endowment) and the
# prior year's total, in £000.
INCOME = [("Donations and legacies", [5429, 0, 1919], 2863),
          ("Charitable activities", [7125, 2269, 0], 1791),
          ("Other trading activities", [573, 0, 0], 3327),
          ("Investments", [5472, 0, 0], 3347)]
SPEND = [("Raising funds", [4626, 0, 0], 8857),
         ("Charitable activities", [2483, 8664, 6234], 1527)]
TRANSFERS = ([-112, 76, 36], 0)
GAINS = ([0, 183, 0], -663)
BROUGHT = ([1406, -1537, 13255], 24790)


def add(*rows):
    return [sum(x) for x in zip(*rows)]


def sofa(cf_off=0, bf_as=None, movement_row=True):
    head = ["", "Note", "Unrestricted funds", "Restricted funds", "Endowment funds", "Total 2025",
            "Total 2024"]
    out = [["Riverside Community Trust"], ["Statement of financial activities for the year ended 31 March 2025"],
           ["\u00a3000"], [], head]

    def line(label, funds, prior, note=""):
        out.append([label, note] + funds + [sum(funds), prior])

    out.append(["Income from:"])
    for i, (label, funds, prior) in enumerate(INCOME):
        line(label, funds, prior, str(i + 2))
    income = add(*[f for _, f, _ in INCOME])
    income_prior = sum(p for _, _, p in INCOME)
    line("Total income", income, income_prior)
    out.append(["Expenditure on:"])
    for i, (label, funds, prior) in enumerate(SPEND):
        line(label, funds, prior, str(i + 6))
    spend = add(*[f for _, f, _ in SPEND])
    spend_prior = sum(p for _, _, p in SPEND)
    line("Total expenditure", spend, spend_prior)
    net = [a - b for a, b in zip(income, spend)]
    net_prior = income_prior - spend_prior
    line("Net income/(expenditure)", net, net_prior)
    line("Transfers between funds", TRANSFERS[0], TRANSFERS[1], "17")
    line("Other recognised gains/(losses)", GAINS[0], GAINS[1], "20")
    movement = add(net, TRANSFERS[0], GAINS[0])
    movement_prior = net_prior + TRANSFERS[1] + GAINS[1]
    if movement_row:
        line("Net movement in funds", movement, movement_prior)
    out.append(["Reconciliation of funds"])
    brought = list(BROUGHT[0])
    carried = add(movement, brought)
    line("Total funds brought forward", brought, BROUGHT[1], "17")
    line("Total funds carried forward", carried, movement_prior + BROUGHT[1])
    # A slip in one cell: the figures worked out from it (its row's total) as they were.
    if bf_as is not None:
        out[-2][2] = bf_as
    out[-1][2] += cf_off
    return out


RESERVES = [("Contributions in the year", [420, 1250, 310]),
            ("Used in the year", [-385, -990, -120]),
            ("Transfers between reserves", [-50, 50, 0])]


def reserves(cf_off=0):
    out = [["Westmere Parish Council"], ["Movement in reserves 2024-25"], [],
           ["", "General reserve \u00a3", "Earmarked reserves \u00a3", "Capital receipts \u00a3", "Total \u00a3"]]
    opening = [8200, 15400, 2600]
    rows = [("Total balances brought forward", opening)] + RESERVES
    for label, funds in rows:
        out.append([label] + funds + [sum(funds)])
    closing = add(*[f for _, f in rows])
    out.append(["Total balances carried forward"] + closing + [sum(closing)])
    out[-1][1] += cf_off
    return out


def write(name, rows, sheet):
    _fixtures.write(HERE, name, rows, sheet, formats=lambda ws: _fixtures.number_format(
        ws, '#,##0;(#,##0);"-"', when=lambda v: isinstance(v, int)))


write("sofa-right", sofa(), "SOFA")
write("sofa-cf-wrong", sofa(cf_off=-36), "SOFA")
write("sofa-bf-wrong", sofa(bf_as=1460), "SOFA")
write("sofa-no-movement", sofa(movement_row=False), "SOFA")
write("reserves-right", reserves(), "Reserves")
write("reserves-cf-wrong", reserves(cf_off=50), "Reserves")


def usable_reserves(total_as=None):
    """One column of reserves with a subtotal and a 'Total reserves carried forward' that
    is their sum: a slip in it is an error, never set aside as a balance (review 27)."""
    earmarked = [("Insurance reserve", 1240), ("Business rates equalisation", 3875),
                 ("Transformation reserve", 2110), ("Planning appeals reserve", 460)]
    other = [("General fund balance", 4210), ("Capital receipts reserve", 980)]
    sub = sum(v for _, v in earmarked)
    total = sub + sum(v for _, v in other)
    rows = [["Usable reserves at 31 March 2025"], [], ["Reserve", "\u00a3000"]]
    rows += [[n, v] for n, v in earmarked] + [["Total earmarked reserves", sub]]
    rows += [[n, v] for n, v in other]
    rows.append(["Total reserves carried forward", total if total_as is None else total_as])
    return rows


write("usable-reserves-right", usable_reserves(), "Reserves")
write("usable-reserves-cf-swap", usable_reserves(total_as=12785), "Reserves")
