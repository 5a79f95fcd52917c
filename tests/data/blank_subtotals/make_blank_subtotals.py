#!/usr/bin/env python3
"""A subtotal row left blank in one column, under items that have figures in it (issue 17,
a false alarm on a council's budget page), written into tests/data/blank_subtotals/. Each
is the class of a real case, made up: not the real file.

A council's budget by service in two columns, the net budget in GBP m and the cost per
band D home in pounds; the services' "Total" row gives the first column's total only.
Under it, "Plus debt charges", "Less interest receipts" and the like, then "Net budget
requirement", the Total with those lines, in both columns. Counting the blank Total as
nothing, the per-band-D requirement is wrong by the whole of the services' cost; its own
rows stand for it.
- blank-subtotal.csv: the requirement per band D is the services and the lines to the
  penny less one (as the council rounded it): a rounding note at most, no error.
- blank-subtotal-wrong.csv: the same with the requirement per band D 50 too high: an
  error there, and only there.
- blank-subtotal-nothing.csv: the second column a per-band-D levy on the lines alone
  (the services' Total blank because they add nothing to it, each service blank or nil):
  the requirement is the lines alone, as before; nothing to report.

usage: python3 tests/data/blank_subtotals/make_blank_subtotals.py   (Python standard library only)
"""

import csv
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


SERVICES = [("Adult care", "349.3", "737.42"), ("Children's services", "175.8", "371.14"),
            ("Highways", "32.2", "67.98"), ("Public health", "0", ""), ("Other services", "72.0", "152.00")]
LINES = [("Plus debt charges", "39.9", "84.23"), ("Less interest receipts", "-3.7", "-7.81"),
         ("Plus internal financing", "1.9", "4.01")]


def budget(band_d_off=Decimal(0), services_in_band_d=True):
    rows = [["Services", "Net budget GBP million", "Per band D Council Tax GBP"]]
    for name, net, band_d in SERVICES:
        rows.append([name, net, band_d if services_in_band_d else ""])
    total = sum(Decimal(s[1]) for s in SERVICES)
    rows.append(["Total", f"{total}", ""])
    rows += [list(line) for line in LINES]
    net = total + sum(Decimal(line[1]) for line in LINES)
    band_d = sum(Decimal(line[2]) for line in LINES)
    if services_in_band_d:
        band_d += sum(Decimal(s[2] or "0") for s in SERVICES) - Decimal("0.01")
    rows.append(["Net budget requirement", f"{net}", f"{band_d + band_d_off:,}"])
    return rows


write("blank-subtotal.csv", budget())
write("blank-subtotal-wrong.csv", budget(band_d_off=Decimal(50)))
write("blank-subtotal-nothing.csv", budget(services_in_band_d=False))
