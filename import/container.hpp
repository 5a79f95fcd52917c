#pragma once
// What a file's first bytes show it to be, before any reader is tried: the
// container the formats' sniffers look inside, and the words a refusal uses
// for what the file is instead. Which workbook format a zip or container
// holds is the formats list's to say (formats.hpp); a file that could not be
// read reports the container's name as its `inputs[].format`.
#include <string>
#include <string_view>

#include "core/enum_names.hpp"

namespace fundbook {

enum class Container {
  Empty,   // 0 bytes
  Zip,     // a zip package: xlsx, xlsm, or ods without its mimetype first
  Ods,     // a zip whose first part says it is an OpenDocument spreadsheet
  Cfb,     // an Office compound file: xls, or Word, Outlook...
  Biff,    // a bare BIFF2-4 record stream (Excel 2.x-4.0)
  Csv,     // text with a delimiter on its first line
  Text,    // other text
  Xml2003, // Excel 2003 XML
  Html,    // a web page
  Unknown, // other binary bytes
};

template <> struct EnumNames<Container> {
  static constexpr std::string_view of[] = {"empty", "zip",  "ods",     "cfb",  "biff",
                                            "csv",   "text", "xml2003", "html", "unknown"};
};

// Looks at the first 4 KiB of the file at `path`.
Container sniff_container(const std::string &path);

} // namespace fundbook
