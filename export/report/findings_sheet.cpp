// "Findings": every finding, errors first, each cell a hyperlink that opens
// the source workbook at that cell (by a path relative to the report); then
// what the rules found mean, and what was checked.
#include <algorithm>
#include <filesystem>

#include "engine/rules/registry.hpp"
#include "export/report/context.hpp"

namespace fundbook::report {

namespace {
// Below the findings: what each rule found means and what to do about it,
// in the registry's words (engine/rules/registry.hpp), the drop-in page's
// too. Returns the row after the last written.
lxw_row_t what_the_findings_mean(Context &ctx, lxw_worksheet *ws, lxw_row_t row,
                                 const std::vector<const Finding *> &list) {
  std::vector<std::string_view> shown;
  const lxw_row_t first = row;
  for (const Finding *f : list) {
    if (std::find(shown.begin(), shown.end(), f->rule) != shown.end()) continue;
    shown.push_back(f->rule);
    const rules::Rule *r = rules::find_rule(f->rule);
    if (!r) continue;
    if (row == first) write_text(ws, row++, 0, "What the findings mean", ctx.f.subtitle);
    // Two lines, each short enough to run on over the empty cells beside it.
    write_text(ws, row, 1, r->id, ctx.f.text);
    write_text(ws, row++, 2, std::string(r->meaning), ctx.f.text);
    write_text(ws, row++, 2, "What to do: " + std::string(r->guidance), ctx.f.text);
  }
  return row;
}

// Below the findings: which tables were checked and which figures were not,
// so an empty list is never read as "all correct" about tables nobody checked.
void what_was_checked(Context &ctx, lxw_worksheet *ws, lxw_row_t row) {
  const CheckResult &r = ctx.result;
  constexpr std::size_t kShown = 25; // the JSON has them all
  write_text(ws, row++, 0, "What was checked", ctx.f.subtitle);
  write_text(ws, row++, 0, coverage_line(r.checked, r.unchecked), ctx.f.note);
  auto where = [](const std::string &path, const std::string &sheet, CellRef a, CellRef b) {
    return std::filesystem::path(path).filename().string() + " \xe2\x86\x92 " + sheet + "!" + a1(a) + ":" + a1(b);
  };
  for (std::size_t i = 0; i < r.checked.size() && i < kShown; ++i) {
    const CheckedTable &t = r.checked[i];
    write_text(ws, row, 0, "checked", ctx.f.text);
    write_text(ws, row, 1, std::string(to_string(t.kind)), ctx.f.text);
    write_text(ws, row++, 2,
               where(t.path, t.sheet, t.first, t.last) + ": " + std::to_string(t.totals_checked) +
                   (t.totals_checked == 1 ? " total" : " totals") + " compared",
               ctx.f.text);
  }
  if (r.checked.size() > kShown)
    write_text(ws, row++, 2, "and " + std::to_string(r.checked.size() - kShown) + " more tables", ctx.f.note);
  for (std::size_t i = 0; i < r.unchecked.size() && i < kShown; ++i) {
    const UncheckedFigures &u = r.unchecked[i];
    write_text(ws, row, 0, "not checked", ctx.f.text);
    write_text(ws, row, 1, std::to_string(u.block.figures) + (u.block.figures == 1 ? " figure" : " figures"),
               ctx.f.text);
    write_text(ws, row++, 2, where(u.path, u.block.sheet, u.block.first, u.block.last) + ": " + u.block.why,
               ctx.f.text);
  }
  if (r.unchecked.size() > kShown)
    write_text(ws, row++, 2, "and " + std::to_string(r.unchecked.size() - kShown) + " more blocks", ctx.f.note);
}
} // namespace

void findings(Context &ctx) {
  lxw_worksheet *ws = add_sheet(ctx, "Findings");
  write_text(ws, 0, 0, ctx.style.label("findings_title"), ctx.f.title);
  const char *heads[] = {"Severity", "Rule", "File", "Sheet", "Cell", "Stated", "Computed", "Difference", "Message"};
  const lxw_row_t hr = 2;
  for (lxw_col_t c = 0; c < 9; ++c)
    write_text(ws, hr, c, heads[c], c == 8 ? ctx.f.header_prose : (c >= 5 && c <= 7) ? ctx.f.header_num : ctx.f.header);
  std::vector<const Finding *> list;
  for (auto &f : ctx.result.findings) list.push_back(&f);
  std::stable_sort(list.begin(), list.end(),
                   [](const Finding *a, const Finding *b) { return int(a->severity) < int(b->severity); });
  lxw_row_t row = hr + 1;
  for (const Finding *f : list) {
    lxw_format *sev = f->severity == Severity::Error     ? ctx.f.sev_error
                      : f->severity == Severity::Warning ? ctx.f.sev_warning
                                                         : ctx.f.sev_info;
    write_text(ws, row, 0, severity_name(f->severity), sev);
    write_text(ws, row, 1, f->rule, ctx.f.text);
    write_text(ws, row, 2, f->path, ctx.f.wrap);
    write_text(ws, row, 3, f->sheet.value_or(""), ctx.f.wrap);
    if (f->cell && f->sheet) {
      std::string url = source_link(ctx, f->path, *f->sheet, *f->cell);
      std::string shown = a1(*f->cell);
      // Past Excel's limits (a URL's length, 65,530 links a sheet) the cell is named in text.
      if (url.size() >= 2000 ||
          worksheet_write_url_opt(ws, row, 4, url.c_str(), ctx.f.link, shown.c_str(), nullptr) != LXW_NO_ERROR)
        write_text(ws, row, 4, shown, ctx.f.text);
    }
    // In the finding's own unit: £000 for the council tables, the table's
    // unit as written for a table of any other shape.
    auto in_unit = [&](Money m) { return double(m.pence()) / double(f->unit); };
    if (f->stated) worksheet_write_number(ws, row, 5, in_unit(*f->stated), ctx.f.money);
    if (f->computed) worksheet_write_number(ws, row, 6, in_unit(*f->computed), ctx.f.money);
    if (f->stated && f->computed) {
      std::string diff = "=";
      diff.append(cell_name(row, 5)).append("-").append(cell_name(row, 6));
      worksheet_write_formula_num(ws, row, 7, diff.c_str(), ctx.f.money, in_unit(*f->stated - *f->computed));
    }
    write_text(ws, row, 8, f->message, ctx.f.prose);
    fit_row(ctx, ws, row, {{f->message, 70}, {f->path, 44}, {f->sheet.value_or(""), 16}});
    ++row;
  }
  const CheckResult &r = ctx.result;
  if (list.empty() && r.totals_checked() > 0)
    write_text(ws, row++, 0, "No findings: every total checked agrees.", ctx.f.note);
  worksheet_autofilter(ws, hr, 0, std::max<lxw_row_t>(hr, row - 1), 8);
  lxw_row_t meanings = what_the_findings_mean(ctx, ws, row + 1, list);
  what_was_checked(ctx, ws, meanings > row + 1 ? meanings + 1 : row + 1);
  worksheet_freeze_panes(ws, hr + 1, 0);
  worksheet_set_column(ws, 0, 0, 9, nullptr);
  worksheet_set_column(ws, 1, 1, 24, nullptr);
  worksheet_set_column(ws, 2, 2, 44, ctx.f.wrap);
  worksheet_set_column(ws, 3, 3, 16, ctx.f.wrap);
  worksheet_set_column(ws, 4, 4, 8, nullptr);
  worksheet_set_column(ws, 5, 7, 10, nullptr);
  worksheet_set_column(ws, 8, 8, 70, nullptr);
  print_setup(ctx, ws, "Findings", hr, hr);
}

} // namespace fundbook::report
