#pragma once
// Opens any workbook by what its bytes say it is, not by its name.
#include <string>

#include "import/grid.hpp"
#include "import/limits.hpp"

namespace fundbook {

// The kind of container the first bytes show: "zip", "ods" (a zip whose
// ODF mimetype comes first), "cfb" (an Office container), "biff" (a bare
// BIFF2-4 stream), "csv", "text", "html", "xml2003", "empty" or "unknown".
// Which workbook format a zip or container holds is the formats list's to
// say (formats.hpp); a file that could not be read reports this name.
std::string sniff_format(const std::string &path);

// Reads the workbook or throws ReadError with a message naming what is wrong
// and what to do; the path is added by the caller.
// With a sink, xlsx rows are offered to it as they are read (row_sink.hpp);
// other formats are read whole and the sink sees nothing.
class RowSink;
Workbook open_workbook(const std::string &path, const Limits &limits = {}, RowSink *sink = nullptr);

} // namespace fundbook
