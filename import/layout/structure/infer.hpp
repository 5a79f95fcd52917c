#pragma once
// The totals of one region, inferred: which rows and columns are totals and
// what each adds up, tried as several readings before any is believed.
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "import/layout/structure/region.hpp"
#include "import/layout/structure/stated_total.hpp"

namespace fundbook::structure {

struct Inferred {
  std::vector<StatedTotal> totals;
  std::size_t explained = 0;            // totals some reading explains exactly: the structure's evidence
  std::vector<UncheckedBlock> doubtful; // totals left unchecked, and why
  std::vector<Relation> relations;      // figures worked out by a relation that is no sum
  // Sheet rows whose figures add up rows above them but that a total's
  // reading takes for lines (every row above it, none a subtotal): not
  // totals by their figures alone either.
  std::set<std::uint32_t> lines;
  // The totals of a column no word names that adds up the columns before it
  // in all its rows but two: believed only where the total rows confirm
  // those two (infer_total_rows), then moved into totals.
  std::vector<StatedTotal> tentative_columns;
  // Sheet rows a believed label's arithmetic names as its lines ("line 1
  // less lines 2 to 5", "lines 7 to 10"), each with the sheet row of the
  // label naming it: lines of one level, none of them a total over others
  // (a gross first line over the deductions under it, a share over the
  // shares it happens to equal).
  std::map<std::uint32_t, std::uint32_t> stated_lines;
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
// Rows already read as totals, or as lines (Inferred::lines), are left as they are.
void infer_rows_by_figures(const Region &g, Inferred &out);

// Lines whose labels say the sum they are ("Income plus bank balance b/f"):
// where each side's words name one line above for certain (the nearest
// named as a total, else the only one), checked as those two lines' sum;
// lines already read as totals are left as they are.
void infer_plus_lines(const Region &g, Inferred &out);

// Relations that are no sums, where the headings name them and the
// arithmetic holds on the other rows (or columns): a difference column
// (Variance = Forecast - Budget), a running balance across columns (closing =
// opening + in - out), a closing balance row (the cash at the end = the
// cash at the start + the net movement) and a budget's bottom line under two
// totals ('Shortfall/(surplus)' = the requirement - the funding). Such a
// figure named but not confirmed is said unchecked, with the relation, never
// passed in silence.
void infer_relations(const Region &g, const SheetView &v, Inferred &out);

// Totals that count a figure the table does not give ("..", "[c]") and that
// no reading explains: out of totals, into doubtful (why, at their cells).
void set_aside_totals_over_withheld(const Region &g, const SheetView &v, Inferred &out);

// The sheet cell is one of the region's figure cells and holds text that is
// no figure ("abc", "195,7": Region::not_figures).
bool holds_text(const Region &g, const CellRef &c);

// A total named as one by its words ("Total", "Grand Total"), on its row or
// over its column: not one known only by its place or its figures.
bool named_total(const Region &g, const StatedTotal &st);

// Totals whose reading counts a cell of text that is no figure ("abc",
// "#REF!"), agreeing or not: out of totals, into doubtful (why, at their
// cells). Returns the cells of such text to report as not figures: those
// counted by a named total on a line (a Total row, a Total column) whose
// other totals agree.
std::vector<CellRef> set_aside_totals_over_text(const Region &g, const SheetView &v, Inferred &out);

// Totals set aside, by the line they lie on (a total row's totals are one
// line of the account, not one each: total_column, then its column or row),
// each with the first cell it counts that could not be taken.
using SetAsideTotals = std::map<std::pair<bool, std::uint32_t>, std::vector<std::pair<StatedTotal, CellRef>>>;

// One doubtful block per line, said as "<total> (and N more totals in its
// row) counts <counted>, so they were not checked", where counted(text, at)
// says what the first total counts at `at`.
void say_set_aside(const SetAsideTotals &aside, const SheetView &v, Inferred &out,
                   const std::function<std::string(const std::string &text, CellRef at)> &counted);

// The arithmetic a row label states over the table's numbered lines:
// "(total of lines 1 to 9)", "(lines 10 minus 11)", "line 16 minus lines 17
// and 18", "lines 30 + 31 - 32". nullopt where the label states none (no
// line named, or one named with no arithmetic about it: "[SG line 799 as
// income]"); readable is false where it states arithmetic past reading.
struct LineTerm {
  std::int64_t lo = 0, hi = 0; // one line, or a range of them
  int sign = +1;
};
struct LineArithmetic {
  std::vector<LineTerm> terms;
  bool readable = true;
  std::string text; // "lines 1 to 9", "line 10 - line 11"
};
std::optional<LineArithmetic> line_arithmetic(std::string_view label);

// Rows whose labels state their arithmetic over lines numbered in the
// table's line-number column, checked as stated: a sum as a total, anything
// with a minus as a relation; one whose lines cannot be found, or whose
// numbering the table does not bear out, said unchecked with why. Returns
// the rows that state arithmetic (where the table numbers its lines): the
// other readings of rows leave them to this one.
std::vector<bool> infer_line_arithmetic(const Region &g, const SheetView &v, Inferred &out);

// Rows named as running totals ("Cumulative total" under a Total row): a
// running sum along the columns, which a table read by its structure does
// not know to be in order (a profile by year is the council shape's to
// check), and never a sum of the rows above. Said unchecked, with why;
// returns them, for the other readings to leave out.
std::vector<bool> running_total_rows(const Region &g, const SheetView &v, Inferred &out);

// A row named as a running total, read along the table's columns where
// they name periods in order (2024/25, 2025/26, ...): each year's figure the
// one before + that year's figure of the row it runs over (the nearest row
// above named as a total, or the row right above), believed where that
// holds in most years. Its relations go to `out` (cumulative); returns ""
// where so read, else why it was not (running_totals.cpp).
std::string read_running_row(const Region &g, std::size_t row, Inferred &out);

// The transpose: columns named as running totals ("Cumulative") beside a
// column of each year's figure, in a table whose rows name periods in order.
// Those believed are read as relations (to `out`) and returned, for the
// other readings to leave out (without_cols); the rest are left as they are.
std::vector<bool> running_total_columns(const Region &g, Inferred &out);

// The region with these columns emptied (no figures, no total word).
Region without_cols(const Region &g, const std::vector<bool> &drop);

// A ledger's running balance column ("Balance", "Running balance"), each
// line's figure the balance above + its receipts - its payments (or + a
// signed movement): read where its lines are dated (or it is named
// running) and believed where that holds on most lines; named but not
// borne out, said unchecked.
void running_balances(const Region &g, const SheetView &v, Inferred &out);

// A statement by year whose opening balance is the year before's closing
// balance: rows Opening and Closing under years headed in order, or the
// transpose (years down, Opening and Closing columns). Relations where the
// carry holds on the other years; nothing said otherwise (the opening and
// closing balances are read by their own relations).
void carried_balances(const Region &g, Inferred &out);

// Totals written one column right of their items (a group's items in one
// column, its total on a row of its own in the next column to the right):
// checked against their items where two or more agree with them and one at
// most does not, else said unchecked with that reason. Returns their rows,
// for the other readings to take as lines (as_lines), as the totals further
// down that add them do.
std::vector<bool> indented_total_rows(const Region &g, const SheetView &v, Inferred &out);

// The region with these rows no totals by their words: lines of the table.
Region as_lines(const Region &g, const std::vector<bool> &rows);

// The region with these rows emptied (no figures, no total word),
// for readings that leave them out without seeing a blank row there.
Region without_rows(const Region &g, const std::vector<bool> &drop);

// A doubt about the whole table (its total rows agree with no reading) where
// other totals of it are checked (its total columns): taken out of the
// doubts and returned, to be said with the table as what was not checked;
// the figures no check covered stay in the doubts, in a block of their own.
std::string split_whole_table_doubts(const Region &g, const SheetView &v, Inferred &inf);

// The sheet cells (row, column) the checks of these totals and relations
// cover: each stated total, the parts of the reading it was checked by, each
// relation's figure and terms.
std::set<std::pair<std::uint32_t, std::uint32_t>> covered_cells(const Inferred &inf);

// Figures of a checked table that no check covers where they may be its
// results, said in `out` with why (none are errors): every figure below the
// last line a check covers, and any line named as a result
// (names_result_line) that no check counts. Figures a doubt of `inf`
// already names are left to it.
void say_uncovered_lines(const Region &g, const Inferred &inf, std::vector<UncheckedBlock> &out,
                         const std::string &sheet);

// "1,234.5" for a figure in kScale units; with at least `min_decimals`
// decimals ("1,234.50" in a table written to the penny).
std::string show_amount(Money m, int min_decimals = 0);

// The decimals figures rounded to `step` (kScale units) are written with:
// 2 for 0.01, 1 for 0.1, 0 for whole units or coarser, or no step known.
int step_decimals(Money step);

// A label as messages name it: in quotes, cut to 60 characters.
std::string quoted(const std::string &s);

// A total stated above the table's headings (a filtered list's
// "Total (visible rows)", =SUBTOTAL(109,D4:D33)), read where its formula adds
// its column's lines, or where its words name a one-column list's total;
// its readings: the lines shown and all of them (totals_over_header.cpp).
// The sheet row it stands on, to be claimed with the table, or nullopt.
std::optional<std::uint32_t> totals_over_header(const Region &g, const SheetView &v, const FigureVocabulary &fv,
                                                Inferred &out);

} // namespace fundbook::structure
