// A summary by RAG rating over the list it summarises, both on one sheet: a
// savings tracker's "RAG | Number of savings | Target £000 | Forecast £000"
// rows for Red, Amber and Green above its savings, each with a RAG column.
// The council's own monitoring overview (rag_overview.cpp) names its
// columns in words the vocabulary knows; this shape takes any columns the
// summary and the list both head alike. It claims no rows: the summary's
// Total row is still a totals table's to check.
#include <set>

#include "import/layout/damaged_structure.hpp"
#include "import/layout/shapes.hpp"
#include "import/layout/structure/figure_cells.hpp"

namespace fundbook::layout {
namespace {

using structure::kScale;

struct Heading {
  std::uint32_t row, col;
};

// A count column's heading: "Number of savings", "No. of schemes", "Count".
bool names_count(std::string_view label) {
  for (std::string_view w : {"number of ", "no. of ", "no of ", "count"})
    if (label.starts_with(w)) return true;
  return label == "number" || label == "no.";
}

// The rows under a rating heading that each name a rating, up to the first
// row that does not (a Total row ends them, and is not one of them).
std::vector<std::uint32_t> rated_rows(const Context &ctx, Heading h, bool *unreadable) {
  const SheetView &v = ctx.view;
  const auto &rows = v.rows();
  std::vector<std::uint32_t> out;
  for (std::size_t i = v.row_index(h.row + 1); i < rows.size(); ++i) {
    std::string label = v.text_at(rows[i], h.col);
    if (rag_rating(ctx.vocab, label)) {
      out.push_back(rows[i]);
      continue;
    }
    // A list goes on past a line that names no rating ("Blue", a scheme
    // not yet rated, a subtotal and the next section's heading) where a
    // rating follows before the next rating heading: those lines belong to
    // no rating the summary has, and the list read up to them is not whole.
    if (unreadable) {
      const auto &heads = ctx.vocab.list("headers.rag");
      for (std::size_t j = i; j < rows.size(); ++j) {
        std::string later = v.text_at(rows[j], h.col);
        if (Vocabulary::in(heads, normalise_label(later))) break;
        if (rag_rating(ctx.vocab, later)) {
          *unreadable = true;
          break;
        }
      }
    }
    break;
  }
  return out;
}

} // namespace

void rating_summaries(Context &ctx) {
  const SheetView &v = ctx.view;
  const auto &rag_heads = ctx.vocab.list("headers.rag");
  std::vector<Heading> heads;
  // Rows another shape took (a tracker's sixty thousand lines, already a
  // year table's) are neither a summary nor a list this shape can pair:
  // their labels are not worked out again (13% of a tracker's check).
  const auto &rows = v.rows();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (ctx.claimed[i]) continue;
    auto [b, e] = v.row(rows[i]);
    for (const Cell *c = b; c != e; ++c)
      if (Vocabulary::in(rag_heads, v.label(*c))) {
        heads.push_back({rows[i], c->col});
        break;
      }
  }
  if (heads.size() < 2) return;
  // A figure that is not one is the other shapes' to say (they read these
  // rows too): here it only stops the comparison.
  std::vector<CellNote> scratch_notes;
  FigureReader quiet{v, ctx.figures, scratch_notes};
  for (const Heading &s : heads) {
    if (ctx.is_claimed(s.row)) continue;
    std::vector<std::uint32_t> srows = rated_rows(ctx, s, nullptr);
    // A summary names each rating once, and more than one of them.
    std::set<std::string> ratings;
    for (std::uint32_t r : srows) ratings.insert(*rag_rating(ctx.vocab, v.text_at(r, s.col)));
    if (srows.size() < 2 || ratings.size() != srows.size()) continue;
    // Its columns: headed, right of the ratings, with a figure in a rating row.
    struct Column {
      std::string label, text; // as matched; as the summary writes it
    };
    std::map<std::uint32_t, Column> columns;
    auto [hb, he] = v.row(s.row);
    for (const Cell *c = hb; c != he; ++c) {
      std::string_view label = v.label(*c);
      if (c->col <= s.col || label.empty()) continue;
      bool figures = false;
      for (std::uint32_t r : srows) figures = figures || holds_figure(v, ctx.figures, v.at(r, c->col));
      if (figures) columns.emplace(c->col, Column{std::string(label), v.text(*c)});
    }
    if (columns.empty()) continue;
    for (const Heading &l : heads) {
      if (l.row == s.row || (l.row > s.row && l.row <= srows.back())) continue;
      bool unreadable = false;
      std::vector<std::uint32_t> lrows = rated_rows(ctx, l, &unreadable);
      if (unreadable || lrows.size() <= srows.size()) continue;
      // The list's columns headed as the summary's are (units dropped).
      std::map<std::string, std::uint32_t> matched; // summary heading as written -> list col
      auto [lb, le] = v.row(l.row);
      for (const Cell *c = lb; c != le; ++c) {
        std::string_view label = v.label(*c);
        if (label.empty() || c->col == l.col) continue;
        for (auto &[col, head] : columns)
          if (head.label == label && !names_count(head.label)) matched.emplace(head.text, c->col);
      }
      bool counted = false;
      for (auto &[col, head] : columns) counted = counted || names_count(head.label);
      if (matched.empty() && !counted) continue;
      RatingSummary sum;
      sum.sheet = v.sheet().name;
      sum.header_ref = CellRef{s.row, s.col};
      sum.list_ref = CellRef{l.row, l.col};
      sum.list_last_row = lrows.back();
      bool whole = true;
      for (std::uint32_t r : srows) {
        RagRow row;
        row.rating = *rag_rating(ctx.vocab, v.text_at(r, s.col));
        row.label_ref = CellRef{r, s.col};
        for (auto &[col, head] : columns) {
          if (!names_count(head.label) && !matched.contains(head.text)) continue;
          bool bad = false;
          auto f = quiet.read(r, col, kScale, &bad);
          if (bad) whole = false;
          if (!f) continue;
          if (names_count(head.label))
            row.count = f;
          else
            row.sums.emplace(head.text, *f);
        }
        sum.rows.push_back(std::move(row));
      }
      for (std::uint32_t r : lrows) {
        RatingSummary::Line line;
        line.rating = *rag_rating(ctx.vocab, v.text_at(r, l.col));
        line.label_ref = CellRef{r, l.col};
        for (auto &[head, col] : matched) {
          bool bad = false;
          auto f = quiet.read(r, col, kScale, &bad);
          if (bad) whole = false;
          if (f) line.figures.emplace(head, *f);
        }
        sum.lines.push_back(std::move(line));
      }
      // A figure that is not one, in the summary or the list: what it
      // should add up to is not known, and the pair is not compared.
      if (whole) ctx.out.rating_summaries.push_back(std::move(sum));
      break;
    }
  }
}

} // namespace fundbook::layout
