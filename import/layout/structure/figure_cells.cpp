#include "import/layout/structure/figure_cells.hpp"

#include <cmath>
#include <string>

namespace fundbook::structure {

namespace {
int decimals_of(double v) {
  // The fewest decimals that give the number back: spreadsheets store the
  // typed figure as the nearest double.
  double a = std::fabs(v);
  for (int d = 0; d <= 4; ++d) {
    double scaled = a * std::pow(10.0, d);
    double r = std::round(scaled);
    // Within the double's own error of the figure, not a relative slack
    // that would call 1,030,810,812.3028722 a four-decimal figure.
    if (std::fabs(scaled - r) <= std::max(1e-6, scaled * 1e-15)) return d;
  }
  return kNoise;
}

bool could_be_figure(std::string_view t) {
  if (ledger_sign(t)) return true; // "CR 21,669.72"
  for (char ch : t) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == ' ') continue;
    return (c >= '0' && c <= '9') || c == '(' || c == '-' || c == '+' || c == '$' || c == '.' || c == 0xC2 ||
           c == 0xE2; // £ (C2 A3), € and the en dash (E2 ...)
  }
  return false;
}
} // namespace

std::optional<Amount> read_amount(const Workbook &wb, const Cell &c, const FigureVocabulary &vocab) {
  Amount a;
  if (c.type == CellType::Number) {
    if (!std::isfinite(c.number) || std::fabs(c.number) > 1e14) return std::nullopt;
    auto m = Money::from_units(c.number, kScale); // nothing past what a cell holds to the penny
    if (!m) return std::nullopt;
    a.value = *m;
    a.decimals = decimals_of(c.number);
    return a;
  }
  if (c.type != CellType::String) return std::nullopt;
  std::string_view raw = wb.text(c);
  if (raw.size() > 40 || !could_be_figure(raw)) return std::nullopt;
  // parse_figure knows £; other currencies are the same figure to add up.
  std::string t(raw);
  bool symbol = false;
  for (std::string_view sym : {"US$", "$", "\xE2\x82\xAC"}) {
    for (auto p = t.find(sym); p != std::string::npos; p = t.find(sym)) {
      t.erase(p, sym.size());
      symbol = true;
    }
  }
  // "£000", "$'000", "€000s" head a column of thousands: a unit, not a zero.
  if (parse_unit(raw) == 100000 || (symbol && parse_unit("\xC2\xA3" + t) == 100000)) {
    std::string digits;
    for (char ch : t)
      if (ch >= '0' && ch <= '9') digits += ch;
    if (digits.find_first_not_of('0') == std::string::npos) return std::nullopt;
  }
  ParsedFigure p = parse_figure(t, vocab);
  if (p.kind == ParsedFigure::Kind::Nil) {
    a.nil = true;
    return a;
  }
  if (p.kind != ParsedFigure::Kind::Number || std::fabs(p.value) > 1e14) return std::nullopt;
  // own_unit is pence per unit (100 per pound): "$0.1M" is 100,000 units.
  double units = p.own_unit ? p.value * (double(p.own_unit) / 100) : p.value;
  auto m = Money::from_units(units, kScale);
  if (!m) return std::nullopt;
  a.value = *m;
  a.decimals = decimals_of(units);
  return a;
}

std::int64_t rounding_step(std::int64_t so_far, const Amount &a) {
  if (a.nil || a.value.is_zero()) return so_far;
  if (a.decimals == kNoise) return 1;
  std::int64_t v = a.value.pence() < 0 ? -a.value.pence() : a.value.pence();
  std::int64_t step = 1;
  while (step < so_far && v % (step * 10) == 0) step *= 10;
  return step;
}

std::optional<int> quotient_of(const Amount &f, const Amount &a, const Amount &b) {
  using Wide = __int128;
  // f * b * 10^6 and a * kScale * 10^6, their difference and twice it, fit
  // in a Wide for figures up to kMaxQuotientFigure (past it the products
  // could overflow: undefined behaviour, a quotient read from garbage).
  constexpr Wide kMax = kMaxQuotientFigure, kWideMax = (Wide(1) << 126) - 1 + (Wide(1) << 126);
  static_assert((kMax * kMax * 1000000 + kMax * kScale * 1000000) <= kWideMax / 2);
  auto beyond = [](const Amount &x) { return x.value.is_too_large() || x.value.abs().pence() > kMaxQuotientFigure; };
  if (f.nil || a.nil || b.nil || f.value.is_zero() || a.value.is_zero() || b.value.is_zero() || beyond(f) ||
      beyond(a) || beyond(b))
    return std::nullopt;
  Wide bv = b.value.abs().pence();
  for (Wide p = 1; p <= Wide(1000000000000000000); p *= 10)
    if (bv == p * kScale) return std::nullopt;
  // Half the last written place of f, in kScale units (a unit's ten-thousandth where unrounded).
  Wide half2 = 1; // twice the half step
  if (f.decimals < 4)
    for (int d = f.decimals; d < 4; ++d) half2 *= 10;
  const Wide fv = f.value.pence(), av = a.value.pence(), sb = b.value.pence();
  for (int k = -6; k <= 6; ++k) {
    Wide up = 1, down = 1; // 10^k as up / down
    for (int j = 0; j < (k < 0 ? -k : k); ++j) (k < 0 ? down : up) *= 10;
    // f = a / b * 10^k  <=>  f * b * down = a * kScale * up, within half f's step times |b| * down.
    Wide lhs = fv * sb * down, rhs = av * kScale * up;
    Wide diff = lhs > rhs ? lhs - rhs : rhs - lhs;
    if (diff * 2 <= half2 * bv * down) return k;
  }
  return std::nullopt;
}

bool percent_text(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  const bool bracketed = text.size() > 2 && text.front() == '(' && text.back() == ')';
  if (bracketed) text = text.substr(1, text.size() - 2);
  if (text.empty() || text.back() != '%') return false;
  text.remove_suffix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (!bracketed && !text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
  bool digit = false, point = false;
  for (char c : text) {
    if (c >= '0' && c <= '9')
      digit = true;
    else if (c == '.' && !point)
      point = true;
    else if (c != ',')
      return false;
  }
  return digit;
}

int decimals_written(std::string_view text) {
  if (auto ledger = ledger_sign(text))
    text = ledger->amount; // "21,669.72 CR", "30,782.63-": their sign says nothing of the decimals
  std::size_t point = std::string_view::npos, digits = 0, after = 0;
  for (std::size_t k = 0; k < text.size(); ++k) {
    char ch = text[k];
    if (ch >= '0' && ch <= '9') {
      ++digits;
      if (point != std::string_view::npos) ++after;
    } else if (ch == '.') {
      if (point != std::string_view::npos) return -1;
      point = k;
    } else {
      // Thousands' commas before the point, signs, brackets and currency
      // (£, €, the en dash and the minus sign are bytes past 0x7F in UTF-8)
      // say nothing of the decimals; anything else is no plain figure.
      bool mark = (ch == ',' && point == std::string_view::npos) || ch == ' ' || ch == '-' || ch == '+' || ch == '(' ||
                  ch == ')' || ch == '$' || static_cast<unsigned char>(ch) >= 0x80;
      if (!mark) return -1;
    }
  }
  if (digits == 0 || after > 4) return -1;
  return int(after);
}

bool index_row(const Workbook &wb, const Cell *begin, const Cell *end, const FigureVocabulary &vocab) {
  std::size_t n = 0;
  std::int64_t start = 0;
  std::uint32_t first_col = 0;
  for (const Cell *c = begin; c != end; ++c) {
    if (c->type == CellType::String && trim_view(wb.text(*c)).empty()) continue;
    auto a = read_amount(wb, *c, vocab);
    if (!a || a->nil || a->decimals != 0 || a->value.pence() % kScale != 0) return false;
    const std::int64_t x = a->value.pence() / kScale;
    if (n == 0) {
      if (x != 0 && x != 1) return false;
      start = x;
      first_col = c->col;
    } else if (x != start + std::int64_t(n) || c->col != first_col + n) {
      return false;
    }
    ++n;
  }
  return n >= 3;
}

} // namespace fundbook::structure
