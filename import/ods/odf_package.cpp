#include "import/ods/odf_package.hpp"

#include <cstring>

#include "import/read_error.hpp"
#include "import/xml_part.hpp"
#include "import/xml_stream.hpp"

namespace fundbook {
namespace {

constexpr const char *kSpreadsheet = "application/vnd.oasis.opendocument.spreadsheet";

// <manifest:file-entry manifest:full-path="/" manifest:media-type="..."/>
struct ManifestHandler : XmlHandler {
  std::string root_type;
  void start(std::string_view name, const XmlAttrs &a) override {
    if (name != "file-entry") return;
    const char *path = a.get("full-path");
    const char *type = a.get("media-type");
    if (path && type && std::strcmp(path, "/") == 0) root_type = type;
  }
  void end(std::string_view) override {}
};

// The first element inside <office:body> names the document's kind
// (spreadsheet, text, presentation...); reading stops there.
struct BodyKind {
  std::string kind;
};
struct ContentHandler : XmlHandler {
  int depth = 0, body_depth = -1;
  void start(std::string_view name, const XmlAttrs &) override {
    ++depth;
    if (name == "body" && depth == 2) {
      body_depth = depth;
    } else if (body_depth > 0 && depth == body_depth + 1) {
      throw BodyKind{std::string(name)};
    }
  }
  void end(std::string_view) override { --depth; }
};

} // namespace

std::string odf_media_type(ZipPackage &zip, const Limits &limits) {
  if (zip.has("mimetype")) {
    std::string mt = zip.read_all("mimetype");
    while (!mt.empty() && std::strchr(" \t\r\n", mt.back())) mt.pop_back();
    if (mt.find("opendocument") != std::string::npos) return mt;
  }
  if (zip.has("META-INF/manifest.xml")) {
    ManifestHandler h;
    try {
      stream_xml_part(zip, "META-INF/manifest.xml", h, limits, XmlParser::Expat);
    } catch (const ReadError &) {
      // A damaged manifest leaves content.xml to say what the package is.
    }
    if (h.root_type.find("opendocument") != std::string::npos) return h.root_type;
  }
  if (zip.has("content.xml")) {
    ContentHandler h;
    try {
      stream_xml_part(zip, "content.xml", h, limits, XmlParser::Expat);
    } catch (const BodyKind &k) {
      if (k.kind == "spreadsheet") return kSpreadsheet;
      return "application/vnd.oasis.opendocument." + k.kind;
    } catch (const ReadError &) {}
  }
  return "";
}

} // namespace fundbook
