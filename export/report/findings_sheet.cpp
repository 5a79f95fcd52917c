// "Findings": every finding, errors first, each cell a hyperlink that opens
// the source workbook at that cell.
#include <algorithm>
#include <filesystem>

#include "export/report/context.hpp"

namespace fundbook::report {

void findings(Context &ctx) {
  lxw_worksheet *ws = workbook_add_worksheet(ctx.wb, "Findings");
  write_text(ws, 0, 0, ctx.style.label("findings_title"), ctx.f.title);
  const char *heads[] = {"Severity", "Rule", "File", "Sheet", "Cell", "Stated", "Computed", "Difference", "Message"};
  const lxw_row_t hr = 2;
  for (lxw_col_t c = 0; c < 9; ++c)
    write_text(ws, hr, c, heads[c], (c >= 5 && c <= 7) ? ctx.f.header_num : ctx.f.header);
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
      std::error_code ec;
      std::string abs = std::filesystem::absolute(f->path, ec).string();
      std::string sheet = *f->sheet;
      std::string quoted;
      for (char c : sheet) quoted += c == '\'' ? std::string("''") : std::string(1, c);
      std::string url = "external:";
      url.append(abs).append("#'").append(quoted).append("'!").append(a1(*f->cell));
      std::string shown = a1(*f->cell);
      if (url.size() < 2000 &&
          worksheet_write_url_opt(ws, row, 4, url.c_str(), ctx.f.link, shown.c_str(), nullptr) != LXW_NO_ERROR) {
        write_text(ws, row, 4, shown, ctx.f.text);
      } else if (url.size() >= 2000) {
        write_text(ws, row, 4, shown, ctx.f.text);
      }
    }
    if (f->stated) write_money(ws, row, 5, *f->stated, ctx.f.money);
    if (f->computed) write_money(ws, row, 6, *f->computed, ctx.f.money);
    if (f->stated && f->computed) {
      std::string diff = "=";
      diff.append(cell_name(row, 5)).append("-").append(cell_name(row, 6));
      write_formula(ws, row, 7, diff, *f->stated - *f->computed, ctx.f.money);
    }
    write_text(ws, row, 8, f->message, ctx.f.wrap);
    fit_row(ctx, ws, row, {{f->message, 70}, {f->path, 44}, {f->sheet.value_or(""), 16}});
    ++row;
  }
  if (list.empty()) write_text(ws, row++, 0, "No findings: every total checked agrees.", ctx.f.note);
  worksheet_autofilter(ws, hr, 0, std::max<lxw_row_t>(hr, row - 1), 8);
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
