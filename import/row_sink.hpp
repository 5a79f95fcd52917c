#pragma once
// A reader can hand each finished row of a sheet to a RowSink before keeping
// it. A sink that takes a row (returns true) has read what it needs from it;
// the reader then does not keep its cells, so a long table can be recognised
// as it streams past instead of being held as a grid first.
#include <cstdint>
#include <span>
#include <string>

#include "import/grid.hpp"

namespace fundbook {

class RowSink {
public:
  virtual ~RowSink() = default;
  virtual void sheet_begins(const std::string &name) = 0;
  // How many rows the sheet says it spans (its dimension), when it says.
  virtual void rows_expected(std::uint32_t) {}
  // The row's cells in the order read; texts through wb. Rows come in
  // ascending order (a reader that meets one out of order restarts without
  // the sink, after calling abandon()).
  virtual bool row(std::uint32_t r, std::span<const Cell> cells, bool hidden, const Workbook &wb) = 0;
  virtual void sheet_ends() = 0;
  // Everything taken so far is forgotten: the workbook is read again whole.
  virtual void abandon() = 0;
};

} // namespace fundbook
