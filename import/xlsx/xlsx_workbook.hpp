#pragma once
// The workbook part (ECMA-376 Part 1, 18.2): the sheets in order, the date
// system, and the parts its relationships name (shared strings, styles,
// each sheet).
#include <string>
#include <vector>

#include "import/limits.hpp"
#include "import/xlsx/xlsx_package.hpp"

namespace fundbook::xlsx {

// A <sheet> of the workbook (18.2.19).
struct SheetEntry {
  std::string name;
  std::string rid; // its relationship's Id
  bool hidden = false;
};

struct WorkbookPart {
  std::vector<SheetEntry> sheets; // in the workbook's order
  bool date1904 = false;
  Relationships rels; // the workbook part's
  // Where the shared strings and styles are, by the relationships or else
  // by their usual names; empty when the package has none.
  std::string shared_strings_part, styles_part;
};

WorkbookPart read_workbook_part(ZipPackage &zip, const std::string &part, const Limits &limits, XmlParser parser);

} // namespace fundbook::xlsx
