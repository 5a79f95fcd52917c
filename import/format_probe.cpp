#include "import/format_probe.hpp"

#include <algorithm>
#include <fstream>

#include "import/ods/odf_package.hpp"
#include "import/open.hpp"
#include "import/read_error.hpp"
#include "import/xls/cfb.hpp"
#include "import/zip_package.hpp"

namespace fundbook {

namespace {
std::string lower_ext(const std::string &path) {
  auto slash = path.find_last_of('/');
  auto dot = path.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  std::string e = path.substr(dot + 1);
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return e;
}
} // namespace

FormatProbe::FormatProbe(const std::string &path, const Limits &limits)
    : path_(path), limits_(limits), container_(sniff_container(path)), extension_(lower_ext(path)) {
  std::ifstream in(path, std::ios::binary);
  head_.resize(512);
  in.read(head_.data(), std::streamsize(head_.size()));
  head_.resize(std::size_t(in.gcount()));
}

FormatProbe::~FormatProbe() = default;

bool FormatProbe::head_has(std::string_view text) const { return head_.find(text) != std::string::npos; }

ZipPackage &FormatProbe::zip() {
  if (!zip_) zip_ = std::make_unique<ZipPackage>(path_, limits_);
  return *zip_;
}

const std::string &FormatProbe::odf_media_type() {
  if (!media_type_) media_type_ = zip().has("content.xml") ? fundbook::odf_media_type(zip(), limits_) : std::string();
  return *media_type_;
}

bool FormatProbe::odf_spreadsheet() { return odf_media_type().find("opendocument.spreadsheet") != std::string::npos; }

Cfb &FormatProbe::cfb() {
  if (!cfb_) {
    try {
      cfb_ = std::make_unique<Cfb>(Cfb::open(path_, limits_));
    } catch (const ReadError &e) {
      throw ReadError(ReadError::Kind::Unsupported,
                      std::string("this is an Office container but not an Excel workbook that can be read (") +
                          e.what() + ")");
    }
  }
  return *cfb_;
}

void FormatProbe::close() { zip_.reset(); }

} // namespace fundbook
