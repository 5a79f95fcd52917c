"""The second kit's designs (e01..): shapes the first kit (../trial/designs.py, d01..d60) did not cover.

Each function takes a random.Random and returns (Book, opts); opts as in ../trial/gen.py plus
'noformula' (no formula copy: figures that are text, or rounded tables whose totals were rounded
from unrounded figures and so cannot be formulas over the rounded ones).
"""
import datetime
from kit import Book, A1, fmtcsv
from table import build, K, K2, M1, M2, P, P0, PCT, CNT

ALL = []
YRS5 = ['2025/26', '2026/27', '2027/28', '2028/29', '2029/30']
MONTHS = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar']
SUP = ['Amey Highways Ltd', 'Veolia ES (UK) Ltd', 'Capita Business Services', 'Kier Construction', 'Morrisons Facilities',
       'Hays Specialist Recruitment', 'Northgate Public Services', 'Civica UK Ltd', 'Tarmac Trading', 'Balfour Beatty',
       'Sodexo Ltd', 'Caring Hands Homecare', 'Oak Tree Residential Care', 'Stagecoach Services', 'BT Plc']


def ri(rng, a, b):
    return rng.randint(a, b)


def banner(bk, sh, lines):
    for i, t in enumerate(lines):
        bk.put(sh, 1 + i, 1, t, bold=(i == 0))
    return 1 + len(lines)


class TBook(Book):
    """Book with (a) totals rounded from unrounded figures (freeze_round) and
    (b) figures written as text in a given style (textfmt: key -> function)."""

    def __init__(self, *a):
        super().__init__(*a)
        self.fixed = {}
        self.textfmt = {}

    def freeze_round(self, nd):
        vals = Book.compute(self)
        for k, d in self.derived.items():
            v = vals[k]
            if d[0] == 'lin' and isinstance(v, (int, float)):
                self.fixed[k] = round(v, nd)
        for k, v in list(self.cells.items()):
            if isinstance(v, float):
                self.cells[k] = round(v, nd)

    def compute(self):
        vals = Book.compute(self)
        vals.update(self.fixed)
        return vals

    def formula(self, key):
        fo = getattr(self, 'fover', {})
        return fo[key] if key in fo else Book.formula(self, key)

    def _text(self, vals):
        for k, fn in self.textfmt.items():
            if k in vals and isinstance(vals[k], (int, float)):
                vals[k] = fn(vals[k])
        return vals

    def write_values(self, path, plant=None):
        vals = self.compute()
        if plant:
            vals[plant[0]] = plant[1]
        self._wb(self._text(vals)).save(path)

    def write_csv(self, path, sheet, plant=None, style='brackets'):
        import csv
        vals = self.compute()
        if plant:
            vals[plant[0]] = plant[1]
        vals = self._text(vals)
        keys = [k for k in vals if k[0] == sheet]
        R = max(k[1] for k in keys); C = max(k[2] for k in keys)
        with open(path, 'w', newline='', encoding='utf-8') as f:
            w = csv.writer(f)
            for r in range(1, R + 1):
                w.writerow([fmtcsv(vals.get((sheet, r, c)), self.fmt.get((sheet, r, c)), style) for c in range(1, C + 1)])


def textcol(bk, sh, rows, col, fn):
    for r in rows:
        bk.textfmt[(sh, r, col)] = fn


# ---------------------------------------------------------------- statement of accounts
def e01(rng):
    bk = Book('e01_MIRS', 'MIRS: usable reserve columns + Total usable, Unusable, Total reserves; rows opening balance, surplus/deficit, OCI, Total CI&E, adjustments, (Increase)/decrease in year, closing = opening + movement; reserves negative in brackets')
    sh = bk.sheet('MIRS')
    r = banner(bk, sh, ['Movement in Reserves Statement 2024/25']) + 1
    heads = ['General Fund Balance', 'Earmarked GF Reserves', 'Housing Revenue Account', 'Capital Receipts Reserve',
             'Major Repairs Reserve', 'Capital Grants Unapplied']
    bk.row(sh, r, 1, [None] + heads + ['Total Usable Reserves', 'Unusable Reserves', 'Total Authority Reserves'], bold=True)
    bk.row(sh, r + 1, 1, [None] + ['£000'] * 9, bold=True)
    r += 2
    op = r
    bk.row(sh, r, 1, ['Balance at 31 March 2024'] + [-ri(rng, 2000, 40000) for _ in heads] + [None, -ri(rng, 100000, 400000)], fmt=K)
    r += 1
    surplus = r
    bk.row(sh, r, 1, ['Total Comprehensive Income and Expenditure: (Surplus) or deficit on the provision of services'] +
           [ri(rng, -9000, 30000), 0, ri(rng, -5000, 5000), 0, 0, 0, None, 0], fmt=K)
    r += 1
    oci = r
    bk.row(sh, r, 1, ['Other Comprehensive Income and Expenditure'] + [0] * 6 + [None, ri(rng, -40000, 40000)], fmt=K)
    r += 1
    tci = r
    bk.put(sh, r, 1, 'Total Comprehensive Income and Expenditure', bold=True)
    r += 1
    adj = r
    adjv = [-ri(rng, 1000, 30000), 0, -ri(rng, 0, 6000), ri(rng, -3000, 3000), ri(rng, -2000, 2000), ri(rng, -4000, 4000)]
    bk.row(sh, r, 1, ['Adjustments between accounting basis and funding basis under regulations'] + adjv + [None, None], fmt=K)
    r += 1
    tr = r
    bk.row(sh, r, 1, ['Transfers to/(from) Earmarked Reserves'] + [0] * 6 + [None, 0], fmt=K)
    gfx = ri(rng, -3000, 3000)
    bk.put(sh, r, 2, gfx, K); bk.put(sh, r, 3, -gfx, K)
    r += 1
    mv = r
    bk.put(sh, r, 1, '(Increase)/Decrease in 2024/25', bold=True)
    r += 1
    cl = r
    bk.put(sh, r, 1, 'Balance at 31 March 2025 carried forward', bold=True)
    for c in range(2, 11):
        if c <= 7 or c == 9:
            bk.lin((sh, tci, c), [(1, (sh, surplus, c)), (1, (sh, oci, c))], K, True)
    # unusable adjustments mirror the usable ones
    bk.lin((sh, adj, 9), [(-1, (sh, adj, c)) for c in range(2, 8)], K)
    for c in list(range(2, 8)) + [9]:
        bk.lin((sh, mv, c), [(1, (sh, tci, c)), (1, (sh, adj, c)), (1, (sh, tr, c))], K, True)
    for rr in (op, surplus, oci, tci, adj, tr, mv):
        bk.lin((sh, rr, 8), [(1, (sh, rr, c)) for c in range(2, 8)], K, rr in (tci, mv))
        bk.lin((sh, rr, 10), [(1, (sh, rr, 8)), (1, (sh, rr, 9))], K, rr in (tci, mv))
    for c in range(2, 10):
        bk.lin((sh, cl, c), [(1, (sh, op, c)), (1, (sh, mv, c))], K, True)
    bk.lin((sh, cl, 10), [(1, (sh, cl, 8)), (1, (sh, cl, 9))], K, True)
    return bk, {'csv': sh}


def e02(rng):
    bk = Book('e02_CFR_note', "capital financing requirement: Opening CFR, capital investment lines, 'Sources of finance' with Less: lines negative, Closing CFR; 'Increase in underlying need to borrow' = closing - opening; prior-year column whose closing is this year's opening")
    sh = bk.sheet('Note 36 CFR')
    r = banner(bk, sh, ['Note 36 Capital Expenditure and Capital Financing']) + 1
    bk.row(sh, r, 1, [None, '2023/24', '2024/25'], bold=True)
    bk.row(sh, r + 1, 1, [None, '£000', '£000'], bold=True)
    r += 2
    op = r
    bk.row(sh, r, 1, ['Opening Capital Financing Requirement', ri(rng, 200000, 400000)], fmt=K)
    r += 1
    bk.put(sh, r, 1, 'Capital investment', bold=True); r += 1
    inv = []
    for n in ['Property, Plant and Equipment', 'Investment Properties', 'Intangible Assets',
              'Revenue Expenditure Funded from Capital under Statute']:
        bk.row(sh, r, 1, [n, ri(rng, 500, 40000), ri(rng, 500, 40000)], fmt=K); inv.append(r); r += 1
    bk.put(sh, r, 1, 'Sources of finance', bold=True); r += 1
    fin = []
    for n in ['Less: Capital receipts', 'Less: Government grants and other contributions',
              'Less: Sums set aside from revenue - direct revenue contributions', 'Less: Minimum revenue provision']:
        bk.row(sh, r, 1, [n, -ri(rng, 500, 20000), -ri(rng, 500, 20000)], fmt=K); fin.append(r); r += 1
    cl = r
    bk.put(sh, r, 1, 'Closing Capital Financing Requirement', bold=True)
    r += 2
    bk.put(sh, r, 1, 'Explanation of movements in year', bold=True); r += 1
    inc = r
    bk.put(sh, r, 1, 'Increase/(decrease) in underlying need to borrow')
    for c in (2, 3):
        if c == 3:
            bk.lin((sh, op, 3), [(1, (sh, cl, 2))], K)
        bk.lin((sh, cl, c), [(1, (sh, op, c))] + [(1, (sh, x, c)) for x in inv + fin], K, True)
        bk.lin((sh, inc, c), [(1, (sh, cl, c)), (-1, (sh, op, c))], K)
    return bk, {'xls': True, 'csv': sh}


def e03(rng):
    bk = Book('e03_provisions_two_year_blocks', 'provisions movements: 2023/24 block then 2024/25 block stacked, each Balance at 1 April + made - used - reversed + unwinding = Balance at 31 March; 2024/25 opening = 2023/24 closing; Total column')
    sh = bk.sheet('Provisions')
    r = banner(bk, sh, ['Note 22 Provisions', '£000']) + 1
    heads = ['Business Rates Appeals', 'Insurance', 'Equal Pay', 'Landfill Aftercare', 'Other']
    cols = [{'h': h, 'k': 'in'} for h in heads] + [{'h': 'Total', 'k': 'sum', 'of': [0, 1, 2, 3, 4]}]
    prev_close = None
    for yr, a, b in [('2023/24', '1 April 2023', '31 March 2024'), ('2024/25', '1 April 2024', '31 March 2025')]:
        bk.put(sh, r, 1, yr, bold=True)
        items = [('r', [f'Balance at {a}'], [ri(rng, 500, 9000) for _ in heads]),
                 ('r', ['Additional provisions made in year'], [ri(rng, 0, 3000) for _ in heads]),
                 ('r', ['Amounts used in year'], [-ri(rng, 0, 2000) for _ in heads]),
                 ('r', ['Unused amounts reversed in year'], [-ri(rng, 0, 800) for _ in heads]),
                 ('r', ['Unwinding of discount'], [0, 0, 0, ri(rng, 10, 200), 0]),
                 ('s', f'Balance at {b}')]
        info = build(bk, sh, r + 1, 1, [[None] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
        first = [x for k, x in info['rows'] if k == 'r'][0]
        if prev_close:
            for c in info['cpos'][:5]:
                del bk.cells[(sh, first, c)]
                bk.lin((sh, first, c), [(1, (sh, prev_close, c))], K)
            # move the block's derived cells after the link
            links = {(sh, first, c) for c in info['cpos'][:5]}
            for k in [k for k in bk.derived if k[0] == sh and k[1] >= first and k not in links]:
                bk.derived.move_to_end(k)
        prev_close = info['subs'][0]
        r = info['end'] + 2
    return bk, {'ods': True}


def e04(rng):
    bk = Book('e04_grant_income_of_which', "grant income note: 'Credited to Taxation and Non Specific Grant Income' and 'Credited to Services' each with a Total, 'of which' memo lines under two grants (not added), two years")
    sh = bk.sheet('Grant Income')
    r = banner(bk, sh, ['Note 33 Grant Income']) + 1
    cols = [{'h': '2023/24 £000', 'k': 'in'}, {'h': '2024/25 £000', 'k': 'in'}]
    items = [('h', 'Credited to Taxation and Non Specific Grant Income')]
    for n in ['Revenue Support Grant', 'Services Grant', 'New Homes Bonus', 'Capital grants and contributions']:
        items.append(('r', [n], [ri(rng, 500, 30000), ri(rng, 500, 30000)]))
    items.append(('m', ['   of which: Levelling Up Fund'], [ri(rng, 100, 400), ri(rng, 100, 400)]))
    items.append(('s', 'Total'))
    items.append(('b',))
    items.append(('h', 'Credited to Services'))
    for n in ['Dedicated Schools Grant', 'Public Health Grant', 'Housing Benefit subsidy', 'Better Care Fund',
              'Household Support Fund', 'Other grants']:
        items.append(('r', [n], [ri(rng, 500, 90000), ri(rng, 500, 90000)]))
        if n == 'Better Care Fund':
            items.append(('m', ['   of which: Disabled Facilities Grant'], [ri(rng, 100, 400), ri(rng, 100, 400)]))
    items.append(('s', 'Total'))
    build(bk, sh, r, 1, [[None] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh, 'xls': True}


def e05(rng):
    bk = Book('e05_officers_remuneration_bands', "officers' remuneration: band labels '£50,000 - £54,999', number of employees 2023/24 and 2024/25 with an 'of which: schools' column each; Total row")
    sh = bk.sheet('Officers remuneration')
    r = banner(bk, sh, ["Note 30 Officers' Remuneration", 'Number of employees whose remuneration was £50,000 or more']) + 1
    cols = [{'h': '2023/24 Total', 'k': 'in', 'fmt': CNT}, {'h': 'of which schools', 'k': 'in', 'fmt': CNT},
            {'h': '2024/25 Total', 'k': 'in', 'fmt': CNT}, {'h': 'of which schools', 'k': 'in', 'fmt': CNT}]
    items = []
    for lo in range(50000, 150000, 5000):
        a = ri(rng, 0, 80 if lo < 70000 else 12); c = ri(rng, 0, 80 if lo < 70000 else 12)
        items.append(('r', [f'£{lo:,} - £{lo + 4999:,}'], [a, ri(rng, 0, a), c, ri(rng, 0, c)]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Remuneration band'] + [c['h'] for c in cols]], 1, cols, items, fmt=CNT)
    return bk, {'csv': sh}


def e06(rng):
    bk = Book('e06_senior_officers_pounds', 'senior officers: posts with (note n) markers, salary/allowances/benefits in whole pounds, Total excl pension, employer pension, Total incl pension; 2024/25 block and 2023/24 block; footnotes between')
    sh = bk.sheet('Senior officers')
    r = banner(bk, sh, ['Senior officers emoluments']) + 1
    cols = [{'h': 'Salary (including fees & allowances)', 'k': 'in'}, {'h': 'Expenses allowances', 'k': 'in'},
            {'h': 'Benefits in kind', 'k': 'in'}, {'h': 'Total remuneration excluding pension contributions', 'k': 'sum', 'of': [0, 1, 2]},
            {'h': 'Employer pension contributions', 'k': 'in'},
            {'h': 'Total remuneration including pension contributions', 'k': 'sum', 'of': [3, 4]}]
    posts = ['Chief Executive', 'Corporate Director of Adult Services', "Corporate Director of Children's Services (note 1)",
             'Director of Public Health', 'Corporate Director of Place', 'Director of Finance (s151 officer)',
             'Director of Law and Governance (Monitoring Officer) (note 2)']
    for yr in ['2024/25', '2023/24']:
        items = []
        for p in posts:
            s = ri(rng, 95000, 210000)
            items.append(('r', [p], [s, rng.choice([0, ri(rng, 200, 3000)]), rng.choice([0, ri(rng, 500, 6000)]), round(s * 0.18)]))
        bk.put(sh, r, 1, yr, bold=True)
        info = build(bk, sh, r + 1, 1, [['Post title'] + [c['h'] for c in cols], [None] + ['£'] * 6], 1, cols, items, fmt='#,##0')
        r = info['end'] + 1
        bk.put(sh, r, 1, 'Note 1: the post holder left on 30 September; an interim was appointed from 1 October at a day rate of £950.')
        bk.put(sh, r + 1, 1, 'Note 2: the post was vacant for 3 months of the year.')
        r += 3
    return bk, {'xls': True}


def e07(rng):
    bk = Book('e07_exit_packages', "exit packages: cost bands '£0 - £20,000', compulsory redundancies, other departures, Total number (sum), Total cost £ per band; two years side by side; Total row")
    sh = bk.sheet('Exit packages')
    r = banner(bk, sh, ['Note 31 Exit Packages']) + 1
    cols = [{'h': 'Compulsory redundancies 2023/24', 'k': 'in'}, {'h': 'Compulsory redundancies 2024/25', 'k': 'in'},
            {'h': 'Other departures 2023/24', 'k': 'in'}, {'h': 'Other departures 2024/25', 'k': 'in'},
            {'h': 'Total number 2023/24', 'k': 'sum', 'of': [0, 2]}, {'h': 'Total number 2024/25', 'k': 'sum', 'of': [1, 3]},
            {'h': 'Total cost £ 2023/24', 'k': 'in', 'fmt': P0}, {'h': 'Total cost £ 2024/25', 'k': 'in', 'fmt': P0}]
    bands = [(0, 20000), (20001, 40000), (40001, 60000), (60001, 80000), (80001, 100000), (100001, 150000)]
    items = []
    for lo, hi in bands:
        n = [ri(rng, 0, 30 if lo == 0 else 4) for _ in range(4)]
        mid = (lo + hi) // 2
        items.append(('r', [f'£{lo:,} - £{hi:,}'], n + [(n[0] + n[2]) * mid + ri(rng, -900, 900) if n[0] + n[2] else 0,
                                                     (n[1] + n[3]) * mid + ri(rng, -900, 900) if n[1] + n[3] else 0]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Exit package cost band (including special payments)'] + [c['h'] for c in cols]], 1, cols, items, fmt=CNT)
    return bk, {'csv': sh, 'ods': True}


def e08(rng):
    bk = Book('e08_pension_fund_account', 'pension fund account: contributions, transfers in, benefits and leavers negative, Net additions/(withdrawals) from dealings with members, management expenses, returns on investments, Net increase in net assets, opening and closing net assets; two years, prior-year closing = opening')
    sh = bk.sheet('Fund Account')
    r = banner(bk, sh, ['Pension Fund Account for the year ended 31 March 2025']) + 1
    bk.row(sh, r, 1, ['Notes', None, '2023/24', '2024/25'], bold=True)
    bk.row(sh, r + 1, 1, [None, None, '£000', '£000'], bold=True)
    r += 2
    bk.put(sh, r, 2, 'Dealings with members, employers and others directly involved in the fund', bold=True); r += 1
    mem = []
    for note, n, s in [(7, 'Contributions', 1), (8, 'Transfers in from other pension funds', 1), (9, 'Benefits', -1),
                       (10, 'Payments to and on account of leavers', -1)]:
        bk.row(sh, r, 1, [note, n, s * ri(rng, 5000, 150000), s * ri(rng, 5000, 150000)], fmt=K); mem.append(r); r += 1
    nm = r; bk.put(sh, r, 2, 'Net additions/(withdrawals) from dealings with members', bold=True); r += 1
    bk.row(sh, r, 1, [11, 'Management expenses', -ri(rng, 3000, 20000), -ri(rng, 3000, 20000)], fmt=K); me = r; r += 1
    ni = r; bk.put(sh, r, 2, 'Net additions/(withdrawals) including fund management expenses', bold=True); r += 2
    bk.put(sh, r, 2, 'Returns on investments', bold=True); r += 1
    ret = []
    for note, n, a, b in [(12, 'Investment income', 10000, 90000), (None, 'Taxes on income', -900, -10),
                          (14, 'Profit and losses on disposal of investments and changes in the market value of investments', -90000, 300000)]:
        bk.row(sh, r, 1, [note, n, ri(rng, a, b), ri(rng, a, b)], fmt=K); ret.append(r); r += 1
    nr = r; bk.put(sh, r, 2, 'Net return on investments', bold=True); r += 2
    inc = r; bk.put(sh, r, 2, 'Net increase/(decrease) in the net assets available for benefits during the year', bold=True); r += 1
    op = r; bk.put(sh, r, 2, 'Opening net assets of the scheme'); r += 1
    cl = r; bk.put(sh, r, 2, 'Closing net assets of the scheme', bold=True)
    bk.put(sh, op, 3, ri(rng, 2000000, 4000000), K)
    for c in (3, 4):
        if c == 4:
            bk.lin((sh, op, 4), [(1, (sh, cl, 3))], K)
        bk.lin((sh, nm, c), [(1, (sh, x, c)) for x in mem], K, True)
        bk.lin((sh, ni, c), [(1, (sh, nm, c)), (1, (sh, me, c))], K, True)
        bk.lin((sh, nr, c), [(1, (sh, x, c)) for x in ret], K, True)
        bk.lin((sh, inc, c), [(1, (sh, ni, c)), (1, (sh, nr, c))], K, True)
        bk.lin((sh, cl, c), [(1, (sh, op, c)), (1, (sh, inc, c))], K, True)
    return bk, {'xls': True}


def e09(rng):
    bk = TBook('e09_pension_investments_m_rounded', "pension fund investments by asset class in £m to 1 decimal, rounded from unrounded figures so totals can differ by 0.1-0.2 ('totals may not add due to rounding'), % of fund column, 2024 and 2025 columns")
    sh = bk.sheet('Investments')
    r = banner(bk, sh, ['Pension fund investment assets (£m)', 'Figures are rounded; totals may not sum exactly.']) + 1
    cols = [{'h': '31 March 2024 £m', 'k': 'in'}, {'h': '% of fund', 'k': 'pct', 'of': [0, 0], 'fmt': PCT},
            {'h': '31 March 2025 £m', 'k': 'in'}, {'h': '% of fund', 'k': 'text'}]
    names = ['UK equities', 'Global equities', 'Fixed income', 'Index-linked gilts', 'Property', 'Infrastructure',
             'Private equity', 'Private debt', 'Cash and cash equivalents']
    items = [('r', [n], [rng.uniform(20, 900), rng.uniform(20, 900), None]) for n in names] + [('g', 'Total investment assets')]
    info = build(bk, sh, r, 1, [['Asset class'] + [c['h'] for c in cols]], 1, cols, items, fmt=M1)
    g = info['grand'][0]
    rows = [x for k, x in info['rows'] if k == 'r']
    # % of fund = share of the year's total
    for rr in rows + [g]:
        bk.derived.pop((sh, rr, 3), None)
        bk.ratio((sh, rr, 3), (sh, rr, 2), (sh, g, 2), 1, 3, PCT)
        bk.ratio((sh, rr, 5), (sh, rr, 4), (sh, g, 4), 1, 3, PCT)
    bk.freeze_round(1)
    return bk, {'csv': sh, 'noformula': True}


# ---------------------------------------------------------------- treasury
def e10(rng):
    bk = Book('e10_borrowing_maturity_pct', 'borrowing maturity profile: periods (Under 12 months .. 10 years and above), £000 and % of total for two years side by side, Total row 100%')
    sh = bk.sheet('Maturity')
    r = banner(bk, sh, ['Maturity structure of borrowing']) + 1
    cols = [{'h': '31 March 2024 £000', 'k': 'in'}, {'h': '%', 'k': 'text'}, {'h': '31 March 2025 £000', 'k': 'in'}, {'h': '%', 'k': 'text'}]
    per = ['Under 12 months', '12 months and within 24 months', '24 months and within 5 years', '5 years and within 10 years',
           '10 years and within 20 years', '20 years and within 40 years', '40 years and above']
    items = [('r', [p], [ri(rng, 1000, 60000), None, ri(rng, 1000, 60000), None]) for p in per] + [('g', 'Total')]
    info = build(bk, sh, r, 1, [['Period'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    g = info['grand'][0]
    for rr in [x for k, x in info['rows'] if k == 'r'] + [g]:
        bk.ratio((sh, rr, 3), (sh, rr, 2), (sh, g, 2), 1, 3, PCT)
        bk.ratio((sh, rr, 5), (sh, rr, 4), (sh, g, 4), 1, 3, PCT)
    return bk, {'csv': sh}


def e11(rng):
    bk = Book('e11_prudential_indicators_stacked', "prudential indicators: three small tables stacked, each repeating the year header row ('2023/24 Actual', '2024/25 Forecast', '2025/26 Estimate' ..): capital expenditure GF+HRA=Total; financing lines = Total financing; CFR GF+HRA = Total CFR; then a ratio-of-financing-costs % row")
    sh = bk.sheet('Prudential Indicators')
    r = banner(bk, sh, ['Prudential Indicators 2025/26 to 2027/28', '£m']) + 1
    hdr = [None, '2023/24 Actual', '2024/25 Forecast', '2025/26 Estimate', '2026/27 Estimate', '2027/28 Estimate']
    cols = [{'h': h, 'k': 'in'} for h in hdr[1:]]
    blocks = [('Capital Expenditure', ['General Fund', 'HRA'], 'Total Capital Expenditure'),
              ('Financed by:', ['Capital receipts', 'Capital grants', 'Revenue / reserves', 'Net financing need for the year (borrowing)'], 'Total financing'),
              ('Capital Financing Requirement', ['General Fund', 'HRA'], 'Total CFR')]
    for title, lines, tot in blocks:
        items = [('r', [n], [round(rng.uniform(1, 120), 2) for _ in cols]) for n in lines] + [('g', tot)]
        bk.put(sh, r, 1, title, bold=True)
        info = build(bk, sh, r + 1, 1, [hdr], 1, cols, items, fmt=M2)
        r = info['end'] + 2
    bk.row(sh, r, 1, ['Ratio of financing costs to net revenue stream'] + [round(rng.uniform(0.02, 0.09), 4) for _ in cols], fmt='0.0%')
    return bk, {'xls': True}


def e12(rng):
    bk = Book('e12_investments_weighted_average', "treasury investments: counterparty, type, start and maturity dates, amount £m 2dp, rate %; Total row; then 'Weighted average rate' (not a sum) and 'Average days to maturity'")
    sh = bk.sheet('Investments')
    r = banner(bk, sh, ['Treasury investments at 31 March 2025']) + 1
    bk.row(sh, r, 1, ['Counterparty', 'Type', 'Start', 'Maturity', 'Amount £m', 'Rate %'], bold=True)
    r += 1
    first = r
    cps = ['Lloyds Bank plc', 'Barclays Bank UK plc', 'Santander UK plc', 'DMADF', 'Thurrock Council', 'Goldman Sachs MMF',
           'Aberdeen Liquidity Fund', 'Federated Hermes MMF', 'Nationwide Building Society', 'Coventry Building Society']
    amts, rates = [], []
    for cp in cps:
        a = round(rng.uniform(1, 25), 2); rt = round(rng.uniform(3.9, 5.4), 2)
        s = datetime.date(2024, ri(rng, 4, 12), ri(rng, 1, 28))
        bk.row(sh, r, 1, [cp, 'MMF' if 'MMF' in cp or 'Fund' in cp else 'Fixed term deposit', s, s + datetime.timedelta(days=ri(rng, 30, 365))])
        bk.fmt[(sh, r, 3)] = 'dd/mm/yyyy'; bk.fmt[(sh, r, 4)] = 'dd/mm/yyyy'
        bk.put(sh, r, 5, a, M2); bk.put(sh, r, 6, rt, '0.00')
        amts.append(a); rates.append(rt); r += 1
    bk.put(sh, r, 1, 'Total', bold=True)
    bk.lin((sh, r, 5), [(1, (sh, x, 5)) for x in range(first, r)], M2, True)
    wa = round(sum(a * b for a, b in zip(amts, rates)) / sum(amts), 2)
    bk.put(sh, r + 1, 1, 'Weighted average rate'); bk.put(sh, r + 1, 6, wa, '0.00')
    bk.put(sh, r + 2, 1, 'Average days to maturity'); bk.put(sh, r + 2, 5, ri(rng, 60, 200), '0')
    return bk, {'csv': sh}


# ---------------------------------------------------------------- transparency listings
def e13(rng):
    bk = Book('e13_spend_over_500_net_vat_gross', 'spend over £500 csv: body, service, expense type, date, transaction no., supplier, Net £, VAT £, Gross £ (net + vat) in pounds and pence per line; no total row')
    sh = bk.sheet('Spend')
    bk.row(sh, 1, 1, ['Body name', 'Service area', 'Expense type', 'Date', 'Transaction number', 'Supplier', 'Net amount £', 'VAT £', 'Gross amount £'], bold=True)
    for i in range(60):
        r = 2 + i
        net = round(rng.uniform(500, 40000), 2)
        vat = round(net * 0.2, 2) if rng.random() < 0.7 else 0
        bk.row(sh, r, 1, ['Anytown Borough Council', rng.choice(['Highways', 'Waste', 'Adult Social Care', 'ICT', 'Housing']),
                          rng.choice(['Contractors', 'Equipment', 'Professional fees', 'Agency staff']),
                          datetime.date(2025, 1, ri(rng, 1, 31)), str(4500000 + ri(rng, 1000, 99999)), rng.choice(SUP)])
        bk.fmt[(sh, r, 4)] = 'dd/mm/yyyy'
        bk.put(sh, r, 7, net, '#,##0.00'); bk.put(sh, r, 8, vat, '#,##0.00')
        bk.lin((sh, r, 9), [(1, (sh, r, 7)), (1, (sh, r, 8))], '#,##0.00')
    return bk, {'csv': sh, 'csvstyle': 'plain'}


def e14(rng):
    bk = Book('e14_grants_awarded_outstanding', 'grants awarded register: organisation, charity number, date awarded, Amount awarded £, Paid in year £, Balance outstanding = awarded - paid; Total row')
    sh = bk.sheet('Grants awarded')
    r = banner(bk, sh, ['Voluntary sector grants awarded 2024/25']) + 1
    cols = [{'h': 'Charity number', 'k': 'text'}, {'h': 'Date awarded', 'k': 'text'}, {'h': 'Amount awarded £', 'k': 'in'},
            {'h': 'Paid in year £', 'k': 'in'}, {'h': 'Balance outstanding £', 'k': 'diff', 'of': [2, 3]}]
    orgs = ['Anytown Citizens Advice', 'Riverside Food Bank', 'Age Concern Anytown', 'Anytown Mind', 'Youth Action Trust',
            'Carers Hub', 'Women’s Aid Anytown', 'Community Transport Scheme', 'Home-Start Anytown', 'Sports Foundation',
            'Arts Collective CIC', 'Refugee Welcome Group', 'Men in Sheds', 'Credit Union Ltd']
    items = []
    for o in orgs:
        a = ri(rng, 2, 80) * 500
        items.append(('r', [o], [str(ri(rng, 200000, 1199999)), datetime.date(2024, ri(rng, 4, 12), ri(rng, 1, 28)), a, rng.choice([a, a // 2, 0, a - 500])]))
    items.append(('g', 'Total'))
    info = build(bk, sh, r, 1, [['Organisation'] + [c['h'] for c in cols]], 1, cols, items, fmt='#,##0')
    for k, x in info['rows']:
        if k == 'r':
            bk.fmt[(sh, x, 3)] = 'dd/mm/yyyy'
    return bk, {'csv': sh, 'ods': True}


# ---------------------------------------------------------------- monitoring
def e15(rng):
    bk = Book('e15_monitoring_movement_since_q2', 'Q3 monitoring: budget, Q3 forecast, Q3 variance (forecast-budget), Q2 variance (input), Movement = Q3 variance - Q2 variance, RAG text; directorate subtotals and total')
    sh = bk.sheet('Q3 monitoring')
    r = banner(bk, sh, ['Revenue monitoring - Quarter 3 2024/25', '£000']) + 1
    cols = [{'h': 'Budget', 'k': 'in'}, {'h': 'Forecast outturn', 'k': 'in'}, {'h': 'Variance Q3', 'k': 'diff', 'of': [1, 0]},
            {'h': 'Variance Q2', 'k': 'in'}, {'h': 'Movement since Q2', 'k': 'diff', 'of': [2, 3]}, {'h': 'RAG', 'k': 'text'}]
    items = []
    for d in ['Adults, Health & Wellbeing', "Children's Services", 'Place', 'Resources']:
        items.append(('h', d))
        for s in [f'{d[:6]} service {i}' for i in range(1, ri(rng, 3, 5))]:
            b = ri(rng, 1000, 30000); f = b + ri(rng, -800, 1500)
            items.append(('r', [s], [b, f, f - b + ri(rng, -300, 300), rng.choice(['R', 'A', 'G'])]))
        items.append(('s', f'Total {d}'))
    items.append(('g', 'Total net expenditure'))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh, 'xls': True}


def e16(rng):
    bk = Book('e16_monthly_profile_cumulative', "monthly spend profile: Apr..Mar columns and a Full year column; cost centres; Total row; 'Cumulative' row running across the months")
    sh = bk.sheet('Profile')
    r = banner(bk, sh, ['Budget profile 2025/26', '£']) + 1
    cols = [{'h': m, 'k': 'in'} for m in MONTHS] + [{'h': 'Full year', 'k': 'sum', 'of': list(range(12))}]
    items = [('r', [n], [ri(rng, 1000, 40000) for _ in MONTHS]) for n in
             ['Staffing', 'Premises', 'Transport', 'Supplies', 'Contracts']]
    items += [('r', ['Income'], [-ri(rng, 1000, 20000) for _ in MONTHS]), ('g', 'Total'), ('c', 'Cumulative')]
    build(bk, sh, r, 1, [['Cost centre'] + [c['h'] for c in cols]], 1, cols, items, fmt='#,##0', cum_cols=list(range(12)))
    return bk, {'csv': sh, 'ods': True}


def e17(rng):
    bk = Book('e17_ytd_budget_actual_forecast', 'period 8 monitoring: Annual budget, Budget to date, Actual to date, Variance to date (actual - budget to date), Variance %, Forecast outturn, Forecast variance (forecast - annual budget); Total row')
    sh = bk.sheet('P8')
    r = banner(bk, sh, ['Period 8 (November) budget monitoring', '£000']) + 1
    cols = [{'h': 'Annual budget', 'k': 'in'}, {'h': 'Budget to date', 'k': 'in'}, {'h': 'Actual to date', 'k': 'in'},
            {'h': 'Variance to date', 'k': 'diff', 'of': [2, 1]}, {'h': 'Variance %', 'k': 'pct', 'of': [3, 1], 'fmt': PCT},
            {'h': 'Forecast outturn', 'k': 'in'}, {'h': 'Forecast variance', 'k': 'diff', 'of': [5, 0]}]
    items = []
    for s in ['Waste collection', 'Street cleansing', 'Parks', 'Highways', 'Parking', 'Libraries', 'Leisure', 'Planning']:
        a = ri(rng, 500, 12000); bd = round(a * 8 / 12)
        items.append(('r', [s], [a, bd, bd + ri(rng, -400, 400), a + ri(rng, -500, 600)]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'xls': True}


def e18(rng):
    bk = Book('e18_police_budget_funding', "police and crime commissioner budget: pay and non-pay lines, Gross expenditure, income lines negative, Net revenue expenditure; funding lines (grant, precept) Total funding; 'Contribution to/(from) reserves' = funding - NRE; 2024/25 and 2025/26 with Change and Change %")
    sh = bk.sheet('PCC budget')
    r = banner(bk, sh, ['Police and Crime Commissioner - Revenue Budget 2025/26', '£000']) + 1
    bk.row(sh, r, 1, [None, '2024/25 Budget', '2025/26 Budget', 'Change', 'Change %'], bold=True)
    r += 1
    ex = []
    for n in ['Police officer pay', 'PCSO pay', 'Police staff pay', 'Overtime', 'Police pensions', 'Premises', 'Transport',
              'Supplies and services', 'Collaboration contributions', 'Capital financing']:
        v = ri(rng, 1000, 90000)
        bk.row(sh, r, 1, [n, v, v + ri(rng, -500, 4000)], fmt=K); ex.append(r); r += 1
    ge = r; bk.put(sh, r, 1, 'Gross expenditure', bold=True); r += 1
    inc = []
    for n in ['Specific grants', 'Fees, charges and other income', 'Secondments income']:
        v = -ri(rng, 1000, 15000)
        bk.row(sh, r, 1, [n, v, v + ri(rng, -500, 500)], fmt=K); inc.append(r); r += 1
    nre = r; bk.put(sh, r, 1, 'Net revenue expenditure', bold=True); r += 2
    bk.put(sh, r, 1, 'Funded by:', bold=True); r += 1
    fu = []
    for n in ['Police grant', 'Ex-DCLG formula funding', 'Council tax legacy grants', 'Council tax precept', 'Collection fund surplus']:
        v = ri(rng, 2000, 90000)
        bk.row(sh, r, 1, [n, v, v + ri(rng, 0, 4000)], fmt=K); fu.append(r); r += 1
    tf = r; bk.put(sh, r, 1, 'Total funding', bold=True); r += 2
    res = r; bk.put(sh, r, 1, 'Contribution to/(from) reserves', bold=True)
    for c in (2, 3):
        bk.lin((sh, ge, c), [(1, (sh, x, c)) for x in ex], K, True)
        bk.lin((sh, nre, c), [(1, (sh, ge, c))] + [(1, (sh, x, c)) for x in inc], K, True)
        bk.lin((sh, tf, c), [(1, (sh, x, c)) for x in fu], K, True)
        bk.lin((sh, res, c), [(1, (sh, tf, c)), (-1, (sh, nre, c))], K, True)
    for rr in ex + [ge] + inc + [nre] + fu + [tf, res]:
        bk.lin((sh, rr, 4), [(1, (sh, rr, 3)), (-1, (sh, rr, 2))], K)
        bk.ratio((sh, rr, 5), (sh, rr, 4), (sh, rr, 2), 1, 3, PCT)
    return bk, {'csv': sh}


def e19(rng):
    bk = Book('e19_fire_mtfs_FY_headers', "fire and rescue MTFS with year headings 'FY26'..'FY29' (no Total column), expenditure lines, Net budget requirement; funding lines, Total funding; Funding gap = requirement - funding; Cumulative gap")
    sh = bk.sheet('MTFS')
    r = banner(bk, sh, ['Fire and Rescue Authority - Medium Term Financial Plan', '£000']) + 1
    yrs = ['FY26', 'FY27', 'FY28', 'FY29']
    bk.row(sh, r, 1, ['Line'] + yrs, bold=True)
    r += 1
    ex = []
    for n in ['Wholetime firefighters', 'On-call firefighters', 'Control staff', 'Support staff', 'Pensions', 'Non-pay', 'Capital financing']:
        bk.row(sh, r, 1, [n] + [ri(rng, 1000, 20000) for _ in yrs], fmt=K); ex.append(r); r += 1
    nb = r; bk.put(sh, r, 1, 'Net budget requirement', bold=True); r += 1
    fu = []
    for n in ['Settlement funding assessment', 'Business rates top-up', 'Council tax', 'Services grant']:
        bk.row(sh, r, 1, [n] + [ri(rng, 2000, 25000) for _ in yrs], fmt=K); fu.append(r); r += 1
    tf = r; bk.put(sh, r, 1, 'Total funding', bold=True); r += 1
    gap = r; bk.put(sh, r, 1, 'Funding gap', bold=True); r += 1
    cum = r; bk.put(sh, r, 1, 'Cumulative funding gap', bold=True)
    for i, y in enumerate(yrs):
        c = 2 + i
        bk.lin((sh, nb, c), [(1, (sh, x, c)) for x in ex], K, True)
        bk.lin((sh, tf, c), [(1, (sh, x, c)) for x in fu], K, True)
        bk.lin((sh, gap, c), [(1, (sh, nb, c)), (-1, (sh, tf, c))], K, True)
        bk.lin((sh, cum, c), [(1, (sh, gap, c))] + ([(1, (sh, cum, c - 1))] if i else []), K, True)
    return bk, {'xls': True, 'csv': sh}


def e20(rng):
    bk = Book('e20_ICB_financial_position', "ICB month 9 position: Allocation at the top, programme lines (Acute, Mental health, ... Running costs), Total expenditure, Surplus/(deficit) = allocation - expenditure; columns Annual plan, YTD plan, YTD actual, YTD variance (plan - actual, favourable positive), Forecast, Forecast variance")
    sh = bk.sheet('M9 position')
    r = banner(bk, sh, ['Integrated Care Board - Month 9 financial position', '£000']) + 1
    cols = [{'h': 'Annual plan', 'k': 'in'}, {'h': 'YTD plan', 'k': 'in'}, {'h': 'YTD actual', 'k': 'in'},
            {'h': 'YTD variance', 'k': 'diff', 'of': [1, 2]}, {'h': 'Forecast outturn', 'k': 'in'},
            {'h': 'Forecast variance', 'k': 'diff', 'of': [0, 4]}]
    bk.row(sh, r, 1, ['Programme'] + [c['h'] for c in cols], bold=True)
    r += 1
    al = r
    a = ri(rng, 2000000, 3000000)
    bk.row(sh, r, 1, ['Allocation', a, round(a * 0.75), round(a * 0.75), None, a], fmt=K)
    bk.lin((sh, r, 5), [(1, (sh, r, 3)), (-1, (sh, r, 4))], K)
    bk.lin((sh, r, 7), [(1, (sh, r, 2)), (-1, (sh, r, 6))], K)
    r += 2
    first = r
    lines = ['Acute services', 'Mental health services', 'Community health services', 'Continuing care', 'Primary care',
             'Prescribing', 'Primary care co-commissioning', 'Other programme services', 'Running costs']
    for n in lines:
        p = ri(rng, 20000, 900000); yp = round(p * 0.75)
        bk.row(sh, r, 1, [n, p, yp, yp + ri(rng, -3000, 5000), None, p + ri(rng, -4000, 7000)], fmt=K)
        bk.lin((sh, r, 5), [(1, (sh, r, 3)), (-1, (sh, r, 4))], K)
        bk.lin((sh, r, 7), [(1, (sh, r, 2)), (-1, (sh, r, 6))], K)
        r += 1
    te = r
    bk.put(sh, r, 1, 'Total expenditure', bold=True)
    for c in range(2, 8):
        bk.lin((sh, te, c), [(1, (sh, x, c)) for x in range(first, te)], K, True)
    r += 1
    bk.put(sh, r, 1, 'Surplus/(deficit)', bold=True)
    for c in (2, 3, 4, 6):
        bk.lin((sh, r, c), [(1, (sh, al, c)), (-1, (sh, te, c))], K, True)
    return bk, {'csv': sh}


ALL += [e01, e02, e03, e04, e05, e06, e07, e08, e09, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20]


# ---------------------------------------------------------------- other currencies, text units
def e21(rng):
    bk = TBook('e21_US_city_budget_dollars_millions', "US city budget '($ in millions)', 1 decimal rounded from unrounded figures; FY2024 Actual, FY2025 Adopted, FY2026 Proposed, $ Change, % Change; department subtotal; '$' written on the first line and the totals ('$1,234.5' text)")
    sh = bk.sheet('General Fund')
    r = banner(bk, sh, ['City of Springfield', 'General Fund Expenditures by Department', '($ in millions)']) + 1
    cols = [{'h': 'FY2024 Actual', 'k': 'in'}, {'h': 'FY2025 Adopted', 'k': 'in'}, {'h': 'FY2026 Proposed', 'k': 'in'},
            {'h': '$ Change', 'k': 'diff', 'of': [2, 1]}, {'h': '% Change', 'k': 'pct', 'of': [3, 1], 'fmt': PCT}]
    items = [('h', 'Public Safety')]
    for n in ['Police', 'Fire', 'Emergency Management']:
        b = rng.uniform(5, 400)
        items.append(('r', [n], [b * rng.uniform(0.9, 1.0), b, b * rng.uniform(0.97, 1.08)]))
    items.append(('s', 'Total Public Safety'))
    items.append(('h', 'Community Services'))
    for n in ['Parks & Recreation', 'Libraries', 'Public Works', 'Planning & Development', 'Housing']:
        b = rng.uniform(5, 150)
        items.append(('r', [n], [b * rng.uniform(0.9, 1.0), b, b * rng.uniform(0.97, 1.08)]))
    items.append(('s', 'Total Community Services'))
    items.append(('g', 'Total General Fund'))
    info = build(bk, sh, r, 1, [['Department'] + [c['h'] for c in cols]], 1, cols, items, fmt='#,##0.0')
    bk.freeze_round(1)
    first = [x for k, x in info['rows'] if k == 'r'][0]
    dollar = lambda v: f"${v:,.1f}" if v >= 0 else f"(${-v:,.1f})"
    textcol(bk, sh, [first] + info['subs'] + info['grand'], 2, dollar)
    for c in (3, 4, 5):
        textcol(bk, sh, [first] + info['subs'] + info['grand'], c, dollar)
    return bk, {'csv': sh, 'noformula': True}


def e22(rng):
    bk = TBook('e22_euro_budget_text', "budget in euro with every figure written '€1,234' as text (EUR thousands), commitment and payment appropriations, chapter subtotals, Total; negatives '-€120'")
    sh = bk.sheet('Budget EUR')
    r = banner(bk, sh, ['Draft budget 2025 - expenditure', 'EUR thousands']) + 1
    cols = [{'h': 'Commitment appropriations 2024', 'k': 'in'}, {'h': 'Commitment appropriations 2025', 'k': 'in'},
            {'h': 'Payment appropriations 2025', 'k': 'in'}]
    items = []
    for ch, lines in [('Title 1 - Staff', ['Salaries and allowances', 'Recruitment', 'Training', 'Social welfare']),
                      ('Title 2 - Infrastructure', ['Rent of buildings', 'IT equipment', 'Telecommunications', 'Meetings']),
                      ('Title 3 - Operations', ['Grants to member states', 'Studies', 'Communication'])]:
        items.append(('h', ch))
        for n in lines:
            items.append(('r', [n], [ri(rng, 100, 9000), ri(rng, 100, 9000), ri(rng, 100, 9000)]))
        items.append(('s', f'Total {ch.split(" - ")[0]}'))
    items.append(('g', 'TOTAL EXPENDITURE'))
    info = build(bk, sh, r, 1, [['Budget line'] + [c['h'] for c in cols]], 1, cols, items, fmt='#,##0')
    eur = lambda v: f"€{v:,.0f}" if v >= 0 else f"-€{-v:,.0f}"
    rows = [x for k, x in info['rows'] if k in ('r', 's', 'g')]
    for c in info['cpos']:
        textcol(bk, sh, rows, c, eur)
    return bk, {'csv': sh, 'noformula': True}


def e23(rng):
    bk = TBook('e23_k_and_m_text_units', "summary table with amounts written '£46k' (community fund awards, Total '£512k') and a second table below in '£1.2m' (capital bids, exact to 0.1m, Total '£7.4m')")
    sh = bk.sheet('Awards')
    r = banner(bk, sh, ['Community fund and capital bids - summary']) + 1
    cols = [{'h': 'Awarded 2024/25', 'k': 'in'}, {'h': 'Awarded 2025/26', 'k': 'in'}]
    items = [('r', [n], [ri(rng, 5, 120), ri(rng, 5, 120)]) for n in
             ['North ward', 'South ward', 'East ward', 'West ward', 'Town centre', 'Rural parishes']] + [('g', 'Total')]
    info = build(bk, sh, r, 1, [['Area'] + [c['h'] for c in cols]], 1, cols, items, fmt='#,##0')
    k = lambda v: f"£{v:,.0f}k"
    rows = [x for kk, x in info['rows'] if kk in ('r', 'g')]
    for c in info['cpos']:
        textcol(bk, sh, rows, c, k)
    r = info['end'] + 3
    cols2 = [{'h': 'Bid value', 'k': 'in'}, {'h': 'Match funding', 'k': 'in'}, {'h': 'Total scheme cost', 'k': 'sum', 'of': [0, 1]}]
    items = [('r', [n], [ri(rng, 3, 40) / 10, ri(rng, 0, 20) / 10]) for n in
             ['Station quarter', 'High street heritage', 'Active travel corridor', 'Leisure centre decarbonisation']] + [('g', 'Total')]
    info2 = build(bk, sh, r, 1, [['Capital bid'] + [c['h'] for c in cols2]], 1, cols2, items, fmt='#,##0.0')
    m = lambda v: f"£{v:,.1f}m"
    rows = [x for kk, x in info2['rows'] if kk in ('r', 'g')]
    for c in info2['cpos']:
        textcol(bk, sh, rows, c, m)
    return bk, {'csv': sh, 'noformula': True}


# ---------------------------------------------------------------- layout traps
def e24(rng):
    bk = Book('e24_multisheet_totals_at_top', "Summary sheet (first) carrying each directorate sheet's total (cross-sheet links) + Total; directorate sheets have their Total row at the TOP above the services; Budget, Forecast, Variance")
    sm = bk.sheet('Summary')
    cols = [{'h': 'Budget £000', 'k': 'in'}, {'h': 'Forecast £000', 'k': 'in'}, {'h': 'Variance £000', 'k': 'diff', 'of': [1, 0]}]
    tots = []
    for d, ss in [('Adults', ['Residential care', 'Home care', 'Direct payments', 'Day services', 'Assessment teams']),
                  ('Children', ['Placements', 'Fostering', 'Social work teams', 'SEND transport']),
                  ('Place', ['Waste', 'Highways', 'Parks', 'Parking', 'Regulatory services', 'Culture'])]:
        sh = bk.sheet(d)
        r = banner(bk, sh, [f'{d} directorate - forecast outturn', '£000']) + 1
        items = [('gtop', f'Total {d}'), ('b',)]
        for s in ss:
            b = ri(rng, 500, 20000)
            items.append(('r', [s], [b, b + ri(rng, -600, 900)]))
        info = build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
        tots.append((d, info['grand'][0]))
    r = banner(bk, sm, ['Revenue forecast outturn - summary', 'Quarter 2 2025/26']) + 1
    bk.row(sm, r, 1, ['Directorate'] + [c['h'] for c in cols], bold=True)
    r += 1
    first = r
    for d, g in tots:
        bk.put(sm, r, 1, d)
        for c in (2, 3, 4):
            bk.lin((sm, r, c), [(1, (d, g, c))], K)
        r += 1
    bk.put(sm, r, 1, 'Total', bold=True)
    for c in (2, 3, 4):
        bk.lin((sm, r, c), [(1, (sm, x, c)) for x in range(first, r)], K, True)
    return bk, {'xls': True, 'ods': True}


def e25(rng):
    bk = Book('e25_repeated_page_headers', "finance-system print: header row repeated at the top of each 'page' with a 'Page n of 3' line, data rows across pages, one Grand total at the end; Budget, Actual, Variance")
    sh = bk.sheet('Report')
    r = banner(bk, sh, ['FIN-R032 Cost centre summary', 'Run date 03/12/2025 09:14']) + 1
    cols = [{'h': 'Budget', 'k': 'in'}, {'h': 'Actual', 'k': 'in'}, {'h': 'Variance', 'k': 'diff', 'of': [1, 0]}]
    items, hdr_slots = [], []
    n = 0
    for page in range(1, 4):
        if page > 1:
            items.append(('t', f'Page {page} of 3'))
            items.append(('b',)); hdr_slots.append(len(items) - 1)
        for i in range(12):
            n += 1
            b = ri(rng, 1000, 90000)
            items.append(('r', [f'CC{1000 + n * 7}', f'Cost centre {n}'], [b, b + ri(rng, -5000, 5000)]))
    items.append(('g', 'Grand total', 1))
    info = build(bk, sh, r, 1, [['Code', 'Cost centre', 'Budget', 'Actual', 'Variance']], 2, cols, items, fmt='#,##0')
    rows = info['rows']
    for i in hdr_slots:
        bk.row(sh, rows[i][1], 1, ['Code', 'Cost centre', 'Budget', 'Actual', 'Variance'], bold=True)
    return bk, {'csv': sh, 'xls': True}


def e26(rng):
    bk = Book('e26_restated_comparatives', "net cost of services with '2023/24 as previously reported', 'Restatement', '2023/24 restated' (sum) and '2024/25' columns; Total row")
    sh = bk.sheet('Restated')
    r = banner(bk, sh, ['Expenditure and Funding Analysis (restated)', '£000']) + 1
    cols = [{'h': '2023/24 as previously reported', 'k': 'in'}, {'h': 'Restatement', 'k': 'in'},
            {'h': '2023/24 restated', 'k': 'sum', 'of': [0, 1]}, {'h': '2024/25', 'k': 'in'}]
    items = []
    for s in ['Adult social care', "Children's services", 'Education', 'Environment', 'Housing', 'Culture and leisure',
              'Planning', 'Corporate and democratic core']:
        items.append(('r', [s], [ri(rng, 2000, 90000), rng.choice([0, 0, ri(rng, -3000, 3000)]), ri(rng, 2000, 90000)]))
    items.append(('g', 'Net Cost of Services'))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh, 'ods': True}


def e27(rng):
    bk = Book('e27_memo_lines_below_total', "budget with Total, then 'Memorandum items (for information - included in the figures above)' lines in the same columns and footnotes; two years and change")
    sh = bk.sheet('Budget')
    r = banner(bk, sh, ['Environment directorate budget', '£000']) + 1
    cols = [{'h': '2024/25', 'k': 'in'}, {'h': '2025/26', 'k': 'in'}, {'h': 'Change', 'k': 'diff', 'of': [1, 0]}]
    items = [('r', [s], [b, b + ri(rng, -300, 800)]) for s in ['Waste collection', 'Waste disposal', 'Street cleansing',
             'Grounds maintenance', 'Environmental health', 'Trading standards', 'Bereavement services'] for b in [ri(rng, 500, 15000)]]
    items += [('g', 'Total Environment'), ('b',), ('t', 'Memorandum items (for information - included in the figures above):')]
    items += [('m', [n], [ri(rng, 200, 3000), ri(rng, 200, 3000)]) for n in ['Support service recharges', 'Capital charges', 'Pension back-funding']]
    items += [('b',), ('t', 'Note 1: Waste disposal includes the PFI unitary charge.'), ('t', 'Note 2: 2024/25 restated for the transfer of pest control.')]
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh, 'xls': True}


def e28(rng):
    bk = Book('e28_cash_book_running_balance', 'cash book by month (rows Apr..Mar): Opening balance, Receipts, Payments (positive, subtracted), Closing = opening + receipts - payments; next opening = previous closing; Total row adds Receipts and Payments only')
    sh = bk.sheet('Cash')
    r = banner(bk, sh, ['Imprest account - monthly summary 2024/25', '£']) + 1
    bk.row(sh, r, 1, ['Month', 'Opening balance', 'Receipts', 'Payments', 'Closing balance'], bold=True)
    r += 1
    first = r
    for i, m in enumerate(MONTHS):
        bk.put(sh, r, 1, m)
        if i == 0:
            bk.put(sh, r, 2, ri(rng, 2000, 9000), '#,##0.00')
        else:
            bk.lin((sh, r, 2), [(1, (sh, r - 1, 5))], '#,##0.00')
        bk.put(sh, r, 3, round(rng.uniform(1000, 8000), 2), '#,##0.00')
        bk.put(sh, r, 4, round(rng.uniform(1000, 8000), 2), '#,##0.00')
        bk.lin((sh, r, 5), [(1, (sh, r, 2)), (1, (sh, r, 3)), (-1, (sh, r, 4))], '#,##0.00')
        r += 1
    bk.put(sh, r, 1, 'Total', bold=True)
    for c in (3, 4):
        bk.lin((sh, r, c), [(1, (sh, x, c)) for x in range(first, r)], '#,##0.00', True)
    return bk, {'csv': sh, 'csvstyle': 'plain'}


def e29(rng):
    bk = Book('e29_capital_outturn_slippage', 'capital outturn: Original budget + Slippage b/f + Virements = Revised budget; Actual; Variance (actual - revised); Re-profiled to 2025/26; Under/(over)spend = revised - actual - reprofiled; directorate subtotals and total')
    sh = bk.sheet('Capital outturn')
    r = banner(bk, sh, ['Capital outturn 2024/25', '£000']) + 1
    cols = [{'h': 'Original budget', 'k': 'in'}, {'h': 'Slippage b/f', 'k': 'in'}, {'h': 'Virements', 'k': 'in'},
            {'h': 'Revised budget', 'k': 'sum', 'of': [0, 1, 2]}, {'h': 'Actual', 'k': 'in'},
            {'h': 'Variance', 'k': 'diff', 'of': [4, 3]}, {'h': 'Re-profiled to 2025/26', 'k': 'in'},
            {'h': 'Under/(over) spend', 'k': 'text'}]
    items = []
    for d, ss in [('Place', ['Highways maintenance', 'Bridges', 'Cycle network', 'Flood defence']),
                  ('Children', ['School expansions', 'Condition works', 'SEN units']),
                  ('Resources', ['ICT refresh', 'Office rationalisation'])]:
        items.append(('h', d))
        for s in ss:
            o = ri(rng, 500, 12000); sl = ri(rng, 0, 3000); v = rng.choice([0, 0, ri(rng, -500, 500)])
            act = round((o + sl + v) * rng.uniform(0.6, 1.05))
            rep = max(0, round((o + sl + v - act) * rng.uniform(0.5, 1)))
            items.append(('r', [s], [o, sl, v, act, rep, None]))
        items.append(('s', f'Total {d}'))
    items.append(('g', 'Total capital programme'))
    info = build(bk, sh, r, 1, [['Scheme'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    cp = info['cpos']
    for k, x in info['rows']:
        if k in ('r', 's', 'g'):
            bk.lin((sh, x, cp[7]), [(1, (sh, x, cp[3])), (-1, (sh, x, cp[4])), (-1, (sh, x, cp[6]))], K, k != 'r')
    return bk, {'xls': True, 'csv': sh}


def e30(rng):
    bk = Book('e30_school_balances_phases', "school balances: DfE number text ('881/2001'), school, budget share £, balance b/f £, movement £, balance c/f (sum), % of budget share; Primary/Secondary/Special subtotals; Total")
    sh = bk.sheet('School balances')
    r = banner(bk, sh, ['Maintained school revenue balances at 31 March 2025']) + 1
    cols = [{'h': 'Budget share £', 'k': 'in'}, {'h': 'Balance b/f £', 'k': 'in'}, {'h': 'Movement £', 'k': 'in'},
            {'h': 'Balance c/f £', 'k': 'sum', 'of': [1, 2]}, {'h': 'Balance as % of budget share', 'k': 'pct', 'of': [3, 0], 'fmt': PCT}]
    items = []
    n = 0
    for ph, cnt, (lo, hi) in [('Primary', 9, (900000, 2500000)), ('Secondary', 4, (4000000, 9000000)), ('Special', 2, (1500000, 3000000))]:
        items.append(('h', ph))
        for i in range(cnt):
            n += 1
            bs = ri(rng, lo, hi); bf = ri(rng, -50000, 300000)
            items.append(('r', [f'881/{2000 + n * 13}', f'{rng.choice(["St Mary", "Oakfield", "Riverside", "Hillcrest", "Meadow", "Park"])} {ph}'],
                          [bs, bf, ri(rng, -80000, 80000)]))
        items.append(('s', f'Total {ph}', 1))
    items.append(('g', 'Total maintained schools', 1))
    build(bk, sh, r, 1, [['DfE number', 'School'] + [c['h'] for c in cols]], 2, cols, items, fmt='#,##0;(#,##0)')
    return bk, {'csv': sh, 'ods': True}


def e31(rng):
    bk = Book('e31_DSG_less_recoupment', "DSG: schools/central/high needs/early years blocks, 'Total DSG before deductions', 'Less: academy recoupment' and 'Less: high needs place deductions' (negative), 'DSG after deductions'; columns '2024-25', '2025-26', 'Change'")
    sh = bk.sheet('DSG')
    r = banner(bk, sh, ['Dedicated Schools Grant allocations', '£']) + 1
    bk.row(sh, r, 1, ['Block', '2024-25', '2025-26', 'Change'], bold=True)
    r += 1
    f = r
    for n in ['Schools block', 'Central school services block', 'High needs block', 'Early years block']:
        v = ri(rng, 2000000, 250000000)
        bk.row(sh, r, 1, [n, v, round(v * rng.uniform(1.0, 1.08))], fmt='#,##0'); r += 1
    tb = r; bk.put(sh, r, 1, 'Total DSG before deductions', bold=True); r += 1
    d1 = r; bk.row(sh, r, 1, ['Less: academy recoupment', -ri(rng, 50000000, 120000000), -ri(rng, 50000000, 130000000)], fmt='#,##0;-#,##0'); r += 1
    d2 = r; bk.row(sh, r, 1, ['Less: high needs place deductions', -ri(rng, 1000000, 5000000), -ri(rng, 1000000, 5000000)], fmt='#,##0;-#,##0'); r += 1
    ad = r; bk.put(sh, r, 1, 'DSG after deductions', bold=True)
    for c in (2, 3):
        bk.lin((sh, tb, c), [(1, (sh, x, c)) for x in range(f, tb)], '#,##0', True)
        bk.lin((sh, ad, c), [(1, (sh, tb, c)), (1, (sh, d1, c)), (1, (sh, d2, c))], '#,##0', True)
    for rr in list(range(f, tb)) + [tb, d1, d2, ad]:
        bk.lin((sh, rr, 4), [(1, (sh, rr, 3)), (-1, (sh, rr, 2))], '#,##0;-#,##0')
    return bk, {'csv': sh, 'xls': True}


def e32(rng):
    bk = Book('e32_precepts_bandD_pounds_beside_000', "council tax requirement: precept £000 (whole) beside Band D £ (2dp) and % increase per preceptor; Total row adds both; a tax base memo line below")
    sh = bk.sheet('Council tax')
    r = banner(bk, sh, ['Council tax 2025/26']) + 1
    bk.row(sh, r, 1, ['Preceptor', 'Precept £000', 'Band D 2024/25 £', 'Band D 2025/26 £', 'Increase %'], bold=True)
    r += 1
    base = ri(rng, 40000, 90000)
    first = r
    for n, bd in [('County Council', 1650), ('Police and Crime Commissioner', 270), ('Fire and Rescue Authority', 85),
                  ('Borough Council', 210), ('Average parish precept', 60)]:
        b0 = round(bd * rng.uniform(0.95, 1.05), 2); b1 = round(b0 * rng.uniform(1.0, 1.05), 2)
        bk.put(sh, r, 1, n)
        bk.put(sh, r, 2, round(b1 * base / 1000), '#,##0')
        bk.put(sh, r, 3, b0, '#,##0.00'); bk.put(sh, r, 4, b1, '#,##0.00')
        bk.ratio((sh, r, 5), (sh, r, 4), (sh, r, 3), 1, 4, '0.00%')
        r += 1
    bk.put(sh, r, 1, 'Total', bold=True)
    for c, fm in ((2, '#,##0'), (3, '#,##0.00'), (4, '#,##0.00')):
        bk.lin((sh, r, c), [(1, (sh, x, c)) for x in range(first, r)], fm, True)
    bk.ratio((sh, r, 5), (sh, r, 4), (sh, r, 3), 1, 4, '0.00%')
    bk.put(sh, r + 2, 1, 'Tax base (Band D equivalents)'); bk.put(sh, r + 2, 2, base, '#,##0')
    return bk, {'csv': sh, 'ods': True}


def e33(rng):
    bk = TBook('e33_nil_markers_en_dash', "fees income by quarter with nil written as text in various ways ('–' en dash, '—' em dash, 'nil', '-', 'n/a'), Q1..Q4, Full year column and Total row")
    sh = bk.sheet('Fees')
    r = banner(bk, sh, ['Fees and charges income 2024/25', '£000']) + 1
    cols = [{'h': q, 'k': 'in'} for q in ['Q1', 'Q2', 'Q3', 'Q4']] + [{'h': 'Full year', 'k': 'sum', 'of': [0, 1, 2, 3]}]
    items = []
    for s in ['Planning fees', 'Building control', 'Parking', 'Licensing', 'Cemeteries', 'Pest control', 'Room hire',
              'Trade waste', 'Land charges']:
        items.append(('r', [s], [rng.choice([0, ri(rng, 10, 900)]) for _ in range(4)]))
    items.append(('g', 'Total'))
    info = build(bk, sh, r, 1, [['Income stream'] + [c['h'] for c in cols]], 1, cols, items, fmt='#,##0')
    markers = ['–', '—', 'nil', '-', 'n/a']
    for k, v in list(bk.cells.items()):
        if k[0] == sh and v == 0 and k[2] in info['cpos']:
            mk = rng.choice(markers)
            bk.textfmt[k] = (lambda m: (lambda x: m if x == 0 else x))(mk)
    return bk, {'csv': sh, 'xls': True}


def e34(rng):
    bk = TBook('e34_some_figures_text_brackets', "budget table pasted from a PDF: most figures numbers, but a few rows stored as text ('(1,234)', '12,345'); Gross, Income (negative), Net columns; Total row")
    sh = bk.sheet('Budget')
    r = banner(bk, sh, ['Housing services budget', '£000']) + 1
    cols = [{'h': 'Gross expenditure', 'k': 'in'}, {'h': 'Income', 'k': 'in'}, {'h': 'Net expenditure', 'k': 'sum', 'of': [0, 1]}]
    items = [('r', [s], [ri(rng, 200, 20000), -ri(rng, 100, 8000)]) for s in
             ['Homelessness', 'Temporary accommodation', 'Housing advice', 'Private sector housing', 'Housing strategy',
              'Traveller sites', 'Housing benefit administration', 'Supporting people']] + [('g', 'Total housing services')]
    info = build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    dr = [x for k, x in info['rows'] if k == 'r']
    tx = lambda v: f"({-v:,.0f})" if v < 0 else f"{v:,.0f}"
    for x in rng.sample(dr, 3):
        for c in info['cpos']:
            bk.textfmt[(sh, x, c)] = tx
    return bk, {'xls': True}


def e35(rng):
    bk = Book('e35_merged_revenue_capital_groups', "merged group banners 'Revenue' and 'Capital' over Budget/Forecast/Variance each, 'Total variance' = revenue variance + capital variance; directorates; Total row")
    sh = bk.sheet('Overview')
    r = banner(bk, sh, ['Financial overview - Quarter 3', '£000']) + 1
    bk.put(sh, r, 2, 'Revenue', bold=True); bk.put(sh, r, 5, 'Capital', bold=True)
    bk.merges[sh] = [f'B{r}:D{r}', f'E{r}:G{r}']
    r += 1
    cols = [{'h': 'Budget', 'k': 'in'}, {'h': 'Forecast', 'k': 'in'}, {'h': 'Variance', 'k': 'diff', 'of': [1, 0]},
            {'h': 'Budget', 'k': 'in'}, {'h': 'Forecast', 'k': 'in'}, {'h': 'Variance', 'k': 'diff', 'of': [4, 3]},
            {'h': 'Total variance', 'k': 'sum', 'of': [2, 5]}]
    items = []
    for d in ['Adults', 'Children', 'Public health', 'Place', 'Housing', 'Resources']:
        b = ri(rng, 2000, 80000); c = ri(rng, 0, 30000)
        items.append(('r', [d], [b, b + ri(rng, -900, 1500), c, round(c * rng.uniform(0.6, 1.0))]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Directorate'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'ods': True, 'csv': sh}


def e36(rng):
    bk = Book('e36_years_down_rows', "MTFS with years down the rows ('2025-26' .. '2029-30') and categories across: Pay, Non-pay, Income (negative), Net (sum); Total row over the five years")
    sh = bk.sheet('Five year plan')
    r = banner(bk, sh, ['Five-year financial plan', '£000']) + 1
    cols = [{'h': 'Pay', 'k': 'in'}, {'h': 'Non-pay', 'k': 'in'}, {'h': 'Income', 'k': 'in'}, {'h': 'Net', 'k': 'sum', 'of': [0, 1, 2]}]
    items = [('r', [y.replace('/', '-')], [ri(rng, 40000, 60000), ri(rng, 20000, 40000), -ri(rng, 10000, 20000)]) for y in YRS5]
    items.append(('g', 'Total 2025-30'))
    build(bk, sh, r, 1, [['Year'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh, 'xls': True}


def e37(rng):
    bk = Book('e37_money_table_then_fte_table', "one sheet: a £000 budget table (Total) then below it an 'Establishment (FTE)' table to 1 decimal with its own Total, then 'Average cost per FTE £' (ratio)")
    sh = bk.sheet('Staffing')
    r = banner(bk, sh, ['Staffing budget 2025/26']) + 1
    svcs = ['Customer services', 'Revenues and benefits', 'Finance', 'HR and payroll', 'ICT', 'Legal', 'Democratic services']
    cols = [{'h': 'Pay budget £000', 'k': 'in'}, {'h': 'Agency £000', 'k': 'in'}, {'h': 'Total £000', 'k': 'sum', 'of': [0, 1]}]
    items = [('r', [s], [ri(rng, 300, 6000), ri(rng, 0, 400)]) for s in svcs] + [('g', 'Total')]
    info = build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    g1 = info['grand'][0]
    r = info['end'] + 3
    bk.put(sh, r - 1, 1, 'Establishment (FTE)', bold=True)
    cols2 = [{'h': 'Permanent FTE', 'k': 'in', 'fmt': '0.0'}, {'h': 'Temporary FTE', 'k': 'in', 'fmt': '0.0'},
             {'h': 'Total FTE', 'k': 'sum', 'of': [0, 1], 'fmt': '0.0'}]
    items = [('r', [s], [round(rng.uniform(5, 150), 1), round(rng.uniform(0, 12), 1)]) for s in svcs] + [('g', 'Total')]
    info2 = build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols2]], 1, cols2, items, fmt='0.0')
    g2 = info2['grand'][0]
    bk.put(sh, g2 + 2, 1, 'Average cost per FTE £')
    bk.ratio((sh, g2 + 2, 4), (sh, g1, 2), (sh, g2, 4), 1000, 0, '#,##0')
    return bk, {'csv': sh, 'ods': True}


def e38(rng):
    bk = Book('e38_pivot_table_export', "pivot-table paste: 'Sum of Amount' corner, 'Row Labels' and 'Column Labels', Qtr1..Qtr4 columns, a '(blank)' row label, 'Grand Total' column and row")
    sh = bk.sheet('Pivot')
    bk.put(sh, 1, 1, 'Financial year'); bk.put(sh, 1, 2, '2024/25')
    bk.put(sh, 3, 1, 'Sum of Amount', bold=True); bk.put(sh, 3, 2, 'Column Labels', bold=True)
    cols = [{'h': q, 'k': 'in', 'fmt': '#,##0.00'} for q in ['Qtr1', 'Qtr2', 'Qtr3', 'Qtr4']] + \
           [{'h': 'Grand Total', 'k': 'sum', 'of': [0, 1, 2, 3], 'fmt': '#,##0.00'}]
    items = [('r', [s], [round(rng.uniform(0, 90000), 2) for _ in range(4)]) for s in SUP[:9]]
    items.append(('r', ['(blank)'], [0, 0, round(rng.uniform(500, 900), 2), 0]))
    items.append(('g', 'Grand Total'))
    build(bk, sh, 4, 1, [['Row Labels'] + [c['h'] for c in cols]], 1, cols, items, fmt='#,##0.00', bold_totals=False)
    return bk, {'csv': sh, 'xls': True}


def e39(rng):
    bk = Book('e39_capital_receipts_running_across_years', "capital receipts reserve forecast: years across (2024/25 .. 2028/29), rows Balance b/f, Receipts in year, Applied to finance capital (negative), Balance c/f; next year's b/f = previous c/f")
    sh = bk.sheet('Receipts')
    r = banner(bk, sh, ['Capital receipts reserve', '£000']) + 1
    yrs = ['2024/25'] + YRS5[:4]
    bk.row(sh, r, 1, [None] + yrs, bold=True)
    r += 1
    bf, rec, app, cf = r, r + 1, r + 2, r + 3
    bk.put(sh, bf, 1, 'Balance brought forward'); bk.put(sh, rec, 1, 'Receipts in year')
    bk.put(sh, app, 1, 'Applied to finance capital expenditure'); bk.put(sh, cf, 1, 'Balance carried forward', bold=True)
    for i in range(len(yrs)):
        c = 2 + i
        if i == 0:
            bk.put(sh, bf, c, ri(rng, 3000, 9000), K)
        else:
            bk.lin((sh, bf, c), [(1, (sh, cf, c - 1))], K)
        bk.put(sh, rec, c, ri(rng, 500, 4000), K)
        bk.put(sh, app, c, -ri(rng, 500, 4000), K)
        bk.lin((sh, cf, c), [(1, (sh, bf, c)), (1, (sh, rec, c)), (1, (sh, app, c))], K, True)
    return bk, {'csv': sh, 'ods': True}


def e40(rng):
    bk = Book('e40_000_beside_bandD_and_per_resident', "service net budget £000 beside 'Band D equivalent £' and 'Per resident £' (2dp, each additive); Total row adds all three")
    sh = bk.sheet('Cost per resident')
    r = banner(bk, sh, ['Net budget 2025/26 - what it costs each household']) + 1
    bk.row(sh, r, 1, ['Service', 'Net budget £000', 'Band D equivalent £', 'Per resident £'], bold=True)
    r += 1
    tb = ri(rng, 40000, 80000); pop = ri(rng, 90000, 200000)
    first = r
    for s in SERV_ALL[:10]:
        v = ri(rng, 200, 30000)
        bk.row(sh, r, 1, [s, v, round(v * 1000 / tb, 2), round(v * 1000 / pop, 2)])
        bk.fmt[(sh, r, 2)] = '#,##0'; bk.fmt[(sh, r, 3)] = '#,##0.00'; bk.fmt[(sh, r, 4)] = '#,##0.00'
        r += 1
    bk.put(sh, r, 1, 'Total', bold=True)
    for c, fm in ((2, '#,##0'), (3, '#,##0.00'), (4, '#,##0.00')):
        bk.lin((sh, r, c), [(1, (sh, x, c)) for x in range(first, r)], fm, True)
    return bk, {'csv': sh, 'xls': True}


SERV_ALL = ['Adult social care', "Children's social care", 'Education', 'Public health', 'Highways', 'Waste',
            'Parks', 'Libraries', 'Planning', 'Housing', 'Corporate services']


def e41(rng):
    bk = TBook('e41_HRA_business_plan_m_rounded', "HRA 10-year business plan in £m to 1 decimal (rounded from unrounded figures): income lines, expenditure lines (negative), Net operating surplus, interest, Surplus/(deficit) for the year, Balance b/f, Balance c/f; years across")
    sh = bk.sheet('HRA BP')
    r = banner(bk, sh, ['HRA 30-year business plan - first ten years', '£m']) + 1
    yrs = [f'{y}/{(y + 1) % 100:02d}' for y in range(2025, 2035)]
    bk.row(sh, r, 1, [None] + yrs, bold=True)
    r += 1
    inc = []
    for n, a, b in [('Dwelling rents', 40, 60), ('Service charges', 1, 4), ('Other income', 0.5, 2)]:
        bk.row(sh, r, 1, [n] + [rng.uniform(a, b) for _ in yrs], fmt=M1); inc.append(r); r += 1
    ti = r; bk.put(sh, r, 1, 'Total income', bold=True); r += 1
    ex = []
    for n, a, b in [('Management', 8, 12), ('Repairs and maintenance', 10, 16), ('Depreciation', 8, 11), ('Bad debt provision', 0.3, 1)]:
        bk.row(sh, r, 1, [n] + [-rng.uniform(a, b) for _ in yrs], fmt=M1); ex.append(r); r += 1
    te = r; bk.put(sh, r, 1, 'Total expenditure', bold=True); r += 1
    no = r; bk.put(sh, r, 1, 'Net operating surplus', bold=True); r += 1
    it = r; bk.row(sh, r, 1, ['Interest on borrowing'] + [-rng.uniform(6, 9) for _ in yrs], fmt=M1); r += 1
    rc = r; bk.row(sh, r, 1, ['Revenue contribution to capital'] + [-rng.uniform(2, 8) for _ in yrs], fmt=M1); r += 1
    sd = r; bk.put(sh, r, 1, 'Surplus/(deficit) for the year', bold=True); r += 1
    bf = r; bk.put(sh, r, 1, 'Balance brought forward'); r += 1
    cf = r; bk.put(sh, r, 1, 'Balance carried forward', bold=True)
    for i in range(len(yrs)):
        c = 2 + i
        bk.lin((sh, ti, c), [(1, (sh, x, c)) for x in inc], M1, True)
        bk.lin((sh, te, c), [(1, (sh, x, c)) for x in ex], M1, True)
        bk.lin((sh, no, c), [(1, (sh, ti, c)), (1, (sh, te, c))], M1, True)
        bk.lin((sh, sd, c), [(1, (sh, no, c)), (1, (sh, it, c)), (1, (sh, rc, c))], M1, True)
        if i == 0:
            bk.put(sh, bf, c, rng.uniform(5, 15), M1)
        else:
            bk.lin((sh, bf, c), [(1, (sh, cf, c - 1))], M1)
        bk.lin((sh, cf, c), [(1, (sh, bf, c)), (1, (sh, sd, c))], M1, True)
    bk.freeze_round(1)
    return bk, {'csv': sh, 'noformula': True}


def e42(rng):
    bk = Book('e42_NHS_trust_IandE_month_ytd', "NHS trust I&E: Operating income (positive), Pay and Non-pay (negative), EBITDA, depreciation, PDC dividend, interest, Surplus/(deficit), adjustments, Adjusted financial performance; Month plan/actual/variance and YTD plan/actual/variance")
    sh = bk.sheet('I&E')
    r = banner(bk, sh, ['Statement of comprehensive income - Month 8', '£000']) + 1
    cols = [{'h': 'Month plan', 'k': 'in'}, {'h': 'Month actual', 'k': 'in'}, {'h': 'Month variance', 'k': 'diff', 'of': [1, 0]},
            {'h': 'YTD plan', 'k': 'in'}, {'h': 'YTD actual', 'k': 'in'}, {'h': 'YTD variance', 'k': 'diff', 'of': [4, 3]}]
    bk.row(sh, r, 1, [None] + [c['h'] for c in cols], bold=True)
    r += 1

    def line(lbl, sign, lo, hi, bold=False):
        nonlocal r
        mp = sign * ri(rng, lo, hi); ma = mp + ri(rng, -(hi // 40) - 1, hi // 40 + 1)
        bk.row(sh, r, 1, [lbl, mp, ma, None, mp * 8, ma * 8 + ri(rng, -hi // 20 - 1, hi // 20 + 1)], fmt=K, bold=bold)
        bk.lin((sh, r, 4), [(1, (sh, r, 3)), (-1, (sh, r, 2))], K)
        bk.lin((sh, r, 7), [(1, (sh, r, 6)), (-1, (sh, r, 5))], K)
        r += 1
        return r - 1

    def tot(lbl, terms):
        nonlocal r
        bk.put(sh, r, 1, lbl, bold=True)
        for c in range(2, 8):
            bk.lin((sh, r, c), [(1, (sh, x, c)) for x in terms], K, True)
        r += 1
        return r - 1
    i1 = line('Patient care income', 1, 30000, 40000); i2 = line('Other operating income', 1, 2000, 5000)
    ti = tot('Total operating income', [i1, i2])
    p = line('Pay', -1, 20000, 26000); n = line('Non-pay', -1, 9000, 13000)
    te = tot('Total operating expenditure', [p, n])
    eb = tot('EBITDA', [ti, te])
    d = line('Depreciation and amortisation', -1, 800, 1500); pdc = line('PDC dividend', -1, 200, 500); it = line('Net interest', -1, 50, 200)
    sd = tot('Surplus/(deficit)', [eb, d, pdc, it])
    adj = line('Remove donated asset and impairment adjustments', 1, 10, 200)
    tot('Adjusted financial performance surplus/(deficit)', [sd, adj])
    return bk, {'csv': sh, 'xls': True}


def e43(rng):
    bk = Book('e43_Q1_Q4_with_prior_outturn_and_change', "columns '2024/25 Outturn', 'Q1'..'Q4' (2025/26 forecast by quarter), '2025/26 Full year' (sum of quarters), 'Change on 2024/25' (full year - outturn); service rows; Total")
    sh = bk.sheet('Quarterly')
    r = banner(bk, sh, ['Income forecast by quarter', '£000']) + 1
    cols = [{'h': '2024/25 Outturn', 'k': 'in'}] + [{'h': q, 'k': 'in'} for q in ['Q1', 'Q2', 'Q3', 'Q4']] + \
           [{'h': '2025/26 Full year', 'k': 'sum', 'of': [1, 2, 3, 4]}, {'h': 'Change on 2024/25', 'k': 'diff', 'of': [5, 0]}]
    items = []
    for s in ['Car parking', 'Leisure centres', 'Planning fees', 'Building control', 'Commercial rents', 'Trade waste', 'Markets']:
        q = [ri(rng, 50, 2000) for _ in range(4)]
        items.append(('r', [s], [sum(q) + ri(rng, -300, 300)] + q))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Income stream'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh, 'ods': True}


ALL += [e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35, e36, e37, e38, e39, e40, e41, e42, e43]


# ---------------------------------------------------------------- third batch: more traps
def e44(rng):
    bk = Book('e44_requirement_blank_then_funding', "budget summary: service lines, 'Net budget requirement', a blank row, then funding lines (no heading) and 'Total funding', then 'Shortfall/(surplus)' = requirement - funding; 2025/26 and 2026/27")
    sh = bk.sheet('Summary')
    r = banner(bk, sh, ['Budget summary', '£000']) + 1
    bk.row(sh, r, 1, [None, '2025/26', '2026/27'], bold=True)
    r += 1
    ex = []
    for s in SERV_ALL[:8]:
        bk.row(sh, r, 1, [s, ri(rng, 1000, 40000), ri(rng, 1000, 40000)], fmt=K); ex.append(r); r += 1
    nb = r; bk.put(sh, r, 1, 'Net budget requirement', bold=True); r += 2
    fu = []
    for n in ['Council tax', 'Retained business rates', 'Revenue support grant', 'New homes bonus', 'Social care grant']:
        bk.row(sh, r, 1, [n, ri(rng, 2000, 40000), ri(rng, 2000, 40000)], fmt=K); fu.append(r); r += 1
    tf = r; bk.put(sh, r, 1, 'Total funding', bold=True); r += 1
    sf = r; bk.put(sh, r, 1, 'Shortfall/(surplus)', bold=True)
    for c in (2, 3):
        bk.lin((sh, nb, c), [(1, (sh, x, c)) for x in ex], K, True)
        bk.lin((sh, tf, c), [(1, (sh, x, c)) for x in fu], K, True)
        bk.lin((sh, sf, c), [(1, (sh, nb, c)), (-1, (sh, tf, c))], K, True)
    return bk, {'csv': sh, 'xls': True}


def e45(rng):
    bk = Book('e45_total_less_lines_council_tax_requirement', "'Total net expenditure', then 'Less: contribution from reserves' and 'Less: collection fund surplus' shown POSITIVE and deducted, 'Council tax requirement' = total - both; 2024/25, 2025/26 and Change")
    sh = bk.sheet('CT requirement')
    r = banner(bk, sh, ['Council tax requirement', '£000']) + 1
    bk.row(sh, r, 1, [None, '2024/25', '2025/26', 'Change'], bold=True)
    r += 1
    f = r
    for s in SERV_ALL[:9]:
        bk.row(sh, r, 1, [s, ri(rng, 1000, 40000), ri(rng, 1000, 40000)], fmt=K); r += 1
    t = r; bk.put(sh, r, 1, 'Total net expenditure', bold=True); r += 1
    l1 = r; bk.row(sh, r, 1, ['Less: contribution from reserves', ri(rng, 100, 3000), ri(rng, 100, 3000)], fmt=K); r += 1
    l2 = r; bk.row(sh, r, 1, ['Less: collection fund surplus', ri(rng, 100, 900), ri(rng, 100, 900)], fmt=K); r += 1
    ct = r; bk.put(sh, r, 1, 'Council tax requirement', bold=True)
    for c in (2, 3):
        bk.lin((sh, t, c), [(1, (sh, x, c)) for x in range(f, t)], K, True)
        bk.lin((sh, ct, c), [(1, (sh, t, c)), (-1, (sh, l1, c)), (-1, (sh, l2, c))], K, True)
    for rr in list(range(f, t)) + [t, l1, l2, ct]:
        bk.lin((sh, rr, 4), [(1, (sh, rr, 3)), (-1, (sh, rr, 2))], K)
    return bk, {'csv': sh, 'ods': True}


def e46(rng):
    bk = Book('e46_of_which_columns', "grant allocations: 'Total grant £000', then 'of which: revenue' and 'of which: capital' (these two add to the total) and 'of which: ring-fenced' (a part of revenue, memo); Total row")
    sh = bk.sheet('Grants')
    r = banner(bk, sh, ['Specific grant allocations 2025/26']) + 1
    bk.row(sh, r, 1, ['Grant', 'Total grant £000', 'of which: revenue', 'of which: capital', 'of which: ring-fenced'], bold=True)
    r += 1
    first = r
    for g in ['Public health grant', 'Better care fund', 'Disabled facilities grant', 'Highways maintenance block',
              'Pothole fund', 'Household support fund', 'Homelessness prevention grant', 'Bus service improvement plan',
              'School condition allocation']:
        rev = ri(rng, 0, 20000); cap = ri(rng, 0, 12000) if rng.random() < 0.5 else 0
        bk.put(sh, r, 1, g)
        bk.put(sh, r, 3, rev, K); bk.put(sh, r, 4, cap, K); bk.put(sh, r, 5, ri(rng, 0, rev), K)
        bk.lin((sh, r, 2), [(1, (sh, r, 3)), (1, (sh, r, 4))], K)
        r += 1
    bk.put(sh, r, 1, 'Total', bold=True)
    for c in (2, 3, 4, 5):
        bk.lin((sh, r, c), [(1, (sh, x, c)) for x in range(first, r)], K, True)
    return bk, {'csv': sh, 'xls': True}


def e47(rng):
    bk = Book('e47_collection_rates_weighted', "council tax collection by billing authority: collectable debit £000, collected £000, collection rate % (ratio); Total row with the overall rate (a weighted ratio, not a sum or an average of the rates)")
    sh = bk.sheet('Collection')
    r = banner(bk, sh, ['In-year collection 2024/25']) + 1
    cols = [{'h': 'Collectable debit £000', 'k': 'in'}, {'h': 'Collected £000', 'k': 'in'},
            {'h': 'Collection rate %', 'k': 'pct', 'of': [1, 0], 'scale': 100, 'nd': 1, 'fmt': '0.0'}]
    items = []
    for a in ['Northtown', 'Southville', 'Eastbury', 'Westford', 'Midchester', 'Lakeside', 'Hillborough']:
        d = ri(rng, 40000, 150000)
        items.append(('r', [a], [d, round(d * rng.uniform(0.94, 0.985))]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Billing authority'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh, 'ods': True}


def e48(rng):
    bk = Book('e48_subjective_rows_services_across_recharges', "subjective analysis: subjective lines as rows (Employees .. Income negative, Support service recharges), services across with a Total column on the right; 'Net expenditure' row; a 'Staffing FTE' memo row below (1dp, not money)")
    sh = bk.sheet('Subjective')
    r = banner(bk, sh, ['Place directorate - subjective analysis 2025/26', '£000']) + 1
    svcs = ['Waste', 'Highways', 'Parks', 'Planning', 'Regulatory']
    cols = [{'h': s, 'k': 'in'} for s in svcs] + [{'h': 'Total', 'k': 'sum', 'of': list(range(len(svcs)))}]
    items = []
    for n, lo, hi in [('Employees', 500, 9000), ('Premises', 50, 900), ('Transport', 20, 2000), ('Supplies and services', 50, 3000),
                      ('Third party payments', 0, 12000), ('Income', -6000, -100)]:
        items.append(('r', [n], [ri(rng, lo, hi) for _ in svcs]))
    rc = [ri(rng, -800, 800) for _ in svcs[:-1]]
    items.append(('r', ['Support service recharges'], rc + [-sum(rc)]))
    items.append(('g', 'Net expenditure'))
    items.append(('b',))
    items.append(('m', ['Staffing FTE (memo)'], [round(rng.uniform(5, 200), 1) for _ in svcs]))
    build(bk, sh, r, 1, [['Subjective'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh, 'xls': True}


def e49(rng):
    bk = Book('e49_ytd_inside_quarters', "Q1, Q2, Q3 actuals, 'YTD' (= Q1+Q2+Q3), Q4 forecast, 'Full year' (= YTD + Q4), Budget, Variance (full year - budget); Total row")
    sh = bk.sheet('Q3 position')
    r = banner(bk, sh, ['Quarter 3 position and forecast', '£000']) + 1
    cols = [{'h': 'Q1', 'k': 'in'}, {'h': 'Q2', 'k': 'in'}, {'h': 'Q3', 'k': 'in'}, {'h': 'YTD', 'k': 'sum', 'of': [0, 1, 2]},
            {'h': 'Q4 forecast', 'k': 'in'}, {'h': 'Full year', 'k': 'sum', 'of': [3, 4]}, {'h': 'Budget', 'k': 'in'},
            {'h': 'Variance', 'k': 'diff', 'of': [5, 6]}]
    items = []
    for s in SERV['Children & Families'] + SERV['Resources']:
        q = [ri(rng, 200, 5000) for _ in range(4)]
        items.append(('r', [s], q[:3] + [q[3], sum(q) + ri(rng, -500, 500)]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh, 'xls': True}


SERV = {
    'Children & Families': ['Looked after children placements', 'Early help', 'Special educational needs transport', 'Youth justice'],
    'Resources': ['Finance', 'Legal and democratic', 'ICT', 'Human resources'],
}


def e50(rng):
    bk = Book('e50_expenditure_funding_analysis', "Expenditure and Funding Analysis: columns 'Net expenditure chargeable to the GF and HRA', 'Adjustments between funding and accounting basis', 'Net expenditure in the CIES' (sum); services, Net Cost of Services, Other income and expenditure, (Surplus)/deficit; then below: opening GF balance, less/plus the year's (surplus)/deficit, closing GF balance in the first column only")
    sh = bk.sheet('EFA')
    r = banner(bk, sh, ['Note 7 Expenditure and Funding Analysis 2024/25', '£000']) + 1
    cols = [{'h': 'Net Expenditure Chargeable to the General Fund and HRA Balances', 'k': 'in'},
            {'h': 'Adjustments between the Funding and Accounting Basis', 'k': 'in'},
            {'h': 'Net Expenditure in the Comprehensive Income and Expenditure Statement', 'k': 'sum', 'of': [0, 1]}]
    items = [('r', [s], [ri(rng, 2000, 60000), ri(rng, -5000, 15000)]) for s in SERV_ALL[:8]]
    items.append(('s', 'Net Cost of Services'))
    items.append(('r', ['Other Income and Expenditure'], [-ri(rng, 150000, 250000), ri(rng, -20000, 20000)]))
    items.append(('g', '(Surplus) or Deficit'))
    info = build(bk, sh, r, 1, [[None] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    g = info['grand'][0]
    r = g + 2
    bk.row(sh, r, 1, ['Opening General Fund and HRA Balance', -ri(rng, 20000, 60000)], fmt=K)
    bk.put(sh, r + 1, 1, 'Less/Plus (Surplus) or Deficit on General Fund and HRA Balance in Year')
    bk.lin((sh, r + 1, 2), [(1, (sh, g, 2))], K)
    bk.put(sh, r + 2, 1, 'Closing General Fund and HRA Balance at 31 March', bold=True)
    bk.lin((sh, r + 2, 2), [(1, (sh, r, 2)), (1, (sh, r + 1, 2))], K, True)
    return bk, {'csv': sh, 'ods': True}


def e51(rng):
    bk = TBook('e51_filtered_list_subtotal_109', "payments listing filtered with rows hidden, Total ABOVE the list = SUBTOTAL(109,...) of the visible rows only (what the reader sees); amounts £ with pence")
    sh = bk.sheet('Payments')
    bk.put(sh, 1, 1, 'Payments to suppliers - filtered: Service area = Highways', bold=True)
    bk.put(sh, 2, 3, 'Total (visible rows)', bold=True)
    bk.row(sh, 3, 1, ['Date', 'Supplier', 'Service area', 'Amount £'], bold=True)
    rows, vis = [], []
    for i in range(30):
        r = 4 + i
        hw = rng.random() < 0.5
        bk.row(sh, r, 1, [datetime.date(2025, 2, ri(rng, 1, 28)), rng.choice(SUP), 'Highways' if hw else rng.choice(['Waste', 'Housing', 'ICT'])])
        bk.fmt[(sh, r, 1)] = 'dd/mm/yyyy'
        bk.put(sh, r, 4, round(rng.uniform(500, 30000), 2), '#,##0.00')
        rows.append(r)
        (vis if hw else bk.hidden_rows.setdefault(sh, [])).append(r)
    bk.lin((sh, 2, 4), [(1, (sh, x, 4)) for x in vis], '#,##0.00', True)
    bk.fover = {(sh, 2, 4): f'=SUBTOTAL(109,D{rows[0]}:D{rows[-1]})'}
    return bk, {'xls': True}


def e52(rng):
    bk = Book('e52_summary_with_check_row', "Summary sheet carrying three service sheets' totals (links), Total, and a visible 'Check (should be zero)' row = Total - sum of the sheets' totals (zeros); service sheets with budget lines x 3 years and a Total column")
    sm = bk.sheet('Summary')
    yrs = ['2025/26', '2026/27', '2027/28']
    cols = [{'h': y, 'k': 'in'} for y in yrs] + [{'h': 'Total', 'k': 'sum', 'of': [0, 1, 2]}]
    tots = []
    for d in ['Highways', 'Waste', 'Leisure']:
        sh = bk.sheet(d)
        r = banner(bk, sh, [f'{d} - savings and pressures', '£000']) + 1
        items = [('r', [f'{d} line {i}'], [ri(rng, -900, 900) for _ in yrs]) for i in range(1, ri(rng, 5, 8))] + [('g', f'Total {d}')]
        info = build(bk, sh, r, 1, [['Line'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
        tots.append((d, info['grand'][0]))
    r = banner(bk, sm, ['MTFS changes - summary', '£000']) + 1
    bk.row(sm, r, 1, ['Service'] + [c['h'] for c in cols], bold=True)
    r += 1
    first = r
    for d, g in tots:
        bk.put(sm, r, 1, d)
        for c in range(2, 6):
            bk.lin((sm, r, c), [(1, (d, g, c))], K)
        r += 1
    t = r
    bk.put(sm, r, 1, 'Total', bold=True)
    for c in range(2, 6):
        bk.lin((sm, r, c), [(1, (sm, x, c)) for x in range(first, r)], K, True)
    r += 2
    bk.put(sm, r, 1, 'Check (should be zero)')
    for c in range(2, 6):
        bk.lin((sm, r, c), [(1, (sm, t, c))] + [(-1, (d, g, c)) for d, g in tots], K2)
    # the check row is not a figure to plant in: plant the Summary's total, a link, and two detail figures
    bk.plants = [((sm, t, 5), 'total', 'final total'), ((sm, first + 1, 3), 'total', "a link to a sheet's total"),
                 (('Leisure', 5, 2), 'component', 'component figure'), (('Waste', 8, 3), 'component', 'second component figure')]
    return bk, {'ods': True}


def e53(rng):
    bk = Book('e53_agency_cost_hours_rate', "agency staff: cost £, hours, average rate £/hr (= cost / hours, 2dp) by service; Total row adds cost and hours, the rate on the Total row is cost/hours")
    sh = bk.sheet('Agency')
    r = banner(bk, sh, ['Agency staff usage - Quarter 2']) + 1
    cols = [{'h': 'Cost £', 'k': 'in', 'fmt': '#,##0'}, {'h': 'Hours', 'k': 'in', 'fmt': '#,##0'},
            {'h': 'Average rate £/hr', 'k': 'pct', 'of': [0, 1], 'nd': 2, 'fmt': '0.00'}]
    items = []
    for s in ['Adult social work', "Children's social work", 'Occupational therapy', 'Legal', 'Planning', 'Waste operatives', 'ICT']:
        h = ri(rng, 200, 6000)
        items.append(('r', [s], [round(h * rng.uniform(18, 75)), h]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt='#,##0')
    return bk, {'csv': sh, 'xls': True}


def e54(rng):
    bk = Book('e54_NNDR1_shares', "NNDR1-style return: numbered lines with '(line 1 - line 2)' style labels, non-domestic rating income, then the shares 'Central government 50%', 'County council 9%', 'Fire authority 1%', 'Billing authority 40%' that add to it; whole pounds")
    sh = bk.sheet('NNDR1 Part 1')
    r = banner(bk, sh, ['NNDR1 2025-26 Part 1', 'All figures in £']) + 1
    bk.row(sh, r, 1, ['Line', 'Description', '£'], bold=True)
    r += 1
    l1 = r; bk.row(sh, r, 1, [1, 'Gross rates payable', ri(rng, 60000000, 120000000)], fmt='#,##0'); r += 1
    reliefs = []
    for i, n in enumerate(['Mandatory reliefs', 'Discretionary reliefs', 'Small business rate relief', 'Unoccupied property relief']):
        bk.row(sh, r, 1, [2 + i, n, -ri(rng, 1000000, 9000000)], fmt='#,##0;-#,##0'); reliefs.append(r); r += 1
    l6 = r; bk.row(sh, r, 1, [6, 'Net rates payable (line 1 + lines 2 to 5)'], fmt='#,##0'); r += 1
    l7 = r; bk.row(sh, r, 1, [7, 'Less: losses in collection', -ri(rng, 500000, 2000000)], fmt='#,##0;-#,##0'); r += 1
    l8 = r; bk.row(sh, r, 1, [8, 'Less: cost of collection allowance', -ri(rng, 100000, 300000)], fmt='#,##0;-#,##0'); r += 1
    l9 = r; bk.row(sh, r, 1, [9, 'NON-DOMESTIC RATING INCOME (line 6 + line 7 + line 8)'], fmt='#,##0'); r += 2
    bk.lin((sh, l6, 3), [(1, (sh, l1, 3))] + [(1, (sh, x, 3)) for x in reliefs], '#,##0', True)
    bk.lin((sh, l9, 3), [(1, (sh, l6, 3)), (1, (sh, l7, 3)), (1, (sh, l8, 3))], '#,##0', True)
    vals = bk.compute()
    inc = vals[(sh, l9, 3)]
    parts = []
    shares = [(10, 'Central government share (50%)', 0.5), (11, 'County council share (9%)', 0.09), (12, 'Fire authority share (1%)', 0.01)]
    for ln, n, p in shares:
        bk.row(sh, r, 1, [ln, n, round(inc * p)], fmt='#,##0'); parts.append(r); r += 1
    bk.row(sh, r, 1, [13, 'Billing authority share (40%)', inc - sum(round(inc * p) for _, _, p in shares)], fmt='#,##0'); parts.append(r); r += 1
    bk.row(sh, r, 1, [14, 'Total of shares (lines 10 to 13, equal to line 9)'], bold=True)
    bk.lin((sh, r, 3), [(1, (sh, x, 3)) for x in parts], '#,##0', True)
    return bk, {'csv': sh, 'xls': True}


ALL += [e44, e45, e46, e47, e48, e49, e50, e51, e52, e53, e54]


# ---------------------------------------------------------------- fourth batch: where a careful reader must not add
def e55(rng):
    bk = Book('e55_requirement_heading_no_blank_funding', "MTFS: spending lines, 'Net budget requirement', then straight after it a heading row 'Funded by:' (no blank row), funding lines, 'Total funding', 'Gap'; years '2025/26'..")
    sh = bk.sheet('MTFS')
    r = banner(bk, sh, ['Medium term financial strategy', '£000']) + 1
    yrs = YRS5[:4]
    bk.row(sh, r, 1, [None] + yrs, bold=True)
    r += 1
    ex = []
    for s in SERV_ALL[:7]:
        bk.row(sh, r, 1, [s] + [ri(rng, 1000, 40000) for _ in yrs], fmt=K); ex.append(r); r += 1
    nb = r; bk.put(sh, r, 1, 'Net budget requirement', bold=True); r += 1
    bk.put(sh, r, 1, 'Funded by:', bold=True); r += 1
    fu = []
    for n in ['Council tax', 'Business rates', 'Revenue support grant', 'Services grant']:
        bk.row(sh, r, 1, [n] + [ri(rng, 2000, 50000) for _ in yrs], fmt=K); fu.append(r); r += 1
    tf = r; bk.put(sh, r, 1, 'Total funding', bold=True); r += 1
    gp = r; bk.put(sh, r, 1, 'Gap', bold=True)
    for i in range(len(yrs)):
        c = 2 + i
        bk.lin((sh, nb, c), [(1, (sh, x, c)) for x in ex], K, True)
        bk.lin((sh, tf, c), [(1, (sh, x, c)) for x in fu], K, True)
        bk.lin((sh, gp, c), [(1, (sh, nb, c)), (-1, (sh, tf, c))], K, True)
    return bk, {'csv': sh, 'xls': True}


def e56(rng):
    bk = Book('e56_net_position_funding_negative', "budget: expenditure lines, 'Total expenditure', straight after it funding lines shown negative, 'Total funding', then 'Net position' = total expenditure + total funding; two years")
    sh = bk.sheet('Budget')
    r = banner(bk, sh, ['Revenue budget summary', '£000']) + 1
    bk.row(sh, r, 1, [None, '2025/26', '2026/27'], bold=True)
    r += 1
    ex = []
    for s in SERV_ALL[:8]:
        bk.row(sh, r, 1, [s, ri(rng, 1000, 40000), ri(rng, 1000, 40000)], fmt=K); ex.append(r); r += 1
    te = r; bk.put(sh, r, 1, 'Total expenditure', bold=True); r += 1
    fu = []
    for n in ['Council tax', 'Business rates', 'Revenue support grant', 'Other grants']:
        bk.row(sh, r, 1, [n, -ri(rng, 2000, 50000), -ri(rng, 2000, 50000)], fmt=K); fu.append(r); r += 1
    tf = r; bk.put(sh, r, 1, 'Total funding', bold=True); r += 1
    np_ = r; bk.put(sh, r, 1, 'Net position', bold=True)
    for c in (2, 3):
        bk.lin((sh, te, c), [(1, (sh, x, c)) for x in ex], K, True)
        bk.lin((sh, tf, c), [(1, (sh, x, c)) for x in fu], K, True)
        bk.lin((sh, np_, c), [(1, (sh, te, c)), (1, (sh, tf, c))], K, True)
    return bk, {'csv': sh, 'ods': True}


def e57(rng):
    bk = TBook('e57_k_items_m_total', "grant awards written '£46k' per line and a Total written in £m to 2 decimals ('£1.23m', rounded from the lines' sum); two years")
    sh = bk.sheet('Awards')
    r = banner(bk, sh, ['Cultural grants awarded']) + 1
    bk.row(sh, r, 1, ['Organisation', '2023/24', '2024/25'], bold=True)
    r += 1
    first = r
    for o in ['Theatre Royal Trust', 'City Orchestra', 'Museum Friends', 'Arts Centre CIC', 'Festival Company', 'Dance Collective',
              'Community Choirs', 'Heritage Trust', 'Film Society', 'Youth Theatre', 'Literature Festival', 'Gallery Trust']:
        bk.row(sh, r, 1, [o, ri(rng, 20, 250), ri(rng, 20, 250)]); r += 1
    bk.put(sh, r, 1, 'Total', bold=True)
    for c in (2, 3):
        bk.lin((sh, r, c), [(1, (sh, x, c)) for x in range(first, r)], '#,##0', True)
    textcol(bk, sh, range(first, r), 2, lambda v: f"£{v:,.0f}k")
    textcol(bk, sh, range(first, r), 3, lambda v: f"£{v:,.0f}k")
    textcol(bk, sh, [r], 2, lambda v: f"£{v / 1000:,.2f}m")
    textcol(bk, sh, [r], 3, lambda v: f"£{v / 1000:,.2f}m")
    bk.step = 10   # slips of 100k and more: a 10k slip would hide in the £m total's rounding
    return bk, {'csv': sh, 'noformula': True}


def e58(rng):
    bk = TBook('e58_pounds_and_000_same_figures', "'Amount £' (whole pounds) and 'Amount £000' (the same figures rounded to £000) side by side; the £000 Total is the £ total rounded, so it differs by 1 from the sum of the rounded lines")
    sh = bk.sheet('Budget')
    r = banner(bk, sh, ['Cost centre budgets 2025/26']) + 1
    bk.row(sh, r, 1, ['Cost centre', 'Amount £', 'Amount £000'], bold=True)
    r += 1
    first = r
    while True:
        vals = [ri(rng, 10000, 900000) for _ in range(10)]
        if abs(round(sum(vals) / 1000) - sum(round(v / 1000) for v in vals)) == 1:
            break
    for i, v in enumerate(vals):
        bk.row(sh, r, 1, [f'Cost centre {chr(65 + i)}', v, round(v / 1000)])
        bk.fmt[(sh, r, 2)] = '#,##0'; bk.fmt[(sh, r, 3)] = '#,##0'
        r += 1
    bk.put(sh, r, 1, 'Total', bold=True)
    bk.lin((sh, r, 2), [(1, (sh, x, 2)) for x in range(first, r)], '#,##0', True)
    bk.lin((sh, r, 3), [(1, (sh, x, 3)) for x in range(first, r)], '#,##0', True)
    bk.fixed[(sh, r, 3)] = round(sum(vals) / 1000)
    bk.plants = [((sh, r, 2), 'total', 'final total (£)'), ((sh, first + 3, 2), 'component', 'component figure (£)'),
                 ((sh, first + 6, 3), 'component', 'component figure (£000)')]
    return bk, {'csv': sh, 'noformula': True}


def e59(rng):
    bk = Book('e59_PPE_depreciation_positive_less', "PPE note with depreciation shown POSITIVE: Cost block (At 1 April + additions - disposals = At 31 March), 'Less: accumulated depreciation' block (positive; disposals negative), Net book value = cost - depreciation; asset columns and Total")
    sh = bk.sheet('PPE')
    r = banner(bk, sh, ['Note 14 Property, plant and equipment 2024/25', '£000']) + 1
    heads = ['Land and buildings', 'Vehicles and plant', 'Infrastructure', 'Surplus assets']
    cols = [{'h': h, 'k': 'in'} for h in heads] + [{'h': 'Total', 'k': 'sum', 'of': [0, 1, 2, 3]}]
    items = [('h', 'Cost or valuation'),
             ('r', ['At 1 April 2024'], [ri(rng, 100000, 300000), ri(rng, 10000, 40000), ri(rng, 50000, 150000), ri(rng, 1000, 9000)]),
             ('r', ['Additions'], [ri(rng, 1000, 9000), ri(rng, 100, 3000), ri(rng, 1000, 9000), 0]),
             ('r', ['Disposals'], [-ri(rng, 100, 3000), -ri(rng, 100, 900), 0, -ri(rng, 0, 500)]),
             ('s', 'At 31 March 2025'), ('b',), ('h', 'Less: accumulated depreciation'),
             ('r', ['At 1 April 2024'], [ri(rng, 5000, 30000), ri(rng, 5000, 9000), ri(rng, 10000, 40000), 0]),
             ('r', ['Charge for the year'], [ri(rng, 1000, 5000), ri(rng, 500, 2000), ri(rng, 1000, 5000), 0]),
             ('r', ['Disposals'], [-ri(rng, 10, 500), -ri(rng, 10, 500), 0, 0]),
             ('s', 'At 31 March 2025'), ('b',), ('t', 'Net book value at 31 March 2025')]
    info = build(bk, sh, r, 1, [[None] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    s1, s2 = info['subs']
    for c in info['cpos']:
        bk.lin((sh, info['end'], c), [(1, (sh, s1, c)), (-1, (sh, s2, c))], K, True)
    return bk, {'csv': sh, 'xls': True}


def e60(rng):
    bk = Book('e60_total_column_then_indicative_year', "three budget years, 'Total 2025-28' column, then an 'Indicative 2028/29' column AFTER the total (not in it); Total row")
    sh = bk.sheet('Capital')
    r = banner(bk, sh, ['Capital programme 2025-28', '£000']) + 1
    cols = [{'h': y, 'k': 'in'} for y in YRS5[:3]] + [{'h': 'Total 2025-28', 'k': 'sum', 'of': [0, 1, 2]},
                                                     {'h': 'Indicative 2028/29', 'k': 'in'}]
    items = [('r', [s], [ri(rng, 0, 6000) for _ in range(4)]) for s in
             ['Schools', 'Highways', 'Housing', 'Regeneration', 'ICT', 'Fleet', 'Leisure', 'Climate']] + [('g', 'Total')]
    build(bk, sh, r, 1, [['Programme'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh, 'ods': True}


def e61(rng):
    bk = Book('e61_comparatives_no_total_column', "columns 'Actual 2023/24', 'Budget 2024/25', 'Forecast 2024/25', 'Budget 2025/26' (no Total column; none adds the others); services; Total row")
    sh = bk.sheet('Budget')
    r = banner(bk, sh, ['Net revenue budget by service', '£000']) + 1
    cols = [{'h': h, 'k': 'in'} for h in ['Actual 2023/24', 'Budget 2024/25', 'Forecast 2024/25', 'Budget 2025/26']]
    items = []
    for s in SERV_ALL:
        b = ri(rng, 1000, 40000)
        items.append(('r', [s], [b + ri(rng, -900, 900), b, b + ri(rng, -900, 900), b + ri(rng, -500, 1500)]))
    items.append(('g', 'Total net budget'))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh, 'xls': True}


ALL += [e55, e56, e57, e58, e59, e60, e61]


# ---------------------------------------------------------------- fifth batch: totals next to totals
def _stack(bk, sh, r, ncols, blocks, fmt=K):
    """blocks: list of (kind, label, lines or None); kind 'lines' adds input rows, 'sum' a total of the
    previous 'lines' block, 'comb' a total of the given earlier totals (by index). Returns rows by block."""
    rows = []
    last_lines = []
    for kind, label, spec in blocks:
        if kind == 'lines':
            rr = []
            for n, lo, hi in spec:
                bk.row(sh, r, 1, [n] + [ri(bk._rng, lo, hi) for _ in range(ncols)], fmt=fmt); rr.append(r); r += 1
            rows.append(rr); last_lines = rr
        elif kind == 'blank':
            rows.append(None); r += 1
        elif kind == 'head':
            bk.put(sh, r, 1, label, bold=True); rows.append(r); r += 1
        else:
            bk.put(sh, r, 1, label, bold=True)
            terms = last_lines if kind == 'sum' else [rows[i] for i in spec[0]]
            signs = [1] * len(terms) if kind == 'sum' else spec[1]
            for c in range(2, 2 + ncols):
                bk.lin((sh, r, c), [(s, (sh, x, c)) for s, x in zip(signs, terms)], fmt, True)
            rows.append(r); r += 1
    return rows


def e62(rng):
    bk = Book('e62_gross_then_income_lines_total_income', "service budget: expenditure lines, 'Gross expenditure', straight after it income lines (negative) and 'Total income', then 'Net expenditure' = gross + total income; 2024/25 and 2025/26")
    bk._rng = rng
    sh = bk.sheet('Service budget')
    r = banner(bk, sh, ['Leisure and culture - budget', '£000']) + 1
    bk.row(sh, r, 1, [None, '2024/25', '2025/26'], bold=True)
    _stack(bk, sh, r + 1, 2, [('lines', None, [('Employees', 2000, 6000), ('Premises', 500, 2000), ('Supplies and services', 300, 1500),
                                              ('Third party payments', 100, 900)]),
                              ('sum', 'Gross expenditure', None),
                              ('lines', None, [('Fees and charges', -3000, -800), ('Grants', -600, -50), ('Other income', -300, -10)]),
                              ('sum', 'Total income', None),
                              ('comb', 'Net expenditure', ([1, 3], [1, 1]))])
    return bk, {'csv': sh, 'xls': True}


def e63(rng):
    bk = Book('e63_ncs_then_funding_total_funding', "'Net cost of services' after the service lines, then straight after it funding lines (positive) and 'Total funding', then '(Surplus)/deficit' = NCS - funding; '2024-25' and '2025-26'")
    bk._rng = rng
    sh = bk.sheet('Summary')
    r = banner(bk, sh, ['General Fund summary', '£000']) + 1
    bk.row(sh, r, 1, [None, '2024-25', '2025-26'], bold=True)
    _stack(bk, sh, r + 1, 2, [('lines', None, [(s, 1000, 40000) for s in SERV_ALL[:8]]),
                              ('sum', 'Net cost of services', None),
                              ('lines', None, [('Council tax', 20000, 60000), ('Business rates', 10000, 40000), ('Revenue support grant', 2000, 9000),
                                               ('Other non-ringfenced grants', 1000, 9000)]),
                              ('sum', 'Total funding', None),
                              ('comb', '(Surplus)/deficit', ([1, 3], [1, -1]))])
    return bk, {'csv': sh, 'ods': True}


def e64(rng):
    bk = Book('e64_ncs_plus_corporate_items_requirement', "'Net cost of services' subtotal, then corporate lines (capital financing, contingency, contribution to reserves, interest income negative) and 'Net budget requirement' = NCS + those lines (the total DOES include the subtotal above it)")
    bk._rng = rng
    sh = bk.sheet('Budget requirement')
    r = banner(bk, sh, ['Budget requirement 2025/26', '£000']) + 1
    bk.row(sh, r, 1, [None, '2024/25', '2025/26'], bold=True)
    rows = _stack(bk, sh, r + 1, 2, [('lines', None, [(s, 1000, 40000) for s in SERV_ALL[:9]]),
                                     ('sum', 'Net cost of services', None),
                                     ('lines', None, [('Capital financing costs', 2000, 9000), ('Contingency', 200, 2000),
                                                      ('Contribution to/(from) reserves', -2000, 2000), ('Interest and investment income', -3000, -200)]),
                                     ('comb', 'Net budget requirement', ([1], [1]))])
    # the requirement = NCS + the four corporate lines
    nb = rows[3]
    for c in (2, 3):
        bk.lin((sh, nb, c), [(1, (sh, rows[1], c))] + [(1, (sh, x, c)) for x in rows[2]], K, True)
    return bk, {'csv': sh, 'xls': True}


def e65(rng):
    bk = Book('e65_two_change_columns_amount_and_pct', "columns '2024/25', '2025/26', 'Change' (£000, a difference) and a second 'Change' column in per cent (numbers stored as fractions, 0.0% format, header without a % sign); Total row with the overall % (not a sum)")
    sh = bk.sheet('Budget')
    r = banner(bk, sh, ['Net budget by service', '£000']) + 1
    cols = [{'h': '2024/25', 'k': 'in'}, {'h': '2025/26', 'k': 'in'}, {'h': 'Change', 'k': 'diff', 'of': [1, 0]},
            {'h': 'Change', 'k': 'pct', 'of': [2, 0], 'fmt': PCT}]
    items = []
    for s in SERV_ALL:
        b = ri(rng, 1000, 40000)
        items.append(('r', [s], [b, b + ri(rng, -1500, 3000)]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh, 'xls': True}


def e66(rng):
    bk = Book('e66_numeric_year_row_labels', "years as NUMBERS in the first column (2019 .. 2025, financial year ending), spend by category across, Total column; Total row (its year cell blank)")
    sh = bk.sheet('Trend')
    r = banner(bk, sh, ['Spend trend by year ending 31 March', '£000']) + 1
    cols = [{'h': h, 'k': 'in'} for h in ['Pay', 'Non-pay', 'Capital financing']] + [{'h': 'Total', 'k': 'sum', 'of': [0, 1, 2]}]
    items = [('r', [y], [ri(rng, 30000, 60000), ri(rng, 10000, 30000), ri(rng, 2000, 8000)]) for y in range(2019, 2026)]
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Year'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh, 'ods': True}


def e67(rng):
    bk = Book('e67_unlabelled_subtotal_rows', "budget book page: each group of lines followed by an UNLABELLED bold subtotal row (figures only, as under a ruled line), then 'Total' adding the subtotals; two years")
    sh = bk.sheet('Budget book')
    r = banner(bk, sh, ['Corporate services', '£000']) + 1
    bk.row(sh, r, 1, [None, '2024/25', '2025/26'], bold=True)
    r += 1
    subs = []
    for g, lines in [('Finance', ['Accountancy', 'Audit', 'Procurement', 'Payroll']), ('ICT', ['Infrastructure', 'Applications', 'Service desk']),
                     ('Legal', ['Litigation', 'Property law', 'Democratic services'])]:
        bk.put(sh, r, 1, g, bold=True); r += 1
        rr = []
        for n in lines:
            bk.row(sh, r, 1, ['  ' + n, ri(rng, 200, 5000), ri(rng, 200, 5000)], fmt=K); rr.append(r); r += 1
        for c in (2, 3):
            bk.lin((sh, r, c), [(1, (sh, x, c)) for x in rr], K, True)
        subs.append(r); r += 2
    bk.put(sh, r, 1, 'Total', bold=True)
    for c in (2, 3):
        bk.lin((sh, r, c), [(1, (sh, x, c)) for x in subs], K, True)
    return bk, {'csv': sh, 'xls': True}


ALL += [e62, e63, e64, e65, e66, e67]


# ---------------------------------------------------------------- sixth batch: words and columns that look like totals
def e68(rng):
    bk = Book('e68_total_in_a_line_name', "contracts budget whose lines include names with the word Total in them ('Total Facilities Management contract', 'Total Place pilot') among ordinary lines; Total row; two years")
    sh = bk.sheet('Contracts')
    r = banner(bk, sh, ['Major contracts budget', '£000']) + 1
    cols = [{'h': '2024/25', 'k': 'in'}, {'h': '2025/26', 'k': 'in'}]
    names = ['Waste collection contract', 'Total Facilities Management contract', 'Highways term maintenance', 'Total Place pilot',
             'Leisure management contract', 'ICT managed service', 'Street lighting PFI']
    items = [('r', [n], [ri(rng, 500, 15000), ri(rng, 500, 15000)]) for n in names] + [('g', 'Total contracts')]
    build(bk, sh, r, 1, [['Contract'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh, 'xls': True}


def e69(rng):
    bk = Book('e69_plain_Total_per_group_then_grand', "each group of lines closed by a row labelled just 'Total' (the same word every time), then 'Grand total' adding the group totals; Budget, Forecast, Variance")
    sh = bk.sheet('Forecast')
    r = banner(bk, sh, ['Forecast outturn by service', '£000']) + 1
    cols = [{'h': 'Budget', 'k': 'in'}, {'h': 'Forecast', 'k': 'in'}, {'h': 'Variance', 'k': 'diff', 'of': [1, 0]}]
    items = []
    for g, ls in [('Adults', ['Residential', 'Home care', 'Day care']), ('Children', ['Placements', 'Fostering', 'Adoption', 'Leaving care']),
                  ('Environment', ['Waste', 'Parks', 'Cleansing'])]:
        items.append(('h', g))
        for s in ls:
            b = ri(rng, 500, 20000)
            items.append(('r', [s], [b, b + ri(rng, -700, 900)]))
        items.append(('s', 'Total'))
        items.append(('b',))
    items.append(('g', 'Grand total'))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh, 'ods': True}


def e70(rng):
    bk = Book('e70_loans_weighted_averages_on_total_row', "borrowing by lender: principal £000, rate %, years to maturity; the Total row adds the principal and shows the WEIGHTED AVERAGE rate and years (not sums)")
    sh = bk.sheet('Loans')
    r = banner(bk, sh, ['Long-term borrowing at 31 March 2025']) + 1
    bk.row(sh, r, 1, ['Lender', 'Principal £000', 'Rate %', 'Years to maturity'], bold=True)
    r += 1
    first = r
    ps, rs, ys = [], [], []
    for l in ['PWLB 1', 'PWLB 2', 'PWLB 3', 'PWLB 4', 'LOBO - Barclays', 'LOBO - Dexia', 'Municipal Bonds Agency', 'Other local authority']:
        p = ri(rng, 2000, 30000); rt = round(rng.uniform(1.5, 5.5), 2); y = ri(rng, 1, 45)
        bk.row(sh, r, 1, [l, p, rt, y]); bk.fmt[(sh, r, 2)] = K; bk.fmt[(sh, r, 3)] = '0.00'; bk.fmt[(sh, r, 4)] = '0'
        ps.append(p); rs.append(rt); ys.append(y); r += 1
    bk.put(sh, r, 1, 'Total', bold=True)
    bk.lin((sh, r, 2), [(1, (sh, x, 2)) for x in range(first, r)], K, True)
    bk.put(sh, r, 3, round(sum(a * b for a, b in zip(ps, rs)) / sum(ps), 2), '0.00')
    bk.put(sh, r, 4, round(sum(a * b for a, b in zip(ps, ys)) / sum(ps), 1), '0.0')
    return bk, {'csv': sh, 'xls': True}


def e71(rng):
    bk = Book('e71_memo_line_inside_block', "budget lines with a 'Memo: recharges included above' line INSIDE the block (between ordinary lines, not added), Total row; two years and Change")
    sh = bk.sheet('Budget')
    r = banner(bk, sh, ['Resources directorate', '£000']) + 1
    cols = [{'h': '2024/25', 'k': 'in'}, {'h': '2025/26', 'k': 'in'}, {'h': 'Change', 'k': 'diff', 'of': [1, 0]}]
    items = []
    for i, s in enumerate(['Finance', 'Revenues and benefits', 'HR', 'ICT', 'Legal', 'Procurement', 'Audit']):
        b = ri(rng, 500, 9000)
        items.append(('r', [s], [b, b + ri(rng, -300, 600)]))
        if i == 3:
            items.append(('m', ['Memo: ICT recharges included above'], [ri(rng, 200, 2000), ri(rng, 200, 2000)]))
    items.append(('g', 'Total Resources'))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh, 'xls': True}


def e72(rng):
    bk = Book('e72_cumulative_column_down_rows', "capital payments schedule: months down the rows with 'Payment' and a 'Cumulative total' column running down (each = the one above + this month's payment); Total row adds the payments")
    sh = bk.sheet('Schedule')
    r = banner(bk, sh, ['Leisure centre build - payment schedule', '£000']) + 1
    bk.row(sh, r, 1, ['Month', 'Payment', 'Cumulative total'], bold=True)
    r += 1
    first = r
    for i, m in enumerate(MONTHS):
        bk.put(sh, r, 1, f'{m} {2025 if i < 9 else 2026}')
        bk.put(sh, r, 2, ri(rng, 100, 2500), K)
        bk.lin((sh, r, 3), [(1, (sh, r, 2))] + ([(1, (sh, r - 1, 3))] if i else []), K)
        r += 1
    bk.put(sh, r, 1, 'Total', bold=True)
    bk.lin((sh, r, 2), [(1, (sh, x, 2)) for x in range(first, r)], K, True)
    return bk, {'csv': sh, 'ods': True}


ALL += [e68, e69, e70, e71, e72]
