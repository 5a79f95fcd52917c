#!/usr/bin/env python3
"""Tables with one total wrong that fundbook left unchecked as a whole ("the table's
structure is not known", "no table with totals was recognised") instead of reporting the
total (issue 17, fresh public finance tables, classes C and D). Each is the class of a
real case, made up: not the real file. Written into tests/data/wrong_totals/.

A town council's expenditure list: ten named items in one amount column, a "% of Total"
column beside it, and "Total expenditure" under them. Two items are named with a note's
word at their start ("Memorial garden", "Network rail licence"), which is no note: they
are items like the others.
- list-total-wrong.csv: the Total 7% too high: an error at it.
- list-total.csv: the Total right: nothing to report, one total checked.
- list-with-memo-wrong.csv: the same list with a memorandum line ("Memo: reserves held")
  and the Total 7% too high: the memo line says the list is no plain list, so the
  Total is left unchecked and said so, not accused.

A council's cost of services: gross, income and net for two years either side of the
service names, "Cost of Services" adding the seven services (no word names it a total:
only its figures do), then capital financing and "Net Revenue Budget" adding the two.
- cost-of-services.csv: every figure right: nothing to report, eight totals checked.
- cost-of-services-rounding.csv: the 2023/24 net Cost of Services 0.001 over its
  services (within the rounding of figures to three places): a rounding note there, and
  the row's six totals checked, not "no table with totals was recognised". (Net Revenue
  Budget then agrees with its two rows in one column only and within rounding in the
  other: one column exact is no structure, so it is not read as a total.)
- cost-of-services-wrong.csv: the 2023/24 gross Cost of Services 21.5 over: an error.

A borough's budget: gross expenditure, gross income (in brackets) and the net figure of
each service (no word names the net column a total: its figures add the two before it),
"Borough Budget Requirement" adding the services (no total word either), then the
precepts and funding lines and "Total budget" adding the requirement and them. One
service's net figure is 100,000 off its own gross and income (an error of the row, which
the net column at the requirement repeats).
- budget-total-wrong.csv: Total budget's gross and income each 100,000 off: errors at
  them, and at the service's net figure. The requirement is the services' subtotal
  (its gross and income add them; its net does once the wrong net figure is taken as
  its row adds), so Total budget is read over it and the lines after it.
- budget-total.csv: Total budget right: the service's net figure is the only error.
- budget-gross-wrong.csv: as budget-total-wrong.csv, and the chief executive's gross figure
  typed 7% high (the net figure beside it right): two rows now disagree with the net
  column, which no word names a total, and the requirement is off in gross and net. Each
  of the two rows corrected in one figure (the gross figure to what its net says, the net
  figure to what its row adds) makes the requirement agree in every column: the net
  column is a total column and the requirement the services' subtotal, so the errors are
  the gross figure, the net figure and Total budget's gross and income (before: the
  table was "structure not known", every error with it).
- budget-right.csv: every figure right (as pasted from a workbook's values): nothing to
  report.
- budget-net-as-written.csv: two services' net figures are not their gross plus income
  (2,500 and -40,000 beside them), and the requirement's net adds the net figures as
  written: no correction of the two rows makes anything agree that did not, so the net
  column is no total column and the two rows are not accused.
- budget-requirement-off.csv: every service's net figure right, but the requirement's own
  net figure 100,000 off its gross and income (the net column's one error is its own, so
  nothing corrected above explains it): it is no subtotal known by its figures, so Total
  budget's gross and income (100,000 off) are not accused (its total rows are said
  unchecked); the requirement's net figure is an error of its row.

A community council's receipts and payments account, one column: the income lines and
"TOTAL INCOME", the balance brought forward, "Income plus bank balance b/f", "Less cheques
not presented", "Sub Total", then the payments and "TOTAL EXPENDITURE". TOTAL INCOME is
5,000.06 over its four lines and TOTAL EXPENDITURE 60 over its three, so no total of
the account agrees with a reading of the rows above it.
- receipts-income-wrong.csv: TOTAL INCOME is the first total, under a plain list of four
  named lines: its only reading is them, so it is an error; the rest of the account (no
  total there agreeing to say how it works) is said unchecked.
- receipts-two-lines-wrong.csv: the same with two income lines only: no plain list, so
  nothing is accused and the whole account is said unchecked.

usage: python3 tests/data/wrong_totals/make_wrong_totals.py   (Python standard library only)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def pounds(x):
    return "\u00a3{:,}".format(x)


ITEMS = [
    ("Administration", 31250),
    ("Staff costs", 168400),
    ("Library", 22900),
    ("Civic events", 6850),
    ("Projects", 40500),
    ("Halls", 37125),
    ("Insurance", 5800),
    ("Network rail licence", 7300),
    ("Public toilets", 9775),
    ("Memorial garden", 3400),
]


def expenditure(total_factor=1.0, memo=None):
    items = list(ITEMS)
    total = sum(a for _, a in items)
    stated = round(total * total_factor)
    rows = [["Expenditure", "", ""], ["Type", "Amount", "% of Total"]]
    for name, a in items:
        rows.append([name, pounds(a), "%.2f%%" % (100 * a / total)])
    if memo:
        rows.append([memo[0], pounds(memo[1]), ""])
    rows.append(["Total expenditure", pounds(stated), "100%"])
    return rows


write("list-total.csv", expenditure())
write("list-total-wrong.csv", expenditure(1.07))
write("list-with-memo-wrong.csv", expenditure(1.07, ("Memo: reserves held", 50000)))


# A council's cost of services (GBP m to three places): gross, income and net for two
# years either side of the service names, then "Cost of Services" adding the seven
# services (no word names it a total: its figures do), then capital financing and "Net
# Revenue Budget" adding those two rows, in the net columns only.
SERVICES = [
    ("Children's services", (301.250, 244.125), (338.400, 269.310)),
    ("Adult social care", (187.615, 66.930), (202.110, 73.845)),
    ("Public health", (18.720, 2.205), (19.990, 2.470)),
    ("Environment and planning", (58.410, 7.960), (62.335, 8.120)),
    ("Housing benefits", (71.880, 71.705), (73.240, 72.960)),
    ("Highways and transport", (37.525, 6.310), (35.940, 7.085)),
    ("Corporate costs", (28.850, 26.775), (29.005, 27.930)),
]
FINANCING = (23.125, 25.480)


def cost_of_services(net_off=0.0, gross_off=0.0):
    def m(x):
        return "%.3f" % x

    rows = [["2023/24", "2023/24", "2023/24", "Services", "2024/25", "2024/25", "2024/25"],
            ["Gross \u00a3m", "Income \u00a3m", "Net \u00a3m", "", "Gross \u00a3m", "Income \u00a3m", "Net \u00a3m"]]
    tot = [0.0] * 6
    for name, (g1, i1), (g2, i2) in SERVICES:
        fig = [g1, i1, g1 - i1, g2, i2, g2 - i2]
        tot = [a + b for a, b in zip(tot, fig)]
        rows.append([m(fig[0]), m(fig[1]), m(fig[2]), name, m(fig[3]), m(fig[4]), m(fig[5])])
    stated = list(tot)
    stated[2] += net_off
    stated[0] += gross_off
    rows.append([m(stated[0]), m(stated[1]), m(stated[2]), "Cost of Services", m(stated[3]), m(stated[4]),
                 m(stated[5])])
    rows.append(["", "", m(FINANCING[0]), "Capital financing", "", "", m(FINANCING[1])])
    rows.append(["", "", m(tot[2] + FINANCING[0]), "Net Revenue Budget", "", "", m(tot[5] + FINANCING[1])])
    return rows


write("cost-of-services.csv", cost_of_services())
write("cost-of-services-rounding.csv", cost_of_services(net_off=0.001))
write("cost-of-services-wrong.csv", cost_of_services(gross_off=21.5))


BUDGET = [
    ("Central services", 3540200, -51300),
    ("Chief executive", 181400, 0),
    ("Environment and planning", 5812600, -3511250),
    ("Health and public protection", 3874150, -2706400),
    ("Legal services", 912300, -248700),
    ("Leisure and community", 2790450, -365800),
    ("Operations", 20441900, -18023600),
    ("Project delivery", 325100, -498250),
    ("Property", 2014700, -3291450),
    ("Regeneration and housing", 2101350, -540900),
    ("Resources", 36244800, -27755300),
    ("Financing adjustment", 1875200, 0),
    ("Drainage boards", 3448900, 0),
    ("Contribution to balances", 0, -2154600),
]
AFTER = [
    ("Parish precepts", 3392100, 0),
    ("Special expenses", 851250, 0),
    ("Business rates retention", 14118400, -28102500),
    ("Collection fund surplus", 0, -50900),
    ("Government grants", 0, -2498300),
]


def budget(total_off=0, row_off=100000, requirement_off=0, gross_typed_high=None, net_as_written=None):
    def money(x):
        return "(\u00a3{:,})".format(-x) if x < 0 else "\u00a3{:,}".format(x)

    rows = [["2024/25", "", "", ""], ["Services", "Gross Expenditure", "Gross Income", "2024/25 Estimate"]]
    gross = income = net_written = 0
    for k, (name, g, i) in enumerate(BUDGET):
        net = g + i + (row_off if k == len(BUDGET) - 1 else 0)  # the one net figure off its row
        if net_as_written and k in net_as_written:
            net += net_as_written[k]  # a net figure that is no sum of its row, added as written
        # A gross figure typed 7% high after the totals were worked out.
        shown = round(g * 1.07) if k == gross_typed_high else g
        rows.append([name, money(shown), money(i), money(net)])
        gross += g
        income += i
        net_written += net
    net_req = gross + income + requirement_off  # its own gross and income, not the net figures above
    if net_as_written:
        net_req = net_written
    rows.append(["Borough Budget Requirement", money(gross), money(income), money(net_req)])
    tg, ti, tn = gross, income, net_req
    for name, g, i in AFTER:
        rows.append([name, money(g), money(i), money(g + i)])
        tg += g
        ti += i
        tn += g + i
    rows.append(["Total budget 2024/25", money(tg + total_off), money(ti - total_off), money(tn)])
    return rows


write("budget-total.csv", budget())
write("budget-total-wrong.csv", budget(total_off=-100000))
write("budget-requirement-off.csv", budget(total_off=-100000, row_off=0, requirement_off=100000))
write("budget-gross-wrong.csv", budget(total_off=-100000, gross_typed_high=1))
write("budget-right.csv", budget(row_off=0))
write("budget-net-as-written.csv", budget(row_off=0, net_as_written={1: 2500, 6: -40000}))


def receipts(income_lines):
    income = sum(a for _, a in income_lines)
    stated = income + 5000.06
    bf = 5802.00
    less = 100.00
    pay = [("Staff Costs", 4750.00), ("General Administration", 1381.82), ("Footway Lighting", 3913.64)]
    rows = [["Audited accounts for the year ending 31 March", ""], ["INCOME", ""]]
    rows += [[n, "\u00a3{:,.2f}".format(a)] for n, a in income_lines]
    rows += [["TOTAL INCOME", "\u00a3{:,.2f}".format(stated)], ["Bank Balance b/f", "\u00a3{:,.2f}".format(bf)],
             ["Income plus bank balance b/f", "\u00a3{:,.2f}".format(stated + bf)],
             ["Less cheques not presented", "\u00a3{:,.2f}".format(less)],
             ["Sub Total", "\u00a3{:,.2f}".format(stated + bf - less)], ["EXPENDITURE", ""]]
    rows += [[n, "\u00a3{:,.2f}".format(a)] for n, a in pay]
    rows.append(["TOTAL EXPENDITURE", "\u00a3{:,.2f}".format(sum(a for _, a in pay) + 60)])
    return rows


INCOME = [("HMRC VAT reclaim", 882.32), ("Precept 1", 3500.00), ("Precept 2", 3500.00), ("Grant", 1311.91)]
write("receipts-income-wrong.csv", receipts(INCOME))
write("receipts-two-lines-wrong.csv", receipts(INCOME[1:3]))


# A first plain total 100 over its four lines, with payments under it (review 18, M3):
# - first-total-lines-under.csv: the payments and a balance carried forward, no total
#   among them: said unchecked as lines under the total, not as "rows read as totals"
#   (there are none) nor as totals not checked.
# - first-total-same-name.csv: the payments under a second 'Total' (50 over): that one is
#   still named among the totals not checked, though it has the first one's name.
def first_total(closing):
    rows = [["Receipts and payments", ""], ["Precept", "5,000.00"], ["Grant", "300.00"], ["Donations", "120.00"],
            ["VAT refund", "80.00"], ["Total receipts" if closing else "Total", "5,600.00"],
            ["Salaries", "2,000.00"], ["Insurance", "400.00"], ["Hall hire", "150.00"]]
    rows.append(["Balance carried forward", "3,850.00"] if closing else ["Total", "2,600.00"])
    return rows


write("first-total-lines-under.csv", first_total(True))
write("first-total-same-name.csv", first_total(False))


# A plain list whose deduction line is bulleted, bracketed or marked after its word, and
# whose Total takes it off (13,200 = 10,000 + 2,000 + 1,500 - 300): the line still opens
# with "Less", so the list has a reading with it taken off, and the Total is not accused.
def deduction_list(label):
    return [["Income", ""], ["Precept", "10,000.00"], ["Grants", "2,000.00"], ["Fees", "1,500.00"],
            [label, "300.00"], ["Total", "13,200.00"]]


write("less-bulleted.csv", deduction_list("- Less refunds"))
write("less-marked.csv", deduction_list("Less- refunds"))
write("less-bracketed.csv", deduction_list("(Less) refunds"))


# A parish's receipts and payments account, one column, opening with the balance brought
# forward; "Total receipts" counts the three receipts under it, not the balance (12,050,
# not 17,050). Leaving the opening balance out is a reading of the list, so it is no error.
# - bf-first.csv: Total receipts 12,050, the receipts alone: not accused.
# - bf-first-wrong.csv: Total receipts 12,500, agreeing with neither reading: an error.
def receipts_bf(stated):
    return [["Receipts and payments account 2023/24", ""], ["Balance brought forward", "5,000.00"],
            ["Precept", "10,000.00"], ["Grants", "2,000.00"], ["Interest", "50.00"],
            ["Total receipts", "{:,.2f}".format(stated)], ["Staff costs", "6,000.00"],
            ["Grounds maintenance", "3,200.00"], ["Insurance", "800.00"], ["Balance carried forward", "7,050.00"]]


write("bf-first.csv", receipts_bf(12050))
write("bf-first-wrong.csv", receipts_bf(12500))
