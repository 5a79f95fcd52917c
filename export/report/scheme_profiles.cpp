// "Scheme profiles": a block per scheme as in the June 2017 baseline report
// (TITLE, the years, TOTAL; an Investment row and a Saving row), with the
// reference, workstream and senior responsible officer where known.
#include "export/report/context.hpp"

namespace fundbook::report {

namespace {

// The title, note and column headings; returns the first block's row.
lxw_row_t header(Context &ctx, lxw_worksheet *ws, lxw_col_t first_year, lxw_col_t total_col, int part) {
  const auto &years = ctx.years;
  const lxw_row_t hr = 3;
  write_text(ws, 0, 0, ctx.style.label("profiles_title") + (part > 1 ? " (continued)" : ""), ctx.f.title);
  write_text(ws, 1, 0, "Figures are absolute, in " + ctx.style.label("unit") + ". TOTAL is the sum of the years.",
             ctx.f.note);
  write_text(ws, hr, 0, ctx.style.label("title_header"), ctx.f.header);
  write_text(ws, hr, 1, "Reference", ctx.f.header);
  write_text(ws, hr, 2, "", ctx.f.header);
  for (std::size_t k = 0; k < years.size(); ++k)
    write_text(ws, hr, lxw_col_t(first_year + k), years[k], ctx.f.header_num);
  write_text(ws, hr, total_col, ctx.style.label("total_header"), ctx.f.header_num);
  for (lxw_col_t c = 0; c <= total_col; ++c) {
    write_text(ws, hr + 1, c, c >= first_year ? ctx.style.label("unit") : "", ctx.f.header_num);
  }
  return hr + 2;
}

} // namespace

void scheme_profiles(Context &ctx) {
  const auto &years = ctx.years;
  const lxw_col_t first_year = 3;
  const lxw_col_t total_col = lxw_col_t(first_year + years.size());
  const lxw_row_t hr = 3;
  lxw_worksheet *ws = nullptr;
  std::string name;
  int part = 0;
  lxw_row_t row = 0;
  // Past a sheet's rows the blocks go on in "Scheme profiles (2)"...; a
  // block is never split between two sheets.
  auto finish_sheet = [&] {
    worksheet_set_column(ws, 0, 0, ctx.style.width("title", 58), nullptr);
    worksheet_set_column(ws, 1, 1, 11, nullptr);
    worksheet_set_column(ws, 2, 2, 11, nullptr);
    worksheet_set_column(ws, first_year, total_col, ctx.style.width("year", 11), nullptr);
    worksheet_freeze_panes(ws, hr + 2, 1);
    print_setup(ctx, ws, name, hr, hr + 1);
  };
  auto next_sheet = [&] {
    if (ws) finish_sheet();
    name = continued_name("Scheme profiles", ++part);
    ws = workbook_add_worksheet(ctx.wb, name.c_str());
    row = header(ctx, ws, first_year, total_col, part);
  };
  next_sheet();
  for (const Scheme &s : ctx.result.schemes) {
    if (s.investment.empty() && s.saving.empty() && s.kind != "profile") continue;
    if (row + 4 > ctx.rows_per_sheet) next_sheet(); // two figure rows, a note, a gap
    for (int m = 0; m < 2; ++m) {
      const auto &map = m == 0 ? s.investment : s.saving;
      if (m == 0) {
        // The title wraps over the Investment and Saving rows.
        write_text(ws, row, 0, s.title, ctx.f.wrap);
        if (s.title.size() > 2 * ctx.style.width("title", 58))
          fit_row(ctx, ws, row, {{s.title.substr(s.title.size() / 2), ctx.style.width("title", 58)}});
        write_text(ws, row, 1, s.ref.value_or(""), ctx.f.text);
      }
      write_text(ws, row, 2, ctx.style.label(m == 0 ? "investment" : "saving"), ctx.f.text);
      Money sum;
      for (std::size_t k = 0; k < years.size(); ++k) {
        Money v = amount_in(map, years[k]);
        sum += v;
        write_money(ws, row, lxw_col_t(first_year + k), v, ctx.f.money);
      }
      std::string f = years.empty() ? "=0" : "=SUM(" + range_name(row, first_year, row, total_col - 1) + ")";
      write_formula(ws, row, total_col, f, sum, ctx.f.money_bold);
      ++row;
    }
    std::string extra;
    if (s.workstream) extra += "Workstream: " + s.workstream->str();
    if (s.officer) extra += (extra.empty() ? "" : "; ") + std::string("Senior responsible officer: ") + *s.officer;
    if (s.roi) {
      char b[64];
      std::snprintf(b, sizeof b, "Return on investment: %.1f", *s.roi);
      extra += (extra.empty() ? "" : "; ") + std::string(b);
    }
    if (s.payback_year) extra += (extra.empty() ? "" : "; ") + std::string("payback in ") + *s.payback_year;
    if (!extra.empty()) write_text(ws, row++, 0, extra, ctx.f.note);
    ++row;
  }
  finish_sheet();
}

} // namespace fundbook::report
