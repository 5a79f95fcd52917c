#pragma once
// One recogniser per table shape, each a function of one signature in its
// own file, listed once (shapes.cpp); each claims the rows it reads so the
// next does not read them again.
#include "core/year_key.hpp"
#include <map>
#include <set>
#include <span>
#include <string_view>
#include <vector>

#include "import/layout/planning_rows.hpp"
#include "import/layout/planning_stream.hpp"
#include "import/layout/recognise.hpp"
#include "import/layout/sheet_view.hpp"

namespace fundbook::layout {

struct Context {
  const SheetView &view;
  const Vocabulary &vocab;
  FigureVocabulary figures;
  Recognised &out;
  std::vector<std::uint8_t> claimed; // by index in view.rows(): already part of a table
  bool incremental = false;
  bool defer_planning_figures = false;
  // Rows of long planning tables this sheet's reader did not keep: spliced
  // into their tables by year_tables (nullptr when nothing was streamed).
  std::vector<StreamedTable> *streamed = nullptr;
  // Why rows were looked at and left (a doubtful structure), by row: the
  // account of unchecked figures gives this reason instead of the default,
  // with what the text account says of it (as UncheckedBlock's flags).
  struct Doubt {
    std::string why{};
    bool totals_unchecked = false;
    bool not_a_sum = false;
  };
  std::map<std::uint32_t, Doubt> doubts;
  // Of those rows, the ones left because a heading was not known: its cell and text.
  std::map<std::uint32_t, std::pair<CellRef, std::string>> doubt_headings;
  SharedText sheet_name; // the sheet's name, one copy for every scheme on it
  FigureReader reader() { return FigureReader{view, figures, out.notes}; }
  bool is_claimed(std::uint32_t r) const { return claimed[view.row_index(r)] != 0; }
  void claim(std::uint32_t r) { claimed[view.row_index(r)] = 1; }
  void unclaim(std::uint32_t r) { claimed[view.row_index(r)] = 0; }
};

// Cells of row r that name a financial year, left to right.
std::vector<YearColumn> year_columns(const SheetView &v, std::uint32_t r);

// The pence-per-unit named in row r's cells (or in the year headers).
std::optional<std::int64_t> row_unit(const SheetView &v, std::uint32_t r);
std::optional<std::int64_t> row_unit(std::span<const Cell> cells, const Workbook &wb);

// The registry (shapes.cpp): every shape, in the order they read a sheet.
// A shape's `sheet` reads a sheet (ctx.view), puts the tables of its shape in
// ctx.out and claims their rows, which the shapes after it then pass by. No
// shape keeps anything from one sheet to the next: what a sheet's shapes
// share is in the Context.
struct Shape {
  std::string_view name;
  void (*sheet)(Context &ctx);
};
std::span<const Shape> shapes();

// A shape read a row at a time, in the sheet's order, that keeps between
// rows only the table it is building and what it has still to settle about
// the rows that follow one (a heading's doubt over the rows under it),
// never looking ahead of the row it is on: the form one pass per sheet asks
// of every shape (docs/design.md). read_rows feeds it a sheet's rows.
class RowByRow {
public:
  virtual ~RowByRow() = default;
  virtual void row(std::uint32_t r) = 0; // each of the view's rows once, in order
  virtual void sheet_ends() {}
};
void read_rows(const SheetView &v, RowByRow &shape);

// Unchecked blocks[from..] of the view's sheet that come under a row the
// reader held once (the file repeats it past the copy budget) say so as why.
void say_rows_held_once(const SheetView &v, std::vector<UncheckedBlock> &blocks, std::size_t from);

} // namespace fundbook::layout
