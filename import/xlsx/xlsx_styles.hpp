#pragma once
// The styles part (ECMA-376 Part 1, 18.8): of all it holds, what the cells'
// values need, how each cell format shows a number.
#include <string>
#include <vector>

#include "import/limits.hpp"
#include "import/xlsx/number_formats.hpp"
#include "import/xml_part.hpp"
#include "import/zip_package.hpp"

namespace fundbook::xlsx {

// How each cell format (cellXfs/xf, by a cell's s index) shows a number,
// by its numFmtId: a custom format of the part's <numFmts>, else a built-in.
std::vector<NumberFormat> read_cell_formats(ZipPackage &zip, const std::string &part, const Limits &limits,
                                            XmlParser parser);

} // namespace fundbook::xlsx
