#!/usr/bin/env python3
"""Small workbooks for a total written above the lines it adds (issue 17), as budget books
lay out a service's account ("Total expenditure" first, then Employees, Premises, ...),
written into tests/data/totals_above/:

- named-above-ok: 'Total expenditure' over four lines, a Budget and an Actual column, every
  figure right: nothing to report, both totals checked.
- named-above-total-wrong: the same with the Budget total 700 over its lines: an error there.
- named-above-line-wrong: the same with one line's Budget 700 over what the total added: an
  error at the total (the one total over that line), by the lines under it.
- two-accounts: 'Total income' over its lines, a blank row, 'Total expenditure' over its
  lines, one expenditure line wrong: one error, at 'Total expenditure'.
- named-after-blank-adds-above: lines, a blank row, 'Total expenditure' adding the lines
  above the blank, then two lines under it that are not its parts: 'Total expenditure' is the
  total of the lines above it, not of those under it; nothing to report.
- named-above-then-lines: in one Budget column, 'Total expenditure' over its lines, a blank
  row, then income lines whose first (Council tax) is larger than each under it but no total
  of them: a total its words name is no evidence that a block's first row is one; nothing to
  report.

usage: python3 tests/data/make_totals_above.py   (Python standard library only)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_total_columns import write_xlsx  # noqa: E402  (the same minimal xlsx writer)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "totals_above")

LINES = [["Employees", 4520, 4610], ["Premises", 1310, 1290], ["Transport", 420, 460], ["Supplies", 880, 905]]


def account(label, lines, total_off=0, line_off=None):
    total = [sum(r[c] for r in lines) for c in (1, 2)]
    total[0] += total_off
    rows = [[label, *total]] + [list(r) for r in lines]
    if line_off is not None:
        rows[1 + line_off][1] += 700
    return rows


def named_above(total_off=0, line_off=None):
    return [["Service", "Budget", "Actual"], *account("Total expenditure", LINES, total_off, line_off)]


def two_accounts():
    income = [["Fees and charges", -1250, -1310], ["Grants", -3400, -3400], ["Rents", -210, -190]]
    return [["Service", "Budget", "Actual"], *account("Total income", income), [None, None, None],
            *account("Total expenditure", LINES, line_off=2)]


def named_after_blank_adds_above():
    total = [sum(r[c] for r in LINES) for c in (1, 2)]
    return [["Service", "Budget", "Actual"], *[list(r) for r in LINES], [None, None, None],
            ["Total expenditure", *total], ["Fees and charges", -1250, -1310], ["Grants", -3400, -3400]]


def named_above_then_lines():
    # One column: a first row off in it is off in one column only, as a
    # total that one figure puts out would be.
    lines = [[r[0], r[1]] for r in LINES]
    income = [["Council tax", 5000], ["Grants", 1000], ["Fees", 500]]
    return [["Service", "Budget"], ["Total expenditure", sum(r[1] for r in lines)], *lines, [None, None], *income]


def main():
    os.makedirs(OUT, exist_ok=True)
    files = {
        "named-above-ok.xlsx": named_above(),
        "named-above-total-wrong.xlsx": named_above(total_off=700),
        "named-above-line-wrong.xlsx": named_above(line_off=1),
        "two-accounts.xlsx": two_accounts(),
        "named-after-blank-adds-above.xlsx": named_after_blank_adds_above(),
        "named-above-then-lines.xlsx": named_above_then_lines(),
    }
    for name, rows in files.items():
        write_xlsx(os.path.join(OUT, name), "Account", rows)
        print(os.path.join("tests/data/totals_above", name))


if __name__ == "__main__":
    main()
