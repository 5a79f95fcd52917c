#!/usr/bin/env python3
"""Tables of several shapes whose every amount must be in the account
(issue 17): checked (JSON `tables`) or said unchecked (JSON `unchecked`),
never neither. Writes amount_account/*.csv and amount_account/amounts.tsv,
one line per file: its name and the ranges of its amount cells (the years
and identifiers are no amounts). Plain CSV: no openpyxl needed.

- assets-by-year.csv: a city's statement of net position by fiscal year in
  whole dollars (9 and 10 digits, of one width down most columns, headings
  that name no money: 'Capital Assets', 'Deferred outflows'), with a 'Total
  Liabilities' column that adds none of the columns before it. Before: the
  columns of one width were taken for identifiers and left out of the
  account, in no list.
- assets-total-checked.csv: the same shape with a 'Total' column that adds
  the three columns before it, and two columns of one width right of it.
- register.csv: a payments register: Payee, Supplier number (six digits,
  left of the amounts: an identifier), Amount, and 'Capital element' and
  'Retention held' (whole pounds, five digits each row) right of Amount.
- services-total-row.csv: services by three years of whole thousands with a
  Total row that adds them, and a 'Reserves' column (eight digits each row)
  no total adds.
- camel-export.csv: a budget book's data export with headings run together
  in camel case: BudgetBookVersion (2025 on every row), HeadNumber (codes
  written '05', '63'), BudgetYear (2023 to 2025), DataValue (the amounts),
  and 'Grant 2024 £' (amounts that happen to lie between 1900 and 2100: no
  heading names them years). Before: the version, codes and years were
  counted as figures not understood (4 columns, not 2).
- year-amounts.csv (review 19 M2): hall hire under 'Last year', 'This year', 'Next year',
  amounts between 1,900 and 2,100 written with a thousands separator: amounts, not years.
- zero-led-amount.csv (review 19 M3): grants with one typed '05' among amounts of other
  widths: an amount, not a column of codes.
The figures are made up.
"""
import csv
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "amount_account")


def col(j):
    return chr(ord("A") + j)


def write(name, rows, amount_ranges, out):
    with open(os.path.join(HERE, name), "w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    out.append(name + "\t" + " ".join(amount_ranges))


def main():
    os.makedirs(HERE, exist_ok=True)
    out = []
    # 1. By fiscal year, whole dollars, a named total that adds nothing.
    head = ["Fiscal Year", "Current and Other Assets", "Capital Assets", "Deferred outflows", "Total Liabilities",
            "Operating Grants & Contributions", "Government capital assets being depreciated",
            "Business capital assets not being depreciated"]
    rows = [head]
    for k in range(8):
        rows.append([2015 + k, 514927000 + 31000000 * k, 1377152000 + 61000000 * k, 36749000 + 9000000 * k,
                     523929000 + 57000000 * k, 18648000 + 1000000 * k, 1721880000 + 97000000 * k,
                     30009000 + 2000000 * k])
    write("assets-by-year.csv", rows, ["B2:H9"], out)
    # 2. The same with a Total column that adds the three before it.
    head = ["Fiscal Year", "Current Assets", "Capital Assets", "Deferred outflows", "Total",
            "Government capital assets", "Business capital assets"]
    rows = [head]
    for k in range(8):
        a, b, c = 514927000 + 31000000 * k, 637152000 + 61000000 * k, 136749000 + 9000000 * k
        rows.append([2015 + k, a, b, c, a + b + c, 721880000 + 27000000 * k, 630009000 + 2000000 * k])
    write("assets-total-checked.csv", rows, ["B2:G9"], out)
    # 3. A register: an identifier left of the amounts, amounts of one width right of them.
    rows = [["Payee", "Supplier number", "Amount", "Capital element", "Retention held"]]
    for k in range(10):
        rows.append(["Payee %d" % (k + 1), 500100 + 7 * k, 1200 + 350 * k, 40000 + 1311 * k, 10200 + 517 * k])
    write("register.csv", rows, ["C2:E11"], out)
    # 4. Services by year with a Total row, and a column no total adds.
    rows = [["Service", "2022/23 £000", "2023/24 £000", "2024/25 £000", "Reserves"]]
    sums = [0, 0, 0]
    for k, s in enumerate(["Adult care", "Children", "Highways", "Housing", "Leisure", "Waste"]):
        fig = [4100 + 300 * k, 4300 + 310 * k, 4500 + 320 * k]
        sums = [x + y for x, y in zip(sums, fig)]
        rows.append([s] + fig + [12000000 + 1000 * k])
    rows.append(["Total"] + sums + [""])
    write("services-total-row.csv", rows, ["B2:E7", "B8:D8"], out)
    # 5. A data export with camel-case headings: a version, codes and years beside the amounts.
    rows = [["BudgetBookVersion", "Ministry", "HeadNumber", "HeadName", "BudgetYear", "DataVersion", "DataValue",
             "Grant 2024 \u00a3"]]
    for k in range(12):
        rows.append([2025, "Non-ministry departments", ["05", "63", "07"][k // 4], "Head %d" % (k // 4),
                     2023 + k % 3, ["ACTUAL", "ORIGINAL", "REVISED", "ESTIMATE"][k % 4], 250 + 37 * k, 1950 + 9 * k])
    write("camel-export.csv", rows, ["G2:H13"], out)
    # 6. Amounts under headings that name the year they are for.
    write("year-amounts.csv", [["Hall hire income", "Last year", "This year", "Next year"],
                               ["Main hall", "1,950", "2,000", "2,050"], ["Small room", "1,980", "2,010", "2,040"],
                               ["Kitchen", "1,900", "1,960", "2,000"]], ["B2:D4"], out)
    # 7. One amount typed with a leading zero.
    write("zero-led-amount.csv", [["Parish grants paid", "Spring", "Autumn"], ["Scouts", "250", "300"],
                                  ["Guides", "05", "125"], ["Bowls club", "80", "90"], ["Youth club", "400", "350"]],
          ["B2:C5"], out)
    with open(os.path.join(HERE, "amounts.tsv"), "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
