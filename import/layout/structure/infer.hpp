#pragma once
// The totals of one region, inferred: which rows and columns are totals and
// what each adds up, tried as several readings before any is believed.
#include <string>
#include <vector>

#include "import/layout/structure/region.hpp"
#include "import/layout/structure/stated_total.hpp"

namespace fundbook::structure {

struct Inferred {
  std::vector<StatedTotal> totals;
  std::size_t explained = 0;            // totals some reading explains exactly: the structure's evidence
  std::vector<UncheckedBlock> doubtful; // totals left unchecked, and why
  std::vector<Relation> relations;      // figures worked out by a relation that is no sum
};

// Total rows: by their words ("Subtotal", "Grand Total"), the unlabelled
// last row of a table, and unnamed subtotals (the last row of a block that
// adds up the rows above it), in a hierarchy of subtotals and grand totals.
void infer_total_rows(const Region &g, const SheetView &v, Inferred &out);

// Total columns by their headings, including chained totals (a total
// column that adds the total column before it and the columns between).
void infer_total_columns(const Region &g, const SheetView &v, Inferred &out);

// Total rows known by their figures alone: every figure of the row, or
// all but one, the sum of the same block of rows right above it (two
// columns or more adding up, each over two figures or more not zero).
// Rows already read as totals are left as they are.
void infer_rows_by_figures(const Region &g, Inferred &out);

// Relations that are no sums, where the headings name them and the
// arithmetic holds on the other rows (or columns): a difference column
// (Variance = Forecast - Budget), a running balance across columns (closing =
// opening + in - out) and a closing balance row (the cash at the end = the
// cash at the start + the net movement). Such a figure named but not
// confirmed is said unchecked, with the relation, never passed in silence.
void infer_relations(const Region &g, const SheetView &v, Inferred &out);

// Totals that count a figure the table does not give ("..", "[c]") and that
// no reading explains: out of totals, into doubtful (why, at their cells).
void set_aside_totals_over_withheld(const Region &g, const SheetView &v, Inferred &out);

// "1,234.5" for a figure in kScale units.
std::string show_amount(Money m);

} // namespace fundbook::structure
