#!/usr/bin/env python3
"""Errors planted at TYPED totals of real workbooks: a measure of recall, not a ctest.

    typed.py --fundbook EXE --source-dir SRC --out DIR [--per-workbook N]

planted.py needs SUM formulas for its answer key, and of ../shared/realworld only two workbooks
have them. The rest hold their totals as typed figures. Here the answer key is taken from the
figures themselves, without fundbook: a figure whose row label (the text left of it) or column
heading (the nearest text above it) says "total", and that equals exactly one plain reading of
the figures before it in its column (or row), two or more not all zero:

  run       the unbroken run of figures right above (left of) it
  leaves    the figures since the previous total line (stepping over blank lines)
  subs      the total lines since the last text-only line (a total over subtotals)

Zero figures at the far end of a reading are left out of it: they add nothing, and where a block
of zeros lies between two totals they may belong to neither. Every such total is a candidate; a
seeded sample of N per workbook is altered (as planted.py alters one: 7% of the total, never a
rounding step), each in a copy of the paste-values workbook, and likewise one of its parts.
Caught: an error with a total-mismatch rule at the total (or, for a part, at the part or at any
candidate total over it). The paste-values copies must give no error but at the cells the
hand-verified lists name as real inconsistencies.

The .xls workbooks are converted to .xlsx first by LibreOffice (`soffice --headless`) where it is
installed, and left out otherwise. About 5 minutes for 40 per workbook; prints the figures per
workbook and per reading, writes every miss to DIR/typed-misses.tsv.
"""

import argparse
import html
import os
import random
import re
import shutil
import subprocess
import sys
import zipfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
import planted  # noqa: E402
import workbook_xml as wx  # noqa: E402

SEED = "fundbook-typed-1"
TOTAL = re.compile(r"\btotal", re.I)
MAX_PARTS = 2000


def shared_strings(z):
    if "xl/sharedStrings.xml" not in z.namelist():
        return []
    xml = z.read("xl/sharedStrings.xml").decode("utf-8", "replace")
    return [html.unescape("".join(re.findall(r"<t[^>]*>(.*?)</t>", si, re.S)))
            for si in re.findall(r"<si>(.*?)</si>", xml, re.S)]


def texts_of(path, sheet):
    """(row, col) -> text of the sheet's text cells."""
    with zipfile.ZipFile(path) as z:
        ss = shared_strings(z)
        xml = z.read(sheet.part).decode("utf-8", "replace")
    out = {}
    for m in re.finditer(r"<c\b([^>]*?)(?:/>|>(.*?)</c>)", xml, re.S):
        a = dict(re.findall(r'(\w[\w:]*)="([^"]*)"', m.group(1)))
        inner, kind = m.group(2) or "", a.get("t", "")
        pos = wx.parse_ref(a.get("r", ""))
        if pos is None:
            continue
        if kind == "s":
            v = re.search(r"<v>(.*?)</v>", inner)
            if v and v.group(1).isdigit() and int(v.group(1)) < len(ss):
                out[pos] = ss[int(v.group(1))]
        elif kind in ("inlineStr", "str"):
            text = "".join(re.findall(r"<t[^>]*>(.*?)</t>", inner, re.S)) or "".join(re.findall(r"<v>(.*?)</v>", inner))
            out[pos] = html.unescape(text)
    return {k: v for k, v in out.items() if v.strip()}


def typed_totals(path, sheet):
    texts = texts_of(path, sheet)
    nums = {(c.row, c.col): c for c in sheet.cells.values() if c.numeric() is not None}
    by_row, by_col = {}, {}
    for (r, c), t in sorted(texts.items()):
        by_row.setdefault(r, []).append((c, t))
        by_col.setdefault(c, []).append((r, t))

    def row_label(r, c):
        return " ".join(t for cc, t in by_row.get(r, []) if cc < c)

    def heading(c, r):
        above = [t for rr, t in by_col.get(c, []) if rr < r]
        return above[-1] if above else ""

    out = []
    for (r, c), cell in nums.items():
        for down in (True, False):  # a total under its column's figures, or right of its row's
            if not TOTAL.search(row_label(r, c) if down else heading(c, r)):
                continue

            def at(i):
                return nums.get((i, c) if down else (r, i))

            def text_at(i):
                return ((i, c) if down else (r, i)) in texts

            def total_line(i):
                return bool(TOTAL.search(row_label(i, c) if down else heading(i, r)))

            start = (r if down else c) - 1
            run, i = [], start
            while i >= 1 and at(i) is not None:
                run.append(at(i))
                i -= 1
            leaves, subs = [], []
            i = start
            while i >= 1 and (at(i) is not None or not text_at(i)):
                if at(i) is not None:
                    if total_line(i):
                        break
                    leaves.append(at(i))
                i -= 1
            i = start
            while i >= 1 and (at(i) is not None or not text_at(i)):
                if at(i) is not None and total_line(i):
                    subs.append(at(i))
                i -= 1
            for name, parts in (("run", run), ("leaves", leaves), ("subs", subs)):
                while parts and parts[-1].numeric() == 0:
                    parts = parts[:-1]  # zeros at the far end: no evidence they are parts
                if 2 <= len(parts) <= MAX_PARTS and sum(1 for p in parts if p.numeric() != 0) >= 2 and \
                        planted.close(sum(p.numeric() for p in parts), cell.numeric()):
                    shape = ("column, total below" if down else "row, total right") + ", " + name
                    out.append(planted.Total(sheet, cell, parts, shape))
                    break
            else:
                continue
            break
    return out


def sources(shared, out_dir):
    """The realworld workbooks as .xlsx: the .xls converted by LibreOffice where it is installed."""
    root = os.path.join(shared, "realworld", "files")
    xlsx, xls = [], []
    for d, dirs, files in os.walk(root):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(d, f)
            (xlsx if f.lower().endswith(planted.EXTENSIONS) else xls if f.lower().endswith(".xls") else []).append(p)
    conv = os.path.join(out_dir, "converted")
    soffice = shutil.which("soffice")
    if xls and soffice:
        os.makedirs(conv, exist_ok=True)
        subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{conv}/profile",
                        "--convert-to", "xlsx", "--outdir", conv, *xls], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=600, check=False)
    elif xls:
        print(f"note: {len(xls)} .xls workbooks left out (no soffice to convert them)")
    converted = [os.path.join(conv, os.path.splitext(os.path.basename(p))[0] + ".xlsx") for p in xls]
    return xlsx + [p for p in converted if os.path.isfile(p)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fundbook", required=True)
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--per-workbook", type=int, default=40)
    args = ap.parse_args()
    shared = common.shared_dir(args.source_dir)
    if not os.path.isdir(os.path.join(shared, "realworld", "files")):
        print(f"SKIP: no {shared}/realworld")
        return common.SKIP
    copies_dir = os.path.join(args.out, "copies")
    shutil.rmtree(copies_dir, ignore_errors=True)
    os.makedirs(copies_dir)
    known = {(os.path.splitext(os.path.basename(r["file"]))[0], r["sheet"], r["cell"])
             for r in common.expected_rows(shared, args.source_dir) if r["kind"] == "true-inconsistency"}
    copies, candidates = [], {}
    for n, path in enumerate(sources(shared, args.out)):
        wb = wx.Workbook(path)
        totals, seen = [], set()
        for s in wb.sheets:
            for t in typed_totals(path, s):
                if (s.name, t.cell.ref) not in seen:
                    seen.add((s.name, t.cell.ref))
                    totals.append(t)
        name = os.path.basename(path)
        candidates[name] = len(totals)
        if not totals:
            continue
        rng = random.Random(f"{SEED}:{name}")
        chosen = sorted(rng.sample(totals, min(args.per_workbook, len(totals))),
                        key=lambda t: (t.sheet.index, t.cell.row, t.cell.col))
        over = {}
        for t in totals:
            for p in t.parts:
                over.setdefault((t.sheet.name, p.ref), set()).add((t.sheet.name, t.cell.ref))
        d = os.path.join(copies_dir, f"{n:03d}")
        os.makedirs(d)
        paste = os.path.join(d, "paste.xlsx")
        wb.write_copy(paste, True, {})
        copies.append(("paste", name, paste, None, None, set()))
        for k, t in enumerate(chosen, 1):
            delta = planted.change_for(t)
            p = os.path.join(d, f"total{k}.xlsx")
            wb.write_copy(p, True, {(t.sheet.part, t.cell.ref): t.cell.numeric() + delta})
            copies.append(("total", name, p, t, t.cell, {(t.sheet.name, t.cell.ref)}))
            part = rng.choice(t.parts)
            p = os.path.join(d, f"component{k}.xlsx")
            wb.write_copy(p, True, {(t.sheet.part, part.ref): part.numeric() + delta})
            copies.append(("component", name, p, t, part,
                           {(t.sheet.name, part.ref)} | over.get((t.sheet.name, part.ref), set())))
    doc = common.run_check(args.fundbook, [copies_dir], timeout=3000)
    by_file = common.findings_by_file(doc)

    def errors(path):
        return [f for f in by_file.get(common.key(path), []) if f["severity"] == "error"]

    paste_of = {c[1]: c[2] for c in copies if c[0] == "paste"}
    stats, misses = {}, []
    for variant, name, path, t, target, accept in copies:
        s = stats.setdefault(name, {"paste": 0, "total": [0, 0], "component": [0, 0], "by": {}})
        if variant == "paste":
            for f in errors(path):
                if (os.path.splitext(name)[0], f.get("sheet"), f.get("cell")) not in known:
                    s["paste"] += 1
                    misses.append(["false-error-paste", name, f.get("sheet"), f.get("cell"), f["rule"],
                                   f.get("message", "")[:200], ""])
            continue
        before = {(f.get("sheet"), f.get("cell")) for f in errors(paste_of[name])}
        new = [f for f in errors(path) if (f.get("sheet"), f.get("cell")) not in before]
        hit = any((f.get("sheet"), f.get("cell")) in accept and common.is_mismatch(f["rule"]) for f in new)
        by = s["by"].setdefault((variant, t.shape), [0, 0])
        for pair in (s[variant], by):
            pair[0] += hit
            pair[1] += 1
        if not hit:
            why = (f"an error elsewhere: {new[0].get('cell')} {new[0]['rule']}: {new[0].get('message', '')[:160]}"
                   if new else "nothing reported there")
            misses.append([f"miss-{variant}", name, t.sheet.name, target.ref,
                           f"{t.cell.ref}: {t.shape}, {len(t.parts)} figures", why,
                           common.coverage(doc, path, t.sheet.name, target.ref)])
    rows, agg = [], {"paste": 0, "total": [0, 0], "component": [0, 0]}
    for name in candidates:
        s = stats.get(name, {"paste": 0, "total": [0, 0], "component": [0, 0], "by": {}})
        rows.append([name[:60], candidates[name], f"{s['total'][0]}/{s['total'][1]}",
                     f"{s['component'][0]}/{s['component'][1]}", s["paste"]])
        agg["paste"] += s["paste"]
        for k in ("total", "component"):
            agg[k] = [agg[k][0] + s[k][0], agg[k][1] + s[k][1]]
    rows.append(["ALL", sum(candidates.values()), f"{agg['total'][0]}/{agg['total'][1]}",
                 f"{agg['component'][0]}/{agg['component'][1]}", agg["paste"]])
    print(f"Errors planted at typed totals ({args.per_workbook} per workbook, seed {SEED!r})\n")
    print(common.table(rows, ["workbook", "typed totals", "altered totals caught", "altered components caught",
                              "paste: errors"]))
    by_shape = {}
    for s in stats.values():
        for k, v in s["by"].items():
            b = by_shape.setdefault(k, [0, 0])
            b[0], b[1] = b[0] + v[0], b[1] + v[1]
    print("\nby reading: " + "; ".join(f"{v} {shape}: {n[0]}/{n[1]}" for (v, shape), n in sorted(by_shape.items())))
    tsv = os.path.join(args.out, "typed-misses.tsv")
    with open(tsv, "w", encoding="utf-8") as fh:
        fh.write("kind\tworkbook\tsheet\tcell\ttotal or rule\twhy missed or message\tcoverage\n")
        for m in misses:
            fh.write("\t".join(str(x or "").replace("\t", " ").replace("\n", " ") for x in m) + "\n")
    print(f"every miss and false alarm: {tsv}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
