#pragma once
// The globals substream of a BIFF5/BIFF8 workbook ([MS-XLS] 2.1.7.20.1):
// what every sheet's cells need before they can be read (the shared
// strings, how each cell format shows a number, the 1904 date system) and
// the list of sheets with where each one's records start.
#include <cstdint>
#include <string>
#include <vector>

#include "import/grid.hpp"
#include "import/xls/biff_records.hpp"
#include "import/xls/xls_formulas.hpp"
#include "import/xlsx/number_formats.hpp"

namespace fundbook::xls {

// A BoundSheet8 record ([MS-XLS] 2.4.28).
struct BoundSheet {
  std::uint32_t offset = 0; // of the sheet's BOF in the workbook stream
  bool hidden = false;
  std::uint8_t type = 0; // 0 worksheet, 1 macro sheet, 2 chart, 6 VBA module
  std::string name;
};

struct Globals {
  bool biff8 = true;
  bool date1904 = false;
  std::vector<std::uint32_t> sst;           // shared strings, as interned in the workbook
  std::vector<xlsx::NumberFormat> xf_shown; // how each cell format (XF) shows a number
  std::vector<BoundSheet> sheets;           // in the workbook's order
  ExternSheets externs;                     // for formulas' references to other sheets
};

// Reads the records after the workbook's BOF up to the globals' EOF.
// Strings are interned in `wb`; a cut-short string table is a warning there.
Globals read_globals(RecordStream &rs, bool biff8, Workbook &wb);

} // namespace fundbook::xls
