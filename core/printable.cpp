#include "core/printable.hpp"

#include <cstdint>
#include <cstdio>

namespace fundbook {

namespace {
// Length of the UTF-8 sequence starting at s[i] and its code point, or 0
// when the bytes there are not well-formed UTF-8 (overlong, surrogate, cut).
std::size_t utf8_at(std::string_view s, std::size_t i, char32_t &cp) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  unsigned char c = b(0);
  std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = 1; k < n; ++k) {
    if ((b(k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(k) & 0x3F);
  }
  static constexpr char32_t kLeast[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kLeast[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

bool is_control(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

void append_escape(std::string &out, char32_t cp, bool byte) {
  char buf[12];
  if (byte || cp < 0x80)
    std::snprintf(buf, sizeof buf, "\\x%02X", unsigned(cp));
  else
    std::snprintf(buf, sizeof buf, "\\u%04X", unsigned(cp));
  out += buf;
}
} // namespace

std::string printable(std::string_view s, LineBreaks breaks) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    std::size_t n = utf8_at(s, i, cp);
    if (n == 0) {
      append_escape(out, static_cast<unsigned char>(s[i]), true);
      ++i;
      continue;
    }
    if (!is_control(cp)) {
      out.append(s, i, n);
    } else if (cp == '\n' || cp == '\r' || cp == '\t') {
      if (breaks == LineBreaks::AsSpace) {
        // Windows' line end is one break, not two spaces.
        if (!(cp == '\r' && i + 1 < s.size() && s[i + 1] == '\n')) out += ' ';
      } else
        out += cp == '\n' ? "\\n" : cp == '\r' ? "\\r" : "\\t";
    } else {
      append_escape(out, cp, false);
    }
    i += n;
  }
  return out;
}

} // namespace fundbook
