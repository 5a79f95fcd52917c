#pragma once
// Which kind of OpenDocument a zip package is. The `mimetype` entry, first
// and stored, is the convention; LibreOffice also opens packages written
// without it (or with it compressed or later), by the root entry of
// META-INF/manifest.xml and, failing that, by the body of content.xml.
#include <string>

#include "import/limits.hpp"
#include "import/zip_package.hpp"

namespace fundbook {

// The package's media type ("application/vnd.oasis.opendocument.spreadsheet"
// for a spreadsheet), or empty when nothing in it says it is OpenDocument.
std::string odf_media_type(ZipPackage &zip, const Limits &limits);

} // namespace fundbook
