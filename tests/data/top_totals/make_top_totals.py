#!/usr/bin/env python3
"""A Total row at the top of its table, a blank row, then the lines it adds (issue 17, tester24 d02).

A budget by service with its Net column on the left (Net = Employees + Running costs + Income)
and 'Total General Fund' first, over the services under a blank row. Before, only the Net column
was checked: the Total row's figures were compared with nothing and the account did not say so
('10 totals checked', nothing unchecked), and a Total row's figure typed wrong was blamed on its
Net (the row's total, which is right).

- budget-right: silent, the Total row checked down every column.
- budget-total-wrong: the Total row's Income typed -18,571 for -18,751: one error at that cell
  (column-total-mismatch); the Net of the Total row, which adds it, said in that finding.
- budget-net-wrong: a service's Net typed 3,160 for 3,610: one error at that cell
  (row-total-mismatch); the Total row's Net, which adds it, said in that finding.
- budget-figure-wrong: a service's Running costs typed 2,879 for 2,889: one error at that cell,
  its row's Net and its column's Total off by the same 10.
- services-not-total: the first row is named 'Total' but the rows under it add up to it in no
  column (a total from elsewhere): no error, and no check claimed of it.

usage: /usr/bin/python3 tests/data/top_totals/make_top_totals.py
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

SERVICES = [
    ("Waste collection", 4646, 561, -2548), ("Highways maintenance", 3024, 2889, -1705),
    ("Street lighting", 3127, 3601, -1808), ("Parks and open spaces", 686, 1678, -2924),
    ("Planning and building control", 2333, 5606, -2894), ("Finance", 3725, 3715, -1600),
    ("Legal and democratic", 2054, 5307, -2758), ("ICT", 4676, 1386, -2452),
    ("Human resources", 2446, 614, -62),
]


def budget(total_slip=None, net_slip=None, figure_slip=None, not_total=False):
    rows = [["General Fund revenue budget 2025/26"], ["£000"], [],
            ["Service", "Net budget", "Employees", "Running costs", "Income"]]
    lines = []
    for name, emp, run, inc in SERVICES:
        if figure_slip and figure_slip[0] == name:
            run += figure_slip[1]
        net = emp + run + inc
        if figure_slip and figure_slip[0] == name:
            net -= figure_slip[1]  # the Net as it was, over the figure typed wrong
        if net_slip and net_slip[0] == name:
            net += net_slip[1]
        lines.append([name, net, emp, run, inc])
    totals = [sum(r[k] for r in lines) for k in range(1, 5)]
    if figure_slip:
        totals[2] -= figure_slip[1]
    if net_slip:
        totals[0] -= net_slip[1]
    if total_slip:
        totals[3] += total_slip
    if not_total:
        totals = [t + d for t, d in zip(totals, (1234, 567, 890, -223))]
    rows.append(["Total General Fund"] + totals)
    rows.append([])
    rows.extend(lines)
    return rows


def write(name, rows):
    with open(os.path.join(HERE, name + ".csv"), "w", newline="") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r + [""] * (5 - len(r)))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "GF summary"
    for r in rows:
        ws.append(r)
    wb.save(os.path.join(HERE, name + ".xlsx"))


write("budget-right", budget())
write("budget-total-wrong", budget(total_slip=180))
write("budget-net-wrong", budget(net_slip=("ICT", -450)))
write("budget-figure-wrong", budget(figure_slip=("Highways maintenance", -10)))
write("services-not-total", budget(not_total=True))
