#include "engine/finding.hpp"

#include <algorithm>
#include <string>
#include <utility>

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
  // Compared in place: the key used to copy the path and sheet of both
  // findings at every comparison (a hundred thousand findings, 1.7 s).
  static const std::string none;
  auto before = [](const Finding &a, const Finding &b) {
    if (int c = a.path.compare(b.path)) return c < 0;
    const std::string &sa = a.sheet ? *a.sheet : none, &sb = b.sheet ? *b.sheet : none;
    if (int c = sa.compare(sb)) return c < 0;
    auto rc = [](const Finding &f) { return std::make_pair(f.cell ? f.cell->row : 0u, f.cell ? f.cell->col : 0u); };
    if (rc(a) != rc(b)) return rc(a) < rc(b);
    return int(a.severity) < int(b.severity);
  };
  if (std::is_sorted(findings.begin(), findings.end(), before)) return;
  std::stable_sort(findings.begin(), findings.end(), before);
}

} // namespace fundbook
