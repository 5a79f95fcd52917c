#pragma once
// The account of what a check covered: every table whose totals were
// compared, and every block of figures no check covered, with why
// (contract: "What was checked, and what was not").
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/cellref.hpp"
#include "import/layout/structure/stated_total.hpp"
#include "import/layout/table_rows.hpp"

namespace fundbook {

struct CheckedTable {
  std::string path, sheet;
  TableKind kind = TableKind::TotalsTable;
  CellRef first, last;
  std::size_t totals_checked = 0;
  std::size_t formulas_checked = 0;
  std::string not_checked{}; // what of the table was not checked, and why ("" where all was)
};

struct UncheckedFigures {
  std::string path;
  UncheckedBlock block;
};

// The corners of every cell a table was read from (header, labels, figures).
void table_extent(const TableView &v, CellRef &first, CellRef &last);
void overview_extent(const RagOverview &ov, CellRef &first, CellRef &last);
// A RAG overview with no schemes listed in its workbook to count, as unchecked figures.
UncheckedBlock overview_unchecked(const RagOverview &ov, CellRef first, CellRef last);
// Whether a table of one of the council's shapes has a total in it: a Total
// or Cumulative row, or a row with a stated total (its structure, whether or
// not any could be compared).
bool has_stated_totals(const TableView &v);
// A table of one of the council's shapes none of whose totals was compared,
// as unchecked figures, saying why from its structure and how many of its
// formulas were compared with their inputs all the same.
UncheckedBlock shape_not_checked(const TableView &v, CellRef first, CellRef last, std::size_t formulas);

// Typed figures judged by the formula of the run of totals they stand in
// (rules::typed_over_totals; sheet, cell), in blocks of figures not
// understood: said in the block's why, so the account does not leave a total
// that was checked among figures no check covered.
void note_typed_totals_checked(std::vector<UncheckedBlock> &blocks,
                               const std::vector<std::pair<std::string, CellRef>> &typed);

// The typed totals of `typed` (sheet, cell) that lie in no table of
// `checked`, as checked tables of their own: one per sheet, over the typed
// cells, each a total checked (against the formula of its run). One in a
// totals table that is none of the stated totals of `tables` (the structure
// did not read its column as totals) counts as a check of that table.
void add_typed_totals_checked(std::vector<CheckedTable> &checked, const std::string &path,
                              const std::vector<std::pair<std::string, CellRef>> &typed,
                              const std::vector<TotalsTable> &tables);

// A summary's figures compared with the sheets their lines name
// (rules::carried_figures; sheet, cell): each counted as a check of the table
// it lies in, or of a table of its own per sheet; and, in blocks of figures
// not understood, said in the block's why.
void add_carried_figures_checked(std::vector<CheckedTable> &checked, const std::string &path,
                                 const std::vector<std::pair<std::string, CellRef>> &carried);
void note_carried_figures_checked(std::vector<UncheckedBlock> &blocks,
                                  const std::vector<std::pair<std::string, CellRef>> &carried);
// The same for a summary by rating's figures compared with the list under
// `list_at` (a rating's count, where no total of the counts was checked).
void note_rating_summary_checked(std::vector<UncheckedBlock> &blocks,
                                 const std::vector<std::pair<std::string, CellRef>> &compared,
                                 const std::string &list_at);

// Adds a checked table, merging it into the previous entry when that is the
// same kind on the same sheet of the same file (a sheet of per-scheme profile
// blocks is one table to the reader, not forty).
void add_checked(std::vector<CheckedTable> &out, CheckedTable t);

// "42 totals checked in 3 tables; 118 figures on 2 sheets not understood
// (Notes, Lookup)", or that no total was checked.
std::string coverage_line(const std::vector<CheckedTable> &checked, const std::vector<UncheckedFigures> &unchecked);

} // namespace fundbook
