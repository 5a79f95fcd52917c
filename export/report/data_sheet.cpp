// "Data": one row per figure, ready for a pivot table. Past a sheet's
// rows (Excel's 1,048,576) it goes on in "Data (2)", "Data (3)"..., each
// with its header, so no figure is ever left out.
#include <algorithm>

#include "export/report/context.hpp"

namespace fundbook::report {

namespace {

void finish_data_sheet(Context &ctx, lxw_worksheet *ws, const std::string &name, lxw_row_t rows) {
  worksheet_autofilter(ws, 0, 0, std::max<lxw_row_t>(0, rows - 1), 8);
  worksheet_freeze_panes(ws, 1, 0);
  worksheet_set_column(ws, 0, 0, 11, nullptr);
  worksheet_set_column(ws, 1, 1, 50, nullptr);
  worksheet_set_column(ws, 2, 2, 24, nullptr);
  worksheet_set_column(ws, 3, 5, 12, nullptr);
  worksheet_set_column(ws, 6, 6, 40, nullptr);
  worksheet_set_column(ws, 7, 8, 10, nullptr);
  print_setup(ctx, ws, name, 0, 0);
}

} // namespace

void data(Context &ctx) {
  const char *heads[] = {"Reference",   "Title",       "Workstream", "Measure", "Financial year",
                         "Amount £000", "Source file", "Sheet",      "Cell"};
  lxw_worksheet *ws = nullptr;
  std::string name;
  int part = 0;
  lxw_row_t row = 0;
  auto next_sheet = [&] {
    if (ws) finish_data_sheet(ctx, ws, name, row);
    name = continued_name("Data", ++part);
    ws = workbook_add_worksheet(ctx.wb, name.c_str());
    for (lxw_col_t c = 0; c < 9; ++c) write_text(ws, 0, c, heads[c], c == 5 ? ctx.f.header_num : ctx.f.header);
    row = 1;
  };
  next_sheet();
  for (const Scheme &s : ctx.result.schemes) {
    for (int m = 0; m < 2; ++m) {
      const auto &map = m == 0 ? s.investment : s.saving;
      for (auto &[year, figure] : map) {
        if (row >= ctx.rows_per_sheet) next_sheet();
        write_text(ws, row, 0, s.ref.value_or(""), nullptr);
        write_text(ws, row, 1, s.title, nullptr);
        write_text(ws, row, 2, s.workstream ? s.workstream->str() : std::string(), nullptr);
        write_text(ws, row, 3, m == 0 ? "Investment" : "Saving", nullptr);
        write_text(ws, row, 4, year, nullptr);
        write_money(ws, row, 5, figure.amount, ctx.f.money);
        write_text(ws, row, 6, s.source.path, nullptr);
        write_text(ws, row, 7, s.source.sheet, nullptr);
        write_text(ws, row, 8, a1(figure.ref), nullptr);
        ++row;
      }
    }
  }
  finish_data_sheet(ctx, ws, name, row);
}

} // namespace fundbook::report
