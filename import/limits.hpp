#pragma once
// Bounds on what one input may cost, so a hostile file is refused with a
// clear message instead of taking the machine down.
#include <cstdint>

namespace fundbook {

struct Limits {
  std::uint64_t max_file_bytes = 512ull << 20;   // a single input file
  std::uint64_t max_inflated_bytes = 1ull << 30; // all zip parts read from one package
  std::uint64_t max_part_ratio = 1000;           // inflated : compressed for a large part
  std::uint32_t max_xml_depth = 256;
  std::uint64_t max_cells_per_sheet = 20'000'000;
  std::uint64_t max_string_bytes = 1u << 20; // one cell's text (Excel's own limit is 32,767 chars)
  std::uint64_t max_files_in_folder = 10'000;
};

} // namespace fundbook
