#pragma once
// The rows and columns around a finding's cell, as a small grid a person can
// read on the drop-in page, the way the 360Giving data quality tool shows
// upload errors.
#include <cstdint>
#include <string>
#include <vector>

#include "engine/model.hpp"

namespace fundbook::cli {

// The findings that get an excerpt: those with a cell, the first
// max_per_rule of each rule (the page shows those first, and reading every
// workbook again for thousands of repeats of one finding would cost more
// than the check). A copy, so the result may change while they are read
// (serve relabels its paths and writes its JSON meanwhile).
struct ExcerptPlan {
  struct Want {
    std::size_t finding; // index in r.findings
    std::string path, sheet;
    CellRef cell;
  };
  std::size_t findings = 0;
  std::vector<Want> wanted;
};
ExcerptPlan plan_excerpts(const CheckResult &r, std::size_t max_per_rule = SIZE_MAX);

// A JSON array aligned with r.findings: an excerpt object for each finding
// planned, null for the others. Reads the source workbooks again (the CLI's
// job, not the engine's).
std::string excerpts_json(const ExcerptPlan &plan);
inline std::string excerpts_json(const CheckResult &r, std::size_t max_per_rule = SIZE_MAX) {
  return excerpts_json(plan_excerpts(r, max_per_rule));
}

} // namespace fundbook::cli
