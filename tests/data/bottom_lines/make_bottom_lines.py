#!/usr/bin/env python3
"""Tables whose bottom line no check covers (issue 17, fresh3 class E: a council's
cost of services with its financing and Council Tax Requirement under it, a parish
budget ending in its "End of Year Position"), written into tests/data/bottom_lines/.
Each is the class of a real case, made up: not the real file.

- requirement-under-total.csv: three services, "Net Revenue Budget" adding them, then
  "Financed by", two sources of finance and "Council Tax Requirement" (the budget less
  the sources). One total is checked; the three lines under it are covered by no check
  and are said so in the account, the requirement named, never passed as agreeing.
- requirement-under-total-wrong.csv: the same with the requirement written 999.999
  (no reading of the rows above gives it): still said unchecked, not an error, as no
  reading of the lines is confident.
- total-at-bottom.csv (the near miss): the same table ending at "Net Revenue Budget":
  nothing under the total, nothing said unchecked.
- position-between-totals.csv: a parish's budget in two blocks, "Total Income" and
  "Total Expenditure" each adding the lines above them, with "Surplus of the year" (a
  result line) after the first block and before the second heading: the totals are
  checked and the surplus line, counted by no check, is said unchecked.
- line-between-totals.csv (the near miss): the same with "Reserves used" in its place,
  a line named as no result: a line between the blocks is not said (only a result line
  or a line under the last total checked is).

usage: python3 tests/data/bottom_lines/make_bottom_lines.py   (Python standard library only)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def thousandths(x):
    return "%.3f" % (x / 1000)


SERVICES = [("Children", 71161), ("Adults", 132953), ("Public Health", 18183)]
SOURCES = [("Business Rates", 63343), ("Social Care Grant", 24458)]


def requirement(stated=None, financing=True):
    budget = sum(v for _, v in SERVICES)
    rows = [["Service", "Net \u00a3m"]] + [[n, thousandths(v)] for n, v in SERVICES]
    rows.append(["Net Revenue Budget", thousandths(budget)])
    if financing:
        rows.append(["Financed by", ""])
        rows += [[n, thousandths(v)] for n, v in SOURCES]
        ctr = budget - sum(v for _, v in SOURCES) if stated is None else stated
        rows.append(["Council Tax Requirement", thousandths(ctr)])
    return rows


write("requirement-under-total.csv", requirement())
write("requirement-under-total-wrong.csv", requirement(stated=999999))
write("total-at-bottom.csv", requirement(financing=False))


def two_blocks(middle):
    income = [("Precept", 31000), ("Grants", 2400), ("Bank interest", 150)]
    spend = [("Clerk's salary", 6500), ("Grass cutting", 2700), ("Insurance", 780)]
    rows = [["Item", "Budget 2024/25"], ["INCOME", ""]]
    rows += [[n, f"{v:,}"] for n, v in income]
    rows.append(["Total Income", f"{sum(v for _, v in income):,}"])
    rows.append([middle, f"{sum(v for _, v in income) - sum(v for _, v in spend):,}"])
    rows.append(["EXPENDITURE", ""])
    rows += [[n, f"{v:,}"] for n, v in spend]
    rows.append(["Total Expenditure", f"{sum(v for _, v in spend):,}"])
    return rows


write("position-between-totals.csv", two_blocks("Surplus of the year"))
write("line-between-totals.csv", two_blocks("Reserves used"))
