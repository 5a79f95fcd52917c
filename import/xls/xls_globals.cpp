#include "import/xls/xls_globals.hpp"

#include <map>

#include "import/text_encoding.hpp"
#include "import/xls/span_reader.hpp"

namespace fundbook::xls {
namespace {

// BIFF5 8-bit text is in the workbook's code page; UK files are Windows-1252
// (or plain ASCII), which to_utf8 reads.
std::string narrow(std::string_view bytes) { return to_utf8(bytes); }

// The format code of a Format record ([MS-XLS] 2.4.126), as it shows numbers.
void read_format(const Record &r, bool biff8, std::map<std::uint16_t, xlsx::NumberFormat> &format_shown) {
  std::uint16_t ifmt = rd16(r.data, 0);
  std::string code;
  if (biff8) {
    code = xl_unicode_string(r.data, 2);
  } else if (r.data.size() > 2) {
    std::size_t n = std::uint8_t(r.data[2]);
    code = narrow(r.data.substr(3, n));
  }
  format_shown[ifmt] = xlsx::number_format(code);
}

// An XF record ([MS-XLS] 2.4.353): which number format the cell format uses.
xlsx::NumberFormat read_xf(const Record &r, const std::map<std::uint16_t, xlsx::NumberFormat> &format_shown) {
  std::uint16_t ifmt = rd16(r.data, 2);
  auto it = format_shown.find(ifmt);
  return it != format_shown.end() ? it->second : xlsx::builtin_number_format(ifmt);
}

// A BoundSheet8 record ([MS-XLS] 2.4.28).
BoundSheet read_bound_sheet(const Record &r, bool biff8) {
  BoundSheet b;
  b.offset = rd32(r.data, 0);
  b.hidden = r.data.size() > 4 && (std::uint8_t(r.data[4]) & 3) != 0;
  b.type = r.data.size() > 5 ? std::uint8_t(r.data[5]) : 0;
  if (biff8) {
    SpanReader sr;
    sr.parts.push_back(r.data.substr(std::min<std::size_t>(6, r.data.size())));
    std::uint8_t cch = sr.u8(); // a ShortXLUnicodeString: a one-byte count
    b.name = sr.flagged_chars(cch);
  } else if (r.data.size() > 6) {
    std::size_t n = std::uint8_t(r.data[6]);
    b.name = narrow(r.data.substr(7, n));
  }
  return b;
}

// The SST record ([MS-XLS] 2.4.265) and the CONTINUE records after it.
void read_sst(const Record &r, RecordStream &rs, Workbook &wb, std::vector<std::uint32_t> &sst) {
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
}

} // namespace

Globals read_globals(RecordStream &rs, bool biff8, Workbook &wb) {
  Globals g;
  g.biff8 = biff8;
  std::map<std::uint16_t, xlsx::NumberFormat> format_shown;
  Record r;
  while (rs.next(r)) {
    if (r.type == 0x000A) break; // EOF
    switch (r.type) {
    case 0x002F: break; // FILEPASS: the stream was decrypted before
    case 0x01AE: g.externs.supbook(r.data); break;
    case 0x0017: g.externs.externsheet(r.data); break;
    case 0x0022: g.date1904 = rd16(r.data, 0) == 1; break; // Date1904, [MS-XLS] 2.4.77
    case 0x041E: read_format(r, biff8, format_shown); break;
    case 0x00E0: g.xf_shown.push_back(read_xf(r, format_shown)); break;
    case 0x0085: g.sheets.push_back(read_bound_sheet(r, biff8)); break;
    case 0x00FC: read_sst(r, rs, wb, g.sst); break;
    default: break;
    }
  }
  return g;
}

} // namespace fundbook::xls
