#pragma once
// BIFF text that may run on from a record into the CONTINUE records after
// it ([MS-XLS] 2.1.7.1): each CONTINUE restarts with a flags byte saying
// whether its characters are one or two bytes wide.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "import/read_error.hpp"
#include "import/text_encoding.hpp"

namespace fundbook::xls {

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
    out.reserve(std::min<std::size_t>(count, 4096));
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
        --count;
      } else {
        // One byte a character: the part's run of them at once.
        std::size_t n = std::min(count, parts[part].size() - pos);
        utf8.latin1(parts[part].substr(pos, n));
        pos += n;
        count -= n;
      }
    }
    utf8.finish();
    return out;
  }
  // A ShortXLUnicodeString's or XLUnicodeString's characters once its count
  // has been read: the flags byte, then the characters.
  std::string flagged_chars(std::size_t count) {
    std::uint8_t flags = u8();
    return chars(count, flags & 1);
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

// An XLUnicodeString ([MS-XLS] 2.5.294: a 2-byte count, flags, characters)
// starting `at` bytes into one record.
inline std::string xl_unicode_string(std::string_view rec, std::size_t at) {
  SpanReader sr;
  sr.parts.push_back(rec.substr(std::min(at, rec.size())));
  std::uint16_t cch = sr.u16();
  return sr.flagged_chars(cch);
}

} // namespace fundbook::xls
