#pragma once
// Exact money. Amounts are whole pence in a 64-bit integer: sums of any number
// of figures are exact, and converting to £000 happens only at the edges.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

namespace fundbook {

class Money {
public:
  constexpr Money() = default;
  static constexpr Money from_pence(std::int64_t p) { return Money(p); }
  // `value` is a figure as written in a table whose unit is `pence_per_unit`
  // pence (100000 for £000, 100 for £). Rounds to the nearest penny, which
  // undoes the binary representation error of spreadsheet doubles.
  static Money from_units(double value, std::int64_t pence_per_unit) {
    return Money(static_cast<std::int64_t>(std::llround(value * static_cast<double>(pence_per_unit))));
  }
  static constexpr Money thousands(std::int64_t k) { return Money(k * 100000); }

  constexpr std::int64_t pence() const { return pence_; }
  constexpr bool is_zero() const { return pence_ == 0; }
  constexpr bool negative() const { return pence_ < 0; }
  constexpr bool positive() const { return pence_ > 0; }
  Money abs() const { return Money(pence_ < 0 ? -pence_ : pence_); }

  constexpr Money operator+(Money o) const { return Money(pence_ + o.pence_); }
  constexpr Money operator-(Money o) const { return Money(pence_ - o.pence_); }
  constexpr Money operator-() const { return Money(-pence_); }
  Money &operator+=(Money o) {
    pence_ += o.pence_;
    return *this;
  }
  Money &operator-=(Money o) {
    pence_ -= o.pence_;
    return *this;
  }
  constexpr auto operator<=>(const Money &) const = default;

  // Exact decimal text of the amount in units of `pence_per_unit`
  // ("-1941", "0.5"), for JSON and formulas; no thousands separators.
  std::string decimal(std::int64_t pence_per_unit = 100000) const {
    std::int64_t p = pence_;
    bool neg = p < 0;
    std::uint64_t a = neg ? static_cast<std::uint64_t>(-(p + 1)) + 1 : static_cast<std::uint64_t>(p);
    std::uint64_t unit = static_cast<std::uint64_t>(pence_per_unit);
    std::string s = std::to_string(a / unit);
    std::uint64_t frac = a % unit;
    if (frac) {
      std::string f;
      for (std::uint64_t u = unit / 10; u > 0; u /= 10) { f += char('0' + (frac / u) % 10); }
      while (!f.empty() && f.back() == '0') f.pop_back();
      s += "." + f;
    }
    return (neg && (a != 0)) ? "-" + s : s;
  }
  // The figure in £000 as a double, for writing to a spreadsheet cell only.
  double thousands_double() const { return static_cast<double>(pence_) / 100000.0; }

  // "1,312", "-1,941", "0.5" in units of `pence_per_unit`, as the seeds print.
  std::string display(std::int64_t pence_per_unit = 100000) const {
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
    return (neg ? "-" : "") + out + fp;
  }

private:
  constexpr explicit Money(std::int64_t p) : pence_(p) {}
  std::int64_t pence_ = 0;
};

} // namespace fundbook
