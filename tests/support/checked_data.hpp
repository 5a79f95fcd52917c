#pragma once
// Checking one workbook of a generated test-data folder (tests/data/<folder>/)
// in-process, and naming the cells of its findings, for tests that assert
// where fundbook reports rather than only how often.
#include <stdexcept>
#include <string>

#include "core/cellref.hpp"
#include "engine/check.hpp"
#include "support/fixtures.hpp"

namespace fundbook::test {

inline CheckResult check_data(const std::string &folder, const std::string &name) {
  CheckOptions o;
  o.threads = 1; // findings in one order whatever the machine
  return run_check({source_dir() + "/tests/data/" + folder + "/" + name}, o);
}

// The cells of the findings of one severity, space-separated in report order.
inline std::string finding_cells(const CheckResult &r, Severity s) {
  std::string out;
  for (const auto &f : r.findings)
    if (f.severity == s) {
      if (!out.empty()) out += ' ';
      out += f.cell ? a1(*f.cell) : std::string("-");
    }
  return out;
}

inline const Finding &first_finding(const CheckResult &r, Severity s) {
  for (const auto &f : r.findings)
    if (f.severity == s) return f;
  throw std::runtime_error("no finding of that severity");
}

} // namespace fundbook::test
