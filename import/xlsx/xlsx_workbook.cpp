#include "import/xlsx/xlsx_workbook.hpp"

#include <cstring>

namespace fundbook::xlsx {
namespace {

struct WorkbookHandler : XmlHandler {
  std::vector<SheetEntry> sheets;
  bool date1904 = false;
  void start(std::string_view name, const XmlAttrs &a) override {
    if (name == "sheet") {
      SheetEntry s;
      if (const char *n = a.get("name")) s.name = n;
      if (const char *id = a.get("id")) s.rid = id;
      if (const char *st = a.get("state")) s.hidden = std::strcmp(st, "visible") != 0;
      sheets.push_back(std::move(s));
    } else if (name == "workbookPr") {
      if (const char *d = a.get("date1904")) date1904 = std::strcmp(d, "1") == 0 || std::strcmp(d, "true") == 0;
    }
  }
  void end(std::string_view) override {}
};

} // namespace

WorkbookPart read_workbook_part(ZipPackage &zip, const std::string &part, const Limits &limits, XmlParser parser) {
  WorkbookHandler h;
  stream_xml_part(zip, part, h, limits, parser);
  WorkbookPart wp;
  wp.sheets = std::move(h.sheets);
  wp.date1904 = h.date1904;
  wp.rels = read_rels(zip, part, limits, parser);
  for (auto &[id, r] : wp.rels) {
    if (r.type.ends_with("/sharedStrings"))
      wp.shared_strings_part = r.target;
    else if (r.type.ends_with("/styles"))
      wp.styles_part = r.target;
  }
  if (wp.shared_strings_part.empty() && zip.has("xl/sharedStrings.xml"))
    wp.shared_strings_part = "xl/sharedStrings.xml";
  if (wp.styles_part.empty() && zip.has("xl/styles.xml")) wp.styles_part = "xl/styles.xml";
  return wp;
}

} // namespace fundbook::xlsx
