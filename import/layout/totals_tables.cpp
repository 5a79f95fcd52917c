// Any table of figures with totals, by its inferred structure
// (import/layout/structure/): total columns and total rows in whatever words
// and hierarchy the table uses. Runs after the council shapes, on the rows
// they did not claim. A table whose totals are believed is claimed and
// checked; one whose structure is doubtful is left to the account of
// unchecked figures, with the reason.
#include "import/layout/shapes.hpp"
#include "import/layout/structure/infer.hpp"

namespace fundbook::layout {

void totals_tables(Context &ctx) {
  const SheetView &v = ctx.view;
  for (structure::Region &g : structure::find_regions(ctx)) {
    structure::Inferred inf;
    structure::infer_total_columns(g, v, inf);
    structure::infer_total_rows(g, v, inf);
    if (inf.totals.empty()) {
      for (auto &b : inf.doubtful)
        for (std::uint32_t r : g.rows) ctx.doubts.emplace(r, b.why);
      continue;
    }
    TotalsTable t;
    t.sheet = v.sheet().name;
    std::uint32_t top = g.header.value_or(g.rows.front());
    std::uint32_t left = g.label_col ? std::min(*g.label_col, g.cols.front()) : g.cols.front();
    t.first = CellRef{top, left};
    t.last = CellRef{g.rows.back(), g.cols.back()};
    t.unit = structure::kScale;
    if (g.banner) t.heading = trim(v.text_at(*g.banner, v.row(*g.banner).first->col));
    t.totals = std::move(inf.totals);
    for (auto &b : inf.doubtful) ctx.out.unchecked.push_back(std::move(b));
    if (g.header) ctx.claim(*g.header);
    for (std::uint32_t r : g.rows) ctx.claim(r);
    ctx.out.totals_tables.push_back(std::move(t));
  }
}

} // namespace fundbook::layout
