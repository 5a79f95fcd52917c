#pragma once
// The package of an xlsx workbook (ECMA-376 Part 2, Open Packaging
// Conventions): its parts, streamed with no DOM built, the relationships
// each part has, and the workbook part the package names. Every function
// here and in the other xlsx_* readers takes the XmlParser to read parts
// with (see import/xml_part.hpp: under Own, XmlPull::Unsure means reading
// the workbook again by Expat).
#include <map>
#include <string>

#include "import/grid.hpp"
#include "import/limits.hpp"
#include "import/xml_part.hpp"
#include "import/xml_stream.hpp"
#include "import/zip_package.hpp"

namespace fundbook::xlsx {

// A relationship of a part (OPC 9.3). Types are compared by their ending
// ("/worksheet"): transitional and strict name the same kinds under
// different roots.
struct Relationship {
  std::string type;
  std::string target; // resolved part name, empty if it points outside
  bool external = false;
};
using Relationships = std::map<std::string, Relationship>; // by Id

// The relationships of `part` ("" for the package's own), by the part's
// _rels/NAME.rels; none when there is no such part.
Relationships read_rels(ZipPackage &zip, const std::string &part, const Limits &limits, XmlParser parser);

// The workbook part: the one the package's relationships name, else the
// usual name. A damaged package index is a warning in `wb`; a binary .xlsb,
// an OpenDocument file with an Excel name and a zip with no workbook are
// refused (ReadError, Unsupported).
std::string workbook_part(ZipPackage &zip, const Limits &limits, XmlParser parser, Workbook &wb);

} // namespace fundbook::xlsx
