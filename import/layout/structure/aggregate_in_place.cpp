// A list's row that stands for the rows right under it ("Top six functions"
// over the six, then "All others", then "Total"): where the Total disagrees
// with its rows as a plain list, but agrees exactly once one run of two rows
// or more right under one row is left out (that row counted in their place),
// the Total says how the list adds, and that row is the total of its run.
// The Total is then explained, and the row is checked against its run: a
// part changed shows there, not as a Total "wrong" by the rows it counts twice.
//
// Only in a one-column list under a Total named so; the run must be the only
// one that explains the Total, its row no total by its words, as large as
// each row of the run and of its sign (a total over them, not one more
// item), and more rows must follow it before the Total (a Total that leaves
// out its last rows is a range stopped short, and is wrong itself).
#include "core/concat.hpp"
#include "import/layout/structure/infer.hpp"

#include <optional>

namespace fundbook::structure {

namespace {
std::string plural(std::size_t n, const char *one, const char *many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

struct Run {
  std::size_t head = 0;            // index into the reading's parts: the row standing for the run
  std::size_t first = 0, last = 0; // the run's parts, first to last (indexes into the reading's parts)
};
} // namespace

void infer_aggregates_in_place(const Region &g, Inferred &out) {
  if (g.cols.size() != 1) return;
  std::vector<StatedTotal> added;
  for (StatedTotal &s : out.totals) {
    if (s.total_column || s.by_figures || s.readings.empty() || agreeing_reading(s)) continue;
    auto ti = row_of(g, s.cell.row);
    if (!ti || g.row_total[*ti] == TotalWord::None) continue;
    const Reading &r = s.readings.front();
    const std::size_t m = r.parts.size();
    if (m < 4 || !r.not_given.empty()) continue;
    std::vector<std::size_t> at(m); // the parts' indexes into g.rows
    std::vector<Money> x(m);
    bool readable = true;
    for (std::size_t p = 0; p < m && readable; ++p) {
      auto i = row_of(g, r.parts[p].row);
      readable = i && r.parts[p].col == g.cols[0] && g.cells[*i][0];
      if (!readable) break;
      at[p] = *i;
      x[p] = g.cells[*i][0]->value;
    }
    if (!readable) continue;
    const Money left_out = r.sum - s.stated; // what the Total counts less than its rows
    std::optional<Run> found;
    std::size_t runs = 0;
    for (std::size_t h = 0; h + 3 < m && runs < 2; ++h) {
      if (g.row_total[at[h]] != TotalWord::None || g.labels[at[h]].empty() || x[h].is_zero()) continue;
      Money sum;
      for (std::size_t k = h + 1; k + 1 < m && runs < 2; ++k) {
        // The run: rows right under the head, none a total, each no larger
        // than the head and of its sign.
        if (at[k] != at[k - 1] + 1 || g.row_total[at[k]] != TotalWord::None) break;
        if (x[k].abs() > x[h].abs() || (!x[k].is_zero() && (x[k] < Money{}) != (x[h] < Money{}))) break;
        sum += x[k];
        if (k < h + 2 || sum != left_out) continue;
        ++runs;
        found = Run{h, h + 1, k};
      }
    }
    if (runs != 1) continue;
    const Run &run = *found;
    const std::size_t len = run.last - run.first + 1;
    Reading in_place;
    in_place.name = concat("the ", plural(m - len, "row", "rows"), " above it, ", quoted(g.names[at[run.head]]),
                           " counted in place of the ", plural(len, "row", "rows"), " under it");
    for (std::size_t p = 0; p < m; ++p)
      if (p < run.first || p > run.last) {
        in_place.parts.push_back(r.parts[p]);
        in_place.sum += x[p];
      }
    StatedTotal head;
    head.cell = CellRef{g.rows[at[run.head]], g.cols[0]};
    head.stated = x[run.head];
    head.step = s.step;
    head.noise = s.noise;
    head.what =
        concat(quoted(g.names[at[run.head]]), g.col_names[0].empty() ? concat(" in column ", column_name(g.cols[0]))
                                                                     : concat(" for ", quoted(g.col_names[0])));
    Reading under;
    under.name =
        concat("the ", plural(len, "row", "rows"), " under it (", quoted(g.names[*ti]), " counts it in their place)");
    for (std::size_t p = run.first; p <= run.last; ++p) {
      under.parts.push_back(r.parts[p]);
      under.sum += x[p];
    }
    head.readings.push_back(std::move(under));
    s.readings.insert(s.readings.begin(), std::move(in_place));
    ++out.explained;
    added.push_back(std::move(head));
  }
  for (auto &h : added) out.totals.push_back(std::move(h));
}

} // namespace fundbook::structure
