#!/usr/bin/python3
"""Sweep: in the formula copy of every design, type one row total (first / last line of each Total column
block) over its formula, +10% of itself (at least 10 units). Writes files_sweep/ and manifest_sweep.jsonl.
Run: ./sweep_typed.py && ./run_all.sh BIN OUT manifest_sweep.jsonl && tally.py OUT --manifest manifest_sweep.jsonl"""
import json, os, random, shutil, subprocess, sys
COL = len(sys.argv) > 1 and sys.argv[1] == "col"   # "col": type Total-row cells (first/last column) instead
from kit import A1
import designs
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'files_sweep_col' if COL else 'files_sweep'); SRC = os.path.join(HERE, '_sweep_src_col' if COL else '_sweep_src')
for d in (OUT, SRC):
    shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
man = []
for fn in designs.ALL:
    rng = random.Random(fn.__name__)
    bk, opts = fn(rng)
    vals = bk.compute()
    ax = 2 if COL else 1
    rowtot = [k for k, d in bk.derived.items() if d[0] == 'lin' and len(d[1]) >= 2 and all(t[0] == k[0] and t[ax] == k[ax] for _, t in d[1])
              and all(co == 1 for co, _ in d[1])]
    bycol = {}
    for k in rowtot:
        bycol.setdefault((k[0], k[3 - ax]), []).append(k)
    picks = []
    for col, ks in bycol.items():
        ks.sort(key=lambda k: k[ax])
        # blocks: runs of consecutive rows
        blocks, cur = [], [ks[0]]
        for k in ks[1:]:
            if k[ax] == cur[-1][ax] + 1: cur.append(k)
            else: blocks.append(cur); cur = [k]
        blocks.append(cur)
        for b in blocks:
            if len(b) >= 3:
                picks += [('first', b[0]), ('last', b[-1])]
    for i, (pos, k) in enumerate(picks[:4]):
        old = vals[k]
        new = round(old + max(10, abs(old) * 0.1) if isinstance(old, int) else old + max(1.0, abs(old) * 0.1), 1 if isinstance(old, float) else 0)
        if isinstance(old, int): new = int(new)
        base = f'{bk.name}__{"c" if COL else "t"}{i + 1}_{pos}_f'
        bk.write_formulas(os.path.join(SRC, base + '.xlsx'), (k, new))
        man.append({'design': bk.name, 'desc': bk.desc, 'variant': f't{i + 1}', 'expect': 'error', 'cell': f'{k[0]}!{A1(k[1], k[2])}',
                    'sheet': k[0], 'a1': A1(k[1], k[2]), 'kind': 'total', 'note': f'{"column" if COL else "row"} total typed over formula ({pos} {"column" if COL else "line"} of block)',
                    'old': old, 'new': new, 'accept': [A1(k[1], k[2])], 'accept_cells': [f'{k[0]}!{A1(k[1], k[2])}'],
                    'related': [], 'file': f'{os.path.basename(OUT)}/{base}.xlsx', 'fmt': 'xlsx-formulas(LO)'})
srcs = sorted(os.path.join(SRC, f) for f in os.listdir(SRC))
for i in range(0, len(srcs), 40):
    subprocess.run(['libreoffice', '--headless', '--convert-to', 'xlsx', '--outdir', OUT] + srcs[i:i + 40],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
with open(os.path.join(HERE, 'manifest_sweep_col.jsonl' if COL else 'manifest_sweep.jsonl'), 'w') as f:
    for e in man: f.write(json.dumps(e, default=str) + '\n')
print(len(man), 'sweep files')
