#pragma once
// Exact money. Amounts are whole pence in a 64-bit integer: sums of any number
// of figures are exact, and converting to £000 happens only at the edges.
//
// Arithmetic is checked. A result that a 64-bit count of pence cannot hold is
// not wrapped: it becomes the one "too large" amount, which every later sum
// keeps, which compares equal only to itself, and which the checks report
// instead of comparing (a wrapped sum once passed a TOTAL £10^17 out).
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>

namespace fundbook {

class Money {
public:
  // The largest figure a cell may hold: 2^53 pence (about £90 trillion), the
  // most a spreadsheet's double carries to the penny. Larger figures are
  // refused where they are read, so a sum of up to 1,024 figures cannot
  // overflow; longer sums are checked all the same.
  static constexpr std::int64_t kMaxFigurePence = std::int64_t(1) << 53;

  constexpr Money() = default;
  static constexpr Money from_pence(std::int64_t p) { return Money(p); }
  static constexpr Money too_large() { return Money(kTooLarge); }
  // `value` is a figure as written in a table whose unit is `pence_per_unit`
  // pence (100000 for £000, 100 for £). Rounds to the nearest penny, which
  // undoes the binary representation error of spreadsheet doubles. Nothing
  // for a figure beyond kMaxFigurePence (or not finite): the caller reports it.
  static std::optional<Money> from_units(double value, std::int64_t pence_per_unit) {
    double p = value * static_cast<double>(pence_per_unit);
    if (!(std::fabs(p) <= static_cast<double>(kMaxFigurePence))) return std::nullopt; // also NaN
    return Money(static_cast<std::int64_t>(std::llround(p)));
  }
  static constexpr Money thousands(std::int64_t k) {
    std::int64_t p = 0;
    return __builtin_mul_overflow(k, std::int64_t(100000), &p) ? too_large() : Money(p);
  }

  // Whether a sum went beyond what the type holds; pence() is then meaningless.
  constexpr bool is_too_large() const { return pence_ == kTooLarge; }
  constexpr std::int64_t pence() const { return pence_; }
  constexpr bool is_zero() const { return pence_ == 0; }
  constexpr bool negative() const { return pence_ < 0 && !is_too_large(); }
  constexpr bool positive() const { return pence_ > 0; }
  // The too-large amount stays too large; every other amount negates safely,
  // because kTooLarge is the one value whose negation overflows.
  constexpr Money abs() const { return pence_ < 0 && !is_too_large() ? Money(-pence_) : *this; }

  constexpr Money operator+(Money o) const {
    std::int64_t r = 0;
    if (is_too_large() || o.is_too_large() || __builtin_add_overflow(pence_, o.pence_, &r)) return too_large();
    return Money(r);
  }
  constexpr Money operator-(Money o) const {
    std::int64_t r = 0;
    if (is_too_large() || o.is_too_large() || __builtin_sub_overflow(pence_, o.pence_, &r)) return too_large();
    return Money(r);
  }
  constexpr Money operator-() const { return is_too_large() ? *this : Money(-pence_); }
  constexpr Money &operator+=(Money o) { return *this = *this + o; }
  constexpr Money &operator-=(Money o) { return *this = *this - o; }
  constexpr auto operator<=>(const Money &) const = default;

  // Exact decimal text of the amount in units of `pence_per_unit`
  // ("-1941", "0.5"), for JSON and formulas; no thousands separators.
  // Callers write a too-large amount as null or words, never as a figure.
  std::string decimal(std::int64_t pence_per_unit = 100000) const {
    // Made in a buffer and returned in one piece: JSON writes one per figure,
    // hundreds of thousands for a long tracker, and a figure fits the string's
    // own room (no allocation).
    std::int64_t p = pence_;
    bool neg = p < 0;
    std::uint64_t a = neg ? static_cast<std::uint64_t>(-(p + 1)) + 1 : static_cast<std::uint64_t>(p);
    std::uint64_t unit = static_cast<std::uint64_t>(pence_per_unit);
    char buf[48]; // sign, 20 digits, point, at most 19 decimals
    char *q = buf;
    if (neg && a != 0) *q++ = '-';
    q = std::to_chars(q, buf + 21, a / unit).ptr;
    std::uint64_t frac = a % unit;
    if (frac) {
      *q++ = '.';
      char *decimals = q;
      for (std::uint64_t u = unit / 10; u > 0; u /= 10) *q++ = char('0' + (frac / u) % 10);
      while (q > decimals && q[-1] == '0') --q;
    }
    return std::string(buf, q);
  }
  // The figure in £000 as a double, for writing to a spreadsheet cell only.
  double thousands_double() const { return static_cast<double>(pence_) / 100000.0; }

  // "1,312", "-1,941", "0.5" in units of `pence_per_unit`, as the seeds print;
  // with at least `min_decimals` decimals, so a figure of a table written to
  // the penny reads "4,682,744.20", not "4,682,744.2".
  std::string display(std::int64_t pence_per_unit = 100000, int min_decimals = 0) const {
    if (is_too_large())
      return "more than fundbook can add up exactly (over \xc2\xa3"
             "92,000 trillion)";
    std::string d = decimal(pence_per_unit);
    bool neg = !d.empty() && d[0] == '-';
    if (neg) d.erase(0, 1);
    auto dot = d.find('.');
    std::string ip = d.substr(0, dot), fp = dot == std::string::npos ? "" : d.substr(dot);
    std::string out;
    int n = 0;
    for (auto it = ip.rbegin(); it != ip.rend(); ++it) {
      if (n && n % 3 == 0) out.insert(out.begin(), ',');
      out.insert(out.begin(), *it);
      ++n;
    }
    std::string shown;
    shown.reserve(out.size() + fp.size() + 4);
    if (neg) shown.push_back('-');
    shown += out;
    shown += fp;
    // Padded one character at a time: GCC 12 warns of an overlapping copy
    // (-Wrestrict) on string appends here that cannot overlap.
    if (min_decimals > 0) {
      std::size_t have = fp.empty() ? 0 : fp.size() - 1;
      if (fp.empty()) shown.push_back('.');
      for (; have < std::size_t(min_decimals); ++have) shown.push_back('0');
    }
    return shown;
  }

private:
  static constexpr std::int64_t kTooLarge = std::numeric_limits<std::int64_t>::min();
  constexpr explicit Money(std::int64_t p) : pence_(p) {}
  std::int64_t pence_ = 0;
};

} // namespace fundbook
