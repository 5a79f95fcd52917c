#pragma once
// One worksheet part (ECMA-376 Part 1, 18.3): its cells with their values
// and formulas, merged areas, hidden rows and columns, streamed row by row;
// a RowSink may take each row as it ends, so a long table is never held whole.
#include <cstdint>
#include <string>
#include <vector>

#include "import/grid.hpp"
#include "import/limits.hpp"
#include "import/row_sink.hpp"
#include "import/xlsx/number_formats.hpp"
#include "import/xml_part.hpp"
#include "import/zip_package.hpp"

namespace fundbook::xlsx {

// Thrown when a row comes out of order after a RowSink took rows: the
// workbook is read again without the sink.
struct StreamRestart {};

// What every sheet of one workbook is read with.
struct SheetContext {
  const std::vector<std::uint32_t> &shared;  // the shared strings, as interned in the workbook
  const std::vector<NumberFormat> &xf_shown; // how each cell format shows a number
  bool date1904;
  const Limits &limits;
  RowSink *sink; // or nullptr
  XmlParser parser;
};

// Reads the cells of `part` into `sheet` (named, and finished by
// finish_sheet); what is damaged is noted in `wb`, texts are interned there.
void read_sheet(ZipPackage &zip, const std::string &part, const SheetContext &context, Sheet &sheet, Workbook &wb);

} // namespace fundbook::xlsx
