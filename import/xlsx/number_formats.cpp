#include "import/xlsx/number_formats.hpp"

namespace fundbook::xlsx {

bool builtin_format_is_date(int id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

bool format_code_is_date(std::string_view code) {
  // Only the first section (positive numbers) decides, as openpyxl does.
  bool in_quote = false;
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
      // [h]:mm and the like are elapsed durations: numbers, not dates
      // (as openpyxl and finance users read them).
      if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos) return false;
      i = close;
      continue;
    }
    switch (c) {
    case 'd':
    case 'D':
    case 'm':
    case 'M':
    case 'y':
    case 'Y':
    case 'h':
    case 'H':
    case 's':
    case 'S': return true;
    default: break;
    }
  }
  return false;
}

} // namespace fundbook::xlsx
