#!/usr/bin/env python3
"""A capital programme's summary by RAG status (Number of projects, Budget, Forecast) on
the same sheet as the projects it summarises, each project with its own RAG status
(issue 17, tester 24 kit d33; class: a summary by rating whose columns are not the
council's monitoring words, over its list on the same sheet). Made up: not a real
body's figures. Written into tests/data/rating_summaries/.

- projects-right.csv / .xlsx: the summary agrees with the list: nothing to report; the
  summary is listed as checked (rag-overview) besides its Total row (totals-table).
- projects-sum-wrong: the Green 'Budget' figure 180 short of its projects, its
  Total row still adding the summary as it stands: an error at that figure.
- projects-count-wrong: the Amber count 3 where 4 Amber projects are listed: an error at it.
- projects-other-quarter: the summary of another quarter (every figure differs from the
  list): no error; the pairing is not trusted and nothing is claimed of it.
- exceptions-right: only the Red and Amber projects listed under a summary of all three
  ratings (as committees ask for exceptions): nothing to report.

- unrated-line-right: a new project not yet rated in the middle of the list: the list
  read up to it is not whole, so the summary is not compared (no error, none claimed).
- sections-right: the list split by a subtotal and the next section's heading: likewise.
- red-unlisted-green-wrong: Red counted with no Red lines, and Green 1 and 225 over its
  lines: not an exceptions-only list (Green is listed), so never 'agrees'; the summary
  disagrees in more figures than it agrees and is not compared (no check claimed).

usage: /usr/bin/python3 tests/data/rating_summaries/make_rating_summaries.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

PROJECTS = [("CP01", "Ring road junction", 1250, 1310, "Amber"),
            ("CP02", "Library refurbishment", 420, 420, "Green"),
            ("CP03", "School expansion, Northfield", 3200, 3650, "Red"),
            ("CP04", "Depot roof", 180, 175, "Green"),
            ("CP05", "Cycle route phase 2", 760, 800, "Amber"),
            ("CP06", "Care home adaptations", 540, 540, "Green"),
            ("CP07", "Flood defence works", 2100, 2100, "Green"),
            ("CP08", "Leisure centre boilers", 310, 355, "Amber"),
            ("CP09", "Highways resurfacing", 1875, 1875, "Green"),
            ("CP10", "Museum store", 95, 120, "Amber"),
            ("CP11", "Town hall lifts", 260, 260, "Green")]


def summary(projects, shift=None):
    out = []
    for rating in ("Red", "Amber", "Green"):
        ps = [p for p in projects if p[4] == rating]
        row = [rating, len(ps), sum(p[2] for p in ps), sum(p[3] for p in ps)]
        if shift and rating in shift:
            row = [row[0]] + [a + b for a, b in zip(row[1:], shift[rating])]
        out.append(row)
    return out


def table(summary_rows, listed=PROJECTS, extra=None):
    rows = [["Capital programme 2025/26: quarter 2 position"], ["\u00a3000"], [],
            ["RAG status", "Number of projects", "Budget \u00a3000", "Forecast \u00a3000"]]
    rows += summary_rows
    rows.append(["Total"] + [sum(r[k] for r in summary_rows) for k in (1, 2, 3)])
    rows += [[], [], ["Ref", "Project", "Budget", "Forecast", "Variance", "RAG status"]]
    rows += [[ref, name, b, f, f - b, rag] for ref, name, b, f, rag in listed]
    if extra:
        at, lines = extra
        rows[len(rows) - len(listed) + at:len(rows) - len(listed) + at] = lines
    projects = list(listed) + [tuple(x[:4]) + (x[5],) for x in (extra[1] if extra else []) if x[0]]
    projects = [p for p in projects if isinstance(p[2], int)]
    rows.append(["Total", "", sum(p[2] for p in projects), sum(p[3] for p in projects),
                 sum(p[3] - p[2] for p in projects), ""])
    return rows


def write(name, rows):
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Capital Q2"
    for r in rows:
        ws.append(r)
    wb.save(os.path.join(HERE, name + ".xlsx"))


write("projects-right", table(summary(PROJECTS)))
# Green Budget 5,375 written 5,195; the summary's Total adds it as written.
write("projects-sum-wrong", table(summary(PROJECTS, {"Green": (0, -180, 0)})))
write("projects-count-wrong", table(summary(PROJECTS, {"Amber": (-1, 0, 0)})))
# Another quarter's summary: every figure moved.
write("projects-other-quarter",
      table(summary(PROJECTS, {"Red": (1, 400, 380), "Amber": (-1, -250, -230), "Green": (1, 310, 290)})))
write("exceptions-right",
      table(summary(PROJECTS), [p for p in PROJECTS if p[4] in ("Red", "Amber")]))
# Review 26: a line with no rating mid-list; a subtotal and a section heading mid-list.
write("unrated-line-right", table(summary(PROJECTS), extra=(5, [["CP12", "New scheme (not yet rated)", 150, 150, 0, ""]])))
write("sections-right", table(summary(PROJECTS), extra=(5, [["", "Subtotal general fund", 5810, 6355, 545, ""],
                                                          ["HRA", "", "", "", "", ""]])))
RED_GONE = [p if p[4] != "Red" else p[:4] + ("Green",) for p in PROJECTS]
write("red-unlisted-green-wrong", table(summary(PROJECTS, {"Green": (1, 225, 0)}), RED_GONE))
