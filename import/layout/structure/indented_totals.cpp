// Subtotals written one column right of their items, as a budget book sets
// out its changes: a group's items each with its figure in one column, then
// the group's total on a row of its own with its figure in the next column
// to the right, where the groups' totals are themselves the lines a total
// further down adds. Read by rows, such a total has no figure above it in
// its own column to add, so no reading explains it, and the table was said
// to have totals that "agree with no reading of the rows above them": untrue,
// and read by a finance officer as an accusation.
//
// The layout is believed on the table's own evidence, as any structure is:
// two such totals or more agree exactly with their items, and one at most
// does not. Then each is checked against its items; otherwise each is said
// unchecked with the true reason (its items are in another column).
#include "import/layout/structure/infer.hpp"

#include <algorithm>

#include "core/concat.hpp"

namespace fundbook::structure {

namespace {

// The region's only figure column in row i (a figure or a nil), if it has one alone.
std::optional<std::size_t> lone_column(const Region &g, std::size_t i) {
  std::optional<std::size_t> at;
  for (std::size_t j = 0; j < g.cols.size(); ++j) {
    if (!g.cells[i][j]) continue;
    if (at) return std::nullopt;
    at = j;
  }
  return at;
}

struct Indented {
  std::size_t row = 0, col = 0;   // the total, and its column (indexes into the region)
  std::vector<std::size_t> items; // the rows right above it with their figure one column left
  Money sum;
  std::size_t non_zero = 0;
};
} // namespace

std::vector<bool> indented_total_rows(const Region &g, const SheetView &v, Inferred &out) {
  std::vector<bool> taken(g.rows.size(), false);
  std::vector<Indented> found;
  for (std::size_t i = 1; i < g.rows.size(); ++i) {
    if (g.row_total[i] == TotalWord::None) continue;
    auto c = lone_column(g, i);
    if (!c || *c == 0 || g.cols[*c] != g.cols[*c - 1] + 1 || g.cells[i][*c]->nil) continue;
    Indented t{i, *c, {}, Money(), 0};
    for (std::size_t k = i; k-- > 0;) {
      if (g.row_total[k] != TotalWord::None || lone_column(g, k) != *c - 1) break;
      t.items.push_back(k);
      t.sum += g.cells[k][*c - 1]->value;
      t.non_zero += !g.cells[k][*c - 1]->value.is_zero();
    }
    if (t.items.empty() || t.sum.is_too_large()) continue;
    std::reverse(t.items.begin(), t.items.end());
    found.push_back(std::move(t));
  }
  if (found.empty()) return taken;
  bool noise = std::find(g.col_noise.begin(), g.col_noise.end(), true) != g.col_noise.end();
  std::size_t hits = 0, off = 0;
  for (const Indented &t : found) {
    const Money stated = g.cells[t.row][t.col]->value;
    if (same_at_precision(stated, t.sum, noise, t.items.size()))
      ++hits;
    else if ((stated - t.sum).abs() > rounding_bound(stated, Money::from_pence(g.col_step[t.col - 1]), t.items.size()))
      ++off;
  }
  const bool believed = hits >= 2 && (off <= 1 || hits * 4 >= found.size() * 3);
  for (const Indented &t : found) {
    taken[t.row] = true;
    const CellRef cell{g.rows[t.row], g.cols[t.col]};
    const std::string items = concat("the ", std::to_string(t.items.size()), t.items.size() == 1 ? " row" : " rows",
                                     " above it in column ", column_name(g.cols[t.col - 1]));
    if (!believed) {
      UncheckedBlock b;
      b.sheet = v.sheet().name;
      b.first = b.last = cell;
      b.figures = 1;
      b.totals_unchecked = true;
      b.why = concat(quoted(g.names[t.row]), " has its figure in column ", column_name(cell.col),
                     " and its items one column to its left (", items,
                     "): items and subtotals are in different columns, and too few subtotals so written agree "
                     "with their items for that layout to be known, so it was not checked");
      out.doubtful.push_back(std::move(b));
      continue;
    }
    StatedTotal s;
    s.cell = cell;
    s.stated = g.cells[t.row][t.col]->value;
    s.step = Money::from_pence(std::min(g.col_step[t.col], g.col_step[t.col - 1]));
    s.noise = noise;
    s.what = concat(quoted(g.names[t.row]), " in column ", column_name(cell.col));
    Reading rd;
    rd.name = items;
    rd.sum = t.sum;
    for (std::size_t k : t.items) rd.parts.push_back(CellRef{g.rows[k], g.cols[t.col - 1]});
    out.explained += same_at_precision(s.stated, rd.sum, noise, rd.parts.size());
    s.readings.push_back(std::move(rd));
    out.totals.push_back(std::move(s));
  }
  return taken;
}

Region as_lines(const Region &g, const std::vector<bool> &rows) {
  Region out = g;
  for (std::size_t i = 0; i < g.rows.size(); ++i)
    if (rows[i]) out.row_total[i] = TotalWord::None;
  return out;
}

} // namespace fundbook::structure
