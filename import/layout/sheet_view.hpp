#pragma once
// Row-and-column access to one sheet's cells for the recognisers, and the
// reading of a cell as a figure in a table's unit.
#include <optional>
#include <string>
#include <vector>

#include "core/year_key.hpp"
#include "import/figures.hpp"
#include "import/grid.hpp"
#include "import/layout/tables.hpp"

namespace fundbook {

class SheetView {
public:
  SheetView(const Workbook &wb, const Sheet &sheet);
  const Sheet &sheet() const { return sheet_; }
  const Workbook &workbook() const { return wb_; }
  // Rows that hold at least one cell, ascending.
  const std::vector<std::uint32_t> &rows() const { return row_numbers_; }
  // The cells of one row, left to right (empty when the row has none).
  std::pair<const Cell *, const Cell *> row(std::uint32_t r) const;
  const Cell *at(std::uint32_t r, std::uint32_t c) const;
  // The cell in column c of a row's cells (as row() gives them), or nullptr.
  static const Cell *in_row(std::pair<const Cell *, const Cell *> row, std::uint32_t c);
  // Text of a cell as a person sees it; numbers in plain decimal.
  std::string text(const Cell &c) const;
  std::string text_at(std::uint32_t r, std::uint32_t c) const;
  // The same without a copy for a text cell (nearly every label); other
  // cells are formatted into `scratch`, which the view then points into.
  std::string_view text_view(const Cell &c, std::string &scratch) const;
  // Index in rows() of the first row >= r.
  std::size_t row_index(std::uint32_t r) const;
  // A string cell's text through normalise_label ("" for other cells and for
  // narrative longer than kMaxLabel), worked out once per cell.
  std::string_view label(const Cell &c) const;
  // The financial-year key a string cell names, or nullptr; once per cell.
  const YearKey *year(const Cell &c) const;
  // Whether row r has at least two year cells (could head a year table);
  // once per row, as every recogniser asks it of every row.
  bool two_year_cells(std::uint32_t r) const;

private:
  const Workbook &wb_;
  const Sheet &sheet_;
  std::vector<std::uint32_t> row_numbers_;
  std::vector<std::size_t> row_begin_; // parallel to row_numbers_, plus end sentinel
  // The last row looked up: recognisers read a row's cells one after another.
  mutable std::size_t last_index_ = 0;
  // Per cell: 0 not worked out yet, 1 none, k+2 the k-th entry of the pool.
  // Four bytes a cell, not a string a cell: a tracker has a million cells.
  mutable std::vector<std::uint32_t> label_of_;
  mutable StringPool label_pool_;
  mutable std::vector<std::uint16_t> year_of_;
  mutable std::vector<std::uint8_t>
      two_years_; // per row: 0 not worked out, 1 no, 2 yes // the year pool holds at most 4,096
  mutable std::vector<YearKey> year_pool_;
};

std::string number_text(double v);

// Reads the cell at (r, c) as a figure of a table whose unit is `unit`.
// Text that is not a figure adds a non-numeric-value note and gives nullopt
// with `bad` set; a formula without a cached value adds its note too.
// What SheetView::label and SheetView::year make of a text, for a row read
// before any view of its sheet exists (a streamed row): the normalised label
// ("" for narrative longer than kMaxLabel), and the financial year it names.
std::string label_text(std::string_view raw);
std::optional<std::string> year_text(std::string_view raw);

// A cell's text as a person sees it (SheetView::text without a view).
std::string cell_text(const Workbook &wb, const Cell &c);

struct FigureReader {
  const SheetView &view;
  const FigureVocabulary &vocab;
  std::vector<CellNote> &notes;
  // For a row read before any view of its sheet exists (a streamed row).
  static std::optional<Figure> read_cell(const Workbook &wb, const std::string &sheet, const FigureVocabulary &vocab,
                                         std::vector<CellNote> &notes, const Cell *cell, std::uint32_t r,
                                         std::uint32_t c, std::int64_t unit, bool *bad = nullptr,
                                         bool *pound = nullptr);
  std::optional<Figure> read(std::uint32_t r, std::uint32_t c, std::int64_t unit, bool *bad = nullptr,
                             bool *pound = nullptr) const;
  // The same for a cell already found (nullptr: no cell at (r, c)).
  std::optional<Figure> read_cell(const Cell *cell, std::uint32_t r, std::uint32_t c, std::int64_t unit,
                                  bool *bad = nullptr, bool *pound = nullptr) const;
};

} // namespace fundbook
