#include "import/xlsx/number_text.hpp"

#include <charconv>
#include <cstdint>

namespace fundbook::xlsx {

// Most figures in a sheet are short decimals ("1312", "-395.5"): read those
// digit by digit and leave the rest (exponents, long expansions, odd
// spacing) to from_chars. Up to 15 digits the digits are an exact integer
// and dividing by an exact power of ten rounds once, correctly, so the
// result is the same double from_chars gives (the classic strtod fast path).
bool parse_number(std::string_view s, double &out) {
  static constexpr double kPow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                      1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  if (!s.empty() && s.size() <= 17) {
    bool neg = s[0] == '-';
    std::size_t i = neg ? 1 : 0, digits = 0, frac = 0;
    std::int64_t m = 0;
    bool dot = false, ok = i < s.size();
    for (; ok && i < s.size(); ++i) {
      char c = s[i];
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
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  if (s.empty()) return false;
  if (s.front() == '+') s.remove_prefix(1);
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

} // namespace fundbook::xlsx
