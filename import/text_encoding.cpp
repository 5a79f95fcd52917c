#include "import/text_encoding.hpp"

#include <cstdint>

namespace fundbook {

bool is_valid_utf8(std::string_view s) {
  // Strict (RFC 3629): no overlong forms, no surrogates, nothing past
  // U+10FFFF, so whatever passes is UTF-8 any JSON parser accepts.
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    auto at = [&](std::size_t k) { return i + k < n ? static_cast<unsigned char>(s[i + k]) : 0u; };
    auto cont = [](unsigned b) { return (b & 0xC0) == 0x80; };
    unsigned b1 = at(1);
    if (c >= 0xC2 && c <= 0xDF) {
      if (!cont(b1)) return false;
      i += 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      // E0 needs A0-BF (not overlong); ED needs 80-9F (not a surrogate).
      unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
      if (b1 < lo || b1 > hi || !cont(at(2))) return false;
      i += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      // F0 needs 90-BF (not overlong); F4 needs 80-8F (not past U+10FFFF).
      unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
      if (b1 < lo || b1 > hi || !cont(at(2)) || !cont(at(3))) return false;
      i += 4;
    } else {
      return false; // a continuation byte first, C0, C1 or F5-FF
    }
  }
  return true;
}

void append_utf8(std::string &out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp <= 0x10FFFF) {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    append_utf8(out, 0xFFFD);
  }
}

void Utf16ToUtf8::unit_slow(std::uint16_t u) {
  if (u >= 0xDC00 && u <= 0xDFFF && high_) {
    append_utf8(out_, 0x10000 + ((std::uint32_t(high_) - 0xD800) << 10) + (u - 0xDC00));
    high_ = 0;
    return;
  }
  finish();
  if (u >= 0xD800 && u <= 0xDBFF)
    high_ = u;
  else
    append_utf8(out_, u); // a lone low surrogate comes out as U+FFFD
}

void Utf16ToUtf8::latin1(std::string_view bytes) {
  finish();
  std::size_t i = 0;
  while (i < bytes.size()) {
    std::size_t run = i;
    while (run < bytes.size() && static_cast<unsigned char>(bytes[run]) < 0x80) ++run;
    out_.append(bytes.substr(i, run - i));
    if (run == bytes.size()) break;
    auto b = static_cast<unsigned char>(bytes[run]);
    out_ += char(0xC0 | (b >> 6));
    out_ += char(0x80 | (b & 0x3F));
    i = run + 1;
  }
}

void Utf16ToUtf8::finish() {
  if (high_) append_utf8(out_, 0xFFFD);
  high_ = 0;
}

std::string utf16_to_utf8(std::string_view bytes, bool big_endian) {
  std::string out;
  out.reserve(bytes.size());
  Utf16ToUtf8 conv(out);
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    conv.unit(big_endian ? std::uint16_t(a << 8 | b) : std::uint16_t(b << 8 | a));
  }
  conv.finish();
  return out;
}

Utf16Bom utf16_bom(std::string_view bytes) {
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFF\xFE") {
    // FF FE 00 00 is UTF-32's little-endian BOM, which no spreadsheet program writes.
    if (bytes.size() >= 4 && bytes[2] == 0 && bytes[3] == 0) return Utf16Bom::None;
    return Utf16Bom::Little;
  }
  if (bytes.size() >= 2 && bytes.substr(0, 2) == "\xFE\xFF") return Utf16Bom::Big;
  return Utf16Bom::None;
}

std::string cp1252_to_utf8(std::string_view s) {
  // 0x80-0x9F differ from Latin-1; 0 marks the five undefined bytes.
  static const std::uint16_t high[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                         0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                         0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                         0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    std::uint32_t cp = c;
    if (c >= 0x80 && c < 0xA0) cp = high[c - 0x80] ? high[c - 0x80] : 0xFFFD;
    append_utf8(out, cp);
  }
  return out;
}

std::string to_utf8(std::string_view bytes) {
  if (Utf16Bom bom = utf16_bom(bytes); bom != Utf16Bom::None)
    return utf16_to_utf8(bytes.substr(2), bom == Utf16Bom::Big);
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (is_valid_utf8(bytes)) return std::string(bytes);
  return cp1252_to_utf8(bytes);
}

} // namespace fundbook
