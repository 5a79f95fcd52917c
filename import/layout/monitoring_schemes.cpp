// The quarterly monitoring report's schemes, listed with their spend,
// savings to date, projection, commentary and RAG rating, either one row per
// scheme or in the report's blocks (scheme row, "Invest £000 | Saving £000",
// then the original figures).
#include "core/concat.hpp"
#include "import/layout/shapes.hpp"

namespace fundbook::layout {

namespace {
// A row that heads a monitoring table in all but its fund expenditure column
// (a misspelt heading): the figures under it, left unread, are accounted for
// with the heading fundbook did not know named at its cell.
void doubt_header(Context &ctx, std::size_t i, std::optional<std::uint32_t> title_col) {
  const SheetView &v = ctx.view;
  const auto &rows = v.rows();
  std::uint32_t hr = rows[i];
  const Cell *unknown = nullptr;
  for (auto [b, e] = v.row(hr); b != e; ++b) {
    std::string_view t = v.label(*b);
    if (t.empty() || b->col == *title_col) continue;
    bool known = false;
    for (const char *list :
         {"monitoring.spent", "monitoring.saved", "monitoring.projected", "headers.commentary", "headers.rag",
          "headers.reference", "monitoring.original_investment", "monitoring.original_saving"})
      known = known || Vocabulary::starts_in(ctx.vocab.list(list), t);
    if (!known) {
      unknown = b;
      break;
    }
  }
  if (!unknown) return;
  std::string why = concat("figures under a monitoring table's header (row ", std::to_string(hr + 1), ") whose '",
                           trim(v.text(*unknown)), "' in ", a1(hr, unknown->col),
                           " is not a heading fundbook knows, where the fund expenditure to date should be named");
  // Its rows: to the next row that heads a table (a title in the same column).
  const auto &l_title = ctx.vocab.list("headers.title");
  for (std::size_t k = i + 1; k < rows.size() && k <= i + 50; ++k) {
    const Cell *c = v.at(rows[k], *title_col);
    if (c && Vocabulary::starts_in(l_title, v.label(*c))) break;
    ctx.doubts.emplace(rows[k], Context::Doubt{why});
    ctx.doubt_headings.emplace(rows[k], std::pair{CellRef{hr, unknown->col}, trim(v.text(*unknown))});
  }
}
} // namespace

void monitoring_schemes(Context &ctx) {
  const SheetView &v = ctx.view;
  const auto &rows = v.rows();
  struct Cols {
    std::optional<std::uint32_t> title, spent, saved, projected, commentary, rag, orig_inv, orig_sav, ref;
  };
  Cols cols;              // a table's columns once its header is read (title and spent set)
  bool in_scheme = false; // out.schemes.back() is the scheme being read
  // "Invest £000 | Saving £000": the columns of the original figures in the
  // row below, and where they go.
  std::vector<std::pair<std::uint32_t, MaybeFigure SchemeRecord::*>> stated;
  FigureReader reader = ctx.reader();
  const auto &l_title = ctx.vocab.list("headers.title");
  const auto &l_spent = ctx.vocab.list("monitoring.spent");
  const auto &l_saved = ctx.vocab.list("monitoring.saved");
  const auto &l_projected = ctx.vocab.list("monitoring.projected");
  const auto &l_commentary = ctx.vocab.list("headers.commentary");
  const auto &l_rag = ctx.vocab.list("headers.rag");
  const auto &l_ref = ctx.vocab.list("headers.reference");
  const auto &l_oi = ctx.vocab.list("monitoring.original_investment");
  const auto &l_os = ctx.vocab.list("monitoring.original_saving");
  const auto &l_inv = ctx.vocab.list("measures.investment");
  const auto &l_sav = ctx.vocab.list("measures.saving");
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::uint32_t r = rows[i];
    if (ctx.is_claimed(r)) {
      cols = Cols{};
      in_scheme = false;
      continue;
    }
    auto [b, e] = v.row(r);
    // A header names the scheme and the fund expenditure columns.
    Cols h;
    for (const Cell *c = b; c != e; ++c) {
      std::string_view t = v.label(*c);
      if (t.empty()) continue;
      if (!h.title && Vocabulary::starts_in(l_title, t))
        h.title = c->col;
      else if (!h.spent && Vocabulary::starts_in(l_spent, t))
        h.spent = c->col;
      else if (!h.saved && Vocabulary::starts_in(l_saved, t))
        h.saved = c->col;
      else if (!h.projected && Vocabulary::starts_in(l_projected, t))
        h.projected = c->col;
      else if (!h.commentary && Vocabulary::starts_in(l_commentary, t))
        h.commentary = c->col;
      else if (!h.rag && Vocabulary::starts_in(l_rag, t))
        h.rag = c->col;
      else if (!h.ref && Vocabulary::in(l_ref, t))
        h.ref = c->col;
      else if (!h.orig_inv && Vocabulary::in(l_oi, t))
        h.orig_inv = c->col;
      else if (!h.orig_sav && Vocabulary::in(l_os, t))
        h.orig_sav = c->col;
    }
    if (h.title && h.spent) {
      cols = h;
      in_scheme = false;
      stated.clear();
      ctx.claim(r);
      continue;
    }
    if (h.title && (h.saved || h.projected || h.rag || h.commentary)) doubt_header(ctx, i, h.title);
    if (!cols.title) continue;
    // The block layout's label row for the original figures.
    std::optional<std::uint32_t> li, ls;
    for (const Cell *c = b; c != e; ++c) {
      std::string_view t = v.label(*c);
      if (Vocabulary::in(l_inv, t))
        li = c->col;
      else if (Vocabulary::in(l_sav, t))
        ls = c->col;
    }
    if (li || ls) {
      stated.clear();
      if (li) stated.emplace_back(*li, &SchemeRecord::stated_investment);
      if (ls) stated.emplace_back(*ls, &SchemeRecord::stated_saving);
      ctx.claim(r);
      continue;
    }
    if (!stated.empty() && in_scheme) {
      auto &s = ctx.out.schemes.back();
      bool any = false;
      for (auto [col, figure] : stated) {
        if (!v.at(r, col)) continue;
        s.*figure = reader.read(r, col, 100000);
        any = true;
      }
      stated.clear();
      if (any) {
        ctx.claim(r);
        continue;
      }
    }
    std::string title = trim(v.text_at(r, *cols.title));
    if (title.empty()) continue;
    SchemeRecord s;
    s.kind = SchemeKind::Monitoring;
    s.source.sheet = ctx.sheet_name;
    s.source.cell = CellRef{r, *cols.title};
    if (cols.ref) {
      if (auto f = find_reference(v.text_at(r, *cols.ref))) s.ref = f->ref;
    }
    if (!s.ref) {
      if (auto f = find_reference(title)) s.ref = f->ref;
    }
    s.title = strip_reference(title);
    s.hidden = v.sheet().row_hidden(r);
    MonitoringRecord &m = s.monitored.ensure();
    if (cols.spent) m.spent_to_date = reader.read(r, *cols.spent, 100000);
    if (cols.saved) m.saved_to_date = reader.read(r, *cols.saved, 100000);
    if (cols.projected) m.projected_saving = reader.read(r, *cols.projected, 100000);
    if (cols.orig_inv) s.stated_investment = reader.read(r, *cols.orig_inv, 100000);
    if (cols.orig_sav) s.stated_saving = reader.read(r, *cols.orig_sav, 100000);
    if (cols.commentary) {
      std::string c = trim(v.text_at(r, *cols.commentary));
      if (!c.empty()) m.commentary = c;
    }
    if (cols.rag) {
      std::string rg = v.text_at(r, *cols.rag);
      if (auto rating = rag_rating(ctx.vocab, rg)) {
        m.rag = rating;
        m.rag_ref = CellRef{r, *cols.rag};
      }
    }
    ctx.claim(r);
    ctx.out.schemes.push_back(std::move(s));
    in_scheme = true;
  }
}

} // namespace fundbook::layout
