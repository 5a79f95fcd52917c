"""Generic table builder on top of kit.Book.

cols: list of dicts {'h': header, 'k': 'in'|'sum'|'diff'|'pct'|'text', 'of': [col idx], 'fmt': fmt}
items:
  ('r', [labels], [values for 'in'/'text' cols in order])
  ('b',) blank   ('h', text) heading   ('t', text) note
  ('s', label) subtotal of data rows since last h/s/g/start
  ('g', label) grand total: subtotals since last g if any, else data rows
  ('gtop', label) grand total placed here, summing data rows (or subtotals) after it up to the end
  ('c', label) cumulative across the 'in'/'sum' year columns listed in cum_cols, of the previous g row
"""
K = '#,##0;(#,##0);"-"'
K2 = '#,##0;-#,##0;"-"'
M1 = '#,##0.0;(#,##0.0);"-"'
M2 = '#,##0.00;(#,##0.00);"-"'
P = '"£"#,##0.00'
P0 = '"£"#,##0'
PCT = '0.0%'
GEN = 'General'
CNT = '#,##0'


def build(bk, sh, r0, c0, header_rows, nlab, cols, items, fmt=K, bold_totals=True,
          cum_cols=None, sub_formula_rows=False):
    bk.sheet(sh)
    r = r0
    for hr in header_rows:
        for i, v in enumerate(hr):
            if v is not None:
                bk.put(sh, r, c0 + i, v, bold=True)
        r += 1
    cpos = [c0 + nlab + i for i in range(len(cols))]
    # pass 1: positions
    placed = []
    for it in items:
        placed.append((it, r))
        r += 1
    info = {'rows': [], 'cpos': cpos, 'end': r - 1, 'grand': [], 'subs': []}

    def cfmt(i):
        return cols[i].get('fmt', fmt)

    def rowcalc(rr):
        # row-wise derived cells for one row
        for i, cd in enumerate(cols):
            key = (sh, rr, cpos[i])
            if cd['k'] == 'sum':
                bk.lin(key, [(1, (sh, rr, cpos[j])) for j in cd['of']], cfmt(i))
            elif cd['k'] == 'diff':
                a, b = cd['of']
                bk.lin(key, [(1, (sh, rr, cpos[a])), (-1, (sh, rr, cpos[b]))], cfmt(i))
            elif cd['k'] == 'pct':
                a, b = cd['of']
                bk.ratio(key, (sh, rr, cpos[a]), (sh, rr, cpos[b]), cd.get('scale', 1), cd.get('nd', 3), cfmt(i))

    def colsum(rr, srcrows, bold):
        for i, cd in enumerate(cols):
            key = (sh, rr, cpos[i])
            if cd['k'] in ('in', 'sum', 'diff'):
                bk.lin(key, [(1, (sh, x, cpos[i])) for x in srcrows], cfmt(i), bold)
            elif cd['k'] == 'pct':
                a, b = cd['of']
                bk.ratio(key, (sh, rr, cpos[a]), (sh, rr, cpos[b]), cd.get('scale', 1), cd.get('nd', 3), cfmt(i))

    data_since = []   # data rows since last s/h/g
    data_all = []     # data rows since last g
    subs = []
    gtop = None
    for it, rr in placed:
        kind = it[0]
        if kind == 'r':
            labels, vals = it[1], it[2]
            for i, v in enumerate(labels):
                if v is not None:
                    bk.put(sh, rr, c0 + i, v)
            vi = 0
            for i, cd in enumerate(cols):
                if cd['k'] in ('in', 'text'):
                    v = vals[vi]; vi += 1
                    if v is not None:
                        bk.put(sh, rr, cpos[i], v, cfmt(i) if isinstance(v, (int, float)) else None)
            rowcalc(rr)
            data_since.append(rr); data_all.append(rr)
        elif kind == 'b':
            pass
        elif kind == 'm':   # memo row ('of which'), not part of any total
            for i, v in enumerate(it[1]):
                if v is not None:
                    bk.put(sh, rr, c0 + i, v)
            vi = 0
            for i, cd in enumerate(cols):
                if cd['k'] in ('in', 'text'):
                    v = it[2][vi]; vi += 1
                    if v is not None:
                        bk.put(sh, rr, cpos[i], v, cfmt(i) if isinstance(v, (int, float)) else None)
            rowcalc(rr)
        elif kind == 'h':
            bk.put(sh, rr, c0, it[1], bold=True)
            data_since = []
        elif kind == 't':
            bk.put(sh, rr, c0, it[1])
        elif kind == 's':
            bk.put(sh, rr, c0 + (nlab - 1 if len(it) < 3 else it[2]), it[1], bold=bold_totals)
            colsum(rr, data_since, bold_totals)
            subs.append(rr); info['subs'].append(rr)
            data_since = []
        elif kind == 'g':
            bk.put(sh, rr, c0 + (nlab - 1 if len(it) < 3 else it[2]), it[1], bold=bold_totals)
            colsum(rr, subs if subs else data_all, bold_totals)
            info['grand'].append(rr)
            subs = []; data_all = []; data_since = []
        elif kind == 'gtop':
            bk.put(sh, rr, c0 + nlab - 1, it[1], bold=bold_totals)
            gtop = rr
            info['grand'].append(rr)
        elif kind == 'c':
            g = info['grand'][-1]
            bk.put(sh, rr, c0 + nlab - 1, it[1], bold=bold_totals)
            prev = None
            for i in cum_cols:
                key = (sh, rr, cpos[i])
                terms = [(1, (sh, g, cpos[i]))]
                if prev is not None:
                    terms = [(1, prev)] + terms
                bk.lin(key, terms, cfmt(i), bold_totals)
                prev = key
        info['rows'].append((kind, rr))
    if gtop is not None:
        # derived refs must come after their sources: re-insert at end
        colsum(gtop, subs if subs else data_all, bold_totals)
        for i in range(len(cols)):
            k = (sh, gtop, cpos[i])
            if k in bk.derived:
                bk.derived.move_to_end(k)
    return info
