"""Small framework: a Book of sheets with input cells and derived (total) cells.

Derived cells are linear combinations of other cells (sums, differences,
running balances) or ratios.  The Book writes:
  - values-only xlsx (openpyxl), totals computed in Python
  - formula xlsx (openpyxl, to be recalculated by LibreOffice)
  - csv (one sheet) with figures formatted as text
A plant = (key, new value) overrides one figure after computation.
"""
import csv, random
from collections import OrderedDict
from openpyxl import Workbook
from openpyxl.utils import get_column_letter as L
from openpyxl.styles import Font


def A1(r, c):
    return f"{L(c)}{r}"


class Book:
    def __init__(self, name, desc):
        self.name, self.desc = name, desc
        self.sheets = []          # names in order
        self.cells = {}           # (sh,r,c) -> value
        self.derived = OrderedDict()  # key -> ('lin', [(coef,key)]) | ('ratio', num, den, scale, nd)
        self.fmt = {}             # key -> number format
        self.merges = {}          # sh -> [range]
        self.hidden_cols = {}     # sh -> [col letters]
        self.hidden_rows = {}
        self.bold = set()
        self.plants = []          # (key, kind, note)
        self.csv_style = {}
        self.ndp = 0              # decimals for rounding derived values

    def sheet(self, name):
        if name not in self.sheets:
            self.sheets.append(name)
        return name

    def put(self, sh, r, c, v, fmt=None, bold=False):
        self.cells[(sh, r, c)] = v
        if fmt:
            self.fmt[(sh, r, c)] = fmt
        if bold:
            self.bold.add((sh, r, c))

    def row(self, sh, r, c, vals, fmt=None, bold=False):
        for i, v in enumerate(vals):
            if v is not None:
                self.put(sh, r, c + i, v, fmt if isinstance(v, (int, float)) else None, bold)

    def lin(self, key, terms, fmt=None, bold=False):
        self.derived[key] = ('lin', terms)
        if fmt:
            self.fmt[key] = fmt
        if bold:
            self.bold.add(key)

    def ratio(self, key, num, den, scale=1, nd=3, fmt=None):
        self.derived[key] = ('ratio', num, den, scale, nd)
        if fmt:
            self.fmt[key] = fmt

    def plant(self, key, kind, note=''):
        self.plants.append((key, kind, note))

    # ---- evaluation
    @staticmethod
    def num(v):
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return v
        return 0

    def compute(self):
        vals = dict(self.cells)
        for k, d in self.derived.items():
            if d[0] == 'lin':
                s = sum(co * self.num(vals.get(t)) for co, t in d[1])
                s = round(s, 6)
                if abs(s - round(s)) < 1e-9:
                    s = int(round(s))
                vals[k] = s
            else:
                _, n, dn, sc, nd = d
                den = self.num(vals.get(dn))
                vals[k] = round(self.num(vals.get(n)) / den * sc, nd) if den else 'n/a'
        return vals

    def dependents(self, key):
        out = []
        for k, d in self.derived.items():
            if d[0] == 'lin' and any(t == key for _, t in d[1]):
                out.append(k)
        return out

    # ---- formula text
    def ref(self, home, key):
        sh, r, c = key
        a = A1(r, c)
        return a if sh == home else f"'{sh}'!{a}"

    def formula(self, key):
        d = self.derived[key]
        home = key[0]
        if d[0] == 'ratio':
            _, n, dn, sc, nd = d
            body = f"{self.ref(home, n)}/{self.ref(home, dn)}"
            if sc != 1:
                body = f"{body}*{sc}"
            return f"=IF({self.ref(home, dn)}=0,\"n/a\",ROUND({body},{nd}))"
        terms = d[1]
        # contiguous SUM?
        if len(terms) >= 2 and all(co == 1 for co, _ in terms):
            ks = [t for _, t in terms]
            shs = {k[0] for k in ks}
            if len(shs) == 1:
                rs = [k[1] for k in ks]; cs = [k[2] for k in ks]
                if len(set(cs)) == 1 and rs == list(range(rs[0], rs[0] + len(rs))):
                    s = shs.pop(); pre = '' if s == home else f"'{s}'!"
                    fn = 'SUBTOTAL(9,' if getattr(self, 'subtotal_fn', False) else 'SUM('
                    return f"={fn}{pre}{A1(rs[0], cs[0])}:{A1(rs[-1], cs[0])})"
                if len(set(rs)) == 1 and cs == list(range(cs[0], cs[0] + len(cs))):
                    s = shs.pop(); pre = '' if s == home else f"'{s}'!"
                    return f"=SUM({pre}{A1(rs[0], cs[0])}:{A1(rs[0], cs[-1])})"
        out = ''
        for co, t in terms:
            sign = '+' if co > 0 else '-'
            if not out and co > 0:
                sign = ''
            out += sign + self.ref(home, t)
        return '=' + out

    # ---- writers
    def _wb(self, cellval):
        wb = Workbook(); wb.remove(wb.active)
        for sh in self.sheets:
            ws = wb.create_sheet(sh)
        for (sh, r, c), v in cellval.items():
            ws = wb[sh]
            cell = ws.cell(row=r, column=c, value=v)
            f = self.fmt.get((sh, r, c))
            if f and (isinstance(v, (int, float)) or (isinstance(v, str) and v.startswith('='))):
                cell.number_format = f
            if (sh, r, c) in self.bold:
                cell.font = Font(bold=True)
        for sh in self.sheets:
            ws = wb[sh]
            for m in self.merges.get(sh, []):
                ws.merge_cells(m)
            for col in self.hidden_cols.get(sh, []):
                ws.column_dimensions[col].hidden = True
            for r in self.hidden_rows.get(sh, []):
                ws.row_dimensions[r].hidden = True
            if sh in getattr(self, 'hidden_sheets', ()):
                ws.sheet_state = 'hidden'
            ws.column_dimensions['A'].width = 12
            ws.column_dimensions['B'].width = 34
        return wb

    def write_values(self, path, plant=None):
        vals = self.compute()
        if plant:
            vals[plant[0]] = plant[1]
        if getattr(self, 'as_text', False):
            vals = {k: (fmtcsv(v, self.fmt.get(k), 'brackets') if isinstance(v, (int, float)) and k[1] > 4 else v) for k, v in vals.items()}
        self._wb(vals).save(path)

    def write_formulas(self, path, plant=None):
        cv = dict(self.cells)
        for k in self.derived:
            cv[k] = self.formula(k)
        if plant:
            cv[plant[0]] = plant[1]
        self._wb(cv).save(path)

    def write_csv(self, path, sheet, plant=None, style='brackets'):
        vals = self.compute()
        if plant:
            vals[plant[0]] = plant[1]
        keys = [k for k in vals if k[0] == sheet]
        R = max(k[1] for k in keys); C = max(k[2] for k in keys)
        hid = {ord(x) - 64 for x in self.hidden_cols.get(sheet, [])}
        with open(path, 'w', newline='', encoding='utf-8') as f:
            w = csv.writer(f)
            for r in range(1, R + 1):
                row = []
                for c in range(1, C + 1):
                    if c in hid:
                        continue
                    v = vals.get((sheet, r, c))
                    row.append(fmtcsv(v, self.fmt.get((sheet, r, c)), style))
                w.writerow(row)


def fmtcsv(v, fmt, style):
    if v is None:
        return ''
    if isinstance(v, str):
        return v
    if hasattr(v, 'strftime'):
        return v.strftime('%d/%m/%Y')
    if fmt and '%' in fmt:
        return f"{v*100:.1f}%"
    nd = 0
    if fmt and '.' in fmt:
        nd = len(fmt.split('.')[1].split(';')[0].rstrip(')"-_ ').replace('%', ''))
        nd = sum(1 for ch in fmt.split('.')[1].split(';')[0] if ch in '0#')
    if v == 0 and style != 'plain':
        return '-'
    s = f"{abs(v):,.{nd}f}"
    if fmt and fmt.startswith('£') or (fmt and '"£"' in fmt):
        s = '£' + s
    if v < 0:
        return f"({s})" if style == 'brackets' else '-' + s
    return s


def alter(v, rng, unit_step=1):
    """A realistic slip: transpose two digits, or a keying slip of 10/100."""
    if not isinstance(v, (int, float)):
        v = 0
    iv = v
    s = str(abs(int(round(iv))))
    choices = []
    if len(s) >= 3:
        for i in range(len(s) - 1):
            if s[i] != s[i + 1]:
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                if t[0] != '0':
                    nv = int(t) * (1 if iv >= 0 else -1)
                    if abs(nv - iv) >= 9 * unit_step:
                        choices.append(nv + (v - int(round(v))))
    if choices and rng.random() < 0.6:
        return round(rng.choice(choices), 6)
    d = rng.choice([10, 100, -10, 50, 20]) * unit_step
    return round(v + d, 6)
