#pragma once
// A sheet's <f> elements: a cell's own formula, a shared formula's master
// (t="shared" with ref and si) and the cells that reuse it (t="shared" si,
// no text: the master's relative references moved to the cell), and array
// formulas (t="array"). Kept beside the cells (Sheet::formulas).
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "import/grid.hpp"
#include "import/xml_stream.hpp"

namespace fundbook::xlsx {

class CellFormulas {
public:
  void begin_cell() { seen_ = in_f_ = false; }
  void start(const XmlAttrs &a); // <f>
  void text(std::string_view s);
  // The cell at (row, col) is finished: its formula, if it had one, is kept.
  void finish(Workbook &wb, Sheet &sheet, std::uint32_t row, std::uint32_t col);
  bool in_f() const { return in_f_; }
  void end_f() { in_f_ = false; }

private:
  struct Master {
    std::string text;
    std::uint32_t row, col;
  };
  enum class Kind { Normal, Shared, Array, Other } kind_ = Kind::Normal;
  bool in_f_ = false, seen_ = false, too_long_ = false;
  long si_ = -1;
  std::string text_;
  std::unordered_map<long, Master> masters_; // shared formulas by si
};

} // namespace fundbook::xlsx
