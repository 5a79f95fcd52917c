// The quarterly monitoring report's RAG overview: a row per rating (Green,
// Amber, Red) and a Total, with counts and sums, checked against the schemes
// listed under it (monitoring_schemes.cpp).
#include "core/concat.hpp"
#include "import/layout/damaged_structure.hpp"
#include "import/layout/shapes.hpp"

namespace fundbook::layout {
namespace {

// A row read through although its rating cell holds a figure or names no
// rating: said at that cell, and its figures in the account of what was not checked.
void note_unrated(Context &ctx, const RagOverview &ov, const RagRow &row) {
  const SheetView &v = ctx.view;
  const Cell *label = v.at(row.label_ref.row, row.label_ref.col);
  // Joined with concat: GCC 12 warns (-Wrestrict) on "literal" + std::string here.
  std::string text = label ? v.text(*label) : std::string();
  ctx.out.notes.push_back(
      {NoteKind::InputNote, ov.sheet, row.label_ref,
       concat("'", text, "' in ", a1(row.label_ref), " stands where the RAG overview headed in ", a1(ov.header_ref),
              " names a rating (Green, Amber, Red or Total): the figures in row ",
              std::to_string(row.label_ref.row + 1),
              " were not checked against the schemes listed; the rest of the overview was")});
  UncheckedBlock b;
  b.sheet = ov.sheet;
  auto add = [&](const Figure &f) {
    if (!b.figures) b.first = b.last = f.ref;
    b.first.col = std::min(b.first.col, std::uint32_t{f.ref.col});
    b.last.col = std::max(b.last.col, std::uint32_t{f.ref.col});
    ++b.figures;
  };
  if (row.count) add(*row.count);
  for (auto &[k, f] : row.sums) add(f);
  b.why = concat(holds_figure(v, ctx.figures, label) ? "a RAG overview row with a figure in its rating cell ("
                                                     : "a RAG overview row whose rating cell names no rating (",
                 a1(row.label_ref), ")");
  if (b.figures) ctx.out.unchecked.push_back(std::move(b));
}

// Whether, below rows[j] and past at most two more rows like it (a label
// that names no rating, and a count), a row names a rating or the Total:
// the overview goes on below a label it cannot read.
bool rating_follows(const Context &ctx, const std::vector<std::uint32_t> &rows, std::size_t j, std::uint32_t rag_col,
                    std::uint32_t count_col) {
  const SheetView &v = ctx.view;
  for (std::size_t k = j + 1; k < rows.size() && k <= j + 3; ++k) {
    std::string label = v.text_at(rows[k], rag_col);
    if (rag_rating(ctx.vocab, label) || ctx.vocab.is("rows.total", label)) return true;
    if (label.empty() || !holds_figure(v, ctx.figures, v.at(rows[k], count_col))) return false;
  }
  return false;
}

} // namespace

void rag_overview(Context &ctx) {
  const SheetView &v = ctx.view;
  const auto &rows = v.rows();
  const auto &rag_heads = ctx.vocab.list("headers.rag");
  static const char *const kKeys[] = {"count", "investment_to_date", "savings_to_date", "committed", "projected"};
  const std::vector<std::string> *lists[5];
  for (int k = 0; k < 5; ++k) lists[k] = &ctx.vocab.list(std::string("monitoring.") + kKeys[k]);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::uint32_t hr = rows[i];
    if (ctx.is_claimed(hr)) continue;
    auto [hb, he] = v.row(hr);
    std::optional<std::uint32_t> rag_col;
    std::map<std::string, std::uint32_t> cols;
    for (const Cell *c = hb; c != he; ++c) {
      std::string_view t = v.label(*c);
      if (t.empty()) continue;
      if (!rag_col && Vocabulary::in(rag_heads, t)) {
        rag_col = c->col;
        continue;
      }
      for (int k = 0; k < 5; ++k) {
        if (!cols.contains(kKeys[k]) && Vocabulary::starts_in(*lists[k], t)) {
          cols[kKeys[k]] = c->col;
          break;
        }
      }
    }
    if (!rag_col || !cols.contains("count")) continue;
    RagOverview ov;
    ov.sheet = v.sheet().name;
    ov.header_ref = CellRef{hr, *rag_col};
    FigureReader reader = ctx.reader();
    std::size_t j = i + 1;
    bool total_seen = false;
    for (; j < rows.size(); ++j) {
      std::uint32_t r = rows[j];
      std::string label = v.text_at(r, *rag_col);
      auto rating = rag_rating(ctx.vocab, label);
      bool total = !rating && ctx.vocab.is("rows.total", label);
      // A figure where a rating should be (1e308 over "Amber"), in a row
      // with a count, before the Total: the overview goes on below it, so
      // the row is read through rather than the overview cut there unsaid.
      bool unrated = !rating && !total && !total_seen && holds_figure(v, ctx.figures, v.at(r, *rag_col)) &&
                     holds_figure(v, ctx.figures, v.at(r, cols.at("count")));
      // Text that names no rating ("Ëreen – On Track"), likewise, but only
      // where a rating or the Total follows: a note under the overview is
      // text beside a figure too, and ends it.
      if (!rating && !total && !unrated && !total_seen && !label.empty() &&
          holds_figure(v, ctx.figures, v.at(r, cols.at("count"))) &&
          rating_follows(ctx, rows, j, *rag_col, cols.at("count")))
        unrated = true;
      if (!rating && !total && !unrated) break;
      total_seen = total_seen || total;
      RagRow row;
      row.rating = rating ? *rating : total ? "Total" : "";
      row.label_ref = CellRef{r, *rag_col};
      for (auto &[k, c] : cols) {
        // The sums are in £000; a count is read on the same scale (one scheme
        // = 1) so one exact type holds both.
        auto f = reader.read(r, c, 100000);
        if (!f) continue;
        if (k == "count")
          row.count = f;
        else
          row.sums[k] = *f;
      }
      (unrated ? ov.unrated : ov.rows).push_back(std::move(row));
      ctx.claim(r);
    }
    if (ov.rows.empty()) {
      for (std::size_t k = i + 1; k < j; ++k) ctx.unclaim(rows[k]);
      continue;
    }
    for (auto &row : ov.unrated) note_unrated(ctx, ov, row);
    ctx.claim(hr);
    ctx.out.rag_overviews.push_back(std::move(ov));
    i = j - 1;
  }
}

} // namespace fundbook::layout
