#pragma once
// The words a figure's line is known by: the first text left of it in its
// row, or the nearest text above it in its column (down from a table's
// top). A column's texts are found once, as far down as asked, and each
// figure then looks its heading up: a Total column beside 25,000 rows
// asking each row's figures for their column's heading, walking the column
// up from each, was quadratic (50,000 rows: 8 s).
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "import/figures.hpp"
#include "import/grid.hpp"

namespace fundbook::rules {

class LineWords {
public:
  LineWords(const Workbook &wb, const Sheet &sheet, std::uint32_t top = 0) : wb_(wb), sheet_(sheet), top_(top) {}

  // The first text left of `c` in its row (`row_label`), else the nearest
  // text above it in its column, no higher than the top: "" where none.
  std::string of(CellRef c, bool row_label) {
    if (row_label) {
      for (std::uint32_t k = 0; k < c.col; ++k)
        if (auto t = text(c.row, k); !t.empty()) return t;
      return {};
    }
    if (c.row <= top_) return {};
    Column &col = columns_[c.col];
    for (col.upto = std::max(col.upto, top_); col.upto < c.row; ++col.upto)
      if (!text(col.upto, c.col).empty()) col.texts.push_back(col.upto);
    auto below = std::lower_bound(col.texts.begin(), col.texts.end(), c.row);
    if (below == col.texts.begin()) return {};
    return text(*std::prev(below), c.col);
  }

  // Every text left of `c` in its row, in order: a line's code, its name,
  // a note beside it.
  std::vector<std::string> left_of(CellRef c) const {
    std::vector<std::string> out;
    for (std::uint32_t k = 0; k < c.col; ++k)
      if (auto t = text(c.row, k); !t.empty()) out.push_back(std::move(t));
    return out;
  }

private:
  std::string text(std::uint32_t r, std::uint32_t c) const {
    if (const Cell *l = sheet_.cell_at(r, c); l && l->type == CellType::String) return trim(wb_.text(*l));
    return {};
  }
  struct Column {
    std::uint32_t upto = 0;           // rows [top, upto) looked at
    std::vector<std::uint32_t> texts; // those of them holding words, ascending
  };
  const Workbook &wb_;
  const Sheet &sheet_;
  std::uint32_t top_;
  std::map<std::uint32_t, Column> columns_;
};

} // namespace fundbook::rules
