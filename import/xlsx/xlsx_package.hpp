#pragma once
// The package of an xlsx workbook (ECMA-376 Part 2, Open Packaging
// Conventions): its parts, streamed through expat with no DOM built, the
// relationships each part has, and the workbook part the package names.
#include <map>
#include <string>

#include "import/grid.hpp"
#include "import/limits.hpp"
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

// Streams `part` of the package through `handler`.
template <class H> void parse_part(ZipPackage &zip, const std::string &part, H &handler, const Limits &limits) {
  XmlStream xml(handler, limits, part);
  zip.stream_into(
      part, [&](std::size_t n) { return xml.room(n); }, [&](std::size_t k) { xml.parse_room(k); });
  xml.finish();
}

// The relationships of `part` ("" for the package's own), by the part's
// _rels/NAME.rels; none when there is no such part.
Relationships read_rels(ZipPackage &zip, const std::string &part, const Limits &limits);

// The workbook part: the one the package's relationships name, else the
// usual name. A damaged package index is a warning in `wb`; a binary .xlsb,
// an OpenDocument file with an Excel name and a zip with no workbook are
// refused (ReadError, Unsupported).
std::string workbook_part(ZipPackage &zip, const Limits &limits, Workbook &wb);

} // namespace fundbook::xlsx
