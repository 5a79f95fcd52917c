#!/usr/bin/python3
"""Sweep: stale workbook (calculation left on manual): in each right formula copy (LibreOffice-saved, values cached),
change the saved value of one component figure (first line, first figure column) in the sheet XML, leaving every
formula's cached result as it was. Expect an error at a total that adds it. Writes files_stale/, manifest_stale.jsonl."""
import json, os, random, re, shutil, zipfile
from kit import A1
import designs
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'files_stale'); shutil.rmtree(OUT, ignore_errors=True); os.makedirs(OUT)
man = []
for fn in designs.ALL:
    bk, opts = fn(random.Random(fn.__name__))
    comps = [k for k in bk.cells if isinstance(bk.cells[k], (int, float)) and not isinstance(bk.cells[k], bool)
             and bk.cells[k] != 0 and bk.dependents(k) and k[0] == bk.sheets[0]]
    if not comps:
        continue
    k = sorted(comps, key=lambda k: (k[1], k[2]))[0]
    src = os.path.join(HERE, 'files', f'{bk.name}__right_f.xlsx')
    dst = os.path.join(OUT, f'{bk.name}__stale_f.xlsx')
    zin = zipfile.ZipFile(src)
    zout = zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED)
    old = bk.cells[k]; new = old + (100 if isinstance(old, int) else 1.0)
    done = False
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == 'xl/worksheets/sheet1.xml':
            t = data.decode()
            pat = re.compile(r'(<c r="%s"[^>]*>)<v>([^<]*)</v>' % A1(k[1], k[2]))
            t, n = pat.subn(lambda m: f'{m.group(1)}<v>{new}</v>', t)
            done = n == 1
            data = t.encode()
        zout.writestr(item, data)
    zout.close()
    if not done:
        os.remove(dst); continue
    deps = bk.dependents(k)
    man.append({'design': bk.name, 'desc': bk.desc, 'variant': 'stale', 'expect': 'error', 'cell': f'{k[0]}!{A1(k[1], k[2])}',
                'sheet': k[0], 'a1': A1(k[1], k[2]), 'kind': 'component', 'note': 'saved value changed, formulas not recalculated',
                'old': old, 'new': new, 'accept': [A1(k[1], k[2])] + [A1(d[1], d[2]) for d in deps],
                'accept_cells': [f'{k[0]}!{A1(k[1], k[2])}'] + [f'{d[0]}!{A1(d[1], d[2])}' for d in deps], 'related': [],
                'file': os.path.relpath(dst, HERE), 'fmt': 'xlsx-formulas(LO)'})
with open(os.path.join(HERE, 'manifest_stale.jsonl'), 'w') as f:
    for e in man: f.write(json.dumps(e, default=str) + '\n')
print(len(man), 'stale files')
