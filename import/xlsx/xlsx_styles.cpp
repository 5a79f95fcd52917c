#include "import/xlsx/xlsx_styles.hpp"

#include <cstdlib>
#include <map>

#include "import/xlsx/xlsx_package.hpp"

namespace fundbook::xlsx {
namespace {

struct StylesHandler : XmlHandler {
  std::map<int, NumberFormat> custom;
  std::vector<NumberFormat> xf_formats;
  bool in_cellxfs = false;
  void start(std::string_view name, const XmlAttrs &a) override {
    if (name == "numFmt") {
      const char *id = a.get("numFmtId");
      const char *code = a.get("formatCode");
      if (id && code) custom[std::atoi(id)] = number_format(code);
    } else if (name == "cellXfs") {
      in_cellxfs = true;
    } else if (name == "xf" && in_cellxfs) {
      int id = 0;
      if (const char *n = a.get("numFmtId")) id = std::atoi(n);
      auto it = custom.find(id);
      xf_formats.push_back(it != custom.end() ? it->second : builtin_number_format(id));
    }
  }
  void end(std::string_view name) override {
    if (name == "cellXfs") in_cellxfs = false;
  }
};

} // namespace

std::vector<NumberFormat> read_cell_formats(ZipPackage &zip, const std::string &part, const Limits &limits,
                                            XmlParser parser) {
  StylesHandler h;
  stream_xml_part(zip, part, h, limits, parser);
  return std::move(h.xf_formats);
}

} // namespace fundbook::xlsx
