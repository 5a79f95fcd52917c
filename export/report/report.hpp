#pragma once
// The committee-ready monitoring workbook, written with libxlsxwriter.
#include <cstdint>
#include <ctime>
#include <string>

#include "engine/model.hpp"
#include "export/report/style.hpp"

namespace fundbook {

// Writes the report to `out_path` atomically: a temporary file in the same
// folder, renamed over the target only when complete. Throws
// std::runtime_error with a message naming the path on failure.
// A sheet longer than `rows_per_sheet` (Excel's 1,048,576) goes on in a
// continuation sheet, "Data (2)" and so on; a test may ask for fewer.
void write_report(const CheckResult &result, const ReportStyle &style, const std::string &out_path, std::time_t created,
                  std::uint32_t rows_per_sheet = 1048576);

} // namespace fundbook
