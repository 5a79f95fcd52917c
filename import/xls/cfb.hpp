#pragma once
// The OLE2 / Compound File Binary container ([MS-CFB]) that holds .xls
// workbooks and encrypted OOXML packages. Every chain is bounds- and
// loop-checked: a damaged container is refused, never followed forever.
#include <cstdint>
#include <string>
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
  std::string read_stream_salvaging(const std::string &name, std::string &damage) const;

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
  const Entry *find(const std::string &name) const;

  std::string data_;
  std::uint32_t sector_size_ = 512;
  std::uint32_t mini_sector_size_ = 64;
  std::uint32_t mini_cutoff_ = 4096;
  std::vector<std::uint32_t> fat_;
  std::vector<std::uint32_t> minifat_;
  std::vector<Entry> entries_;
  std::string ministream_;
};

} // namespace fundbook
