#pragma once
// The record layer of a BIFF5/BIFF8 workbook stream ([MS-XLS] 2.1.4): one
// record after another, each a type, a length and its bytes; and the checks
// that tell a record read in step from one read out of step after damage.
// Inline: the reader asks them of every record.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "import/read_error.hpp"

namespace fundbook::xls {

struct Record {
  std::uint16_t type;
  std::string_view data;
  std::size_t offset;
};

inline std::uint16_t rd16(std::string_view d, std::size_t off) {
  if (off + 2 > d.size()) return 0;
  std::uint16_t v;
  std::memcpy(&v, d.data() + off, 2);
  return v;
}
inline std::uint32_t rd32(std::string_view d, std::size_t off) {
  if (off + 4 > d.size()) return 0;
  std::uint32_t v;
  std::memcpy(&v, d.data() + off, 4);
  return v;
}
inline double rd64(std::string_view d, std::size_t off) {
  if (off + 8 > d.size()) return 0;
  double v;
  std::memcpy(&v, d.data() + off, 8);
  return v;
}

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
  std::string_view stream() const { return s_; }

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
inline bool plausible_record_type(std::uint16_t t) {
  return t <= 0x02FF || (t >= 0x0400 && t <= 0x04FF) || (t >= 0x0800 && t <= 0x08FF) || (t >= 0x1000 && t <= 0x10FF);
}

// LibreOffice writes a record it has no BIFF8 form for (a colour scale, a
// data bar) as type 0xFFFF with no data, its EXC_ID_UNKNOWN: a record a
// spreadsheet program did write, holding nothing, so no sign of damage.
inline bool empty_placeholder_record(std::uint16_t t, std::size_t len) { return t == 0xFFFF && len == 0; }

// The size [MS-XLS] fixes for a cell record, or 0 for the others.
inline std::size_t fixed_cell_record_size(std::uint16_t t) {
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
inline bool plausible_cell_record_size(std::uint16_t t, std::size_t len) {
  if (std::size_t n = fixed_cell_record_size(t)) return len >= n && len <= n + 2;
  if (t == 0x00BD) return len >= 12 && (len - 6) % 6 == 0; // MULRK: 6 bytes a cell
  if (t == 0x00BE) return len >= 8 && (len - 6) % 2 == 0;  // MULBLANK: 2 bytes a cell
  return true;
}

// Why the record just read shows the stream out of step, or "" when it
// does not. `cell_level`: outside an embedded chart, where cell records are.
// Called for every record, so the type is only formatted once a record is
// found wanting.
inline std::string out_of_step_reason(const Record &r, bool cut, bool cell_level) {
  auto hex = [&r] {
    char type[8];
    std::snprintf(type, sizeof type, "0x%04X", unsigned(r.type));
    return std::string(type);
  };
  if (cut) return "a record runs past the end of the stream";
  if (!plausible_record_type(r.type) && !empty_placeholder_record(r.type, r.data.size()))
    return "a record of a type no spreadsheet writes, " + hex();
  if (cell_level && !plausible_cell_record_size(r.type, r.data.size()))
    return "a cell record of type " + hex() + " with a wrong length";
  return "";
}

// Whether the records from `pos` read as a writer wrote them: the next few
// have types and sizes that make sense, or the sheet's end comes first.
// Used to step over one damaged record without reading garbage after it.
inline bool in_step_at(std::string_view s, std::size_t pos) {
  for (int i = 0; i < 4; ++i) {
    if (pos + 4 > s.size()) return false;
    std::uint16_t type, len;
    std::memcpy(&type, s.data() + pos, 2);
    std::memcpy(&len, s.data() + pos + 2, 2);
    if ((!plausible_record_type(type) && !empty_placeholder_record(type, len)) || len > 8224 ||
        pos + 4 + len > s.size() || !plausible_cell_record_size(type, len))
      return false;
    if (type == 0x000A) return true;
    pos += 4 + len;
  }
  return true;
}

} // namespace fundbook::xls
