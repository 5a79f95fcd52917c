#include "import/xlsx/xlsx_sheet.hpp"

#include <cstdlib>
#include <cstring>
#include <optional>
#include <span>

#include "import/read_error.hpp"
#include "import/shown_number.hpp"
#include "import/xlsx/cell_formulas.hpp"
#include "import/xlsx/number_text.hpp"
#include "import/xlsx/xlsx_package.hpp"
#include "import/xlsx/xstring.hpp"

namespace fundbook::xlsx {
namespace {

// A whole-number attribute on every cell or row (a style index, a row
// number): plain digits are read here, anything else (a sign, spaces, more
// digits than `cap` needs) by std::atol, which costs several times this.
long attr_number(const char *s, long cap) {
  long n = 0;
  const char *d = s;
  for (; *d >= '0' && *d <= '9' && n <= cap; ++d) n = n * 10 + (*d - '0');
  return *d ? std::atol(s) : n;
}

struct SheetHandler : XmlHandler {
  Workbook &wb;
  Sheet &sheet;
  const std::vector<std::uint32_t> &shared;
  const std::vector<NumberFormat> &xf_shown;
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
  CellFormulas formulas;
  // What made the current cell damaged (empty for nearly every cell): an r
  // that names no cell, a t no version of the format defines.
  std::string bad_ref, bad_type;

  SheetHandler(Workbook &w, Sheet &s, const std::vector<std::uint32_t> &sh, const std::vector<NumberFormat> &xd,
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
        decode_xstring(is_text);
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
      if (!parse_number(v, idx) || idx < 0 || idx >= double(shared.size())) {
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
      if (!parse_number(v, d)) {
        // Excel refuses such a file; the text is most likely what was meant, so
        // it is kept, but said, since a figure may have been lost with it.
        wb.note_damaged(sheet.name, CellRef{c.row, c.col},
                        "it is marked as a number but holds '" + v.substr(0, 40) + "'; it was read as text", false);
        c.type = CellType::String;
        c.str = wb.intern(v);
      } else {
        NumberFormat format =
            style >= 0 && std::size_t(style) < xf_shown.size() ? xf_shown[std::size_t(style)] : NumberFormat{};
        set_shown_number(c, d, format, date1904, wb);
      }
    }
    push(c);
  }
};

} // namespace

void read_sheet(ZipPackage &zip, const std::string &part, const SheetContext &context, Sheet &sheet, Workbook &wb) {
  SheetHandler h(wb, sheet, context.shared, context.xf_shown, context.date1904, context.limits);
  h.sink = context.sink;
  if (h.sink) h.sink->sheet_begins(sheet.name);
  stream_xml_part(zip, part, h, context.limits, context.parser);
  if (h.sink) h.sink->sheet_ends();
  finish_sheet(sheet);
}

} // namespace fundbook::xlsx
