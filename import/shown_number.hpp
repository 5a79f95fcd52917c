#pragma once
// A number cell as its number format shows it: a date (or a time) where the
// format is one and the number is a serial in range, else a plain number.
// Every reader of Excel's number formats (xlsx, BIFF5/8 and BIFF2-4 .xls)
// decides through here, so a date cell means the same whichever wrote it.
#include <string>

#include "import/grid.hpp"
#include "import/xlsx/number_formats.hpp"

namespace fundbook {

// Makes `c` a Date cell holding the ISO 8601 text Excel would show for `v`
// (interned in `wb`), or a Number cell holding `v` and the step its format
// shows it to. Inline: the xlsx reader calls it for every number of a sheet.
inline void set_shown_number(Cell &c, double v, xlsx::NumberFormat format, bool date1904, Workbook &wb) {
  c.number = v;
  c.shown = shown_step::kUnknown;
  if (format.shown == xlsx::Shown::Number) {
    c.type = CellType::Number;
    c.shown = format.step;
    return;
  }
  std::string iso = xlsx::shown_text(v, format.shown, date1904);
  if (iso.empty()) { // out of the date range: the number stays
    c.type = CellType::Number;
    return;
  }
  c.type = CellType::Date;
  c.str = wb.intern(iso);
}

} // namespace fundbook
