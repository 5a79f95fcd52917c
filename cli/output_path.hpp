#pragma once
// The report's -o, checked before any work is done, so a typo costs nothing:
// the extension (.xlsx, or "-" for standard output) and a folder that exists
// and can be written to.
#include <optional>
#include <string>

namespace fundbook::cli {

struct OutputProblem {
  bool usage;          // a wrong name (exit 2) rather than a folder that cannot be written (exit 4)
  std::string message; // names the path and what to do
};

std::optional<OutputProblem> check_output_path(const std::string &out);

} // namespace fundbook::cli
