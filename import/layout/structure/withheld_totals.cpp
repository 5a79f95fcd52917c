// Totals that count a figure the table does not give: official statistics
// write ".." (not available), "[c]" (confidential) or "x" (suppressed) where
// a return's figure is withheld, yet their totals include it. Such a total
// cannot be judged from the figures shown: taken out of the check and said
// unchecked at its cell, never reported as wrong. One that adds up anyway
// (the withheld figure was nothing) stays checked. And where the table shows
// its totals leave such cells out (a workbook's SUM passes over the text a
// lookup gives for a missing return), two or more of them adding up exactly
// and one alone not, that one is judged as any other total.
#include <algorithm>
#include <map>

#include "core/concat.hpp"
#include "import/layout/structure/infer.hpp"

namespace fundbook::structure {

void set_aside_totals_over_withheld(const Region &g, const SheetView &v, Inferred &out) {
  if (g.withheld.empty()) return;
  auto explained = [](const StatedTotal &st) { return agreeing_reading(st) != nullptr; };
  auto counting = [](const StatedTotal &st) {
    return std::find_if(st.readings.begin(), st.readings.end(), [](const Reading &r) { return !r.not_given.empty(); });
  };
  std::size_t agree = 0, disagree = 0;
  for (const StatedTotal &st : out.totals)
    if (counting(st) != st.readings.end()) ++(explained(st) ? agree : disagree);
  if (agree >= 2 && disagree <= 1) return;
  std::vector<StatedTotal> kept;
  SetAsideTotals aside; // with the first cell not given that each counts
  for (StatedTotal &st : out.totals) {
    auto reading = counting(st);
    if (reading == st.readings.end() || explained(st)) {
      kept.push_back(std::move(st));
      continue;
    }
    CellRef first = reading->not_given.front();
    auto line = std::make_pair(st.total_column, st.total_column ? st.cell.col : st.cell.row);
    aside[line].emplace_back(std::move(st), first);
  }
  out.totals = std::move(kept);
  say_set_aside(aside, v, out, [&](const std::string &text, CellRef at) {
    // A broken figure ("1 ,273,768,804.00") is given, but not as a number;
    // text that is no figure ("195,7", "abc") is said as the totals over
    // text say it (set_aside_totals_over_text), one cell one wording.
    if (garbled_figure(text))
      return concat("a figure that is not a number as written ('", trim(text), "' at ", a1(at), ")");
    if (holds_text(g, at)) return concat("'", trim(text), "' at ", a1(at), ", which is not a figure");
    return concat("a figure the table does not give ('", trim(text), "' at ", a1(at), ")");
  });
}

void say_set_aside(const SetAsideTotals &aside, const SheetView &v, Inferred &out,
                   const std::function<std::string(const std::string &text, CellRef at)> &counted) {
  for (const auto &[line, totals] : aside) {
    UncheckedBlock b;
    b.sheet = v.sheet().name;
    b.first = b.last = totals.front().first.cell;
    for (const auto &t : totals) {
      b.first = std::min(b.first, t.first.cell);
      b.last = std::max(b.last, t.first.cell);
    }
    b.figures = totals.size();
    CellRef at = totals.front().second;
    std::string more = totals.size() == 1 ? std::string()
                                          : " (and " + std::to_string(totals.size() - 1) +
                                                (totals.size() == 2 ? " more total in its " : " more totals in its ") +
                                                (line.first ? "column" : "row") + ")";
    b.why = totals.front().first.what + more + " counts " + counted(v.text_at(at.row, at.col), at) + ", so " +
            (totals.size() == 1 ? "it was" : "they were") + " not checked";
    b.totals_unchecked = true;
    out.doubtful.push_back(std::move(b));
  }
}

} // namespace fundbook::structure
