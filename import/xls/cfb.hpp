#pragma once
// The OLE2 / Compound File Binary container ([MS-CFB]) that holds .xls
// workbooks and encrypted OOXML packages. Every chain is bounds- and
// loop-checked: a damaged container is refused, never followed forever.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/limits.hpp"

namespace fundbook {

class Cfb {
public:
  static Cfb open(const std::string &path, const Limits &limits);
  static Cfb from_bytes(std::string bytes);
  bool has_stream(const std::string &name) const;
  // The stream's bytes; throws ReadError if it is missing or its chain is broken.
  std::string read_stream(const std::string &name) const;
  // The stream's bytes as far as the container holds them. A stream shorter
  // than its directory entry claims (a copy cut off in transfer, a chain that
  // stops early or points past the end) gives the bytes that are there, and
  // `damage` says what was missing; LibreOffice reads such files the same way.
  // A large stream is not copied: writers lay it out as a few runs of
  // sectors in file order (a 16 MB Workbook stream in 4, the sector tables
  // between), and those are moved together inside the container's own
  // bytes, which gives a view valid while the container lives. The
  // container's other large streams are then lost: it is for a reader that
  // needs this one stream and nothing more (later chains are refused).
  // Otherwise the bytes are read into `copy` and the view is of that.
  std::string_view stream_salvaging(const std::string &name, std::string &damage, std::string &copy);

private:
  struct Entry {
    std::string name; // ASCII-folded, as the names we look for are
    std::uint8_t type = 0;
    std::uint32_t start = 0;
    std::uint64_t size = 0;
  };
  // With `damage`, a broken chain ends the stream there and is described in
  // it instead of refusing the container.
  std::string chain(std::uint32_t start, std::uint64_t size, bool mini, std::string *damage = nullptr) const;
  // The stream's bytes, as chain() would read them, gathered in place when
  // its chain is whole and its runs of sectors lie in file order; none
  // (and nothing moved) otherwise.
  std::optional<std::string_view> gather(std::uint32_t start, std::uint64_t size);
  std::string salvage(const Entry &e, const std::string &name, std::string &damage) const;
  const Entry *find(const std::string &name) const;
  static Cfb from_buffer(std::unique_ptr<char[]> bytes, std::size_t size);

  // The file's bytes, in memory that is not zeroed first (a 16 MB
  // workbook's pages were written twice, zeroed and then read into).
  std::unique_ptr<char[]> bytes_;
  std::string_view data_;
  bool gathered_ = false; // a stream was gathered over the file's other sectors
  std::uint32_t sector_size_ = 512;
  std::uint32_t mini_sector_size_ = 64;
  std::uint32_t mini_cutoff_ = 4096;
  std::vector<std::uint32_t> fat_;
  std::vector<std::uint32_t> minifat_;
  std::vector<Entry> entries_;
  std::string ministream_;
};

} // namespace fundbook
