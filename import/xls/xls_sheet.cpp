#include "import/xls/xls_sheet.hpp"

#include <algorithm>

#include "import/read_error.hpp"
#include "import/shown_number.hpp"
#include "import/text_encoding.hpp"
#include "import/xls/biff_old.hpp"
#include "import/xls/biff_values.hpp"
#include "import/xls/span_reader.hpp"
#include "import/xlsx/number_formats.hpp"

namespace fundbook::xls {
namespace {

DamagedSheet sheet_damage(const std::string &sheet, const std::string &where, const char *consequence) {
  return {sheet, "sheet '" + sheet + "' is damaged " + where + ": " + consequence +
                     "; open the file in Excel or LibreOffice and save it again, or ask for a fresh copy"};
}

constexpr const char *kRestMissing =
    "the cells before that point were read, any after it are missing, so totals on this sheet may not have been "
    "checked";
constexpr const char *kRecordSkipped =
    "that record was skipped and the rest of the sheet read, but what it held is missing, so a total through it "
    "may be wrong";
constexpr const char *kRecordResized = "that cell was read at the length its type always has and the rest of the "
                                       "sheet read; check that the figures near it are as they should be";

// BIFF5 8-bit text is in the workbook's code page; UK files are Windows-1252
// (or plain ASCII), which to_utf8 reads.
std::string narrow(std::string_view bytes) { return to_utf8(bytes); }

Cell cell_at(std::uint16_t row, std::uint16_t col) {
  Cell c;
  c.row = row;
  c.col = col;
  return c;
}

// Reads one sheet's records, one function per record type.
class SheetReader {
public:
  SheetReader(RecordStream &rs, const SheetContext &context, Workbook &wb, Sheet &sheet)
      : rs_(rs), stream_(rs.stream()), cx_(context), g_(context.globals), wb_(wb), sheet_(sheet) {}

  // From the record after the sheet's BOF; false when its records stopped
  // before the sheet's own EOF.
  bool read() {
    Record r;
    int depth = 0; // inside an embedded chart's substream when > 0
    while (rs_.next(r)) {
      if (std::string why = out_of_step_reason(r, rs_.cut(), depth == 0); !why.empty()) {
        Step step = step_over(r, why);
        if (step == Step::Stop) return true; // noted as damaged: not "ended early" as well
        if (step == Step::Skip) continue;
      }
      if (r.type == 0x0809) { // BOF of an embedded chart substream
        ++depth;
        continue;
      }
      if (r.type == 0x000A) { // EOF
        if (depth-- == 0) return true;
        continue;
      }
      if (depth == 0) cell_record(r);
    }
    return false;
  }

  void finish() { formulas_.finish(wb_, sheet_, cx_.extern_sheets); }

private:
  enum class Step { Read, Skip, Stop };

  // One damaged record among good ones (a changed type, or a cell's
  // length) is stepped over when the records after it read in step;
  // otherwise the rest of the sheet cannot be found.
  Step step_over(Record &r, const std::string &why) {
    std::size_t fixed = fixed_cell_record_size(r.type);
    bool unknown = !plausible_record_type(r.type);
    std::size_t resume = rs_.cut() ? 0 : unknown ? r.offset + 4 + r.data.size() : fixed ? r.offset + 4 + fixed : 0;
    bool recovered = resume && resume <= stream_.size() && in_step_at(stream_, resume);
    std::string where =
        (recovered ? "at byte " : "from byte ") + std::to_string(r.offset) + " of the workbook stream (" + why + ")";
    wb_.damaged_sheets.push_back(sheet_damage(sheet_.name, where,
                                              !recovered ? kRestMissing
                                              : unknown  ? kRecordSkipped
                                                         : kRecordResized));
    if (!recovered) return Step::Stop;
    rs_.seek(resume);
    if (unknown) return Step::Skip;
    r.data = stream_.substr(r.offset + 4, fixed);
    return Step::Read;
  }

  void cell_record(const Record &r) {
    switch (r.type) {
    case 0x00FD: label_sst(r); break;
    case 0x0204:
    case 0x00D6: label(r); break; // LABEL, RSTRING
    case 0x0203: number(r); break;
    case 0x027E: rk(r); break;
    case 0x00BD: mul_rk(r); break;
    case 0x0205: bool_err(r); break;
    case 0x0006:
    case 0x0206:
    case 0x0406: formula(r); break; // FORMULA (and its BIFF3/4 ids some writers use)
    case 0x0207: string(r); break;
    case 0x04BC: // SHRFMLA, [MS-XLS] 2.4.260
      if (g_.biff8) formulas_.shared(r.data);
      break;
    case 0x0221: // ARRAY, [MS-XLS] 2.4.4
      if (g_.biff8) formulas_.array(r.data);
      break;
    case 0x00E5: merge_cells(r); break;
    case 0x0208: row(r); break;
    case 0x007D: col_info(r); break;
    case 0x0200: dimensions(r); break;
    default: old(r); break;
    }
  }

  void push(const Cell &c) {
    if (sheet_.cells.size() >= cx_.limits.max_cells_per_sheet)
      throw ReadError(ReadError::Kind::TooLarge, "sheet '" + sheet_.name + "' has more cells than the limit",
                      ReadError::Location{sheet_.name, std::nullopt});
    sheet_.cells.push_back(c);
  }

  void number_cell(std::uint16_t row, std::uint16_t col, std::uint16_t xf, double v, bool is_formula) {
    Cell c = cell_at(row, col);
    c.formula = is_formula;
    set_shown_number(c, v, xf < g_.xf_shown.size() ? g_.xf_shown[xf] : xlsx::NumberFormat{}, g_.date1904, wb_);
    push(c);
  }

  // A cell record that cannot be read as written: an error cell stands in
  // for its value and the damage is noted at its place.
  void damaged(std::uint16_t row, std::uint16_t col, std::string what) {
    Cell c = cell_at(row, col);
    c.type = CellType::Error;
    c.str = wb_.intern(kDamagedCellText);
    wb_.note_damaged(sheet_.name, CellRef{row, col}, std::move(what), true);
    push(c);
  }

  void text_cell(std::uint16_t row, std::uint16_t col, std::string_view s) {
    if (s.empty()) return;
    Cell c = cell_at(row, col);
    c.type = CellType::String;
    c.str = wb_.intern(s);
    push(c);
  }

  // LabelSst, [MS-XLS] 2.4.149: a shared string by its index.
  void label_sst(const Record &r) {
    std::uint16_t row = rd16(r.data, 0), col = rd16(r.data, 2);
    std::uint32_t idx = rd32(r.data, 6);
    if (idx < g_.sst.size() && r.data.size() >= 10) {
      Cell c = cell_at(row, col);
      c.type = CellType::String;
      c.str = g_.sst[idx];
      if (!wb_.strings[c.str].empty()) push(c);
    } else {
      damaged(row, col,
              r.data.size() < 10 ? "its record is cut short"
                                 : "it names shared string " + std::to_string(idx) +
                                       ", which the file does not have (it has " + std::to_string(g_.sst.size()) + ")");
    }
  }

  // Label, [MS-XLS] 2.4.148 (and RString, which adds formatting runs).
  void label(const Record &r) {
    std::string s;
    if (g_.biff8) {
      s = xl_unicode_string(r.data, 6);
    } else {
      std::size_t n = rd16(r.data, 6);
      s = narrow(r.data.substr(std::min<std::size_t>(8, r.data.size()), n));
    }
    text_cell(rd16(r.data, 0), rd16(r.data, 2), s);
  }

  // Number, [MS-XLS] 2.4.180.
  void number(const Record &r) {
    std::uint16_t row = rd16(r.data, 0), col = rd16(r.data, 2);
    if (r.data.size() >= 14)
      number_cell(row, col, rd16(r.data, 4), rd64(r.data, 6), false);
    else if (r.data.size() >= 4)
      damaged(row, col, "its number record is cut short");
  }

  // RK, [MS-XLS] 2.4.220.
  void rk(const Record &r) {
    std::uint16_t row = rd16(r.data, 0), col = rd16(r.data, 2);
    if (r.data.size() >= 10)
      number_cell(row, col, rd16(r.data, 4), rk_number(rd32(r.data, 6)), false);
    else if (r.data.size() >= 4)
      damaged(row, col, "its number record is cut short");
  }

  // MulRk, [MS-XLS] 2.4.175: a run of RK cells along one row.
  void mul_rk(const Record &r) {
    if (r.data.size() < 6) return;
    std::uint16_t row = rd16(r.data, 0), col = rd16(r.data, 2);
    std::size_t n = (r.data.size() - 6) / 6;
    for (std::size_t i = 0; i < n; ++i) {
      std::uint16_t ixf = rd16(r.data, 4 + i * 6);
      number_cell(row, std::uint16_t(col + i), ixf, rk_number(rd32(r.data, 6 + i * 6)), false);
    }
  }

  // BoolErr, [MS-XLS] 2.4.24.
  void bool_err(const Record &r) {
    if (r.data.size() < 8) return;
    Cell c = cell_at(rd16(r.data, 0), rd16(r.data, 2));
    std::uint8_t v = std::uint8_t(r.data[6]);
    if (r.data[7]) {
      c.type = CellType::Error;
      c.str = wb_.intern(error_text(v));
    } else {
      c.type = CellType::Bool;
      c.number = v ? 1 : 0;
    }
    push(c);
  }

  // Formula, [MS-XLS] 2.4.127: its tokens, and its saved value; a text
  // value follows in a String record.
  void formula(const Record &r) {
    if (r.data.size() < 14) return;
    std::uint16_t row = rd16(r.data, 0), col = rd16(r.data, 2);
    if (g_.biff8) formulas_.formula(row, col, r.data);
    if (rd16(r.data, 12) != 0xFFFF) {
      number_cell(row, col, rd16(r.data, 4), rd64(r.data, 6), true);
      return;
    }
    Cell c = cell_at(row, col);
    c.formula = true;
    switch (std::uint8_t(r.data[6])) {
    case 0:
      pending_ = c;
      pending_string_ = true;
      return;
    case 1:
      c.type = CellType::Bool;
      c.number = r.data[8] ? 1 : 0;
      break;
    case 2:
      c.type = CellType::Error;
      c.str = wb_.intern(error_text(std::uint8_t(r.data[8])));
      break;
    default: c.type = CellType::EmptyFormula; break; // 3: an empty string
    }
    push(c);
  }

  // String, [MS-XLS] 2.4.268: the text result of the formula before it.
  void string(const Record &r) {
    if (!pending_string_) return;
    pending_string_ = false;
    std::string s;
    if (g_.biff8) {
      SpanReader sr;
      sr.parts.push_back(r.data);
      Record c;
      while (rs_.peek_continue(c)) sr.parts.push_back(c.data);
      std::uint16_t cch = sr.u16();
      s = sr.flagged_chars(cch);
    } else {
      std::size_t n = rd16(r.data, 0);
      s = narrow(r.data.substr(std::min<std::size_t>(2, r.data.size()), n));
    }
    if (!s.empty()) {
      pending_.type = CellType::String;
      pending_.str = wb_.intern(std::move(s));
    } else {
      pending_.type = CellType::EmptyFormula; // an empty text result, as the xlsx reader has it
    }
    push(pending_);
  }

  // MergeCells, [MS-XLS] 2.4.168.
  void merge_cells(const Record &r) {
    std::uint16_t n = rd16(r.data, 0);
    for (std::uint16_t i = 0; i < n && 2 + (i + 1) * 8u <= r.data.size(); ++i) {
      std::size_t o = 2 + i * 8u;
      sheet_.merges.push_back(
          {CellRef{rd16(r.data, o), rd16(r.data, o + 4)}, CellRef{rd16(r.data, o + 2), rd16(r.data, o + 6)}});
    }
  }

  // Row, [MS-XLS] 2.4.221: whether the row is hidden.
  void row(const Record &r) {
    if (r.data.size() >= 16 && (rd16(r.data, 12) & 0x20)) sheet_.hidden_rows.push_back(rd16(r.data, 0));
  }

  // ColInfo, [MS-XLS] 2.4.53: whether a run of columns is hidden.
  void col_info(const Record &r) {
    std::uint16_t first = rd16(r.data, 0), last = rd16(r.data, 2), flags = rd16(r.data, 8);
    if ((flags & 1) && last >= first && last - first < 1024) {
      for (std::uint32_t c = first; c <= last && c < 16384; ++c) sheet_.hidden_cols.push_back(c);
    }
  }

  // Dimensions, [MS-XLS] 2.4.90: the sheet's used range, ahead of its
  // cells. Reserved for, a 60,000-row sheet's cells are not copied (and
  // their pages touched) again at each doubling. Only a hint: never more
  // than the cell limit (and 8 million, as the xlsx reader), or than the
  // records left could hold (6 bytes a cell at the least, a MULRK's).
  void dimensions(const Record &r) {
    if (!sheet_.cells.empty()) return;
    std::uint64_t rows = 0, cols = 0;
    if (g_.biff8 && r.data.size() >= 12) {
      rows = rd32(r.data, 4) > rd32(r.data, 0) ? rd32(r.data, 4) - rd32(r.data, 0) : 0;
      cols = rd16(r.data, 10) > rd16(r.data, 8) ? rd16(r.data, 10) - rd16(r.data, 8) : 0;
    } else if (!g_.biff8 && r.data.size() >= 8) {
      rows = rd16(r.data, 2) > rd16(r.data, 0) ? rd16(r.data, 2) - rd16(r.data, 0) : 0;
      cols = rd16(r.data, 6) > rd16(r.data, 4) ? rd16(r.data, 6) - rd16(r.data, 4) : 0;
    }
    std::uint64_t n = std::min<std::uint64_t>({rows * cols, cx_.limits.max_cells_per_sheet, std::uint64_t(8) << 20,
                                               (stream_.size() - std::min(stream_.size(), r.offset)) / 6});
    sheet_.cells.reserve(std::size_t(n));
  }

  // BIFF2's cell records, which some writers still put in later files.
  void old(const Record &r) {
    auto cell = old_cell(r.type, r.data);
    if (!cell || cell->kind == OldCell::Kind::Blank) return;
    if (cell->kind == OldCell::Kind::Number) {
      number_cell(cell->row, cell->col, cell->xf, cell->number, false);
      return;
    }
    Cell c = cell_at(cell->row, cell->col);
    c.type = cell->kind == OldCell::Kind::Text    ? CellType::String
             : cell->kind == OldCell::Kind::Error ? CellType::Error
                                                  : CellType::Bool;
    if (c.type == CellType::Bool)
      c.number = cell->number != 0 ? 1 : 0;
    else
      c.str =
          wb_.intern(cell->kind == OldCell::Kind::Text ? narrow(cell->text) : error_text(std::uint8_t(cell->number)));
    if (c.type != CellType::String || !wb_.strings[c.str].empty()) push(c);
  }

  RecordStream &rs_;
  std::string_view stream_;
  const SheetContext &cx_;
  const Globals &g_;
  Workbook &wb_;
  Sheet &sheet_;
  SheetFormulas formulas_;
  bool pending_string_ = false;
  Cell pending_;
};

} // namespace

void read_sheet(RecordStream &rs, const BoundSheet &b, const SheetContext &context, Workbook &wb) {
  std::string_view stream = rs.stream();
  Sheet sheet;
  sheet.name = b.name.empty() ? unnamed_sheet_name(wb.sheets.size()) : b.name;
  sheet.hidden = b.hidden;
  if (sheet.name.size() > 31) sheet.name = sheet.name.substr(0, 31); // Excel's limit, as Excel shows it
  // Worksheets and Excel 4 macro sheets; a sheet listed as a chart whose
  // own BOF says otherwise is read for its cells, as LibreOffice does.
  bool cells_sheet =
      b.type == 0 || b.type == 1 ||
      (b.offset + 8 <= stream.size() && rd16(stream, b.offset) == 0x0809 && rd16(stream, b.offset + 6) != 0x0020);
  if (!cells_sheet || b.offset >= stream.size()) {
    if (cells_sheet) wb.warnings.push_back("sheet '" + b.name + "' points past the end of the file and was not read");
    return; // chart, macro and dialog sheets hold no cells
  }
  rs.seek(b.offset);
  Record r;
  if (!rs.next(r) || r.type != 0x0809) {
    wb.warnings.push_back("sheet '" + b.name + "' could not be found in the file");
    wb.sheets.push_back(std::move(sheet));
    return;
  }
  SheetReader reader(rs, context, wb, sheet);
  bool ended = reader.read();
  if (!ended && !context.stream_cut_short)
    wb.damaged_sheets.push_back(
        sheet_damage(sheet.name, "at its end (its records stop before the sheet's end mark)", kRestMissing));
  reader.finish();
  finish_sheet(sheet);
  wb.sheets.push_back(std::move(sheet));
}

} // namespace fundbook::xls
