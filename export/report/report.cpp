#include "export/report/report.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>
#include <stdexcept>

#include "core/cellref.hpp"
#include "core/temp_files.hpp"
#include "export/report/context.hpp"
#include "export/report/sheets.hpp"
#include "import/figures.hpp"
#include "core/concat.hpp"

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
  // Excel's limit for a cell's text; a copy only then (the Data sheet writes
  // millions of texts).
  if (s.size() <= 32000) {
    worksheet_write_string(ws, r, c, s.c_str(), f);
    return;
  }
  std::string t = s.substr(0, 32000);
  worksheet_write_string(ws, r, c, t.c_str(), f);
}

void write_title(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const PoolText &s, lxw_format *f) {
  // One buffer, not a copy a text: the Data sheet writes a title a figure.
  thread_local std::string text;
  text.assign(s.view().substr(0, 32000));
  worksheet_write_string(ws, r, c, text.c_str(), f);
}

lxw_format *rag_format(const Context &ctx, const std::string &rag) {
  if (rag == "Green") return ctx.f.rag_green;
  if (rag == "Amber") return ctx.f.rag_amber;
  if (rag == "Red") return ctx.f.rag_red;
  return ctx.f.text;
}

double chars_per_line(const Context &ctx, double width) {
  // Allowing for proportional fonts: a column's width is in widths of "0".
  return std::max(4.0, width * 1.15 * 10.0 / ctx.style.font_size);
}

std::pair<std::string, std::string> split_line(std::string_view text, double per_line) {
  // The last space that leaves the first part within the line (by
  // characters, not bytes); a word longer than the line is kept whole.
  std::size_t chars = 0, cut = std::string::npos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (double(chars) > per_line) break;
    if (text[i] == ' ') cut = i;
    ++chars;
  }
  if (double(chars) <= per_line || cut == std::string::npos) return {std::string(text), ""};
  return {std::string(text.substr(0, cut)), std::string(text.substr(cut + 1))};
}

void fit_row(const Context &ctx, lxw_worksheet *ws, lxw_row_t r,
             std::initializer_list<std::pair<std::string_view, double>> cells) {
  std::size_t lines = 1;
  for (auto [text, width] : cells) {
    double per_line = chars_per_line(ctx, width);
    std::size_t chars = 0;
    for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
    std::size_t n = std::size_t(double(chars) / per_line) + 1;
    for (char c : text) n += c == '\n';
    lines = std::max(lines, n);
  }
  if (lines > 1)
    worksheet_set_row(ws, r, std::min(409.0, double(lines) * ctx.style.font_size * 1.3 + ctx.style.font_size * 0.5),
                      nullptr);
}

lxw_worksheet *add_sheet(Context &ctx, const std::string &name) {
  lxw_worksheet *ws = workbook_add_worksheet(ctx.wb, name.c_str());
  // Room above and below a line of text (see make_formats).
  // (A quarter point more: libxlsxwriter takes its own default, 15, as
  // "not set", and LibreOffice then shrinks the rows to fit the text.)
  if (ws) worksheet_set_default_row(ws, ctx.style.font_size * 1.6 + 0.25, LXW_FALSE);
  return ws;
}

void index_findings(Context &ctx) {
  for (const Finding &f : ctx.result.findings)
    if (f.sheet && f.cell) ctx.by_cell[{f.path, *f.sheet, *f.cell}].push_back(&f);
  for (const SchemeRecord &s : ctx.result.schemes)
    if (s.ref && s.workstream) ctx.workstream_by_ref.emplace(*s.ref, s.workstream->str());
}

const std::vector<const Finding *> *findings_at(const Context &ctx, std::string_view path, std::string_view sheet,
                                                CellRef cell) {
  auto it = ctx.by_cell.find({path, sheet, cell});
  return it == ctx.by_cell.end() ? nullptr : &it->second;
}

void write_stated(Context &ctx, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, Money stated,
                  const std::vector<const Finding *> *disagreeing, lxw_format *plain, lxw_format *marked,
                  bool as_count) {
  lxw_format *f = disagreeing ? marked : plain;
  if (as_count)
    worksheet_write_number(ws, r, c, stated.thousands_double(), f);
  else
    write_money(ws, r, c, stated, f);
  if (!disagreeing) return;
  // The comment says what the cell shows and what fundbook found, so the
  // committee reads the source's figure and the disagreement side by side.
  std::string text = ctx.style.label("disagrees_comment");
  for (const Finding *d : *disagreeing) {
    text += "\n";
    if (d->computed) text += "Computed: " + d->computed->display(d->unit) + ". ";
    text += d->message + " [" + d->rule + "]";
  }
  if (text.size() > 32000) text.resize(32000); // Excel's limit for a comment
  lxw_comment_options opt{};
  opt.author = const_cast<char *>("fundbook");
  opt.x_scale = 3;
  opt.y_scale = 2;
  worksheet_write_comment_opt(ws, r, c, text.c_str(), &opt);
}

std::string source_link(const Context &ctx, const std::string &path, const std::string &sheet, CellRef cell) {
  namespace fs = std::filesystem;
  auto known = ctx.link_paths.find(path);
  if (known == ctx.link_paths.end()) {
    std::string rel;
    if (ctx.links.base.empty()) {
      rel = fs::path(path).filename().string();
    } else {
      std::error_code ec;
      fs::path abs = fs::weakly_canonical(fs::absolute(path, ec), ec);
      rel = abs.lexically_relative(ctx.links.base).generic_string();
      if (rel.empty()) rel = abs.generic_string();
    }
    // A relative URL: characters with a meaning in URLs escaped, forward
    // slashes kept (a file: URL or a Windows path would tie the link to one
    // machine, and libxlsxwriter turns an "external:" path's slashes round).
    std::string url;
    static const char *hex = "0123456789ABCDEF";
    for (unsigned char ch : rel) {
      if (ch <= ' ' || std::strchr("%#?\"<>[]^`{|}\\", ch)) {
        url += '%';
        url += hex[ch >> 4];
        url += hex[ch & 15];
      } else {
        url += char(ch);
      }
    }
    known = ctx.link_paths.emplace(path, std::move(url)).first;
  }
  std::string quoted;
  for (char ch : sheet) quoted += ch == '\'' ? std::string("''") : std::string(1, ch);
  return known->second + "#'" + quoted + "'!" + a1(cell);
}

std::string known_workstream(const Context &ctx, const SchemeRecord &s) {
  if (s.workstream) return s.workstream->str();
  if (s.ref) {
    auto it = ctx.workstream_by_ref.find(*s.ref);
    if (it != ctx.workstream_by_ref.end()) return std::string(it->second);
  }
  return "";
}

void print_setup(Context &ctx, lxw_worksheet *ws, const std::string &sheet_title, lxw_row_t repeat_first,
                 lxw_row_t repeat_last) {
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9); // A4
  worksheet_fit_to_pages(ws, 1, 0);
  worksheet_repeat_rows(ws, repeat_first, repeat_last);
  worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.7);
  auto esc = [](const std::string &s) {
    std::string o;
    for (char c : s) {
      o += c;
      if (c == '&') o += '&';
    }
    return o;
  };
  // In the report's font (a footer is otherwise in the workbook's default, Calibri).
  char size[16];
  std::snprintf(size, sizeof size, "&%g", ctx.style.font_size);
  // (The size before the name: a size code runs on into the digits of a date.)
  std::string font = std::string(size) + "&\"" + esc(ctx.style.font) + ",Regular\"";
  std::string footer = "&L" + font + esc(ctx.style.title) + " - " + esc(sheet_title) + "&C" + font +
                       esc(ctx.date_text) + "&R" + font + "Page &P of &N";
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
  // Every cell below a heading is centred in its row, and rows are 1.6
  // lines high (add_sheet): a figure, its TOTAL and its label sit on one
  // line, and the first row clears the heading's border.
  auto body = [&]() {
    lxw_format *f = base();
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
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
  format_set_align(F.header, LXW_ALIGN_VERTICAL_BOTTOM);
  format_set_bottom(F.header, LXW_BORDER_THIN);
  fill(F.header, st.header_fill);
  F.header_num = base();
  format_set_bold(F.header_num);
  format_set_align(F.header_num, LXW_ALIGN_RIGHT);
  format_set_align(F.header_num, LXW_ALIGN_VERTICAL_BOTTOM);
  format_set_text_wrap(F.header_num);
  format_set_bottom(F.header_num, LXW_BORDER_THIN);
  fill(F.header_num, st.header_fill);
  F.header_prose = base();
  format_set_bold(F.header_prose);
  format_set_text_wrap(F.header_prose);
  format_set_align(F.header_prose, LXW_ALIGN_VERTICAL_BOTTOM);
  format_set_bottom(F.header_prose, LXW_BORDER_THIN);
  format_set_indent(F.header_prose, 1);
  fill(F.header_prose, st.header_fill);
  F.text = body();
  F.wrap = body();
  format_set_text_wrap(F.wrap);
  F.prose = body();
  format_set_text_wrap(F.prose);
  format_set_indent(F.prose, 1);
  F.bold = body();
  format_set_bold(F.bold);
  F.money = body();
  format_set_num_format(F.money, money_fmt);
  F.money_bold = body();
  format_set_num_format(F.money_bold, money_fmt);
  format_set_bold(F.money_bold);
  F.money_total = body();
  format_set_num_format(F.money_total, money_fmt);
  format_set_bold(F.money_total);
  if (st.total_top_border) format_set_top(F.money_total, LXW_BORDER_THIN);
  F.label_total = body();
  format_set_bold(F.label_total);
  if (st.total_top_border) format_set_top(F.label_total, LXW_BORDER_THIN);
  F.count = body();
  format_set_num_format(F.count, "0");
  F.percent = body();
  format_set_num_format(F.percent, "0%");
  F.ratio = body();
  format_set_num_format(F.ratio, "0.0");
  F.link = body();
  format_set_underline(F.link, LXW_UNDERLINE_SINGLE);
  format_set_font_color(F.link, st.header_fill.empty() ? LXW_COLOR_BLACK : LXW_COLOR_BLUE);
  auto coloured = [&](const std::string &key) {
    lxw_format *f = body();
    format_set_bold(f);
    fill(f, st.colour(key));
    format_set_indent(f, 1); // clear of wrapped text ending at the cell before
    return f;
  };
  F.rag_green = coloured("green");
  F.rag_amber = coloured("amber");
  F.rag_red = coloured("red");
  F.sev_error = coloured("error");
  F.sev_warning = coloured("warning");
  F.sev_info = body();
  F.note = body();
  format_set_italic(F.note);
  auto marked = [&](const char *num_format, bool bold) {
    lxw_format *f = body();
    format_set_num_format(f, num_format);
    if (bold) format_set_bold(f);
    fill(f, st.colour("disagrees"));
    format_set_border(f, LXW_BORDER_THIN);
    return f;
  };
  F.money_marked = marked(money_fmt, false);
  F.money_bold_marked = marked(money_fmt, true);
  F.count_marked = marked("0", true);
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

SourceLinks SourceLinks::beside(const std::string &out_path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path dir = fs::absolute(out_path, ec).parent_path();
  return {fs::weakly_canonical(dir, ec).string()};
}

void write_report(const CheckResult &result, const ReportStyle &style, const std::string &out_path, std::time_t created,
                  std::uint32_t rows_per_sheet, std::optional<SourceLinks> links) {
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
  std::string stem = concat(".", target.filename().string());
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
  ctx.links = links ? *links : SourceLinks::beside(out_path);
  report::index_findings(ctx);
  // The template's names were checked when it was read (ReportStyle::apply).
  for (auto &name : style.sheets)
    if (const report::SheetWriter *sheet = report::find_sheet_writer(name)) sheet->write(ctx);
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
