// xlsx / xlsm ([MS-XLSX], ECMA-376): package relationships, workbook, shared
// strings, styles and sheets, each streamed through expat; no DOM is built.
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "import/read_error.hpp"
#include "import/reader.hpp"
#include "import/row_sink.hpp"
#include "import/shown_number.hpp"
#include "import/xlsx/cell_formulas.hpp"
#include "import/xlsx/number_formats.hpp"
#include "import/xlsx/number_text.hpp"
#include "import/xlsx/xstring.hpp"
#include "import/xml_stream.hpp"
#include "import/zip_package.hpp"

namespace fundbook {
namespace {

// Thrown when a row comes out of order after a RowSink took rows: the
// workbook is read again without the sink.
struct StreamRestart {};

struct Relationship {
  std::string type;
  std::string target; // resolved part name, empty if it points outside
  bool external = false;
};

std::string dir_of(const std::string &part) {
  auto slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash);
}

std::string rels_part_for(const std::string &part) {
  std::string dir = dir_of(part);
  std::string base = part.substr(dir.empty() ? 0 : dir.size() + 1);
  return (dir.empty() ? "" : dir + "/") + "_rels/" + base + ".rels";
}

template <class H> void parse_part(ZipPackage &zip, const std::string &part, H &handler, const Limits &limits) {
  XmlStream xml(handler, limits, part);
  zip.stream_into(
      part, [&](std::size_t n) { return xml.room(n); }, [&](std::size_t k) { xml.parse_room(k); });
  xml.finish();
}

struct RelsHandler : XmlHandler {
  std::string base_dir;
  std::map<std::string, Relationship> rels;
  void start(std::string_view name, const XmlAttrs &a) override {
    if (name != "Relationship") return;
    const char *id = a.get("Id");
    const char *target = a.get("Target");
    const char *type = a.get("Type");
    const char *mode = a.get("TargetMode");
    if (!id || !target) return;
    Relationship r;
    r.type = type ? type : "";
    r.external = mode && std::strcmp(mode, "External") == 0;
    if (!r.external) r.target = resolve_part(base_dir, target).value_or("");
    rels[id] = r;
  }
  void end(std::string_view) override {}
};

std::map<std::string, Relationship> read_rels(ZipPackage &zip, const std::string &for_part, const Limits &limits) {
  RelsHandler h;
  h.base_dir = dir_of(for_part);
  std::string rp = rels_part_for(for_part);
  if (!zip.has(rp)) return {};
  parse_part(zip, rp, h, limits);
  return h.rels;
}

// A whole-number attribute on every cell or row (a style index, a row
// number): plain digits are read here, anything else (a sign, spaces, more
// digits than `cap` needs) by std::atol, which costs several times this.
long attr_number(const char *s, long cap) {
  long n = 0;
  const char *d = s;
  for (; *d >= '0' && *d <= '9' && n <= cap; ++d) n = n * 10 + (*d - '0');
  return *d ? std::atol(s) : n;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

struct SheetEntry {
  std::string name;
  std::string rid;
  bool hidden = false;
};

struct WorkbookHandler : XmlHandler {
  std::vector<SheetEntry> sheets;
  bool date1904 = false;
  void start(std::string_view name, const XmlAttrs &a) override {
    if (name == "sheet") {
      SheetEntry s;
      if (const char *n = a.get("name")) s.name = n;
      if (const char *id = a.get("id")) s.rid = id;
      if (const char *st = a.get("state")) s.hidden = std::strcmp(st, "visible") != 0;
      sheets.push_back(std::move(s));
    } else if (name == "workbookPr") {
      if (const char *d = a.get("date1904")) date1904 = std::strcmp(d, "1") == 0 || std::strcmp(d, "true") == 0;
    }
  }
  void end(std::string_view) override {}
};

// Shared strings: plain <si><t>, rich text runs <si><r><t>; phonetic
// guides (<rPh>) are not part of the value.
struct SharedStringsHandler : XmlHandler {
  Workbook &wb;
  std::vector<std::uint32_t> &index;
  const Limits &limits;
  std::string cur;
  bool in_si = false, in_t = false;
  int in_rph = 0;
  SharedStringsHandler(Workbook &w, std::vector<std::uint32_t> &i, const Limits &l) : wb(w), index(i), limits(l) {}
  // sstItem: Excel 2007 beta's name for si (its files are still about).
  static bool item(std::string_view name) { return name == "si" || name == "sstItem"; }
  void start(std::string_view name, const XmlAttrs &) override {
    if (item(name)) {
      in_si = true;
      cur.clear();
    } else if (name == "rPh")
      ++in_rph;
    else if (name == "t" && in_si && !in_rph)
      in_t = true;
  }
  void end(std::string_view name) override {
    if (item(name)) {
      xlsx::decode_xstring(cur);
      index.push_back(wb.intern(std::move(cur)));
      cur.clear();
      in_si = false;
    } else if (name == "rPh")
      --in_rph;
    else if (name == "t")
      in_t = false;
  }
  void text(std::string_view s) override {
    if (!in_t) return;
    if (cur.size() + s.size() > limits.max_string_bytes)
      throw ReadError(ReadError::Kind::TooLarge, "a shared string is longer than the limit");
    cur.append(s);
  }
};

struct StylesHandler : XmlHandler {
  std::map<int, xlsx::Shown> custom_shown;
  std::vector<xlsx::Shown> xf_shown;
  bool in_cellxfs = false;
  void start(std::string_view name, const XmlAttrs &a) override {
    if (name == "numFmt") {
      const char *id = a.get("numFmtId");
      const char *code = a.get("formatCode");
      if (id && code) custom_shown[std::atoi(id)] = xlsx::format_code_shown(code);
    } else if (name == "cellXfs") {
      in_cellxfs = true;
    } else if (name == "xf" && in_cellxfs) {
      int id = 0;
      if (const char *n = a.get("numFmtId")) id = std::atoi(n);
      auto it = custom_shown.find(id);
      xf_shown.push_back(it != custom_shown.end() ? it->second : xlsx::builtin_format_shown(id));
    }
  }
  void end(std::string_view name) override {
    if (name == "cellXfs") in_cellxfs = false;
  }
};

struct SheetHandler : XmlHandler {
  Workbook &wb;
  Sheet &sheet;
  const std::vector<std::uint32_t> &shared;
  const std::vector<xlsx::Shown> &xf_shown;
  bool date1904;
  const Limits &limits;

  RowSink *sink = nullptr; // takes rows it has read (a long planning table's)
  std::size_t row_start = 0, row_formulas = 0;
  StringPool::Mark row_mark{};
  bool row_hidden = false, in_row = false, sink_took = false;
  std::size_t taken_cells = 0; // cells of rows the sink took
  std::uint32_t last_row = 0;
  bool any_row = false;

  std::uint32_t next_row = 0; // for rows without r
  std::uint32_t cur_row = 0;
  std::uint32_t next_col = 0; // for cells without r
  // current cell
  bool wide_warned = false;
  bool in_cell = false, in_v = false, in_is = false, in_t = false, has_f = false, has_v = false, saw_is = false;
  int in_rph = 0;
  // The cell's t attribute: n (or none), s, str, inlineStr, b, e, d, or other.
  enum class Kind { Number, Shared, Str, Inline, Bool, Error, Date, Other } kind = Kind::Number;
  std::string v, is_text;
  std::uint32_t col = 0;
  int style = 0;
  xlsx::CellFormulas formulas;
  // What made the current cell damaged (empty for nearly every cell): an r
  // that names no cell, a t no version of the format defines.
  std::string bad_ref, bad_type;

  SheetHandler(Workbook &w, Sheet &s, const std::vector<std::uint32_t> &sh, const std::vector<xlsx::Shown> &xd,
               bool d1904, const Limits &l)
      : wb(w), sheet(s), shared(sh), xf_shown(xd), date1904(d1904), limits(l) {}

  static Kind kind_of(const char *t) {
    // By first letter, then the rest: no length to work out first.
    switch (t[0]) {
    case '\0': return Kind::Number;
    case 'n': return t[1] ? Kind::Other : Kind::Number;
    case 's': return !t[1] ? Kind::Shared : std::strcmp(t, "str") == 0 ? Kind::Str : Kind::Other;
    case 'i': return std::strcmp(t, "inlineStr") == 0 ? Kind::Inline : Kind::Other;
    case 'b': return t[1] ? Kind::Other : Kind::Bool;
    case 'e': return t[1] ? Kind::Other : Kind::Error;
    case 'd': return t[1] ? Kind::Other : Kind::Date;
    default: return Kind::Other;
    }
  }

  // <c>: every cell of the sheet starts here.
  void start_cell(const XmlAttrs &a) {
    in_cell = true;
    has_f = has_v = saw_is = false;
    kind = Kind::Number;
    v.clear();
    is_text.clear();
    bad_ref.clear();
    bad_type.clear();
    style = 0;
    formulas.begin_cell();
    col = next_col;
    // One pass over the attributes: this runs for every cell of the sheet.
    for (const char **p = a.raw; p && *p; p += 2) {
      // Cell attributes are one letter and unprefixed; look further only if not.
      const char *n = p[0];
      char an = (n[0] && !n[1]) ? n[0] : '\0';
      if (!an) {
        std::string_view ln = local_name(n);
        if (ln.size() == 1) an = ln[0];
      }
      if (an == 't') {
        kind = kind_of(p[1]);
        if (kind == Kind::Other) bad_type = p[1];
      } else if (an == 's') {
        style = int(attr_number(p[1], 1000000));
      } else if (an == 'r') {
        if (auto ref = parse_a1(p[1])) { // the NUL-terminated overload: one pass
          col = ref->col;
          cur_row = ref->row;
        } else {
          // Not a cell: the cell goes where a cell without r would, and says so.
          bad_ref = p[1];
        }
      }
    }
    next_col = col + 1;
  }

  void start(std::string_view name, const XmlAttrs &a) override {
    if (name.size() == 1 && name[0] == 'c' && !in_cell) {
      start_cell(a);
      return;
    }
    if (in_cell) {
      if (name == "v") {
        in_v = true;
        has_v = true;
      } else if (name == "f") {
        has_f = true;
        formulas.start(a);
      } else if (name == "is") {
        in_is = true;
        saw_is = true;
      } else if (name == "rPh")
        ++in_rph;
      else if (name == "t" && in_is && !in_rph)
        in_t = true;
      return;
    }
    if (name == "row") {
      if (const char *r = a.get("r")) {
        long n = attr_number(r, 1048576);
        cur_row = n >= 1 && n <= 1048576 ? std::uint32_t(n - 1) : next_row;
      } else {
        cur_row = next_row;
      }
      next_row = cur_row + 1;
      next_col = 0;
      row_hidden = false;
      if (const char *h = a.get("hidden")) {
        if (std::strcmp(h, "1") == 0 || std::strcmp(h, "true") == 0) {
          sheet.hidden_rows.push_back(cur_row);
          row_hidden = true;
        }
      }
      if (sink) {
        // A sink sees rows in order; one out of order after it took some
        // means reading the workbook again without it.
        if (any_row && cur_row <= last_row && sink_took) throw StreamRestart();
        any_row = true;
        last_row = cur_row;
        in_row = true;
        row_start = sheet.cells.size();
        row_formulas = sheet.formulas.size();
        row_mark = wb.strings.mark();
      }
    } else if (name == "dimension") {
      // The sheet's used range, when the writer gives it: reserve the cells
      // once instead of letting the vector double (and copy) its way there.
      const char *ref = a.get("ref");
      if (auto range = ref ? parse_a1_range(ref) : std::nullopt) {
        auto [f, l] = *range;
        if (l.row >= f.row && l.col >= f.col) {
          std::uint64_t n = std::uint64_t(l.row - f.row + 1) * (l.col - f.col + 1);
          // A claimed range is only a hint: never reserve past the limit or absurdly much.
          if (n <= limits.max_cells_per_sheet && n <= (8u << 20)) sheet.cells.reserve(std::size_t(n));
          if (sink) sink->rows_expected(l.row + 1);
        }
      }
    } else if (name == "mergeCell") {
      const char *ref = a.get("ref");
      if (auto range = ref ? parse_a1_range(ref) : std::nullopt) sheet.merges.push_back({range->first, range->second});
    } else if (name == "col") {
      const char *h = a.get("hidden");
      if (h && (std::strcmp(h, "1") == 0 || std::strcmp(h, "true") == 0)) {
        long mn = a.get("min") ? std::atol(a.get("min")) : 0, mx = a.get("max") ? std::atol(a.get("max")) : 0;
        if (mn >= 1 && mx >= mn && mx <= 16384 && mx - mn < 1024) {
          for (long c = mn; c <= mx; ++c) sheet.hidden_cols.push_back(std::uint32_t(c - 1));
        }
      }
    }
  }

  void text(std::string_view s) override {
    if (in_v) {
      if (v.size() + s.size() > limits.max_string_bytes)
        throw ReadError(ReadError::Kind::TooLarge, "a cell value is longer than the limit");
      v.append(s);
    } else if (in_t) {
      if (is_text.size() + s.size() > limits.max_string_bytes)
        throw ReadError(ReadError::Kind::TooLarge, "a cell's text is longer than the limit");
      is_text.append(s);
    } else if (formulas.in_f()) {
      formulas.text(s);
    }
  }

  void end(std::string_view name) override {
    if (!in_cell) {
      if (in_row && name == "row") end_row();
      return;
    }
    if (name == "v") {
      in_v = false;
      return;
    }
    if (name == "t") {
      in_t = false;
      return;
    }
    if (name == "f") {
      formulas.end_f();
      return;
    }
    if (name == "rPh") {
      --in_rph;
      return;
    }
    if (name == "is") {
      in_is = false;
      return;
    }
    if (name != "c") return;
    in_cell = false;
    emit();
  }

  void end_row() {
    in_row = false;
    std::span<const Cell> cells(sheet.cells.data() + row_start, sheet.cells.size() - row_start);
    if (sink->row(cur_row, cells, row_hidden, wb)) {
      taken_cells += cells.size(); // still counted against the sheet's cell limit
      sheet.cells.resize(row_start);
      sheet.formulas.resize(row_formulas);
      sheet.note_row_not_kept(cur_row);
      wb.strings.rollback(row_mark);
      if (row_hidden) sheet.hidden_rows.pop_back();
      sink_took = true;
    }
  }

  void push(Cell c) {
    if (sheet.cells.size() + taken_cells >= limits.max_cells_per_sheet) {
      throw ReadError(ReadError::Kind::TooLarge,
                      "sheet '" + sheet.name + "' has more than " + std::to_string(limits.max_cells_per_sheet) +
                          " cells, over the limit",
                      ReadError::Location{sheet.name, std::nullopt});
    }
    sheet.cells.push_back(c);
  }

  // A cell whose value cannot be known: an error cell stands in for it, so no
  // sum through it is checked, and the damage is noted at its place.
  void push_damaged(Cell c, std::string what) {
    c.type = CellType::Error;
    c.str = wb.intern(kDamagedCellText);
    wb.note_damaged(sheet.name, CellRef{c.row, c.col}, std::move(what), true);
    push(c);
  }

  void emit() {
    if (col >= kMaxColumns) {
      if (!wide_warned) {
        wb.warnings.push_back("sheet '" + sheet.name +
                              "' has cells past column XFD, the last Excel has; they were not read");
        wide_warned = true;
      }
      return;
    }
    formulas.finish(wb, sheet, cur_row, col);
    Cell c;
    c.row = cur_row;
    c.col = std::uint16_t(col);
    c.formula = has_f;
    if (!bad_ref.empty()) {
      wb.note_damaged(sheet.name, CellRef{c.row, c.col},
                      "its reference '" + bad_ref.substr(0, 40) + "' names no cell; it was read as " +
                          a1(c.row, c.col) + ", the place after the cell before it",
                      false);
    }
    if (kind == Kind::Inline) {
      // The text is in <is>; a <v> here is not where Excel puts it.
      if (!saw_is) {
        if (!has_f) return;
        c.type = CellType::EmptyFormula;
      } else {
        c.type = CellType::String;
        xlsx::decode_xstring(is_text);
        c.str = wb.intern(is_text);
      }
      push(c);
      return;
    }
    if (!has_v || (v.empty() && kind != Kind::Str)) {
      if (has_f) {
        c.type = CellType::EmptyFormula;
        push(c);
      }
      return;
    }
    if (kind == Kind::Other) {
      push_damaged(c, "its type t=\"" + bad_type.substr(0, 40) + "\" is not one the format defines");
      return;
    }
    if (kind == Kind::Shared) {
      double idx = 0;
      if (!xlsx::parse_number(v, idx) || idx < 0 || idx >= double(shared.size())) {
        push_damaged(c, "it names shared string " + v.substr(0, 40) + ", which the file does not have (it has " +
                            std::to_string(shared.size()) + ")");
        return;
      }
      c.type = CellType::String;
      c.str = shared[std::size_t(idx)];
    } else if (kind == Kind::Str) {
      if (v.empty()) {
        c.type = CellType::EmptyFormula; // openpyxl reads an empty cached string as no value
        if (!has_f) return;
      } else {
        c.type = CellType::String;
        c.str = wb.intern(v);
      }
    } else if (kind == Kind::Bool) {
      c.type = CellType::Bool;
      c.number = (v == "1" || v == "true") ? 1 : 0;
    } else if (kind == Kind::Error) {
      c.type = CellType::Error;
      c.str = wb.intern(v);
    } else if (kind == Kind::Date) {
      c.type = CellType::Date;
      c.str = wb.intern(v);
    } else {
      double d = 0;
      if (!xlsx::parse_number(v, d)) {
        // Excel refuses such a file; the text is most likely what was meant, so
        // it is kept, but said, since a figure may have been lost with it.
        wb.note_damaged(sheet.name, CellRef{c.row, c.col},
                        "it is marked as a number but holds '" + v.substr(0, 40) + "'; it was read as text", false);
        c.type = CellType::String;
        c.str = wb.intern(v);
      } else {
        xlsx::Shown shown =
            style >= 0 && std::size_t(style) < xf_shown.size() ? xf_shown[std::size_t(style)] : xlsx::Shown::Number;
        set_shown_number(c, d, shown, date1904, wb);
      }
    }
    push(c);
  }
};

} // namespace

Workbook XlsxReader::read(const std::string &path, const Limits &limits) const {
  if (!sink_) return read_with(path, limits, nullptr);
  try {
    return read_with(path, limits, sink_);
  } catch (const StreamRestart &) {
    sink_->abandon();
    return read_with(path, limits, nullptr);
  }
}

Workbook XlsxReader::read_with(const std::string &path, const Limits &limits, RowSink *sink) const {
  ZipPackage zip(path, limits);
  Workbook wb;
  wb.path = path;
  wb.format = "xlsx";

  // The package's own relationships name the workbook part; fall back to the
  // usual name for packages written without them.
  std::string wb_part;
  std::map<std::string, Relationship> package_rels;
  try {
    package_rels = read_rels(zip, "", limits);
  } catch (const ReadError &) {
    // A damaged package index still leaves the usual workbook part to try.
    wb.warnings.push_back("the package's relationship part is damaged; the workbook was found by its usual name");
  }
  for (auto &[id, r] : package_rels) {
    if (ends_with(r.type, "/officeDocument") && !r.target.empty() && zip.has(r.target)) wb_part = r.target;
  }
  if (wb_part.empty()) {
    if (zip.has("xl/workbook.xml"))
      wb_part = "xl/workbook.xml";
    else if (zip.has("xl/workbook.bin"))
      throw ReadError(ReadError::Kind::Unsupported, "binary .xlsb workbooks are not supported: save as .xlsx");
    else if (zip.has("content.xml"))
      throw ReadError(ReadError::Kind::Unsupported,
                      "this is an OpenDocument file with an Excel name: rename it to .ods");
    else
      throw ReadError(ReadError::Kind::Unsupported, "this zip file is not an Excel workbook (it has no workbook part)");
  }
  if (ends_with(wb_part, ".bin"))
    throw ReadError(ReadError::Kind::Unsupported, "binary .xlsb workbooks are not supported: save as .xlsx");

  WorkbookHandler wbh;
  parse_part(zip, wb_part, wbh, limits);
  auto rels = read_rels(zip, wb_part, limits);

  std::vector<std::uint32_t> shared;
  std::vector<xlsx::Shown> xf_shown;
  std::string ss_part, styles_part;
  for (auto &[id, r] : rels) {
    if (ends_with(r.type, "/sharedStrings"))
      ss_part = r.target;
    else if (ends_with(r.type, "/styles"))
      styles_part = r.target;
  }
  if (ss_part.empty() && zip.has("xl/sharedStrings.xml")) ss_part = "xl/sharedStrings.xml";
  if (styles_part.empty() && zip.has("xl/styles.xml")) styles_part = "xl/styles.xml";
  if (!ss_part.empty() && zip.has(ss_part)) {
    SharedStringsHandler h(wb, shared, limits);
    parse_part(zip, ss_part, h, limits);
  }
  if (!styles_part.empty() && zip.has(styles_part)) {
    StylesHandler h;
    parse_part(zip, styles_part, h, limits);
    xf_shown = std::move(h.xf_shown);
  }

  for (auto &entry : wbh.sheets) {
    auto it = rels.find(entry.rid);
    if (it == rels.end()) continue;
    const Relationship &r = it->second;
    // Chartsheets and dialog sheets hold no cells; Excel 4 macro sheets do.
    if (!ends_with(r.type, "/worksheet") && !ends_with(r.type, "/xlMacrosheet") &&
        !ends_with(r.type, "/xlIntlMacrosheet"))
      continue;
    Sheet sheet;
    sheet.name = entry.name;
    sheet.hidden = entry.hidden;
    if (r.target.empty()) {
      wb.warnings.push_back("sheet '" + entry.name + "' points outside the package and was not read");
      wb.sheets.push_back(std::move(sheet));
      continue;
    }
    if (!zip.has(r.target)) {
      wb.warnings.push_back("sheet '" + entry.name + "' is missing from the file (no part " + r.target + ")");
      wb.sheets.push_back(std::move(sheet));
      continue;
    }
    SheetHandler h(wb, sheet, shared, xf_shown, wbh.date1904, limits);
    h.sink = sink;
    if (sink) sink->sheet_begins(sheet.name);
    parse_part(zip, r.target, h, limits);
    if (sink) sink->sheet_ends();
    finish_sheet(sheet);
    wb.sheets.push_back(std::move(sheet));
  }
  bool any_read = false;
  for (auto &s : wb.sheets) any_read = any_read || !s.cells.empty();
  if (!any_read && !wb.warnings.empty()) {
    throw ReadError(ReadError::Kind::Damaged,
                    wb.warnings.front() + ": the file is damaged; open it in Excel and save it again");
  }
  return wb;
}

} // namespace fundbook
