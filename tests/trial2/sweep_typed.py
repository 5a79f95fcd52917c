#!/usr/bin/python3
"""Sweep: in the formula copy of every design, type one row-wise derived figure (a sum or a difference of cells of
its own row: Total columns, Net = Gross + Income, Variance = Actual - Budget) over its formula, at the first, a
middle and the last line of each run of such formulas, +10% of itself (at least 10 units, 1.0 for decimals).
Writes files_sweep/ and manifest_sweep.jsonl.
Run: ./sweep_typed.py && ./run_all.sh BIN OUT manifest_sweep.jsonl && tally.py OUT --detail --manifest manifest_sweep.jsonl
(OUT the folder the main manifest was run into, so the right copies' findings are known)."""
import json, os, random, shutil, subprocess, sys
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'trial'))
from kit import A1
import designs
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'files_sweep'); SRC = os.path.join(HERE, '_sweep_src')
for d in (OUT, SRC):
    shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
man = []
for fn in designs.ALL:
    rng = random.Random(fn.__name__)
    bk, opts = fn(rng)
    if opts.get('noformula'):
        continue
    vals = bk.compute()
    rowtot = [k for k, d in bk.derived.items() if d[0] == 'lin' and len(d[1]) >= 2
              and all(t[0] == k[0] and t[1] == k[1] for _, t in d[1]) and all(abs(co) == 1 for co, _ in d[1])
              and isinstance(vals.get(k), (int, float))]
    bycol = {}
    for k in rowtot:
        bycol.setdefault((k[0], k[2]), []).append(k)
    picks = []
    for col, ks in sorted(bycol.items()):
        ks.sort(key=lambda k: k[1])
        if len(ks) >= 3:
            picks += [('first', ks[0]), ('middle', ks[len(ks) // 2]), ('last', ks[-1])]
    rng.shuffle(picks)
    for i, (pos, k) in enumerate(picks[:6]):
        old = vals[k]
        if isinstance(old, float) and old != int(old):
            new = round(old + max(1.0, abs(old) * 0.1), 1)
        else:
            new = int(round(old + max(10, abs(old) * 0.1)))
        base = f'{bk.name}__t{i + 1}_{pos}_f'
        bk.write_formulas(os.path.join(SRC, base + '.xlsx'), (k, new))
        man.append({'design': bk.name, 'desc': bk.desc, 'variant': f't{i + 1}', 'expect': 'error', 'cell': f'{k[0]}!{A1(k[1], k[2])}',
                    'sheet': k[0], 'a1': A1(k[1], k[2]), 'kind': 'total', 'note': f'row-wise figure typed over its formula ({pos} line of its column)',
                    'old': old, 'new': new, 'accept': [A1(k[1], k[2])], 'accept_cells': [f'{k[0]}!{A1(k[1], k[2])}'],
                    'related': [], 'file': f'files_sweep/{base}.xlsx', 'fmt': 'xlsx-formulas(LO)'})
srcs = sorted(os.path.join(SRC, f) for f in os.listdir(SRC))
for i in range(0, len(srcs), 40):
    subprocess.run(['libreoffice', '--headless', '--convert-to', 'xlsx', '--outdir', OUT] + srcs[i:i + 40],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
with open(os.path.join(HERE, 'manifest_sweep.jsonl'), 'w') as f:
    for e in man:
        f.write(json.dumps(e, default=str) + '\n')
print(len(man), 'sweep files')
