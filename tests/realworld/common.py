"""What the two realworld tests share: where the shared material is, running `fundbook check`,
and reading its findings and its account of what was checked."""

import json
import os
import re
import subprocess
import sys

SKIP = 77  # ctest's SKIP_RETURN_CODE for these tests

# A finding that says a total disagrees with its parts (the contract's three total rules, and
# any rule a later build adds for the same thing, e.g. a saved value against its own formula).
def is_mismatch(rule):
    return rule.endswith("mismatch") and rule != "rag-count-mismatch"


def shared_dir(source_dir):
    """Beside the source tree, or where FUNDBOOK_SHARED_DIR says (as tests/support does)."""
    return os.environ.get("FUNDBOOK_SHARED_DIR") or os.path.join(source_dir, "..", "shared")


def run_check(exe, paths, timeout):
    """`fundbook check --format json PATHS...` as a dict; a crash, a hang or an exit status other
    than 0 or 1 (the contract's "read everything" answers) is a test failure."""
    cmd = [exe, "check", "--format", "json", *paths]
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        sys.exit(f"FAIL: fundbook check did not finish within {timeout} s")
    if p.returncode not in (0, 1):
        sys.exit(f"FAIL: fundbook check exited {p.returncode}\n{p.stderr.decode(errors='replace')[-2000:]}")
    try:
        return json.loads(p.stdout)
    except ValueError as e:
        sys.exit(f"FAIL: fundbook check --format json did not print JSON ({e})")


def key(path):
    return os.path.realpath(path)


def findings_by_file(doc):
    out = {}
    for f in doc.get("findings", []):
        out.setdefault(key(f.get("path") or ""), []).append(f)
    return out


def read_tsv(path):
    with open(path, encoding="utf-8") as fh:
        lines = [l.rstrip("\n") for l in fh if l.strip() and not l.startswith("#")]
    head = lines[0].split("\t")
    return [dict(zip(head, l.split("\t"))) for l in lines[1:]]


def expected_rows(shared, source_dir):
    """The hand-verified rows: ../shared/realworld/expected.tsv, then the rows this repository
    adds in tests/realworld/expected-extra.tsv (same columns, each verified by hand from the cells
    and noted: a real inconsistency the shared list lacks, or a further false alarm)."""
    rows = []
    for path in (os.path.join(shared, "realworld", "expected.tsv"),
                 os.path.join(source_dir, "tests", "realworld", "expected-extra.tsv")):
        if os.path.isfile(path):
            rows += [r for r in read_tsv(path) if r.get("kind") in ("true-inconsistency", "false-alarm")]
    return rows


RANGE = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]+)(?::\$?([A-Z]{1,3})\$?([0-9]+))?$")


def _col(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def in_range(cell, rng):
    c, r = RANGE.match(cell or ""), RANGE.match(rng or "")
    if not c or not r:
        return False
    row, col = int(c.group(2)), _col(c.group(1))
    r1, c1 = int(r.group(2)), _col(r.group(1))
    r2, c2 = (int(r.group(4)), _col(r.group(3))) if r.group(3) else (r1, c1)
    return r1 <= row <= r2 and c1 <= col <= c2


def coverage(doc_by_file, path, sheet, cell):
    """What fundbook's account (JSON `tables`/`unchecked`, where the build gives it) says about a
    cell: 'checked:<kind>', 'unchecked:<why>', 'not in any block', or '' for a build without the
    account."""
    tables, unchecked = doc_by_file.get("tables"), doc_by_file.get("unchecked")
    if tables is None and unchecked is None:
        return ""
    k = key(path)
    here = [u for u in unchecked or []
            if key(u.get("path") or "") == k and u.get("sheet") == sheet and in_range(cell, u.get("range"))]
    for t in tables or []:
        if key(t.get("path") or "") == k and t.get("sheet") == sheet and in_range(cell, t.get("range")):
            # Lines of a checked table that no check counts are named unchecked inside its range
            # ('row 1 and 8 more lines are counted by no check'): that narrower word is the cell's.
            inner = [u for u in here if within(u.get("range"), t.get("range"))]
            return f"unchecked:{inner[0].get('why')}" if inner else f"checked:{t.get('kind')}"
    if here:
        return f"unchecked:{here[0].get('why')}"
    return "not in any block"


def within(inner, outer):
    """Whether the range `inner` lies wholly inside the range `outer`."""
    m = RANGE.match(inner or "")
    if not m:
        return False
    return in_range(m.group(1) + m.group(2), outer) and in_range((m.group(3) or m.group(1)) + (m.group(4) or m.group(2)),
                                                                  outer)


def table(rows, head):
    """A plain text table, columns padded to their widest cell."""
    rows = [[str(x) for x in r] for r in [head] + rows]
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    out = []
    for n, r in enumerate(rows):
        out.append("  ".join(x.ljust(w) if i == 0 else x.rjust(w) for i, (x, w) in enumerate(zip(r, widths))))
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)
