// Tables whose columns are financial years and whose rows are labelled:
// the GPC workstream summaries ("Investment request:", a row per
// workstream, Total, Cumulative total) and business-planning tables (a row
// per reference, with a title and perhaps a description).
#include "import/layout/shapes.hpp"

namespace fundbook::layout {
namespace {

Measure measure_from_text(const Context &ctx, std::string_view text) {
  std::string n = normalise_label(text);
  if (ctx.vocab.starts("measures.investment", n)) return Measure::Investment;
  if (ctx.vocab.starts("measures.saving", n)) return Measure::Saving;
  return Measure::Other;
}

// The heading above a table: the nearest text-only row within three rows.
std::pair<std::string, Measure> heading_above(const Context &ctx, std::uint32_t header_row) {
  const SheetView &v = ctx.view;
  std::size_t idx = v.row_index(header_row);
  for (std::size_t k = idx; k > 0 && header_row - v.rows()[k - 1] <= 3; --k) {
    std::uint32_t r = v.rows()[k - 1];
    auto [b, e] = v.row(r);
    if (b == e) continue;
    std::string text = trim(v.text(*b));
    if (b + 1 != e || text.empty() || text.size() > 80) break;
    while (!text.empty() && (text.back() == ':' || text.back() == ' ')) text.pop_back();
    return {text, measure_from_text(ctx, text)};
  }
  return {"", Measure::Other};
}

} // namespace

void year_tables(Context &ctx) {
  const SheetView &v = ctx.view;
  const auto &l_cumulative = ctx.vocab.list("rows.cumulative");
  const auto &l_total = ctx.vocab.list("rows.total");
  const auto &rows = v.rows();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::uint32_t hr = rows[i];
    if (ctx.is_claimed(hr) || !v.two_year_cells(hr)) continue;
    auto years = year_columns(v, hr);
    if (years.size() < 2) continue;
    std::uint32_t first_year = years.front().col;
    // Columns left of the years: reference, title, description, workstream.
    std::optional<std::uint32_t> ref_col, title_col, total_col, workstream_col;
    auto [hb, he] = v.row(hr);
    for (const Cell *c = hb; c != he; ++c) {
      std::string_view t = v.label(*c);
      if (c->col < first_year) {
        if (ctx.vocab.is_label("headers.reference", t))
          ref_col = c->col;
        else if (ctx.vocab.is_label("headers.title", t))
          title_col = c->col;
        else if (ctx.vocab.is_label("headers.workstream", t))
          workstream_col = c->col;
      } else if (c->col > years.back().col && ctx.vocab.is_label("headers.total", t) && !total_col) {
        total_col = c->col;
      }
    }
    bool planning = ref_col.has_value();
    auto [heading, measure] = heading_above(ctx, hr);
    if (measure == Measure::Other && planning) measure = measure_from_text(ctx, v.sheet().name);
    std::int64_t unit = row_unit(v, hr).value_or(100000);

    FigureTable t;
    t.kind = planning ? "planning" : "summary";
    t.sheet = v.sheet().name;
    t.heading = heading;
    t.measure = measure;
    t.unit = unit;
    t.header_ref = CellRef{hr, hb->col};
    for (auto &y : years) t.columns.push_back(y.year);
    ctx.claim(hr);
    // A table runs at most to the end of the sheet: reserve once rather than
    // letting the vectors double (and copy) their way through a long tracker.
    std::size_t at_most = rows.size() - i - 1;
    t.rows.reserve(at_most);
    if (planning) ctx.out.schemes.reserve(ctx.out.schemes.size() + at_most);

    FigureReader reader = ctx.reader();
    std::uint32_t prev = hr;
    std::size_t j = i + 1;
    for (; j < rows.size(); ++j) {
      std::uint32_t r = rows[j];
      if (r != prev + 1 && !t.rows.empty()) break; // a blank row ends the table
      if (ctx.is_claimed(r) || v.two_year_cells(r)) break;
      if (auto u = t.rows.empty() ? row_unit(v, r) : std::nullopt) {
        t.unit = unit = *u;
        ctx.claim(r);
        prev = r;
        continue;
      }
      // The label: text in the columns left of the years.
      std::string label;
      CellRef label_ref{r, 0};
      bool have_label_ref = false;
      auto [b, e] = v.row(r);
      bool any_figure = false;
      bool any_label = false;
      for (const Cell *c = b; c != e; ++c) {
        if (c->col >= first_year) {
          any_figure = true;
          continue;
        }
        // Planning rows are named by their own columns below; only summary
        // rows are named by the joined label.
        if (planning && have_label_ref) continue;
        std::string scratch;
        std::string_view tx = trim_view(v.text_view(*c, scratch));
        if (tx.empty()) continue;
        any_label = true;
        if (!have_label_ref) {
          label_ref = CellRef{r, c->col};
          have_label_ref = true;
        }
        if (planning) continue;
        if (!label.empty()) label += " | ";
        label += tx;
      }
      if (!any_figure && any_label) break; // text only: the table has ended
      if (!any_figure) break;
      FigureRow row;
      // Planning rows are named by their scheme (title below); only summary
      // rows need the label, which is the workstream.
      if (!planning) row.label = label;
      row.label_ref = label_ref;
      row.measure = measure;
      row.hidden = v.sheet().row_hidden(r);
      row.values.reserve(years.size());
      for (auto &y : years) row.values.push_back(reader.read_cell(SheetView::in_row({b, e}, y.col), r, y.col, unit));
      if (total_col) row.stated_total = reader.read_cell(SheetView::in_row({b, e}, *total_col), r, *total_col, unit);
      ctx.claim(r);
      prev = r;
      const Cell *first_cell = have_label_ref ? SheetView::in_row({b, e}, label_ref.col) : nullptr;
      std::string_view first_label = first_cell ? v.label(*first_cell) : std::string_view();
      if (Vocabulary::in(l_cumulative, first_label)) {
        t.cumulative_row = std::move(row);
        continue;
      }
      if (Vocabulary::in(l_total, first_label) || (!any_label && !t.rows.empty())) {
        t.total_row = std::move(row);
        continue;
      }
      if (planning) {
        SchemeRecord s;
        s.kind = "planning";
        s.sheet = v.sheet().name;
        s.source = CellRef{r, *ref_col};
        s.incremental = ctx.incremental;
        // A tracker has a hundred thousand of these rows: read the texts in
        // place (they are nearly always text cells) rather than copy them.
        std::string ref_scratch, title_scratch, ws_scratch;
        auto text_of = [&](const Cell *c, std::string &scratch) {
          return c ? v.text_view(*c, scratch) : std::string_view();
        };
        std::string_view ref_text = text_of(SheetView::in_row({b, e}, *ref_col), ref_scratch);
        std::string_view title_text;
        if (title_col) {
          title_text = text_of(SheetView::in_row({b, e}, *title_col), title_scratch);
        } else {
          // No Title heading: the first text left of the years that is not the reference.
          for (const Cell *c = b; c != e && c->col < first_year && title_text.empty(); ++c)
            if (c->col != *ref_col) title_text = trim_view(text_of(c, title_scratch));
        }
        if (auto f = find_reference(ref_text))
          s.ref = f->ref;
        else if (auto f2 = find_reference(title_text))
          s.ref = f2->ref;
        s.title = strip_reference(title_text);
        s.hidden = row.hidden;
        if (workstream_col) {
          std::string_view ws = trim_view(text_of(SheetView::in_row({b, e}, *workstream_col), ws_scratch));
          if (!ws.empty()) s.workstream = std::string(ws);
        }
        row.title.reserve(s.title.size() + (s.ref ? s.ref->size() + 3 : 0));
        row.title = s.title;
        if (s.ref) row.title.append(" (").append(*s.ref).append(")");
        Measure m = measure;
        if (m == Measure::Other) {
          // Savings are negative by the council's convention.
          bool any_neg = false;
          for (auto &f : row.values) any_neg = any_neg || (f && f->amount.negative());
          m = any_neg ? Measure::Saving : Measure::Investment;
        }
        row.measure = m;
        if (ctx.defer_planning_figures) {
          // The table is pushed below, as it has this row.
          s.deferred_table = std::int32_t(ctx.out.tables.size());
          s.deferred_row = std::int32_t(t.rows.size());
        } else {
          auto &map = m == Measure::Investment ? s.investment : s.saving;
          map.reserve(years.size());
          for (std::size_t k = 0; k < years.size(); ++k) {
            if (row.values[k]) map[years[k].year] = *row.values[k];
          }
        }
        if (row.stated_total) (m == Measure::Investment ? s.investment_total : s.saving_total) = row.stated_total;
        ctx.out.schemes.push_back(std::move(s));
      }
      t.rows.push_back(std::move(row));
    }
    t.rows.shrink_to_fit();
    if (!t.rows.empty()) ctx.out.tables.push_back(std::move(t));
    i = j - 1;
  }
}

} // namespace fundbook::layout
