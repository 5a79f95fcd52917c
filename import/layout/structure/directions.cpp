// A table checked one way and not the other (its total columns agree across
// every row, its total rows down it agree with no reading) is one table in
// the account: listed as checked, saying which direction was not checked and
// why, with only the figures no check covered left in `unchecked`. Before,
// the same figures were listed both as a checked table and as an unchecked
// block of the whole table.
#include <algorithm>
#include <set>

#include "import/layout/structure/infer.hpp"

namespace fundbook::structure {

namespace {
// The reading a check went by: the one that explains the total, else its own.
const Reading &reading_checked(const StatedTotal &st) {
  const Reading *agreeing = agreeing_reading(st);
  return agreeing ? *agreeing : st.readings.front();
}
} // namespace

std::set<std::pair<std::uint32_t, std::uint32_t>> covered_cells(const Inferred &inf) {
  using Cell = std::pair<std::uint32_t, std::uint32_t>;
  std::set<Cell> out;
  for (const StatedTotal &st : inf.totals) {
    out.emplace(st.cell.row, st.cell.col);
    if (st.readings.empty()) continue;
    for (const CellRef &c : reading_checked(st).parts) out.emplace(c.row, c.col);
  }
  for (const Relation &r : inf.relations) {
    out.emplace(r.cell.row, r.cell.col);
    for (auto &[c, sign] : r.terms) out.emplace(c.row, c.col);
  }
  return out;
}

std::string split_whole_table_doubts(const Region &g, const SheetView &v, Inferred &inf) {
  if (inf.totals.empty() && inf.relations.empty()) return {};
  // Under a row the file repeats and the reader held once, the copies not
  // read are why its totals disagree: the whole table is said so, as it is.
  for (const auto &h : v.sheet().rows_held_once)
    if (h.row <= g.rows.back()) return {};
  const CellRef first{g.rows.front(), g.cols.front()}, last{g.rows.back(), g.cols.back()};
  auto whole = [&](const UncheckedBlock &b) { return b.first == first && b.last == last; };
  if (std::none_of(inf.doubtful.begin(), inf.doubtful.end(), whole)) return {};
  std::string not_checked;
  auto covered = covered_cells(inf);
  std::vector<UncheckedBlock> kept;
  // Figures another doubt already names (a total column no reading
  // explains) are said there, once.
  for (const UncheckedBlock &b : inf.doubtful) {
    if (whole(b)) continue;
    for (std::size_t i = 0; i < g.rows.size(); ++i)
      for (std::size_t c = 0; c < g.cols.size(); ++c)
        if (g.rows[i] >= b.first.row && g.rows[i] <= b.last.row && g.cols[c] >= b.first.col && g.cols[c] <= b.last.col)
          covered.emplace(g.rows[i], g.cols[c]);
  }
  for (UncheckedBlock &b : inf.doubtful) {
    if (!whole(b)) {
      kept.push_back(std::move(b));
      continue;
    }
    std::string why = b.why;
    constexpr std::string_view kUnknown = ", so the table's structure is not known";
    if (why.ends_with(kUnknown)) why.resize(why.size() - kUnknown.size());
    // What no check covered: the figures of the table that are no checked
    // total and no part of one.
    UncheckedBlock left;
    left.sheet = b.sheet;
    bool any = false;
    for (std::size_t i = 0; i < g.rows.size(); ++i)
      for (std::size_t c = 0; c < g.cols.size(); ++c) {
        const auto &a = g.cells[i][c];
        if (!a || a->nil || covered.contains({g.rows[i], g.cols[c]})) continue;
        CellRef at{g.rows[i], g.cols[c]};
        left.first = any ? CellRef{std::min(left.first.row, at.row), std::min(left.first.col, at.col)} : at;
        left.last = any ? CellRef{std::max(left.last.row, at.row), std::max(left.last.col, at.col)} : at;
        any = true;
        ++left.figures;
      }
    // Which way was checked: a total row may still be read another way
    // (one figure under a Total column, as that column's total).
    bool some_down = std::any_of(inf.totals.begin(), inf.totals.end(), [](auto &t) { return !t.total_column; });
    const char *lead = some_down ? "not every total row was checked: " : "the total rows were not checked: ";
    not_checked += (not_checked.empty() ? lead : "; ") + why;
    if (!any) continue;
    left.why = why + ", and no checked total of the table adds these figures, so they were not checked";
    kept.push_back(std::move(left));
  }
  inf.doubtful = std::move(kept);
  return not_checked;
}

} // namespace fundbook::structure
