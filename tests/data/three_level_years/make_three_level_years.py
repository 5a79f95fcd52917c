#!/usr/bin/env python3
"""A budget in three levels under year headings (issue 17, precision): directorates, the
services under each, and each service's detail lines, every level carrying figures, in
columns 2024/25, 2025/26, 2026/27 (and in one variant a Total of the three years). The
year-table path took such a table for a summary by year (every row above its Total
added once), so a right budget was said wrong. Made-up figures of the class, written as
csv and xlsx (values) into tests/data/three_level_years/.

Variants (each a right copy, NAME-right, and wrong copies, NAME-wrong-WHAT):
- heading: the directorate's total on its heading row, each service's total on its
  service row above the service's lines, 'Net budget' at the foot.
- below: the directorate's and the service's names on rows of their own, a 'Total
  <service>' under each service's lines and a 'Total <directorate>' under its services,
  'Total' at the foot; a Total column of the three years.
- columns: the directorate, service and line names in columns A, B and C, each level's
  figure on its own row (directorate above its services, service above its lines),
  'Net budget' at the foot, a blank row between directorates.
- mixed: the directorate's total on its heading row, 'Total <service>' rows under the
  lines, 'Total net budget' at the foot.
- flat: the heading shape with 'Total' at the foot, no indent: before, read as a summary by
  year whose Total adds every row above it, and said wrong in every year (false errors).
- indented: flat with the services indented two spaces and the lines four, as a budget
  book exported to csv writes them.

Wrong copies (one figure changed, the totals as the right copy has them):
- line: a detail line 2025/26 with two digits swapped: caught at its service's total.
- grand: the foot total 2026/27 1,000 high: caught there.
- directorate (below): 'Total Place' 2024/25 100 high: caught there; (indented) the Place
  heading row's 2024/25 100 high: caught there.

usage: /usr/bin/python3 tests/data/three_level_years/make_three_level_years.py   (needs openpyxl)
"""
import csv
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

YEARS = ["2024/25", "2025/26", "2026/27"]

BUDGET = [
    ("Adults and Health", [
        ("Older People", [("Residential and nursing care", [41250, 43180, 44905]),
                          ("Home care", [18320, 19410, 20288]),
                          ("Day services", [3145, 3202, 3260])]),
        ("Learning Disabilities", [("Supported living", [22840, 24105, 25316]),
                                   ("Day opportunities", [6410, 6533, 6671]),
                                   ("Respite care", [1987, 2034, 2081])]),
        ("Public Health", [("Sexual health", [4215, 4215, 4215]),
                           ("Substance misuse", [3870, 3912, 3960]),
                           ("0-19 services", [9602, 9688, 9790])]),
    ]),
    ("Children's Services", [
        ("Children's Social Care", [("Looked after children", [28415, 30260, 31877]),
                                    ("Fostering", [7730, 7942, 8165]),
                                    ("Care leavers", [2318, 2390, 2466])]),
        ("Education", [("SEN transport", [8905, 9510, 10140]),
                       ("School improvement", [1422, 1398, 1375]),
                       ("Early years", [2864, 2901, 2940])]),
    ]),
    ("Place", [
        ("Highways", [("Highway maintenance", [11260, 11540, 11835]),
                      ("Street lighting", [3318, 3405, 3497]),
                      ("Winter service", [1535, 1572, 1610])]),
        ("Waste", [("Waste collection", [9874, 10130, 10402]),
                   ("Waste disposal", [14026, 14688, 15390]),
                   ("Recycling centres", [2207, 2261, 2318])]),
    ]),
    ("Resources", [
        ("Finance", [("Accountancy", [2640, 2688, 2737]),
                     ("Revenues and benefits", [4105, 4150, 4198])]),
        ("Legal and Democratic", [("Legal services", [2215, 2260, 2306]),
                                  ("Elections", [388, 612, 395])]),
    ]),
]


def add(a, b):
    return [x + y for x, y in zip(a, b)]


def budget(line_slip=False):
    """The budget with its sums: [(dir, dir_total, [(svc, svc_total, [(line, figures)])])]."""
    out = []
    for d, (directorate, services) in enumerate(BUDGET):
        dt = [0, 0, 0]
        svcs = []
        for s, (service, lines) in enumerate(services):
            st = [0, 0, 0]
            ls = []
            for k, (line, figs) in enumerate(lines):
                st = add(st, figs)
                shown = list(figs)
                if line_slip and (d, s, k) == (1, 0, 1):
                    assert shown[1] == 7942
                    shown[1] = 7492  # two digits swapped
                ls.append((line, shown))
            dt = add(dt, st)
            svcs.append((service, st, ls))
        out.append((directorate, dt, svcs))
    return out


def grand_of(b):
    g = [0, 0, 0]
    for _, dt, _ in b:
        g = add(g, dt)
    return g


def heading(slip=None):
    b = budget(slip == "line")
    g = grand_of(b)
    if slip == "grand":
        g[2] += 1000
    rows = [["Revenue budget by directorate", "", "", ""], ["£000", "", "", ""], [""] * 4,
            ["Directorate / service"] + YEARS]
    for directorate, dt, svcs in b:
        rows.append([directorate] + dt)
        for service, st, ls in svcs:
            rows.append([service] + st)
            for line, figs in ls:
                rows.append([line] + figs)
    rows.append(["Net budget"] + g)
    return rows


def flat(slip=None, indent=False):
    """The heading shape with 'Total' at the foot (the word the summary by year knows)."""
    b = budget(slip == "line")
    g = grand_of(b)
    if slip == "grand":
        g[2] += 1000
    pad = (lambda n, t: " " * n + t) if indent else (lambda n, t: t)
    rows = [["Revenue budget 2024/25 to 2026/27", "", "", ""], ["£000", "", "", ""], [""] * 4,
            [""] + YEARS]
    for directorate, dt, svcs in b:
        shown = list(dt)
        if slip == "directorate" and directorate == "Place":
            shown[0] += 100
        rows.append([directorate] + shown)
        for service, st, ls in svcs:
            rows.append([pad(2, service)] + st)
            for line, figs in ls:
                rows.append([pad(4, line)] + figs)
    rows.append(["Total"] + g)
    return rows


def indented(slip=None):
    return flat(slip, indent=True)


def below(slip=None):
    b = budget(slip == "line")
    g = grand_of(b)
    if slip == "grand":
        g[2] += 1000
    rows = [["Medium term financial plan: net revenue budget", "", "", "", ""], ["£000", "", "", "", ""],
            ["", ""] + [""] * 3, ["Service"] + YEARS + ["Total"]]
    for directorate, dt, svcs in b:
        rows.append([directorate, "", "", "", ""])
        for service, st, ls in svcs:
            rows.append([service, "", "", "", ""])
            for line, figs in ls:
                rows.append([line] + figs + [sum(figs)])
            rows.append([f"Total {service}"] + st + [sum(st)])
        shown = list(dt)
        if slip == "directorate" and directorate == "Place":
            shown[0] += 100
        rows.append([f"Total {directorate}"] + shown + [sum(dt)])
    rows.append(["Total"] + g + [sum(grand_of(b))])
    return rows


def columns(slip=None):
    b = budget(slip == "line")
    g = grand_of(b)
    if slip == "grand":
        g[2] += 1000
    rows = [["Budget book 2024/25", "", "", "", "", ""], ["", "", "", "", "", ""],
            ["Directorate", "Service", "Budget line"] + YEARS]
    for n, (directorate, dt, svcs) in enumerate(b):
        if n:
            rows.append([""] * 6)
        rows.append([directorate, "", ""] + dt)
        for service, st, ls in svcs:
            rows.append(["", service, ""] + st)
            for line, figs in ls:
                rows.append(["", "", line] + figs)
    rows.append([""] * 6)
    rows.append(["Net budget", "", ""] + g)
    return rows


def mixed(slip=None):
    b = budget(slip == "line")
    g = grand_of(b)
    if slip == "grand":
        g[2] += 1000
    rows = [["Net revenue budget (£000)", "", "", ""], [""] * 4, [""] + YEARS]
    for directorate, dt, svcs in b:
        rows.append([directorate] + dt)
        for service, st, ls in svcs:
            rows.append([service, "", "", ""])
            for line, figs in ls:
                rows.append([line] + figs)
            rows.append([f"Total {service}"] + st)
    rows.append(["Total net budget"] + g)
    return rows


def write(name, table):
    with open(os.path.join(HERE, name + ".csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        for r in table:
            w.writerow([f"{x:,}" if isinstance(x, int) else x for x in r])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget"
    for r in table:
        ws.append([x if x != "" else None for x in r])
    wb.save(os.path.join(HERE, name + ".xlsx"))


if __name__ == "__main__":
    for name, make, slips in [("heading", heading, ["line", "grand"]), ("flat", flat, ["line", "grand"]),
                              ("indented", indented, ["line", "grand", "directorate"]), ("below", below, ["line", "grand", "directorate"]),
                              ("columns", columns, ["line", "grand"]), ("mixed", mixed, ["line", "grand"])]:
        write(f"{name}-right", make())
        for slip in slips:
            write(f"{name}-wrong-{slip}", make(slip))
