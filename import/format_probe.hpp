#pragma once
// What is known of one file's bytes while its format is worked out: the
// container its first bytes show (sniff_container), its name's extension, and
// the zip package or Office container inside, each opened once, on first use.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "import/container.hpp"
#include "import/limits.hpp"

namespace fundbook {

class Cfb;
class ZipPackage;

class FormatProbe {
public:
  FormatProbe(const std::string &path, const Limits &limits);
  ~FormatProbe();
  FormatProbe(const FormatProbe &) = delete;
  FormatProbe &operator=(const FormatProbe &) = delete;

  const std::string &path() const { return path_; }
  const Limits &limits() const { return limits_; }
  // What the first bytes show (import/container.hpp).
  Container container() const { return container_; }
  // The name's extension, lower case, without the dot ("" when none).
  const std::string &extension() const { return extension_; }
  // Whether the first 512 bytes hold `text` (a zip's first part names).
  bool head_has(std::string_view text) const;
  // The zip package (container "zip"); throws ReadError when it cannot be opened.
  ZipPackage &zip();
  // An OpenDocument package's media type, "" when it has none (zip only).
  const std::string &odf_media_type();
  bool odf_spreadsheet();
  // The Office container (container "cfb"); throws ReadError saying it is
  // an Office container fundbook cannot read when it cannot be opened.
  Cfb &cfb();
  // The Office container if it was opened, else null: read whole already, a
  // reader takes it rather than reading the file again.
  const Cfb *opened_cfb() const { return cfb_.get(); }
  // Lets go of the zip package before a reader opens the file itself (the
  // Office container stays, for the reader).
  void close();

private:
  std::string path_;
  Limits limits_;
  Container container_;
  std::string extension_, head_;
  std::unique_ptr<ZipPackage> zip_;
  std::unique_ptr<Cfb> cfb_;
  std::optional<std::string> media_type_;
};

} // namespace fundbook
