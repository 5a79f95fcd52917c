#pragma once
// The committee-ready monitoring workbook, written with libxlsxwriter.
#include <ctime>
#include <string>

#include "engine/model.hpp"
#include "export/report/style.hpp"

namespace fundbook {

// Writes the report to `out_path` atomically: a temporary file in the same
// folder, renamed over the target only when complete. Throws
// std::runtime_error with a message naming the path on failure.
void write_report(const CheckResult &result, const ReportStyle &style, const std::string &out_path,
                  std::time_t created);

} // namespace fundbook
