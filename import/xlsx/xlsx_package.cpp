#include "import/xlsx/xlsx_package.hpp"

#include <cstring>

#include "import/read_error.hpp"

namespace fundbook::xlsx {
namespace {

std::string dir_of(const std::string &part) {
  auto slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash);
}

std::string rels_part_for(const std::string &part) {
  std::string dir = dir_of(part);
  std::string base = part.substr(dir.empty() ? 0 : dir.size() + 1);
  return (dir.empty() ? "" : dir + "/") + "_rels/" + base + ".rels";
}

struct RelsHandler : XmlHandler {
  std::string base_dir;
  Relationships rels;
  void start(std::string_view name, const XmlAttrs &a) override {
    if (name != "Relationship") return;
    const char *id = a.get("Id");
    const char *target = a.get("Target");
    const char *type = a.get("Type");
    const char *mode = a.get("TargetMode");
    if (!id || !target) return;
    Relationship r;
    r.type = type ? type : "";
    r.external = mode && std::strcmp(mode, "External") == 0;
    if (!r.external) r.target = resolve_part(base_dir, target).value_or("");
    rels[id] = r;
  }
  void end(std::string_view) override {}
};

} // namespace

Relationships read_rels(ZipPackage &zip, const std::string &part, const Limits &limits, XmlParser parser) {
  RelsHandler h;
  h.base_dir = dir_of(part);
  std::string rp = rels_part_for(part);
  if (!zip.has(rp)) return {};
  stream_xml_part(zip, rp, h, limits, parser);
  return h.rels;
}

std::string workbook_part(ZipPackage &zip, const Limits &limits, XmlParser parser, Workbook &wb) {
  // The package's own relationships name the workbook part; fall back to the
  // usual name for packages written without them.
  std::string wb_part;
  Relationships package_rels;
  try {
    package_rels = read_rels(zip, "", limits, parser);
  } catch (const ReadError &) {
    // A damaged package index still leaves the usual workbook part to try.
    wb.warnings.push_back("the package's relationship part is damaged; the workbook was found by its usual name");
  }
  for (auto &[id, r] : package_rels) {
    if (r.type.ends_with("/officeDocument") && !r.target.empty() && zip.has(r.target)) wb_part = r.target;
  }
  if (wb_part.empty()) {
    if (zip.has("xl/workbook.xml"))
      wb_part = "xl/workbook.xml";
    else if (zip.has("xl/workbook.bin"))
      throw ReadError(ReadError::Kind::Unsupported, "binary .xlsb workbooks are not supported: save as .xlsx");
    else if (zip.has("content.xml"))
      throw ReadError(ReadError::Kind::Unsupported,
                      "this is an OpenDocument file with an Excel name: rename it to .ods");
    else
      throw ReadError(ReadError::Kind::Unsupported, "this zip file is not an Excel workbook (it has no workbook part)");
  }
  if (wb_part.ends_with(".bin"))
    throw ReadError(ReadError::Kind::Unsupported, "binary .xlsb workbooks are not supported: save as .xlsx");
  return wb_part;
}

} // namespace fundbook::xlsx
