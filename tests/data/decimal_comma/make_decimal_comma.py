#!/usr/bin/env python3
"""CSV files written where the comma is the decimal mark (issue 17, fresh3 class J: a
national finance act's extract, ';'-separated, '122,6'), written into
tests/data/decimal_comma/. The class of a real case, made up: not the real file.

Before, every amount of such a file was read as text: nothing was checked, and the year
headers were the only "figures" the account named. Now the CSV reader tells the decimal
mark of a ';' file from its numbers, and reads '1.234,5' as 1234.5, exactly.

- semicolon-comma.csv: ';'-separated, a ministry's accounts by year, '.' as thousands
  and ',' as decimals ('1.234,5'), a Total row adding them: checked, agrees.
- semicolon-comma-wrong.csv: the same with the 2024 total 10 too high: an error there,
  the sum shown exactly ('1,400.1').
- semicolon-space-thousands.csv: the same written with a space as thousands ('1 234,5').
- semicolon-thousands.csv (the near miss): ';'-separated whose commas are all followed
  by three digits ('1,312'): thousands or decimals, the numbers do not say, so the comma
  is read as thousands, as before: the total (3,936) checked and agrees.
- semicolon-point.csv (the near miss): ';'-separated with decimal points ('12.5') and a
  quoted text with a comma: read as before, checked, agrees.
- semicolon-notes-comma.csv (the near miss, review 18 H4): ';'-separated, English thousands
  ('1,312', '1,312,000') and a Notes column listing notes '4,5' in one row: the two-comma
  figures say a point, so the file keeps the comma as thousands: 2 totals checked, agree
  (before the fix: '4,5' alone switched the file, '1,312' read 1.312, two false errors).
- comma-thousands.csv (the near miss): ','-separated with quoted '1,312': read as before.

usage: python3 tests/data/decimal_comma/make_decimal_comma.py   (Python standard library only)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, lines):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# Tenths, by line, for 2023 and 2024.
LINES = [("Centralstyrelsen", 12346, 11983), ("Tilskud til kommuner", 1005, 1237),
         ("Vederlag", 288, 309), ("Driftsudgifter", 461, 362)]


def comma(tenths, thousands="."):
    whole, dec = divmod(tenths, 10)
    w = f"{whole:,}".replace(",", thousands)
    return f"{w},{dec}"


def table(thousands=".", off=0):
    rows = ['"Konto";"2023";"2024"']
    for name, a, b in LINES:
        rows.append(f'"{name}";{comma(a, thousands)};{comma(b, thousands)}')
    ta = sum(a for _, a, _ in LINES)
    tb = sum(b for _, _, b in LINES) + off
    rows.append(f'"Total";{comma(ta, thousands)};{comma(tb, thousands)}')
    return rows


write("semicolon-comma.csv", table())
write("semicolon-comma-wrong.csv", table(off=100))
write("semicolon-space-thousands.csv", table(thousands=" "))
write("semicolon-thousands.csv", ['"Service";"Budget"', '"Roads";"1,312"', '"Parks";"1,312"', '"Libraries";"1,312"',
                                  '"Total";"3,936"'])
write("semicolon-point.csv", ['"Service";"Budget"', '"Roads, bridges";12.5', '"Parks";7.25', '"Libraries";3.0',
                              '"Total";22.75'])
write("semicolon-notes-comma.csv", ['Service;Notes;2023/24;2024/25', 'Adult care;4,5;"1,312,000";"1,400,000"',
                                    'Children;6;"1,312";"1,500"', 'Highways;7;"2,250";"2,300"',
                                    'Total;;"1,315,562";"1,403,800"'])
write("comma-thousands.csv", ['Service,Budget', 'Roads,"1,312"', 'Parks,"1,312"', 'Libraries,"1,312"',
                              'Total,"3,936"'])
