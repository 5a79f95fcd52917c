#pragma once
// A1 references: the way finance staff and every finding name a cell.
#include <cstdint>
#include <optional>
#include <utility>
#include <string>
#include <string_view>

namespace fundbook {

struct CellRef {
  std::uint32_t row = 0; // 0-based
  std::uint32_t col = 0; // 0-based
  auto operator<=>(const CellRef &) const = default;
};

inline std::string column_name(std::uint32_t col) {
  std::string s;
  std::uint32_t n = col + 1;
  while (n > 0) {
    std::uint32_t r = (n - 1) % 26;
    s.insert(s.begin(), char('A' + r));
    n = (n - 1) / 26;
  }
  return s;
}

inline std::string a1(std::uint32_t row, std::uint32_t col) { return column_name(col) + std::to_string(row + 1); }
inline std::string a1(CellRef r) { return a1(r.row, r.col); }

// Parses "B12", "$B$12" or "b12"; rejects anything outside Excel's grid.
inline std::optional<CellRef> parse_a1(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && s[i] == '$') ++i;
  std::uint64_t col = 0;
  std::size_t letters = 0;
  while (i < s.size() && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z'))) {
    char c = s[i] >= 'a' ? char(s[i] - 32) : s[i];
    col = col * 26 + std::uint64_t(c - 'A' + 1);
    if (++letters > 3) return std::nullopt;
    ++i;
  }
  if (i < s.size() && s[i] == '$') ++i;
  std::uint64_t row = 0;
  std::size_t digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    row = row * 10 + std::uint64_t(s[i] - '0');
    if (++digits > 7) return std::nullopt;
    ++i;
  }
  if (i != s.size() || letters == 0 || digits == 0 || row == 0 || col > 16384 || row > 1048576) return std::nullopt;
  return CellRef{std::uint32_t(row - 1), std::uint32_t(col - 1)};
}

// The same for a NUL-terminated text, as XML attributes come: "D12345" (capitals
// then digits, as every writer puts a cell's r) is read in one pass with no
// length measured first; anything else goes to the general parser above.
inline std::optional<CellRef> parse_a1(const char *s) {
  std::uint32_t c = 0, r = 0;
  int letters = 0, digits = 0;
  const char *p = s;
  for (; *p >= 'A' && *p <= 'Z' && letters <= 3; ++p, ++letters) c = c * 26 + std::uint32_t(*p - 'A' + 1);
  for (; *p >= '0' && *p <= '9' && digits <= 7; ++p, ++digits) r = r * 10 + std::uint32_t(*p - '0');
  if (!*p && letters >= 1 && letters <= 3 && digits >= 1 && digits <= 7 && r >= 1 && r <= 1048576 && c <= 16384)
    return CellRef{r - 1, c - 1};
  return parse_a1(std::string_view(s));
}

// "A1:L100", or one cell "B2" (first == last); nullopt if either end is not a cell.
inline std::optional<std::pair<CellRef, CellRef>> parse_a1_range(std::string_view s) {
  auto colon = s.find(':');
  auto first = parse_a1(s.substr(0, colon));
  auto last = colon == std::string_view::npos ? first : parse_a1(s.substr(colon + 1));
  if (!first || !last) return std::nullopt;
  return std::pair{*first, *last};
}

} // namespace fundbook
