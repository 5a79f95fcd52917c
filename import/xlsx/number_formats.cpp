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

namespace {
// The step one section of a format shows a number to, from `i` up to the
// section's end (its ';', where `i` is left); `digits` false where it shows none.
struct SectionStep {
  std::uint8_t code = shown_step::kUnknown;
  bool digits = false;
};
SectionStep section_step(std::string_view code, std::size_t &i) {
  int decimals = 0, thousands = 0;
  bool point = false, digits = false, unknown = false;
  bool after_digit = false; // nothing but commas (or the point) since the last placeholder
  for (; i < code.size() && code[i] != ';'; ++i) {
    char c = code[i];
    switch (c) {
    case '0':
    case '#':
    case '?':
      digits = after_digit = true;
      if (point) ++decimals;
      thousands = 0; // a comma between placeholders groups thousands
      continue;
    case '.':
      unknown = unknown || point;
      point = true;
      continue;
    case ',':
      if (after_digit) ++thousands;
      continue;
    case '%':
    case '/':
    case '@':
    case 'E':
    case 'e': unknown = true; break; // a percentage, a fraction, text, scientific
    default: break;
    }
    after_digit = false;
    if (c == '"') {
      std::size_t end = code.find('"', i + 1);
      if (end == std::string_view::npos) return {shown_step::kUnknown, true};
      i = end;
    } else if (c == '\\' || c == '_' || c == '*') { // an escaped character, a space as wide as one, a fill
      ++i;
    } else if (c == '[') {
      std::size_t close = code.find(']', i);
      if (close == std::string_view::npos) return {shown_step::kUnknown, true};
      // [Red], [>=100], [$£-809] say nothing of the step; [h] is a duration.
      unknown = unknown || all_of(code.substr(i + 1, close - i - 1), "hHmMsS");
      i = close;
    } else if ((c == 'G' || c == 'g') && iequals(code.substr(i, 7), "General")) {
      unknown = digits = true;
    }
  }
  if (unknown) return {shown_step::kUnknown, true};
  return {digits ? shown_step::code(decimals, thousands) : shown_step::kUnknown, digits};
}
} // namespace

std::uint8_t format_code_step(std::string_view code) {
  // The first section shows the positive numbers, the second the negative
  // ones (the third, zero, is exact whatever it shows): where both show
  // digits to different steps, a total's step depends on its sign, and
  // is not known.
  std::size_t i = 0;
  SectionStep positive = section_step(code, i);
  if (!positive.digits || i >= code.size()) return positive.code;
  SectionStep negative = section_step(code, ++i);
  return negative.digits && negative.code != positive.code ? shown_step::kUnknown : positive.code;
}

std::uint8_t builtin_format_step(int id) {
  switch (id) {
  case 1: // 0
  case 3: // #,##0
  case 5:
  case 6: // currency, whole
  case 37:
  case 38:
  case 41:
  case 42: return shown_step::code(0, 0);
  case 2: // 0.00
  case 4: // #,##0.00
  case 7:
  case 8:
  case 39:
  case 40:
  case 43:
  case 44: return shown_step::code(2, 0);
  default: return shown_step::kUnknown;
  }
}

std::string shown_text(double serial, Shown shown, bool date1904) {
  if (shown == Shown::Number) return "";
  if (shown == Shown::Time && date1904 && serial >= 0 && serial < 1) return serial_to_iso(serial, false);
  return serial_to_iso(serial, date1904);
}

} // namespace fundbook::xlsx
