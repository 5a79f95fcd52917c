#!/usr/bin/env python3
"""A letter a table writes in its figure cells as its own marker (issue 17, the errors on a
real returns register), written into tests/data/markers/. Each is the class of a real case,
made up: not the real file.

A register of candidates' spending returns: Name, Total, then the return's headings. A
candidate whose return leaves a heading out has "A" there, in cell after cell; the Total
adds the figures given.
- letter-marker.csv: "A" in five cells over three rows: not reported (the table's marker,
  as "x" is the statistician's); the totals over it set aside, said why; the others
  checked.
- letter-once.csv: the same table with one "A" where a figure should be (a footnote
  letter typed into a figure cell), every other cell a figure: a figure missing from a
  table whose totals bear it out, reported (non-numeric-value), as before.

- letter-o-for-zero.csv: "O" typed for 0 in three cells (a letter that stands for a digit,
  however often: a figure mistyped, not a marker): each reported (non-numeric-value).

usage: python3 tests/data/markers/make_markers.py   (Python standard library only)
"""

import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


HEAD = ["Candidate", "Total spending", "Advertising", "Leaflets", "Transport", "Rooms"]
RETURNS = [("Abbott", [120.50, 300.00, 45.25, 80.00]), ("Baker", [0.00, 950.10, 12.00, 40.00]),
           ("Carter", [75.00, 410.00, 0.00, 0.00]), ("Dodds", [210.00, 180.00, 33.30, 65.00]),
           ("Evans", [60.00, 520.40, 18.00, 22.50]), ("Flynn", [99.99, 250.00, 10.00, 0.00])]


def register(marked):
    rows = [HEAD]
    for name, parts in RETURNS:
        shown = [f"{p:,.2f}" for p in parts]
        for col in marked.get(name, []):
            shown[col] = "A"
        total = sum(p for k, p in enumerate(parts) if k not in marked.get(name, []))
        rows.append([name, f"{total:,.2f}"] + shown)
    return rows


write("letter-marker.csv", register({"Baker": [0, 2], "Carter": [2, 3], "Flynn": [3]}))
write("letter-once.csv", register({"Dodds": [2]}))

rows = register({"Baker": [0, 2], "Carter": [2]})
write("letter-o-for-zero.csv", [[c.replace("A", "O") if c == "A" else c for c in r] for r in rows])
