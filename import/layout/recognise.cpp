#include "import/layout/recognise.hpp"

#include "import/layout/shapes.hpp"

namespace fundbook {

namespace layout {

std::vector<YearColumn> year_columns(const SheetView &v, std::uint32_t r) {
  std::vector<YearColumn> out;
  auto [b, e] = v.row(r);
  for (const Cell *c = b; c && c != e; ++c) {
    if (const YearKey *y = v.year(*c)) out.push_back({c->col, *y});
  }
  return out;
}

std::optional<std::int64_t> row_unit(const SheetView &v, std::uint32_t r) {
  auto [b, e] = v.row(r);
  if (!b) return std::nullopt;
  return row_unit(std::span<const Cell>(b, e), v.workbook());
}

std::optional<std::int64_t> row_unit(std::span<const Cell> cells, const Workbook &wb) {
  for (const Cell *c = cells.data(); c != cells.data() + cells.size(); ++c) {
    if (c->type != CellType::String) continue;
    std::string_view t = wb.text(*c);
    // Every unit mention has a pound sign or thousands in it; most cells have neither.
    if (t.size() > 60 || (t.find("\xc2\xa3") == std::string_view::npos && t.find("000") == std::string_view::npos))
      continue;
    if (auto u = parse_unit(t)) return u;
  }
  return std::nullopt;
}

} // namespace layout

const char *measure_name(Measure m) {
  switch (m) {
  case Measure::Investment: return "Investment";
  case Measure::Saving: return "Saving";
  case Measure::Other: return "";
  }
  return "";
}

Recognised recognise(const Workbook &wb, const Vocabulary &vocab, const RecogniseOptions &options,
                     PlanningStream *streamed) {
  Recognised out;
  for (std::size_t si = 0; si < wb.sheets.size(); ++si) {
    const Sheet &sheet = wb.sheets[si];
    SheetView view(wb, sheet);
    StreamedSheet *ss = streamed ? streamed->sheet(sheet.name) : nullptr;
    layout::Context ctx{
        view, vocab, vocab.figures(),       out, {}, false, options.defer_planning_figures, ss ? &ss->tables : nullptr,
        {},   {},    SharedText(sheet.name)};
    ctx.claimed.assign(view.rows().size(), 0);
    std::size_t unchecked_from = out.unchecked.size();
    if (options.basis == Basis::Incremental) {
      ctx.incremental = true;
    } else if (options.basis == Basis::Auto) {
      // A note such as "figures are incremental" or "marginal movements"
      // anywhere in the sheet says the year figures are changes.
      for (const Cell &c : sheet.cells) {
        if (c.type != CellType::String) continue;
        if (layout::mentions_basis(wb.text(c)) && layout::says_incremental(view.label(c), vocab))
          ctx.incremental = true;
      }
      if (ss && ss->says_incremental) ctx.incremental = true; // in a row the reader did not keep
    }
    for (const layout::Shape &shape : layout::shapes()) shape.sheet(ctx); // in the registry's order (shapes.cpp)
    layout::say_rows_held_once(view, out.unchecked, unchecked_from);
  }
  return out;
}

void fill_planning_figures(Recognised &rec, bool release_rows, const std::function<void(SchemeRecord &)> &then) {
  std::vector<std::vector<YearKey>> keys(rec.tables.size()); // per table, interned once
  auto fill = [&](SchemeRecord &s) {
    auto ti = std::size_t(s.deferred_table);
    FigureTable &t = rec.tables.at(ti);
    FigureRow &row = t.rows.at(std::size_t(s.deferred_row));
    if (keys[ti].empty())
      for (auto &c : t.columns) keys[ti].emplace_back(c);
    auto &map = row.measure == Measure::Investment ? s.investment : s.saving;
    map.reserve(row.values.size());
    for (std::size_t k = 0; k < row.values.size() && k < keys[ti].size(); ++k) {
      if (row.values[k]) map[keys[ti][k]] = *row.values[k];
    }
    if (release_rows) std::vector<std::optional<Figure>>().swap(row.values);
    layout::give_title(row, s, release_rows); // a released row is not named again
    s.deferred_table = s.deferred_row = -1;
  };
  for (auto &s : rec.schemes) {
    if (s.deferred_table >= 0) fill(s);
    if (then) then(s);
  }
}

} // namespace fundbook
