#include "import/xlsx/xlsx_styles.hpp"

#include <cstdlib>
#include <map>

#include "import/xlsx/xlsx_package.hpp"

namespace fundbook::xlsx {
namespace {

struct StylesHandler : XmlHandler {
  std::map<int, Shown> custom_shown;
  std::vector<Shown> xf_shown;
  bool in_cellxfs = false;
  void start(std::string_view name, const XmlAttrs &a) override {
    if (name == "numFmt") {
      const char *id = a.get("numFmtId");
      const char *code = a.get("formatCode");
      if (id && code) custom_shown[std::atoi(id)] = format_code_shown(code);
    } else if (name == "cellXfs") {
      in_cellxfs = true;
    } else if (name == "xf" && in_cellxfs) {
      int id = 0;
      if (const char *n = a.get("numFmtId")) id = std::atoi(n);
      auto it = custom_shown.find(id);
      xf_shown.push_back(it != custom_shown.end() ? it->second : builtin_format_shown(id));
    }
  }
  void end(std::string_view name) override {
    if (name == "cellXfs") in_cellxfs = false;
  }
};

} // namespace

std::vector<Shown> read_cell_formats(ZipPackage &zip, const std::string &part, const Limits &limits) {
  StylesHandler h;
  parse_part(zip, part, h, limits);
  return std::move(h.xf_shown);
}

} // namespace fundbook::xlsx
