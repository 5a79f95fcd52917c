#!/usr/bin/env python3
"""Council tax tables whose Total row adds up the amount columns and, in a column of
averages, holds an average worked out from those totals (issue 17, class: a column of
averages or rates read as an amount to add). Made up: not a real council's figures.
Written into tests/data/rate_columns/.

Each table lists parishes with their precept, tax base and Band D (the precept over the
tax base: the council tax on a Band D property), and a Total row. The precept and tax base
totals add up their rows exactly; the Total row's Band D is the total precept over the
total tax base, an average, not the sum of the parishes' Band D. Before, the row's other
columns confirmed it as a total row and the Band D column was accused
(column-total-mismatch): a false error.
- band-d.csv: 'Precept £', 'Tax base', 'Band D £': the Total row's Band D is the quotient
  of the row's precept and tax base to the penny: not checked, said unchecked with why.
- average-band-d.csv: 'Precept £000' (to one decimal), 'Tax base', 'Average Band D £'
  worked out from the unrounded precepts, so the quotient of the figures as shown is off
  by more than a penny: the heading says it is an average: not checked, said with why.
- grant-wrong.csv (guard): the same table with a 'Grant £' column of amounts beside the
  precept and tax base, its total 1,000 over its rows: still an error at it.

usage: python3 tests/data/rate_columns/make_rate_columns.py   (Python standard library only)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


# (parish, precept in GBP, tax base in tenths of a Band D property, grant in GBP)
PARISHES = [("Ashby", 50000, 12045, 1200), ("Burton", 30000, 8123, 800), ("Carlton", 12000, 4550, 450),
            ("Dunton", 8450, 3012, 300)]


def pounds(n):
    return "{:,}".format(n)


def tenths(n):
    return "{:,}.{}".format(*divmod(n, 10))


def band_d(precept_pence, base_tenths):
    # GBP per Band D property, half up to the penny, in integers (no binary floating point).
    pence = (precept_pence * 10 * 2 + base_tenths) // (base_tenths * 2)
    return "%d.%02d" % divmod(pence, 100)


def band_d_table():
    rows = [["Parish", "Precept \u00a3", "Tax base", "Band D \u00a3"]]
    for name, precept, base, _ in PARISHES:
        rows.append([name, pounds(precept), tenths(base), band_d(precept * 100, base)])
    precept = sum(p for _, p, _, _ in PARISHES)
    base = sum(b for _, _, b, _ in PARISHES)
    rows.append(["Total", pounds(precept), tenths(base), band_d(precept * 100, base)])
    return rows


# Precepts in pence, not whole thousands: shown in GBP 000 to one decimal they round.
PRECEPTS_PENCE = [5014900, 2994900, 1204900, 849900]


def average_band_d_table():
    rows = [["Parish", "Precept \u00a3000", "Tax base", "Average Band D \u00a3"]]
    shown = []
    for (name, _, base, _), p in zip(PARISHES, PRECEPTS_PENCE):
        hundreds = (p + 5000) // 10000  # GBP 00s, half up
        shown.append(hundreds)
        rows.append([name, "%d.%d" % divmod(hundreds, 10), tenths(base), band_d(p, base)])
    base = sum(b for _, _, b, _ in PARISHES)
    total = sum(shown)  # the total of the figures as shown, so the column adds exactly
    rows.append(["Total", "%d.%d" % divmod(total, 10), tenths(base), band_d(sum(PRECEPTS_PENCE), base)])
    return rows


def grant_wrong_table():
    rows = [["Parish", "Precept \u00a3", "Tax base", "Grant \u00a3"]]
    for name, precept, base, grant in PARISHES:
        rows.append([name, pounds(precept), tenths(base), pounds(grant)])
    rows.append(["Total", pounds(sum(p for _, p, _, _ in PARISHES)), tenths(sum(b for _, _, b, _ in PARISHES)),
                 pounds(sum(g for _, _, _, g in PARISHES) + 1000)])
    return rows


def index_linked_wrong_table():
    # Money in GBP 000 whose heading holds "index" (review 20 H4): amounts to
    # add, so its Total 100 over its rows is an error.
    rows = [["Holding", "Gilts \u00a3000", "Index-linked gilts \u00a3000"]]
    lines = [("Fund A", 1200, 400), ("Fund B", 900, 350), ("Fund C", 700, 600)]
    for name, g, i in lines:
        rows.append([name, pounds(g), pounds(i)])
    rows.append(["Total", pounds(sum(g for _, g, _ in lines)), pounds(sum(i for _, _, i in lines) + 100)])
    return rows


write("band-d.csv", band_d_table())
write("average-band-d.csv", average_band_d_table())
write("grant-wrong.csv", grant_wrong_table())
write("index-linked-wrong.csv", index_linked_wrong_table())
