#!/usr/bin/env python3
"""A worded total of the lines after an unworded subtotal (issue 17, trial2 e19, e63 classes).

A police budget: the cost lines, then 'Net revenue requirement' (a net line no total word names,
the sum of the cost lines), then with no blank row or heading the financing lines and 'Total
financing', which adds the financing lines alone, not the requirement above them. It was read
as the rows of its block, requirement included, and said wrong in every column.

- police-right: silent, every total checked (csv and xlsx, values).
- police-financing-wrong: 'Total financing' 2025/26 typed 62,940 where its lines add to 62,490:
  one error at its cell, by the lines since 'Net revenue requirement'.
- police-line-wrong: 'Police officer pay' 2024/25 typed 51,180 (51,810 right): one error at
  'Net revenue requirement' 2024/25, 'Total financing' still checked.

usage: /usr/bin/python3 tests/data/funding_after_net/make_funding_after_net.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

YEARS = ["2024/25", "2025/26", "2026/27"]
COSTS = [
    ("Police officer pay", [51810, 53402, 55118]),
    ("Police staff pay", [24377, 25106, 25874]),
    ("PCSO pay", [3912, 4017, 4125]),
    ("Premises", [6245, 6390, 6588]),
    ("Transport", [2861, 2930, 3014]),
    ("Supplies and services", [9534, 9811, 10207]),
    ("Capital financing", [4126, 4480, 4913]),
]
FINANCING = [
    ("Police grant", [31420, 32105, 32640]),
    ("Formula funding", [17235, 17640, 17980]),
    ("Council tax precept", [9806, 10412, 11075]),
    ("Legacy council tax grants", [2333, 2333, 2333]),
]


def rows(slip=None):
    costs = [[n, list(v)] for n, v in COSTS]
    fin = [[n, list(v)] for n, v in FINANCING]
    req = [sum(v[c] for _, v in costs) for c in range(3)]
    tot = [sum(v[c] for _, v in fin) for c in range(3)]
    if slip == "line":
        costs[0][1][0] = 51180
    if slip == "financing":
        assert tot[1] == 62490
        tot[1] = 62940
    out = [["Police and Crime Commissioner - revenue budget", "", "", ""], ["£000", "", "", ""],
           ["", "", "", ""], [""] + YEARS]
    out += [[n] + v for n, v in costs]
    out.append(["Net revenue requirement"] + req)
    out += [[n] + v for n, v in fin]
    out.append(["Total financing"] + tot)
    return out


def write(name, table):
    with open(os.path.join(HERE, name + ".csv"), "w", newline="") as f:
        w = csv.writer(f)
        for r in table:
            w.writerow([f"{x:,}" if isinstance(x, int) else x for x in r])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget"
    for r in table:
        ws.append([x if x != "" else None for x in r])
    wb.save(os.path.join(HERE, name + ".xlsx"))


if __name__ == "__main__":
    write("police-right", rows())
    write("police-financing-wrong", rows("financing"))
    write("police-line-wrong", rows("line"))
