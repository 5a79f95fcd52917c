#pragma once
// The checks, one file per rule id, and what they share. The rules
// themselves (ids, severities, texts) are listed in engine/rules/registry.hpp.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "engine/finding.hpp"
#include "import/grid.hpp"
#include "import/layout/table_rows.hpp"

namespace fundbook::rules {

struct Settings {
  double tolerance = 1; // in each table's own unit
  // Whether the user gave --tolerance. By default a difference up to one
  // unit of the table is rounding, but never more than the rounding of its
  // figures as written allows: in a table in £m written to three decimals
  // the rounding is £1,000, and a £1m difference is an error, not a note.
  bool tolerance_given = false;
  // The figures are exactly as written (a CSV's text): their decimals are
  // their rounding. A workbook's number cell holds more than its number
  // format shows, so there the step it is shown to is not known and the
  // default stays one unit.
  bool figures_as_written = false;
  bool verbose = false;
};

// How far a stated figure may be from what its `parts` add up to and still be
// rounding: the --tolerance given, in the table's unit; by default one unit,
// but where the figures are as written, every one to the same finer `step`
// (a CSV's figures all to three decimals), no more than their worst
// rounding: half a step for each part and the total, in whole steps. A zero
// step (figures not all written alike, or not known) leaves one unit.
Money tolerance_for(const Settings &s, std::int64_t unit, Money step, std::size_t parts);

// How finely a stated total and the figures it adds are shown, by their
// cells' number formats (Figure::shown, kept by the readers): a finance
// officer sees 0.000 to three decimals, whatever the cell holds. Gathered
// one figure at a time (a tracker's every figure: a few instructions each).
class ShownRounding {
public:
  void total(const Figure &f) {
    total_ = f.nil ? kNotKnown : exponent_of(f);
    written_total_ = !f.nil && f.written_coarse;
  }
  void part(const Figure &f) {
    if (f.nil) return; // exact, whatever its cell shows
    int e = exponent_of(f);
    known_ = known_ && e != kNotKnown;
    coarsest_ = std::max(coarsest_, e);
    ++parts_;
  }
  // What rounding alone can put between the total and its parts as shown:
  // half the total's own step and half the coarsest part's step for each
  // part, the worst case (a total rounded to fewer decimals than its lines,
  // 97.55 shown as 97.6, is within it). Zero where any format is not known.
  Money worst_case(std::int64_t unit) const;
  // Half the step a total written as text more coarsely than the table's
  // unit is rounded to ('£1.45m' over lines in £000: 5): its own
  // rounding, which no tolerance narrower than it can hold it to. Zero for
  // any other total (a number cell holds its figure exactly, whatever its
  // format shows).
  Money written_total_half_step(std::int64_t unit) const;

private:
  static constexpr int kNotKnown = -100;
  static int exponent_of(const Figure &f) {
    return f.shown == shown_step::kUnknown ? kNotKnown : shown_step::exponent(f.shown);
  }
  int total_ = kNotKnown;
  bool written_total_ = false;
  int coarsest_ = kNotKnown + 1; // finer than any format shows: no part yet
  std::size_t parts_ = 0;
  bool known_ = true;
};

// The tolerance for a stated total: the --tolerance given, in the table's
// unit; by default one unit, but no more than the rounding of its figures as
// their formats show them (ShownRounding), where every one's format says.
// Where a format is General or not known, one unit, as before formats were read.
Money shown_tolerance(const Settings &s, std::int64_t unit, const ShownRounding &shown);

// Outcome of comparing a stated figure with the computed one. TooLarge: one
// side is a sum beyond what Money holds, so nothing can be said either way.
enum class Agreement { Same, Rounding, Mismatch, TooLarge };
Agreement compare(Money stated, Money computed, std::int64_t unit, const Settings &s);
// "-1,941" for £000 tables, "£4,139,400" for tables in pounds.
std::string show(Money m, std::int64_t unit);

// Adds the finding for a stated/computed pair: the rule's error, a
// rounding-difference note within tolerance, a figure-out-of-range error when
// a sum is too large to compare, or nothing.
// With `shown`, the tolerance is shown_tolerance's.
void report_difference(std::vector<Finding> &out, const char *rule_id, const std::string &path,
                       const std::string &sheet, CellRef cell, Money stated, Money computed, std::int64_t unit,
                       const Settings &s, const std::string &message, const ShownRounding *shown = nullptr);

// The checks run on every figure table are declared beside their entries in
// the registry (engine/rules/registry.hpp); these are the others, each called
// where its inputs are (engine/check.cpp, engine/reconcile.cpp).
// Each total check returns how many stated totals it compared (for the
// account of what was checked; a total whose parts are unknown is not one).
// Totals of tables of any shape (import/layout/structure), by their readings.
// Where a total is within the rounding of its figures but further from
// them than rounding usually puts it (rounding_hides), its figures are added
// to `within_rounding`, where given, as checked only that far.
std::size_t stated_totals(const std::string &path, const TotalsTable &t, const Settings &s, std::vector<Finding> &out,
                          std::vector<UncheckedBlock> *within_rounding = nullptr);
// The words of a rounding note's allowance for a figure of table `t` off by
// `off` from what its parts give: the rounding of the figures (their `step`,
// or `written`, the step they are written to), else the tolerance (`noise`:
// unrounded figures).
std::string allowance_words(bool noise, Money step, const TotalsTable &t, Money written, const Settings &s, Money off,
                            Money tolerance, Money by_rounding);
// After stated_totals (its findings from index `from` on): a total found wrong
// only because it adds up a total that is itself wrong, and right once that
// one is corrected, is folded into that one's finding (one cause, one finding).
void fold_knock_on_totals(const TotalsTable &t, std::vector<Finding> &out, std::size_t from);
// Then: a total wrong both across its row and down its column (a table's
// corner) is one figure wrong, one finding, naming both readings.
void fold_same_cell_totals(const TotalsTable &t, std::vector<Finding> &out, std::size_t from);
// Then: a figure inside the table that puts out its row's Total and its
// column's Total by the same amount is one cause, one finding (the row
// total's), naming that figure and the column total.
void fold_crossing_component(const TotalsTable &t, std::vector<Finding> &out, std::size_t from);
// Last: a headcount's total found below its lines (StatedTotal::headcount)
// is a warning, not an error (headcount-below-lines): a person in two of its
// lines (two teams, two posts) is one person in its total.
void headcounts_below_lines(const TotalsTable &t, std::vector<Finding> &out, std::size_t from);
// The same folds for a table of the council's shapes (a workstream summary,
// a planning table, a profile block), after its registry checks (their
// findings from index `from` on): its Total row's TOTAL, wrong only because a
// figure of the Total row it adds is wrong (that figure disagreeing with the
// rows above it), is said in that figure's finding; and a line's figure that
// puts out its row's TOTAL and its column's Total by the same amount is one
// finding, at that figure.
void fold_figure_table_totals(const TableView &v, const Settings &s, std::vector<Finding> &out, std::size_t from);
// What a figure table's Total row for column k is, as its messages open:
// "'Investment request' Total for 2018-19".
std::string column_total_what(const FigureTable &t, std::size_t k);
// relation-mismatch: the table's relations that are no sums (a variance, a
// running balance), after its totals (their findings from index `from` on).
// A figure that breaks its relation, and that a total found wrong is right
// once it is corrected, is one cause: said once. Returns how many it compared.
std::size_t relations(const std::string &path, const TotalsTable &t, const Settings &s, std::vector<Finding> &out,
                      std::size_t from);
// decimal-point-slip, before a table's totals and relations are checked: the
// table as they are to read it. Where reading its figure with a point
// typed for a thousands comma (TotalsTable::point_slips) makes every total
// and relation that counts it exact, and read as written one of them is off
// by more than rounding, the slip is said (a warning at the figure, naming
// the totals) and `corrected` holds the table with the figure read as
// thousands, which is returned; else `t` itself, nothing said.
const TotalsTable &read_point_slips(const std::string &path, const TotalsTable &t, std::vector<Finding> &out,
                                    std::optional<TotalsTable> &corrected);
void cell_notes(const std::string &path, const std::vector<CellNote> &notes, const Settings &s,
                std::vector<Finding> &out);
// Formulas as evidence (formulas.cpp): a total's formula whose range leaves out
// part of its table or adds a subtotal with its parts, and saved values that
// their own formula's inputs disagree with. Both read the grid.
// What a file's formulas say of its totals: findings, and the totals whose
// formula adds each part of its table once and agrees with them (a total
// finding at one of those is none). Kept apart from the findings: a tracker
// has a confirmed total on every row.
struct FormulaEvidence {
  std::vector<Finding> findings;
  std::vector<std::pair<std::string, CellRef>> confirmed; // sheet, cell
  // Typed figures in a run of one formula, judged by it (typed_over_totals):
  // said only where nothing else is said at their cell.
  std::vector<Finding> typed_over;
};
// Words that make a row something else than one more item of its list
// ("of which", "less", "memo", "average", "%"): one a total may rightly leave out.
bool set_apart(std::string_view label);
// A saved figure or an evaluated one (formula::kScale units of the cell), in
// pence of a £000 unit, which is how a finding's stated and computed print
// the figure as the sheet shows it (Finding's default unit).
Money as_shown(Money micro);
void total_ranges(const std::string &path, const TableView &v, const Workbook &wb, FormulaEvidence &out);
// The same audit for the totals of an inferred table (stated_totals), by the
// structure's own reading of each: only rows next to the range, and never a
// range that is exactly another plausible reading.
void inferred_total_ranges(const std::string &path, const TotalsTable &t, const Workbook &wb, FormulaEvidence &out);
// The same by the formulas alone (sibling_ranges.cpp): a total whose SUM stops one or two
// cells short of the range the other totals of its Total column (row) add, three or more
// and three in four of them, where a figure is left out that no words set apart and the
// total shows what its own range adds; after the audits above, which it leaves the totals
// they confirmed.
void sibling_total_ranges(const std::string &path, const Workbook &wb, FormulaEvidence &out);
// A total typed over a formula (typed_over.cpp): a typed figure inside or at
// the end of a run of cells along a row or down a column whose formulas are
// one formula moved (=SUM(B5:B9), =SUM(C5:C9), ...; sums, SUBTOTAL 9 and
// cells added or taken away on the sheet itself), two or more besides it,
// none out of date (at the run's end, only a line named a total, of a period
// as the run's lines are, or read as a total by the structure), is judged by
// that formula moved to its cell: an error
// (column-total-mismatch along a row, row-total-mismatch down a column)
// beyond its figures' rounding. Not where the cells it would read are of
// another kind than its neighbours' (text where they read figures, or a
// ratio), where its line is named as no amount, where a reading of an
// inferred table (`tables`) agrees with it, or where that table reads the
// run's cells as its totals and not this one (its line is no amounts). Every figure judged goes into
// `checked` (sheet, cell), for the coverage account.
// carried-figure-mismatch (sheet_links.cpp): a summary's lines named as the
// workbook's other sheets are, each carrying a figure of its sheet. Where in
// one column two lines or more (and more than half) each equal their own
// sheet's figure at one place (one address, or one line's and column's
// words), a line that differs from its sheet's figure there is said, at the
// summary's cell, naming the sheet's. Every line compared goes into `checked`.
void carried_figures(const std::string &path, const Workbook &wb, const Settings &s, std::vector<Finding> &out,
                     std::vector<std::pair<std::string, CellRef>> &checked);
void typed_over_totals(const std::string &path, const Workbook &wb, const Settings &s,
                       const std::vector<TotalsTable> &tables, FormulaEvidence &out,
                       std::vector<std::pair<std::string, CellRef>> *checked = nullptr);
// Whether a formula gives a figure of another kind than a sum (an average, a
// maximum, a count, a position, a product or a quotient of cells): a figure
// no total can be. Unknown formulas (a lookup, a guarded SUM) are not.
bool no_sum(std::string_view formula);
// The stated totals of inferred tables whose cell holds a formula that is no
// sum (an average, a maximum, a lookup, a product) are no totals: they are
// taken out and said in `unchecked`, and a table left with none goes there whole.
void drop_totals_that_are_no_sums(const Workbook &wb, std::vector<TotalsTable> &tables,
                                  std::vector<UncheckedBlock> &unchecked);
// Every formula whose saved value could be compared with its evaluation goes
// into `compared` (sheet, cell), for the coverage account.
void formula_results(const std::string &path, const Workbook &wb, std::vector<Finding> &out,
                     std::vector<std::pair<std::string, CellRef>> *compared = nullptr);
// Adds one file's `found` to its `out`, each in place of any total finding
// `out` already has at the same cell (one cause, one finding), after the
// total findings at confirmed totals are dropped; a formula-result finding
// only where no error is at its cell already.
void merge_formula_findings(std::vector<Finding> &out, FormulaEvidence found);

// The sheets whose rated monitoring schemes a RAG overview counts: its own
// sheet where schemes are listed there; otherwise, for the one overview of
// the workbook that lists none beside it, the sheets that list rated schemes
// and have no overview of their own (the overview on a summary sheet, the
// schemes on another). Empty: the overview has no listing to check against.
std::vector<std::string> rag_listing_sheets(const RagOverview &ov, const std::vector<RagOverview> &all,
                                            const std::vector<SchemeRecord> &schemes);
// Checks the overview against the schemes listed on `sheets` (by default its own).
std::size_t rag_overview(const std::string &path, const RagOverview &ov, const std::vector<SchemeRecord> &schemes,
                         std::vector<Finding> &out);
std::size_t rag_overview(const std::string &path, const RagOverview &ov, const std::vector<SchemeRecord> &schemes,
                         const std::vector<std::string> &sheets, std::vector<Finding> &out);

// A summary by rating against the list on its sheet: the figures compared,
// or none and why it was not checked.
struct RatingSummaryCheck {
  std::size_t compared = 0;
  std::string not_checked;
};
RatingSummaryCheck rating_summary(const std::string &path, const RatingSummary &s, std::vector<Finding> &out);
// One cause, one finding: the summary's Total row, wrong in a column by
// just what a rating's figure found wrong there is off, is that figure's
// knock-on (its column-total finding folded into the rating's, from `from`).
void fold_summary_total(const RatingSummary &s, std::vector<Finding> &out, std::size_t from);

} // namespace fundbook::rules
