#pragma once
// A workstream summary read around a damaged cell that gives it its
// structure: the pieces year_tables uses to read the row or column by its
// place where that is plain, and to account for what stays in doubt.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "import/layout/shapes.hpp"

namespace fundbook::layout {

// "2017-18" -> "2018-19"; nothing for a key of another form.
std::optional<std::string> next_year(std::string_view y);

// A number, or text that reads as one.
bool holds_figure(const SheetView &v, const FigureVocabulary &figures, const Cell *c);

// Figures a damaged cell kept from being checked, as one block of the
// account of what was not checked.
struct UncheckedGather {
  UncheckedBlock b;
  void add(CellRef r) {
    if (!b.figures) b.first = b.last = r;
    b.first.row = std::min(b.first.row, r.row);
    b.first.col = std::min(b.first.col, r.col);
    b.last.row = std::max(b.last.row, r.row);
    b.last.col = std::max(b.last.col, r.col);
    ++b.figures;
  }
  void add(const FigureRow &row) {
    for (auto &f : row.values)
      if (f && !f->nil) add(f->ref);
    if (row.stated_total && !row.stated_total->nil) add(row.stated_total->ref);
  }
  void put(std::vector<UncheckedBlock> &out, const std::string &sheet, std::string why, bool totals_unchecked = false) {
    if (!b.figures) return;
    b.sheet = sheet;
    b.why = std::move(why);
    b.totals_unchecked = totals_unchecked;
    out.push_back(std::move(b));
    b = UncheckedBlock{};
  }
};

// The first label left of label_end in row r, normalised ("" if none).
std::string_view first_label_of(const SheetView &v, std::uint32_t r, std::uint32_t label_end);

// "'1e+14' in A10, a figure where a row's label should be in the table ...".
std::string figure_label_said(const FigureRow &row, std::uint32_t header_row);

// Whether every figure of `row` is the sum of the rows above it in its
// column (and one of them is not zero): a Total by its arithmetic.
// `records`: rows above held as their records instead (a long table's rows
// the reader did not keep), whose figures are by year (`years`, the table's
// columns in order).
bool adds_up(const FigureRow &row, const std::vector<FigureRow> &above, std::span<const SchemeRecord> records = {},
             const std::vector<YearKey> &years = {});

// Whether `row` holds the running totals of the table's years: a Cumulative
// total by its arithmetic.
bool runs_on(const FigureTable &t, const FigureRow &row);

// What the damaged cells of a summary or planning table kept from being
// checked, once it is read, moved out of its checks: notes to `notes`,
// figures to `blocks`. Gives the indices (ascending) of the rows it took
// out of t.rows.
std::vector<std::size_t> settle_damage(FigureTable &t, const TableColumns &cols, std::uint32_t hr,
                                       const std::vector<std::size_t> &unplaced,
                                       const std::vector<std::uint32_t> &lost_cols, UncheckedGather &lost_figures,
                                       std::vector<CellNote> &notes, std::vector<UncheckedBlock> &blocks);

} // namespace fundbook::layout
