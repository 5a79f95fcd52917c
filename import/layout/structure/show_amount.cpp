#include "import/layout/structure/infer.hpp"

namespace fundbook::structure {

std::string show_amount(Money m, int min_decimals) { return m.display(kScale, min_decimals); }

int step_decimals(Money step) {
  // Only steps of whole hundredths or tenths: finer ones are unrounded
  // figures, which padding would only lengthen.
  if (step.pence() == kScale / 100) return 2;
  if (step.pence() == kScale / 10) return 1;
  return 0;
}

std::string quoted(const std::string &s) {
  constexpr std::size_t kMax = 60;
  return "'" + (s.size() > kMax ? s.substr(0, kMax - 3) + "..." : s) + "'";
}

} // namespace fundbook::structure
