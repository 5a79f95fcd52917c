#pragma once
// The formulas of a BIFF8 sheet: each FORMULA record's tokens, with the
// shared (SHRFMLA) and array (ARRAY) formulas their PtgExp points to, turned
// into A1 text once the sheet's records are read.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/grid.hpp"

namespace fundbook::xls {

// EXTERNSHEET's references, read in the globals: which sheet each index names.
class ExternSheets {
public:
  void supbook(std::string_view rec);
  void externsheet(std::string_view rec);
  // Sheet names by EXTERNSHEET index (nullopt: another workbook, or several sheets).
  std::vector<std::optional<std::string>> names(const std::vector<std::string> &sheet_names) const;

private:
  std::vector<bool> supbook_is_self_;
  struct Xti {
    std::uint16_t supbook, first, last;
  };
  std::vector<Xti> xti_;
};

class SheetFormulas {
public:
  void formula(std::uint16_t row, std::uint16_t col, std::string_view rec); // FORMULA
  void shared(std::string_view rec);                                        // SHRFMLA
  void array(std::string_view rec);                                         // ARRAY
  // Adds each formula's text to the sheet; those it cannot decode keep none.
  void finish(Workbook &wb, Sheet &sheet, const std::vector<std::optional<std::string>> &extern_sheets);

private:
  struct Pending {
    std::uint16_t row, col;
    std::string rgce; // empty when it points to a shared or array formula
    std::uint16_t master_row = 0, master_col = 0;
  };
  struct Block {
    std::uint16_t r1, r2, c1, c2;
    std::string rgce;
    bool array;
  };
  std::vector<Pending> cells_;
  std::vector<Block> blocks_;
};

} // namespace fundbook::xls
