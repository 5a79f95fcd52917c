// The quarterly monitoring report: the RAG overview (Green, Amber, Red,
// Total with counts and sums) and the schemes listed with their spend,
// savings to date, projection, commentary and RAG rating, either one row per
// scheme or in the report's blocks (scheme row, "Invest £000 | Saving £000",
// then the original figures).
#include "core/concat.hpp"
#include "import/layout/damaged_structure.hpp"
#include "import/layout/shapes.hpp"

namespace fundbook::layout {
namespace {

std::optional<std::string> rating_of(const Context &ctx, std::string_view text) {
  std::string n = normalise_label(text);
  if (n.empty()) return std::nullopt;
  // "Green – On Track": the first word decides.
  std::string first = n.substr(0, n.find_first_of(" -\xe2"));
  for (auto [key, name] : {std::pair{"rag.green", "Green"}, {"rag.amber", "Amber"}, {"rag.red", "Red"}}) {
    if (ctx.vocab.is(key, first) || ctx.vocab.is(key, n)) return std::string(name);
  }
  return std::nullopt;
}

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
    if (rating_of(ctx, label) || ctx.vocab.is("rows.total", label)) return true;
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
      auto rating = rating_of(ctx, label);
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
    ctx.doubts.emplace(rows[k], why);
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
      if (auto rating = rating_of(ctx, rg)) {
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
