// OpenDocument spreadsheets (ODF 1.2): content.xml streamed through the
// tokenizer of import/xml_pull.hpp (expat where it is not certain).
// Repeated rows and columns are counted, never materialised when empty.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "import/formula/ods_formula.hpp"
#include "import/ods/ods_number_styles.hpp"
#include "import/ods/ods_time.hpp"
#include "import/read_error.hpp"
#include "import/reader.hpp"
#include "import/xml_part.hpp"
#include "import/xml_pull.hpp"
#include "import/xml_stream.hpp"
#include "import/xlsx/number_text.hpp"
#include "import/zip_package.hpp"

namespace fundbook {
namespace {

// Hidden tables are marked by their style (table:display="false").
struct StylesHandler : XmlHandler {
  std::map<std::string, bool> hidden_table_style;
  ElapsedTimeStyles elapsed;
  NumberStyles numbers;
  std::string cur;
  void start(std::string_view name, const XmlAttrs &a) override {
    elapsed.start(name, a);
    numbers.start(name, a);
    if (name == "style") {
      const char *n = a.get("name");
      cur = n ? n : "";
    } else if (name == "table-properties" && !cur.empty()) {
      const char *d = a.get("display");
      if (d && std::strcmp(d, "false") == 0) hidden_table_style[cur] = true;
    }
  }
  void end(std::string_view name) override {
    numbers.end(name);
    if (name == "style") cur.clear();
  }
};

std::string iso_from_ods_date(const char *v) {
  std::string s(v);
  if (s.size() == 10) s += "T00:00:00";
  return s;
}

std::string iso_from_ods_time(const char *v) {
  // PT12H30M00S -> 12:30:00
  std::string s(v);
  long h = 0, m = 0;
  double sec = 0;
  const char *p = s.c_str();
  if (*p == '-') ++p;
  if (*p == 'P') ++p;
  if (*p == 'T') ++p;
  while (*p) {
    char *end = nullptr;
    double n = std::strtod(p, &end);
    if (end == p || !*end) break;
    if (*end == 'H')
      h = long(n);
    else if (*end == 'M')
      m = long(n);
    else if (*end == 'S')
      sec = n;
    else if (*end == 'D')
      h += long(n) * 24;
    p = end + 1;
  }
  char buf[48];
  long whole = long(sec);
  long micros = std::lround((sec - double(whole)) * 1e6);
  if (micros >= 1000000) {
    micros -= 1000000;
    ++whole;
  }
  if (micros)
    std::snprintf(buf, sizeof buf, "%02ld:%02ld:%02ld.%06ld", h, m, whole, micros);
  else
    std::snprintf(buf, sizeof buf, "%02ld:%02ld:%02ld", h, m, whole);
  return buf;
}

// A cell's attributes, found in one pass over them: a sheet has a million
// cells, and looking each attribute up by name walked them all again. As
// XmlAttrs::get, the first attribute of a local name counts.
struct CellAttrs {
  const char *repeated = nullptr, *formula = nullptr, *cols_spanned = nullptr, *rows_spanned = nullptr,
             *value_type = nullptr, *value = nullptr, *date_value = nullptr, *time_value = nullptr,
             *boolean_value = nullptr, *string_value = nullptr, *style_name = nullptr;
  explicit CellAttrs(const XmlAttrs &a) {
    for (const char **p = a.raw; p && *p; p += 2) {
      const char *&slot = slot_of(local_name(p[0]));
      if (!slot) slot = p[1];
    }
  }

private:
  const char *ignored_ = nullptr;
  // The slot of an attribute by its local name: by its length first, then
  // one comparison of known length (a cell has four or five attributes, and
  // a tracker a million cells). Names of no interest go to ignored_.
  const char *&slot_of(std::string_view n) {
    auto eq = [&](std::string_view word) { return std::memcmp(n.data(), word.data(), word.size()) == 0; };
    switch (n.size()) {
    case 5:
      if (eq("value")) return value;
      break;
    case 7:
      if (eq("formula")) return formula;
      break;
    case 10:
      if (eq("value-type")) return value_type;
      if (eq("style-name")) return style_name;
      if (eq("date-value")) return date_value;
      if (eq("time-value")) return time_value;
      break;
    case 12:
      if (eq("string-value")) return string_value;
      break;
    case 13:
      if (eq("boolean-value")) return boolean_value;
      break;
    case 19:
      if (eq("number-rows-spanned")) return rows_spanned;
      break;
    case 22:
      if (eq("number-columns-spanned")) return cols_spanned;
      break;
    case 23:
      if (eq("number-columns-repeated")) return repeated;
      break;
    default: break;
    }
    ignored_ = nullptr;
    return ignored_;
  }
};

struct ContentHandler : XmlHandler {
  Workbook &wb;
  const Limits &limits;
  // content.xml's own automatic styles come before its body (ODF 1.2,
  // 3.3): they are collected on the way to it, so the part is parsed once.
  StylesHandler &styles;
  const std::map<std::string, bool> &hidden_styles;
  const ElapsedTimeStyles &elapsed;
  bool in_body = false;
  ContentHandler(Workbook &w, const Limits &l, StylesHandler &s)
      : wb(w), limits(l), styles(s), hidden_styles(s.hidden_table_style), elapsed(s.elapsed) {}

  Sheet *sheet = nullptr;
  std::uint32_t row = 0, col = 0;
  std::uint32_t row_repeat = 1;
  bool row_hidden = false;
  std::vector<Cell> row_cells;
  std::vector<CellFormula> row_formulas;   // row set when the row ends
  std::optional<std::string> cell_formula; // the current cell's, in A1 syntax
  std::uint32_t col_def = 0;               // table-column definitions, for hidden columns
  // The step each column's default cell style shows a number to, as runs
  // (first column, step): a cell without a style of its own takes its column's.
  std::vector<std::pair<std::uint32_t, std::uint8_t>> col_steps;
  // current cell
  bool in_cell = false;
  std::uint32_t cell_repeat = 1;
  Cell cell;
  bool has_value = false;
  std::string content;
  int paragraphs = 0;
  int in_p = 0;
  int in_annotation = 0;
  std::uint32_t span_cols = 0, span_rows = 0;
  std::string damage; // why the current cell cannot be read as written, if it cannot
  // Copies of repeated cells with content a sheet, and the whole workbook,
  // may still make. A file may claim a row a million times in a few bytes;
  // past this the row (or cell) is held once and the note says so, so what
  // a file costs is bounded by what it holds, however many sheets claim it.
  // Real sheets repeat content a few times, far below it.
  static constexpr std::uint64_t kRepeatBudget = 100000;
  // LibreOffice's largest sheet (Excel's holds 1,048,576 rows).
  static constexpr std::uint32_t kRowCeiling = 1U << 24;
  static constexpr std::uint64_t kWorkbookRepeatBudget = 1000000;
  std::uint64_t repeat_budget = kRepeatBudget;
  std::uint64_t workbook_repeat_budget = kWorkbookRepeatBudget;
  // How far through content.xml the reading is (stream_xml_part keeps it),
  // where the current sheet began, and whether its cells were reserved.
  PartProgress progress;
  std::uint64_t sheet_began = 0;
  bool sheet_reserved = false;

  // content.xml gives no used range to reserve a sheet's cells from. Once
  // they pass 65,536 and would grow, the rest is estimated from the cells a
  // byte so far times the bytes left, and reserved once: a 100,000-row
  // sheet's 1.2 million cells were copied, and their pages touched, again at
  // each doubling. Only a hint (the vector grows on past it): at most the
  // cell limit and 8 million, as the xlsx reader's; the reserve's untouched
  // pages cost nothing.
  void reserve_ahead(std::uint64_t adding) {
    std::vector<Cell> &cells = sheet->cells;
    std::uint64_t read = progress.fed - std::min(progress.fed, sheet_began);
    if (sheet_reserved || cells.size() < 65536 || cells.size() + adding <= cells.capacity() || read == 0 ||
        progress.size <= progress.fed)
      return;
    sheet_reserved = true;
    std::uint64_t left = progress.size - progress.fed;
    std::uint64_t n = cells.size() + adding + cells.size() * left / read;
    n = std::min<std::uint64_t>({n + n / 8, limits.max_cells_per_sheet, std::uint64_t(8) << 20});
    if (n > cells.capacity()) cells.reserve(std::size_t(n));
  }

  // How many copies of something with content to make: all of them while the
  // budgets last, else one, with a note.
  std::uint32_t copies(std::uint32_t repeat, std::uint64_t cells_each, const char *what, std::uint32_t at_row,
                       std::uint32_t at_col) {
    std::uint64_t extra = std::uint64_t(repeat - 1) * cells_each;
    if (extra <= repeat_budget && extra <= workbook_repeat_budget) {
      repeat_budget -= extra;
      workbook_repeat_budget -= extra;
      return repeat;
    }
    wb.placed_warnings.push_back(
        {sheet->name, CellRef{at_row, at_col},
         "sheet '" + sheet->name + "': " + what + " " +
             (std::string_view(what) == "row" ? std::to_string(at_row + 1) : a1(at_row, at_col)) + " is repeated " +
             std::to_string(repeat) +
             " times in the file; it was read once, so a total that counts its copies will not agree"});
    return 1;
  }

  void start(std::string_view name, const XmlAttrs &a) override {
    if (!in_body) {
      // A table outside a body (a part written by hand) is still read.
      in_body = name == "body" || name == "table";
      if (!in_body) {
        styles.start(name, a);
        return;
      }
    }
    if (in_annotation) {
      if (name == "annotation") ++in_annotation;
      return;
    }
    if (name == "table") {
      wb.sheets.emplace_back();
      sheet = &wb.sheets.back();
      if (const char *n = a.get("name")) sheet->name = n;
      if (const char *st = a.get("style-name")) sheet->hidden = hidden_styles.contains(st);
      row = 0;
      col_def = 0;
      col_steps.clear();
      repeat_budget = kRepeatBudget;
      sheet_began = progress.fed;
      sheet_reserved = false;
    } else if (!sheet) {
      return;
    } else if (name == "table-column") {
      std::uint32_t rep = 1;
      if (const char *r = a.get("number-columns-repeated")) rep = std::uint32_t(std::max(1L, std::atol(r)));
      const char *vis = a.get("visibility");
      if (vis && std::strcmp(vis, "visible") != 0 && rep < 1024) {
        for (std::uint32_t i = 0; i < rep && col_def + i < 16384; ++i) sheet->hidden_cols.push_back(col_def + i);
      }
      std::uint8_t step = styles.numbers.step(a.get("default-cell-style-name"));
      if (col_steps.empty() ? step != shown_step::kUnknown : col_steps.back().second != step)
        col_steps.emplace_back(col_def, step);
      col_def += rep;
    } else if (name == "table-row") {
      row_repeat = 1;
      if (const char *r = a.get("number-rows-repeated"))
        row_repeat = std::uint32_t(std::max(1L, std::min(std::atol(r), 1048576L)));
      const char *vis = a.get("visibility");
      row_hidden = vis && std::strcmp(vis, "visible") != 0;
      col = 0;
      row_cells.clear();
      row_formulas.clear();
    } else if (name == "table-cell" || name == "covered-table-cell") {
      in_cell = true;
      const CellAttrs ca(a);
      cell_repeat = 1;
      if (ca.repeated) cell_repeat = std::uint32_t(std::max(1L, std::min(std::atol(ca.repeated), 16384L)));
      cell = Cell{};
      cell.row = row;
      cell.col = std::uint16_t(std::min(col, kMaxColumns - 1));
      const char *f = ca.formula;
      cell.formula = f != nullptr;
      cell_formula = f ? formula::ods_to_a1(f) : std::nullopt;
      has_value = false;
      content.clear();
      damage.clear();
      paragraphs = 0;
      span_cols = span_rows = 0;
      if (ca.cols_spanned) span_cols = std::uint32_t(std::atol(ca.cols_spanned));
      if (ca.rows_spanned) span_rows = std::uint32_t(std::atol(ca.rows_spanned));
      const char *type = ca.value_type;
      if (!type) return;
      std::string_view t(type);
      if (t == "float" || t == "currency" || t == "percentage") {
        if (const char *v = ca.value) {
          cell.type = CellType::Number;
          cell.shown = t == "percentage" ? shown_step::kUnknown : shown_of(ca.style_name);
          has_value = true;
          // A decimal (nearly every value) is read by the xlsx reader's
          // parse, which gives the double strtod gives (both round
          // correctly) at a fraction of its cost; anything else by strtod.
          bool decimal = (v[0] >= '0' && v[0] <= '9') || (v[0] == '-' && v[1] >= '0' && v[1] <= '9');
          if (!decimal || !xlsx::parse_number(v, cell.number)) {
            char *end = nullptr;
            cell.number = std::strtod(v, &end);
            while (end && (*end == ' ' || *end == '\t' || *end == '\n' || *end == '\r')) ++end;
            if (end == v || (end && *end)) damage = "its value '" + std::string(v).substr(0, 40) + "' is not a number";
          }
        }
      } else if (t == "date") {
        if (const char *v = ca.date_value) {
          cell.type = CellType::Date;
          cell.str = wb.intern(iso_from_ods_date(v));
          has_value = true;
        }
      } else if (t == "time") {
        if (const char *v = ca.time_value) {
          auto days = duration_days(v);
          if (days && elapsed.elapsed(ca.style_name)) {
            cell.type = CellType::Number; // a duration, as the xlsx reader gives [h]:mm
            cell.number = *days;
          } else {
            cell.type = CellType::Date;
            cell.str = wb.intern(iso_from_ods_time(v));
          }
          has_value = true;
        }
      } else if (t == "boolean") {
        if (const char *v = ca.boolean_value) {
          cell.type = CellType::Bool;
          cell.number = std::strcmp(v, "true") == 0 ? 1 : 0;
          has_value = true;
        }
      } else if (t == "string") {
        if (const char *v = ca.string_value) {
          cell.type = CellType::String;
          cell.str = wb.intern(v);
          has_value = true;
        }
      } else if (t != "void") {
        // Its text, as shown, is still read: only the type is unknown.
        wb.note_damaged(sheet->name, CellRef{row, cell.col},
                        "its value type '" + std::string(t.substr(0, 40)) +
                            "' is not one OpenDocument defines; the text it shows was read",
                        false);
      }
    } else if (in_cell) {
      if (name == "annotation") {
        ++in_annotation;
        return;
      }
      if (name == "p" || name == "h") {
        if (paragraphs++ > 0) content += '\n';
        ++in_p;
      } else if (name == "s" && in_p) {
        long n = 1;
        if (const char *c = a.get("c")) n = std::max(1L, std::min(std::atol(c), 1000L));
        content.append(std::size_t(n), ' ');
      } else if (name == "tab" && in_p) {
        content += '\t';
      } else if (name == "line-break" && in_p) {
        content += '\n';
      }
    }
  }

  // The step a number cell's data style shows it to: its own cell style's,
  // else its column's default.
  std::uint8_t shown_of(const char *cell_style) const {
    if (cell_style) return styles.numbers.step(cell_style);
    auto after = std::upper_bound(col_steps.begin(), col_steps.end(), col,
                                  [](std::uint32_t c, const auto &run) { return c < run.first; });
    return after == col_steps.begin() ? shown_step::kUnknown : std::prev(after)->second;
  }

  void text_cb(std::string_view s) {
    if (in_cell && in_p && !in_annotation) {
      if (content.size() + s.size() > limits.max_string_bytes)
        throw ReadError(ReadError::Kind::TooLarge, "a cell's text is longer than the limit");
      content.append(s);
    }
  }
  void text(std::string_view s) override { text_cb(s); }

  void end(std::string_view name) override {
    if (!in_body) {
      styles.end(name);
      return;
    }
    if (in_annotation) {
      if (name == "annotation") --in_annotation;
      return;
    }
    if (!sheet) return;
    if (name == "p" || name == "h") {
      if (in_p) --in_p;
    } else if (name == "table-cell" || name == "covered-table-cell") {
      in_cell = false;
      bool emit = has_value;
      if (!has_value && !content.empty()) {
        cell.type = CellType::String;
        cell.str = wb.intern(content);
        emit = true;
      }
      if (!emit && cell.formula) {
        cell.type = CellType::EmptyFormula;
        emit = true;
      }
      if (span_cols > 1 || span_rows > 1) {
        sheet->merges.push_back(
            {CellRef{row, col}, CellRef{row + std::max(1u, span_rows) - 1, col + std::max(1u, span_cols) - 1}});
      }
      if (!damage.empty()) {
        // The value cannot be known: an error cell stands in, so no sum through it is checked.
        cell.type = CellType::Error;
        cell.str = wb.intern(kDamagedCellText);
        wb.note_damaged(sheet->name, CellRef{row, cell.col}, damage, true);
        emit = true;
      }
      if (emit) {
        std::uint32_t text = cell_formula ? wb.intern(*cell_formula) : 0;
        std::uint32_t n = cell_repeat > 1 ? copies(cell_repeat, 1, "cell", row, cell.col) : 1;
        for (std::uint32_t i = 0; i < n && col + i < kMaxColumns; ++i) {
          Cell c = cell;
          c.col = std::uint16_t(col + i);
          row_cells.push_back(c);
          if (cell_formula) row_formulas.push_back({0, c.col, 0, text});
        }
      }
      col += cell_repeat;
    } else if (name == "table-row") {
      // A repeated row with content is real content (rare); empty repeats
      // just advance the row counter.
      if (!row_cells.empty() && row >= kRowCeiling)
        throw ReadError(ReadError::Kind::Damaged,
                        "sheet '" + sheet->name +
                            "' has content below row 16,777,216, more rows than any spreadsheet holds: the file "
                            "is damaged or was not written by a spreadsheet; open it in LibreOffice and save it again",
                        ReadError::Location{sheet->name, std::nullopt});
      if (!row_cells.empty()) {
        std::uint32_t n = row_repeat > 1 ? copies(row_repeat, row_cells.size(), "row", row, row_cells.front().col) : 1;
        if (n < row_repeat) sheet->rows_held_once.push_back({row, row_repeat});
        // Refuse before copying: what the copies would add must fit the sheet's limit.
        if (sheet->cells.size() + std::uint64_t(row_cells.size()) * n > limits.max_cells_per_sheet)
          throw ReadError(ReadError::Kind::TooLarge, "sheet '" + sheet->name + "' has more cells than the limit",
                          ReadError::Location{sheet->name, std::nullopt});
        reserve_ahead(std::uint64_t(row_cells.size()) * n);
        for (std::uint32_t k = 0; k < n; ++k) {
          for (Cell c : row_cells) {
            c.row = row + k;
            if (sheet->cells.size() >= limits.max_cells_per_sheet)
              throw ReadError(ReadError::Kind::TooLarge, "sheet '" + sheet->name + "' has more cells than the limit",
                              ReadError::Location{sheet->name, std::nullopt});
            sheet->cells.push_back(c);
          }
          for (CellFormula f : row_formulas) {
            f.row = row + k;
            sheet->formulas.push_back(f);
          }
        }
      }
      if (row_hidden && row_repeat < 1024) {
        for (std::uint32_t k = 0; k < row_repeat; ++k) sheet->hidden_rows.push_back(row + k);
      }
      // Held at the ceiling, so thousands of rows each repeated a million
      // times cannot wrap the counter and lay later cells over the first rows.
      row = std::uint32_t(std::min<std::uint64_t>(std::uint64_t(row) + row_repeat, kRowCeiling));
    } else if (name == "table") {
      finish_sheet(*sheet);
      // Trailing hidden rows/cols beyond content are formatting, not data.
      sheet = nullptr;
    }
  }
};

} // namespace

namespace {

// content.xml by this reader's own XML tokenizer (fast) or by expat.
Workbook read_ods(const std::string &path, const Limits &limits, XmlParser parser) {
  ZipPackage zip(path, limits);
  Workbook wb;
  wb.path = path;
  wb.format = "ods";
  if (!zip.has("content.xml"))
    throw ReadError(ReadError::Kind::Damaged, "this OpenDocument file has no content part: the file is damaged");
  if (zip.has("META-INF/manifest.xml")) {
    std::string manifest = zip.read_all("META-INF/manifest.xml");
    if (manifest.find("encryption-data") != std::string::npos)
      throw ReadError(ReadError::Kind::Encrypted, "password-protected: save an unprotected copy");
  }
  StylesHandler styles;
  // Number formats used by cells are often here rather than in content.xml.
  if (zip.has("styles.xml")) stream_xml_part(zip, "styles.xml", styles, limits, XmlParser::Expat);
  ContentHandler h(wb, limits, styles);
  stream_xml_part(zip, "content.xml", h, limits, parser, &h.progress);
  return wb;
}

} // namespace

Workbook OdsReader::read(const std::string &path, const Limits &limits) const {
  // Whatever the tokenizer is not certain of, expat reads from the start:
  // the same cells, or the message it always gave.
  try {
    return read_ods(path, limits, XmlParser::Own);
  } catch (const XmlPull::Unsure &) {}
  return read_ods(path, limits, XmlParser::Expat);
}

} // namespace fundbook
