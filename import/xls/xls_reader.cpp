// .xls ([MS-XLS]): the BIFF8 (and BIFF5) record stream inside a CFB container.
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "import/xls/biff_values.hpp"
#include "import/read_error.hpp"
#include "import/reader.hpp"
#include "import/text_encoding.hpp"
#include "import/xls/biff_crypt.hpp"
#include "import/xls/biff_old.hpp"
#include "import/xls/cfb.hpp"
#include "import/xls/xls_formulas.hpp"
#include "import/xlsx/number_formats.hpp"

namespace fundbook {
namespace {

struct Record {
  std::uint16_t type;
  std::string_view data;
  std::size_t offset;
};

class RecordStream {
public:
  explicit RecordStream(std::string_view s) : s_(s) {}
  bool next(Record &r) {
    if (pos_ + 4 > s_.size()) return false;
    std::uint16_t type, len;
    std::memcpy(&type, s_.data() + pos_, 2);
    std::memcpy(&len, s_.data() + pos_ + 2, 2);
    r.offset = pos_;
    // BIFF8 caps a record at 8224 bytes: a longer one is a damaged length,
    // and every record after it would be read from the wrong place.
    if (biff8_ && len > 8224)
      throw ReadError(ReadError::Kind::Damaged,
                      "the record at byte " + std::to_string(pos_) + " of the workbook stream claims " +
                          std::to_string(len) +
                          " bytes, more than an .xls record can hold: the file is damaged; open it in Excel or "
                          "LibreOffice and save it again, or ask for a fresh copy");
    std::size_t avail = std::min<std::size_t>(len, s_.size() - pos_ - 4);
    cut_ = avail < len;
    r.type = type;
    r.data = s_.substr(pos_ + 4, avail);
    pos_ += 4 + avail;
    return true;
  }
  // The CONTINUE records that follow the current one, if any.
  bool peek_continue(Record &r) {
    std::size_t save = pos_;
    if (next(r) && r.type == 0x003C) return true;
    pos_ = save;
    return false;
  }
  void seek(std::size_t p) { pos_ = p; }
  void set_biff8(bool on) { biff8_ = on; }
  // Whether the record just read runs past the end of the stream.
  bool cut() const { return cut_; }

private:
  std::string_view s_;
  std::size_t pos_ = 0;
  bool biff8_ = false;
  bool cut_ = false;
};

// Every record type [MS-XLS] 2.3 lists for BIFF5 and BIFF8 lies in one of
// these four blocks (cells and sheet settings; formats and shared formulas;
// the "future" records; charts). Over the 373 real .xls files of the corpus
// no other type appears inside a substream, while a damaged record length
// puts the reader out of step and its "types" are then random: the first
// implausible one marks where the sheet's records stop being trustworthy.
bool plausible_record_type(std::uint16_t t) {
  return t <= 0x02FF || (t >= 0x0400 && t <= 0x04FF) || (t >= 0x0800 && t <= 0x08FF) || (t >= 0x1000 && t <= 0x10FF);
}

// The size [MS-XLS] fixes for a cell record, or 0 for the others.
std::size_t fixed_cell_record_size(std::uint16_t t) {
  switch (t) {
  case 0x00FD: return 10; // LABELSST
  case 0x0203: return 14; // NUMBER
  case 0x027E: return 10; // RK
  case 0x0201: return 6;  // BLANK
  case 0x0205: return 8;  // BOOLERR
  case 0x0208: return 16; // ROW
  default: return 0;
  }
}

// A cell record whose length is far from the one its type has is a damaged
// length field: everything after it is read from the wrong place. Writers
// pad a record by a byte now and then (a 9-byte BOOLERR is in the corpus),
// so two bytes of slack.
bool plausible_cell_record_size(std::uint16_t t, std::size_t len) {
  if (std::size_t n = fixed_cell_record_size(t)) return len >= n && len <= n + 2;
  if (t == 0x00BD) return len >= 12 && (len - 6) % 6 == 0; // MULRK: 6 bytes a cell
  if (t == 0x00BE) return len >= 8 && (len - 6) % 2 == 0;  // MULBLANK: 2 bytes a cell
  return true;
}

// Why the record just read shows the stream out of step, or "" when it
// does not. `cell_level`: outside an embedded chart, where cell records are.
// Called for every record, so the type is only formatted once a record is
// found wanting.
std::string out_of_step_reason(const Record &r, bool cut, bool cell_level) {
  auto hex = [&r] {
    char type[8];
    std::snprintf(type, sizeof type, "0x%04X", unsigned(r.type));
    return std::string(type);
  };
  if (cut) return "a record runs past the end of the stream";
  if (!plausible_record_type(r.type)) return "a record of a type no spreadsheet writes, " + hex();
  if (cell_level && !plausible_cell_record_size(r.type, r.data.size()))
    return "a cell record of type " + hex() + " with a wrong length";
  return "";
}

// Whether the records from `pos` read as a writer wrote them: the next few
// have types and sizes that make sense, or the sheet's end comes first.
// Used to step over one damaged record without reading garbage after it.
bool in_step_at(std::string_view s, std::size_t pos) {
  for (int i = 0; i < 4; ++i) {
    if (pos + 4 > s.size()) return false;
    std::uint16_t type, len;
    std::memcpy(&type, s.data() + pos, 2);
    std::memcpy(&len, s.data() + pos + 2, 2);
    if (!plausible_record_type(type) || len > 8224 || pos + 4 + len > s.size() ||
        !plausible_cell_record_size(type, len))
      return false;
    if (type == 0x000A) return true;
    pos += 4 + len;
  }
  return true;
}

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

std::uint16_t rd16(std::string_view d, std::size_t off) {
  if (off + 2 > d.size()) return 0;
  std::uint16_t v;
  std::memcpy(&v, d.data() + off, 2);
  return v;
}
std::uint32_t rd32(std::string_view d, std::size_t off) {
  if (off + 4 > d.size()) return 0;
  std::uint32_t v;
  std::memcpy(&v, d.data() + off, 4);
  return v;
}
double rd64(std::string_view d, std::size_t off) {
  if (off + 8 > d.size()) return 0;
  double v;
  std::memcpy(&v, d.data() + off, 8);
  return v;
}

// Reads `count` characters that may run on into CONTINUE records; each
// CONTINUE restarts with a flags byte saying whether its characters are
// one or two bytes wide.
class SpanReader {
public:
  std::vector<std::string_view> parts;
  std::size_t part = 0, pos = 0;
  bool eof() const { return part >= parts.size(); }
  void normalise() {
    while (part < parts.size() && pos >= parts[part].size()) {
      ++part;
      pos = 0;
    }
  }
  std::uint8_t u8() {
    normalise();
    if (eof()) throw ReadError(ReadError::Kind::Damaged, "a text record is cut short: the file is damaged");
    return std::uint8_t(parts[part][pos++]);
  }
  std::uint16_t u16() {
    std::uint16_t lo = u8();
    return std::uint16_t(lo | (u8() << 8));
  }
  std::uint32_t u32() {
    std::uint32_t lo = u16();
    return lo | (std::uint32_t(u16()) << 16);
  }
  void skip(std::size_t n) {
    while (n > 0) {
      normalise();
      if (eof()) return;
      std::size_t take = std::min(n, parts[part].size() - pos);
      pos += take;
      n -= take;
    }
  }
  // `count` UTF-16 units (a surrogate pair is two, and may straddle a CONTINUE).
  std::string chars(std::size_t count, bool wide) {
    std::string out;
    Utf16ToUtf8 utf8(out);
    while (count > 0) {
      if (pos >= parts[part].size()) {
        ++part;
        pos = 0;
        if (eof()) break;                                   // cut short: keep what is there
        wide = (std::uint8_t(parts[part][pos++]) & 1) != 0; // the continuation's own flags
      }
      if (wide) {
        if (pos + 2 > parts[part].size()) {
          pos = parts[part].size();
          continue;
        }
        std::uint16_t ch = std::uint16_t(std::uint8_t(parts[part][pos]) | (std::uint8_t(parts[part][pos + 1]) << 8));
        pos += 2;
        utf8.unit(ch);
      } else {
        utf8.unit(std::uint8_t(parts[part][pos++]));
      }
      --count;
    }
    utf8.finish();
    return out;
  }
  // XLUnicodeRichExtendedString ([MS-XLS] 2.5.293).
  std::string unicode_string() {
    std::uint16_t cch = u16();
    std::uint8_t flags = u8();
    std::uint16_t runs = (flags & 0x08) ? u16() : 0;
    std::uint32_t ext = (flags & 0x04) ? u32() : 0;
    std::string s = chars(cch, flags & 1);
    skip(std::size_t(runs) * 4);
    skip(ext);
    return s;
  }
};

struct BoundSheet {
  std::uint32_t offset;
  bool hidden;
  std::uint8_t type;
  std::string name;
};

} // namespace

Workbook XlsReader::read(const std::string &path, const Limits &limits) const {
  Cfb cfb = Cfb::open(path, limits);
  if (cfb.has_stream("EncryptedPackage"))
    throw ReadError(ReadError::Kind::Encrypted, "password-protected: save an unprotected copy");
  std::string damage;
  std::string stream = cfb.read_stream_salvaging(cfb.has_stream("Workbook") ? "Workbook" : "Book", damage);
  decrypt_workbook_stream(stream); // Excel's default password; any other is refused
  Workbook wb;
  wb.path = path;
  wb.format = "xls";
  if (!damage.empty()) wb.warnings.push_back(damage);

  if (is_old_biff(stream)) { // BIFF2-4 in a container
    Workbook old = read_old_biff(stream, path, limits);
    old.warnings.insert(old.warnings.begin(), wb.warnings.begin(), wb.warnings.end());
    return old;
  }
  RecordStream rs(stream);
  Record r;
  if (!rs.next(r) || r.type != 0x0809)
    throw ReadError(ReadError::Kind::Damaged,
                    "the workbook stream does not start with a BOF record: the file is damaged");
  // BIFF8 says 0x0600; anything else under this BOF is BIFF5 (writers put 0x0500 or nearby), as LibreOffice reads it.
  bool biff8 = rd16(r.data, 0) == 0x0600;
  rs.set_biff8(biff8);

  bool date1904 = false;
  std::vector<std::uint32_t> sst;
  std::map<std::uint16_t, xlsx::Shown> format_shown;
  std::vector<xlsx::Shown> xf_shown;
  std::vector<BoundSheet> sheets;
  xls::ExternSheets externs; // for formulas' references to other sheets

  // BIFF5 8-bit text is in the workbook's code page; UK files are Windows-1252
  // (or plain ASCII), which to_utf8 reads.
  auto narrow = [](std::string_view bytes) { return to_utf8(bytes); };

  // Globals substream.
  while (rs.next(r)) {
    if (r.type == 0x000A) break; // EOF
    switch (r.type) {
    case 0x002F: break; // FILEPASS: the stream was decrypted above
    case 0x01AE: externs.supbook(r.data); break;
    case 0x0017: externs.externsheet(r.data); break;
    case 0x0022: date1904 = rd16(r.data, 0) == 1; break;
    case 0x041E: {
      std::uint16_t ifmt = rd16(r.data, 0);
      std::string code;
      if (biff8) {
        SpanReader sr;
        sr.parts.push_back(r.data.substr(std::min<std::size_t>(2, r.data.size())));
        std::uint16_t cch = sr.u16();
        std::uint8_t flags = sr.u8();
        code = sr.chars(cch, flags & 1);
      } else if (r.data.size() > 2) {
        std::size_t n = std::uint8_t(r.data[2]);
        code = narrow(r.data.substr(3, n));
      }
      format_shown[ifmt] = xlsx::format_code_shown(code);
      break;
    }
    case 0x00E0: {
      std::uint16_t ifmt = rd16(r.data, 2);
      auto it = format_shown.find(ifmt);
      xf_shown.push_back(it != format_shown.end() ? it->second : xlsx::builtin_format_shown(ifmt));
      break;
    }
    case 0x0085: {
      BoundSheet b;
      b.offset = rd32(r.data, 0);
      b.hidden = r.data.size() > 4 && (std::uint8_t(r.data[4]) & 3) != 0;
      b.type = r.data.size() > 5 ? std::uint8_t(r.data[5]) : 0;
      if (biff8) {
        SpanReader sr;
        sr.parts.push_back(r.data.substr(std::min<std::size_t>(6, r.data.size())));
        std::uint8_t cch = sr.u8();
        std::uint8_t flags = sr.u8();
        b.name = sr.chars(cch, flags & 1);
      } else if (r.data.size() > 6) {
        std::size_t n = std::uint8_t(r.data[6]);
        b.name = narrow(r.data.substr(7, n));
      }
      sheets.push_back(std::move(b));
      break;
    }
    case 0x00FC: {
      SpanReader sr;
      sr.parts.push_back(r.data);
      Record c;
      while (rs.peek_continue(c)) sr.parts.push_back(c.data);
      sr.u32(); // total count, unused
      std::uint32_t unique = sr.u32();
      try {
        for (std::uint32_t i = 0; i < unique; ++i) {
          sr.normalise();
          if (sr.eof()) break;
          std::string s = sr.unicode_string();
          sst.push_back(wb.intern(std::move(s)));
        }
      } catch (const ReadError &) {
        // A cut-short table keeps the strings read so far, as Excel does.
        wb.warnings.push_back("the shared string table is cut short; the strings before the damage were read");
      }
      break;
    }
    default: break;
    }
  }

  std::vector<std::string> sheet_names;
  sheet_names.reserve(sheets.size());
  for (const BoundSheet &b : sheets) sheet_names.push_back(b.name.substr(0, 31));
  auto extern_sheets = externs.names(sheet_names);
  for (const BoundSheet &b : sheets) {
    Sheet sheet;
    xls::SheetFormulas formulas;
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
      continue; // chart, macro and dialog sheets hold no cells
    }
    rs.seek(b.offset);
    if (!rs.next(r) || r.type != 0x0809) {
      wb.warnings.push_back("sheet '" + b.name + "' could not be found in the file");
      wb.sheets.push_back(std::move(sheet));
      continue;
    }
    auto push = [&](Cell c) {
      if (sheet.cells.size() >= limits.max_cells_per_sheet)
        throw ReadError(ReadError::Kind::TooLarge, "sheet '" + sheet.name + "' has more cells than the limit",
                        ReadError::Location{sheet.name, std::nullopt});
      sheet.cells.push_back(c);
    };
    auto number_cell = [&](std::uint16_t row, std::uint16_t col, std::uint16_t xf, double v, bool formula) {
      Cell c;
      c.row = row;
      c.col = col;
      c.formula = formula;
      c.number = v;
      std::string iso = xlsx::shown_text(v, xf < xf_shown.size() ? xf_shown[xf] : xlsx::Shown::Number, date1904);
      if (!iso.empty()) {
        c.type = CellType::Date;
        c.str = wb.intern(iso);
      } else {
        c.type = CellType::Number;
      }
      push(c);
    };
    // A cell record that cannot be read as written: an error cell stands in
    // for its value and the damage is noted at its place.
    auto damaged = [&](std::uint16_t row, std::uint16_t col, std::string what) {
      Cell c;
      c.row = row;
      c.col = col;
      c.type = CellType::Error;
      c.str = wb.intern(kDamagedCellText);
      wb.note_damaged(sheet.name, CellRef{row, col}, std::move(what), true);
      push(c);
    };
    bool pending_string = false;
    Cell pending;
    int depth = 0;
    bool ended = false; // the sheet's own EOF was reached
    while (rs.next(r)) {
      if (std::string why = out_of_step_reason(r, rs.cut(), depth == 0); !why.empty()) {
        // One damaged record among good ones (a changed type, or a cell's
        // length) is stepped over when the records after it read in step;
        // otherwise the rest of the sheet cannot be found.
        std::size_t fixed = fixed_cell_record_size(r.type);
        bool unknown = !plausible_record_type(r.type);
        std::size_t resume = rs.cut() ? 0 : unknown ? r.offset + 4 + r.data.size() : fixed ? r.offset + 4 + fixed : 0;
        bool recovered = resume && resume <= stream.size() && in_step_at(stream, resume);
        std::string where = (recovered ? "at byte " : "from byte ") + std::to_string(r.offset) +
                            " of the workbook stream (" + why + ")";
        wb.damaged_sheets.push_back(sheet_damage(sheet.name, where,
                                                 !recovered ? kRestMissing
                                                 : unknown  ? kRecordSkipped
                                                            : kRecordResized));
        if (!recovered) {
          ended = true;
          break;
        }
        rs.seek(resume);
        if (unknown) continue;
        r.data = std::string_view(stream).substr(r.offset + 4, fixed);
      }
      if (r.type == 0x0809) {
        ++depth;
        continue;
      } // embedded chart substream
      if (r.type == 0x000A) {
        if (depth-- == 0) {
          ended = true;
          break;
        }
        continue;
      }
      if (depth > 0) continue;
      std::uint16_t row = rd16(r.data, 0), col = rd16(r.data, 2), xf = rd16(r.data, 4);
      switch (r.type) {
      case 0x00FD: { // LABELSST
        std::uint32_t idx = rd32(r.data, 6);
        if (idx < sst.size() && r.data.size() >= 10) {
          Cell c;
          c.row = row;
          c.col = col;
          c.type = CellType::String;
          c.str = sst[idx];
          if (!wb.strings[c.str].empty()) push(c);
        } else {
          damaged(row, col,
                  r.data.size() < 10
                      ? "its record is cut short"
                      : "it names shared string " + std::to_string(idx) + ", which the file does not have (it has " +
                            std::to_string(sst.size()) + ")");
        }
        break;
      }
      case 0x0204:
      case 0x00D6: { // LABEL, RSTRING
        std::string s;
        if (biff8) {
          SpanReader sr;
          sr.parts.push_back(r.data.substr(std::min<std::size_t>(6, r.data.size())));
          std::uint16_t cch = sr.u16();
          std::uint8_t flags = sr.u8();
          s = sr.chars(cch, flags & 1);
        } else {
          std::size_t n = rd16(r.data, 6);
          s = narrow(r.data.substr(std::min<std::size_t>(8, r.data.size()), n));
        }
        if (!s.empty()) {
          Cell c;
          c.row = row;
          c.col = col;
          c.type = CellType::String;
          c.str = wb.intern(std::move(s));
          push(c);
        }
        break;
      }
      case 0x0203:
        if (r.data.size() >= 14)
          number_cell(row, col, xf, rd64(r.data, 6), false);
        else if (r.data.size() >= 4)
          damaged(row, col, "its number record is cut short");
        break;
      case 0x027E:
        if (r.data.size() >= 10)
          number_cell(row, col, xf, xls::rk_number(rd32(r.data, 6)), false);
        else if (r.data.size() >= 4)
          damaged(row, col, "its number record is cut short");
        break;
      case 0x00BD: { // MULRK
        if (r.data.size() < 6) break;
        std::size_t n = (r.data.size() - 6) / 6;
        for (std::size_t i = 0; i < n; ++i) {
          std::uint16_t ixf = rd16(r.data, 4 + i * 6);
          number_cell(row, std::uint16_t(col + i), ixf, xls::rk_number(rd32(r.data, 6 + i * 6)), false);
        }
        break;
      }
      case 0x0205: { // BOOLERR
        if (r.data.size() < 8) break;
        Cell c;
        c.row = row;
        c.col = col;
        std::uint8_t v = std::uint8_t(r.data[6]);
        if (r.data[7]) {
          c.type = CellType::Error;
          c.str = wb.intern(xls::error_text(v));
        } else {
          c.type = CellType::Bool;
          c.number = v ? 1 : 0;
        }
        push(c);
        break;
      }
      case 0x0006:
      case 0x0206:
      case 0x0406: { // FORMULA (and its BIFF3/4 ids some writers use)
        if (r.data.size() < 14) break;
        if (biff8) formulas.formula(row, col, r.data);
        if (rd16(r.data, 12) == 0xFFFF) {
          std::uint8_t kind = std::uint8_t(r.data[6]);
          Cell c;
          c.row = row;
          c.col = col;
          c.formula = true;
          if (kind == 0) {
            pending = c;
            pending_string = true;
          } else if (kind == 1) {
            c.type = CellType::Bool;
            c.number = r.data[8] ? 1 : 0;
            push(c);
          } else if (kind == 2) {
            c.type = CellType::Error;
            c.str = wb.intern(xls::error_text(std::uint8_t(r.data[8])));
            push(c);
          } else {
            c.type = CellType::EmptyFormula;
            push(c);
          } // kind 3: an empty string
        } else {
          number_cell(row, col, xf, rd64(r.data, 6), true);
        }
        break;
      }
      case 0x0207: { // STRING: the text result of the formula before it
        if (!pending_string) break;
        pending_string = false;
        std::string s;
        if (biff8) {
          SpanReader sr;
          sr.parts.push_back(r.data);
          Record c;
          while (rs.peek_continue(c)) sr.parts.push_back(c.data);
          std::uint16_t cch = sr.u16();
          std::uint8_t flags = sr.u8();
          s = sr.chars(cch, flags & 1);
        } else {
          std::size_t n = rd16(r.data, 0);
          s = narrow(r.data.substr(std::min<std::size_t>(2, r.data.size()), n));
        }
        if (!s.empty()) {
          pending.type = CellType::String;
          pending.str = wb.intern(std::move(s));
        } else {
          pending.type = CellType::EmptyFormula; // an empty text result, as the xlsx reader has it
        }
        push(pending);
        break;
      }
      case 0x04BC: // SHRFMLA
        if (biff8) formulas.shared(r.data);
        break;
      case 0x0221: // ARRAY
        if (biff8) formulas.array(r.data);
        break;
      case 0x00E5: { // MERGEDCELLS
        std::uint16_t n = rd16(r.data, 0);
        for (std::uint16_t i = 0; i < n && 2 + (i + 1) * 8u <= r.data.size(); ++i) {
          std::size_t o = 2 + i * 8u;
          sheet.merges.push_back(
              {CellRef{rd16(r.data, o), rd16(r.data, o + 4)}, CellRef{rd16(r.data, o + 2), rd16(r.data, o + 6)}});
        }
        break;
      }
      case 0x0208: // ROW
        if (r.data.size() >= 16 && (rd16(r.data, 12) & 0x20)) sheet.hidden_rows.push_back(row);
        break;
      case 0x007D: { // COLINFO
        std::uint16_t first = rd16(r.data, 0), last = rd16(r.data, 2), flags = rd16(r.data, 8);
        if ((flags & 1) && last >= first && last - first < 1024) {
          for (std::uint32_t c = first; c <= last && c < 16384; ++c) sheet.hidden_cols.push_back(c);
        }
        break;
      }
      default:
        // BIFF2's cell records, which some writers still put in later files.
        if (auto old = old_cell(r.type, r.data)) {
          if (old->kind == OldCell::Kind::Number) {
            number_cell(old->row, old->col, old->xf, old->number, false);
          } else if (old->kind != OldCell::Kind::Blank) {
            Cell c;
            c.row = old->row;
            c.col = old->col;
            c.type = old->kind == OldCell::Kind::Text    ? CellType::String
                     : old->kind == OldCell::Kind::Error ? CellType::Error
                                                         : CellType::Bool;
            if (c.type == CellType::Bool)
              c.number = old->number != 0 ? 1 : 0;
            else
              c.str = wb.intern(old->kind == OldCell::Kind::Text ? narrow(old->text)
                                                                 : xls::error_text(std::uint8_t(old->number)));
            if (c.type != CellType::String || !wb.strings[c.str].empty()) push(c);
          }
        }
        break;
      }
    }
    // A stream the container already said was cut short ends early: one note for one cause.
    if (!ended && damage.empty())
      wb.damaged_sheets.push_back(
          sheet_damage(sheet.name, "at its end (its records stop before the sheet's end mark)", kRestMissing));
    formulas.finish(wb, sheet, extern_sheets);
    finish_sheet(sheet);
    wb.sheets.push_back(std::move(sheet));
  }
  return wb;
}

} // namespace fundbook
