#pragma once
// The rows and columns around a finding's cell, as a small grid a person can
// read on the drop-in page, the way the 360Giving data quality tool shows
// upload errors.
#include <string>

#include "engine/model.hpp"

namespace fundbook::cli {

// A JSON array aligned with r.findings: an excerpt object or null for each.
// Reads the source workbooks again (the CLI's job, not the engine's).
std::string excerpts_json(const CheckResult &r);

} // namespace fundbook::cli
