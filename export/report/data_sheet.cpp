// "Data": one row per figure, ready for a pivot table.
#include <algorithm>

#include "export/report/context.hpp"

namespace fundbook::report {

void data(Context &ctx) {
  lxw_worksheet *ws = workbook_add_worksheet(ctx.wb, "Data");
  const char *heads[] = {"Reference",   "Title",       "Workstream", "Measure", "Financial year",
                         "Amount £000", "Source file", "Sheet",      "Cell"};
  for (lxw_col_t c = 0; c < 9; ++c) write_text(ws, 0, c, heads[c], c == 5 ? ctx.f.header_num : ctx.f.header);
  lxw_row_t row = 1;
  for (const Scheme &s : ctx.result.schemes) {
    for (int m = 0; m < 2; ++m) {
      const auto &map = m == 0 ? s.investment : s.saving;
      for (auto &[year, figure] : map) {
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
  worksheet_autofilter(ws, 0, 0, std::max<lxw_row_t>(0, row - 1), 8);
  worksheet_freeze_panes(ws, 1, 0);
  worksheet_set_column(ws, 0, 0, 11, nullptr);
  worksheet_set_column(ws, 1, 1, 50, nullptr);
  worksheet_set_column(ws, 2, 2, 24, nullptr);
  worksheet_set_column(ws, 3, 5, 12, nullptr);
  worksheet_set_column(ws, 6, 6, 40, nullptr);
  worksheet_set_column(ws, 7, 8, 10, nullptr);
  print_setup(ctx, ws, "Data", 0, 0);
}

} // namespace fundbook::report
