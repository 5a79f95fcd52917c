// "GPC appendix": the Investment request and Savings tables by workstream
// and financial year, with Total and Cumulative total rows, as in the GPC
// papers of October and December 2016.
#include "export/report/context.hpp"
#include "core/concat.hpp"

namespace fundbook::report {

namespace {

lxw_row_t table(Context &ctx, lxw_worksheet *ws, lxw_row_t row, const std::string &heading, bool investment) {
  const auto &by_ws = ctx.result.totals.by_workstream;
  std::vector<std::pair<std::string, std::map<std::string, Money>>> lines;
  auto as_map = [](const auto &m) { return std::map<std::string, Money>(m.begin(), m.end()); };
  for (auto &[name, t] : by_ws) {
    const auto &m = investment ? t.investment : t.saving;
    if (!m.empty()) lines.push_back({name, as_map(m)});
  }
  if (lines.empty()) {
    // No workstream summaries read: the schemes' own totals, unassigned.
    const auto &m = investment ? ctx.result.totals.by_year.investment : ctx.result.totals.by_year.saving;
    lines.push_back({ctx.style.label("no_workstream"), as_map(m)});
  }
  write_text(ws, row, 0, heading, ctx.f.subtitle);
  ++row;
  write_text(ws, row, 0, "", ctx.f.header);
  for (std::size_t k = 0; k < ctx.years.size(); ++k) {
    write_text(ws, row, lxw_col_t(k + 1), ctx.years[k] + " " + ctx.style.label("unit"), ctx.f.header_num);
  }
  lxw_row_t first = ++row;
  std::vector<Money> col_total(ctx.years.size());
  for (auto &[name, m] : lines) {
    write_text(ws, row, 0, name, ctx.f.text);
    for (std::size_t k = 0; k < ctx.years.size(); ++k) {
      auto it = m.find(ctx.years[k]);
      Money v = it == m.end() ? Money() : it->second;
      col_total[k] += v;
      write_money(ws, row, lxw_col_t(k + 1), v, ctx.f.money);
    }
    ++row;
  }
  lxw_row_t last = row - 1;
  write_text(ws, row, 0, ctx.style.label("total"), ctx.f.label_total);
  for (std::size_t k = 0; k < ctx.years.size(); ++k) {
    lxw_col_t c = lxw_col_t(k + 1);
    write_formula(ws, row, c, "=SUM(" + range_name(first, c, last, c) + ")", col_total[k], ctx.f.money_total);
  }
  lxw_row_t total_row = row++;
  write_text(ws, row, 0, ctx.style.label("cumulative"), ctx.f.bold);
  Money running;
  for (std::size_t k = 0; k < ctx.years.size(); ++k) {
    lxw_col_t c = lxw_col_t(k + 1);
    running += col_total[k];
    std::string f = k == 0 ? concat("=", cell_name(total_row, c))
                           : concat("=", cell_name(row, c - 1), "+", cell_name(total_row, c));
    write_formula(ws, row, c, f, running, ctx.f.money_bold);
  }
  return row + 2;
}

} // namespace

void gpc_appendix(Context &ctx) {
  lxw_worksheet *ws = add_sheet(ctx, "GPC appendix");
  write_text(ws, 0, 0, ctx.style.label("gpc_title"), ctx.f.title);
  write_text(ws, 1, 0, "Figures are absolute, in " + ctx.style.label("unit") + "; savings are negative.", ctx.f.note);
  lxw_row_t row = 3;
  row = table(ctx, ws, row, ctx.style.label("investment_heading"), true);
  table(ctx, ws, row, ctx.style.label("savings_heading"), false);
  worksheet_set_column(ws, 0, 0, ctx.style.width("label", 44), nullptr);
  if (!ctx.years.empty())
    worksheet_set_column(ws, 1, lxw_col_t(ctx.years.size()), ctx.style.width("year", 11), nullptr);
  worksheet_freeze_panes(ws, 0, 1);
  print_setup(ctx, ws, "GPC appendix", 0, 1);
}

} // namespace fundbook::report
