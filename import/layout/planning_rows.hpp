#pragma once
// One business-planning row (reference, title, workstream, a figure per
// financial year, a total) read from its own cells alone: the same code for
// year_tables over a sheet's grid and for PlanningStream, which reads a long
// table's rows as they stream out of the reader.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/text_share.hpp"
#include "core/year_key.hpp"
#include "import/figures.hpp"
#include "import/grid.hpp"
#include "import/layout/structure/total_words.hpp"
#include "import/layout/tables.hpp"
#include "import/layout/vocabulary.hpp"

namespace fundbook::layout {

struct YearColumn {
  std::uint32_t col;
  YearKey year;
  bool operator==(const YearColumn &) const = default;
};

// The columns a planning (or summary) table's header row names.
struct TableColumns {
  std::vector<YearColumn> years; // left to right; at least two
  std::optional<std::uint32_t> ref_col, title_col, workstream_col, total_col;
  std::uint32_t first_year() const { return years.front().col; }
  bool planning() const { return ref_col.has_value(); }
  bool operator==(const TableColumns &) const = default;
};

// Reads a header row's columns; `label` and `year` give a cell's normalised
// label and financial year (SheetView caches them; a streamed row has none),
// `text` its text as written.
template <class Label, class Year, class Text>
std::optional<TableColumns> table_columns(std::span<const Cell> cells, const Vocabulary &vocab, Label label, Year year,
                                          Text text) {
  TableColumns t;
  for (const Cell &c : cells)
    if (auto y = year(c)) t.years.push_back({c.col, YearKey(*y)});
  if (t.years.size() < 2) return std::nullopt;
  // A profile by year is headed by years alone (perhaps with their unit).
  // Headings that hold a year among words ("2017/18 Original Budget",
  // "Actual 2016/17", "Revised Estimate 2017-18") name different measures:
  // adding across them, or running a cumulative total over them, means
  // nothing, so the table is left to the inference of its totals.
  for (const Cell &c : cells)
    if (c.type == CellType::String && (year(c) ? !year_heading(text(c)) : mentions_financial_year(text(c))))
      return std::nullopt;
  std::uint32_t first = t.first_year(), last = t.years.back().col;
  bool total_left = false; // a total's heading left of the years, past the labels' column
  for (const Cell &c : cells) {
    std::string_view l = label(c);
    if (c.col < first) {
      if (vocab.is_label("headers.reference", l))
        t.ref_col = c.col;
      else if (vocab.is_label("headers.title", l))
        t.title_col = c.col;
      else if (vocab.is_label("headers.workstream", l))
        t.workstream_col = c.col;
      else if (&c != &cells.front() && structure::total_word(l) != structure::TotalWord::None)
        total_left = true;
    } else if (c.col > last && vocab.is_label("headers.total", l) && !t.total_col) {
      t.total_col = c.col;
    }
  }
  // A whole-programme total before its years ("Service | Total 2024-27 |
  // 2024/25 | 2025/26 | 2026/27"): a summary by year would take it for a
  // part of each row's label and check nothing. Left to the inference of
  // the table's totals, which reads a named total over the columns after
  // it where most rows bear that out, and says it unchecked where they do
  // not. (A planning table keeps its schemes' records: read as before.)
  if (total_left && !t.planning()) return std::nullopt;
  return t;
}

// A data row's outline: whether it has a cell under or right of the years,
// and its first text left of them (a planning row's label cell).
struct RowOutline {
  bool any_figure = false;
  bool any_label = false;
  std::uint32_t label_col = 0;
};
RowOutline planning_row_outline(std::span<const Cell> cells, std::uint32_t first_year, const Workbook &wb);

// Whether a planning row's only text left of the years is a number: a
// figure where a Total's label should be, not a scheme's row (a reference or
// title beside the number makes it one).
bool figure_as_label(std::span<const Cell> cells, const RowOutline &outline, std::uint32_t first_year,
                     const Workbook &wb);

// Whether a planning row is a subtotal of the rows above it, no scheme: its
// label is named as a total ("Total investments", "Net total") and its
// reference column holds no reference.
bool subtotal_row(std::span<const Cell> cells, const RowOutline &outline, const TableColumns &cols, const Workbook &wb);

// The cell in column c of a row's cells (sorted by column), or nullptr.
const Cell *cell_in(std::span<const Cell> cells, std::uint32_t c);

// What a row under a planning table's header is to the table, by its own
// cells: the one decision by which year_tables reads a row of the grid and
// PlanningStream takes a row as it streams past (only a Scheme row).
enum class PlanningRole {
  End,         // nothing under or right of the years: the table has ended
  Scheme,      // a scheme's row
  Total,       // labelled as the Total, or unlabelled under rows of the table
  Cumulative,  // labelled as the Cumulative total
  FigureLabel, // a figure alone where the label is (figure_as_label)
};

// `label` gives a cell's normalised label (it may give "" for any text that
// cannot be one of `total`'s or `cumulative`'s words); `rows_above`: the
// table has rows already. With `first`, the label cell's label is put there
// when it was asked.
template <class Label>
PlanningRole planning_role(std::span<const Cell> cells, const RowOutline &outline, std::uint32_t first_year,
                           const Workbook &wb, const std::vector<std::string> &total,
                           const std::vector<std::string> &cumulative, bool rows_above, Label label,
                           std::string_view *first = nullptr) {
  if (!outline.any_figure) return PlanningRole::End;
  if (figure_as_label(cells, outline, first_year, wb)) return PlanningRole::FigureLabel;
  std::string_view l = outline.any_label ? label(*cell_in(cells, outline.label_col)) : std::string_view();
  if (first) *first = l;
  if (Vocabulary::in(cumulative, l)) return PlanningRole::Cumulative;
  if (Vocabulary::in(total, l) || (!outline.any_label && rows_above)) return PlanningRole::Total;
  return PlanningRole::Scheme;
}

// Everything of a planning data row that does not depend on the table's
// measure: its figures (in `unit`), label cell, texts and hidden flag. The
// figures and title go into `row`, or, with none, straight into the record
// (settle_planning_record then finishes it): a row held once. With
// `borrow_title` (a caller that keeps wb's texts as long as the record:
// PlanningStream), a title that is a settled text of wb's pool as written
// is a view of it rather than a copy.
void read_planning_row(const TableColumns &cols, std::span<const Cell> cells, std::uint32_t r, bool hidden,
                       std::int64_t unit, const RowOutline &outline, const Workbook &wb, const SharedText &sheet,
                       const FigureVocabulary &figures, std::vector<CellNote> &notes, TextShare &workstreams,
                       FigureRow *row, SchemeRecord &s, bool borrow_title = false);

// A record read with no row, once the table's measure is known: Other
// means a saving if any figure is negative (its figures and total then move
// to the saving side).
void settle_planning_record(Measure table_measure, bool incremental, SchemeRecord &s);

// Moves a settled row's figures and title into its record (`years`: the
// table's, by column), leaving the row without them.
void row_into_record(const std::vector<YearKey> &years, FigureRow &row, SchemeRecord &s);

// The other way, for a record read with no row (a streamed one) whose table
// must hold its rows after all (a damaged row under it): its figures and
// title move into `row` (labelled in `label_col`), settled by the table's
// measure as settle_planning_row settles it, and the record waits on that
// row (`table`, `row_index`) as a deferred record does.
void record_into_row(const std::vector<YearKey> &years, Measure table_measure, std::uint32_t label_col,
                     std::int32_t table, std::int32_t row_index, SchemeRecord &s, FigureRow &row);

// The record's title from its planning row's (which has the reference after
// it): copied, or with `take` moved out of a row that is not named again.
void give_title(FigureRow &row, SchemeRecord &s, bool take);

// The rest, once the table's measure (from its heading) is known: Other
// means each row counts as a saving if any figure is negative. With `defer`
// the figures stay in the row (table and row index recorded); otherwise they
// are copied into the record's year map.
void settle_planning_row(Measure table_measure, const std::vector<YearColumn> &years, bool incremental, bool defer,
                         std::int32_t table, std::int32_t row_index, FigureRow &row, SchemeRecord &s);

// Whether a text cell says the sheet's year figures are incremental (a note
// such as "figures are incremental"), as recognise() asks of every text: only
// a text that mentions_basis() need have its label worked out and asked.
bool mentions_basis(std::string_view raw);
bool says_incremental(std::string_view label, const Vocabulary &vocab);

} // namespace fundbook::layout
