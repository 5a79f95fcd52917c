#pragma once
// libFuzzer targets read through the same entry points as fundbook does:
// the bytes go to a file in memory-backed /dev/shm, then to the reader.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <string>

namespace fundbook::fuzz {

inline std::string scratch_file(const char *ext, const std::uint8_t *data, std::size_t size) {
  static std::string path = [&] {
    const char *dir = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    return std::string(dir) + "/fundbook-fuzz-" + std::to_string(getpid()) + ext;
  }();
  std::FILE *f = std::fopen(path.c_str(), "wb");
  if (!f) return "";
  if (size) std::fwrite(data, 1, size, f);
  std::fclose(f);
  return path;
}

} // namespace fundbook::fuzz
