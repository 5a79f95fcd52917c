// The Office container's streams read in place (issue 22): a large stream
// laid out as runs of sectors in file order is gathered without a copy; one
// whose runs go back is copied; both give the bytes the chain holds.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "import/xls/cfb.hpp"

using namespace fundbook;

namespace {

constexpr std::uint32_t kEnd = 0xFFFFFFFE, kFree = 0xFFFFFFFF, kFatSector = 0xFFFFFFFD;

void put32(std::string &d, std::size_t at, std::uint32_t v) { std::memcpy(d.data() + at, &v, 4); }
void put16(std::string &d, std::size_t at, std::uint16_t v) { std::memcpy(d.data() + at, &v, 2); }

// A container of 512-byte sectors: sector 0 the FAT, 1 the directory (the
// root and one stream "Workbook"), then data sectors. The stream's bytes
// are its sector's number and offset, so a sector out of place shows.
struct Built {
  std::string bytes, stream;
};
Built build(const std::vector<std::uint32_t> &chain, std::uint32_t sectors) {
  std::string d(512 * (1 + sectors), '\0');
  std::memset(d.data() + 0x4C, 0xFF, 109 * 4);
  put16(d, 0x1E, 9);
  put16(d, 0x20, 6);
  put32(d, 0x2C, 1);
  put32(d, 0x30, 1);
  put32(d, 0x38, 4096);
  put32(d, 0x3C, kEnd);
  put32(d, 0x44, kEnd);
  put32(d, 0x4C, 0);
  auto fat = [&](std::uint32_t s, std::uint32_t v) { put32(d, 512 + s * 4, v); };
  for (std::uint32_t s = 0; s < 128; ++s) fat(s, kFree);
  fat(0, kFatSector);
  fat(1, kEnd);
  for (std::size_t i = 0; i < chain.size(); ++i) fat(chain[i], i + 1 < chain.size() ? chain[i + 1] : kEnd);
  auto entry = [&](int k, const char *name, std::uint8_t type, std::uint32_t start, std::uint32_t size) {
    std::size_t at = 1024 + std::size_t(k) * 128;
    std::size_t n = std::strlen(name);
    for (std::size_t i = 0; i < n; ++i) put16(d, at + i * 2, std::uint16_t(name[i]));
    put16(d, at + 0x40, std::uint16_t((n + 1) * 2));
    d[at + 0x42] = char(type);
    put32(d, at + 0x74, start);
    put32(d, at + 0x78, size);
  };
  Built b;
  std::uint32_t size = std::uint32_t(chain.size() * 512 - 100); // the last sector part used
  entry(0, "Root Entry", 5, kEnd, 0);
  entry(1, "Workbook", 2, chain.front(), size);
  for (std::uint32_t s : chain) {
    for (std::size_t i = 0; i < 512; i += 4) put32(d, (s + 1) * 512 + i, s << 16 | std::uint32_t(i));
    b.stream += d.substr((s + 1) * 512, 512);
  }
  b.stream.resize(size);
  b.bytes = std::move(d);
  return b;
}

std::string read(const Built &b, bool &copied) {
  Cfb cfb = Cfb::from_bytes(b.bytes);
  std::string damage, copy;
  std::string view(cfb.stream_salvaging("Workbook", damage, copy));
  EXPECT_EQ(damage, "");
  copied = !copy.empty();
  return view;
}

} // namespace

TEST(CfbStream, RunsInFileOrderAreGatheredInPlace) {
  // Three runs with other sectors between, as LibreOffice lays out a large
  // Workbook stream around its sector tables.
  Built b = build({2, 3, 4, 7, 8, 12, 13, 14, 15}, 16);
  bool copied = true;
  EXPECT_EQ(read(b, copied), b.stream);
  EXPECT_FALSE(copied);
}

TEST(CfbStream, RunsThatGoBackAreCopied) {
  Built b = build({7, 8, 9, 2, 3, 4, 12, 13}, 16);
  bool copied = false;
  EXPECT_EQ(read(b, copied), b.stream);
  EXPECT_TRUE(copied);
}

TEST(CfbStream, OneRunIsReadInPlace) {
  Built b = build({2, 3, 4, 5, 6, 7, 8, 9, 10}, 12);
  bool copied = true;
  EXPECT_EQ(read(b, copied), b.stream);
  EXPECT_FALSE(copied);
}
