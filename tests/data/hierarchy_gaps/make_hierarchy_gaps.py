#!/usr/bin/env python3
"""A budget in three levels (issue 17, a false alarm a new-user tester found): services
under divisions under directorates, each division closed by its total, each directorate
by its total and a blank row, the next directorate's name and its first division's name
on rows of their own, and a grand total of the directorates at the foot. The blank row
and the headings between two directorates are inside one table: the grand total adds the
directorates above them as well as the last. Made-up figures of the class, written into
tests/data/hierarchy_gaps/.

- budget.csv: right: no error.
- budget-wrong-grand-total.csv: the grand total with two digits swapped: an error there.
- budget-wrong-directorate.csv: the first directorate's total 900 too high: an error there.
- budget-wrong-service.csv: a service of the first directorate 9,000 too high: an error at
  its division's total.

usage: python3 tests/data/hierarchy_gaps/make_hierarchy_gaps.py   (Python standard library only)
"""

import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))

BUDGET = [
    ("Communities", [("Housing", [("Homelessness", 6120), ("Private sector housing", 2415), ("Housing advice", 988)]),
                     ("Culture", [("Libraries", 4730), ("Museums", 1862)])]),
    ("Environment", [("Highways", [("Street lighting", 3305), ("Road maintenance", 12940), ("Winter service", 1510)]),
                     ("Waste", [("Collection", 9875), ("Disposal", 14020)])]),
]


def budget(service_off=0, directorate_off=0, grand=None):
    rows = [["", "Net budget 2025/26 \u00a3000"]]
    grand_total = 0
    for d, (directorate, divisions) in enumerate(BUDGET):
        if d:
            rows.append(["", ""])
        rows.append([directorate, ""])
        directorate_total = 0
        for v, (division, services) in enumerate(divisions):
            rows.append([f"  {division}", ""])
            division_total = 0
            for s, (service, net) in enumerate(services):
                shown = net + (service_off if (d, v, s) == (0, 0, 1) else 0)
                rows.append([f"    {service}", f"{shown:,}"])
                division_total += net
            rows.append([f"  Total {division}", f"{division_total:,}"])
            directorate_total += division_total
        rows.append([f"Total {directorate}", f"{directorate_total + (directorate_off if d == 0 else 0):,}"])
        grand_total += directorate_total
    rows.append(["", ""])
    rows.append(["Grand total", grand or f"{grand_total:,}"])
    return rows


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


write("budget.csv", budget())
write("budget-wrong-grand-total.csv", budget(grand="75,765"))  # 57,765 with its first two digits swapped
write("budget-wrong-directorate.csv", budget(directorate_off=900))
write("budget-wrong-service.csv", budget(service_off=9000))
