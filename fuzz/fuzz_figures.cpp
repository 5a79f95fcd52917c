// Fuzzes the figure parser: amounts, years, units and references.
#include <cstdint>
#include <string>

#include "import/figures.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  std::string s(reinterpret_cast<const char *>(data), size);
  fundbook::parse_figure(s);
  fundbook::parse_financial_year(s);
  fundbook::parse_unit(s);
  if (auto r = fundbook::find_reference(s)) {
    if (r->end > s.size() || r->begin > r->end) __builtin_trap();
  }
  fundbook::strip_reference(s);
  fundbook::fold_spaces(s);
  return 0;
}
