// "Scheme profiles": a block per scheme as in the June 2017 baseline report
// (TITLE, the years, TOTAL; an Investment row and a Saving row), with the
// reference, workstream and senior responsible officer where known.
#include <array>

#include "export/report/context.hpp"

namespace fundbook::report {

namespace {

// The title, note and column headings; returns the first block's row.
lxw_row_t header(Context &ctx, lxw_worksheet *ws, lxw_col_t first_year, lxw_col_t total_col, int part) {
  const auto &years = ctx.years;
  const lxw_row_t hr = 3;
  write_text(ws, 0, 0, ctx.style.label("profiles_title") + (part > 1 ? " (continued)" : ""), ctx.f.title);
  write_text(ws, 1, 0, ctx.style.label("profiles_note"), ctx.f.note);
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
    ws = add_sheet(ctx, name);
    row = header(ctx, ws, first_year, total_col, part);
  };
  next_sheet();
  // Looked up once, not for each of a long tracker's hundreds of thousands of rows.
  const double width = ctx.style.width("title", 58);
  const double per_line = chars_per_line(ctx, width);
  const std::array<std::string, 2> measures = {ctx.style.label("investment"), ctx.style.label("saving")};
  for (std::size_t i = 0; i < ctx.result.schemes.size(); ++i) {
    const SchemeRecord &s = ctx.result.schemes[i];
    if (s.investment.empty() && s.saving.empty() && s.kind != SchemeKind::Profile) continue;
    if (row + 4 > ctx.rows_per_sheet) next_sheet(); // two figure rows, a note, a gap
    // The title over the Investment and Saving rows, as the baseline
    // report sets it: its first line beside Investment, the rest beside
    // Saving (wrapping in a taller row if it is longer still).
    const auto [first_line, rest] = split_line(s.title, per_line);
    for (int m = 0; m < 2; ++m) {
      const auto &map = m == 0 ? s.investment : s.saving;
      if (m == 0) {
        write_text(ws, row, 0, first_line, ctx.f.text);
        write_text(ws, row, 1, s.ref.value_or(""), ctx.f.text);
      } else if (!rest.empty()) {
        fit_row(ctx, ws, row, {{rest, width}});
        write_text(ws, row, 0, rest, ctx.f.wrap);
      }
      write_text(ws, row, 2, measures[std::size_t(m)], ctx.f.text);
      Money sum;
      for (std::size_t k = 0; k < years.size(); ++k) {
        auto it = map.find(years[k]);
        Money v = it == map.end() ? Money() : it->second.amount;
        sum += v;
        // A year's figure a finding is about (a sign, text in a figures
        // cell...) is marked as a TOTAL is.
        const auto *about = it == map.end() || ctx.by_cell.empty()
                                ? nullptr
                                : findings_at(ctx, s.source.path.str(), s.source.sheet, it->second.ref);
        write_stated(ctx, ws, row, lxw_col_t(first_year + k), v, about, ctx.f.money, ctx.f.money_marked);
      }
      // TOTAL as the source states it; where it states none, or states the
      // sum of the years, a live SUM of the years.
      const std::optional<Figure> &stated = m == 0 ? s.stated_investment : s.stated_saving;
      const std::optional<Money> total = m == 0 ? investment_total(s) : saving_total(s);
      if (stated && total && *total == stated->amount && stated->amount != sum) {
        write_stated(ctx, ws, row, total_col, stated->amount,
                     findings_at(ctx, s.source.path.str(), s.source.sheet, stated->ref), ctx.f.money_bold,
                     ctx.f.money_bold_marked);
      } else {
        std::string f = years.empty() ? "=0" : "=SUM(" + range_name(row, first_year, row, total_col - 1) + ")";
        write_formula(ws, row, total_col, f, sum, ctx.f.money_bold);
      }
      ++row;
    }
    std::string extra;
    if (std::string w = known_workstream(ctx, s); !w.empty()) extra += "Workstream: " + w;
    if (s.officer) extra += (extra.empty() ? "" : "; ") + std::string("Senior responsible officer: ") + *s.officer;
    if (auto roi = return_on_investment(s)) {
      char b[64];
      std::snprintf(b, sizeof b, "Return on investment: %.1f", *roi);
      extra += (extra.empty() ? "" : "; ") + std::string(b);
    }
    if (auto payback = payback_year(s))
      extra += (extra.empty() ? "" : "; ") + std::string("payback in ") + payback->str();
    if (!extra.empty()) write_text(ws, row++, 0, extra, ctx.f.note);
    ++row;
  }
  finish_sheet();
}

} // namespace fundbook::report
