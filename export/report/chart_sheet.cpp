// "Chart": cumulative investment against cumulative savings by year, the
// payback picture, over every scheme read.
#include "export/report/context.hpp"

namespace fundbook::report {

void chart(Context &ctx) {
  lxw_worksheet *ws = workbook_add_worksheet(ctx.wb, "Chart");
  write_text(ws, 0, 0, ctx.style.label("chart_title"), ctx.f.title);
  const lxw_row_t hr = 2;
  write_text(ws, hr, 0, "Financial year", ctx.f.header);
  write_text(ws, hr, 1, "Investment (£000)", ctx.f.header_num);
  write_text(ws, hr, 2, "Savings (£000)", ctx.f.header_num);
  write_text(ws, hr, 3, "Cumulative investment", ctx.f.header_num);
  write_text(ws, hr, 4, "Cumulative savings", ctx.f.header_num);
  const auto &inv = ctx.result.totals.by_year.investment;
  const auto &sav = ctx.result.totals.by_year.saving;
  Money ci, cs;
  lxw_row_t row = hr + 1;
  for (auto &y : ctx.years) {
    auto i = inv.find(y);
    auto s = sav.find(y);
    Money iv = i == inv.end() ? Money() : i->second;
    Money sv = s == sav.end() ? Money() : -s->second; // savings shown as amounts saved
    ci += iv;
    cs += sv;
    write_text(ws, row, 0, y, ctx.f.text);
    write_money(ws, row, 1, iv, ctx.f.money);
    write_money(ws, row, 2, sv, ctx.f.money);
    write_formula(ws, row, 3,
                  row == hr + 1 ? "=" + cell_name(row, 1) : "=" + cell_name(row - 1, 3) + "+" + cell_name(row, 1), ci,
                  ctx.f.money);
    write_formula(ws, row, 4,
                  row == hr + 1 ? "=" + cell_name(row, 2) : "=" + cell_name(row - 1, 4) + "+" + cell_name(row, 2), cs,
                  ctx.f.money);
    ++row;
  }
  worksheet_set_column(ws, 0, 0, 14, nullptr);
  worksheet_set_column(ws, 1, 4, 14, nullptr);
  if (row > hr + 1) {
    lxw_chart *ch = workbook_add_chart(ctx.wb, LXW_CHART_LINE);
    std::string cats = "='Chart'!$A$" + std::to_string(hr + 2) + ":$A$" + std::to_string(row);
    std::string v1 = "='Chart'!$D$" + std::to_string(hr + 2) + ":$D$" + std::to_string(row);
    std::string v2 = "='Chart'!$E$" + std::to_string(hr + 2) + ":$E$" + std::to_string(row);
    lxw_chart_series *s1 = chart_add_series(ch, cats.c_str(), v1.c_str());
    chart_series_set_name(s1, "Cumulative investment");
    lxw_chart_series *s2 = chart_add_series(ch, cats.c_str(), v2.c_str());
    chart_series_set_name(s2, "Cumulative savings");
    chart_title_set_name(ch, ctx.style.label("chart_title").c_str());
    chart_axis_set_name(ch->y_axis, "£000");
    chart_axis_set_num_format(ch->y_axis, "#,##0");
    chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
    lxw_chart_options opt{};
    opt.x_scale = 1.6;
    opt.y_scale = 1.4;
    worksheet_insert_chart_opt(ws, row + 1, 0, ch, &opt);
  }
  print_setup(ctx, ws, "Chart", hr, hr);
}

} // namespace fundbook::report
