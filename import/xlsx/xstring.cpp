#include "import/xlsx/xstring.hpp"

#include <cstdint>

#include "import/text_encoding.hpp"

namespace fundbook::xlsx {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of an escape starting at text[i] ("_x" + four hex digits + "_"), or -1.
long escape_at(const std::string &text, std::size_t i) {
  if (i + 7 > text.size() || text[i] != '_' || text[i + 1] != 'x' || text[i + 6] != '_') return -1;
  long unit = 0;
  for (std::size_t k = i + 2; k < i + 6; ++k) {
    int d = hex_digit(text[k]);
    if (d < 0) return -1;
    unit = unit * 16 + d;
  }
  return unit;
}

} // namespace

void decode_xstring(std::string &text) {
  if (text.find("_x") == std::string::npos) return;
  std::string out;
  out.reserve(text.size());
  Utf16ToUtf8 utf16(out);
  for (std::size_t i = 0; i < text.size();) {
    long unit = escape_at(text, i);
    if (unit < 0) {
      utf16.finish();
      out += text[i++];
      continue;
    }
    i += 7;
    if (unit != 0) utf16.unit(std::uint16_t(unit));
  }
  utf16.finish();
  text = std::move(out);
}

} // namespace fundbook::xlsx
