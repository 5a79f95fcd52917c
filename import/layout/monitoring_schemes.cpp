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
// with the heading fundbook did not know named at its cell. Its rows are
// the ones that follow, to the next row that heads a table (a title in the
// same column), 50 at most: kept while they pass (MonitoringSchemes::row).
struct DoubtedHeader {
  std::uint32_t title_col = 0;
  std::string why;
  std::pair<CellRef, std::string> heading; // the heading not known: its cell and text
  std::size_t rows_left = 50;
};

std::optional<DoubtedHeader> doubted_header(const Context &ctx, std::uint32_t hr, std::uint32_t title_col) {
  const SheetView &v = ctx.view;
  const Cell *unknown = nullptr;
  for (auto [b, e] = v.row(hr); b != e; ++b) {
    std::string_view t = v.label(*b);
    if (t.empty() || b->col == title_col) continue;
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
  if (!unknown) return std::nullopt;
  return DoubtedHeader{title_col,
                       concat("figures under a monitoring table's header (row ", std::to_string(hr + 1), ") whose '",
                              trim(v.text(*unknown)), "' in ", a1(hr, unknown->col),
                              " is not a heading fundbook knows, where the fund expenditure to date should be named"),
                       {CellRef{hr, unknown->col}, trim(v.text(*unknown))}};
}

// The schemes, read a row at a time: a table's columns once its header is
// read, the scheme being read, and the doubted headers over the rows now passing.
class MonitoringSchemes final : public RowByRow {
public:
  explicit MonitoringSchemes(Context &ctx)
      : ctx_(ctx), v_(ctx.view), reader_(ctx.reader()), l_title_(ctx.vocab.list("headers.title")),
        l_spent_(ctx.vocab.list("monitoring.spent")), l_saved_(ctx.vocab.list("monitoring.saved")),
        l_projected_(ctx.vocab.list("monitoring.projected")), l_commentary_(ctx.vocab.list("headers.commentary")),
        l_rag_(ctx.vocab.list("headers.rag")), l_ref_(ctx.vocab.list("headers.reference")),
        l_oi_(ctx.vocab.list("monitoring.original_investment")), l_os_(ctx.vocab.list("monitoring.original_saving")),
        l_inv_(ctx.vocab.list("measures.investment")), l_sav_(ctx.vocab.list("measures.saving")) {}
  void row(std::uint32_t r) override;

private:
  struct Cols {
    std::optional<std::uint32_t> title, spent, saved, projected, commentary, rag, orig_inv, orig_sav, ref;
  };
  // Row r is one of the rows under each header still doubted (claimed or
  // not): said so, unless its title column heads a table, which ends the doubt.
  void under_doubted_headers(std::uint32_t r);

  Context &ctx_;
  const SheetView &v_;
  Cols cols_;              // a table's columns once its header is read (title and spent set)
  bool in_scheme_ = false; // out.schemes.back() is the scheme being read
  // "Invest £000 | Saving £000": the columns of the original figures in the
  // row below, and where they go.
  std::vector<std::pair<std::uint32_t, MaybeFigure SchemeRecord::*>> stated_;
  std::vector<DoubtedHeader> doubted_; // in the order their headers came
  FigureReader reader_;
  const std::vector<std::string> &l_title_, &l_spent_, &l_saved_, &l_projected_, &l_commentary_, &l_rag_, &l_ref_,
      &l_oi_, &l_os_, &l_inv_, &l_sav_;
};

void MonitoringSchemes::under_doubted_headers(std::uint32_t r) {
  for (DoubtedHeader &d : doubted_) {
    const Cell *c = v_.at(r, d.title_col);
    if (c && Vocabulary::starts_in(l_title_, v_.label(*c))) {
      d.rows_left = 0;
      continue;
    }
    // The first header's doubt over a row stands (emplace): the headers come in order.
    ctx_.doubts.emplace(r, Context::Doubt{d.why});
    ctx_.doubt_headings.emplace(r, d.heading);
    --d.rows_left;
  }
  std::erase_if(doubted_, [](const DoubtedHeader &d) { return d.rows_left == 0; });
}

void MonitoringSchemes::row(std::uint32_t r) {
  if (!doubted_.empty()) under_doubted_headers(r);
  if (ctx_.is_claimed(r)) {
    cols_ = Cols{};
    in_scheme_ = false;
    return;
  }
  auto [b, e] = v_.row(r);
  // A header names the scheme and the fund expenditure columns.
  Cols h;
  for (const Cell *c = b; c != e; ++c) {
    std::string_view t = v_.label(*c);
    if (t.empty()) continue;
    if (!h.title && Vocabulary::starts_in(l_title_, t))
      h.title = c->col;
    else if (!h.spent && Vocabulary::starts_in(l_spent_, t))
      h.spent = c->col;
    else if (!h.saved && Vocabulary::starts_in(l_saved_, t))
      h.saved = c->col;
    else if (!h.projected && Vocabulary::starts_in(l_projected_, t))
      h.projected = c->col;
    else if (!h.commentary && Vocabulary::starts_in(l_commentary_, t))
      h.commentary = c->col;
    else if (!h.rag && Vocabulary::starts_in(l_rag_, t))
      h.rag = c->col;
    else if (!h.ref && Vocabulary::in(l_ref_, t))
      h.ref = c->col;
    else if (!h.orig_inv && Vocabulary::in(l_oi_, t))
      h.orig_inv = c->col;
    else if (!h.orig_sav && Vocabulary::in(l_os_, t))
      h.orig_sav = c->col;
  }
  if (h.title && h.spent) {
    cols_ = h;
    in_scheme_ = false;
    stated_.clear();
    ctx_.claim(r);
    return;
  }
  if (h.title && (h.saved || h.projected || h.rag || h.commentary)) {
    if (auto d = doubted_header(ctx_, r, *h.title)) doubted_.push_back(std::move(*d));
  }
  if (!cols_.title) return;
  // The block layout's label row for the original figures.
  std::optional<std::uint32_t> li, ls;
  for (const Cell *c = b; c != e; ++c) {
    std::string_view t = v_.label(*c);
    if (Vocabulary::in(l_inv_, t))
      li = c->col;
    else if (Vocabulary::in(l_sav_, t))
      ls = c->col;
  }
  if (li || ls) {
    stated_.clear();
    if (li) stated_.emplace_back(*li, &SchemeRecord::stated_investment);
    if (ls) stated_.emplace_back(*ls, &SchemeRecord::stated_saving);
    ctx_.claim(r);
    return;
  }
  if (!stated_.empty() && in_scheme_) {
    auto &s = ctx_.out.schemes.back();
    bool any = false;
    for (auto [col, figure] : stated_) {
      if (!v_.at(r, col)) continue;
      s.*figure = reader_.read(r, col, 100000);
      any = true;
    }
    stated_.clear();
    if (any) {
      ctx_.claim(r);
      return;
    }
  }
  std::string title = trim(v_.text_at(r, *cols_.title));
  if (title.empty()) return;
  SchemeRecord s;
  s.kind = SchemeKind::Monitoring;
  s.source.sheet = ctx_.sheet_name;
  s.source.cell = CellRef{r, *cols_.title};
  if (cols_.ref) {
    if (auto f = find_reference(v_.text_at(r, *cols_.ref))) s.ref = f->ref;
  }
  if (!s.ref) {
    if (auto f = find_reference(title)) s.ref = f->ref;
  }
  s.title = strip_reference(title);
  s.hidden = v_.sheet().row_hidden(r);
  MonitoringRecord &m = s.monitored.ensure();
  if (cols_.spent) m.spent_to_date = reader_.read(r, *cols_.spent, 100000);
  if (cols_.saved) m.saved_to_date = reader_.read(r, *cols_.saved, 100000);
  if (cols_.projected) m.projected_saving = reader_.read(r, *cols_.projected, 100000);
  if (cols_.orig_inv) s.stated_investment = reader_.read(r, *cols_.orig_inv, 100000);
  if (cols_.orig_sav) s.stated_saving = reader_.read(r, *cols_.orig_sav, 100000);
  if (cols_.commentary) {
    std::string c = trim(v_.text_at(r, *cols_.commentary));
    if (!c.empty()) m.commentary = c;
  }
  if (cols_.rag) {
    std::string rg = v_.text_at(r, *cols_.rag);
    if (auto rating = rag_rating(ctx_.vocab, rg)) {
      m.rag = rating;
      m.rag_ref = CellRef{r, *cols_.rag};
    }
  }
  ctx_.claim(r);
  ctx_.out.schemes.push_back(std::move(s));
  in_scheme_ = true;
}

} // namespace

void monitoring_schemes(Context &ctx) {
  MonitoringSchemes shape(ctx);
  read_rows(ctx.view, shape);
}

} // namespace fundbook::layout
