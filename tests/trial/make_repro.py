#!/usr/bin/python3
"""Rebuild repro/ (small variants of generated files that isolate a cause). Run gen.py first."""
import os, openpyxl
os.chdir(os.path.dirname(os.path.abspath(__file__)))
os.makedirs('repro', exist_ok=True)
F = 'files/'
def load(n): return openpyxl.load_workbook(F + n)
# d11: numeric cost-centre column (even formatted '0') makes a £1.0m slip in a £m 0.1 table only a note
wb = load('d11_capital_programme_m_hidden_codes__w1.xlsx'); ws = wb.active
for row in ws.iter_rows(min_row=5, max_row=13, min_col=3, max_col=7):
    for c in row:
        if isinstance(c.value, (int, float)): c.number_format = '#,##0.0;(#,##0.0)'
for r in range(5, 13): ws.cell(r, 1).number_format = '0'
wb.save('repro/d11_codes_fmt0.xlsx')
ws.delete_cols(1); wb.save('repro/d11_no_codes.xlsx')
# d05: RA line codes column hides a wrong TOTAL line
wb = load('d05_RA_summary_lines__w2.xlsx'); wb.active.delete_cols(1); wb.save('repro/d05_w2_no_linecodes.xlsx')
# d09: total at top of a two-column note is never understood; at the bottom it is
wb = load('d09_creditors_total_at_top__w1.xlsx'); ws = wb.active
vals = [c.value for c in ws[5]]
for i, v in enumerate(vals): ws.cell(15, i + 1).value = v; ws.cell(5, i + 1).value = None
ws['A6'].value = None; wb.save('repro/d09_w1_total_at_bottom.xlsx')
# registers: slips of £5 / 50p are 'rounding' notes although every figure is exact
for d, name in [(0.5, '50p'), (5, '5pounds')]:
    wb = load('d13_payments_over_500__right.xlsx'); ws = wb.active
    ws['F40'].value = round(ws['F40'].value + d, 2); wb.save(f'repro/d13_component_plus_{name}.xlsx')
for d in (5, 20):
    wb = load('d37_contract_register__right.xlsx'); ws = wb.active; ws['E54'].value += d; wb.save(f'repro/d37_annual_plus_{d}.xlsx')
    wb = load('d12_grant_register__right.xlsx'); ws = wb.active; ws['E20'].value += d; wb.save(f'repro/d12_grant_plus_{d}.xlsx')
# d22: capital table side by side: error reported at H12 while H5:H12 is listed as 'not an amount to add'
wb = load('d22_two_tables_side_by_side__right.xlsx'); ws = wb.active; ws['H12'].value += 100; wb.save('repro/d22_capital_budget_total_wrong.xlsx')
# d21: summary line typed over its link to the detail sheet
wb = load('d21_summary_sheet_refs_details__right_f.xlsx')
v = openpyxl.load_workbook(F + 'd21_summary_sheet_refs_details__right_f.xlsx', data_only=True)['Summary']['B5'].value
wb['Summary']['B5'].value = v + 100; wb.save('repro/d21_summary_line_typed_over_xref.xlsx')
# d18: headings moved into the title column: same false alarms
wb = load('d18_business_plan_inv_sav_cumulative__right.xlsx'); ws = wb.active
for r in (5, 13): ws.cell(r, 2).value = ws.cell(r, 1).value; ws.cell(r, 1).value = None
wb.save('repro/d18_right_headings_in_B.xlsx')
# d35 csv: the same table without its blank separator rows is checked
lines = open(F + 'd35_savings_plan_m_2dp_blank_rows__w2.csv', newline='').read().replace('\r', '').split('\n')
open('repro/d35_w2_noblank.csv', 'w').write('\n'.join(l for i, l in enumerate(lines) if i < 4 or l != ',,,,'))
# d04: bracketed column numbers '(1)'..'(7)' under RO headings read as negative figures; plain '1'..'7' are not
wb = load('d04_RO_return_numbered_lines__right.xlsx'); ws = wb.active
for c in ws[5]:
    if isinstance(c.value, str) and c.value.startswith('('): c.value = c.value.strip('()')
wb.save('repro/d04_right_colnumbers_plain.xlsx')
# d05: the same RA table without its line-code column: no false alarm
wb = load('d05_RA_summary_lines__right.xlsx'); wb.active.delete_cols(1); wb.save('repro/d05_right_no_linecodes.xlsx')
# d18: without the word 'incremental' in the banner (same false alarms); without the heading rows (clean)
for v in ('right', 'w1'):
    wb = load(f'd18_business_plan_inv_sav_cumulative__{v}.xlsx'); ws = wb.active
    ws['A2'].value = '£000'; wb.save(f'repro/d18_{v}_no_incremental_word.xlsx')
    ws.delete_rows(5); ws.delete_rows(12); wb.save(f'repro/d18_{v}_no_incremental_no_headings.xlsx')
# typed total over a SUM column, 8 schemes, line 1/4/8 typed +90; heading 'Total' vs 'Whole scheme cost' (LibreOffice recalculates)
import random, subprocess
from openpyxl import Workbook
os.makedirs('repro/typed_src', exist_ok=True); os.makedirs('repro/typed', exist_ok=True)
rng = random.Random(5)
data = [[rng.randint(100, 3000) for _ in range(4)] for _ in range(8)]
for head, tag in (('Total', 'total'), ('Whole scheme cost', 'wholecost')):
    for k in (0, 3, 7):
        wb = Workbook(); ws = wb.active; ws.title = 'Capital'
        ws.append(['Capital programme']); ws.append(['£000']); ws.append([])
        ws.append(['Scheme', '2025/26', '2026/27', '2027/28', '2028/29', head])
        for i, row in enumerate(data):
            r = 5 + i
            ws.append([f'Scheme {i + 1}'] + row + [f'=SUM(B{r}:E{r})' if i != k else sum(row) + 90])
        ws.append(['Total'] + [f'=SUM({c}5:{c}12)' for c in 'BCDEF'])
        wb.save(f'repro/typed_src/{tag}_row{k + 1}.xlsx')
srcs = sorted('repro/typed_src/' + f for f in os.listdir('repro/typed_src'))
subprocess.run(['libreoffice', '--headless', '--convert-to', 'xlsx', '--outdir', 'repro/typed'] + srcs,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
print('repro rebuilt')
