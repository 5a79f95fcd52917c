#!/usr/bin/env python3
"""Result lines that add an earlier subtotal and the lines after it (issue 17, trial4 g01, g13, g30 classes).

- income: a statement of income. 'Operating result' (its block), a blank row, the financing lines
  and 'Net financing costs', 'Gains on disposal', then 'Surplus for the year' (no total word: the
  operating result + the net financing costs + the gains, across the blank row), a heading and two
  lines of other income, and 'Total comprehensive income' (the surplus + those two lines). It was
  read as everything since the blank row, subtotals and the lines under them counted twice, and
  said wrong in both columns.
  - income-right (csv, xlsx), income-right-f (xlsx, formulas: the surplus =B8+B13+B14, the
    comprehensive total =B15+B18+B19): silent, nothing accused.
  - income-total-wrong (csv, xlsx): 'Total comprehensive income' 2025 typed 10 more: one error
    at its cell, 2024 still agreeing. income-total-typed-f (xlsx, formulas): the same figure typed
    over its formula: one error at its cell.
  - income-operating-wrong (csv, xlsx): 'Operating result' 2025 typed 18 more. It no longer adds
    up, so it is read as a line and said unchecked; the totals under it, right in both years, are
    never said wrong (they were, in both years, once the surplus for the year was read only where
    it adds up in every column).
- reserves-f (xlsx, formulas): a division table's 'Net cost' =SUM, then 'Rates', 'Grants', a
  blank row, 'Surplus before transfers' =-D11+D12+D13, 'Transfers to reserves', a blank row, and
  'Overall surplus for the year' =SUM(D15:D16): it agrees with its own formula and is never
  accused as the sum of the rows above it.
- assets: a capital assets note in three blocks (not depreciated, depreciated, accumulated
  depreciation, each with its total) and 'Total assets being depreciated, net' (the depreciated
  total + the accumulated depreciation's total). It was read as the depreciation total alone,
  said unchecked in three columns and wrong in the fourth (whose figures have one sign).
  - assets-right (csv, xlsx): silent, the net line checked.
  - assets-net-wrong (csv, xlsx): the net line's Increases typed 50 more: one error at its cell.
  - assets-depreciation-wrong (csv, xlsx): the accumulated depreciation's total Decreases typed 20
    more: one error at that total; the net line, then read by no reading, never both said wrong
    and said unchecked.
  - assets-depreciation-two-wrong (csv, xlsx): that total's Increases typed 30 less too: errors at
    both; the net line, of the other sign than that total in two columns, is a balance, not a sum
    of it, and said unchecked in every column, wrong in none.

usage: /usr/bin/python3 tests/data/result_lines/make_result_lines.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def fmt(x):
    if isinstance(x, int):
        return f"({-x:,})" if x < 0 else f"{x:,}"
    return x


def write_csv(name, table):
    with open(os.path.join(HERE, name + ".csv"), "w", newline="") as f:
        w = csv.writer(f)
        for r in table:
            w.writerow([fmt(x) for x in r])


def write_xlsx(name, table, title):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for r in table:
        ws.append([x if x != "" else None for x in r])
    wb.save(os.path.join(HERE, name + ".xlsx"))


def col(c):
    return "ABCDEFGH"[c]


def income(slip=None, formulas=False):
    ops = [("Income from activities", [251340, 243118]), ("Other income", [18452, 17960]),
           ("Operating expenditure", [-262815, -255402])]
    fin = [("Interest receivable", [842, 615]), ("Interest payable", [-2931, -2740]),
           ("Dividends payable", [-5106, -4988])]
    gains = [-187, 92]
    oci = [("Revaluation gains", [3215, 4410]), ("Impairments", [-1048, -733])]
    op = [sum(v[c] for _, v in ops) for c in range(2)]
    nf = [sum(v[c] for _, v in fin) for c in range(2)]
    surplus = [op[c] + nf[c] + gains[c] for c in range(2)]
    total = [surplus[c] + sum(v[c] for _, v in oci) for c in range(2)]
    if slip == "total":
        total[0] += 10
    if slip == "operating":
        op[0] += 18
    out = [["Statement of comprehensive income", "", ""], ["£000", "2025", "2024"]]  # rows 1-2
    out += [[n] + v for n, v in ops]  # rows 3-5
    out.append(["Operating result"] + ([f"=SUM({col(c)}3:{col(c)}5)" for c in (1, 2)] if formulas else op))  # 6
    out.append(["", "", ""])  # 7
    out += [[n] + v for n, v in fin]  # 8-10
    out.append(["Net financing costs"] + ([f"=SUM({col(c)}8:{col(c)}10)" for c in (1, 2)] if formulas else nf))  # 11
    out.append(["Gains on disposal"] + gains)  # 12
    out.append(["Surplus for the year"] +
               ([f"={col(c)}6+{col(c)}11+{col(c)}12" for c in (1, 2)] if formulas else surplus))  # 13
    out.append(["", "", ""])  # 14
    out.append(["Other comprehensive income", "", ""])  # 15
    out += [[n] + v for n, v in oci]  # 16-17
    out.append(["Total comprehensive income for the year"] +
               ([f"={col(c)}13+{col(c)}16+{col(c)}17" for c in (1, 2)] if formulas else total))  # 18
    if formulas and slip == "total":
        out[-1][1] = total[0]
    return out


def reserves():
    divs = [("Housing", [812400, 301200]), ("Roads", [455300, 210800]), ("Water", [390100, 288500]),
            ("Planning", [210700, 98400]), ("Environment", [505600, 190300])]
    out = [["Statement of income and expenditure", "", "", ""],
           ["Division", "Gross expenditure", "Income", "Net expenditure"]]  # rows 1-2
    r = 3
    for n, (g, i) in divs:
        out.append([n, g, i, f"=B{r}-C{r}"])
        r += 1
    # rows 3-7 divisions; 8 Net cost
    out.append(["Net cost of divisions", "=SUM(B3:B7)", "=SUM(C3:C7)", "=SUM(D3:D7)"])  # 8
    out.append(["Rates", "", "", 610250])  # 9
    out.append(["Grants", "", "", 492180])  # 10
    out.append(["", "", "", ""])  # 11
    out.append(["Surplus before transfers", "", "", "=-D8+D9+D10"])  # 12
    out.append(["Transfers to reserves", "", "", -14930])  # 13
    out.append(["", "", "", ""])  # 14
    overall = -sum(g - i for _, (g, i) in divs) + 610250 + 492180 - 14930
    assert overall != 0
    out.append(["Overall surplus for the year", "", "", "=SUM(D12:D13)"])  # 15
    return out


def assets(slip=None):
    heads = ["Capital assets", "Beginning", "Increases", "Decreases", "Ending"]
    land = [("Land", [2410537, 315082, 0]), ("Works in progress", [1840219, 2203164, 1955473])]
    dep = [("Buildings", [18420391, 611248, 0]), ("Equipment", [6204156, 402871, 88314]),
           ("Roads and bridges", [40511927, 3021795, 0])]
    acc = [("Buildings", [-7310262, -402139, -95346]), ("Equipment", [-2810418, -311657, -61293]),
           ("Roads and bridges", [-15203374, -1410326, -40158])]

    def line(n, v):
        return ["  " + n] + v + [v[0] + v[1] - v[2]]

    def tot(rows):
        return [sum(r[c] for r in rows) for c in range(1, 5)]

    lrows = [line(n, v) for n, v in land]
    drows = [line(n, v) for n, v in dep]
    arows = [line(n, v) for n, v in acc]
    tl, td, ta = tot(lrows), tot(drows), tot(arows)
    net = [td[c] + ta[c] for c in range(4)]
    if slip == "net":
        net[1] += 50
    if slip in ("depreciation", "depreciation2"):
        ta[2] += 20
    if slip == "depreciation2":
        ta[1] -= 30
    out = [["Note 7 - capital assets", "", "", "", ""], ["", "", "", "", ""], heads]
    out.append(["Capital assets, not being depreciated:", "", "", "", ""])
    out += lrows
    out.append(["Total capital assets, not being depreciated"] + tl)
    out.append(["Capital assets, being depreciated:", "", "", "", ""])
    out += drows
    out.append(["Total capital assets being depreciated"] + td)
    out.append(["Less accumulated depreciation for:", "", "", "", ""])
    out += arows
    out.append(["Total accumulated depreciation"] + ta)
    out.append(["Total capital assets being depreciated, net"] + net)
    return out


if __name__ == "__main__":
    for name, table in [("income-right", income()), ("income-total-wrong", income("total"))]:
        write_csv(name, table)
        write_xlsx(name, table, "Income")
    write_csv("income-operating-wrong", income("operating"))
    write_xlsx("income-operating-wrong", income("operating"), "Income")
    write_xlsx("income-right-f", income(formulas=True), "Income")
    write_xlsx("reserves-f", reserves(), "Statement")
    write_xlsx("income-total-typed-f", income("total", formulas=True), "Income")
    for name, table in [("assets-right", assets()), ("assets-net-wrong", assets("net")),
                        ("assets-depreciation-wrong", assets("depreciation")),
                        ("assets-depreciation-two-wrong", assets("depreciation2"))]:
        write_csv(name, table)
        write_xlsx(name, table, "Assets")
