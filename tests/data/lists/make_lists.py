#!/usr/bin/python3
"""Lists of payments, as councils publish them (issue 17).

Run from the project root (no packages needed):
    python3 tests/data/lists/make_lists.py

- payments-2018.csv: 30 payments (Inv Date, Ref, Payee, Details, £ (net),
  Category), amounts written with thousands separators as exported, no total.
  The 15th pays "2,018": an amount, not the year 2018 heading a new table.
  Before, that row was read as a heading that split the list in two, and the
  account said 'a list of 15 rows' of its one block of 30 figures.
The payees and figures are made up.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def payments():
    payees = ["Moor Hall Developments", "Sure PC Help", "Zurich Municipal", "City Council", "Badges Ltd"]
    cats = ["Office", "IT", "Insurance", "Room Hire", "Grants"]
    with open(os.path.join(HERE, "payments-2018.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Inv Date", "Ref", "Payee", "Details", "\u00a3 (net)", "Category"])
        for i in range(30):
            amount = 2018 if i == 14 else 350 + 173 * i
            w.writerow(["%02d/%02d/2016" % (1 + i % 28, 7 + i // 28), "BCC %d" % (i + 1), payees[i % 5],
                        "Invoice %d" % (100 + i), "{:,}".format(amount), cats[i % 5]])


if __name__ == "__main__":
    payments()
