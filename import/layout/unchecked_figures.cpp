// The figures no recogniser took: grouped into blocks of nearby rows, so the
// account can say "118 figures in B3:F40 not understood" rather than stay
// silent about them (contract: "What was checked, and what was not").
#include "import/layout/shapes.hpp"
#include "import/layout/structure/figure_cells.hpp"

namespace fundbook::layout {

namespace {
// Rows further apart than this start a new block: one blank row or a
// heading between two runs of figures still reads as one table.
constexpr std::uint32_t kBlockGap = 2;

const char *kDefaultWhy = "figures with no row or column recognised as a total";
} // namespace

void unchecked_figures(Context &ctx) {
  const SheetView &v = ctx.view;
  UncheckedBlock block; // the block being gathered: none while it has no figures
  std::uint32_t last_row = 0;
  auto flush = [&] {
    if (block.figures) ctx.out.unchecked.push_back(std::move(block));
    block = UncheckedBlock{};
  };
  for (std::uint32_t r : v.rows()) {
    if (ctx.is_claimed(r)) continue;
    auto [b, e] = v.row(r);
    std::size_t n = 0;
    std::uint32_t lo = 0, hi = 0;
    for (const Cell *c = b; c != e; ++c) {
      // Numbers, and text that is a figure (a CSV's cells are all text);
      // dates are typed as dates.
      if (c->type != CellType::Number) {
        if (c->type != CellType::String) continue;
        auto a = structure::read_amount(v.workbook(), *c, ctx.figures);
        if (!a || a->nil) continue;
      }
      if (!n) lo = c->col;
      hi = c->col;
      ++n;
    }
    if (!n) continue;
    if (block.figures && r - last_row > kBlockGap) flush();
    if (!block.figures) {
      block.sheet = v.sheet().name;
      block.first = CellRef{r, lo};
      block.last = CellRef{r, hi};
      block.why = kDefaultWhy;
    }
    block.first.col = std::min(block.first.col, lo);
    block.last.col = std::max(block.last.col, hi);
    block.last.row = r;
    block.figures += n;
    if (auto it = ctx.doubts.find(r); it != ctx.doubts.end() && block.why == kDefaultWhy) {
      block.why = it->second;
      if (auto h = ctx.doubt_headings.find(r); h != ctx.doubt_headings.end()) {
        block.unknown_heading = h->second.first;
        block.unknown_heading_text = h->second.second;
      }
    }
    last_row = r;
  }
  flush();
}

} // namespace fundbook::layout
