#include "export/report/report.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>
#include <stdexcept>

#include "core/cellref.hpp"
#include "core/temp_files.hpp"
#include "export/report/context.hpp"
#include "import/figures.hpp"

namespace fundbook {

namespace report {

namespace {
lxw_color_t colour_value(const std::string &hex) {
  if (hex.size() != 7 || hex[0] != '#') return LXW_COLOR_BLACK;
  return lxw_color_t(std::stoul(hex.substr(1), nullptr, 16));
}
} // namespace

std::string cell_name(lxw_row_t r, lxw_col_t c) { return a1(r, c); }
std::string range_name(lxw_row_t r1, lxw_col_t c1, lxw_row_t r2, lxw_col_t c2) { return a1(r1, c1) + ":" + a1(r2, c2); }

void write_money(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, Money m, lxw_format *f) {
  if (m.is_too_large()) { // words, not a wrapped figure a reader could take for the sum
    worksheet_write_string(ws, r, c, "too large", f);
    return;
  }
  worksheet_write_number(ws, r, c, m.thousands_double(), f);
}

void write_formula(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const std::string &formula, Money value,
                   lxw_format *f) {
  // A sum too large to hold is left for the spreadsheet to work out.
  worksheet_write_formula_num(ws, r, c, formula.c_str(), f, value.is_too_large() ? 0 : value.thousands_double());
}

void write_text(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const std::string &s, lxw_format *f) {
  // Excel's limit for a cell's text.
  std::string t = s.size() > 32000 ? s.substr(0, 32000) : s;
  worksheet_write_string(ws, r, c, t.c_str(), f);
}

lxw_format *rag_format(const Context &ctx, const std::string &rag) {
  if (rag == "Green") return ctx.f.rag_green;
  if (rag == "Amber") return ctx.f.rag_amber;
  if (rag == "Red") return ctx.f.rag_red;
  return ctx.f.text;
}

void fit_row(const Context &ctx, lxw_worksheet *ws, lxw_row_t r,
             std::initializer_list<std::pair<std::string_view, double>> cells) {
  std::size_t lines = 1;
  for (auto [text, width] : cells) {
    // Characters per line at this width, allowing for proportional fonts.
    double per_line = std::max(4.0, width * 1.15 * 10.0 / ctx.style.font_size);
    std::size_t chars = 0;
    for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
    std::size_t n = std::size_t(double(chars) / per_line) + 1;
    for (char c : text) n += c == '\n';
    lines = std::max(lines, n);
  }
  if (lines > 1) worksheet_set_row(ws, r, std::min(409.0, double(lines) * ctx.style.font_size * 1.35), nullptr);
}

void print_setup(Context &ctx, lxw_worksheet *ws, const std::string &sheet_title, lxw_row_t repeat_first,
                 lxw_row_t repeat_last) {
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9); // A4
  worksheet_fit_to_pages(ws, 1, 0);
  worksheet_repeat_rows(ws, repeat_first, repeat_last);
  worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.7);
  auto esc = [](std::string s) {
    std::string o;
    for (char c : s) {
      o += c;
      if (c == '&') o += '&';
    }
    return o;
  };
  std::string footer =
      "&L" + esc(ctx.style.title) + " - " + esc(sheet_title) + "&C" + esc(ctx.date_text) + "&RPage &P of &N";
  worksheet_set_footer(ws, footer.c_str());
}

} // namespace report

namespace {

report::Formats make_formats(lxw_workbook *wb, const ReportStyle &st) {
  auto base = [&]() {
    lxw_format *f = workbook_add_format(wb);
    format_set_font_name(f, st.font.c_str());
    format_set_font_size(f, st.font_size);
    return f;
  };
  auto fill = [&](lxw_format *f, const std::string &hex) {
    if (!hex.empty()) {
      format_set_bg_color(f, report::colour_value(hex));
      format_set_pattern(f, LXW_PATTERN_SOLID);
    }
  };
  const char *money_fmt = "#,##0;-#,##0;\"-\"";
  report::Formats F{};
  F.title = base();
  format_set_bold(F.title);
  format_set_font_size(F.title, st.font_size + 4);
  if (!st.title_colour.empty()) format_set_font_color(F.title, report::colour_value(st.title_colour));
  F.subtitle = base();
  format_set_bold(F.subtitle);
  format_set_font_size(F.subtitle, st.font_size + 1);
  F.header = base();
  format_set_bold(F.header);
  format_set_text_wrap(F.header);
  format_set_align(F.header, LXW_ALIGN_VERTICAL_TOP);
  format_set_bottom(F.header, LXW_BORDER_THIN);
  fill(F.header, st.header_fill);
  F.header_num = base();
  format_set_bold(F.header_num);
  format_set_align(F.header_num, LXW_ALIGN_RIGHT);
  format_set_text_wrap(F.header_num);
  format_set_bottom(F.header_num, LXW_BORDER_THIN);
  fill(F.header_num, st.header_fill);
  F.text = base();
  format_set_align(F.text, LXW_ALIGN_VERTICAL_TOP);
  F.wrap = base();
  format_set_text_wrap(F.wrap);
  format_set_align(F.wrap, LXW_ALIGN_VERTICAL_TOP);
  F.bold = base();
  format_set_bold(F.bold);
  F.money = base();
  format_set_num_format(F.money, money_fmt);
  format_set_align(F.money, LXW_ALIGN_VERTICAL_TOP);
  F.money_bold = base();
  format_set_num_format(F.money_bold, money_fmt);
  format_set_bold(F.money_bold);
  F.money_total = base();
  format_set_num_format(F.money_total, money_fmt);
  format_set_bold(F.money_total);
  if (st.total_top_border) format_set_top(F.money_total, LXW_BORDER_THIN);
  F.label_total = base();
  format_set_bold(F.label_total);
  if (st.total_top_border) format_set_top(F.label_total, LXW_BORDER_THIN);
  F.count = base();
  format_set_num_format(F.count, "0");
  F.percent = base();
  format_set_num_format(F.percent, "0%");
  F.ratio = base();
  format_set_num_format(F.ratio, "0.0");
  F.link = base();
  format_set_underline(F.link, LXW_UNDERLINE_SINGLE);
  format_set_align(F.link, LXW_ALIGN_VERTICAL_TOP);
  format_set_font_color(F.link, st.header_fill.empty() ? LXW_COLOR_BLACK : LXW_COLOR_BLUE);
  auto coloured = [&](const std::string &key) {
    lxw_format *f = base();
    format_set_bold(f);
    fill(f, st.colour(key));
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    return f;
  };
  F.rag_green = coloured("green");
  F.rag_amber = coloured("amber");
  F.rag_red = coloured("red");
  F.sev_error = coloured("error");
  F.sev_warning = coloured("warning");
  F.sev_info = base();
  format_set_align(F.sev_info, LXW_ALIGN_VERTICAL_TOP);
  format_set_align(F.text, LXW_ALIGN_VERTICAL_TOP);
  F.note = base();
  format_set_italic(F.note);
  return F;
}

std::vector<std::string> report_years(const CheckResult &r, const ReportStyle &st) {
  std::set<std::string> ys;
  for (auto &s : r.schemes) {
    for (auto &[y, _] : s.investment) ys.insert(y);
    for (auto &[y, _] : s.saving) ys.insert(y);
  }
  for (auto &[ws, t] : r.totals.by_workstream) {
    for (auto &[y, _] : t.investment) ys.insert(y);
    for (auto &[y, _] : t.saving) ys.insert(y);
  }
  std::vector<std::string> out;
  for (auto &y : ys) {
    if (!st.first_year.empty() && y < st.first_year) continue;
    if (!st.last_year.empty() && y > st.last_year) continue;
    out.push_back(y);
  }
  // Fill gaps so the columns are consecutive years.
  if (out.size() >= 2) {
    std::vector<std::string> full;
    for (int y = year_start(out.front()); y <= year_start(out.back()); ++y) full.push_back(year_key(y));
    out = full;
  }
  return out;
}

bool same_file(const std::string &a, const std::string &b) {
  struct stat sa, sb;
  if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

} // namespace

void write_report(const CheckResult &result, const ReportStyle &style, const std::string &out_path, std::time_t created,
                  std::uint32_t rows_per_sheet) {
  namespace fs = std::filesystem;
  for (auto &in : result.inputs) {
    if (same_file(in.path, out_path)) {
      throw std::runtime_error(
          out_path + ": this is one of the inputs; choose another name for the report (inputs are never overwritten)");
    }
  }
  fs::path target(out_path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw std::runtime_error(out_path + ": the folder " + dir.string() + " does not exist");
  if (::access(dir.c_str(), W_OK) != 0)
    throw std::runtime_error(out_path + ": the folder " + dir.string() + " cannot be written to");
  if (fs::is_directory(target, ec)) throw std::runtime_error(out_path + ": is a folder; give a file name ending .xlsx");

  // A unique temporary name in the same folder, so the rename is atomic. It
  // carries this process's id: what a killed run left is removed here, and a
  // SIGINT or SIGTERM removes this one.
  std::string stem = "." + target.filename().string();
  remove_stale_temps(dir, stem);
  std::string tmp;
  try {
    tmp = make_temp_file(dir, stem);
  } catch (const std::exception &) {
    throw std::runtime_error(out_path + ": cannot create a temporary file in " + dir.string());
  }
  TempGuard guard(tmp);

  // Constant-memory mode: each row goes to disk once the next begins, so a
  // Data sheet of a million figures does not sit in memory. Every sheet
  // writer therefore writes its rows top to bottom.
  lxw_workbook_options opts{};
  opts.constant_memory = LXW_TRUE;
  opts.tmpdir = nullptr;
  lxw_workbook *wb = workbook_new_opt(tmp.c_str(), &opts);
  if (!wb) {
    ::unlink(tmp.c_str());
    throw std::runtime_error(out_path + ": cannot start writing the report");
  }
  lxw_doc_properties props{};
  props.title = const_cast<char *>(style.title.c_str());
  props.subject = const_cast<char *>(style.subject.c_str());
  props.company = const_cast<char *>(style.company.c_str());
  props.author = const_cast<char *>(style.author.c_str());
  props.created = created;
  workbook_set_properties(wb, &props);

  char date[32];
  std::tm tm{};
  gmtime_r(&created, &tm);
  std::strftime(date, sizeof date, "%d %B %Y", &tm);

  report::Context ctx{wb, result, style, date, report_years(result, style), make_formats(wb, style)};
  ctx.rows_per_sheet = std::min<lxw_row_t>(rows_per_sheet, report::kExcelRows);
  for (auto &name : style.sheets) {
    if (name == "GPC appendix")
      report::gpc_appendix(ctx);
    else if (name == "Scheme profiles")
      report::scheme_profiles(ctx);
    else if (name == "Monitoring")
      report::monitoring(ctx);
    else if (name == "Findings")
      report::findings(ctx);
    else if (name == "Data")
      report::data(ctx);
    else if (name == "Chart")
      report::chart(ctx);
  }
  lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR) {
    ::unlink(tmp.c_str());
    throw std::runtime_error(out_path + ": writing the report failed (" + lxw_strerror(err) + ")");
  }
  // Make the data durable before it replaces the old report.
  int tfd = ::open(tmp.c_str(), O_RDONLY);
  if (tfd >= 0) {
    ::fsync(tfd);
    ::close(tfd);
  }
  ::chmod(tmp.c_str(), 0644);
  if (std::rename(tmp.c_str(), out_path.c_str()) != 0) {
    ::unlink(tmp.c_str());
    throw std::runtime_error(out_path + ": cannot replace the report file");
  }
}

} // namespace fundbook
