#include "import/xls/biff_old.hpp"
#include "import/xls/biff_values.hpp"

#include <cstring>
#include <fstream>
#include <sstream>
#include <map>
#include <set>
#include <vector>

#include "import/read_error.hpp"
#include "import/shown_number.hpp"
#include "import/text_encoding.hpp"
#include "import/xlsx/number_formats.hpp"

namespace fundbook {
namespace {

std::uint16_t rd16(std::string_view d, std::size_t off) {
  if (off + 2 > d.size()) return 0;
  return std::uint16_t(std::uint8_t(d[off]) | (std::uint8_t(d[off + 1]) << 8));
}
std::uint32_t rd32(std::string_view d, std::size_t off) {
  return rd16(d, off) | (std::uint32_t(rd16(d, off + 2)) << 16);
}
double rd64(std::string_view d, std::size_t off) {
  if (off + 8 > d.size()) return 0;
  double v;
  std::memcpy(&v, d.data() + off, 8);
  return v;
}

// 8-bit text with a one- or two-byte length before it, cut to what the record holds.
std::string_view counted(std::string_view d, std::size_t at, bool two_byte_length) {
  std::size_t n = two_byte_length ? rd16(d, at) : (at < d.size() ? std::uint8_t(d[at]) : 0);
  std::size_t from = std::min(d.size(), at + (two_byte_length ? 2 : 1));
  return d.substr(from, std::min(n, d.size() - from));
}

constexpr std::uint16_t kEof = 0x000A;

struct Record {
  std::uint16_t type = 0; // 0 until a record is read: no record has that type
  std::string_view data;
};

class Records {
public:
  explicit Records(std::string_view s, std::size_t at = 0) : s_(s), pos_(at) {}
  bool next(Record &r) {
    if (pos_ + 4 > s_.size()) return false;
    std::uint16_t len = rd16(s_, pos_ + 2);
    r.type = rd16(s_, pos_);
    r.data = s_.substr(pos_ + 4, std::min<std::size_t>(len, s_.size() - pos_ - 4));
    pos_ += 4 + r.data.size();
    return true;
  }

private:
  std::string_view s_;
  std::size_t pos_;
};

int biff_of(std::uint16_t bof_type) {
  switch (bof_type) {
  case 0x0009: return 2;
  case 0x0209: return 3;
  case 0x0409: return 4;
  default: return 0;
  }
}

// One worksheet substream, from its BOF (already read) to its EOF.
class OldSheetReader {
public:
  OldSheetReader(Workbook &wb, Sheet &sheet, const Limits &limits, int biff)
      : wb_(wb), sheet_(sheet), limits_(limits), biff_(biff) {}

  void read(Records &rs) {
    Record r;
    bool pending_string = false;
    Cell pending;
    std::uint16_t ixfe = 0;
    while (rs.next(r)) {
      // A sheet ends at its EOF, or where another substream's BOF begins
      // (which also keeps sheets that point into each other from being read twice).
      if (r.type == kEof || biff_of(r.type)) break;
      std::string_view d = r.data;
      std::uint16_t row = rd16(d, 0), col = rd16(d, 2), xf = rd16(d, 4);
      switch (r.type) {
      case 0x0022: date1904_ = rd16(d, 0) == 1; break;
      case 0x001E: formats_.push_back(xlsx::format_code_shown(to_utf8(counted(d, 0, false)))); break; // BIFF2-3 FORMAT
      case 0x041E: formats_.push_back(xlsx::format_code_shown(to_utf8(counted(d, 2, false)))); break; // BIFF4 FORMAT
      case 0x0043: xf_format_.push_back(d.size() > 2 ? std::uint8_t(d[2]) & 0x3F : 0); break;         // BIFF2 XF
      case 0x0243:
      case 0x0443: xf_format_.push_back(d.size() > 1 ? std::uint8_t(d[1]) : 0); break; // BIFF3/4 XF
      case 0x0044: ixfe = rd16(d, 0); break;                                           // BIFF2 IXFE
      case 0x0203: number(row, col, xf_date(xf), rd64(d, 6), false); break;
      case 0x027E: number(row, col, xf_date(xf), xls::rk_number(rd32(d, 6)), false); break;
      case 0x0204: text(row, col, counted(d, 6, true)); break;
      case 0x0205:
        if (d.size() >= 8) boolerr(row, col, std::uint8_t(d[6]), d[7] != 0, false);
        break;
      case 0x0006:   // BIFF2 FORMULA: a three-byte attribute, then the result
      case 0x0206:   // BIFF3
      case 0x0406: { // BIFF4
        std::size_t res = r.type == 0x0006 ? 7 : 6;
        if (d.size() < res + 8) break;
        if (rd16(d, res + 6) != 0xFFFF) {
          xlsx::Shown date = r.type == 0x0006 ? attr_date(d) : xf_date(xf);
          number(row, col, date, rd64(d, res), true);
        } else if (std::uint8_t(d[res]) == 0) {
          pending = Cell{};
          pending.row = row;
          pending.col = std::uint16_t(col);
          pending.formula = true;
          pending_string = true;
        } else if (std::uint8_t(d[res]) == 1 || std::uint8_t(d[res]) == 2) {
          boolerr(row, col, std::uint8_t(d[res + 2]), d[res] == 2, true);
        } else {
          Cell c;
          c.row = row;
          c.col = col;
          c.formula = true;
          c.type = CellType::EmptyFormula;
          push(c);
        }
        break;
      }
      case 0x0007:   // BIFF2 STRING
      case 0x0207: { // BIFF3/4 STRING: the text result of the formula before it
        if (!pending_string) break;
        pending_string = false;
        std::string s = to_utf8(counted(d, 0, r.type == 0x0207));
        if (s.empty()) {
          pending.type = CellType::EmptyFormula;
        } else {
          pending.type = CellType::String;
          pending.str = wb_.intern(s);
        }
        push(pending);
        break;
      }
      case 0x0208: // ROW
        if (biff_ >= 3 && d.size() >= 16 && (rd16(d, 12) & 0x20)) sheet_.hidden_rows.push_back(row);
        break;
      case 0x007D: { // COLINFO
        std::uint16_t first = rd16(d, 0), last = rd16(d, 2), flags = rd16(d, 8);
        if ((flags & 1) && last >= first && last < 256)
          for (std::uint32_t c = first; c <= last; ++c) sheet_.hidden_cols.push_back(c);
        break;
      }
      default:
        if (auto old = old_cell(r.type, d)) {
          // BIFF2 names a cell's format itself; an XF index of 63 defers to IXFE.
          std::uint16_t cell_xf = old->xf == 63 ? ixfe : old->xf;
          xlsx::Shown date = biff_ == 2 ? format_date(old->format) : xf_date(cell_xf);
          add(*old, date);
        }
        break;
      }
    }
    finish_sheet(sheet_);
  }

  void add(const OldCell &old, xlsx::Shown date) {
    switch (old.kind) {
    case OldCell::Kind::Blank: break;
    case OldCell::Kind::Number: number(old.row, old.col, date, old.number, false); break;
    case OldCell::Kind::Text: text(old.row, old.col, old.text); break;
    case OldCell::Kind::Bool: boolerr(old.row, old.col, std::uint8_t(old.number), false, false); break;
    case OldCell::Kind::Error: boolerr(old.row, old.col, std::uint8_t(old.number), true, false); break;
    }
  }

  bool date1904_ = false;

private:
  xlsx::Shown format_date(std::size_t ifmt) const {
    return ifmt < formats_.size() ? formats_[ifmt] : xlsx::builtin_format_shown(int(ifmt));
  }
  xlsx::Shown xf_date(std::size_t xf) const {
    return xf < xf_format_.size() ? format_date(xf_format_[xf]) : xlsx::Shown::Number;
  }
  xlsx::Shown attr_date(std::string_view d) const {
    return d.size() > 5 ? format_date(std::uint8_t(d[5]) & 0x3F) : xlsx::Shown::Number;
  }

  void push(const Cell &c) {
    if (sheet_.cells.size() >= limits_.max_cells_per_sheet)
      throw ReadError(ReadError::Kind::TooLarge, "sheet '" + sheet_.name + "' has more cells than the limit",
                      ReadError::Location{sheet_.name, std::nullopt});
    sheet_.cells.push_back(c);
  }
  void number(std::uint16_t row, std::uint16_t col, xlsx::Shown date, double v, bool formula) {
    Cell c;
    c.row = row;
    c.col = col;
    c.formula = formula;
    set_shown_number(c, v, xlsx::NumberFormat{date}, date1904_, wb_); // the step its format shows is not read
    push(c);
  }
  void text(std::uint16_t row, std::uint16_t col, std::string_view bytes) {
    std::string s = to_utf8(bytes);
    if (s.empty()) return;
    Cell c;
    c.row = row;
    c.col = col;
    c.type = CellType::String;
    c.str = wb_.intern(s);
    push(c);
  }
  void boolerr(std::uint16_t row, std::uint16_t col, std::uint8_t v, bool error, bool formula) {
    Cell c;
    c.row = row;
    c.col = col;
    c.formula = formula;
    if (error) {
      c.type = CellType::Error;
      c.str = wb_.intern(xls::error_text(v));
    } else {
      c.type = CellType::Bool;
      c.number = v ? 1 : 0;
    }
    push(c);
  }

  Workbook &wb_;
  Sheet &sheet_;
  const Limits &limits_;
  int biff_;
  std::vector<xlsx::Shown> formats_;    // FORMAT records in order: what each shows
  std::vector<std::uint8_t> xf_format_; // XF records in order: their format index
};

std::string base_name(const std::string &path) {
  auto slash = path.find_last_of('/');
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  auto dot = base.rfind('.');
  return dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
}

} // namespace

bool is_old_biff(std::string_view stream) { return stream.size() >= 4 && biff_of(rd16(stream, 0)) != 0; }

std::optional<OldCell> old_cell(std::uint16_t type, std::string_view d) {
  if (type < 0x0001 || type > 0x0005 || d.size() < 7) return std::nullopt;
  OldCell c;
  c.row = rd16(d, 0);
  c.col = rd16(d, 2);
  c.xf = std::uint8_t(d[4]) & 0x3F;
  c.format = std::uint8_t(d[5]) & 0x3F;
  switch (type) {
  case 0x0001: c.kind = OldCell::Kind::Blank; break;
  case 0x0002:
    if (d.size() < 9) return std::nullopt;
    c.kind = OldCell::Kind::Number;
    c.number = rd16(d, 7);
    break;
  case 0x0003:
    if (d.size() < 15) return std::nullopt;
    c.kind = OldCell::Kind::Number;
    c.number = rd64(d, 7);
    break;
  case 0x0004:
    c.kind = OldCell::Kind::Text;
    c.text = counted(d, 7, false);
    break;
  case 0x0005:
    if (d.size() < 9) return std::nullopt;
    c.kind = d[8] ? OldCell::Kind::Error : OldCell::Kind::Bool;
    c.number = std::uint8_t(d[7]);
    break;
  }
  return c;
}

Workbook read_old_biff(std::string_view stream, const std::string &path, const Limits &limits) {
  Workbook wb;
  wb.path = path;
  wb.format = "xls";
  Records rs(stream);
  Record bof;
  if (!rs.next(bof) || !biff_of(bof.type))
    throw ReadError(ReadError::Kind::Damaged, "the file does not start with a BOF record: the file is damaged");
  int biff = biff_of(bof.type);
  std::uint16_t kind = rd16(bof.data, 2);
  if (biff == 4 && kind == 0x0100) {
    // A BIFF4 workbook: BUNDLESHEET records name each sheet and where its BOF is.
    struct Bundle {
      std::uint32_t offset;
      std::string name;
      bool hidden;
    };
    std::vector<Bundle> bundles;
    Record r;
    while (rs.next(r) && r.type != kEof) {
      if (r.type == 0x008F && r.data.size() >= 6)
        bundles.push_back({rd32(r.data, 0), to_utf8(counted(r.data, 6, false)), (std::uint8_t(r.data[4]) & 3) != 0});
    }
    std::set<std::uint32_t> seen;
    for (const Bundle &b : bundles) {
      if (!seen.insert(b.offset).second) continue; // one sheet's records are read once
      Sheet sheet;
      sheet.name = b.name;
      sheet.hidden = b.hidden;
      Records sub(stream, b.offset);
      Record sbof;
      if (b.offset >= stream.size() || !sub.next(sbof) || sbof.type != 0x0409 || rd16(sbof.data, 2) != 0x0010) {
        if (b.offset >= stream.size() || sbof.type != 0x0409)
          wb.warnings.push_back("sheet '" + b.name + "' could not be found in the file and was not read");
        continue; // charts and macro sheets hold no cells
      }
      OldSheetReader reader(wb, sheet, limits, biff);
      reader.read(sub);
      wb.sheets.push_back(std::move(sheet));
    }
    return wb;
  }
  if (kind != 0x0010 && kind != 0x0040)
    throw ReadError(ReadError::Kind::Unsupported,
                    "this old (pre-Excel 5) file is a chart or macro sheet, not a worksheet: it holds no cells");
  Sheet sheet;
  sheet.name = base_name(path);
  if (sheet.name.size() > 31) sheet.name = sheet.name.substr(0, 31);
  OldSheetReader reader(wb, sheet, limits, biff);
  reader.read(rs);
  wb.sheets.push_back(std::move(sheet));
  return wb;
}

Workbook read_old_biff_file(const std::string &path, const Limits &limits) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ReadError(ReadError::Kind::System, "could not open the file");
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string bytes = ss.str();
  if (bytes.size() > limits.max_file_bytes)
    throw ReadError(ReadError::Kind::TooLarge, "the file is over the size limit");
  return read_old_biff(bytes, path, limits);
}

std::string unnamed_sheet_name(std::size_t index) { return "Sheet" + std::to_string(index + 2); }

} // namespace fundbook
