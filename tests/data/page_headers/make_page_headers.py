#!/usr/bin/env python3
"""A payments listing exported page by page (issue 17, a false alarm a new-user tester
found): each page repeats the header "Supplier, Invoice, Date, Amount", lists its
payments and closes with a "Page total"; after the last page, a "Report total" adds the
pages. The repeated header is a page break inside one table, not a new table. Made-up
figures of the class, written into tests/data/page_headers/.

- payments.csv: three pages and the report total: no error.
- payments-wrong-report-total.csv: the report total with two digits swapped: an error there.
- payments-wrong-page-total.csv: the second page's total 900.00 too high: an error there.
- payments-wrong-line.csv: a payment on the first page 1,000.00 too high: an error at its
  page's total (the report total, adding the page totals, still agrees with them).

usage: python3 tests/data/page_headers/make_page_headers.py   (Python standard library only)
"""

import csv
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = ["Supplier", "Invoice", "Date", "Amount \u00a3"]
PAGES = [
    [("Hartley Haulage", "INV20411", "02/09/2025", "12,406.10"), ("Brookside Care", "INV20417", "03/09/2025", "8,310.55"),
     ("Millward Electrical", "INV20422", "03/09/2025", "21,004.00"), ("Greenway Grounds", "INV20430", "05/09/2025", "3,118.47"),
     ("Hartley Haulage", "INV20436", "08/09/2025", "15,990.25")],
    [("Oakfield Print", "INV20441", "09/09/2025", "1,245.60"), ("Brookside Care", "INV20448", "10/09/2025", "27,508.13"),
     ("Riverside Fuels", "INV20452", "11/09/2025", "9,876.54"), ("Greenway Grounds", "INV20459", "12/09/2025", "4,402.00"),
     ("Castle IT Services", "INV20463", "15/09/2025", "18,330.90")],
    [("Millward Electrical", "INV20470", "16/09/2025", "6,750.00"), ("Oakfield Print", "INV20474", "17/09/2025", "2,199.99"),
     ("Riverside Fuels", "INV20481", "18/09/2025", "11,040.31"), ("Castle IT Services", "INV20486", "19/09/2025", "5,608.72")],
]


def amount(text):
    return Decimal(text.replace(",", ""))


def listing(line_off=Decimal(0), page_off=Decimal(0), report=None):
    rows = []
    page_totals = []
    for k, page in enumerate(PAGES):
        rows.append(HEADER)
        total = Decimal(0)
        for n, (supplier, invoice, date, paid) in enumerate(page):
            shown = amount(paid) + (line_off if (k, n) == (0, 1) else 0)
            rows.append([supplier, invoice, date, f"{shown:,}"])
            total += amount(paid)
        page_totals.append(total)
        rows.append(["Page total", "", "", f"{total + (page_off if k == 1 else 0):,}"])
        rows.append(["", "", "", ""])
    rows.append(["Report total", "", "", report or f"{sum(page_totals):,}"])
    return rows


def write(name, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


write("payments.csv", listing())
digits = str(sum(sum(amount(p[3]) for p in page) for page in PAGES))  # "174791.56"
swapped = Decimal(digits[0] + digits[2] + digits[1] + digits[3:])  # its second and third digits swapped
write("payments-wrong-report-total.csv", listing(report=f"{swapped:,}"))
write("payments-wrong-page-total.csv", listing(page_off=Decimal("900.00")))
write("payments-wrong-line.csv", listing(line_off=Decimal("1000.00")))
