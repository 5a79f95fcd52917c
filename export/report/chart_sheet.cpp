// "Chart": cumulative investment against cumulative savings by year, and the
// net position they give (the payback picture), over every scheme read.
// Savings are negative, as on every other sheet; the chart carries alt text
// for screen readers (the public-sector accessibility regulations).
#include "export/report/context.hpp"
#include "core/concat.hpp"

namespace fundbook::report {

namespace {
// "Cumulative investment" within a sentence.
std::string lower_first(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = char(s[0] - 'A' + 'a');
  return s;
}
} // namespace

void chart(Context &ctx) {
  constexpr double kWidth = 15;
  lxw_worksheet *ws = add_sheet(ctx, "Chart");
  write_text(ws, 0, 0, ctx.style.label("chart_title"), ctx.f.title);
  write_text(ws, 1, 0, ctx.style.label("chart_note"), ctx.f.note);
  const lxw_row_t hr = 2;
  const std::string unit = " (" + ctx.style.label("unit") + ")";
  const std::string heads[] = {"Financial year",
                               ctx.style.label("investment") + unit,
                               ctx.style.label("saving") + unit,
                               ctx.style.label("cumulative_investment"),
                               ctx.style.label("cumulative_saving"),
                               ctx.style.label("net_position")};
  for (lxw_col_t c = 0; c < 6; ++c) write_text(ws, hr, c, heads[c], c ? ctx.f.header_num : ctx.f.header);
  fit_row(ctx, ws, hr,
          {{heads[1], kWidth}, {heads[2], kWidth}, {heads[3], kWidth}, {heads[4], kWidth}, {heads[5], kWidth}});
  const auto &inv = ctx.result.totals.by_year.investment;
  const auto &sav = ctx.result.totals.by_year.saving;
  Money ci, cs;
  std::string payback; // the first year the net position is a saving
  lxw_row_t row = hr + 1;
  for (auto &y : ctx.years) {
    auto i = inv.find(y);
    auto s = sav.find(y);
    Money iv = i == inv.end() ? Money() : i->second;
    Money sv = s == sav.end() ? Money() : s->second;
    ci += iv;
    cs += sv;
    if (payback.empty() && ci > Money() && ci + cs <= Money()) payback = y;
    bool first = row == hr + 1;
    write_text(ws, row, 0, y, ctx.f.text);
    write_money(ws, row, 1, iv, ctx.f.money);
    write_money(ws, row, 2, sv, ctx.f.money);
    write_formula(ws, row, 3,
                  first ? concat("=", cell_name(row, 1)) : concat("=", cell_name(row - 1, 3), "+", cell_name(row, 1)),
                  ci, ctx.f.money);
    write_formula(ws, row, 4,
                  first ? concat("=", cell_name(row, 2)) : concat("=", cell_name(row - 1, 4), "+", cell_name(row, 2)),
                  cs, ctx.f.money);
    write_formula(ws, row, 5, concat("=", cell_name(row, 3), "+", cell_name(row, 4)), ci + cs, ctx.f.money_bold);
    ++row;
  }
  worksheet_set_column(ws, 0, 0, 14, nullptr);
  worksheet_set_column(ws, 1, 5, kWidth, nullptr);
  if (row > hr + 1) {
    lxw_chart *ch = workbook_add_chart(ctx.wb, LXW_CHART_LINE);
    auto range = [&](char col) {
      return "='Chart'!$" + std::string(1, col) + "$" + std::to_string(hr + 2) + ":$" + std::string(1, col) + "$" +
             std::to_string(row);
    };
    std::string cats = range('A');
    for (char col : {'D', 'E', 'F'}) {
      lxw_chart_series *series = chart_add_series(ch, cats.c_str(), range(col).c_str());
      chart_series_set_name(series, heads[col - 'A'].c_str());
    }
    chart_title_set_name(ch, ctx.style.label("chart_title").c_str());
    chart_axis_set_name(ch->y_axis, ctx.style.label("unit").c_str());
    chart_axis_set_num_format(ch->y_axis, "#,##0;-#,##0;0");
    // Year labels below the plot, clear of the negative savings line.
    chart_axis_set_label_position(ch->x_axis, LXW_CHART_AXIS_LABEL_POSITION_LOW);
    chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
    // The chart's words in the report's font (a chart's own default is Calibri).
    lxw_chart_font font{};
    font.name = const_cast<char *>(ctx.style.font.c_str());
    font.size = ctx.style.font_size;
    lxw_chart_font title_font = font;
    title_font.size = ctx.style.font_size + 2;
    title_font.bold = LXW_TRUE;
    chart_title_set_name_font(ch, &title_font);
    chart_legend_set_font(ch, &font);
    for (lxw_chart_axis *axis : {ch->x_axis, ch->y_axis}) {
      chart_axis_set_num_font(axis, &font);
      chart_axis_set_name_font(axis, &font);
    }
    // The alt text says what the picture shows, in figures, for a reader
    // who cannot see it.
    std::string alt = ctx.style.label("chart_title") + ": a line chart in " + ctx.style.label("unit") +
                      " by financial year, " + ctx.years.front() + " to " + ctx.years.back() + ". By " +
                      ctx.years.back() + " " + lower_first(heads[3]) + " is " + ci.display(100000) + ", " +
                      lower_first(heads[4]) + " " + cs.display(100000) + " (savings are negative) and the " +
                      lower_first(heads[5]) + " " + (ci + cs).display(100000) + ". " +
                      (payback.empty() ? std::string("Savings do not cover the investment by then.")
                                       : "Savings cover the investment from " + payback + ".") +
                      " The figures are in the table above the chart.";
    lxw_chart_options opt{};
    opt.x_scale = 1.8;
    opt.y_scale = 1.4;
    opt.description = alt.data();
    worksheet_insert_chart_opt(ws, row + 1, 0, ch, &opt);
  }
  print_setup(ctx, ws, "Chart", hr, hr);
}

} // namespace fundbook::report
