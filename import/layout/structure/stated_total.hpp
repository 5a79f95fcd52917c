#pragma once
// What the structure inference hands the engine for a table fundbook was not
// built around: each stated total with the readings of what it adds up.
// Every reading names the cells it covers, so formula evidence (where a
// total's cell has a formula) can confirm or replace the guess.
#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/cellref.hpp"
#include "core/money.hpp"

namespace fundbook {

struct Reading {
  std::string name; // "the rows above it up to the blank row", in the message
  std::vector<CellRef> parts;
  Money sum;
  // Cells it counts whose figure the table does not give ("..", "[c]"):
  // where there are any, only a sum that agrees says anything.
  std::vector<CellRef> not_given;
  // Each part's figure, kept for a total column's own reading only: where a
  // figure is off in its row and its column alike, it is the one blamed, at
  // what it says and what would make both agree.
  std::vector<Money> values;
};

// What a reading's sum does in a message, agreeing with its name in number:
// "the 1 row above it adds up to", "the 3 rows above it add up to", "the
// average of the 3 rows above it comes to". A name that joins two ("'Total'
// and the 1 column after it", "line 1 + line 2") is plural.
inline std::string_view adds_up_to(std::string_view name) {
  if (name.starts_with("the average of ")) return "comes to";
  for (std::string_view one : {"the 1 ", "the last 1 ", "all 1 "})
    if (name.starts_with(one)) return "adds up to";
  // A label's own arithmetic over one line ("line 5, as its label says,").
  if (name.starts_with("line ") && name.find(" + ") == std::string_view::npos &&
      name.find(" - ") == std::string_view::npos)
    return "adds up to";
  return "add up to";
}

struct StatedTotal {
  bool total_column = false; // a Total column (row-total-mismatch), else a Total row
  CellRef cell;
  Money stated;
  std::string what; // "'Grand Total' for FY 2015-16", opens the message
  // The structure's own reading first, then the other plausible ones: the
  // total is wrong only if no reading explains it.
  std::vector<Reading> readings;
  Money step;         // the rounding step of the figures it adds (minor units)
  bool noise = false; // unrounded figures (computed values): compare at the cent
  // A total only because its figures add up (no word, place or hierarchy
  // names it): its reading is whatever block it adds, so there is no
  // structure its own formula could be audited against.
  bool by_figures = false;
  // A total of a headcount (its column headed as people counted, or its
  // parts' columns): a person in two of its lines is one in it, so it may
  // be less than they add up to (engine/rules/stated_totals.cpp).
  bool headcount = false;
  // The figures are whole amounts of a currency its headings name with no
  // scale ('Net rent debit \xC2\xA3', not '\xC2\xA3000' or '\xC2\xA3m'): written as
  // held, not rounded from finer figures, so a total across them carries no
  // rounding of its own (no part in a million: total_rounding_bound).
  bool currency_units = false;
};

// Equal at the table's own precision: exactly, or for unrounded computed
// figures within the four-decimal rounding of each part (never a cent).
inline bool same_at_precision(Money stated, Money sum, bool noise, std::size_t parts) {
  if (stated == sum) return true;
  return noise && (stated - sum).abs() <= Money::from_pence(std::int64_t(parts) + 1);
}

// The first reading that explains the stated total at the table's precision
// (the structure's own first, then the other plausible ones), or null where
// none does: only then may the total be wrong.
inline const Reading *agreeing_reading(const StatedTotal &st) {
  for (const Reading &r : st.readings)
    if (same_at_precision(st.stated, r.sum, st.noise, r.parts.size())) return &r;
  return nullptr;
}

// How far a total may be from its parts by rounding alone. Each of n parts
// and the total are rounded to the step q of the table's own figures, each
// off by at most half a step, evenly spread: their sum is off by about
// q * sqrt((n + 1) / 12) typically, and by more than q * sqrt(n + 1) (three
// and a half times that) almost never. So floor(sqrt(n + 1)) steps, at
// least one: a difference of many steps on a few figures is not rounding,
// though (n + 1) / 2 steps could be in the worst case. A published aggregate
// (a national total of hundreds of rounded returns) carries its own parts'
// rounding too, which no count of the row's parts shows: up to one part in
// a million of the total is also taken as rounding. Beyond that it is an
// error. The part in a million is for a total across a row's columns (an
// aggregate row's total, the sum of its bodies' own rounded totals); a
// Total row's lines are all in view, so its bound is theirs alone
// (lines_rounding_bound): a £10 slip in a £24.9m total of five whole-pound
// lines is no rounding.
inline Money lines_rounding_bound(Money step, std::size_t parts) {
  std::int64_t q = std::max<std::int64_t>(step.pence(), 1);
  std::int64_t k = 1;
  while ((k + 1) * (k + 1) <= std::int64_t(parts) + 1) ++k;
  return Money::from_pence(k * q);
}
inline Money rounding_bound(Money stated, Money step, std::size_t parts) {
  std::int64_t q = std::max<std::int64_t>(step.pence(), 1);
  std::int64_t by_size = (stated.abs().pence() / 1000000) / q * q;
  return std::max(lines_rounding_bound(step, parts), Money::from_pence(by_size));
}

// The bound for a stated total and one reading of its parts: a total
// column's (across the row) with the part in a million, a Total row's by
// its lines alone; so is a total column's where its figures are whole
// amounts of a currency named with no scale (StatedTotal::currency_units).
inline Money total_rounding_bound(const StatedTotal &st, Money step, std::size_t parts) {
  return st.total_column && !st.currency_units ? rounding_bound(st.stated, step, parts)
                                               : lines_rounding_bound(step, parts);
}

// A figure the table works out from others by a relation that is no sum: a
// variance (forecast - budget), a closing balance (opening + in - out), the
// cash at the end of a year (the cash at its start + the net movement). The
// relation is the structure's reading, found only where the headings name it
// and the arithmetic holds on the table's other rows; the other readings (the
// opposite sign convention) are tried before the figure is said to break it.
struct Relation {
  CellRef cell; // the worked-out figure
  Money stated;
  std::string what;                           // "'Mental Health Services': 'Variance'"
  std::string reading;                        // "'Forecast Outturn' - 'Budget'"
  std::vector<std::pair<CellRef, int>> terms; // the figures it comes from, each with its sign (+1, -1)
  Money value;                                // what the terms give
  std::vector<Money> others;                  // what the other plausible readings give
  Money step;                                 // the rounding step of the figures
  std::size_t spread = 0;                     // the figures whose rounding may show in it
  bool noise = false;
  // A running total's figure (the cumulative figure before it + this
  // period's): said as cumulative-total-mismatch, not as a relation.
  bool cumulative = false;
  const char *verb = "give"; // what the reading does in the message: "give", "gives"
};

// A figure written with a point and three decimals ("1.030", "(2.500)")
// in a table whose every other figure is written whole ("2,719", "528"): a
// point typed for a thousands comma, or a decimal the table writes nowhere
// else. Which, only the totals and relations that count it can say
// (engine/rules/point_slips.cpp): a slip is believed only where reading it
// as thousands makes every one of them exact.
struct PointSlip {
  CellRef cell;
  std::string written; // the text as written: "1.030"
  std::string what;    // "'All other payments': '31 March 2023'", opens the message
  Money as_read;       // 1.03
  Money as_thousands;  // 1,030
};

struct TotalsTable {
  std::string sheet;
  CellRef first, last;
  std::int64_t unit = 10000; // minor units per unit as written (four decimals kept)
  std::string heading;
  std::vector<StatedTotal> totals;
  std::vector<Relation> relations;
  // What of the table was not checked, and why, where the rest was (its
  // total rows, when only its total columns were believed).
  std::string not_checked;
  // The step the figures' texts are written to where most show it ('3.815',
  // '0.599', '3.4': 0.001); zero where most are whole beside a few that are
  // not ('100', '200', '300.5': whole figures shown rounded) or no text.
  Money written_step;
  // The same, column by column (only the columns its totals add or state):
  // a Total row adds the figures of its own column alone, which may be
  // written finer than the table's others (Band D equivalents to 0.1 beside
  // whole counts of dwellings). Zero where a column's step is not known.
  std::map<std::uint32_t, Money> column_steps;
  // The step a Total row's figures are written to: its column's where that
  // is known and finer than the table's, else the table's. A total across a
  // row adds figures of several columns: the table's.
  Money written_step_of(const StatedTotal &st) const {
    if (st.total_column) return written_step;
    auto it = column_steps.find(st.cell.col);
    if (it == column_steps.end() || it->second.pence() <= 0) return written_step;
    if (written_step.pence() > 0 && written_step <= it->second) return written_step;
    return it->second;
  }
  // The one figure of the table, if any, whose point may be a slip for a
  // thousands comma (see PointSlip).
  std::vector<PointSlip> point_slips;
};

} // namespace fundbook
