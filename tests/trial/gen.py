#!/usr/bin/python3
"""Generate the test files and manifest.jsonl.

files/<design>__right.xlsx          values only (openpyxl)
files/<design>__wN.xlsx             values only, one figure altered
files/<design>__right_f.xlsx        SUM formulas, recalculated by LibreOffice
files/<design>__wN_f.xlsx           formulas, the planted total typed over its formula (total plants only)
files/<design>__right.csv / .xls / .ods and the same for wN, for some designs
"""
import json, os, random, shutil, subprocess, sys
from kit import A1, alter

# The kit generated: this directory, or another kit's (tests/trial2) that runs this script
# with KIT set: its designs.py and its files.
HERE = os.environ.get('KIT') or os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import designs  # noqa: E402  (the kit's own, found through HERE)

OUT = os.path.join(HERE, 'files')
FSRC = os.path.join(HERE, '_fsrc')


def step_for(bk, key):
    if getattr(bk, 'step', None):
        return bk.step
    f = bk.fmt.get(key, '')
    if '.0;' in f or f.endswith('.0') or '.0_' in f:
        return 0.1
    return 1


def choose(bk, rng):
    if bk.plants:
        return bk.plants
    vals = bk.compute()
    lin = [k for k, d in bk.derived.items() if d[0] == 'lin' and len(d[1]) >= 2]
    final = [k for k in lin if not bk.dependents(k)]
    mid = [k for k in lin if bk.dependents(k)]
    comp = [k for k in bk.cells if isinstance(bk.cells[k], (int, float)) and not isinstance(bk.cells[k], bool)
            and bk.cells[k] != 0 and bk.dependents(k) and k not in bk.derived]
    out = []
    if final:
        out.append((rng.choice(final), 'total', 'final total'))
    if mid:
        out.append((rng.choice(mid), 'total', 'intermediate total (has totals above it)'))
    if comp:
        c1 = rng.choice(comp)
        out.append((c1, 'component', 'component figure'))
        other = [k for k in comp if k[2] != c1[2] and k[1] != c1[1]]
        if other:
            out.append((rng.choice(other), 'component', 'second component figure'))
    return out


def cellname(k):
    return f'{k[0]}!{A1(k[1], k[2])}'


def transitive(bk, k):
    seen, todo = [], [k]
    while todo:
        x = todo.pop()
        for d in bk.dependents(x):
            if d not in seen:
                seen.append(d); todo.append(d)
    return seen


def main():
    only = sys.argv[1:]
    for d in (OUT, FSRC):
        if not only:
            shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d, exist_ok=True)
    man = []
    lo_f, lo_xls, lo_ods = [], [], []
    for fn in designs.ALL:
        rng = random.Random(fn.__name__)
        bk, opts = fn(rng)
        if only and bk.name.split('_')[0] not in only:
            continue
        vals = bk.compute()
        plants = choose(bk, rng)
        variants = [('right', None, None)]
        for i, (k, kind, note) in enumerate(plants, 1):
            old = vals.get(k)
            new = alter(old, rng, step_for(bk, k))
            variants.append((f'w{i}', (k, new), (kind, note, old)))
        for vname, pl, meta in variants:
            base = f'{bk.name}__{vname}'
            ent = {'design': bk.name, 'desc': bk.desc, 'variant': vname}
            if pl:
                k = pl[0]
                kind, note, old = meta
                ent.update({'expect': 'error', 'cell': cellname(k), 'sheet': k[0], 'a1': A1(k[1], k[2]), 'kind': kind,
                            'note': note, 'old': old, 'new': pl[1],
                            'accept': [A1(k[1], k[2])] + ([A1(x[1], x[2]) for x in bk.dependents(k) if x[0] == k[0]] if kind == 'component' else []),
                            'accept_cells': [cellname(k)] + ([cellname(x) for x in bk.dependents(k)] if kind == 'component' else []),
                            'related': [cellname(x) for x in transitive(bk, k)]})
            else:
                ent.update({'expect': 'clean'})
            p = os.path.join(OUT, base + '.xlsx')
            bk.write_values(p, pl)
            man.append(dict(ent, file=os.path.relpath(p, HERE), fmt='xlsx-values'))
            if opts.get('csv'):
                p = os.path.join(OUT, base + '.csv')
                bk.write_csv(p, opts['csv'], pl, opts.get('csvstyle', 'brackets'))
                man.append(dict(ent, file=os.path.relpath(p, HERE), fmt='csv'))
            if opts.get('xls'):
                lo_xls.append(os.path.join(OUT, base + '.xlsx'))
                man.append(dict(ent, file=os.path.relpath(os.path.join(OUT, base + '.xls'), HERE), fmt='xls'))
            if opts.get('ods'):
                lo_ods.append(os.path.join(OUT, base + '.xlsx'))
                man.append(dict(ent, file=os.path.relpath(os.path.join(OUT, base + '.ods'), HERE), fmt='ods'))
            if not opts.get('noformula') and (pl is None or meta[0] == 'total'):
                src = os.path.join(FSRC, base + '_f.xlsx')
                bk.write_formulas(src, pl)
                lo_f.append(src)
                man.append(dict(ent, file=os.path.relpath(os.path.join(OUT, base + '_f.xlsx'), HERE), fmt='xlsx-formulas(LO)'))
    with open(os.path.join(HERE, 'manifest_only.jsonl' if only else 'manifest.jsonl'), 'w') as f:
        for e in man:
            f.write(json.dumps(e, default=str) + '\n')
    print(len(man), 'manifest entries')

    def lo(fmt, files):
        for i in range(0, len(files), 40):
            subprocess.run(['libreoffice', '--headless', '--convert-to', fmt, '--outdir', OUT] + files[i:i + 40],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    lo('xlsx', lo_f)
    lo('xls', lo_xls)
    lo('ods', lo_ods)
    missing = [e['file'] for e in man if not os.path.exists(os.path.join(HERE, e['file']))]
    print('missing', missing)


if __name__ == '__main__':
    main()
