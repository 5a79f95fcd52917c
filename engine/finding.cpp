#include "engine/finding.hpp"

#include <algorithm>
#include <tuple>

namespace fundbook {

const char *severity_name(Severity s) {
  switch (s) {
  case Severity::Error: return "error";
  case Severity::Warning: return "warning";
  case Severity::Info: return "info";
  }
  return "error";
}

void sort_findings(std::vector<Finding> &findings) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
    auto key = [](const Finding &f) {
      return std::make_tuple(f.path, f.sheet.value_or(""), f.cell ? f.cell->row : 0u, f.cell ? f.cell->col : 0u,
                             int(f.severity));
    };
    return key(a) < key(b);
  });
}

} // namespace fundbook
