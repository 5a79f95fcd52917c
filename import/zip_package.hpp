#pragma once
// A zip package (xlsx, ods) opened read-only through libzip, with its parts
// streamed out under the inflation limits.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "import/limits.hpp"

struct zip;

namespace fundbook {

class ZipPackage {
public:
  ZipPackage(const std::string &path, const Limits &limits);
  ~ZipPackage();
  ZipPackage(const ZipPackage &) = delete;
  ZipPackage &operator=(const ZipPackage &) = delete;

  bool has(std::string_view name) const;
  // Streams a part in chunks to `sink`; throws ReadError on damage or limits.
  void stream(std::string_view name, const std::function<void(const char *, std::size_t)> &sink);
  // The same, inflating straight into buffers the consumer hands out (an XML
  // parser's own, saving a copy of every byte): room(n) gives space for n
  // bytes, filled(k) says k bytes were written there.
  void stream_into(std::string_view name, const std::function<char *(std::size_t)> &room,
                   const std::function<void(std::size_t)> &filled);
  std::string read_all(std::string_view name);
  // A part's inflated size as the package's directory gives it; 0 where it
  // does not (or the part is missing).
  std::uint64_t inflated_size(std::string_view name) const;

private:
  std::optional<std::int64_t> locate(std::string_view name) const;
  zip *archive_ = nullptr;
  // A small package's bytes, read in one go: libzip then reads its parts
  // from memory rather than with a seek and a read for every chunk.
  std::string bytes_;
  Limits limits_;
  std::uint64_t inflated_ = 0;
  std::map<std::string, std::int64_t> index_;
};

// Resolves a relationship target against the folder of the part that names
// it; absolute targets ("/xl/...") are from the package root. Returns nothing
// for a target that climbs out of the package.
std::optional<std::string> resolve_part(std::string_view base_dir, std::string_view target);

} // namespace fundbook
