#!/usr/bin/env python3
"""Mutation run: one-cell corruptions and byte mutations of the project's own
workbooks (samples/ and tests/data/), derived at run time, each checked by a
fundbook binary (build it with ASan/UBSan for the full run). Counts

  false passes  a mutated copy of a workbook whose original has error
                findings, in which one of those errors (its sheet and cell) is
                not reported and no finding says the file is damaged (a damage
                note: damaged-cell, unreadable-input, input-note,
                figure-out-of-range, non-numeric-value), nor does the output
                say that nothing was checked with a reason naming a cell (no
                total checked, and an unchecked block's why names one). An
                error at the same cell with the same figures under a sheet the
                original does not have (a byte flip in the sheet's name) is the
                same error reported
  sanitizer     an ASan/UBSan report (an overflow among them)
  crashes       a signal or an exit status above 4
  slow          over 5 s
  big           peak RSS over 500 MB

and prints one table; exits 1 if any count but the false passes of byte
mutations inside a part (a changed digit is a different, valid workbook) is
not zero.

  python3 tests/reliability/mutate.py --fundbook build-asan/fundbook -n 5000 [-j 2] [--seed 1] [--keep DIR]
      [--release build/fundbook]

Not run by CI (it takes minutes); `-n 60` is a quick look.
"""
import argparse, collections, io, json, os, random, re, resource, shutil, signal, subprocess, sys, tempfile, time, zipfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DAMAGE_RULES = {"damaged-cell", "unreadable-input", "input-note", "figure-out-of-range", "non-numeric-value"}

def originals():
    out = []
    for d in ("samples", "tests/data", "tests/data/libreoffice"):
        for n in sorted(os.listdir(os.path.join(ROOT, d))):
            if n.rsplit(".", 1)[-1] in ("xlsx", "ods", "xls", "csv"):
                out.append(os.path.join(ROOT, d, n))
    return out

# ---- one-cell corruptions -------------------------------------------------
XLSX_CELL = re.compile(rb'<c r="[A-Z]+[0-9]+"[^>]*?(?:/>|>.*?</c>)', re.S)

def xlsx_cell_mutants(data, rng):
    """(kind, bytes) for one corrupted cell of one worksheet part."""
    z = zipfile.ZipFile(io.BytesIO(data))
    sheets = [i for i in z.infolist() if i.filename.startswith("xl/worksheets/") and i.filename.endswith(".xml")]
    if not sheets:
        return None
    part = rng.choice(sheets)
    xml = z.read(part)
    cells = [m for m in XLSX_CELL.finditer(xml) if b"<v>" in m.group(0) or b"<is>" in m.group(0)]
    if not cells:
        return None
    m = rng.choice(cells)
    c = m.group(0)
    kind = rng.choice(["sst-range", "type-zz", "ref-letters", "ref-garbage", "value-text", "value-1e308",
                       "value-15digit"])
    head, sep, rest = c.partition(b">")
    head = re.sub(rb'\st="[^"]*"', b"", head)
    if kind == "sst-range":
        new = head + b' t="s"><v>4294967295</v></c>'
    elif kind == "type-zz":
        v = re.search(rb"<v>(.*?)</v>", c, re.S)
        new = head + b' t="zz"><v>' + (v.group(1) if v else b"1") + b"</v></c>"
    elif kind == "ref-letters":
        new = re.sub(rb'r="([A-Z]+)[0-9]+"', rb'r="\1"', c, count=1)
    elif kind == "ref-garbage":
        new = re.sub(rb'r="[A-Z]+[0-9]+"', b'r="!?"', c, count=1)
    elif kind == "value-text":
        new = head + b'><v>12x4</v></c>'
    elif kind == "value-1e308":
        new = head + b"><v>1e308</v></c>"
    else:
        new = head + b"><v>100000000000000</v></c>"
    xml = xml[: m.start()] + new + xml[m.end():]
    return kind, rezip(z, {part.filename: xml})

ODS_CELL = re.compile(rb'<table:table-cell [^>]*office:value-type="float"[^>]*?(?:/>|>)')

def ods_cell_mutants(data, rng):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("content.xml")
    cells = list(ODS_CELL.finditer(xml))
    rows = [m for m in re.finditer(rb"<table:table-row(?: [^>]*)?>", xml)]
    kind = rng.choice(["value-type-zz", "value-text", "value-1e308", "rows-repeated", "columns-repeated"])
    if kind in ("value-type-zz", "value-text", "value-1e308") and cells:
        m = rng.choice(cells)
        c = m.group(0)
        if kind == "value-type-zz":
            new = c.replace(b'office:value-type="float"', b'office:value-type="zz"')
        elif kind == "value-text":
            new = re.sub(rb'office:value="[^"]*"', b'office:value="12x4"', c)
        else:
            new = re.sub(rb'office:value="[^"]*"', b'office:value="1e308"', c)
    elif kind == "rows-repeated" and rows:
        m = rng.choice(rows)
        c = m.group(0)
        c2 = re.sub(rb'\stable:number-rows-repeated="[0-9]+"', b"", c)
        new = c2[:-1] + b' table:number-rows-repeated="1048576">'
    elif cells:
        kind = "columns-repeated"
        m = rng.choice(cells)
        c = m.group(0)
        c2 = re.sub(rb'\stable:number-columns-repeated="[0-9]+"', b"", c)
        new = c2[:-1] + b' table:number-columns-repeated="16384"' + (b"/>" if c2.endswith(b"/>") else b">")
        if c2.endswith(b"/>"):
            new = c2[:-2] + b' table:number-columns-repeated="16384"/>'
    else:
        return None
    xml = xml[: m.start()] + new + xml[m.end():]
    return kind, rezip(z, {"content.xml": xml})

def rezip(z, replace):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for i in z.infolist():
            data = replace.get(i.filename, z.read(i.filename))
            ct = zipfile.ZIP_STORED if i.compress_type == zipfile.ZIP_STORED else zipfile.ZIP_DEFLATED
            w.writestr(i.filename, data, compress_type=ct)
    return out.getvalue()

# ---- byte mutations -------------------------------------------------------
def byte_mutant(data, rng):
    b = bytearray(data)
    kind = rng.choice(["flip", "flip", "truncate", "insert", "part-bytes"])
    if kind == "part-bytes" and data[:2] == b"PK":
        z = zipfile.ZipFile(io.BytesIO(data))
        parts = [i for i in z.infolist() if i.filename.endswith(".xml") and i.file_size > 0]
        p = rng.choice(parts)
        x = bytearray(z.read(p))
        for _ in range(rng.randint(1, 4)):
            x[rng.randrange(len(x))] = rng.randrange(256)
        return kind, rezip(z, {p.filename: bytes(x)})
    if kind == "truncate":
        return kind, bytes(b[: rng.randrange(1, len(b))])
    if kind == "insert":
        at = rng.randrange(len(b))
        return kind, bytes(b[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 16))) + b[at:])
    kind = "flip"
    for _ in range(rng.randint(1, 8)):
        b[rng.randrange(len(b))] = rng.randrange(256)
    return kind, bytes(b)

# ---- running --------------------------------------------------------------
def run_measured(fundbook, path, timeout=30):
    start = time.monotonic()
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0", UBSAN_OPTIONS="print_stacktrace=1")
    with tempfile.TemporaryFile() as o, tempfile.TemporaryFile() as e:
        pid = os.posix_spawn(fundbook, [fundbook, "check", "--format", "json", path], env,
                             file_actions=[(os.POSIX_SPAWN_DUP2, o.fileno(), 1), (os.POSIX_SPAWN_DUP2, e.fileno(), 2)])
        deadline = start + timeout
        while True:
            wpid, status, ru = os.wait4(pid, os.WNOHANG)
            if wpid:
                break
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                wpid, status, ru = os.wait4(pid, 0)
                break
            time.sleep(0.01)
        secs = time.monotonic() - start
        o.seek(0); e.seek(0)
        rc = os.waitstatus_to_exitcode(status)
        return rc, o.read(), e.read(), secs, ru.ru_maxrss // 1024

def parse(out):
    try:
        return json.loads(out)
    except Exception:
        return None

def error_findings(out):
    doc = parse(out)
    return doc.get("findings", []) if doc else None

def error_places(findings):
    """Each error finding as its place (sheet, cell) and its figures (sheet,
    stated, computed): the rule may change with the reading (a column total
    becomes a range audit), and rows the file itself moves (an empty row
    repeated above) move the cell but not the figures."""
    return [(("at", x.get("sheet"), x.get("cell")), ("figures", x.get("sheet"), x.get("stated"), x.get("computed")))
            for x in findings if x.get("severity") == "error"]

def sheets_named(doc):
    """The sheets a check's output names (findings, tables, unchecked blocks)."""
    return {x.get("sheet") for k in ("findings", "tables", "unchecked") for x in (doc or {}).get(k, []) or []}

def all_reported(original, mutated, orig_sheets=frozenset(), mut_sheets=frozenset()):
    """Every error of the original is among the mutated file's, by place or by
    figures; for a sheet the mutated output never names, at the same cell with
    the same figures under a sheet the original does not have (renamed)."""
    keys = {k for pair in mutated for k in pair}
    renamed = {(at[2],) + figures[2:] for at, figures in mutated if at[1] not in orig_sheets}
    def reported(at, figures):
        if at in keys or figures in keys:
            return True
        return at[1] not in mut_sheets and (at[2],) + figures[2:] in renamed
    return all(reported(at, figures) for at, figures in original)

CELL_NAMED = re.compile(r"\b[A-Z]{1,3}[0-9]+\b")

def says_nothing_checked(doc):
    """No total checked, and the account of what was not names the cell why."""
    if not doc or (doc.get("summary") or {}).get("totals_checked", 1) != 0:
        return False
    return any(CELL_NAMED.search(u.get("why") or "") for u in doc.get("unchecked") or [])

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fundbook", required=True)
    ap.add_argument("-n", type=int, default=5000)
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", help="copy every counted case here")
    ap.add_argument("--release", help="a Release fundbook: cases over 5 s or 500 MB under the sanitizers are "
                    "timed again with it (the sanitizers' own cost, on a shared machine, is not the file's)")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    work = tempfile.mkdtemp(prefix="fundbook-mutate-")
    seeded, orig_sheets = {}, {}
    for o in originals():
        rc, out, err, secs, rss = run_measured(a.fundbook, o)
        f = error_findings(out) or []
        seeded[o] = error_places(f)
        orig_sheets[o] = sheets_named(parse(out))
    cases = []
    srcs = list(seeded)
    for i in range(a.n):
        o = srcs[i % len(srcs)]
        data = open(o, "rb").read()
        ext = o.rsplit(".", 1)[-1]
        m = None
        if i % 3 != 2:  # two in three: a one-cell corruption where the format has cells to corrupt
            try:
                if ext == "xlsx":
                    m = xlsx_cell_mutants(data, rng)
                elif ext == "ods":
                    m = ods_cell_mutants(data, rng)
            except Exception:
                m = None
            cls = "cell"
        if m is None:
            m = byte_mutant(data, rng)
            cls = "byte"
        kind, blob = m
        path = os.path.join(work, "%05d-%s-%s.%s" % (i, cls, kind, ext))
        open(path, "wb").write(blob)
        cases.append((path, o, cls, kind))

    def one(c):
        path, o, cls, kind = c
        rc, out, err, secs, rss = run_measured(a.fundbook, path)
        doc = parse(out)
        f = doc.get("findings", []) if doc else None
        rules = {x.get("rule") for x in (f or [])}
        res = {"path": path, "orig": o, "class": cls, "kind": kind, "rc": rc, "secs": secs, "rss": rss}
        res["sanitizer"] = b"runtime error" in err or b"AddressSanitizer" in err or b"LeakSanitizer" in err
        res["overflow"] = b"overflow" in err and res["sanitizer"]
        res["crash"] = rc < 0 or rc > 4
        res["slow"] = secs > 5
        res["big"] = rss > 500
        res["damage_noted"] = bool(rules & DAMAGE_RULES) or says_nothing_checked(doc)
        res["false_pass"] = (bool(seeded[o]) and
                             not all_reported(seeded[o], error_places(f or []), orig_sheets[o], sheets_named(doc)) and
                             not res["damage_noted"])
        res["err"] = err[-600:].decode("utf-8", "replace")
        return res

    t0 = time.monotonic()
    results = []
    with ThreadPoolExecutor(a.j) as ex:
        for r in ex.map(one, cases):
            results.append(r)
            if len(results) % 250 == 0:  # a long run can be read before it ends
                c = collections.Counter(k for x in results for k in ("false_pass", "sanitizer", "overflow", "crash",
                                                                      "slow", "big") if x[k])
                print("%d files, %.0f s: %s" % (len(results), time.monotonic() - t0, dict(c)), file=sys.stderr,
                      flush=True)
    wall = time.monotonic() - t0
    for r in results:
        r["slow_release"] = r["big_release"] = False
        if a.release and (r["slow"] or r["big"]):
            rc, out, err, secs, rss = run_measured(a.release, r["path"])
            r["slow_release"], r["big_release"] = secs > 5, rss > 500
            r["err"] += " [release: %.2fs %dMB]" % (secs, rss)
    by = collections.Counter()
    for r in results:
        k = (r["class"], r["kind"])
        by[k + ("files",)] += 1
        for key in ("false_pass", "sanitizer", "overflow", "crash", "slow", "big", "slow_release", "big_release"):
            if r[key]:
                by[k + (key,)] += 1
        if r["orig"] in seeded and seeded[r["orig"]]:
            by[k + ("seeded",)] += 1
    kinds = sorted({(r["class"], r["kind"]) for r in results})
    cols = ["files", "seeded", "false_pass", "sanitizer", "overflow", "crash", "slow", "big"]
    if a.release:
        cols += ["slow_release", "big_release"]
    print("| class | mutation | " + " | ".join(cols) + " |")
    print("|---|---|" + "---:|" * len(cols))
    tot = collections.Counter()
    for k in kinds:
        print("| %s | %s | " % k + " | ".join(str(by[k + (c,)]) for c in cols) + " |")
        for c in cols:
            tot[c] += by[k + (c,)]
    print("| all | | " + " | ".join(str(tot[c]) for c in cols) + " |")
    secs = sorted(r["secs"] for r in results)
    rss = sorted(r["rss"] for r in results)
    print("\n%d files in %.0f s with %d workers; slowest %.2f s, median %.2f s; largest RSS %d MB, median %d MB"
          % (len(results), wall, a.j, secs[-1], secs[len(secs) // 2], rss[-1], rss[len(rss) // 2]))
    bad = [r for r in results if r["sanitizer"] or r["crash"] or r["slow"] or r["big"] or
           (r["false_pass"] and r["class"] == "cell")]
    for r in bad[:40]:
        print("  %s: rc=%s %.2fs %dMB fp=%s %s" % (os.path.basename(r["path"]), r["rc"], r["secs"], r["rss"],
                                                   r["false_pass"], r["err"].strip().splitlines()[-1:] if r["err"].strip() else ""))
    fp_byte = [r for r in results if r["false_pass"] and r["class"] == "byte"]
    for r in fp_byte[:20]:
        print("  byte false pass: %s" % os.path.basename(r["path"]))
    if a.keep:
        os.makedirs(a.keep, exist_ok=True)
        for r in bad + fp_byte:
            shutil.copy(r["path"], a.keep)
    shutil.rmtree(work, ignore_errors=True)
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
