#include "import/xlsx/number_text.hpp"

#include <charconv>
#include <cstdint>

namespace fundbook::xlsx {

// Most figures in a sheet are short decimals ("1312", "-395.5"): read those
// digit by digit and leave the rest (exponents, long expansions, odd
// spacing) to from_chars. Up to 15 digits the digits are an exact integer
// and dividing by an exact power of ten rounds once, correctly, so the
// result is the same double from_chars gives (the classic strtod fast path).
bool parse_number(std::string_view text, double &out) {
  static constexpr double kPow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                      1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  if (!text.empty() && text.size() <= 17) {
    bool neg = text[0] == '-';
    std::size_t i = neg ? 1 : 0, digits = 0, frac = 0;
    std::int64_t m = 0;
    bool dot = false, ok = i < text.size();
    for (; ok && i < text.size(); ++i) {
      char c = text[i];
      if (c >= '0' && c <= '9') {
        m = m * 10 + (c - '0');
        ++digits;
        frac += dot;
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        ok = false;
      }
    }
    if (ok && digits > 0 && digits <= 15) {
      double v = double(m) / kPow10[frac];
      out = neg ? -v : v;
      return true;
    }
  }
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' || text.front() == '\r'))
    text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' || text.back() == '\r'))
    text.remove_suffix(1);
  if (text.empty()) return false;
  if (text.front() == '+') text.remove_prefix(1);
  auto r = std::from_chars(text.data(), text.data() + text.size(), out);
  return r.ec == std::errc() && r.ptr == text.data() + text.size();
}

} // namespace fundbook::xlsx
