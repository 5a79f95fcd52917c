#!/usr/bin/env python3
"""Errors planted in copies of real workbooks whose SUM formulas carry their own answer key.

    planted.py --fundbook EXE --source-dir SRC --out DIR [--per-workbook N] [--max-sources M]

A SUM formula says exactly which cells a total adds, and its saved value says what they added
up to, so every such total is ground truth no person had to write down. From each xlsx under
../shared/realworld/files and ../shared/corpus/files with such totals, at test time (nothing
derived is committed), this derives:

  paste     every formula removed and its saved value kept, as pasted into committee papers:
            every SUM total agrees, so any error finding is a false alarm;
  total     a paste copy with one SUM total's value changed: must be reported as an error at
            that total;
  component a paste copy with one cell inside a SUM range changed: must be reported as an error
            at a total over that cell (or at the cell itself);
  lowtotal, lowcomponent  the lowering pass: the same, the figure taken down (7% of itself,
            beyond rounding, not below zero where it is above it) where the raising pass adds,
            so an understated total and a lowered component are planted too; reported beside;
  kept      formulas kept, one total's saved value changed so it disagrees with its own formula
            (issue 18's formula evaluation); reported separately.
  typed     formulas kept, one SUM total that sits in a run of totals of one formula (=SUM(B5:B9),
            =SUM(C5:C9), ... along a row, or down a column) typed over: its formula removed and
            its value changed as a total's is: must be reported as a total mismatch at that cell
            (Excel's "inconsistent formula"); and typed over with its own saved value (typedok):
            must give no error the original does not. Reported separately.

The totals altered are a seeded sample of up to N per workbook (every one where there are
fewer), and each altered component is drawn, seeded, from its total's range: the measure is not
hand-picked. A change is 7% of the total, at least ten times the figures' own rounding step per
figure added and at least 100 units, kept on the figures' own precision: never something a
rounding step explains. fundbook runs once over the folder of copies (findings carry the path).
Prints the figures per source on every run, writes every miss and false alarm to
DIR/planted-misses.tsv, and passes or fails on the bars in thresholds.py.
"""

import argparse
import math
import os
import random
import re
import shutil
import sys
import time
from decimal import ROUND_CEILING, Decimal

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
import thresholds as bar  # noqa: E402
import workbook_xml as wx  # noqa: E402

SEED = "fundbook-planted-1"
PER_WORKBOOK = 6  # totals altered per workbook (and as many components, and kept-formula copies)
MAX_RANGE_CELLS = 5000
EXTENSIONS = (".xlsx", ".xlsm")

SUM_CALL = re.compile(r"\s*(?:SUM\((.*)\)|SUBTOTAL\(\s*(?:9|109)\s*,(.*)\))\s*", re.I | re.S)
ARG = re.compile(r"\s*\$?([A-Z]{1,3})\$?([0-9]+)(?::\$?([A-Z]{1,3})\$?([0-9]+))?\s*")


class Total:
    """A SUM total that agrees with its range: the ground truth one alteration starts from."""

    def __init__(self, sheet, cell, parts, shape):
        self.sheet, self.cell, self.parts, self.shape = sheet, cell, parts, shape
        self.named = named_by_a_word(sheet, cell, shape)

    @property
    def where(self):
        return f"{self.sheet.name}!{self.cell.ref}"


PERCENT_WORD = re.compile(r"%|\bper ?cent(?:age)?s?\b", re.I)
# A rate quoted in a label ('Council tax (2.99% increase)', 'Pay award 5%', 'at 3 per cent') says
# what the amounts are about, not that they are percentages.
QUOTED_RATE = re.compile(r"[0-9][0-9.,]*\s*(?:%|per ?cent\b)", re.I)


def label_of(sheet, cell, shape):
    """The nearest text naming the line a total closes: for a column's total, the nearest text
    cell above it in its column (its heading); for a row's total, the nearest text cell left of
    it in its row (the row's label)."""
    if shape.startswith("column"):
        near = [c for c in sheet.cells.values() if c.col == cell.col and c.row < cell.row and sheet.text(c)]
        return sheet.text(max(near, key=lambda c: c.row)) if near else None
    near = [c for c in sheet.cells.values() if c.row == cell.row and c.col < cell.col and sheet.text(c)]
    return sheet.text(max(near, key=lambda c: c.col)) if near else None


def headed_as_percentages(sheet, cell, shape):
    """Whether the total's line is headed as percentages ('Percent of Hires', 'Share %'): its
    nearest label (label_of) names percentages, a rate quoted in it ('Pay award 5%') aside.
    Issue 17 reads 'figure columns that are amounts, as opposed to percentages': a SUM of
    percentages is no total of a finance table's amounts, and a change of 100 units to a share
    (0.705 to 100.705) is no error such a table could hold, so the harness plants none there."""
    label = label_of(sheet, cell, shape)
    return bool(label) and bool(PERCENT_WORD.search(QUOTED_RATE.sub(" ", str(label))))


TOTAL_WORD = re.compile(r"\b(?:sub-?)?totals?\b|\bsum\b|\bnet\b|\bgrand\b", re.I)


def named_by_a_word(sheet, cell, shape):
    """Whether a word says the cell is a total: for a column's total, a text cell left of it in
    its own row ('Total', 'Net expenditure', 'Sum'); for a row's total, the nearest text cell
    above it in its own column (its heading). The measure is split by this because fundbook,
    by the house's precision rule, accuses no figure that nothing names as a total (a bare
    column of numbers with a SUM under it, as in a reader's test fixture)."""
    if shape.startswith("column"):
        words = [sheet.text(c) for c in sheet.cells.values() if c.row == cell.row and c.col < cell.col]
    else:
        above = [c for c in sheet.cells.values() if c.col == cell.col and c.row < cell.row and sheet.text(c)]
        words = [sheet.text(max(above, key=lambda c: c.row))] if above else []
    return any(TOTAL_WORD.search(str(w)) for w in words)


def sum_ranges(formula):
    """The cells a plain SUM (or SUBTOTAL 9/109) of same-sheet references adds, or None."""
    m = SUM_CALL.fullmatch(formula or "")
    if not m:
        return None
    cells = []
    for arg in (m.group(1) if m.group(1) is not None else m.group(2)).split(","):
        a = ARG.fullmatch(arg)
        if not a:
            return None
        r1, c1 = int(a.group(2)), wx.col_number(a.group(1))
        r2, c2 = (int(a.group(4)), wx.col_number(a.group(3))) if a.group(3) else (r1, c1)
        r1, r2, c1, c2 = min(r1, r2), max(r1, r2), min(c1, c2), max(c1, c2)
        if (r2 - r1 + 1) * (c2 - c1 + 1) + len(cells) > MAX_RANGE_CELLS:
            return None
        cells += [(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]
    return cells


def close(a, b):
    return abs(a - b) <= Decimal("1e-6") + Decimal("1e-9") * max(abs(a), abs(b))


def totals_of(sheet):
    """Every SUM total on the sheet that adds a line of cells in its own column or row (two or
    more numbers, not all zero) and whose saved value equals what they add up to."""
    out = []
    for cell in sheet.cells.values():
        if not cell.formula or cell.numeric() is None:
            continue
        cells = sum_ranges(cell.formula)
        if not cells or (cell.row, cell.col) in cells:
            continue
        if all(c == cell.col for _, c in cells):
            shape = "column, total below" if all(r < cell.row for r, _ in cells) else (
                "column, total above" if all(r > cell.row for r, _ in cells) else None)
        elif all(r == cell.row for r, _ in cells):
            shape = "row, total right" if all(c < cell.col for _, c in cells) else (
                "row, total left" if all(c > cell.col for _, c in cells) else None)
        else:
            shape = None
        if shape is None:
            continue
        parts = [sheet.cells.get(wx.make_ref(r, c)) for r, c in cells]
        parts = [p for p in parts if p is not None and p.numeric() is not None]
        # Two or more figures, not all nil (a blank template's zeros check nothing).
        if len(parts) < 2 or all(p.numeric() == 0 for p in parts):
            continue
        if not close(sum(p.numeric() for p in parts), cell.numeric()):
            continue
        if headed_as_percentages(sheet, cell, shape):
            continue
        out.append(Total(sheet, cell, parts, shape + (", hidden sheet" if sheet.hidden else "")))
    return out


def in_a_run(total):
    """Whether the total's formula is one of a run along its row or down its column: two
    other cells or more, next to it and to each other, whose formulas are the same formula
    moved (Excel's R1C1 sameness)."""
    cells, t = total.sheet.cells, total.cell

    def formula_at(row, col):
        c = cells.get(wx.make_ref(row, col)) if row >= 1 and col >= 1 else None
        return c.formula if c is not None and c.formula else None

    for dr, dc in ((0, 1), (1, 0)):
        run = 0
        for sign in (-1, 1):
            k, prev = 1, t.formula
            while run < 2:
                f = formula_at(t.row + sign * dr * k, t.col + sign * dc * k)
                if f is None or wx.shift_formula(prev, sign * dr, sign * dc) != f:
                    break
                run, prev, k = run + 1, f, k + 1
        if run >= 2:
            return True
    return False


def granularity(d):
    """The coarsest power of ten (0.01 .. 1e9) the figure is a whole multiple of."""
    if d == 0:
        return None
    step = Decimal("0.01")
    if d % step != 0:
        return step
    while step < Decimal("1e9") and d % (step * 10) == 0:
        step *= 10
    return step


def change_for(total):
    """How much to add: 7% of the total, at least ten rounding steps of its figures per figure
    and at least 100 units, a whole number of those steps."""
    figures = [p.numeric() for p in total.parts] + [total.cell.numeric()]
    steps = [g for g in map(granularity, figures) if g is not None]
    step = min(steps) if steps else Decimal(1)
    raw = max(abs(total.cell.numeric()) * Decimal("0.07"), 10 * step * len(total.parts), Decimal(100))
    return (raw / step).to_integral_value(rounding=ROUND_CEILING) * step


def beyond_rounding(total):
    """The figures' rounding step, and the least change rounding does not explain on the total:
    one step more than floor(sqrt(n + 1)) steps for n figures added, and more than a millionth
    of the total (fundbook's rounding bound, stated_total.hpp)."""
    figures = [p.numeric() for p in total.parts] + [total.cell.numeric()]
    steps = [g for g in map(granularity, figures) if g is not None]
    step = min(steps) if steps else Decimal(1)
    least = max(step * (math.isqrt(len(total.parts) + 1) + 1), abs(total.cell.numeric()) * Decimal("2e-6"))
    return step, (least / step).to_integral_value(rounding=ROUND_CEILING) * step


def lowering_for(total, figure):
    """How much to take off `figure` (the total, or one of its components) in the lowering pass:
    7% of the figure, a whole number of the figures' rounding steps, at least what rounding does
    not explain (beyond_rounding), and never below zero where the figure is above it (a figure
    too small to lose that much is set to zero). Scaled to the figure, not the raising pass's
    100 units, which would turn most small figures negative (89 to -11): a reading that drops
    negative figures would then be measured, not the lowering."""
    step, least = beyond_rounding(total)
    delta = max((abs(figure) * Decimal("0.07") / step).to_integral_value(rounding=ROUND_CEILING) * step, least)
    return min(delta, figure) if figure > 0 else delta


def lowered_component(total, part, rng):
    """The component the lowering pass changes: the raising pass's own where it is not nil and
    can lose more than rounding explains (the two passes then differ only in the direction),
    else one drawn (seeded) from the typed figures of the range that can, else the largest of
    them (set to zero: on a range of ones no change stays both above zero and beyond rounding)."""
    _, least = beyond_rounding(total)
    pool = [p for p in total.parts if not p.formula] or total.parts
    able = [p for p in pool if p.numeric() != 0 and lowering_for(total, p.numeric()) >= least]
    if part in able:
        return part
    return rng.choice(able) if able else max(pool, key=lambda p: abs(p.numeric()))


def numbers(sheet):
    return {ref: c.numeric() for ref, c in sheet.cells.items() if c.numeric() is not None}


def verify_copy(wb, path, paste_values, edits):
    """The derived copy differs from its source only as intended (else the harness would measure
    something other than it says): same sheets, no formula left in a paste copy, every number
    the same but the edited cell, which holds its new value."""
    only = None if paste_values and not edits else {part for part, _ in edits}
    copy = wx.Workbook(path, only)
    sheets = {s.part: s for s in copy.sheets}
    for s in wb.sheets:
        if only is not None and s.part not in only:
            continue
        c = sheets.get(s.part)
        if c is None or c.name != s.name:
            raise AssertionError(f"{path}: sheet {s.name!r} lost")
        if paste_values and any(x.formula is not None for x in c.cells.values()):
            raise AssertionError(f"{path}: a formula is left on {s.name!r}")
        want = numbers(s)
        for (part, ref), value in edits.items():
            if part == s.part:
                want[ref] = value
        if numbers(c) != want:
            diff = sorted(set(want.items()) ^ set(numbers(c).items()))[:4]
            raise AssertionError(f"{path}: figures on {s.name!r} differ from the intended copy: {diff}")


class Copy:
    def __init__(self, source, variant, path, total=None, target=None, accept=()):
        self.source, self.variant, self.path = source, variant, path
        self.total, self.target = total, target  # target: the Cell changed
        self.accept = set(accept)  # (sheet name, ref) where a finding counts as caught
        self.new_value = None
        self.new_formula = None


def sources(shared):
    roots = [os.path.join(shared, "realworld", "files"), os.path.join(shared, "corpus", "files")]
    for root in roots:
        for d, dirs, files in os.walk(root):
            dirs.sort()
            for f in sorted(files):
                if f.lower().endswith(EXTENSIONS) and not f.startswith((".", "~$")):
                    yield root, os.path.join(d, f)


def derive(shared, out_dir, per_workbook, max_sources):
    copies_dir = os.path.join(out_dir, "copies")
    shutil.rmtree(copies_dir, ignore_errors=True)
    os.makedirs(copies_dir)
    copies, originals, found = [], {}, {}
    for root, path in sources(shared):
        rel = os.path.join(os.path.basename(os.path.dirname(root)), os.path.relpath(path, root))
        try:
            if not wx.has_sum_formula(path):
                continue
            wb = wx.Workbook(path)
        except Exception:  # noqa: BLE001 - a package this reader cannot open has no answer key here
            continue
        totals = [t for s in wb.sheets for t in totals_of(s)]
        if not totals:
            continue
        if max_sources and len(found) >= max_sources:
            break
        found[rel] = len(totals)
        rng = random.Random(f"{SEED}:{rel}")
        chosen = sorted(rng.sample(totals, min(per_workbook, len(totals))),
                        key=lambda t: (t.sheet.index, t.cell.row, t.cell.col))
        # Where a finding about a changed component may be: the component, or any total over it.
        over = {}
        for t in totals:
            for p in t.parts:
                over.setdefault((t.sheet.name, p.ref), set()).add((t.sheet.name, t.cell.ref))
        d = os.path.join(copies_dir, f"{len(found):03d}")
        os.makedirs(d)
        ext = os.path.splitext(path)[1]
        originals[rel] = path

        def make(variant, name, paste_values, total=None, target=None, accept=(), value=None, formula=None,
                 typed=False):
            c = Copy(rel, variant, os.path.join(d, name + ext), total, target, accept)
            edits = {(total.sheet.part, target.ref): value} if target is not None else {}
            c.new_value = value
            c.new_formula = formula
            if formula is not None or typed:
                wb.write_copy(c.path, paste_values, {(total.sheet.part, target.ref): (value, formula)})
            else:
                wb.write_copy(c.path, paste_values, edits)
            try:
                verify_copy(wb, c.path, paste_values, edits)
            except AssertionError as e:
                sys.exit(f"FAIL: the harness did not derive the copy it meant to: {e}")
            copies.append(c)

        def shortened(t):
            """The total's formula one row short at the end of its range, and what it then adds:
            a SUM of one column range of three rows or more above it whose last cell is a typed
            figure not zero; None for any other total."""
            m = SUM_CALL.fullmatch(t.cell.formula or "")
            if not m or not t.shape.startswith("column, total below"):
                return None
            arg = m.group(1) if m.group(1) is not None else m.group(2)
            a = ARG.fullmatch(arg)
            if "," in arg or not a or not a.group(3) or int(a.group(4)) - int(a.group(2)) < 2:
                return None
            last = t.sheet.cells.get(wx.make_ref(int(a.group(4)), wx.col_number(a.group(3))))
            if last is None or last.formula or last.numeric() in (None, 0):
                return None
            end = re.compile(r"(:\s*\$?" + a.group(3) + r"\$?)" + a.group(4) + r"(?![0-9])", re.I)
            text, k = end.subn(lambda x: x.group(1) + str(int(a.group(4)) - 1), t.cell.formula, count=1)
            if k != 1:
                return None
            return text, t.cell.numeric() - last.numeric(), last

        make("paste", "paste", True)
        low_rng = random.Random(f"{SEED}:lower:{rel}")
        for n, t in enumerate(chosen, 1):
            delta = change_for(t)
            make("total", f"total{n}", True, t, t.cell, [(t.sheet.name, t.cell.ref)], t.cell.numeric() + delta)
            part = rng.choice([p for p in t.parts if not p.formula] or t.parts)
            accept = {(t.sheet.name, part.ref)} | over.get((t.sheet.name, part.ref), set())
            make("component", f"component{n}", True, t, part, accept, part.numeric() + delta)
            make("kept", f"kept{n}", False, t, t.cell, [(t.sheet.name, t.cell.ref)], t.cell.numeric() + delta)
            # The lowering pass: the same total (and component where it can lose the change) taken
            # down by a change scaled to the figure, so a reading that works only upwards shows.
            low = t.cell.numeric() - lowering_for(t, t.cell.numeric())
            make("total-lowered", f"lowtotal{n}", True, t, t.cell, [(t.sheet.name, t.cell.ref)], low)
            lpart = lowered_component(t, part, low_rng)
            laccept = {(t.sheet.name, lpart.ref)} | over.get((t.sheet.name, lpart.ref), set())
            make("component-lowered", f"lowcomponent{n}", True, t, lpart, laccept,
                 lpart.numeric() - lowering_for(t, lpart.numeric()))
        # Formulas kept, one SUM total of a run of one formula typed over: wrong, and right.
        runs = [t for t in totals if in_a_run(t)]
        typed_rng = random.Random(f"{SEED}:typed:{rel}")
        n = 0
        for t in sorted(typed_rng.sample(runs, min(per_workbook, len(runs))),
                        key=lambda t: (t.sheet.index, t.cell.row, t.cell.col)):
            try:
                make("typed", f"typed{n + 1}", False, t, t.cell, [(t.sheet.name, t.cell.ref)],
                     t.cell.numeric() + change_for(t), formula=None, typed=True)
                make("typedok", f"typedok{n + 1}", False, t, t.cell, [(t.sheet.name, t.cell.ref)],
                     t.cell.numeric(), formula=None, typed=True)
                n += 1
            except wx.SharedMaster:
                continue
        # Formulas kept, one SUM range stopped a row short and its saved value agreeing with the
        # short range (the slip only the formula shows): the chosen totals that can be.
        n = 0
        for t in chosen:
            cut = shortened(t)
            if cut is None:
                continue
            try:
                make("short", f"short{n + 1}", False, t, t.cell, [(t.sheet.name, t.cell.ref)], cut[1],
                     formula=cut[0])
                n += 1
            except wx.SharedMaster:
                continue
    return copies, originals, found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fundbook", required=True)
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--per-workbook", type=int, default=PER_WORKBOOK)
    ap.add_argument("--max-sources", type=int, default=0, help="at most this many workbooks (0: all)")
    args = ap.parse_args()

    shared = common.shared_dir(args.source_dir)
    if not os.path.isdir(os.path.join(shared, "realworld", "files")):
        print(f"SKIP: no {shared}/realworld (the shared material sits beside the clone, or set FUNDBOOK_SHARED_DIR)")
        return common.SKIP
    t0 = time.time()
    copies, originals, found = derive(shared, args.out, args.per_workbook, args.max_sources)
    t1 = time.time()
    doc = common.run_check(args.fundbook, [os.path.join(args.out, "copies"), *originals.values()], timeout=1200)
    t2 = time.time()
    by_file = common.findings_by_file(doc)
    known = {(os.path.join("realworld", r["file"]), r["sheet"], r["cell"])
             for r in common.expected_rows(shared, args.source_dir) if r["kind"] == "true-inconsistency"}

    def errors(path):
        return [f for f in by_file.get(common.key(path), []) if f["severity"] == "error"]

    paste_of = {c.source: c for c in copies if c.variant == "paste"}
    stats = {}
    by_shape = {}  # (variant, shape of the total) -> [caught, planted]
    by_name = {}  # (variant, named by a word) -> [caught, planted]
    misses = []
    for c in copies:
        s = stats.setdefault(c.source, dict(totals=found[c.source], paste_err=0, paste_warn=0, total=[0, 0],
                                            component=[0, 0], kept=[0, 0], short=[0, 0], typed=[0, 0],
                                            typedok_err=0, typedok=0, **{"total-lowered": [0, 0],
                                                                         "component-lowered": [0, 0]}))
        mine = by_file.get(common.key(c.path), [])
        if c.variant == "typedok":
            # Typed over with the figure its formula gave: any error the original has not is false.
            before = {(f.get("sheet"), f.get("cell"), f["rule"]) for f in errors(originals[c.source])}
            s["typedok"] += 1
            for f in errors(c.path):
                if (f.get("sheet"), f.get("cell"), f["rule"]) in before:
                    continue
                s["typedok_err"] += 1
                misses.append(["false-error-typed", c.source, f.get("sheet"), f.get("cell"), f["rule"],
                               c.total.shape, len(c.total.parts), f.get("stated"), f.get("computed"),
                               f"typed over {c.target.ref} with its own figure", f.get("message", ""),
                               common.coverage(doc, c.path, f.get("sheet"), f.get("cell"))])
            continue
        if c.variant == "paste":
            for f in mine:
                if f["severity"] == "warning":
                    s["paste_warn"] += 1
                if f["severity"] != "error" or (c.source, f.get("sheet"), f.get("cell")) in known:
                    continue
                s["paste_err"] += 1
                misses.append(["false-error-paste", c.source, f.get("sheet"), f.get("cell"), f["rule"], "", "",
                               f.get("stated"), f.get("computed"), "", f.get("message", ""),
                               common.coverage(doc, c.path, f.get("sheet"), f.get("cell"))])
            continue
        base = originals[c.source] if c.variant in ("kept", "short", "typed") else paste_of[c.source].path
        before = {(f.get("sheet"), f.get("cell")) for f in errors(base)}
        hits = [f for f in errors(c.path) if (f.get("sheet"), f.get("cell")) in c.accept
                and (c.variant in ("kept", "short") or common.is_mismatch(f["rule"]))]
        s[c.variant][1] += 1
        shape = by_shape.setdefault((c.variant, c.total.shape), [0, 0])
        shape[1] += 1
        name = by_name.setdefault((c.variant, c.total.named), [0, 0])
        name[1] += 1
        if hits and not any((f.get("sheet"), f.get("cell")) in before for f in hits):
            s[c.variant][0] += 1
            shape[0] += 1
            name[0] += 1
            continue
        if hits:
            why = "an error was already reported there before the change"
        else:
            infos = [f for f in mine if (f.get("sheet"), f.get("cell")) in c.accept]
            elsewhere = [f for f in errors(c.path) if f.get("sheet") == c.total.sheet.name
                         and (f.get("sheet"), f.get("cell")) not in before]
            if infos:
                why = f"reported only as {infos[0]['severity']} {infos[0]['rule']}"
            elif elsewhere:
                why = f"an error elsewhere on the sheet: {elsewhere[0].get('cell')} {elsewhere[0]['rule']}"
            else:
                why = "nothing reported there"
        t = c.total
        misses.append([f"miss-{c.variant}", c.source, t.sheet.name, c.target.ref,
                       f"={c.new_formula or t.cell.formula}" if not c.variant.startswith(("component", "typed"))
                       else f"in {t.cell.ref}={t.cell.formula}" if c.variant.startswith("component")
                       else f"typed over ={t.cell.formula}",
                       t.shape + ("" if t.named else ", no word names it"), len(t.parts), c.target.value,
                       wx.format_number(c.new_value), why, "",
                       common.coverage(doc, c.path, t.sheet.name, c.target.ref)])

    rows = []
    pairs = ("total", "component", "total-lowered", "component-lowered", "kept", "short", "typed")
    agg = dict(totals=0, paste_err=0, paste_warn=0, typedok_err=0, typedok=0, **{k: [0, 0] for k in pairs})
    for src in found:
        s = stats[src]
        rows.append([src[:64], s["totals"], f"{s['total'][0]}/{s['total'][1]}", f"{s['component'][0]}/{s['component'][1]}",
                     f"{s['total-lowered'][0]}/{s['total-lowered'][1]}",
                     f"{s['component-lowered'][0]}/{s['component-lowered'][1]}",
                     s["paste_err"], s["paste_warn"], f"{s['kept'][0]}/{s['kept'][1]}"])
        for k in ("totals", "paste_err", "paste_warn", "typedok_err", "typedok"):
            agg[k] += s[k]
        for k in pairs:
            agg[k] = [agg[k][0] + s[k][0], agg[k][1] + s[k][1]]

    def rate(pair):
        return pair[0] / pair[1] if pair[1] else 1.0

    rows.append(["ALL", agg["totals"], f"{agg['total'][0]}/{agg['total'][1]}",
                 f"{agg['component'][0]}/{agg['component'][1]}", f"{agg['total-lowered'][0]}/{agg['total-lowered'][1]}",
                 f"{agg['component-lowered'][0]}/{agg['component-lowered'][1]}", agg["paste_err"], agg["paste_warn"],
                 f"{agg['kept'][0]}/{agg['kept'][1]}"])
    print(f"Planted errors in {len(copies)} copies of {len(found)} workbooks with SUM totals "
          f"(up to {args.per_workbook} totals altered per workbook, seed {SEED!r})\n")
    print(common.table(rows, ["source", "SUM totals", "raised totals caught", "raised components caught",
                              "lowered totals caught", "lowered components caught", "paste: errors", "paste: warnings", "kept formula: caught"]))
    print(f"\nrecall, altered totals:      {rate(agg['total']):6.1%}  ({agg['total'][0]} of {agg['total'][1]}; target 95%; "
          "raised by 7%, at least 100 units)")
    print(f"recall, altered components:  {rate(agg['component']):6.1%}  ({agg['component'][0]} of {agg['component'][1]}; "
          "target 95%; raised by the total's change)")
    print(f"recall, lowered totals:      {rate(agg['total-lowered']):6.1%}  ({agg['total-lowered'][0]} of "
          f"{agg['total-lowered'][1]}; target 95%; lowered by 7% of the total, not below zero)")
    print(f"recall, lowered components:  {rate(agg['component-lowered']):6.1%}  ({agg['component-lowered'][0]} of "
          f"{agg['component-lowered'][1]}; target 95%; lowered by 7% of the component, not below zero)")
    print(f"false errors, paste-values:  {agg['paste_err']:6d}  (in {len(found)} copies; target 0); warnings {agg['paste_warn']}")
    print(f"kept formula, value changed: {rate(agg['kept']):6.1%}  ({agg['kept'][0]} of {agg['kept'][1]}; issue 18)")
    print(f"short SUM range, value agrees: {rate(agg['short']):6.1%}  ({agg['short'][0]} of {agg['short'][1]}; "
          f"issue 18's range audit)")
    print(f"typed over a run's formula:  {rate(agg['typed']):6.1%}  ({agg['typed'][0]} of {agg['typed'][1]}; "
          f"typed with its own figure: {agg['typedok_err']} false errors in {agg['typedok']} copies)")
    print("\nby the shape of the total: " + "; ".join(
        f"{v} {shape}: {n[0]}/{n[1]}" for (v, shape), n in sorted(by_shape.items())
        if v not in ("kept", "short", "typed")))
    print("typed over, by the shape of the total: " + "; ".join(
        f"{shape}: {n[0]}/{n[1]}" for (v, shape), n in sorted(by_shape.items()) if v == "typed"))
    for named, what in ((True, "a word names the total ('Total', 'Net', 'Sum' in its row, or its column's heading)"),
                        (False, "no word names it")):
        t, c = by_name.get(("total", named), [0, 0]), by_name.get(("component", named), [0, 0])
        lt, lc = by_name.get(("total-lowered", named), [0, 0]), by_name.get(("component-lowered", named), [0, 0])
        print(f"where {what}: raised totals {t[0]}/{t[1]} ({rate(t):.1%}), components {c[0]}/{c[1]} ({rate(c):.1%}); "
              f"lowered totals {lt[0]}/{lt[1]} ({rate(lt):.1%}), components {lc[0]}/{lc[1]} ({rate(lc):.1%})")
    print(f"time: copies {t1 - t0:.1f} s, fundbook check {t2 - t1:.1f} s")

    reasons = {}
    for m in misses:
        what = m[4] if m[0] == "false-error-paste" else m[9].split(":")[0]
        reasons[(m[0], what, m[11])] = reasons.get((m[0], what, m[11]), 0) + 1
    if reasons:
        print("\nmisses and false alarms by kind, reason and fundbook's account of the cell:")
        print(common.table([[k, w, cov or "-", n] for (k, w, cov), n in sorted(reasons.items(), key=lambda x: -x[1])],
                           ["kind", "rule / why missed", "coverage", "count"]))

    os.makedirs(args.out, exist_ok=True)
    tsv = os.path.join(args.out, "planted-misses.tsv")
    with open(tsv, "w", encoding="utf-8") as fh:
        fh.write("kind\tsource\tsheet\tcell\tformula or rule\tshape\tfigures added\tstated or original\t"
                 "computed or altered\twhy missed\tmessage\tcoverage\n")
        for r in misses:
            fh.write("\t".join("" if x is None else str(x).replace("\t", " ").replace("\n", " ") for x in r) + "\n")
    print(f"every miss and false alarm: {tsv}")

    failures = []
    if rate(agg["total"]) < bar.PLANTED_MIN_RECALL_TOTALS:
        failures.append(f"recall on altered totals {rate(agg['total']):.1%} < bar {bar.PLANTED_MIN_RECALL_TOTALS:.1%}")
    if rate(agg["component"]) < bar.PLANTED_MIN_RECALL_COMPONENTS:
        failures.append(f"recall on altered components {rate(agg['component']):.1%} < bar "
                        f"{bar.PLANTED_MIN_RECALL_COMPONENTS:.1%}")
    if rate(agg["total-lowered"]) < bar.PLANTED_MIN_RECALL_TOTALS_LOWERED:
        failures.append(f"recall on lowered totals {rate(agg['total-lowered']):.1%} < bar "
                        f"{bar.PLANTED_MIN_RECALL_TOTALS_LOWERED:.1%}")
    if rate(agg["component-lowered"]) < bar.PLANTED_MIN_RECALL_COMPONENTS_LOWERED:
        failures.append(f"recall on lowered components {rate(agg['component-lowered']):.1%} < bar "
                        f"{bar.PLANTED_MIN_RECALL_COMPONENTS_LOWERED:.1%}")
    if agg["paste_err"] > bar.PLANTED_MAX_FALSE_ERRORS_PASTE:
        failures.append(f"{agg['paste_err']} false errors on paste-values copies > bar {bar.PLANTED_MAX_FALSE_ERRORS_PASTE}")
    if rate(agg["kept"]) < bar.PLANTED_MIN_RECALL_KEPT_FORMULA:
        failures.append(f"kept-formula recall {rate(agg['kept']):.1%} < bar {bar.PLANTED_MIN_RECALL_KEPT_FORMULA:.1%}")
    if rate(agg["typed"]) < bar.PLANTED_MIN_RECALL_TYPED_OVER:
        failures.append(f"typed-over recall {rate(agg['typed']):.1%} < bar {bar.PLANTED_MIN_RECALL_TYPED_OVER:.1%}")
    if agg["typedok_err"] > bar.PLANTED_MAX_FALSE_ERRORS_TYPED_OVER:
        failures.append(f"{agg['typedok_err']} false errors where a total was typed over with its own figure > bar "
                        f"{bar.PLANTED_MAX_FALSE_ERRORS_TYPED_OVER}")
    if rate(agg["short"]) < bar.PLANTED_MIN_RECALL_SHORT_RANGE:
        failures.append(f"short-range recall {rate(agg['short']):.1%} < bar {bar.PLANTED_MIN_RECALL_SHORT_RANGE:.1%}")
    if not found:
        failures.append("no workbook with SUM totals found: the harness measured nothing")
    for f in failures:
        print("FAIL: " + f)
    if not failures:
        print("PASS (bars in tests/realworld/thresholds.py)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
