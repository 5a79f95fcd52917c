#pragma once
// Opens any workbook by what its bytes say it is, not by its name.
#include <string>

#include "import/grid.hpp"
#include "import/limits.hpp"

namespace fundbook {

// Reads the workbook or throws ReadError with a message naming what is wrong
// and what to do; the path is added by the caller.
// With a sink, xlsx rows are offered to it as they are read (row_sink.hpp);
// other formats are read whole and the sink sees nothing.
class RowSink;
Workbook open_workbook(const std::string &path, const Limits &limits = {}, RowSink *sink = nullptr);

} // namespace fundbook
