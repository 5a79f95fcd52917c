#pragma once
// The committee-ready monitoring workbook, written with libxlsxwriter.
#include <cstdint>
#include <ctime>
#include <optional>
#include <string>

#include "engine/model.hpp"
#include "export/report/style.hpp"

namespace fundbook {

inline constexpr std::uint32_t kExcelRows = 1048576; // a sheet's rows

// Where the report's links to source cells point.
struct SourceLinks {
  // Relative to this folder, so the links still work when the report and
  // its sources are moved or emailed together; empty: the file name alone,
  // for a report that is downloaded (a browser saves it beside nothing we
  // know of, and the names are what was uploaded).
  std::string base;
  // Relative to the folder `out_path` is written in.
  static SourceLinks beside(const std::string &out_path);
  static SourceLinks file_name_only() { return {}; }
};

// Writes the report to `out_path` atomically: a temporary file in the same
// folder, renamed over the target only when complete. Throws
// std::runtime_error with a message naming the path on failure.
// A sheet longer than `rows_per_sheet` (Excel's 1,048,576) goes on in a
// continuation sheet, "Data (2)" and so on; a test may ask for fewer.
// Links to source cells are relative to the report's folder unless `links`
// says otherwise.
void write_report(const CheckResult &result, const ReportStyle &style, const std::string &out_path, std::time_t created,
                  std::uint32_t rows_per_sheet = kExcelRows, std::optional<SourceLinks> links = std::nullopt);

} // namespace fundbook
