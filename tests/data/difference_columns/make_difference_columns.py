#!/usr/bin/env python3
"""Difference columns read from the headings and borne out by the other rows (issue 17, trial2 e49, e29).

A monitoring table works its 'Variance' out from the year's forecast, not from a sum: 'Q1', 'Q2',
'Q3', 'YTD', 'Q4 forecast', 'Full year', 'Budget', 'Variance' (Full year - Budget). And a capital
outturn works its 'Under/(over) spend' out from three columns: Revised budget - Actual - Re-profiled.
Before, 'Full year' was not read as a side of a variance and a difference of three columns was never
tried: both columns were said unchecked, and a figure typed wrong in them was blamed on the Total
under them (or passed, on a row with no Total under it).

- quarters-right: silent, the Variance column checked (nothing said unchecked).
- quarters-variance-wrong: 'Variance' of 'Finance' typed -350 (-380 right): an error at its cell
  (relation-mismatch), the Total under it agreeing once it is corrected (one finding).
- outturn-right: silent, 'Under/(over) spend' checked.
- outturn-underspend-wrong: 'Under/(over) spend' of 'Depot' typed 104 (140 right): an error at its
  cell, one finding. (Typed 410, it would be what 'Revised budget' - 'Actual' give, a reading tried
  before a figure is accused: no error at it then, the Total under it blamed.)
- outturn-unrelated-right: 'Under/(over) spend' that is no difference of the columns on most rows (a
  column of its own): silent, said unchecked, never an error.

usage: /usr/bin/python3 tests/data/difference_columns/make_difference_columns.py   (needs openpyxl)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import _fixtures  # noqa: E402  (tests/data/_fixtures.py: the csv and xlsx writers)


def write(name, rows):
    _fixtures.write(HERE, name, rows, "Position", crlf=True, blank_as_none=True)


def quarters(slip=False):
    lines = [
        ("Adoption", [412, 3710, 2904], 3601, 10512),
        ("Fostering", [2870, 3015, 3122], 3350, 12501),
        ("Home to school transport", [1904, 377, 2716], 3015, 8090),
        ("Youth offending", [3702, 2811, 2045], 2200, 10877),
        ("Finance", [310, 2412, 2988], 2650, 8740),
        ("Legal", [3105, 3390, 901], 4122, 11401),
        ("Digital", [3877, 1650, 1402], 915, 7810),
        ("People", [2013, 3988, 3301], 3050, 12460),
    ]
    rows = [["Quarter 3 position"], ["£000"], [], ["Service", "Q1", "Q2", "Q3", "YTD", "Q4 forecast", "Full year",
                                                  "Budget", "Variance"]]
    tot = [0] * 8
    for name, q, q4, budget in lines:
        ytd = sum(q)
        full = ytd + q4
        var = full - budget
        if slip and name == "Finance":
            assert var == -380
            var = -350
        figs = q + [ytd, q4, full, budget, var]
        tot = [a + b for a, b in zip(tot, figs)]
        rows.append([name] + figs)
    if slip:
        tot[7] -= 30  # the Total as the right figures give it
    rows.append(["Total"] + tot)
    return rows


def outturn(slip=False, unrelated=False):
    lines = [
        ("Resurfacing", 5120, 4870, 130),
        ("Street lighting", 1875, 1322, 410),
        ("Depot", 3960, 3550, 270),
        ("Bus lanes", 9200, 6480, 2350),
        ("Libraries refit", 2410, 2005, 305),
        ("Leisure centre", 7700, 7795, 0),
    ]
    rows = [["Capital outturn"], ["£000"], [],
            ["Scheme", "Revised budget", "Actual", "Variance", "Re-profiled to next year", "Under/(over) spend"]]
    tot = [0] * 5
    for k, (name, rev, act, rep) in enumerate(lines):
        under = rev - act - rep
        if slip and name == "Depot":
            assert under == 140
            under = 104
        if unrelated and k % 2:
            under = under + 25 * k
        figs = [rev, act, act - rev, rep, under]
        tot = [a + b for a, b in zip(tot, figs)]
        rows.append([name] + figs)
    if slip:
        tot[4] += 36
    rows.append(["Total"] + tot)
    return rows


write("quarters-right", quarters())
write("quarters-variance-wrong", quarters(slip=True))
write("outturn-right", outturn())
write("outturn-underspend-wrong", outturn(slip=True))
write("outturn-unrelated-right", outturn(unrelated=True))
