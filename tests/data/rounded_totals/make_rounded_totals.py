#!/usr/bin/env python3
"""Tables whose one named total agrees with its lines only to the rounding of the figures
in one column, and is wrong in the other (issue 17, class: a wrong figure switches off the
check that should catch it). Each is the class of a real case, made up: not the real file.
Written into tests/data/rounded_totals/.

A police funding table in GBP m to one place, two years, five funding lines and "Total
funding" under them. In 2023/24 the lines add up to 201.3 and the total says 201.4: a sum
of unrounded figures shown rounded, within the rounding of five lines to 0.1.
- funding-component-wrong.csv: the 2024/25 'Funding from Government' 7% too high (88.8
  -> 95.0): the 2024/25 total, 221.0, is 6.2 short of its lines: an error at it, and a
  rounding note at 2023/24's. Before, neither column agreeing exactly left the table "not
  known" and the wrong figure unreported.
- funding.csv: the same table right (2024/25 exact, 2023/24 within rounding): no error,
  a rounding note, two totals checked.
- funding-exact.csv: every total exact (as pasted from a workbook's values): nothing to
  report, two totals checked.

Precision guards:
- small-figures-wrong.csv: the same shape in whole units with small figures (items 1 to
  4, the spring total 1 over them, headed by seasons, not years): a difference of one
  unit on a total of 11 is no sign of a sum shown rounded, so the autumn total (3 over)
  is not accused: the table is said unchecked.
- band-d-near.csv: a parish precept schedule (tax base, precept in GBP 000, Band D in GBP),
  every figure right: the tax base and precept totals agree with their rows to their
  rounding (0.1 over), and the total row's Band D is the total precept over the total tax
  base (an average, not a sum of the rows' Band D). A total near by rounding tells how its
  own column adds, not what the columns beside it are: Band D is not accused (review 19
  H2); only beside another period (2023/24 by 2024/25) is the off column one to add.
- lists-no-total.csv: two plain lists of payments (two amount columns each, no row or
  column named as a total), the last line of the first list within rounding of the
  lines above it in one column (0.01 off) and not in the other: no total is invented, no error, nothing checked.

usage: python3 tests/data/rounded_totals/make_rounded_totals.py   (Python standard library only)
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


# Tenths of a million: (2023/24, 2024/25).
FUNDING = [
    ("Funding from Government", 838, 888),
    ("Council tax precept", 924, 974),
    ("Council tax grants", 79, 79),
    ("Specific grants", 88, 177),
    ("Fees, charges and partnerships", 84, 92),
]


def m(tenths):
    return "\u00a3%d.%dm" % divmod(tenths, 10)


def funding(first_total_off=1, wrong_second=False):
    rows = [["Police funding", "2023/24", "2024/25"]]
    t1 = sum(a for _, a, _ in FUNDING)
    t2 = sum(b for _, _, b in FUNDING)
    for k, (name, a, b) in enumerate(FUNDING):
        if wrong_second and k == 0:
            b = round(b * 1.07)
        rows.append([name, m(a), m(b)])
    rows.append(["Total funding", m(t1 + first_total_off), m(t2)])
    return rows


write("funding-component-wrong.csv", funding(1, True))
write("funding.csv", funding(1))
write("funding-exact.csv", funding(0))

SMALL = [("Grass cutting", 2, 3), ("Bins", 3, 1), ("Lighting", 1, 4), ("Signs", 4, 2)]


def small_figures():
    rows = [["Parish spending", "Spring", "Autumn"]]
    for name, a, b in SMALL:
        rows.append([name, str(a), str(b)])
    rows.append(["Total", str(sum(a for _, a, _ in SMALL) + 1), str(sum(b for _, _, b in SMALL) + 3)])
    return rows


write("small-figures-wrong.csv", small_figures())

# (parish, tax base in tenths, precept in GBP 00s): Band D = precept / tax base, to the penny.
PARISHES = [("Ashby", 12045, 500), ("Burton", 8123, 300), ("Carlton", 4550, 120)]


def band_d(precept_00s, base_tenths):
    # GBP per Band D property, half up to the penny, in integers (no binary floating point).
    pence = (precept_00s * 100 * 100 * 10 * 2 + base_tenths) // (base_tenths * 2)
    return "%d.%02d" % divmod(pence, 100)


def tenths(n, thousands=False):
    whole, frac = divmod(n, 10)
    return ("{:,}".format(whole) if thousands else str(whole)) + "." + str(frac)


def band_d_near():
    rows = [["Parish", "Tax base", "Precept \u00a3000", "Band D \u00a3"]]
    for name, base, precept in PARISHES:
        rows.append([name, tenths(base, True), tenths(precept), band_d(precept, base)])
    # The totals of unrounded rows, shown rounded: each 0.1 over the rows as shown.
    base = sum(b for _, b, _ in PARISHES) + 1
    precept = sum(p for _, _, p in PARISHES) + 1
    rows.append(["Total", tenths(base, True), tenths(precept), band_d(precept, base)])
    return rows


write("band-d-near.csv", band_d_near())

PAYMENTS = [
    ("Acme Ltd", "1,204.50", "240.90"),
    ("Bridge Supplies", "312.00", "62.40"),
    ("County Print", "88.75", "17.75"),
    ("Delta Cleaning", "1,450.00", "290.00"),
    ("Eastgate Fuel", "640.20", "128.04"),
    ("Fernside Trees", "3,695.44", "1,207.00"),
]
PAYMENTS_2 = [
    ("Green Lanes", "95.00", "19.00"),
    ("Harbour Hire", "2,310.00", "462.00"),
    ("Ivy Catering", "415.60", "83.12"),
    ("Jubilee Hall", "150.00", "0.00"),
]


def lists():
    rows = [["Payee", "Net", "VAT"]]
    rows += [list(p) for p in PAYMENTS]
    rows.append(["", "", ""])
    rows.append(["Payee", "Net", "VAT"])
    rows += [list(p) for p in PAYMENTS_2]
    return rows


write("lists-no-total.csv", lists())
