#pragma once
// Opens any workbook by what its bytes say it is, not by its name.
#include <string>

#include "import/grid.hpp"
#include "import/limits.hpp"

namespace fundbook {

// "xlsx", "ods", "xls", "csv", "html", "xlsb", "cfb", "empty", "text", "unknown".
std::string sniff_format(const std::string &path);

// Reads the workbook or throws ReadError with a message naming what is wrong
// and what to do; the path is added by the caller.
Workbook open_workbook(const std::string &path, const Limits &limits = {});

} // namespace fundbook
