#pragma once
// A block of figure rows on a sheet, as a person would see a table: its
// header and banner rows, label column, amount columns and the figures.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "import/layout/shapes.hpp"
#include "import/layout/structure/figure_cells.hpp"
#include "import/layout/structure/total_words.hpp"

namespace fundbook::structure {

// A figure whose formula is a plain sum down its own column (=SUM(C5:C9),
// =C5+C6+C7): the sheet rows it adds, first to last, one unbroken range.
struct SumDown {
  std::uint32_t first = 0, last = 0;
};

// The largest line number a form's line column holds: larger whole numbers
// are codes of another kind, and keep line arithmetic within int64.
constexpr double kMaxLineNumber = 1e6;

struct Region {
  std::vector<std::uint32_t> rows;     // sheet rows holding figures, ascending
  std::optional<std::uint32_t> header; // the row of column headings
  std::optional<std::uint32_t> banner; // a row above the header grouping its columns
  std::optional<std::uint32_t> label_col;
  // A column of line numbers (a return's 1, 2 ... 19, or 501 ... 509, 590):
  // codes, not amounts, which labels such as "(total of lines 1 to 9)" name.
  std::optional<std::uint32_t> line_col;
  std::vector<std::uint32_t> cols;    // amount columns, ascending
  std::vector<std::string> col_names; // heading per amount column ("" if none)
  std::vector<TotalWord> col_total;   // per amount column
  // Per amount column: a count read as amounts (FTE, "Number of savings"),
  // its table naming a total; and of those, a count of people (a
  // headcount), whose total may count once a person in two lines.
  std::vector<bool> col_count, col_headcount;
  std::vector<std::int64_t> col_step;                    // rounding step per amount column (kScale units)
  std::vector<bool> col_noise;                           // unrounded figures in the column
  std::vector<std::string> labels;                       // per row
  std::vector<std::string> names;                        // per row, as messages name it (the label, or a description)
  std::vector<TotalWord> row_total;                      // per row
  std::vector<bool> statistic;                           // per row: an average, median ... (names_statistic_row)
  std::vector<bool> dated;                               // per row: a date in it (a list's payment, award)
  std::vector<std::vector<std::optional<Amount>>> cells; // [row][amount column]; nullopt: no figure
  std::size_t figures = 0;                               // numeric cells in the block
  // [row index][amount column index] of cells whose figure is not given
  // ("..", "[c]"), or that hold text that is no figure at all: a total that
  // counts one cannot be checked.
  std::set<std::pair<std::size_t, std::size_t>> withheld;
  // Those of them that are not a marker of a figure withheld but text that is
  // no figure ("abc", "#REF!", "12O", "TBC"): an error of the table where
  // its structure is confident (non-numeric-value), not the statistics' way
  // of leaving a figure out.
  std::set<std::pair<std::size_t, std::size_t>> not_figures;
  // [row index][amount column index] of the figures that are SumDown formulas:
  // where a total has one, the rows it adds are known, not guessed.
  std::map<std::pair<std::size_t, std::size_t>, SumDown> sums_down;
  // The row right above the first, taken as a heading of column codes
  // ("190 | 290 | 330"), and the header above that: a table whose first row
  // of figures rises left to right looks the same, so it is read both ways.
  std::optional<std::uint32_t> code_row, code_row_header;
  // Figure columns left out as no amounts to add by their heading (a
  // percentage, ratio, count) or their figures (fractions of one): sheet
  // column and how the account names it ("'% delivered' is headed as ...").
  std::vector<std::pair<std::uint32_t, std::string>> set_aside;
  // Sheet rows a label's arithmetic names as its lines, with the sheet row
  // of that label (Inferred::stated_lines): no total over one another.
  std::map<std::uint32_t, std::uint32_t> stated_lines;
  std::string banner_text(std::uint32_t col, const SheetView &v) const; // the banner group over col
  std::optional<std::uint32_t> banner_start(std::uint32_t col, const SheetView &v) const;
};

// The index in g.rows of a sheet row, and in g.cols of a sheet column
// (both ascending), or nullopt where the region has none.
std::optional<std::size_t> row_of(const Region &g, std::uint32_t sheet_row);
std::optional<std::size_t> col_of(const Region &g, std::uint32_t sheet_col);

// Whether row r, taken for a row of column codes (figures rising left to
// right), may be a line of the table instead: it has a line's own label
// ("Adults"), not a unit or a word naming codes ("Column", "Ref"), and its
// figures are neither codes in equal steps (1, 2, 3, 4) nor all years
// (2017, 2018, 2019, 2021).
bool code_row_may_be_line(const SheetView &v, std::uint32_t r);

// The blocks of figure rows on the sheet that no recogniser claimed.
std::vector<Region> find_regions(layout::Context &ctx);

// The region of these figure rows under this header; nullopt when it has no
// amount columns. Where it has figure columns but none of them amounts
// (percentages, counts, codes, years), *not_amounts says which and why.
std::optional<Region> build_region(layout::Context &ctx, const std::vector<std::uint32_t> &rows,
                                   std::optional<std::uint32_t> header, std::string *not_amounts = nullptr);

} // namespace fundbook::structure
