#!/usr/bin/python3
"""usage: tally.py OUTDIR [--detail] [--messages] [--manifest manifest_sweep.jsonl]  -- classify fundbook results against manifest.jsonl"""
import json, os, re, sys
from collections import Counter, defaultdict

# The kit whose manifest is read: this directory, or another kit's (tests/trial2) that runs this script.
HERE = os.environ.get('KIT') or os.path.dirname(os.path.abspath(__file__))


def rc(a1):
    m = re.match(r'([A-Z]+)(\d+)$', a1)
    c = 0
    for ch in m.group(1):
        c = c * 26 + ord(ch) - 64
    return int(m.group(2)), c


def inrange(a1, rng):
    if ':' not in rng:
        return a1 == rng
    a, b = rng.split(':')
    (r, c), (r1, c1), (r2, c2) = rc(a1), rc(a), rc(b)
    return r1 <= r <= r2 and c1 <= c <= c2


def main():
    out = sys.argv[1]
    detail = '--detail' in sys.argv
    mf = sys.argv[sys.argv.index('--manifest') + 1] if '--manifest' in sys.argv else 'manifest.jsonl'
    man = [json.loads(l) for l in open(os.path.join(HERE, mf))]
    base = {}
    allman = man + ([json.loads(l) for l in open(os.path.join(HERE, 'manifest.jsonl'))] if mf != 'manifest.jsonl' else [])
    for e in allman:
        if e['expect'] == 'clean':
            try:
                d = json.load(open(os.path.join(out, os.path.basename(e['file']) + '.json')))
                base[(e['design'], e['fmt'])] = {(f['rule'], f.get('cell')) for f in d.get('findings', []) if f['severity'] in ('error', 'warning')}
            except Exception:
                pass
    tally = Counter()
    byfmt = defaultdict(Counter)
    lines = defaultdict(list)
    for e in man:
        name = os.path.basename(e['file'])
        p = os.path.join(out, name + '.json')
        try:
            d = json.load(open(p))
        except Exception as ex:
            tally['no-json'] += 1
            lines['no-json'].append(f"{e['file']}: {ex}")
            continue
        fnd = d.get('findings', [])
        iscsv = e['fmt'] == 'csv'

        def here(f, a1, sheet):
            return f.get('cell') == a1 and (iscsv or f.get('sheet') == sheet)
        if e['expect'] == 'error':
            # findings the right copy also has (false alarms) do not count as catching the plant
            b = base.get((e['design'], e['fmt']), set())
            fnd = [f for f in fnd if (f['rule'], f.get('cell')) not in b]
        errs = [f for f in fnd if f['severity'] == 'error']
        warns = [f for f in fnd if f['severity'] == 'warning']
        fs = lambda f: f"{f['severity']} {f.get('sheet')}!{f.get('cell')} [{f['rule']}] {f['message'][:230]}"
        if e['expect'] == 'clean':
            if errs or warns:
                cls = 'right: FALSE ALARM'
                lines[cls].append(f"{e['file']}  ({e['desc'][:90]})\n      " + '\n      '.join(fs(f) for f in errs + warns))
            else:
                cls = 'right: clean'
            unc = d.get('unchecked', [])
            if unc:
                lines['right: figures left unchecked (info)'].append(
                    f"{e['file']}: " + '; '.join(f"{u.get('sheet')}!{u.get('range')} ({u.get('figures')} fig): {u.get('why','')[:140]}" for u in unc))
            if not d.get('tables'):
                lines['right: no table checked at all'].append(e['file'])
        else:
            a1, sheet = e['a1'], e['sheet']
            at = [f for f in errs if here(f, a1, sheet)]
            acc = [f for f in errs if any(here(f, x.split('!')[-1], x.rsplit('!', 1)[0]) for x in e['accept_cells'][1:])]
            desc = f"{e['file']}  planted {e['cell']} ({e['kind']}: {e['note']}) {e['old']} -> {e['new']}"
            if at:
                cls = 'wrong: caught at planted cell'
            elif acc:
                cls = 'wrong: caught at a total containing the component'
            elif errs:
                cls = 'wrong: blamed elsewhere'
                rel = set(e['related'])
                lines[cls].append(desc + '\n      ' + '\n      '.join(
                    fs(f) + ('  <related total>' if f"{f.get('sheet')}!{f.get('cell')}" in rel else '') for f in errs))
            else:
                tabs = [t for t in d.get('tables', []) if (iscsv or t.get('sheet') == sheet) and inrange(a1, t['range'])]
                uncs = [u for u in d.get('unchecked', []) if (iscsv or u.get('sheet') == sheet) and inrange(a1, u['range'])]
                if uncs:
                    cls = 'wrong: SILENT, honestly listed unchecked'
                elif tabs:
                    cls = 'wrong: SILENT inside a table it says it checked'
                else:
                    cls = 'wrong: SILENT, cell not mentioned in tables/unchecked'
                w = [f for f in warns if here(f, a1, sheet)]
                lines[cls].append(desc + (f"\n      (warning at cell: {fs(w[0])})" if w else '') +
                                  ''.join(f"\n      table {t['range']} {t['kind']} totals={t['totals_checked']} formulas={t['formulas_checked']}" for t in tabs) +
                                  ''.join(f"\n      unchecked {u['range']}: {u.get('why','')[:160]}" for u in uncs) +
                                  ''.join('\n      other: ' + fs(f) for f in warns if f not in w))
            if cls != 'wrong: blamed elsewhere' and errs and detail:
                extra = [f for f in errs if f not in at and f not in acc]
                if extra:
                    lines['wrong: extra errors besides the right one'].append(desc + '\n      ' + '\n      '.join(fs(f) for f in extra))
            msgs = at or acc
            if msgs:
                lines['messages at the planted cell (sample)'].append(f"{e['file']}: {fs(msgs[0])}")
        tally[cls] += 1
        byfmt[e['fmt']][cls] += 1
    print('TALLY')
    for k, v in sorted(tally.items()):
        print(f'  {v:4d}  {k}')
    print('\nBY FORMAT')
    for fm, c in sorted(byfmt.items()):
        print(f'  {fm:18s} ' + ', '.join(f'{k.split(": ",1)[1]}={v}' for k, v in sorted(c.items())))
    if detail:
        for k in sorted(lines):
            if k.startswith('messages') and '--messages' not in sys.argv:
                continue
            print(f'\n=== {k} ({len(lines[k])})')
            for l in lines[k]:
                print('  ' + l)


if __name__ == '__main__':
    main()
