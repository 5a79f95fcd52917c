#!/usr/bin/env python3
"""Parish precepts with a Band D column that is each parish's precept over its tax base, under a
heading that does not say it is an average ('Band D council tax GBP'), and a 'Total / average' row
that adds the tax bases and precepts and holds, in Band D, the total precept over the total tax
base (issue 17, trial3 kit f08: a column of quotients read as an amount to add). Made up: not a
real council's figures. Written into tests/data/quotient_columns/ as csv and xlsx.

Before, with one figure wrong, the Total row was off in its Band D column (an average, not a sum)
and in the wrong column: 'off in 2 columns', so the row was not known and the wrong figure passed,
listed unchecked. The Band D lines being the quotient of the row's precept and tax base (to the
penny, on all lines but one) now sets that column aside as a rate, and the row's other columns
confirm it.
- right: silent; the tax base and precept totals checked, the Band D total said unchecked (a
  quotient, not a sum).
- precept-total-off: the Total's precept typed 100 high: an error at it (C10).
- precept-line-off: one parish's precept typed 20 high, its Band D and the totals left as they
  were: an error at the precept total (C10).
- base-line-off: one parish's tax base typed 45.0 low: an error at the tax base total (B10).
- grant-two-off (guard): 'Grant GBP' to the penny in place of Band D, no quotient of the row, and
  the Total row off in both the precept and the grant: not known, nothing accused.

usage: /usr/bin/python3 tests/data/quotient_columns/make_quotient_columns.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

# (parish, tax base in tenths of a Band D property, precept in GBP, grant in pence)
PARISHES = [("Ashby Parish Council", 12045, 50210, 120050), ("Burton Town Council", 58452, 286872, 80075),
            ("Carlton Parish Council", 4550, 12060, 45010), ("Dunton Parish Meeting", 3012, 8451, 30099),
            ("Elmore Parish Council", 27960, 48054, 99901), ("Fenwick Parish Council", 18476, 35453, 70133)]
HEAD = ["Parish", "Tax base (Band D equivalents)", "Precept \u00a3", "Band D council tax \u00a3"]


def band_d_pence(precept, base_tenths):
    # GBP per Band D property, half up to the penny, in integers (no binary floating point).
    return (precept * 100 * 10 * 2 + base_tenths) // (base_tenths * 2)


def table(base_slip=None, precept_slip=None, total_slip=0, grant=False, grant_slip=0):
    """Rows of (label, tax base tenths, precept, last column in pence). A slip (line, by) is typed
    into one line, its Band D and the totals left as they were."""
    rows = []
    for n, (name, base, precept, g) in enumerate(PARISHES):
        last = g if grant else band_d_pence(precept, base)
        if base_slip and base_slip[0] == n:
            base += base_slip[1]
        if precept_slip and precept_slip[0] == n:
            precept += precept_slip[1]
        rows.append((name, base, precept, last))
    base = sum(b for _, b, _, _ in PARISHES)
    precept = sum(p for _, _, p, _ in PARISHES)
    last = sum(g for *_, g in PARISHES) + grant_slip if grant else band_d_pence(precept, base)
    rows.append(("Total / average", base, precept + total_slip, last))
    return rows


def write(name, rows, grant=False):
    head = HEAD[:3] + ["Grant \u00a3"] if grant else HEAD
    title = "Parish and town council precepts 2026/27"
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerows([[title], [], head])
        for label, base, precept, last in rows:
            w.writerow([label, "{:,}.{}".format(*divmod(base, 10)), "{:,}".format(precept),
                        "{:,}.{:02d}".format(*divmod(last, 100))])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Parish precepts"
    ws.append([title])
    ws.append([])
    ws.append(head)
    for label, base, precept, last in rows:
        ws.append([label, base / 10, precept, last / 100])
        r = ws.max_row
        ws.cell(r, 2).number_format = "#,##0.0"
        ws.cell(r, 3).number_format = "#,##0"
        ws.cell(r, 4).number_format = "#,##0.00"
    wb.save(os.path.join(HERE, name + ".xlsx"))


write("right", table())
write("precept-total-off", table(total_slip=100))
write("precept-line-off", table(precept_slip=(3, 20)))
write("base-line-off", table(base_slip=(0, -450)))
write("grant-two-off", table(grant=True, total_slip=100, grant_slip=5000), grant=True)
