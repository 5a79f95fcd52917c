#!/usr/bin/env python3
"""A group row above its lines, then the lines outside it, then the Total (issue 17: 12 of the
planted misses on real workbooks were such tables, a careers office's 'Top six functions' over
'All others' and 'Total', each left unchecked). The group row carries the sum of the rows
directly under it and its label names no total; the Total adds the group and the lines outside
it (so, equally, every line once). Made up: not a real body's figures. Written into
tests/data/groups_above/ as csv and xlsx (numbers under General).

- awards-*: grants by ward, 'Ward | Percent of awards | Number of awards': 'Five largest wards'
  over five wards, 'All other wards', 'Total'. The percent column (fractions of one, to three
  decimals) is set aside, never checked; the count column is checked where the table names a
  total.
  The group's share is its count's share, rounded (0.640): its lines' shares add to 0.638,
  to it only within their rounding, as in the real tables.
  right: silent, the group and the Total checked;
  wrong-total: the Total's count 40 over (an error at C12);
  wrong-line: one ward's count 25 over (an error at the group C5, the one total over it);
  wrong-group: the group's count 30 over, its lines and the Total right (an error at C5).
- counts-*: the same without the percent column, the count alone.
  right: silent, the group read by its figures (it adds its five wards, and the Total adds it
  and 'All other wards'), both checked;
  wrong-line: one ward's count 25 over: an error at the group B5 (the Total still
  reads the group and the line after it);
  wrong-group: the group's count 30 over: no figure says which wards it adds (the Total adds
  every ward, the group left out), so nothing is accused, and the table is said unchecked;
  never an error at the Total, which is right.
- spend-*: spend by supplier, 'Supplier | Number of payments | Amount paid \u00a3000': 'Top
  four suppliers' over four suppliers, 'Other suppliers', 'Total'. Two columns that add.
  right: silent;
  wrong-total: the Total's amount 300 over (an error at C10);
  wrong-line: one supplier's amount 150 over (an error at the group C4);
  wrong-group: the group's payments 40 under (an error at B4).
- first-line-*: not a group. A first line larger than each under it that equals the two right
  under it by chance ('Agency staff' 2,310: 'Consultants' 1,450 and 'Interim managers' 860),
  every line in the Total: right, the Total the sum of all the lines, nothing to report;
  wrong, the Total 200 over: an error at B9 against all five lines (5,155), never against the
  first line read as a group.

usage: /usr/bin/python3 tests/data/groups_above/make_groups_above.py   (needs openpyxl)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _fixtures  # noqa: E402  (tests/data/_fixtures.py: the csv and xlsx writers)

WARDS = [("Riverside", 84), ("Castle", 61), ("Northgate", 47), ("St Anne's", 38), ("Meadowbank", 33)]
OTHER_WARDS = 148


def awards(total_off=0, line_off=None, group_off=0, percent=True):
    counts = [n + (25 if line_off == k else 0) for k, (_, n) in enumerate(WARDS)]
    right = sum(n for _, n in WARDS)
    whole = right + OTHER_WARDS

    def share(n):
        return round(n / whole, 3)

    rows = [["Community grants awarded 2025/26"], ["By ward of the applicant"], [],
            ["Ward", "Percent of awards", "Number of awards"],
            ["Five largest wards", share(right), right + group_off]]
    for (name, n), c in zip(WARDS, counts):
        rows.append([name, share(n), c])
    rows.append(["All other wards", share(OTHER_WARDS), OTHER_WARDS])
    rows.append(["Total", 1.0, whole + total_off])
    rows.append(["Grants awarded between 1 April 2025 and 31 March 2026."])
    if not percent:
        rows = [[r[0], r[2]] if len(r) == 3 else r for r in rows]
    return rows


SUPPLIERS = [("Acme Facilities Ltd", 212, 4820), ("Northern Waste Services", 96, 3915),
             ("County Care Partnership", 148, 2760), ("Brightpath Transport", 73, 1340)]
OTHER_SUPPLIERS = (1391, 5248)


def spend(total_off=0, line_off=None, group_payments_off=0):
    amounts = [a + (150 if line_off == k else 0) for k, (_, _, a) in enumerate(SUPPLIERS)]
    pays = sum(p for _, p, _ in SUPPLIERS)
    paid = sum(a for _, _, a in SUPPLIERS)
    rows = [["Spend by supplier, quarter 3"], [], ["Supplier", "Number of payments", "Amount paid \u00a3000"],
            ["Top four suppliers", pays + group_payments_off, paid]]
    for (name, p, _), a in zip(SUPPLIERS, amounts):
        rows.append([name, p, a])
    rows.append(["Other suppliers", OTHER_SUPPLIERS[0], OTHER_SUPPLIERS[1]])
    rows.append(["Total", pays + OTHER_SUPPLIERS[0], paid + OTHER_SUPPLIERS[1] + total_off])
    return rows


LINES = [("Agency staff", 2310), ("Consultants", 1450), ("Interim managers", 860), ("Temporary clerical", 415),
         ("Student placements", 120)]


def first_line(total_off=0):
    rows = [["Non-permanent staff costs, quarter 3"], [], ["Category", "Amount \u00a3000"]]
    for name, a in LINES:
        rows.append([name, a])
    rows.append(["Total", sum(a for _, a in LINES) + total_off])
    return rows


def write(name, rows, sheet):
    _fixtures.write(HERE, name, rows, sheet)


write("awards-right", awards(), "Grants")
write("awards-wrong-total", awards(total_off=40), "Grants")
write("awards-wrong-line", awards(line_off=2), "Grants")
write("awards-wrong-group", awards(group_off=30), "Grants")
write("counts-right", awards(percent=False), "Grants")
write("counts-wrong-line", awards(line_off=2, percent=False), "Grants")
write("counts-wrong-group", awards(group_off=30, percent=False), "Grants")
write("spend-right", spend(), "Suppliers")
write("spend-wrong-total", spend(total_off=300), "Suppliers")
write("spend-wrong-line", spend(line_off=1), "Suppliers")
write("spend-wrong-group", spend(group_payments_off=-40), "Suppliers")
write("first-line-right", first_line(), "Staff costs")
write("first-line-wrong", first_line(total_off=200), "Staff costs")
