#pragma once
// One worksheet substream of a BIFF5/BIFF8 workbook ([MS-XLS] 2.1.7.20.5):
// its cell records, merged areas, hidden rows and columns and formulas.
#include <optional>
#include <string>
#include <vector>

#include "import/grid.hpp"
#include "import/limits.hpp"
#include "import/xls/biff_records.hpp"
#include "import/xls/xls_globals.hpp"

namespace fundbook::xls {

// What every sheet of one workbook is read with.
struct SheetContext {
  const Globals &globals;
  // Sheet names by EXTERNSHEET index, for formulas naming other sheets.
  const std::vector<std::optional<std::string>> &extern_sheets;
  const Limits &limits;
  // The container already said the stream is cut short: a sheet that ends
  // early is that one cause, not noted again for each sheet.
  bool stream_cut_short;
};

// Reads sheet `b` into wb.sheets, or says in wb.warnings why it could not
// be; chart, macro and dialog sheets hold no cells and are left out. A
// record read out of step after damage is noted in wb.damaged_sheets, and
// stepped over when the records after it read in step.
void read_sheet(RecordStream &rs, const BoundSheet &b, const SheetContext &context, Workbook &wb);

} // namespace fundbook::xls
