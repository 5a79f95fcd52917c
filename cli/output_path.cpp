#include "cli/output_path.hpp"
#include "core/concat.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace fundbook::cli {

std::optional<OutputProblem> check_output_path(const std::string &out) {
  namespace fs = std::filesystem;
  if (out == "-") return std::nullopt;
  fs::path target(out);
  std::error_code ec;
  if (fs::is_directory(target, ec))
    return OutputProblem{true, out + ": is a folder; give a file name ending .xlsx, e.g. " +
                                   (target / "monitoring-report.xlsx").string()};
  std::string ext = target.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  if (ext != ".xlsx") {
    std::string shown = ext.empty() ? "no extension" : concat("'", target.extension().string(), "'");
    return OutputProblem{true, out + ": the report is an Excel workbook, so its name must end .xlsx (this has " +
                                   shown + "); to print it as PDF, open it in Excel or LibreOffice"};
  }
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  if (!fs::is_directory(dir, ec)) return OutputProblem{false, out + ": the folder " + dir.string() + " does not exist"};
  if (::access(dir.c_str(), W_OK) != 0)
    return OutputProblem{false,
                         out + ": the folder " + dir.string() + " cannot be written to (" + std::strerror(errno) + ")"};
  return std::nullopt;
}

} // namespace fundbook::cli
