#!/usr/bin/python3
"""A business plan's proposals grouped under heading rows (issue 17, tester24 d18 class): a
heading row holding one word ('Growth', 'Efficiencies'), the proposals under it with their
references and titles, a subtotal under each group ('Total growth', 'Total efficiencies',
labelled in the title column, the reference column blank), a blank row, a Net position that
adds the two subtotals, and a Cumulative row that runs along the Net position.

On main the heading rows ended the planning table (or were read as one blank-named scheme
when the word is a measure word: 'Investments', 'Savings'), the subtotals were read as
schemes, and the Net position was checked against the last group alone: false errors.

Run from the project root with a python that has openpyxl:
    /usr/bin/python3 tests/data/grouped_plans/make_grouped_plans.py

  grouped-right.{xlsx,csv}        every figure right: silent, 10 schemes listed
  grouped-measures-right.xlsx     the same with the headings 'Investments' and 'Savings'
  grouped-no-headings-right.xlsx  the same without heading rows: the subtotals are no schemes
                                  (read where the reader streams a long plan's rows, too)
  grouped-proposal-total.xlsx     a proposal's Total typed wrong: error at G8
  grouped-subtotal.xlsx           'Total efficiencies' for 2027/28 wrong: error at E18
  grouped-net.xlsx                the Net position for 2026/27 wrong: error at D20
  grouped-cumulative.{xlsx,csv}   the Cumulative figure for 2027/28 wrong: error at E21
"""
import csv
import os

import openpyxl

OUT = os.path.join("tests", "data", "grouped_plans")
YEARS = ["2025/26", "2026/27", "2027/28", "2028/29"]
GROWTH = [("C/R.3.011", "Adult social care demand", [410, 520, 610, 700]),
          ("C/R.3.012", "Home to school transport", [150, 180, 205, 230]),
          ("C/R.3.013", "Temporary accommodation", [260, 240, 300, 315]),
          ("C/R.3.014", "Waste contract inflation", [95, 140, 175, 190])]
EFFICIENCY = [("E/R.3.021", "Digital customer contact", [-120, -250, -310, -330]),
              ("E/R.3.022", "Office estate rationalisation", [-80, -210, -260, -265]),
              ("E/R.3.023", "Procurement savings", [-175, -190, -205, -215]),
              ("E/R.3.024", "Fleet electrification", [-30, -95, -140, -160]),
              ("E/R.3.025", "Review of discretionary fees", [-65, -70, -75, -80]),
              ("E/R.3.026", "Shared legal service", [-40, -120, -125, -130])]


def rows(headings=("Growth", "Efficiencies")):
    """The table; with headings None, no heading rows (the subtotals alone part the groups)."""
    out = [["Medium Term Financial Plan: budget proposals"], ["£000"], [],
           ["Ref", "Title"] + YEARS + ["Total"]]
    subtotals = []
    for heading, items, label in ((headings[0], GROWTH, "Total growth"),
                                  (headings[1], EFFICIENCY, "Total efficiencies")):
        if heading:
            out.append([heading])
        for ref, title, figs in items:
            out.append([ref, title] + figs + [sum(figs)])
        sub = [sum(f[k] for _, _, f in items) for k in range(len(YEARS))]
        subtotals.append(sub)
        out.append([None, label] + sub + [sum(sub)])
    out.append([])
    net = [a + b for a, b in zip(*subtotals)]
    out.append([None, "Net position"] + net + [sum(net)])
    run, cum = 0, []
    for n in net:
        run += n
        cum.append(run)
    out.append([None, "Cumulative"] + cum + [None])
    return out


def alter(table, a1, delta):
    col = ord(a1[0]) - ord("A")
    row = int(a1[1:]) - 1
    table[row][col] += delta
    return table


def write_xlsx(name, table):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Proposals"
    for r in table:
        ws.append(r)
    wb.save(os.path.join(OUT, name + ".xlsx"))


def write_csv(name, table):
    with open(os.path.join(OUT, name + ".csv"), "w", newline="") as f:
        w = csv.writer(f)
        for r in table:
            w.writerow(["" if v is None else v for v in r])


def main():
    write_xlsx("grouped-right", rows())
    write_csv("grouped-right", rows())
    write_xlsx("grouped-measures-right", rows(("Investments", "Savings")))
    write_xlsx("grouped-no-headings-right", rows((None, None)))
    write_xlsx("grouped-proposal-total", alter(rows(), "G8", 100))
    write_xlsx("grouped-subtotal", alter(rows(), "E18", -50))
    write_xlsx("grouped-net", alter(rows(), "D20", 30))
    write_xlsx("grouped-cumulative", alter(rows(), "E21", 200))
    write_csv("grouped-cumulative", alter(rows(), "E21", 200))


if __name__ == "__main__":
    main()
