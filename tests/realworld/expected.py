#!/usr/bin/env python3
"""fundbook against the hand-verified findings of ../shared/realworld/expected.tsv.

    expected.py --fundbook EXE --source-dir SRC --out DIR

The rows are the shared list's and tests/realworld/expected-extra.tsv's (rows verified by hand
here). Precision first: every `false-alarm` row must be gone (no error finding at that sheet and cell).
Recall: every `true-inconsistency` row should be found at its cell, by a total-mismatch rule or
as a rounding-difference. Prints a table per file on every run and writes every row's outcome,
and every error finding the list does not name, to DIR/realworld-expected.tsv. Passes or fails
on the bars in thresholds.py; exits 77 (skipped) without the shared material.
"""

import argparse
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
import thresholds as bar  # noqa: E402


def material(row):
    """More than 1% off: not a rounding-scale difference."""
    try:
        stated, computed = float(row["stated"]), float(row["computed"])
    except ValueError:
        return False
    return abs(stated - computed) > 0.01 * max(abs(computed), 1.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fundbook", required=True)
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    root = os.path.join(common.shared_dir(args.source_dir), "realworld")
    files_dir = os.path.join(root, "files")
    if not os.path.isfile(os.path.join(root, "expected.tsv")):
        print(f"SKIP: no {root}/expected.tsv (the shared material sits beside the clone, or set FUNDBOOK_SHARED_DIR)")
        return common.SKIP
    expected = common.expected_rows(common.shared_dir(args.source_dir), args.source_dir)
    doc = common.run_check(args.fundbook, [files_dir], timeout=600)
    by_file = common.findings_by_file(doc)

    def at(rel, sheet, cell):
        return [f for f in by_file.get(common.key(os.path.join(files_dir, rel)), [])
                if f.get("sheet") == sheet and f.get("cell") == cell]

    listed = set()
    per_file = {}
    out_rows = []
    for row in expected:
        rel, sheet, cell = row["file"], row["sheet"], row["cell"]
        listed.add((common.key(os.path.join(files_dir, rel)), sheet, cell))
        s = per_file.setdefault(rel, dict(true=0, found=0, material=0, material_err=0, fa=0, fa_left=0))
        here = at(rel, sheet, cell)
        if row["kind"] == "true-inconsistency":
            hits = [f for f in here if common.is_mismatch(f["rule"]) or f["rule"] == "rounding-difference"]
            s["true"] += 1
            s["found"] += bool(hits)
            outcome = f"found as {hits[0]['severity']} {hits[0]['rule']}" if hits else "missed"
            if material(row):
                s["material"] += 1
                as_error = any(f["severity"] == "error" for f in hits)
                s["material_err"] += as_error
                if hits and not as_error:
                    outcome += " (material, not an error)"
        else:
            errors = [f for f in here if f["severity"] == "error"]
            s["fa"] += 1
            s["fa_left"] += bool(errors)
            outcome = f"still reported: {errors[0]['rule']}" if errors else "gone"
        out_rows.append([row["kind"], rel, sheet, cell, row["rule"], row["stated"], row["computed"], outcome,
                         common.coverage(doc, os.path.join(files_dir, rel), sheet, cell)])

    unlisted = []
    for f in doc.get("findings", []):
        if f["severity"] != "error" or (common.key(f.get("path") or ""), f.get("sheet"), f.get("cell")) in listed:
            continue
        rel = os.path.relpath(f["path"], files_dir)
        unlisted.append(f)
        per_file.setdefault(rel, dict(true=0, found=0, material=0, material_err=0, fa=0, fa_left=0))
        out_rows.append(["unlisted-error", rel, f.get("sheet"), f.get("cell"), f["rule"], f.get("stated"),
                         f.get("computed"), f.get("message", ""), ""])

    # The account of what was checked, per file, where the build gives it.
    account = {}
    for t in doc.get("tables", []) or []:
        a = account.setdefault(common.key(t["path"]), [0, 0, 0])
        a[0] += 1
        a[1] += t.get("totals_checked", 0)
    for u in doc.get("unchecked", []) or []:
        account.setdefault(common.key(u["path"]), [0, 0, 0])[2] += u.get("figures", 0)

    rows = []
    all_files = sorted(os.path.relpath(os.path.join(d, f), files_dir)
                       for d, _, fs in os.walk(files_dir) for f in fs if not f.startswith("."))
    totals = dict(true=0, found=0, material=0, material_err=0, fa=0, fa_left=0, unlisted=0)
    for rel in all_files:
        s = per_file.get(rel, dict(true=0, found=0, material=0, material_err=0, fa=0, fa_left=0))
        n_unlisted = sum(1 for f in unlisted if os.path.relpath(f["path"], files_dir) == rel)
        a = account.get(common.key(os.path.join(files_dir, rel)))
        acct = f"{a[0]} / {a[1]} / {a[2]}" if a else ("-" if "tables" not in doc else "0 / 0 / 0")
        rows.append([rel[:70], f"{s['found']}/{s['true']}", f"{s['material_err']}/{s['material']}",
                     f"{s['fa_left']}/{s['fa']}", n_unlisted, acct])
        for k in s:
            totals[k] += s[k]
        totals["unlisted"] += n_unlisted
    rows.append(["ALL", f"{totals['found']}/{totals['true']}", f"{totals['material_err']}/{totals['material']}",
                 f"{totals['fa_left']}/{totals['fa']}", totals["unlisted"], ""])
    print("fundbook check on ../shared/realworld/files against expected.tsv\n")
    print(common.table(rows, ["file", "true found", "material as error", "false alarms left", "unlisted errors",
                              "tables / totals checked / unchecked figures"]))

    os.makedirs(args.out, exist_ok=True)
    tsv = os.path.join(args.out, "realworld-expected.tsv")
    with open(tsv, "w", encoding="utf-8") as fh:
        fh.write("kind\tfile\tsheet\tcell\trule\tstated\tcomputed\toutcome\tcoverage\n")
        for r in out_rows:
            fh.write("\t".join("" if x is None else str(x).replace("\t", " ") for x in r) + "\n")
    print(f"\nevery row's outcome: {tsv}")

    failures = []
    if totals["fa_left"] > bar.EXPECTED_MAX_FALSE_ALARMS:
        failures.append(f"{totals['fa_left']} false alarms still reported (bar: at most {bar.EXPECTED_MAX_FALSE_ALARMS})")
    if totals["unlisted"] > bar.EXPECTED_MAX_UNLISTED_ERRORS:
        failures.append(f"{totals['unlisted']} error findings the list does not name (bar: at most "
                        f"{bar.EXPECTED_MAX_UNLISTED_ERRORS}); each is in {tsv} as unlisted-error")
        for f in unlisted[:20]:
            print(f"  unlisted error: {os.path.relpath(f['path'], files_dir)} {f.get('sheet')}!{f.get('cell')} "
                  f"{f['rule']}: {f.get('message', '')}")
    if totals["found"] < bar.EXPECTED_MIN_TRUE_FOUND:
        failures.append(f"{totals['found']} true inconsistencies found (bar: at least {bar.EXPECTED_MIN_TRUE_FOUND})")
    if totals["material_err"] < bar.EXPECTED_MIN_MATERIAL_AS_ERROR:
        failures.append(f"{totals['material_err']} material inconsistencies found as an error "
                        f"(bar: at least {bar.EXPECTED_MIN_MATERIAL_AS_ERROR})")
    print(f"\nbars (tests/realworld/thresholds.py): false alarms <= {bar.EXPECTED_MAX_FALSE_ALARMS}, "
          f"unlisted errors <= {bar.EXPECTED_MAX_UNLISTED_ERRORS}, true found >= {bar.EXPECTED_MIN_TRUE_FOUND}, "
          f"material as error >= {bar.EXPECTED_MIN_MATERIAL_AS_ERROR}")
    for f in failures:
        print("FAIL: " + f)
    if not failures:
        print("PASS")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
