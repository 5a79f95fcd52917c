// Any table of figures with a Total column and/or a Total row, such as the
// street-lighting Year 0..Year 20 table (project + operational = total, in £).
#include "import/layout/shapes.hpp"

namespace fundbook::layout {

void totals_tables(Context &ctx) {
  const SheetView &v = ctx.view;
  const auto &rows = v.rows();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::uint32_t hr = rows[i];
    if (ctx.is_claimed(hr)) continue;
    auto [hb, he] = v.row(hr);
    // Header: all text, a Total cell at the right, at least two other headings.
    std::optional<std::uint32_t> total_col;
    std::vector<std::pair<std::uint32_t, std::string>> heads;
    bool all_text = true;
    for (const Cell *c = hb; c != he; ++c) {
      if (c->type != CellType::String) {
        all_text = false;
        break;
      }
      if (ctx.vocab.is_label("headers.total", v.label(*c)))
        total_col = c->col;
      else
        heads.push_back({c->col, trim(v.workbook().text(*c))});
    }
    if (!all_text || !total_col || heads.size() < 2) continue;
    std::uint32_t label_col = heads.front().second.empty() ? hb->col : heads.front().first;
    std::vector<std::pair<std::uint32_t, std::string>> value_cols;
    for (auto &h : heads) {
      if (h.first != label_col && h.first < *total_col) value_cols.push_back(h);
    }
    if (value_cols.empty()) continue;

    // Gather the candidate rows first, to learn the unit from their £ signs.
    std::vector<std::uint32_t> body;
    std::uint32_t prev = hr;
    for (std::size_t j = i + 1; j < rows.size(); ++j) {
      std::uint32_t r = rows[j];
      if (r != prev + 1 || ctx.is_claimed(r)) break;
      bool figure = false;
      for (auto &vc : value_cols) {
        const Cell *c = v.at(r, vc.first);
        if (!c) continue;
        if (c->type == CellType::Number) figure = true;
        if (c->type == CellType::String &&
            parse_figure(v.workbook().text(*c), ctx.figures).kind == ParsedFigure::Kind::Number)
          figure = true;
      }
      if (!figure) break;
      body.push_back(r);
      prev = r;
    }
    if (body.size() < 2) continue;
    std::optional<std::int64_t> unit = row_unit(v, hr);
    bool pounds = false;
    if (!unit) {
      for (std::uint32_t r : body) {
        for (auto &vc : value_cols) {
          const Cell *c = v.at(r, vc.first);
          if (c && c->type == CellType::String) {
            auto p = parse_figure(v.workbook().text(*c), ctx.figures);
            pounds = pounds || (p.pound_sign && !p.own_unit);
          }
        }
      }
    }
    FigureTable t;
    t.kind = "totals";
    t.sheet = v.sheet().name;
    t.header_ref = CellRef{hr, hb->col};
    t.columns_are_years = false;
    t.unit = unit.value_or(pounds ? 100 : 100000);
    t.heading = trim(v.text_at(hr, label_col));
    for (auto &vc : value_cols) t.columns.push_back(vc.second);
    FigureReader reader = ctx.reader();
    ctx.claim(hr);
    for (std::size_t k = 0; k < body.size(); ++k) {
      std::uint32_t r = body[k];
      FigureRow row;
      std::string label = trim(v.text_at(r, label_col));
      row.label = label;
      row.label_ref = CellRef{r, label_col};
      row.hidden = v.sheet().row_hidden(r);
      for (auto &vc : value_cols) row.values.push_back(reader.read(r, vc.first, t.unit));
      row.stated_total = reader.read(r, *total_col, t.unit);
      ctx.claim(r);
      bool last = k + 1 == body.size();
      if (ctx.vocab.is("rows.total", label) || (label.empty() && last)) {
        t.total_row = std::move(row);
      } else {
        t.rows.push_back(std::move(row));
      }
    }
    ctx.out.tables.push_back(std::move(t));
    i = std::size_t(v.row_index(body.back()));
  }
}

} // namespace fundbook::layout
