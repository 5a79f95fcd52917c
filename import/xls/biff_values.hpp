#pragma once
// Values every BIFF version encodes alike (MS-XLS 2.5.217 RkNumber, 2.5.90
// BErr): one decoding for the BIFF8 reader, the old-BIFF reader and the
// formula tokens.
#include <cstdint>
#include <cstring>

namespace fundbook::xls {

inline double rk_number(std::uint32_t rk) {
  double v;
  if (rk & 2) {
    v = double(std::int32_t(rk) >> 2);
  } else {
    std::uint64_t bits = std::uint64_t(rk & 0xFFFFFFFC) << 32;
    std::memcpy(&v, &bits, 8);
  }
  return (rk & 1) ? v / 100.0 : v;
}

inline const char *error_text(std::uint8_t code) {
  switch (code) {
  case 0x00: return "#NULL!";
  case 0x07: return "#DIV/0!";
  case 0x0F: return "#VALUE!";
  case 0x17: return "#REF!";
  case 0x1D: return "#NAME?";
  case 0x24: return "#NUM!";
  default: return "#N/A";
  }
}

} // namespace fundbook::xls
