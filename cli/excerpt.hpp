#pragma once
// The rows and columns around a finding's cell, as a small grid a person can
// read on the drop-in page, the way the 360Giving data quality tool shows
// upload errors.
#include <cstdint>
#include <string>

#include "engine/model.hpp"

namespace fundbook::cli {

// A JSON array aligned with r.findings: an excerpt object or null for each;
// null after the first max_per_rule findings of a rule (the page shows those
// first, and reading every workbook again for thousands of repeats of one
// finding would cost more than the check).
// Reads the source workbooks again (the CLI's job, not the engine's).
std::string excerpts_json(const CheckResult &r, std::size_t max_per_rule = SIZE_MAX);

} // namespace fundbook::cli
