#pragma once
// Text from a workbook made safe to print on a terminal. File names, sheet
// names and cell labels come from whoever saved the file: an escape byte in
// one could clear the screen, recolour the findings or move the cursor over
// an error line, and a bidi override could make "row 54" read as another
// row. What a finance officer must see is which characters are there, so
// controls are shown as escapes rather than dropped.
#include <string>
#include <string_view>

namespace fundbook {

enum class LineBreaks {
  AsSpace,  // a label's line break (Alt+Enter in Excel) read as a space: one finding, one line
  AsEscape, // shown as \n, \r, \t: a cell dump says exactly what the cell holds
};

// `s` with every C0/C1 control, DEL and bidi control shown as \xNN or
// \uNNNN, and bytes that are not UTF-8 as \xNN; other text unchanged.
std::string printable(std::string_view s, LineBreaks breaks = LineBreaks::AsSpace);

} // namespace fundbook
