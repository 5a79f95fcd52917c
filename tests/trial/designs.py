import datetime
from kit import Book, A1
from table import build, K, K2, M1, M2, P, P0, PCT, CNT

YRS = ['2025/26', '2026/27', '2027/28', '2028/29']
SERV = {
    'Adults, Health & Wellbeing': ['Older people residential care', 'Learning disabilities', 'Mental health services',
                                   'Physical support at home', 'Public health grant services'],
    'Children & Families': ['Looked after children placements', 'Early help', 'Special educational needs transport',
                            'Youth justice'],
    'Place & Economy': ['Waste collection', 'Highways maintenance', 'Street lighting', 'Parks and open spaces',
                        'Planning and building control'],
    'Resources': ['Finance', 'Legal and democratic', 'ICT', 'Human resources'],
}


def ri(rng, a, b):
    return rng.randint(a, b)


def banner(bk, sh, lines):
    for i, t in enumerate(lines):
        bk.put(sh, 1 + i, 1, t, bold=(i == 0))
    return 1 + len(lines)


# ---------------------------------------------------------------- budget books
def d01(rng):
    bk = Book('d01_budget_book_directorates', 'budget book: service x subjective by directorate, subtotals, Gross/Net sum columns, income in brackets')
    sh = bk.sheet('Budget 2025-26')
    r = banner(bk, sh, ['Anytown Borough Council', 'Revenue Budget 2025/26 - subjective analysis', 'All figures £000']) + 1
    cols = [{'h': h, 'k': 'in'} for h in ['Employees', 'Premises', 'Transport', 'Supplies & Services', 'Third Party Payments']]
    cols += [{'h': 'Gross Expenditure', 'k': 'sum', 'of': [0, 1, 2, 3, 4]}, {'h': 'Income', 'k': 'in'},
             {'h': 'Net Expenditure', 'k': 'sum', 'of': [5, 6]}]
    items = []
    for d in ['Adults, Health & Wellbeing', 'Children & Families', 'Place & Economy']:
        items.append(('h', d))
        for s in SERV[d]:
            items.append(('r', [s], [ri(rng, 200, 9000), ri(rng, 0, 800), ri(rng, 0, 300), ri(rng, 50, 2500),
                                     ri(rng, 0, 12000), -ri(rng, 100, 4000)]))
        items.append(('s', 'Total ' + d))
        items.append(('b',))
    items.append(('g', 'Total Net Budget'))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh, 'xls': True}


def d02(rng):
    bk = Book('d02_budget_totals_left_top', 'budget: Net total column on the left, General Fund total row at the top above the services')
    sh = bk.sheet('GF summary')
    r = banner(bk, sh, ['General Fund revenue budget 2025/26', '£000']) + 1
    cols = [{'h': 'Net budget', 'k': 'sum', 'of': [1, 2, 3]}, {'h': 'Employees', 'k': 'in'}, {'h': 'Running costs', 'k': 'in'},
            {'h': 'Income', 'k': 'in'}]
    items = [('gtop', 'Total General Fund'), ('b',)]
    for d in ['Place & Economy', 'Resources']:
        for s in SERV[d]:
            items.append(('r', [s], [ri(rng, 300, 5000), ri(rng, 100, 6000), -ri(rng, 50, 3000)]))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'ods': True}


def d03(rng):
    bk = Book('d03_budget_change_analysis', 'budget build-up: base + pay + growth + savings = new budget; change and change % columns')
    sh = bk.sheet('Budget changes')
    r = banner(bk, sh, ['Budget build-up by service', 'Amounts in £000; savings shown as negatives']) + 1
    cols = [{'h': '2024/25 Original budget', 'k': 'in'}, {'h': 'Pay & inflation', 'k': 'in'}, {'h': 'Growth', 'k': 'in'},
            {'h': 'Savings', 'k': 'in'}, {'h': '2025/26 Budget', 'k': 'sum', 'of': [0, 1, 2, 3]},
            {'h': 'Change', 'k': 'diff', 'of': [4, 0]}, {'h': 'Change %', 'k': 'pct', 'of': [5, 0], 'fmt': PCT}]
    items = []
    for s in SERV['Adults, Health & Wellbeing'] + SERV['Children & Families']:
        items.append(('r', [s], [ri(rng, 2000, 30000), ri(rng, 50, 900), rng.choice([0, ri(rng, 100, 2000)]), -ri(rng, 0, 1500)]))
    items.append(('g', 'Net budget requirement'))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {}


# ---------------------------------------------------------------- returns
def d04(rng):
    bk = Book('d04_RO_return_numbered_lines', 'RO return: numbered lines 1-9, line 10 total of lines 1 to 9, column numbers (1)..(7), total exp/income/net columns')
    sh = bk.sheet('RO4')
    r = banner(bk, sh, ['REVENUE OUTTURN 2024-25: RO4 HOUSING SERVICES (GFRA)', '£ thousand']) + 1
    cols = [{'h': 'Employees', 'k': 'in'}, {'h': 'Running expenses', 'k': 'in'}, {'h': 'TOTAL EXPENDITURE', 'k': 'sum', 'of': [0, 1]},
            {'h': 'Sales, fees and charges', 'k': 'in'}, {'h': 'Other income', 'k': 'in'}, {'h': 'TOTAL INCOME', 'k': 'sum', 'of': [3, 4]},
            {'h': 'NET CURRENT EXPENDITURE', 'k': 'diff', 'of': [2, 5]}]
    names = ['Housing strategy, advice and enabling', 'Housing benefits administration', 'Homelessness: temporary accommodation',
             'Homelessness: prevention', 'Private sector housing renewal', 'Licensing of private rented sector',
             'Housing welfare: supporting people', 'Other council property', 'Other welfare services']
    items = [('r', [i + 1, n], [ri(rng, 20, 900), ri(rng, 10, 2500), ri(rng, 0, 300), ri(rng, 0, 600)]) for i, n in enumerate(names)]
    items.append(('g', 'TOTAL HOUSING SERVICES (total of lines 1 to 9)'))
    hdr = [['Line', 'Service'] + [c['h'] for c in cols], [None, None] + [f'({i})' for i in range(1, 8)]]
    info = build(bk, sh, r, 1, hdr, 2, cols, items, fmt=GENF)
    bk.put(sh, info['grand'][0], 1, 10)
    return bk, {'csv': sh}


GENF = '#,##0'


def d05(rng):
    bk = Book('d05_RA_summary_lines', 'RA return: line codes 190..698, TOTAL SERVICE EXPENDITURE (lines 190 to 698), then net current expenditure line = 699+710+720-740; two years')
    sh = bk.sheet('RA summary')
    r = banner(bk, sh, ['REVENUE ACCOUNT BUDGET 2025-26 (RA)', 'All figures in £ thousand']) + 1
    bk.row(sh, r, 1, ['Line', 'Service', '2025-26 budget', '2024-25 budget'], bold=True)
    lines = [(190, 'Education services'), (290, 'Highways and transport services'), (330, "Children's Social Care"),
             (360, 'Adult Social Care'), (390, 'Public Health'), (490, 'Housing services (GFRA only)'),
             (509, 'Cultural and related services'), (590, 'Environmental and regulatory services'),
             (599, 'Planning and development services'), (698, 'Central services')]
    r += 1
    first = r
    for code, n in lines:
        bk.row(sh, r, 1, [code, n, ri(rng, 2000, 90000), ri(rng, 2000, 90000)], fmt=GENF)
        r += 1
    last = r - 1
    bk.row(sh, r, 1, [699, 'TOTAL SERVICE EXPENDITURE (total of lines 190 to 698)'], bold=True)
    tot = r
    for c in (3, 4):
        bk.lin((sh, r, c), [(1, (sh, x, c)) for x in range(first, last + 1)], GENF, True)
    r += 1
    extra = [(710, 'Parish precepts'), (720, 'Levies'), (740, 'Trading account surpluses/deficits (enter surpluses)')]
    er = []
    for code, n in extra:
        bk.row(sh, r, 1, [code, n, ri(rng, 100, 3000), ri(rng, 100, 3000)], fmt=GENF)
        er.append(r); r += 1
    bk.row(sh, r, 1, [790, 'NET CURRENT EXPENDITURE (lines 699 + 710 + 720 - 740)'], bold=True)
    for c in (3, 4):
        bk.lin((sh, r, c), [(1, (sh, tot, c)), (1, (sh, er[0], c)), (1, (sh, er[1], c)), (-1, (sh, er[2], c))], GENF, True)
    return bk, {'xls': True}


# ---------------------------------------------------------------- statement of accounts notes
def d06(rng):
    bk = Book('d06_PPE_note', 'SoA PPE note: cost block and depreciation block (negatives in brackets) with At 31 March rows, NBV rows = cost + depreciation, Total PPE column')
    sh = bk.sheet('Note 14 PPE')
    r = banner(bk, sh, ['Note 14 Property, Plant and Equipment', 'Movements in 2024/25']) + 1
    heads = ['Land and Buildings', 'Vehicles, Plant & Equipment', 'Infrastructure', 'Community Assets', 'Assets Under Construction']
    cols = [{'h': h, 'k': 'in'} for h in heads] + [{'h': 'Total PPE', 'k': 'sum', 'of': [0, 1, 2, 3, 4]}]
    hdr = [[None] + [c['h'] for c in cols], [None] + ['£000'] * 6]
    cost = [('r', ['At 1 April 2024'], [ri(rng, 100000, 400000), ri(rng, 10000, 40000), ri(rng, 50000, 200000), ri(rng, 1000, 9000), ri(rng, 0, 20000)]),
            ('r', ['Additions'], [ri(rng, 1000, 9000), ri(rng, 100, 3000), ri(rng, 1000, 9000), ri(rng, 0, 200), ri(rng, 1000, 15000)]),
            ('r', ['Revaluation increases/(decreases) recognised in the Revaluation Reserve'], [ri(rng, -5000, 9000), 0, 0, 0, 0]),
            ('r', ['Derecognition - disposals'], [-ri(rng, 100, 3000), -ri(rng, 100, 900), 0, 0, 0]),
            ('r', ['Assets reclassified (to)/from Held for Sale'], [-ri(rng, 0, 900), 0, 0, 0, 0]),
            ('s', 'At 31 March 2025')]
    items = [('h', 'Cost or Valuation')] + cost + [('b',), ('h', 'Accumulated Depreciation and Impairment')]
    dep = [('r', ['At 1 April 2024'], [-ri(rng, 5000, 30000), -ri(rng, 5000, 9000), -ri(rng, 10000, 40000), 0, 0]),
           ('r', ['Depreciation charge'], [-ri(rng, 1000, 5000), -ri(rng, 500, 2000), -ri(rng, 1000, 5000), 0, 0]),
           ('r', ['Derecognition - disposals'], [ri(rng, 10, 500), ri(rng, 10, 500), 0, 0, 0]),
           ('s', 'At 31 March 2025')]
    items += dep + [('b',), ('h', 'Net Book Value'), ('t', 'At 31 March 2025'), ('t', 'At 31 March 2024')]
    info = build(bk, sh, r, 1, hdr, 1, cols, items, fmt=K)
    rows = dict()
    subs = info['subs']
    # first data row of each block
    dr = [x for k, x in info['rows'] if k == 'r']
    nbv1, nbv0 = info['end'] - 1, info['end']
    for i, c in enumerate(info['cpos']):
        bk.lin((sh, nbv1, c), [(1, (sh, subs[0], c)), (1, (sh, subs[1], c))], K, True)
        bk.lin((sh, nbv0, c), [(1, (sh, dr[0], c)), (1, (sh, dr[5], c))], K, True)
    return bk, {'ods': True}


def d07(rng):
    bk = Book('d07_reserves_movements', 'earmarked reserves: balance 1 April + out (brackets) + in = balance 31 March, for two years across columns; total row')
    sh = bk.sheet('Note 10 Reserves')
    r = banner(bk, sh, ['Note 10 Transfers to/from Earmarked Reserves', '£000']) + 1
    cols = [{'h': 'Balance at 1 April 2023', 'k': 'in'}, {'h': 'Transfers out 2023/24', 'k': 'in'}, {'h': 'Transfers in 2023/24', 'k': 'in'},
            {'h': 'Balance at 31 March 2024', 'k': 'sum', 'of': [0, 1, 2]}, {'h': 'Transfers out 2024/25', 'k': 'in'},
            {'h': 'Transfers in 2024/25', 'k': 'in'}, {'h': 'Balance at 31 March 2025', 'k': 'sum', 'of': [3, 4, 5]}]
    names = ['Insurance reserve', 'Business rates equalisation', 'Transformation reserve', 'Schools balances', 'Public health reserve',
             'Capital financing reserve', 'Elections reserve', 'Covid-19 grants reserve', 'Invest to save reserve']
    items = [('r', [n], [ri(rng, 500, 9000), -ri(rng, 0, 900), ri(rng, 0, 1200), -ri(rng, 0, 800), ri(rng, 0, 1500)]) for n in names]
    items.append(('g', 'Total earmarked reserves'))
    build(bk, sh, r, 1, [['Reserve'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh}


def d08(rng):
    bk = Book('d08_debtors_note_prior_year', 'debtors note: prior year and current year columns, subtotal, less impairment allowance, net debtors line')
    sh = bk.sheet('Note 18 Debtors')
    r = banner(bk, sh, ['Note 18 Short-term Debtors']) + 1
    cols = [{'h': '31 March 2024', 'k': 'in'}, {'h': '31 March 2025', 'k': 'in'}]
    names = ['Central government bodies', 'Other local authorities', 'NHS bodies', 'Public corporations and trading funds',
             'Council tax payers', 'Business rates payers', 'Housing benefit overpayments', 'Other entities and individuals']
    items = [('r', [n], [ri(rng, 300, 12000), ri(rng, 300, 12000)]) for n in names] + [('s', 'Gross debtors'),
             ('r', ['Less: allowance for impairment of debts'], [-ri(rng, 800, 4000), -ri(rng, 800, 4000)]), ('t', 'Total short-term debtors')]
    info = build(bk, sh, r, 1, [[None, '31 March 2024', '31 March 2025'], [None, '£000', '£000']], 1, cols, items, fmt=K)
    s = info['subs'][0]
    for c in info['cpos']:
        bk.lin((sh, info['end'], c), [(1, (sh, s, c)), (1, (sh, s + 1, c))], K, True)
    return bk, {'xls': True}


def d09(rng):
    bk = Book('d09_creditors_total_at_top', 'creditors note: Total creditors row at the top, categories below; two year columns; figures negative in brackets')
    sh = bk.sheet('Creditors')
    r = banner(bk, sh, ['Note 20 Short-term Creditors', '£000']) + 1
    cols = [{'h': '2023/24', 'k': 'in'}, {'h': '2024/25', 'k': 'in'}]
    names = ['Central government bodies', 'Other local authorities', 'NHS bodies', 'Public corporations', 'Receipts in advance',
             'Accrued employee benefits', 'Other entities and individuals']
    items = [('gtop', 'Total short-term creditors'), ('t', 'of which:')] + [('r', [n], [-ri(rng, 300, 15000), -ri(rng, 300, 15000)]) for n in names]
    build(bk, sh, r, 1, [[None] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'ods': True}


# ---------------------------------------------------------------- capital
def d10(rng):
    bk = Book('d10_capital_programme_with_funding', 'capital programme: schemes by year grouped by area with subtotals, programme total; second table of funding sources with Total funding, same sheet')
    sh = bk.sheet('Capital Programme')
    r = banner(bk, sh, ['Capital Programme 2025/26 to 2028/29', '£000']) + 1
    cols = [{'h': y, 'k': 'in'} for y in YRS] + [{'h': 'Total', 'k': 'sum', 'of': [0, 1, 2, 3]}]
    areas = {'Highways': ['Carriageway resurfacing', 'Bridge strengthening', 'Active travel schemes'],
             'Schools': ['Basic need expansion - Oak Primary', 'Condition programme', 'SEN resource bases'],
             'Housing': ['Disabled facilities grants', 'Affordable homes programme'],
             'Regeneration': ['Town centre public realm', 'Market hall refurbishment', 'Levelling up fund - station quarter']}
    items = []
    for a, ss in areas.items():
        items.append(('h', a))
        for s in ss:
            items.append(('r', [s], [ri(rng, 0, 6000), ri(rng, 0, 6000), ri(rng, 0, 4000), rng.choice([0, ri(rng, 0, 3000)])]))
        items.append(('s', f'Total {a}'))
    items += [('b',), ('g', 'Total Capital Programme')]
    info = build(bk, sh, r, 1, [['Scheme'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    r = info['end'] + 3
    bk.put(sh, r - 1, 1, 'Funded by:', bold=True)
    fitems = [('r', [n], [ri(rng, 500, 8000) for _ in range(4)]) for n in
              ['Prudential borrowing', 'Government grants', 'Capital receipts', 'S106 and CIL', 'Revenue contributions']]
    fitems.append(('g', 'Total funding'))
    build(bk, sh, r, 1, [['Source'] + [c['h'] for c in cols]], 1, cols, fitems, fmt=K)
    return bk, {'xls': True}


def d11(rng):
    bk = Book('d11_capital_programme_m_hidden_codes', 'capital programme in £m to 1 decimal, hidden numeric cost-centre column, Total column, programme total')
    sh = bk.sheet('Capital')
    r = banner(bk, sh, ['Capital programme (£m)', 'Figures rounded to £0.1m']) + 1
    cols = [{'h': y, 'k': 'in'} for y in YRS] + [{'h': 'Total', 'k': 'sum', 'of': [0, 1, 2, 3]}]
    names = ['School places programme', 'Highways structural maintenance', 'Flood alleviation', 'Leisure centre replacement',
             'Fleet replacement', 'Digital infrastructure', 'Depot rationalisation', 'Social housing acquisitions']
    items = [('r', [40000 + ri(rng, 100, 999), n], [round(rng.uniform(0, 9), 1) for _ in range(4)]) for n in names]
    items.append(('g', 'Total capital programme'))
    build(bk, sh, r, 1, [['Cost centre', 'Scheme'] + [f'{c["h"]} £m' if c['k'] == 'in' else 'Total £m' for c in cols]], 2, cols, items, fmt=M1)
    bk.hidden_cols[sh] = ['A']
    return bk, {'ods': True}


# ---------------------------------------------------------------- long lists
SUP = ['Acme Care Ltd', 'Northern Highways plc', 'Brightstart Nurseries', 'City Fuels', 'Greenfield Grounds Maintenance',
       'Oakwood Residential Homes', 'Taylor & Sons Builders', 'Metro Waste Services', 'Civic IT Solutions', 'Blue Sky Travel',
       'Riverside Housing Association', 'Harbour Legal LLP', 'Apex Agency Staff', 'St Mary Hospice', 'County Print']
WARDS = ['Abbey', 'Castle', 'Eastfield', 'Hillside', 'Market', 'Northgate', 'Priory', 'Westbrook']


def d12(rng):
    bk = Book('d12_grant_register', 'community grants register: 60 grants in whole pounds, text columns (ward, purpose), Total at the bottom')
    sh = bk.sheet('Grants 2024-25')
    r = banner(bk, sh, ['Community grants awarded 2024/25', 'Published under the Local Government Transparency Code']) + 1
    cols = [{'h': 'Recipient', 'k': 'text'}, {'h': 'Ward', 'k': 'text'}, {'h': 'Purpose', 'k': 'text'}, {'h': 'Amount £', 'k': 'in', 'fmt': P0}]
    items = []
    for i in range(60):
        items.append(('r', [f'CG{2400 + i}'], [f'{rng.choice(["Friends of", "Youth", "Age Concern", "Scouts", "Food bank"])} {rng.choice(WARDS)} {i}',
                                               rng.choice(WARDS), rng.choice(['Equipment', 'Running costs', 'Event', 'Building repairs']),
                                               ri(rng, 250, 15000)]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Ref'] + [c['h'] for c in cols]], 1, cols, items, fmt=P0)
    return bk, {'csv': sh}


def d13(rng):
    bk = Book('d13_payments_over_500', 'payments over £500: 150 lines with dates, transaction numbers, amounts in pounds and pence, Total at the bottom')
    sh = bk.sheet('Payments')
    r = 1
    cols = [{'h': 'Transaction number', 'k': 'text'}, {'h': 'Supplier', 'k': 'text'}, {'h': 'Service area', 'k': 'text'},
            {'h': 'Expense type', 'k': 'text'}, {'h': 'Net amount £', 'k': 'in', 'fmt': '#,##0.00'}]
    items = []
    d0 = datetime.date(2025, 4, 1)
    for i in range(150):
        items.append(('r', [d0 + datetime.timedelta(days=i // 5)], [str(5100000 + ri(rng, 0, 99999)), rng.choice(SUP),
                            rng.choice(list(SERV)), rng.choice(['Agency staff', 'Contracted services', 'Fuel', 'Grants', 'Equipment']),
                            round(rng.uniform(500, 60000), 2)]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Payment date'] + [c['h'] for c in cols]], 1, cols, items, fmt='#,##0.00')
    for k in list(bk.cells):
        if k[2] == 1 and isinstance(bk.cells[k], datetime.date):
            bk.fmt[k] = 'dd/mm/yyyy'
    return bk, {'csv': sh}


# ---------------------------------------------------------------- monitoring
def monitor(bk, sh, r, rng, pctcol=True, rag=True, groups=('Adults, Health & Wellbeing', 'Children & Families', 'Place & Economy')):
    cols = [{'h': 'Budget £000', 'k': 'in'}, {'h': 'Forecast outturn £000', 'k': 'in'}, {'h': 'Variance £000', 'k': 'diff', 'of': [1, 0]}]
    if pctcol:
        cols.append({'h': 'Variance %', 'k': 'pct', 'of': [2, 0], 'fmt': PCT})
    if rag:
        cols.append({'h': 'RAG', 'k': 'text'})
    items = []
    for d in groups:
        items.append(('h', d))
        for s in SERV[d]:
            b = ri(rng, 500, 30000)
            f = b + rng.choice([0, ri(rng, -600, 900)])
            v = [b, f] + (['R' if f - b > 0.03 * b else 'A' if f > b else 'G'] if rag else [])
            items.append(('r', [s], v))
        items.append(('s', f'{d} total'))
        items.append(('b',))
    items.append(('g', 'Council total'))
    return build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)


def d14(rng):
    bk = Book('d14_quarterly_monitoring_rag', 'Q2 monitoring: budget, forecast, variance (forecast-budget), variance %, RAG; directorate subtotals; council total')
    sh = bk.sheet('Q2 monitoring')
    r = banner(bk, sh, ['Revenue budget monitoring 2025/26 - Quarter 2', 'Forecast position at 30 September 2025']) + 1
    monitor(bk, sh, r, rng)
    return bk, {'xls': True}


def d15(rng):
    bk = Book('d15_monitoring_actuals_na', 'monitoring with Actual to date (not summed across), Forecast, Variance = Budget - Forecast (underspend positive), n/a % on zero budget line')
    sh = bk.sheet('Period 6')
    r = banner(bk, sh, ['Period 6 budget monitoring', '£000', 'Variance: (overspend) / underspend']) + 1
    cols = [{'h': 'Annual budget', 'k': 'in'}, {'h': 'Actual to date', 'k': 'in'}, {'h': 'Forecast outturn', 'k': 'in'},
            {'h': 'Variance', 'k': 'diff', 'of': [0, 2]}, {'h': '% of budget', 'k': 'pct', 'of': [3, 0], 'fmt': PCT}]
    items = []
    for s in SERV['Place & Economy'] + SERV['Resources']:
        b = ri(rng, 500, 12000)
        items.append(('r', [s], [b, int(b * rng.uniform(0.3, 0.6)), b + ri(rng, -400, 400)]))
    items.append(('r', ['Homes for Ukraine (grant funded)'], [0, ri(rng, 50, 300), ri(rng, -50, 50)]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh}


# ---------------------------------------------------------------- workforce
def d16(rng):
    bk = Book('d16_workforce_fte_headcount', 'workforce profile: FTE to 2dp, female + male = headcount, part-time %, total row')
    sh = bk.sheet('Workforce')
    r = banner(bk, sh, ['Workforce profile at 31 March 2025', 'Excludes schools and casual staff']) + 1
    cols = [{'h': 'FTE', 'k': 'in', 'fmt': '#,##0.00'}, {'h': 'Female', 'k': 'in', 'fmt': CNT}, {'h': 'Male', 'k': 'in', 'fmt': CNT},
            {'h': 'Headcount', 'k': 'sum', 'of': [1, 2], 'fmt': CNT}, {'h': 'Part-time', 'k': 'in', 'fmt': CNT},
            {'h': 'Part-time %', 'k': 'pct', 'of': [4, 3], 'fmt': PCT}]
    items = []
    for d in SERV:
        f, m = ri(rng, 40, 700), ri(rng, 20, 400)
        items.append(('r', [d], [round((f + m) * rng.uniform(0.75, 0.95), 2), f, m, ri(rng, 10, f)]))
    items.append(('g', 'All directorates'))
    build(bk, sh, r, 1, [['Directorate'] + [c['h'] for c in cols]], 1, cols, items, fmt=CNT)
    return bk, {'ods': True}


def d17(rng):
    bk = Book('d17_workforce_quarters_counts', 'headcount by grade band per quarter (no total column: a total across quarters is meaningless), Total row only')
    sh = bk.sheet('Headcount')
    r = banner(bk, sh, ['Headcount by grade, 2024/25 quarter ends']) + 1
    cols = [{'h': q, 'k': 'in', 'fmt': CNT} for q in ['Q1 Jun-24', 'Q2 Sep-24', 'Q3 Dec-24', 'Q4 Mar-25']]
    items = []
    for g in ['Grades 1-3', 'Grades 4-6', 'Grades 7-9', 'Grades 10-12', 'Grades 13-15', 'Chief officers']:
        b = ri(rng, 10, 600)
        items.append(('r', [g], [b + ri(rng, -20, 20) for _ in range(4)]))
    items.append(('g', 'Total headcount'))
    build(bk, sh, r, 1, [['Grade band'] + [c['h'] for c in cols]], 1, cols, items, fmt=CNT)
    return bk, {'csv': sh}


# ---------------------------------------------------------------- business plan
def d18(rng):
    bk = Book('d18_business_plan_inv_sav_cumulative', 'business plan: investments and savings (negative) by year with refs, subtotals, Net total, Cumulative row, Total column')
    sh = bk.sheet('Business Plan')
    r = banner(bk, sh, ['Business Plan 2025-30: proposals', '£000 (incremental changes shown on an absolute basis)']) + 1
    cols = [{'h': y, 'k': 'in'} for y in ['2025-26', '2026-27', '2027-28', '2028-29', '2029-30']] + [{'h': 'Total', 'k': 'sum', 'of': [0, 1, 2, 3, 4]}]
    items = [('h', 'Investments')]
    for i in range(6):
        items.append(('r', [f'A/R.6.{101 + i:03d}', f'Investment proposal {i + 1}'], [ri(rng, 0, 900) for _ in range(5)]))
    items.append(('s', 'Total investments', 1))
    items.append(('h', 'Savings'))
    for i in range(7):
        items.append(('r', [f'A/R.6.{201 + i:03d}', f'Saving proposal {i + 1}'], [-ri(rng, 0, 1200) for _ in range(5)]))
    items.append(('s', 'Total savings', 1))
    items.append(('b',))
    items.append(('g', 'Net total', 1))
    items.append(('c', 'Cumulative total'))
    build(bk, sh, r, 1, [['Ref', 'Title'] + [c['h'] for c in cols]], 2, cols, items, fmt=K, cum_cols=[0, 1, 2, 3, 4])
    return bk, {'xls': True}


def d19(rng):
    bk = Book('d19_MTFS_gap', 'MTFS summary: spending lines -> Net budget requirement; funding lines -> Total funding; Budget gap = requirement - funding; Cumulative gap; years across')
    sh = bk.sheet('MTFS')
    r = banner(bk, sh, ['Medium Term Financial Strategy 2025/26 - 2028/29', '£m']) + 1
    bk.row(sh, r, 1, [''] + YRS, bold=True)
    r += 1
    spend = [('Base budget brought forward', 250.0), ('Pay and price inflation', 8.0), ('Demographic and demand pressures', 6.0),
             ('Capital financing costs', 1.5), ('Savings proposals', -4.0)]
    rows = []
    for n, base in spend:
        bk.row(sh, r, 1, [n] + [round(base * rng.uniform(0.8, 1.2), 1) for _ in YRS], fmt=M1)
        rows.append(r); r += 1
    req = r
    bk.put(sh, r, 1, 'Net budget requirement', bold=True)
    for c in range(2, 6):
        bk.lin((sh, r, c), [(1, (sh, x, c)) for x in rows], M1, True)
    r += 2
    frows = []
    for n, base in [('Council tax', 150.0), ('Retained business rates', 70.0), ('Revenue support grant', 12.0), ('Collection fund surplus', 1.0)]:
        bk.row(sh, r, 1, [n] + [round(base * rng.uniform(0.9, 1.1), 1) for _ in YRS], fmt=M1)
        frows.append(r); r += 1
    fund = r
    bk.put(sh, r, 1, 'Total funding', bold=True)
    for c in range(2, 6):
        bk.lin((sh, r, c), [(1, (sh, x, c)) for x in frows], M1, True)
    r += 2
    bk.put(sh, r, 1, 'Budget gap', bold=True)
    for c in range(2, 6):
        bk.lin((sh, r, c), [(1, (sh, req, c)), (-1, (sh, fund, c))], M1, True)
    gap = r; r += 1
    bk.put(sh, r, 1, 'Cumulative budget gap', bold=True)
    for c in range(2, 6):
        bk.lin((sh, r, c), ([(1, (sh, r, c - 1))] if c > 2 else []) + [(1, (sh, gap, c))], M1, True)
    return bk, {'ods': True}


# ---------------------------------------------------------------- misc
def d20(rng):
    bk = Book('d20_council_tax_base', 'council tax base: band, ratio text (6/9), dwellings (counts), discounts (neg), net chargeable = dwellings + discounts, Band D equivalents; total row')
    sh = bk.sheet('Tax base')
    r = banner(bk, sh, ['Council tax base 2025/26']) + 1
    cols = [{'h': 'Ratio to Band D', 'k': 'text'}, {'h': 'Chargeable dwellings', 'k': 'in'}, {'h': 'Discounts and exemptions', 'k': 'in'},
            {'h': 'Net chargeable dwellings', 'k': 'sum', 'of': [1, 2]}, {'h': 'Band D equivalents', 'k': 'in', 'fmt': '#,##0.0'}]
    ratios = [('A', '6/9', 6 / 9), ('B', '7/9', 7 / 9), ('C', '8/9', 8 / 9), ('D', '9/9', 1), ('E', '11/9', 11 / 9), ('F', '13/9', 13 / 9),
              ('G', '15/9', 15 / 9), ('H', '18/9', 2)]
    items = []
    for b, t, x in ratios:
        n = ri(rng, 300, 15000); d = -ri(rng, 10, n // 4)
        items.append(('r', ['Band ' + b], [t, n, d, round((n + d) * x, 1)]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Band'] + [c['h'] for c in cols]], 1, cols, items, fmt=CNT)
    return bk, {'csv': sh}


def d21(rng):
    bk = Book('d21_summary_sheet_refs_details', 'summary sheet whose lines reference detail sheets (cross-sheet), each detail sheet a budget/forecast/variance table with a total; summary total')
    summ = bk.sheet('Summary')
    dets = []
    for d in ['Adults, Health & Wellbeing', 'Children & Families', 'Place & Economy']:
        sh = bk.sheet(d.split(',')[0].split(' ')[0])
        r = banner(bk, sh, [d + ' - detail', '£000']) + 1
        info = monitor(bk, sh, r, rng, pctcol=False, rag=False, groups=(d,))
        dets.append((d, sh, info))
    r = banner(bk, summ, ['Revenue monitoring summary', '£000']) + 1
    bk.row(summ, r, 1, ['Directorate', 'Budget £000', 'Forecast outturn £000', 'Variance £000'], bold=True)
    r += 1
    first = r
    for d, sh, info in dets:
        g = info['grand'][0]
        bk.put(summ, r, 1, d)
        for j, c in enumerate(info['cpos']):
            bk.lin((summ, r, 2 + j), [(1, (sh, g, c))], K)
        r += 1
    bk.put(summ, r, 1, 'Total', bold=True)
    for c in range(2, 5):
        bk.lin((summ, r, c), [(1, (summ, x, c)) for x in range(first, r)], K, True)
    return bk, {'ods': True}


def d22(rng):
    bk = Book('d22_two_tables_side_by_side', 'two tables side by side on one sheet: revenue (A-D) and capital (G-J), each with its own Total row; different row counts')
    sh = bk.sheet('Overview')
    r = banner(bk, sh, ['Financial overview 2025/26', '£000']) + 1
    cols = [{'h': 'Budget', 'k': 'in'}, {'h': 'Forecast', 'k': 'in'}, {'h': 'Variance', 'k': 'diff', 'of': [1, 0]}]
    items = []
    for d in SERV:
        b = ri(rng, 5000, 90000)
        items.append(('r', [d], [b, b + ri(rng, -900, 900)]))
    items.append(('g', 'Total revenue'))
    bk.put(sh, r - 1, 1, 'Revenue', bold=True)
    build(bk, sh, r, 1, [['Directorate'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    items = []
    for s in ['Highways', 'Schools', 'Housing', 'Regeneration', 'ICT', 'Fleet', 'Leisure']:
        b = ri(rng, 500, 9000)
        items.append(('r', [s], [b, b - ri(rng, 0, 900)]))
    items.append(('g', 'Total capital'))
    bk.put(sh, r - 1, 7, 'Capital', bold=True)
    build(bk, sh, r, 7, [['Programme'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'xls': True}


def d23(rng):
    bk = Book('d23_hidden_helper_columns', 'budget table with a hidden prior-year column between figures and a hidden check column (all zeros) at the right; Total column and Total row')
    sh = bk.sheet('Budget')
    r = banner(bk, sh, ['Directorate budgets 2025/26', '£000']) + 1
    cols = [{'h': 'Employees', 'k': 'in'}, {'h': 'Prior year (helper)', 'k': 'in'}, {'h': 'Non-pay', 'k': 'in'}, {'h': 'Income', 'k': 'in'},
            {'h': 'Net', 'k': 'sum', 'of': [0, 2, 3]}, {'h': 'check', 'k': 'in'}]
    items = []
    for s in SERV['Children & Families'] + SERV['Resources']:
        items.append(('r', [s], [ri(rng, 500, 9000), ri(rng, 500, 15000), ri(rng, 100, 5000), -ri(rng, 0, 2000), 0]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    bk.hidden_cols[sh] = ['C', 'G']
    return bk, {}


def d24(rng):
    bk = Book('d24_merged_year_headers', 'two-level merged headers (2024/25 over Budget/Outturn/Variance, 2025/26 over Budget/Forecast/Variance), total row')
    sh = bk.sheet('Two years')
    r = banner(bk, sh, ['Outturn and forecast by directorate', '£000']) + 1
    cols = [{'h': 'Budget', 'k': 'in'}, {'h': 'Outturn', 'k': 'in'}, {'h': 'Variance', 'k': 'diff', 'of': [1, 0]},
            {'h': 'Budget', 'k': 'in'}, {'h': 'Forecast', 'k': 'in'}, {'h': 'Variance', 'k': 'diff', 'of': [4, 3]}]
    items = []
    for d in SERV:
        b1, b2 = ri(rng, 5000, 90000), ri(rng, 5000, 90000)
        items.append(('r', [d], [b1, b1 + ri(rng, -900, 900), b2, b2 + ri(rng, -900, 900)]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Directorate', '2024/25', None, None, '2025/26', None, None], [None] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    bk.merges[sh] = [f'B{r}:D{r}', f'E{r}:G{r}', f'A{r}:A{r + 1}']
    return bk, {'ods': True}


def d25(rng):
    bk = Book('d25_dash_na_text_in_figures', "fees & charges income by service and quarter, '-' and 'n/a' text in figure cells, Total column and Total row")
    sh = bk.sheet('Income')
    r = banner(bk, sh, ['Fees and charges income 2024/25', '£000']) + 1
    cols = [{'h': q, 'k': 'in'} for q in ['Q1', 'Q2', 'Q3', 'Q4']] + [{'h': 'Full year', 'k': 'sum', 'of': [0, 1, 2, 3]}]
    items = []
    for i, s in enumerate(['Car parking', 'Building control fees', 'Planning fees', 'Garden waste subscriptions', 'Cemeteries and crematorium',
                           'Licensing', 'Pest control', 'Trade waste']):
        v = [ri(rng, 20, 900) for _ in range(4)]
        if i == 3:
            v[2] = '-'
        if i == 6:
            v = ['n/a', 'n/a', ri(rng, 10, 50), ri(rng, 10, 50)]
        items.append(('r', [s], v))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh}


def d26(rng):
    bk = Book('d26_HRA_income_expenditure', 'HRA I&E: income lines negative -> Total income; expenditure lines -> Total expenditure; Net cost of HRA services = sum of both; prior and current year')
    sh = bk.sheet('HRA')
    r = banner(bk, sh, ['Housing Revenue Account Income and Expenditure Statement']) + 1
    cols = [{'h': '2023/24 £000', 'k': 'in'}, {'h': '2024/25 £000', 'k': 'in'}]
    items = [('h', 'Income')]
    for n in ['Dwelling rents', 'Non-dwelling rents', 'Charges for services and facilities', 'Contributions towards expenditure']:
        items.append(('r', [n], [-ri(rng, 500, 40000), -ri(rng, 500, 40000)]))
    items.append(('s', 'Total income'))
    items.append(('h', 'Expenditure'))
    for n in ['Repairs and maintenance', 'Supervision and management', 'Rents, rates, taxes and other charges',
              'Depreciation and impairment of non-current assets', 'Debt management costs', 'Movement in the allowance for bad debts']:
        items.append(('r', [n], [ri(rng, 100, 15000), ri(rng, 100, 15000)]))
    items.append(('s', 'Total expenditure'))
    items.append(('g', 'Net cost of HRA services'))
    build(bk, sh, r, 1, [[None] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'xls': True}


def d27(rng):
    bk = Book('d27_schools_budget_shares', 'schools budget shares: DfE number (code), pupils (count), formula factors in £, total allocation column; total row')
    sh = bk.sheet('Schools')
    r = banner(bk, sh, ['Schools block allocations 2025/26', '£']) + 1
    cols = [{'h': 'DfE number', 'k': 'text'}, {'h': 'Pupils', 'k': 'in', 'fmt': CNT}, {'h': 'Basic entitlement £', 'k': 'in'},
            {'h': 'Deprivation £', 'k': 'in'}, {'h': 'Lump sum £', 'k': 'in'}, {'h': 'Total allocation £', 'k': 'sum', 'of': [2, 3, 4]}]
    items = []
    for i, s in enumerate(['Oak Primary', 'Ash Primary', 'Beech Infant', 'Elm Junior', 'Hazel CofE Primary', 'Holly Academy',
                           'Larch Primary', 'Willow Primary', 'Maple Secondary', 'Rowan High School']):
        p = ri(rng, 90, 1400)
        items.append(('r', [s], [8802000 + ri(rng, 1, 999), p, p * 4655, ri(rng, 20000, 300000), 134400]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['School'] + [c['h'] for c in cols]], 1, cols, items, fmt=P0)
    return bk, {'ods': True}


def d28(rng):
    bk = Book('d28_fees_no_totals', 'fees and charges schedule: unit prices, proposed price, increase £ (difference), increase %; no total rows at all')
    sh = bk.sheet('Fees')
    r = banner(bk, sh, ['Proposed fees and charges 2025/26', 'Prices include VAT where applicable']) + 1
    cols = [{'h': 'Unit', 'k': 'text'}, {'h': '2024/25 charge £', 'k': 'in'}, {'h': '2025/26 proposed £', 'k': 'in'},
            {'h': 'Increase £', 'k': 'diff', 'of': [2, 1]}, {'h': 'Increase %', 'k': 'pct', 'of': [3, 1], 'fmt': PCT}]
    items = []
    for s, u, p in [('Garden waste bin', 'per year', 48.0), ('Bulky waste collection', 'up to 3 items', 35.0),
                    ('Parking - town centre', 'per hour', 1.6), ('Parking permit', 'per year', 90.0), ('Burial - adult', 'each', 980.0),
                    ('Pest control - rats', 'per visit', 75.0), ('Street name plate', 'each', 210.0), ('Taxi driver licence', '3 years', 265.0),
                    ('Room hire - main hall', 'per hour', 42.5), ('Replacement wheelie bin', 'each', 30.0)]:
        items.append(('r', [s], [u, p, round(p * rng.choice([1.03, 1.05, 1.07, 1.1]), 2)]))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt='#,##0.00')
    return bk, {'csv': sh}


def d29(rng):
    bk = Book('d29_treasury_borrowing', 'treasury: loans by lender grouped PWLB/Market with subtotals, dates, rate %, principal £m 2dp; total borrowing')
    bk.step = 0.01
    sh = bk.sheet('Borrowing')
    r = banner(bk, sh, ['Long-term borrowing at 31 March 2025']) + 1
    cols = [{'h': 'Start date', 'k': 'text'}, {'h': 'Maturity date', 'k': 'text'}, {'h': 'Rate %', 'k': 'text'},
            {'h': 'Principal £m', 'k': 'in'}]
    items = []
    for grp, n in [('PWLB', 7), ('Market loans (LOBO)', 3), ('Other local authorities', 3)]:
        items.append(('h', grp))
        for i in range(n):
            items.append(('r', [f'{grp.split()[0]} loan {i + 1}'], [datetime.date(2000 + ri(rng, 0, 20), ri(rng, 1, 12), 1),
                         datetime.date(2030 + ri(rng, 0, 30), ri(rng, 1, 12), 1), round(rng.uniform(1.5, 5.5), 2), round(rng.uniform(1, 25), 2)]))
        items.append(('s', f'Total {grp}'))
    items.append(('b',))
    items.append(('g', 'Total long-term borrowing'))
    build(bk, sh, r, 1, [['Loan'] + [c['h'] for c in cols]], 1, cols, items, fmt=M2)
    for k, v in list(bk.cells.items()):
        if isinstance(v, datetime.date):
            bk.fmt[k] = 'dd/mm/yyyy'
        if k[2] == 4 and isinstance(v, float):
            bk.fmt[k] = '0.00'
    return bk, {}


def d30(rng):
    bk = Book('d30_s106_balances', 'S106 balances: balance b/f + received + spent (negative) = balance c/f, by development with ward; total row')
    sh = bk.sheet('S106')
    r = banner(bk, sh, ['Section 106 contributions held 2024/25', '£']) + 1
    cols = [{'h': 'Ward', 'k': 'text'}, {'h': 'Balance b/f', 'k': 'in'}, {'h': 'Received', 'k': 'in'}, {'h': 'Spent', 'k': 'in'},
            {'h': 'Balance c/f', 'k': 'sum', 'of': [1, 2, 3]}]
    items = []
    for i in range(18):
        items.append(('r', [f'{rng.choice(["Land at", "Former", "Site of"])} {rng.choice(["Mill Lane", "Station Rd", "Hospital", "Depot", "Quarry"])} ({i + 1})'],
                      [rng.choice(WARDS), ri(rng, 0, 400000), rng.choice([0, ri(rng, 1000, 200000)]), -rng.choice([0, ri(rng, 1000, 50000)])]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Development'] + [c['h'] for c in cols]], 1, cols, items, fmt=P0)
    return bk, {'csv': sh}


def d31(rng):
    bk = Book('d31_CIES', 'CIES: gross exp, gross income (neg), net exp per service for two years; Cost of services; further lines; (Surplus)/deficit on provision of services')
    sh = bk.sheet('CIES')
    r = banner(bk, sh, ['Comprehensive Income and Expenditure Statement']) + 1
    cols = [{'h': 'Gross Expenditure', 'k': 'in'}, {'h': 'Gross Income', 'k': 'in'}, {'h': 'Net Expenditure', 'k': 'sum', 'of': [0, 1]},
            {'h': 'Gross Expenditure', 'k': 'in'}, {'h': 'Gross Income', 'k': 'in'}, {'h': 'Net Expenditure', 'k': 'sum', 'of': [3, 4]}]
    items = []
    for d in list(SERV) + ['Housing Revenue Account']:
        items.append(('r', [d], [ri(rng, 20000, 200000), -ri(rng, 5000, 60000), ri(rng, 20000, 200000), -ri(rng, 5000, 60000)]))
    items.append(('g', 'Cost of Services'))
    extra = [('Other operating expenditure', 1, 5000), ('Financing and investment income and expenditure', 1, 20000),
             ('Taxation and non-specific grant income', -1, 300000)]
    for n, s, m in extra:
        items.append(('r', [n], [0, 0, 0, 0]))
    items.append(('t', '(Surplus) or Deficit on Provision of Services'))
    hdr = [[None, '2023/24', None, None, '2024/25', None, None], [None] + [c['h'] + ' £000' for c in cols]]
    info = build(bk, sh, r, 1, hdr, 1, cols, items, fmt=K)
    g = info['grand'][0]
    er = [g + 1, g + 2, g + 3]
    for (n, s, m), rr in zip(extra, er):
        for ci in (2, 5):
            k = (sh, rr, info['cpos'][ci])
            del bk.derived[k]
            bk.put(sh, rr, info['cpos'][ci], s * ri(rng, m // 10, m), K)
        for ci in (0, 1, 3, 4):
            bk.cells.pop((sh, rr, info['cpos'][ci]), None)
    for ci in (2, 5):
        c = info['cpos'][ci]
        bk.lin((sh, info['end'], c), [(1, (sh, g, c))] + [(1, (sh, x, c)) for x in er], K, True)
    return bk, {}


def d32(rng):
    bk = Book('d32_grant_income_two_tables_stacked', 'grant income note: two stacked tables on one sheet (non-specific grants; grants credited to services), each with a total; two year columns')
    sh = bk.sheet('Note 32 Grants')
    r = banner(bk, sh, ['Note 32 Grant Income']) + 1
    cols = [{'h': '2023/24 £000', 'k': 'in'}, {'h': '2024/25 £000', 'k': 'in'}]
    bk.put(sh, r, 1, 'Credited to Taxation and Non-Specific Grant Income', bold=True)
    items = [('r', [n], [ri(rng, 500, 30000), ri(rng, 500, 30000)]) for n in
             ['Revenue support grant', 'New homes bonus', 'Services grant', 'Section 31 business rates grants', 'Capital grants and contributions']]
    items.append(('g', 'Total'))
    info = build(bk, sh, r + 1, 1, [[None] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    r = info['end'] + 3
    bk.put(sh, r, 1, 'Credited to Services', bold=True)
    items = [('r', [n], [ri(rng, 500, 90000), ri(rng, 500, 90000)]) for n in
             ['Dedicated schools grant', 'Public health grant', 'Housing benefit subsidy', 'Improved better care fund',
              'Social care grant', 'Pupil premium', 'Household support fund', 'Other grants']]
    items.append(('g', 'Total'))
    build(bk, sh, r + 1, 1, [[None] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh}


def d33(rng):
    bk = Book('d33_savings_tracker_rag_summary', 'savings tracker: RAG summary at the top (count and target £000 per rating, Total), list of savings with target, forecast delivered, shortfall, RAG')
    sh = bk.sheet('Savings tracker')
    r = banner(bk, sh, ['2025/26 savings delivery tracker', '£000']) + 1
    n = 14
    rows = []
    for i in range(n):
        t = ri(rng, 50, 1500)
        rag = rng.choice(['Red', 'Amber', 'Green', 'Green'])
        dlv = t if rag == 'Green' else int(t * (0.5 if rag == 'Red' else 0.85))
        rows.append((f'S{i + 1:02d}', f'Saving proposal {i + 1}', t, dlv, rag))
    bk.row(sh, r, 1, ['RAG', 'Number of savings', 'Target £000', 'Forecast delivery £000'], bold=True)
    r += 1
    summ = {}
    sr0 = r
    for rag in ['Red', 'Amber', 'Green']:
        sel = [x for x in rows if x[4] == rag]
        bk.row(sh, r, 1, [rag, len(sel), sum(x[2] for x in sel), sum(x[3] for x in sel)], fmt=K)
        summ[rag] = r
        r += 1
    bk.put(sh, r, 1, 'Total', bold=True)
    for c in (2, 3, 4):
        bk.lin((sh, r, c), [(1, (sh, x, c)) for x in range(sr0, r)], K, True)
    r += 3
    cols = [{'h': 'Saving', 'k': 'text'}, {'h': 'Target', 'k': 'in'}, {'h': 'Forecast delivery', 'k': 'in'},
            {'h': 'Shortfall', 'k': 'diff', 'of': [1, 2]}, {'h': 'RAG', 'k': 'text'}]
    items = [('r', [x[0]], [x[1], x[2], x[3], x[4]]) for x in rows] + [('g', 'Total')]
    build(bk, sh, r, 1, [['Ref'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    # planted: RAG count and RAG target sum (not a sum in the sheet: relations to the list)
    bk.plant((sh, summ['Amber'], 2), 'total', 'RAG count for Amber')
    bk.plant((sh, summ['Green'], 3), 'total', 'RAG target sum for Green')
    bk.plant((sh, r + 1 + n, 3), 'total', 'list total target')
    return bk, {}


def d34(rng):
    bk = Book('d34_paybill_fte_and_money', 'pay bill: budgeted FTE, actual FTE, FTE variance (2dp) and pay budget/forecast/variance £000; total row')
    sh = bk.sheet('Pay')
    r = banner(bk, sh, ['Establishment and pay bill monitoring, Month 8']) + 1
    cols = [{'h': 'Budgeted FTE', 'k': 'in', 'fmt': '0.00'}, {'h': 'Actual FTE', 'k': 'in', 'fmt': '0.00'},
            {'h': 'FTE variance', 'k': 'diff', 'of': [1, 0], 'fmt': '0.00;(0.00)'}, {'h': 'Pay budget £000', 'k': 'in'},
            {'h': 'Pay forecast £000', 'k': 'in'}, {'h': 'Pay variance £000', 'k': 'diff', 'of': [4, 3]}]
    items = []
    for d in SERV:
        f = round(rng.uniform(60, 900), 2)
        pb = int(f * 42)
        items.append(('r', [d], [f, round(f + rng.uniform(-20, 10), 2), pb, pb + ri(rng, -500, 300)]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Directorate'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'ods': True}


def d35(rng):
    bk = Book('d35_savings_plan_m_2dp_blank_rows', 'medium-term savings plan in £m to 2dp with brackets, blank separator row after every 3 lines, Total and Cumulative rows')
    bk.step = 0.01
    sh = bk.sheet('Savings plan')
    r = banner(bk, sh, ['Medium-term savings plan', '£m']) + 1
    cols = [{'h': y, 'k': 'in'} for y in YRS]
    items = []
    for i in range(9):
        items.append(('r', [f'Savings theme {i + 1}'], [-round(rng.uniform(0, 3), 2) for _ in YRS]))
        if i % 3 == 2:
            items.append(('b',))
    items.append(('g', 'Total savings'))
    items.append(('c', 'Cumulative savings'))
    build(bk, sh, r, 1, [['Theme'] + [c['h'] for c in cols]], 1, cols, items, fmt=M2, cum_cols=[0, 1, 2, 3])
    return bk, {'csv': sh}


def d36(rng):
    bk = Book('d36_area_matrix_totals_top_left', 'spend by area x service: Total column on the left and Total row at the top')
    sh = bk.sheet('By area')
    r = banner(bk, sh, ['Locality spend 2024/25', '£000']) + 1
    svc = ['Waste', 'Highways', 'Parks', 'Libraries', 'Community safety']
    cols = [{'h': 'All services', 'k': 'sum', 'of': [1, 2, 3, 4, 5]}] + [{'h': s, 'k': 'in'} for s in svc]
    items = [('gtop', 'All areas')]
    for a in ['North', 'South', 'East', 'West', 'Central', 'Rural']:
        items.append(('r', [a], [ri(rng, 100, 3000) for _ in svc]))
    build(bk, sh, r, 1, [['Area'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'xls': True}


def d37(rng):
    bk = Book('d37_contract_register', 'contract register: 120 contracts with dates, annual value £ and whole-life value £ (not a sum of the row), Total row of both columns')
    sh = bk.sheet('Contracts')
    r = 1
    cols = [{'h': 'Supplier', 'k': 'text'}, {'h': 'Start', 'k': 'text'}, {'h': 'End', 'k': 'text'}, {'h': 'Annual value £', 'k': 'in'},
            {'h': 'Whole-life value £', 'k': 'in'}]
    items = []
    for i in range(120):
        y = ri(rng, 1, 7)
        s = datetime.date(2020 + ri(rng, 0, 5), ri(rng, 1, 12), 1)
        av = ri(rng, 5000, 900000)
        items.append(('r', [f'CR-{1000 + i}'], [rng.choice(SUP), s, s.replace(year=s.year + y), av, av * y]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Contract ref'] + [c['h'] for c in cols]], 1, cols, items, fmt=P0)
    for k, v in list(bk.cells.items()):
        if isinstance(v, datetime.date):
            bk.fmt[k] = 'dd/mm/yyyy'
    return bk, {'csv': sh}


def d38(rng):
    bk = Book('d38_collection_fund', 'collection fund: council tax and NNDR columns plus Total; income (neg) and expenditure lines; (surplus)/deficit for year; b/f; c/f')
    sh = bk.sheet('Collection Fund')
    r = banner(bk, sh, ['Collection Fund Statement 2024/25', '£000']) + 1
    cols = [{'h': 'Council Tax', 'k': 'in'}, {'h': 'Business Rates', 'k': 'in'}, {'h': 'Total', 'k': 'sum', 'of': [0, 1]}]
    items = [('h', 'Income')]
    items += [('r', ['Council tax receivable'], [-ri(rng, 150000, 250000), 0]), ('r', ['Business rates receivable'], [0, -ri(rng, 80000, 150000)]),
              ('r', ['Transitional protection payments'], [0, -ri(rng, 100, 3000)]), ('s', 'Total income'), ('h', 'Expenditure'),
              ('r', ['Precepts and demands'], [ri(rng, 150000, 250000), 0]), ('r', ['Shares of non-domestic rating income'], [0, ri(rng, 80000, 150000)]),
              ('r', ['Impairment of debts/appeals'], [ri(rng, 500, 4000), ri(rng, 500, 6000)]), ('r', ['Cost of collection allowance'], [0, ri(rng, 300, 600)]),
              ('s', 'Total expenditure'), ('g', '(Surplus)/deficit arising during the year'),
              ('r', ['(Surplus)/deficit brought forward at 1 April'], [ri(rng, -3000, 3000), ri(rng, -3000, 3000)]),
              ('t', '(Surplus)/deficit carried forward at 31 March')]
    info = build(bk, sh, r, 1, [[None] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    g = info['grand'][0]
    for c in info['cpos']:
        bk.lin((sh, info['end'], c), [(1, (sh, g, c)), (1, (sh, g + 1, c))], K, True)
    return bk, {'xls': True}


def d39(rng):
    bk = Book('d39_capital_summary_sheet_by_area', 'capital: one sheet per area (schemes x years, Total column, area total row) and a Summary sheet referencing each area total, with Programme total')
    summ = bk.sheet('Summary')
    cols = [{'h': y, 'k': 'in'} for y in YRS] + [{'h': 'Total', 'k': 'sum', 'of': [0, 1, 2, 3]}]
    got = []
    for a in ['Highways', 'Schools', 'Housing']:
        sh = bk.sheet(a)
        r = banner(bk, sh, [f'{a} capital schemes', '£000']) + 1
        items = [('r', [f'{a} scheme {i + 1}'], [ri(rng, 0, 3000) for _ in YRS]) for i in range(ri(rng, 3, 7))]
        items.append(('g', f'Total {a}'))
        got.append((a, sh, build(bk, sh, r, 1, [['Scheme'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)))
    r = banner(bk, summ, ['Capital programme summary', '£000']) + 1
    bk.row(summ, r, 1, ['Area'] + YRS + ['Total'], bold=True)
    r += 1
    f = r
    for a, sh, info in got:
        bk.put(summ, r, 1, a)
        for j, c in enumerate(info['cpos']):
            bk.lin((summ, r, 2 + j), [(1, (sh, info['grand'][0], c))], K)
        r += 1
    bk.put(summ, r, 1, 'Programme total', bold=True)
    for c in range(2, 7):
        bk.lin((summ, r, c), [(1, (summ, x, c)) for x in range(f, r)], K, True)
    return bk, {'xls': True}


def d40(rng):
    bk = Book('d40_monitoring_pounds_note_below', 'monitoring in whole pounds (large figures), Total row at the top, % spent column, a note row below with a £ figure in text')
    sh = bk.sheet('Month 9')
    r = banner(bk, sh, ['Month 9 financial position']) + 1
    cols = [{'h': 'Budget £', 'k': 'in'}, {'h': 'Spend to date £', 'k': 'in'}, {'h': '% spent', 'k': 'pct', 'of': [1, 0], 'fmt': PCT},
            {'h': 'Remaining £', 'k': 'diff', 'of': [0, 1]}]
    items = [('gtop', 'Total')]
    for s in SERV['Place & Economy'] + SERV['Resources']:
        b = ri(rng, 200000, 9000000)
        items.append(('r', [s], [b, int(b * rng.uniform(0.5, 0.9))]))
    items.append(('b',))
    items.append(('t', 'Note: spend to date includes £250,000 of accruals for December invoices.'))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=P0)
    return bk, {'ods': True}


def d41(rng):
    bk = Book('d41_investment_register_year_heads_units', "investment register: headings like '2025/26 £000', refs, Total column, Total and Cumulative total rows, nil shown as '-' text")
    sh = bk.sheet('Investments')
    r = banner(bk, sh, ['Schedule of approved investments']) + 1
    cols = [{'h': y + ' £000', 'k': 'in'} for y in YRS] + [{'h': 'Total £000', 'k': 'sum', 'of': [0, 1, 2, 3]}]
    items = []
    for i in range(9):
        v = [ri(rng, 0, 800) for _ in YRS]
        if i % 3 == 0:
            v[3] = '-'
        items.append(('r', [f'INV{i + 1:03d}', f'Investment {i + 1}: {rng.choice(["Digital", "Prevention", "Regeneration", "Skills"])}'], v))
    items.append(('g', 'Total', 1))
    items.append(('c', 'Cumulative total'))
    build(bk, sh, r, 1, [['Ref', 'Investment'] + [c['h'] for c in cols]], 2, cols, items, fmt=K, cum_cols=[0, 1, 2, 3])
    return bk, {'csv': sh}


ALL = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20, d21, d22, d23, d24,
       d25, d26, d27, d28, d29, d30, d31, d32, d33, d34, d35, d36, d37, d38, d39, d40, d41]


def d42(rng):
    bk = Book('d42_gross_less_income_net', 'budget: Gross expenditure, Income shown positive, Net = Gross - Income; directorate subtotals and total')
    sh = bk.sheet('Net budget')
    r = banner(bk, sh, ['Net revenue budget 2025/26', '£000', 'Income is shown as a positive figure and deducted']) + 1
    cols = [{'h': 'Gross expenditure', 'k': 'in'}, {'h': 'Income', 'k': 'in'}, {'h': 'Net expenditure', 'k': 'diff', 'of': [0, 1]}]
    items = []
    for d in ['Place & Economy', 'Resources']:
        items.append(('h', d))
        for s in SERV[d]:
            g = ri(rng, 1000, 20000)
            items.append(('r', [s], [g, ri(rng, 0, g // 2)]))
        items.append(('s', f'Total {d}'))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh}


def d43(rng):
    bk = Book('d43_xlsx_figures_as_text', "finance-system export to xlsx with every figure stored as text ('1,234', '(567)', '-'); Total column and Total row")
    bk.as_text = True
    sh = bk.sheet('Export')
    r = banner(bk, sh, ['Ledger summary by cost centre', 'Exported from Finance System', '£']) + 1
    cols = [{'h': 'Budget', 'k': 'in'}, {'h': 'Commitments', 'k': 'in'}, {'h': 'Actuals', 'k': 'in'},
            {'h': 'Committed + Actual', 'k': 'sum', 'of': [1, 2]}]
    items = []
    for i in range(12):
        b = ri(rng, 10000, 900000)
        items.append(('r', [f'CC{3100 + i} {rng.choice(["Admin", "Supplies", "Staffing", "Premises"])}'], [b, rng.choice([0, ri(rng, 100, 50000)]), ri(rng, 0, b)]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Cost centre'] + [c['h'] for c in cols]], 1, cols, items, fmt=P0)
    return bk, {}


def d44(rng):
    bk = Book('d44_of_which_memo_rows', "staffing budget with 'of which: agency' memo lines under some services (not part of totals); Total row")
    sh = bk.sheet('Staffing')
    r = banner(bk, sh, ['Staffing budgets 2025/26', '£000']) + 1
    cols = [{'h': 'Salaries', 'k': 'in'}, {'h': 'On-costs', 'k': 'in'}, {'h': 'Total pay', 'k': 'sum', 'of': [0, 1]}]
    items = []
    for i, s in enumerate(SERV['Children & Families'] + SERV['Resources']):
        a = ri(rng, 1000, 9000)
        items.append(('r', [s], [a, int(a * 0.28)]))
        if i % 3 == 0:
            items.append(('m', ['   of which: agency staff'], [ri(rng, 50, 400), 0]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'ods': True}


def d45(rng):
    bk = Book('d45_payments_monthly_subtotals_csv', 'payments listing with a subtotal after each month and a grand total; CSV with minus-sign negatives (credit notes) and £ signs')
    sh = bk.sheet('Payments')
    cols = [{'h': 'Supplier', 'k': 'text'}, {'h': 'Amount', 'k': 'in', 'fmt': P}]
    items = []
    for m in ['April 2025', 'May 2025', 'June 2025']:
        for i in range(ri(rng, 8, 15)):
            items.append(('r', [m], [rng.choice(SUP), round(rng.uniform(500, 30000), 2) * rng.choice([1, 1, 1, 1, -1])]))
        items.append(('s', f'Total {m}'))
    items.append(('g', 'Grand total'))
    build(bk, sh, 1, 1, [['Month', 'Supplier', 'Amount']], 1, cols, items, fmt=P)
    return bk, {'csv': sh, 'csvstyle': 'minus'}


def d46(rng):
    bk = Book('d46_hidden_detail_rows', 'budget with some detail rows hidden (still included in subtotals and total), directorate subtotals')
    sh = bk.sheet('Budget')
    r = banner(bk, sh, ['Budget summary (detail rows hidden for printing)', '£000']) + 1
    cols = [{'h': '2025/26', 'k': 'in'}, {'h': '2026/27', 'k': 'in'}]
    items = []
    for d in ['Adults, Health & Wellbeing', 'Place & Economy']:
        items.append(('h', d))
        for s in SERV[d]:
            items.append(('r', [s], [ri(rng, 500, 9000), ri(rng, 500, 9000)]))
        items.append(('s', f'Total {d}'))
    items.append(('g', 'Total'))
    info = build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    rows = [x for k, x in info['rows'] if k == 'r']
    bk.hidden_rows[sh] = [rows[1], rows[2], rows[7]]
    return bk, {'xls': True}


def d47(rng):
    bk = Book('d47_capital_prior_years_whole_cost', 'capital schemes: Prior years, four years, Total 2025-29 (years only), Whole scheme cost = prior years + Total; programme total')
    sh = bk.sheet('Schemes')
    r = banner(bk, sh, ['Capital schemes - whole-life cost', '£000']) + 1
    cols = [{'h': 'Prior years', 'k': 'in'}] + [{'h': y, 'k': 'in'} for y in YRS] + [{'h': 'Total 2025-29', 'k': 'sum', 'of': [1, 2, 3, 4]},
                                                                                  {'h': 'Whole scheme cost', 'k': 'sum', 'of': [0, 5]}]
    items = [('r', [f'Scheme {i + 1}'], [ri(rng, 0, 5000)] + [ri(rng, 0, 3000) for _ in YRS]) for i in range(8)]
    items.append(('g', 'Total programme'))
    build(bk, sh, r, 1, [['Scheme'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'ods': True}


ALL += [d42, d43, d44, d45, d46, d47]


def d48(rng):
    bk = Book('d48_group_total_on_heading_row', 'budget book where each directorate heading row carries the directorate total and its services follow indented; Total at the bottom adds the directorate rows')
    sh = bk.sheet('Budget book')
    r = banner(bk, sh, ['Net budget by directorate and service', '£000']) + 1
    bk.row(sh, r, 1, ['Directorate / service', '2024/25 budget', '2025/26 budget'], bold=True)
    r += 1
    heads = []
    for d in ['Adults, Health & Wellbeing', 'Children & Families', 'Place & Economy']:
        hr = r; heads.append(hr)
        bk.put(sh, r, 1, d, bold=True)
        r += 1
        rows = []
        for s in SERV[d]:
            bk.row(sh, r, 1, ['    ' + s, ri(rng, 500, 20000), ri(rng, 500, 20000)], fmt=K)
            rows.append(r); r += 1
        for c in (2, 3):
            bk.lin((sh, hr, c), [(1, (sh, x, c)) for x in rows], K, True)
    bk.put(sh, r, 1, 'Total net budget', bold=True)
    for c in (2, 3):
        bk.lin((sh, r, c), [(1, (sh, x, c)) for x in heads], K, True)
    return bk, {'xls': True}


def d49(rng):
    bk = Book('d49_share_of_total_pct', "spend by service with a '% of total' column (100.0% on the Total row) and £'000 headings")
    sh = bk.sheet('Spend')
    r = banner(bk, sh, ['Where the money goes 2025/26']) + 1
    bk.row(sh, r, 1, ['Service', "Net spend £'000", '% of total'], bold=True)
    r += 1
    first = r
    vals = [ri(rng, 1000, 90000) for _ in range(8)]
    tot = sum(vals)
    for i, v in enumerate(vals):
        bk.row(sh, r, 1, [list(SERV['Place & Economy'] + SERV['Resources'])[i], v], fmt=K)
        bk.put(sh, r, 3, round(v / tot, 3), '0.0%')
        r += 1
    bk.put(sh, r, 1, 'Total', bold=True)
    bk.lin((sh, r, 2), [(1, (sh, x, 2)) for x in range(first, r)], K, True)
    bk.put(sh, r, 3, 1.0, '0.0%')
    return bk, {'csv': sh}


def d50(rng):
    bk = Book('d50_net_labels_no_total_word', "subtotals 'Net cost of <directorate>' and grand line 'Net General Fund expenditure' (no word 'Total'); budget and forecast")
    sh = bk.sheet('GF')
    r = banner(bk, sh, ['General Fund net expenditure', '£000']) + 1
    cols = [{'h': 'Budget', 'k': 'in'}, {'h': 'Forecast', 'k': 'in'}]
    items = []
    for d in ['Children & Families', 'Place & Economy', 'Resources']:
        items.append(('h', d))
        for s in SERV[d]:
            b = ri(rng, 500, 9000)
            items.append(('r', [s], [b, b + ri(rng, -300, 300)]))
        items.append(('s', f'Net cost of {d}'))
    items.append(('b',))
    items.append(('g', 'Net General Fund expenditure'))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'ods': True}


def d51(rng):
    bk = Book('d51_quarterly_forecast_full_year', 'Q1-Q4 forecasts summed into Full year forecast, Budget, Variance = full year - budget; Total row')
    sh = bk.sheet('Forecast')
    r = banner(bk, sh, ['Quarterly forecast profile', '£000']) + 1
    cols = [{'h': q, 'k': 'in'} for q in ['Q1', 'Q2', 'Q3', 'Q4']] + [{'h': 'Full year forecast', 'k': 'sum', 'of': [0, 1, 2, 3]},
                                                                      {'h': 'Budget', 'k': 'in'}, {'h': 'Variance', 'k': 'diff', 'of': [4, 5]}]
    items = []
    for s in SERV['Adults, Health & Wellbeing'] + SERV['Resources']:
        q = [ri(rng, 100, 3000) for _ in range(4)]
        items.append(('r', [s], q + [sum(q) + ri(rng, -200, 200)]))
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'xls': True}


def d52(rng):
    bk = Book('d52_stacked_revenue_capital_tables', 'one sheet: revenue table (budget/actual/variance) then, after blank rows, a capital table (4 years + total) with its own heading row')
    sh = bk.sheet('Finance summary')
    r = banner(bk, sh, ['Finance summary', '£000']) + 1
    cols = [{'h': 'Budget', 'k': 'in'}, {'h': 'Actual', 'k': 'in'}, {'h': 'Variance', 'k': 'diff', 'of': [1, 0]}]
    items = [('r', [d], [b, b + ri(rng, -500, 500)]) for d in SERV for b in [ri(rng, 5000, 50000)]] + [('g', 'Total revenue')]
    bk.put(sh, r, 1, 'Revenue', bold=True)
    info = build(bk, sh, r + 1, 1, [['Directorate'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    r = info['end'] + 3
    bk.put(sh, r, 1, 'Capital', bold=True)
    cols = [{'h': y, 'k': 'in'} for y in YRS] + [{'h': 'Total', 'k': 'sum', 'of': [0, 1, 2, 3]}]
    items = [('r', [a], [ri(rng, 0, 5000) for _ in YRS]) for a in ['Highways', 'Schools', 'Housing', 'Regeneration', 'ICT']] + [('g', 'Total capital')]
    build(bk, sh, r + 1, 1, [['Programme'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    return bk, {'csv': sh}


def d53(rng):
    bk = Book('d53_ten_year_capital_m', '10-year capital strategy in £m to 1 decimal: years 2025/26..2034/35, Total column, Total row')
    sh = bk.sheet('10 year')
    r = banner(bk, sh, ['Ten-year capital strategy', '£m']) + 1
    yrs = [f'{y}/{(y + 1) % 100:02d}' for y in range(2025, 2035)]
    cols = [{'h': y, 'k': 'in'} for y in yrs] + [{'h': 'Total', 'k': 'sum', 'of': list(range(10))}]
    items = [('r', [a], [round(rng.uniform(0, 12), 1) for _ in yrs]) for a in
             ['Schools', 'Highways', 'Housing', 'Regeneration', 'Climate', 'Fleet', 'ICT', 'Leisure', 'Corporate estate']]
    items.append(('g', 'Total'))
    build(bk, sh, r, 1, [['Programme'] + [c['h'] for c in cols]], 1, cols, items, fmt=M1)
    return bk, {'ods': True}


ALL += [d48, d49, d50, d51, d52, d53]


def d54(rng):
    bk = Book('d54_balance_sheet_note_column', "balance sheet: 'Notes' column of note numbers, prior and current year; subtotals Long-term assets, Current assets, Current liabilities, Long-term liabilities; Net assets; reserves; Total reserves")
    sh = bk.sheet('Balance Sheet')
    r = banner(bk, sh, ['Balance Sheet as at 31 March 2025']) + 1
    bk.row(sh, r, 1, [None, 'Notes', '31 March 2024', '31 March 2025'], bold=True)
    bk.row(sh, r + 1, 1, [None, None, '£000', '£000'], bold=True)
    r += 2
    blocks = [('Long-term assets', [('Property, plant and equipment', 14, 1), ('Heritage assets', 15, 1), ('Investment property', 16, 1),
                                    ('Long-term investments', 17, 1), ('Long-term debtors', 18, 1)], 90000),
              ('Current assets', [('Short-term investments', 17, 1), ('Inventories', None, 1), ('Short-term debtors', 19, 1),
                                  ('Cash and cash equivalents', 20, 1)], 20000),
              ('Current liabilities', [('Short-term borrowing', 17, -1), ('Short-term creditors', 21, -1), ('Provisions', 22, -1)], 15000),
              ('Long-term liabilities', [('Long-term borrowing', 17, -1), ('Other long-term liabilities', 23, -1), ('Pension liability', 38, -1)], 60000)]
    subs = []
    for name, lines, m in blocks:
        rows = []
        for n, note, s in lines:
            bk.row(sh, r, 1, [n, note, s * ri(rng, m // 20, m), s * ri(rng, m // 20, m)], fmt=K)
            rows.append(r); r += 1
        bk.put(sh, r, 1, name, bold=True)
        for c in (3, 4):
            bk.lin((sh, r, c), [(1, (sh, x, c)) for x in rows], K, True)
        subs.append(r); r += 2
    bk.put(sh, r, 1, 'Net assets', bold=True)
    net = r
    for c in (3, 4):
        bk.lin((sh, r, c), [(1, (sh, x, c)) for x in subs], K, True)
    r += 2
    bk.row(sh, r, 1, ['Usable reserves', 24, ri(rng, 20000, 80000), ri(rng, 20000, 80000)], fmt=K)
    u = r; r += 1
    bk.row(sh, r, 1, ['Unusable reserves', 25], fmt=K)
    for c in (3, 4):
        bk.lin((sh, r, c), [(1, (sh, net, c)), (-1, (sh, u, c))], K)
    r += 1
    bk.put(sh, r, 1, 'Total reserves', bold=True)
    for c in (3, 4):
        bk.lin((sh, r, c), [(1, (sh, u, c)), (1, (sh, r - 1, c))], K, True)
    return bk, {'ods': True, 'csv': sh}


def d55(rng):
    bk = Book('d55_cash_flow_statement', 'cash flow statement: net surplus, adjustments, net cash flows from operating/investing/financing, net increase, cash at 1 April, cash at 31 March; two years')
    sh = bk.sheet('Cash Flow')
    r = banner(bk, sh, ['Cash Flow Statement']) + 1
    bk.row(sh, r, 1, [None, '2023/24 £000', '2024/25 £000'], bold=True)
    r += 1
    a = r
    bk.row(sh, r, 1, ['Net (surplus) or deficit on the provision of services', -ri(rng, 1000, 20000), -ri(rng, 1000, 20000)], fmt=K); r += 1
    bk.row(sh, r, 1, ['Adjustments to net surplus or deficit for non-cash movements', -ri(rng, 1000, 30000), -ri(rng, 1000, 30000)], fmt=K); r += 1
    bk.row(sh, r, 1, ['Adjustments for items that are investing and financing activities', ri(rng, 1000, 20000), ri(rng, 1000, 20000)], fmt=K); r += 1
    bk.put(sh, r, 1, 'Net cash flows from operating activities', bold=True)
    op = r
    for c in (2, 3):
        bk.lin((sh, r, c), [(1, (sh, x, c)) for x in range(a, r)], K, True)
    r += 1
    bk.row(sh, r, 1, ['Investing activities', ri(rng, 1000, 30000), ri(rng, 1000, 30000)], fmt=K); inv = r; r += 1
    bk.row(sh, r, 1, ['Financing activities', -ri(rng, 1000, 10000), -ri(rng, 1000, 10000)], fmt=K); fin = r; r += 1
    bk.put(sh, r, 1, 'Net (increase) or decrease in cash and cash equivalents', bold=True)
    ni = r
    for c in (2, 3):
        bk.lin((sh, r, c), [(1, (sh, op, c)), (1, (sh, inv, c)), (1, (sh, fin, c))], K, True)
    r += 2
    st = r
    bk.put(sh, r, 1, 'Cash and cash equivalents at the beginning of the reporting period')
    bk.put(sh, r, 2, ri(rng, 20000, 60000), K)
    r += 1
    bk.put(sh, r, 1, 'Cash and cash equivalents at the end of the reporting period', bold=True)
    # 'net increase' shown as (increase)/decrease: end = start - net
    bk.lin((sh, r, 2), [(1, (sh, st, 2)), (-1, (sh, ni, 2))], K, True)
    bk.lin((sh, st, 3), [(1, (sh, r, 2))], K)
    bk.lin((sh, r, 3), [(1, (sh, st, 3)), (-1, (sh, ni, 3))], K, True)
    return bk, {'xls': True}


def d56(rng):
    bk = Book('d56_date_headers_provisions', 'provisions note with real date cells as column headings (31/03/2024, 31/03/2025) and a Total row')
    sh = bk.sheet('Provisions')
    r = banner(bk, sh, ['Note 22 Provisions', '£000']) + 1
    bk.put(sh, r, 1, 'Provision', bold=True)
    bk.put(sh, r, 2, datetime.date(2024, 3, 31), 'dd/mm/yyyy', True)
    bk.put(sh, r, 3, datetime.date(2025, 3, 31), 'dd/mm/yyyy', True)
    r += 1
    f = r
    for n in ['Business rates appeals', 'Insurance claims', 'Equal pay', 'Landfill aftercare', 'Redundancy', 'Other provisions']:
        bk.row(sh, r, 1, [n, ri(rng, 100, 9000), ri(rng, 100, 9000)], fmt=K)
        r += 1
    bk.put(sh, r, 1, 'Total provisions', bold=True)
    for c in (2, 3):
        bk.lin((sh, r, c), [(1, (sh, x, c)) for x in range(f, r)], K, True)
    return bk, {'csv': sh}


ALL += [d54, d55, d56]


def d57(rng):
    bk = Book('d57_less_dsg_positive_deducted', "schools budget: gross lines, Gross schools budget subtotal, 'Less: Dedicated Schools Grant' shown positive and deducted, Net schools budget; two years")
    sh = bk.sheet('Schools budget')
    r = banner(bk, sh, ['Schools budget 2025/26', '£000']) + 1
    bk.row(sh, r, 1, [None, '2024/25', '2025/26'], bold=True)
    r += 1
    f = r
    for n in ['Individual schools budgets', 'High needs top-up funding', 'Early years free entitlement', 'Central school services', 'De-delegated items']:
        bk.row(sh, r, 1, [n, ri(rng, 5000, 120000), ri(rng, 5000, 120000)], fmt=K)
        r += 1
    bk.put(sh, r, 1, 'Gross schools budget', bold=True)
    for c in (2, 3):
        bk.lin((sh, r, c), [(1, (sh, x, c)) for x in range(f, r)], K, True)
    g = r; r += 1
    bk.put(sh, r, 1, 'Less: Dedicated Schools Grant')
    for c in (2, 3):
        bk.lin((sh, r, c), [(1, (sh, g, c))], K)   # placeholder replaced below
    d = r; r += 1
    bk.put(sh, r, 1, 'Net schools budget (funded by the council)', bold=True)
    vals = bk.compute()
    for c in (2, 3):
        del bk.derived[(sh, d, c)]
        bk.put(sh, d, c, vals[(sh, g, c)] - ri(rng, 0, 3000), K)
        bk.lin((sh, r, c), [(1, (sh, g, c)), (-1, (sh, d, c))], K, True)
    return bk, {'csv': sh}


ALL += [d57]


def d58(rng):
    bk = Book('d58_numeric_year_headers_average_row', 'years as numeric header cells (2025, 2026, ...), Total column, Total row then an Average per service row; a hidden lookup sheet with numbers')
    sh = bk.sheet('Budget')
    look = bk.sheet('Lookup')
    bk.hidden_sheets = {'Lookup'}
    for i in range(10):
        bk.row(look, i + 1, 1, [f'CC{100 + i}', ri(rng, 1, 99), ri(rng, 1000, 9999)])
    r = banner(bk, sh, ['Budget by service, calendar-year view', '£000']) + 1
    cols = [{'h': y, 'k': 'in'} for y in (2025, 2026, 2027, 2028)] + [{'h': 'Total', 'k': 'sum', 'of': [0, 1, 2, 3]}]
    items = [('r', [s], [ri(rng, 200, 5000) for _ in range(4)]) for s in SERV['Place & Economy'] + SERV['Resources']]
    items.append(('g', 'Total'))
    info = build(bk, sh, r, 1, [['Service'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    g = info['grand'][0]
    bk.put(sh, g + 1, 1, 'Average per service')
    vals = bk.compute()
    for c in info['cpos']:
        bk.put(sh, g + 1, c, round(vals[(sh, g, c)] / 9, 1), '#,##0.0')
    return bk, {'xls': True}


def d59(rng):
    bk = Book('d59_subtotal_formulas_register', 'creditor payments register using SUBTOTAL(9,...) for month subtotals and the grand total (formula copy), amounts in pounds and pence')
    bk.subtotal_fn = True
    sh = bk.sheet('Register')
    cols = [{'h': 'Supplier', 'k': 'text'}, {'h': 'Invoice', 'k': 'text'}, {'h': 'Amount £', 'k': 'in'}]
    items = []
    for m in ['January', 'February', 'March']:
        for i in range(ri(rng, 10, 20)):
            items.append(('r', [m], [rng.choice(SUP), f'INV{ri(rng, 10000, 99999)}', round(rng.uniform(500, 25000), 2)]))
        items.append(('s', f'{m} total'))
    items.append(('g', 'Total for quarter'))
    build(bk, sh, 1, 1, [['Month', 'Supplier', 'Invoice', 'Amount £']], 1, cols, items, fmt='#,##0.00')
    return bk, {'ods': True}


def d60(rng):
    bk = Book('d60_merged_unit_row_pct_numbers', "capital funding table: merged '£000' banner over the year columns, a '% of funding' column stored as numbers 0-100 with 100.0 on the Total row")
    sh = bk.sheet('Funding')
    r = banner(bk, sh, ['Capital funding 2025/26 - 2027/28']) + 1
    bk.put(sh, r, 2, '£000', bold=True)
    bk.merges[sh] = [f'B{r}:E{r}']
    r += 1
    cols = [{'h': y, 'k': 'in'} for y in YRS[:3]] + [{'h': 'Total', 'k': 'sum', 'of': [0, 1, 2]}]
    names = ['Borrowing', 'Government grants', 'Capital receipts', 'Developer contributions', 'Revenue contributions', 'Reserves']
    data = [[ri(rng, 200, 9000) for _ in range(3)] for _ in names]
    items = [('r', [n], v) for n, v in zip(names, data)] + [('g', 'Total funding')]
    info = build(bk, sh, r, 1, [['Source'] + [c['h'] for c in cols]], 1, cols, items, fmt=K)
    tot = sum(sum(v) for v in data)
    bk.put(sh, r, 6, '% of funding', bold=True)
    for i, v in enumerate(data):
        bk.put(sh, r + 1 + i, 6, round(100 * sum(v) / tot, 1), '0.0')
    bk.put(sh, info['grand'][0], 6, 100.0, '0.0')
    return bk, {'csv': sh}


ALL += [d58, d59, d60]
