#pragma once
// Every workbook format fundbook reads, in one list: the name results give
// it, what people call it, its file name extensions, how its bytes are told
// apart and its reader. The folder search, `watch`, uploads, the usage text
// and the drop-in page take their extensions from here, and open_workbook
// tries the list in order: adding a format is its reader and one line in
// formats.cpp.
#include <span>
#include <string>
#include <string_view>

#include "import/grid.hpp"

namespace fundbook {

class FormatProbe;
class RowSink;

struct WorkbookFormat {
  std::string_view name;                        // Workbook::format, inputs[].format: "xlsx"
  std::string_view display;                     // for people: "Excel workbook"
  std::span<const std::string_view> extensions; // lower case, with the dot; what folders are searched for
  // Whether the file's bytes are this format; may throw ReadError when
  // looking inside finds the file damaged.
  bool (*sniff)(FormatProbe &probe);
  // Reads it whole, or throws ReadError saying why not. A sink is offered
  // rows by the formats that stream them (row_sink.hpp).
  Workbook (*read)(FormatProbe &probe, RowSink *sink);
};

// In the order open_workbook tries them and messages list them.
std::span<const WorkbookFormat> workbook_formats();

// Whether a file name ends in one of the formats' extensions (in any case):
// the files a folder, an inbox or an uploaded zip is taken to hold.
bool has_workbook_extension(std::string_view file_name);
// Every extension in list order, e.g. ".xlsx .xlsm .xls .ods .csv" for " ".
std::string workbook_extensions(std::string_view separator = " ");
// ".xlsx, .xlsm, .xls, .ods or .csv"
std::string workbook_extensions_in_words();

} // namespace fundbook
