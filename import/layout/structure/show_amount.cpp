#include "import/layout/structure/infer.hpp"

namespace fundbook::structure {

std::string show_amount(Money m) { return m.display(kScale); }

std::string quoted(const std::string &s) {
  constexpr std::size_t kMax = 60;
  return "'" + (s.size() > kMax ? s.substr(0, kMax - 3) + "..." : s) + "'";
}

} // namespace fundbook::structure
