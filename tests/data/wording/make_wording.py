#!/usr/bin/python3
"""Small tables on which fundbook's messages and account once said something untrue or
unreadable (issue 17, "What was checked, and what was not"), written into
tests/data/wording/. Each is the class of a case a tester met, made up: not the real file.

Run from the project root with a python that has openpyxl:
    /usr/bin/python3 tests/data/wording/make_wording.py

Number agreement:
- one-row-total-wrong.csv: two blocks set apart by a blank row; the second, one line
  ("Grants") and its total "Total grants", which is 5 too high in 2022: the error's
  reading is one row ("the 1 row above it ... adds up to"), never "add up to".

What sets a block apart:
- heading-between-blocks.csv: three departments, each a heading row of its own (no
  figures) over Pay, Overtime and Agency Staff and a "Department Total"; the third
  department's total is 100 too high in 2021/22. The block its total adds starts under the
  heading, not at a blank row: "up to 'Elections'", never "up to the blank row".
- blank-between-blocks.csv: the same departments set apart by blank rows (the department
  named in each line instead): "up to the blank row" is then what the reading was.
The figures are made up.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write_csv(name, rows):
    with open(os.path.join(HERE, name), "w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def one_row_total_wrong():
    write_csv("one-row-total-wrong.csv", [
        ["Item", "2022", "2023"],
        ["Rates", 100, 110],
        ["Fees", 20, 30],
        ["Subtotal", 120, 140],
        [],
        ["Grants", 50, 60],
        ["Total grants", 55, 60],
        [],
        ["Total income", 170, 200],
    ])


DEPARTMENTS = [
    ("Audit", [(8650, 9466), (732, 603), (50, 52)]),
    ("Ethics Board", [(875, 922), (0, 0), (100, 102)]),
    ("Elections", [(5830, 7075), (1033, 1592), (150, 152)]),
]


def department_blocks(name, headings):
    rows = [["Department", "2020/21", "2021/22"]]
    for k, (dept, lines) in enumerate(DEPARTMENTS):
        if headings:
            rows.append([dept, "", ""])
        elif k:
            rows.append([])
        for line, figures in zip(["Pay", "Overtime", "Agency Staff"], lines):
            rows.append([line if headings else dept + " " + line] + list(figures))
        total = [sum(f[j] for f in lines) for j in range(2)]
        if k == len(DEPARTMENTS) - 1:
            total[1] += 100
        rows.append(["Department Total"] + total)
    write_csv(name, rows)


def main():
    one_row_total_wrong()
    department_blocks("heading-between-blocks.csv", True)
    department_blocks("blank-between-blocks.csv", False)


if __name__ == "__main__":
    main()
