#include "import/xlsx/number_formats.hpp"

#include <cmath>

#include "import/grid.hpp"

namespace fundbook::xlsx {
namespace {

bool all_of(std::string_view s, std::string_view chars) {
  return !s.empty() && s.find_first_not_of(chars) == std::string_view::npos;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  return true;
}

} // namespace

Shown builtin_format_shown(int id) {
  if (id == 46) return Shown::Number; // [h]:mm:ss
  if ((id >= 18 && id <= 21) || id == 45 || id == 47) return Shown::Time;
  if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return Shown::Date;
  return Shown::Number;
}

Shown format_code_shown(std::string_view code) {
  bool in_quote = false, date = false, time = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (in_quote) {
      if (c == '"') in_quote = false;
      continue;
    }
    if (c == '"') {
      in_quote = true;
      continue;
    }
    if (c == '\\' || c == '_' || c == '*') {
      ++i;
      continue;
    }
    if (c == ';') break;
    if (c == '[') {
      std::size_t close = code.find(']', i);
      if (close == std::string_view::npos) break;
      std::string_view inside = code.substr(i + 1, close - i - 1);
      // [h]:mm and the like are elapsed durations: numbers, not dates (as
      // openpyxl and finance users read them), wherever the bracket is.
      if (all_of(inside, "hHmMsS")) return Shown::Number;
      if (iequals(inside, "$-F800") || iequals(inside, "$-x-sysdate")) date = true;
      if (iequals(inside, "$-F400") || iequals(inside, "$-x-systime")) time = true;
      i = close;
      continue;
    }
    switch (c) {
    case 'd':
    case 'D':
    case 'y':
    case 'Y': date = true; break;
    case 'm':
    case 'M': // minutes or a month: decided below
    case 'h':
    case 'H':
    case 's':
    case 'S': time = true; break;
    default: break;
    }
  }
  if (date) return Shown::Date;
  if (!time) return Shown::Number;
  // Only h, m, s: "mm" beside h or s is minutes, and a time; m alone (or
  // with nothing but itself) is a month, and a date.
  bool hours_or_seconds = false;
  for (std::size_t i = 0; i < code.size() && code[i] != ';'; ++i) {
    char c = code[i];
    if (c == '"') {
      std::size_t end = code.find('"', i + 1);
      if (end == std::string_view::npos) break;
      i = end;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == '[') {
      std::size_t close = code.find(']', i);
      if (close == std::string_view::npos) break;
      std::string_view inside = code.substr(i + 1, close - i - 1);
      if (iequals(inside, "$-F400") || iequals(inside, "$-x-systime")) hours_or_seconds = true;
      i = close;
    } else if (c == 'h' || c == 'H' || c == 's' || c == 'S') {
      hours_or_seconds = true;
    }
  }
  return hours_or_seconds ? Shown::Time : Shown::Date;
}

std::string shown_text(double serial, Shown shown, bool date1904) {
  if (shown == Shown::Number) return "";
  if (shown == Shown::Time && date1904 && serial >= 0 && serial < 1) return serial_to_iso(serial, false);
  return serial_to_iso(serial, date1904);
}

} // namespace fundbook::xlsx
