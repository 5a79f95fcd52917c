#!/usr/bin/env python3
"""Small tables whose totals fundbook left unchecked for a reason that was not true, or
said one reason in the text and another in JSON (issue 17, a new user's real public
finance tables), written into tests/data/readings/. Each is the class of a real case,
made up: not the real file.

A row named "Cumulative ..." that is the sum of the rows above it in every year (a
council's medium-term plan: the gap grows year on year, so the plan calls it cumulative):
- cumulative-sum-of-rows.csv: Year 1 .. Year 5 columns; "Estimated spending" and
  "Estimated funding" (negative), "Cumulative funding gap" their sum in every year,
  "Planned use of reserves" (negative) and "Cumulative savings needed" the gap plus the
  reserves. Both rows are totals of the rows above them: checked, 10 totals, nothing to
  report, and no running total said in the account.
- cumulative-running.csv (near miss): "Staff savings" and "Other savings" by year, then
  "Cumulative savings", a running total of the two along the row (it agrees with their
  sum in Year 1 only): still not checked, as a running total, and the text's closing line
  gives that reason, as JSON does (it said "no table with totals was recognised").
- cumulative-sum-of-many-rows.csv: six lines of spending by year, then "Cumulative
  spending", their sum in every year (a block of all six rows, not two): a total of
  them, checked, nothing to report.

A total column left of its figures with two breakdowns of itself after it (an election
spending return: the total, then actual and notional spending, then the same spending by
category, then columns that are neither):
- total-two-breakdowns.csv: Candidate, Total spending, Actual, Notional, four categories,
  Personal expenses and Donations (not parts of the total); Total = Actual + Notional =
  the four categories in every row but one, where Actual and Notional each repeat the total
  (a double entry): an error there, against Actual + Notional, and nothing else.
- total-two-breakdowns-ok.csv (near miss): the same without the double entry: every row
  checked against both breakdowns, nothing to report.
- total-two-breakdowns-short.csv: Area, Total, Male, Female, then three age groups;
  Total = Male + Female in every row, the age groups add up to it in every row but one,
  where they are 3 short (people whose age is not known, left out): no error (a
  breakdown may leave a category out), that row's age groups said unchecked.
- total-two-breakdowns-over.csv: the same with that row's age groups 3 over the total
  (a breakdown cannot hold more than the whole): an error there.

Subtotals one column right of their items (a budget book's changes: items in one column,
each group's total on a row of its own in the next, the running budget in a third):
- indented-subtotals.csv: base budget, three groups of items with their totals, a line of
  its own in the totals' column, then the change in the budget (the totals and the line): each group's total checked against its items one column left,
  nothing to report (it was "agree with no reading of the rows above them").
- indented-subtotals-wrong.csv: the same with the second group's total 100 too high: an
  error there, by its items one column left.
- indented-one-group.csv (near miss): one group only, its total agreeing: too little
  evidence for the layout, so not checked, and said so with the true reason (items and
  subtotals in different columns), never "agrees with no reading".

A closing balance worked out from lines the readings from the opening balance do not take
(a community council's receipts and payments, one column: the bank statement less the
cheques not presented):
- closing-balance-one-column.csv: the reason says no reading from the opening balance
  gives its figure, never that its arithmetic "does not hold in enough of the table's
  columns" (there is one column).

usage: python3 tests/data/readings/make_readings.py   (Python standard library only)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def thousandths(x):
    """A figure in GBP millions to three decimals, negatives in brackets."""
    s = "%.3f" % (abs(x) / 1000)
    return "(%s)" % s if x < 0 else s


def cumulative_sum_of_rows():
    years = ["Year %d 20%d/%d £m" % (k + 1, 25 + k, 26 + k) for k in range(5)]
    spending = [410250, 428775, 446120, 459300, 471005]
    funding = [-398400, -405730, -414980, -424150, -433600]
    gap = [s + f for s, f in zip(spending, funding)]
    reserves = [-6500, -3000, 0, 0, 0]
    needed = [g + r for g, r in zip(gap, reserves)]
    rows = [[""] + years]
    for label, figures in [("Estimated spending", spending), ("Estimated funding", funding),
                           ("Cumulative funding gap", gap), ("Planned use of reserves", reserves),
                           ("Cumulative savings needed", needed)]:
        rows.append([label] + [thousandths(x) for x in figures])
    write("cumulative-sum-of-rows.csv", rows)


def cumulative_running():
    staff = [10, 12, 5, 3]
    other = [4, 6, 2, 1]
    running, so_far = [], 0
    for s, o in zip(staff, other):
        so_far += s + o
        running.append(so_far)
    rows = [["Savings £000", "Year 1", "Year 2", "Year 3", "Year 4"],
            ["Staff savings"] + staff, ["Other savings"] + other, ["Cumulative savings"] + running]
    write("cumulative-running.csv", rows)


def cumulative_sum_of_many_rows():
    lines = [("Staff", [1200, 1250, 1300]), ("Premises", [400, 410, 0]), ("Transport", [90, 95, 100]),
             ("Supplies", [310, 0, 330]), ("Services", [150, 160, 170]), ("Grants paid", [75, 80, 85])]
    rows = [[""] + ["Year %d 20%d/%d £000" % (k + 1, 25 + k, 26 + k) for k in range(3)]]
    rows += [[label] + figures for label, figures in lines]
    rows.append(["Cumulative spending"] + [sum(f[k] for _, f in lines) for k in range(3)])
    write("cumulative-sum-of-many-rows.csv", rows)


def pounds(pence):
    return "£{:,.2f}".format(pence / 100)


def total_two_breakdowns(name, double_entry):
    head = ["Candidate", "Total spending", "Actual spending", "Notional spending", "Advertising",
            "Leaflets", "Transport", "Staff", "Personal expenses", "Donations"]
    # (actual, notional, categories, personal, donations), in pence
    rows = [("Ashworth", 120000, 0, [20000, 90000, 0, 10000], 5000, 100000),
            ("Bellamy", 0, 45075, [0, 45075, 0, 0], 0, 45075),
            ("Carver", 310050, 15000, [100000, 180050, 25000, 20000], 0, 200000),
            ("Dunmore", 0, 0, [0, 0, 0, 0], 0, 0),
            ("Ellison", 98765, 0, [0, 98765, 0, 0], 2500, 0),
            ("Fairley", 250000, 30000, [50000, 200000, 0, 30000], 0, 150000),
            ("Garside", 0, 76020, [12000, 60000, 4020, 0], 0, 76020),
            ("Hollins", 54321, 0, [0, 54321, 0, 0], 0, 0)]
    out = [head]
    for who, actual, notional, cats, personal, donations in rows:
        total = actual + notional
        assert total == sum(cats)
        if double_entry and who == "Ellison":
            notional = actual  # the double entry: actual and notional each the total
        out.append([who, pounds(total), pounds(actual), pounds(notional)] + [pounds(c) for c in cats] +
                   [pounds(personal), pounds(donations)])
    write(name, out)


def total_two_breakdowns_by_age(name, off):
    # (area, male, female, under 18, 18-64), 65+ the rest of the total
    areas = [("North", 343, 706, 288, 685), ("South", 478, 718, 252, 614), ("East", 694, 167, 16, 595),
             ("West", 365, 664, 129, 792), ("Central", 834, 581, 286, 691), ("Riverside", 662, 587, 213, 696),
             ("Hilltop", 254, 337, 172, 371), ("Docks", 635, 499, 17, 764)]
    out = [["Area", "Total", "Male", "Female", "Under 18", "18-64", "65+"]]
    for area, male, female, young, working in areas:
        total = male + female
        older = total - young - working
        if area == "Riverside":
            older += off  # the age groups miss (or exceed) the total here
        out.append([area, total, male, female, young, working, older])
    write(name, out)


def thousands(x):
    s = "{:,}".format(abs(x))
    return "(%s)" % s if x < 0 else s


def indented(name, groups, off=0):
    """groups: (heading, items, total label); a lone line and the total of totals after them."""
    rows = [["Budget changes", "£000", "£000", "£000"], ["Base budget", "", "", thousands(250000)]]
    c_lines = []
    for k, (heading, items, label) in enumerate(groups):
        rows.append([heading, "", "", ""])
        for item, x in items:
            rows.append([item, thousands(x), "", ""])
        total = sum(x for _, x in items) + (off if k == 1 else 0)
        rows.append([label, "", thousands(total), ""])
        c_lines.append(total)
        if k == 0:
            rows.append(["Use of capital receipts", "", thousands(-1500), ""])
            c_lines.append(-1500)
    rows.append(["Increase in the budget", "", thousands(sum(c_lines)), thousands(sum(c_lines))])
    write(name, rows)


GROUPS = [("Adjustments", [("Add back one-off measures", 2400), ("Reversal of reserves used", 9100)],
           "Total adjustments"),
          ("Pressures", [("Pay and prices", 7300), ("Demand", 2900), ("Fees and charges", -800)],
           "Total pressures"),
          ("Savings", [("Savings agreed last year", -6100), ("Savings agreed this year", -4250)],
           "Total savings")]


def closing_balance_one_column():
    write("closing-balance-one-column.csv", [
        ["Receipts and payments", "£"],
        ["Bank balance b/f", "4,120.50"],
        ["Precept", "9,000.00"],
        ["Grants", "1,250.00"],
        ["Staff costs", "4,800.00"],
        ["Administration", "1,375.25"],
        ["Bank statement at 31 March", "8,295.25"],
        ["Less cheques not presented", "100.00"],
        ["Closing balance", "8,195.25"]])


def main():
    cumulative_sum_of_rows()
    cumulative_running()
    cumulative_sum_of_many_rows()
    total_two_breakdowns("total-two-breakdowns.csv", True)
    total_two_breakdowns("total-two-breakdowns-ok.csv", False)
    total_two_breakdowns_by_age("total-two-breakdowns-short.csv", -3)
    total_two_breakdowns_by_age("total-two-breakdowns-over.csv", 3)
    indented("indented-subtotals.csv", GROUPS)
    indented("indented-subtotals-wrong.csv", GROUPS, off=100)
    indented("indented-one-group.csv", GROUPS[:1])
    closing_balance_one_column()


if __name__ == "__main__":
    main()
