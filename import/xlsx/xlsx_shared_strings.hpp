#pragma once
// The shared string table (ECMA-376 Part 1, 18.4): the texts cells name by
// index (t="s").
#include <cstdint>
#include <string>
#include <vector>

#include "import/grid.hpp"
#include "import/limits.hpp"
#include "import/xml_part.hpp"
#include "import/zip_package.hpp"

namespace fundbook::xlsx {

// Each string of `part` in order, interned in `wb`: plain <si><t> and rich
// text runs <si><r><t>; phonetic guides (<rPh>) are not part of the value.
std::vector<std::uint32_t> read_shared_strings(ZipPackage &zip, const std::string &part, Workbook &wb,
                                               const Limits &limits, XmlParser parser);

} // namespace fundbook::xlsx
