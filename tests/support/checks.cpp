#include "support/checks.hpp"

namespace fundbook::test {

CheckResult check_file(const std::string &path) {
  CheckOptions o;
  o.threads = 1;
  return run_check({path}, o);
}

std::string error_cells(const CheckResult &r, bool with_rule) {
  std::string out;
  for (auto &f : r.findings) {
    if (f.severity != Severity::Error || !f.cell) continue;
    if (!out.empty()) out += ' ';
    out += (f.sheet ? *f.sheet : std::string()) + "!" + a1(*f.cell);
    if (with_rule) out += ":" + f.rule;
  }
  return out;
}

} // namespace fundbook::test
