// "Data": one row per figure, an Excel Table ready for a pivot table. Past a
// sheet's rows (Excel's 1,048,576) it goes on in "Data (2)", "Data (3)"...,
// each with its header and its own Table, so no figure is ever left out.
#include <algorithm>
#include <array>

#include "export/report/context.hpp"

namespace fundbook::report {

namespace {

constexpr std::array<const char *, 9> kHeads = {"Reference",   "Title",       "Workstream", "Measure", "Financial year",
                                                "Amount £000", "Source file", "Sheet",      "Cell"};

constexpr double kTitleWidth = 50, kWorkstreamWidth = 24, kPathWidth = 40;

// An Excel Table (ListObject) over the sheet's rows, named Figures,
// Figures_2...: Insert > PivotTable finds it, and it grows with rows added.
void add_table(lxw_worksheet *ws, int part, lxw_row_t rows) {
  std::array<lxw_table_column, kHeads.size()> cols{};
  std::array<lxw_table_column *, kHeads.size() + 1> list{};
  for (std::size_t c = 0; c < kHeads.size(); ++c) {
    cols[c].header = const_cast<char *>(kHeads[c]);
    list[c] = &cols[c];
  }
  std::string name = part <= 1 ? "Figures" : "Figures_" + std::to_string(part);
  lxw_table_options opt{};
  opt.name = name.data();
  opt.columns = list.data();
  opt.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
  opt.style_type_number = 1;
  // libxlsxwriter refuses Tables in constant-memory mode only because a
  // Table writes its heading cells itself, which that mode cannot do once
  // the first row is on disk. Ours are written already, with the same
  // words, so the Table's part and its sheet's reference to it are all that
  // is needed: written with the mode set aside for the call.
  std::uint8_t optimize = ws->optimize;
  ws->optimize = LXW_FALSE;
  lxw_error err = worksheet_add_table(ws, 0, 0, rows - 1, lxw_col_t(kHeads.size() - 1), &opt);
  ws->optimize = optimize;
  if (err != LXW_NO_ERROR) worksheet_autofilter(ws, 0, 0, rows - 1, lxw_col_t(kHeads.size() - 1));
}

void finish_data_sheet(Context &ctx, lxw_worksheet *ws, const std::string &name, int part, lxw_row_t rows) {
  if (rows >= 2)
    add_table(ws, part, rows); // a Table has its own filter buttons
  else
    worksheet_autofilter(ws, 0, 0, 0, lxw_col_t(kHeads.size() - 1));
  worksheet_freeze_panes(ws, 1, 0);
  worksheet_set_column(ws, 0, 0, 11, nullptr);
  worksheet_set_column(ws, 1, 1, kTitleWidth, nullptr);
  worksheet_set_column(ws, 2, 2, kWorkstreamWidth, nullptr);
  worksheet_set_column(ws, 3, 3, 11, nullptr);
  worksheet_set_column(ws, 4, 5, 14, nullptr);
  worksheet_set_column(ws, 6, 6, kPathWidth, nullptr);
  worksheet_set_column(ws, 7, 8, 10, nullptr);
  print_setup(ctx, ws, name, 0, 0);
}

} // namespace

void data(Context &ctx) {
  lxw_worksheet *ws = nullptr;
  std::string name;
  int part = 0;
  lxw_row_t row = 0;
  auto next_sheet = [&] {
    if (ws) finish_data_sheet(ctx, ws, name, part, row);
    name = continued_name("Data", ++part);
    ws = add_sheet(ctx, name);
    for (lxw_col_t c = 0; c < lxw_col_t(kHeads.size()); ++c)
      write_text(ws, 0, c, kHeads[c], c == 5 ? ctx.f.header_num : c == 6 ? ctx.f.header_prose : ctx.f.header);
    row = 1;
  };
  next_sheet();
  const std::string unknown = ctx.style.label("workstream_unknown");
  const std::array<std::string, 2> measures = {ctx.style.label("investment"), ctx.style.label("saving")};
  for (const SchemeRecord &s : ctx.result.schemes) {
    // Never blank, so a pivot table by workstream has no "(blank)" group.
    std::string workstream = known_workstream(ctx, s);
    if (workstream.empty()) workstream = unknown;
    const std::string &path = s.source.path.str();
    for (int m = 0; m < 2; ++m) {
      const auto &map = m == 0 ? s.investment : s.saving;
      for (auto &[year, figure] : map) {
        if (row >= ctx.rows_per_sheet) next_sheet();
        // Long titles, workstreams and paths wrap, never cut off by the next column.
        fit_row(ctx, ws, row, {{s.title, kTitleWidth}, {workstream, kWorkstreamWidth}, {path, kPathWidth}});
        write_text(ws, row, 0, s.ref.value_or(""), ctx.f.text);
        write_title(ws, row, 1, s.title, ctx.f.wrap);
        write_text(ws, row, 2, workstream, ctx.f.wrap);
        write_text(ws, row, 3, measures[std::size_t(m)], ctx.f.text);
        write_text(ws, row, 4, year, ctx.f.text);
        write_money(ws, row, 5, figure.amount, ctx.f.money);
        write_text(ws, row, 6, path, ctx.f.prose); // indented: clear of the amount before it
        write_text(ws, row, 7, s.source.sheet, ctx.f.text);
        write_text(ws, row, 8, a1(figure.ref), ctx.f.text);
        ++row;
      }
    }
  }
  finish_data_sheet(ctx, ws, name, part, row);
}

} // namespace fundbook::report
