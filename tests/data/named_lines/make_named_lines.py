#!/usr/bin/env python3
"""Small tables whose lines are named "Total ..." under a total that adds them as lines
(issue 17, false alarms on fresh real public finance tables), written into
tests/data/named_lines/. Each is the class of a real case, made up: not the real file.

Lines whose label starts with "Total" (a city's cash-flow revenue lines, a council's
annual accounting statement): no reading of the rows above such a line explains it, and
the total under them all adds it as one of its lines.
- lines-named-total.csv: monthly revenue lines, two of them "Total Grants" and "Total
  State Aid", and the first "Total Fees and Charges"; "Total Income" adds all eight lines
  and "TOTAL RECEIPTS" adds Total Income and one more line. Nothing to report: the named
  lines are read as lines (each said in the account, not checked as a total), and the two
  totals are checked in both months.
- lines-named-total-wrong.csv: the same with Total Income 50 too high in May: an error
  there, and only there.
- account-statement.csv: a council's statement of two years: balance brought forward,
  precept, "Total other receipts", then "Totals" adding those three; staff costs, loan
  repayments, "Total other payments", then "Total expenses" adding the three since
  "Totals"; then the balance carried forward, debtors (nil), "Total cash and investments"
  adding those two, and two lines "Total fixed assets" and "Total borrowing" that add
  nothing above them. Nothing to report: Totals, Total expenses and Total cash and
  investments are checked, the named lines read as lines, and the last two said unchecked.

A line named "... Total ..." in every block of a table, under a headcount (a city's
personal services page: each department's positions, then its pay budget named "Pay
Total Budget", then its overtime): in no block does it add the rows above it.
- repeated-line-named-total.csv: four departments, each a heading row with no figures,
  "Staff in Post" (a headcount), "Pay Total Budget" and "Overtime Budget", in three
  columns; one department all nil. Nothing to report: the recurring row is a line of its
  own, said unchecked (no total was checked).
- repeated-total-one-wrong.csv: four departments whose "Department Total" adds its three
  lines, in three columns, one of them 100 too high: still an error there, and only there.

A row named "X Total" written above its parts, inside the block (a city's positions page:
"Police Total" above its Civilian and Uniform rows, then "Fire Total" above its own).
- total-above-parts.csv: two offices, then Police Total and Fire Total each above their
  two rows, in General, Other and Total columns for two years: each X Total adds the two
  rows under it; nothing to report, each checked.
- total-above-parts-wrong.csv: the same with Police Total's first General figure 10 too
  high: the error is that figure (a total of the two rows under it, wrong), not the
  row's Total, which agrees with the rows under it.

usage: python3 tests/data/named_lines/make_named_lines.py   (Python standard library only)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def tenths(x):
    return "%.1f" % (x / 10)


# Figures in tenths (one decimal place, as the city writes millions).
LINES = [
    ("Property Tax", 116, 106),
    ("Total Fees and Charges", 1255, 1597),
    ("Parking Tax", 515, 531),
    ("Hotel Tax", 359, 350),
    ("Other Taxes", 120, 147),
    ("Total Grants", 116, 617),
    ("Total State Aid", 831, 85),
    ("Interfund Transfers", 0, 0),
]
PRIOR = ("Collection of prior year revenue", 301, 0)


def revenue(off_may=0):
    rows = [["", "April", "May"]]
    rows += [[n, tenths(a), tenths(b)] for n, a, b in LINES]
    income = [sum(l[1] for l in LINES), sum(l[2] for l in LINES)]
    rows.append(["Total Income", tenths(income[0]), tenths(income[1] + off_may)])
    rows.append([PRIOR[0], tenths(PRIOR[1]), tenths(PRIOR[2])])
    rows.append(["TOTAL RECEIPTS", tenths(income[0] + PRIOR[1]), tenths(income[1] + off_may + PRIOR[2])])
    return rows


write("lines-named-total.csv", revenue())
write("lines-named-total-wrong.csv", revenue(off_may=500))

bf, precept, other = (15200, 17400), (21000, 33000), (2400, 7800)
totals = tuple(bf[y] + precept[y] + other[y] for y in range(2))
staff, loan, payments = (4700, 5300), (0, 0), (16800, 32300)
expenses = tuple(staff[y] + loan[y] + payments[y] for y in range(2))
cf = tuple(totals[y] - expenses[y] for y in range(2))
write("account-statement.csv", [
    ["", "2022/23", "2023/24"],
    ["Balance brought forward", *bf],
    ["Precept", *precept],
    ["Total other receipts", *other],
    ["Totals", *totals],
    ["Staff costs", *staff],
    ["Loan repayments", *loan],
    ["Total other payments", *payments],
    ["Total expenses", *expenses],
    ["Balance carried forward", *cf],
    ["Debtors", 0, 0],
    ["Total cash and investments", *cf],
    ["Total fixed assets", 356300, 354700],
    ["Total borrowing", 0, 0],
])

DEPARTMENTS = [
    ("Audit", (124, 121, 118), (8650965, 9466389, 9311029), (73243, 60388, 39619)),
    ("Ethics Board", (10, 7, 9), (875033, 922164, 801988), (0, 0, 0)),
    ("Elections", (94, 98, 137), (5830533, 7075077, 8293480), (1033718, 1592963, 1531588)),
    ("Mayor's Office", (0, 0, 0), (0, 0, 0), (0, 0, 0)),
]
rows = [["Department", "2019/20 Actual", "2020/21 Actual", "2021/22 Actual"]]
for name, staff, pay, overtime in DEPARTMENTS:
    rows.append([name, "", "", ""])
    rows.append(["Staff in Post", *staff])
    rows.append(["Pay Total Budget", *["{:,}".format(x) for x in pay]])
    rows.append(["Overtime Budget", *["{:,}".format(x) for x in overtime]])
write("repeated-line-named-total.csv", rows)

rows = [["Department", "2019/20", "2020/21", "2021/22"]]
for d, (name, _, pay, overtime) in enumerate(DEPARTMENTS[:3] + [("Planning", None, (412000, 398500, 405250), (12000, 9800, 11100))]):
    agency = tuple(5000 * (d + 1) + 250 * y for y in range(3))
    total = [pay[y] + overtime[y] + agency[y] for y in range(3)]
    if d == 2:
        total[1] += 100
    rows.append([name, "", "", ""])
    rows.append(["Pay", *pay])
    rows.append(["Overtime", *overtime])
    rows.append(["Agency Staff", *agency])
    rows.append(["Department Total", *total])
write("repeated-total-one-wrong.csv", rows)

def above_parts(off=0):
    rows = [["Department", "General", "Other", "Total", "General", "Other", "Total"]]
    def line(name, a, b, c, d):
        return [name, a, b, a + b, c, d, c + d]
    rows.append(line("Finance", 109, 0, 135, 0))
    rows.append(line("Legal", 9, 0, 12, 0))
    for name, parts in (("Police", ((469, 91, 547, 78), (34, 7, 36, 6))),
                        ("Fire", ((115, 1, 177, 1), (2552, 77, 3199, 83)))):
        total = [sum(p[k] for p in parts) for k in range(4)]
        row = line(name + " Total", *total)
        if name == "Police":
            row[1] += off
        rows.append(row)
        rows.append(line("Civilian", *parts[0]))
        rows.append(line("Uniform", *parts[1]))
    return rows


write("total-above-parts.csv", above_parts())
write("total-above-parts-wrong.csv", above_parts(off=10))

# A budget summary in two blocks: spending to a net budget, then its funding
# (negative) to "Total sources of finance", and under it the balance "Total
# Council Tax requirement" (net budget + funding): named as a total, but no
# sum of the one total above it. Figures made up.
def requirement(off=0):
    spend = [("Adults", 60.125, 61.4), ("Children", 50.5, 52.75), ("Place", 40.25, 41.0)]
    rows = [["Area of spend", "2023/24 GBP m", "2024/25 GBP m"]]
    rows += [[n, f"{a:.3f}", f"{b:.3f}"] for n, a, b in spend]
    net = [sum(s[1] for s in spend), sum(s[2] for s in spend)]
    rows.append(["Net budget", *(f"{x:.3f}" for x in net)])
    rows.append(["", "", ""])
    funding = [("Revenue support grant", -8.5, -9.0), ("Retained business rates", -56.75, -63.5)]
    rows.append(["Sources of finance", "2023/24 GBP m", "2024/25 GBP m"])
    rows += [[n, f"({-a:.3f})", f"({-b:.3f})"] for n, a, b in funding]
    sources = [sum(f[1] for f in funding), sum(f[2] for f in funding)]
    rows.append(["Total sources of finance", *(f"({-x:.3f})" for x in sources)])
    req = [net[0] + sources[0] + off, net[1] + sources[1]]
    rows.append(["Total Council Tax requirement", *(f"{x:.3f}" for x in req)])
    return rows


write("requirement-after-sources.csv", requirement())

# A community council's receipts and payments account: income to its total,
# the balance brought forward, "Income plus bank balance b/f" (a running
# total), "Less cheques not presented" (a deduction) and the "Sub Total" they
# give; then the payments. Read as a plain sum of the rows since the income
# total, the Sub Total is wrong; read as its rows' words say, it agrees.
# Figures made up.
def receipts_and_payments(payments_off=0):
    precepts = [4500.00, 4500.00, 4600.50]
    income = sum(precepts)
    bf = 2875.25
    plus = income + bf
    less = 150.00
    pay = [4800.00, 1320.40, 3950.75]
    rows = [["Accounts year ending 31 March", ""], ["INCOME", ""]]
    rows += [[f"Precept {k + 1}", f"{p:,.2f}"] for k, p in enumerate(precepts)]
    rows += [["TOTAL INCOME", f"{income:,.2f}"], ["Bank Balance b/f", f"{bf:,.2f}"],
             ["Income plus bank balance b/f", f"{plus:,.2f}"], ["Less cheques not presented", f"{less:,.2f}"],
             ["Sub Total", f"{plus - less:,.2f}"], ["EXPENDITURE", ""]]
    rows += [[n, f"{p:,.2f}"] for n, p in zip(["Staff Costs", "Administration", "Lighting"], pay)]
    rows.append(["TOTAL EXPENDITURE", f"{sum(pay) + payments_off:,.2f}"])
    return rows


write("receipts-and-payments.csv", receipts_and_payments())
write("receipts-and-payments-wrong.csv", receipts_and_payments(payments_off=60))

# A total over the one subtotal above it, a figure mistyped (631 for 613):
# of the same sign, so a total of it, and wrong.
write("total-of-one-subtotal-wrong.csv", [
    ["Library service", "2024/25 GBP 000", "2025/26 GBP 000"],
    ["Staffing", "410", "425"], ["Premises", "120", "118"], ["Books and materials", "65", "70"],
    ["Total running costs", "595", "613"], ["Total cost of service", "595", "631"],
])
