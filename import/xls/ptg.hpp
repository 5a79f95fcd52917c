#pragma once
// A BIFF8 formula's parsed tokens (the Ptg stream of [MS-XLS] 2.5.198) as the
// A1 text Excel shows for it.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fundbook::xls {

struct PtgContext {
  std::uint32_t row = 0, col = 0; // the cell: shared formulas' references are relative to it
  // Sheet names by EXTERNSHEET index for 3-D references; nullopt where the
  // index points outside this workbook or across several sheets.
  const std::vector<std::optional<std::string>> *sheets = nullptr;
};

// "=SUM(C6:H6)", or nullopt for tokens fundbook does not decode (names,
// array constants, other workbooks) or a stream that is damaged.
std::optional<std::string> decompile(std::string_view rgce, const PtgContext &ctx);

} // namespace fundbook::xls
