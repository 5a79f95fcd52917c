// Profile blocks, as in the June 2017 baseline report: a header row (TITLE,
// the financial years, TOTAL), a £000 unit row, then per scheme an
// Investment row and a Saving row with the title split over the two rows.
// A finance system's export of the same (Reference, Scheme, Measure, the
// years, Total) has the reference in a column of its own, read from there,
// and the title on the first row of a scheme only, or on each.
#include "import/layout/shapes.hpp"

namespace fundbook::layout {
namespace {

struct Header {
  std::uint32_t row;
  std::uint32_t title_col;
  std::vector<YearColumn> years;
  std::optional<std::uint32_t> total_col;
  std::optional<std::uint32_t> ref_col; // a Reference column left of the years
  std::uint32_t first_col() const { return ref_col ? std::min(*ref_col, title_col) : title_col; }
};

std::optional<Header> profile_header(Context &ctx, std::uint32_t r) {
  const SheetView &v = ctx.view;
  if (!v.two_year_cells(r)) return std::nullopt;
  auto years = year_columns(v, r);
  if (years.size() < 2) return std::nullopt;
  auto [b, e] = v.row(r);
  std::optional<std::uint32_t> title_col, total_col, ref_col;
  for (const Cell *c = b; c != e; ++c) {
    std::string_view t = v.label(*c);
    if (c->col < years.front().col && ctx.vocab.is_label("headers.title", t)) title_col = c->col;
    if (c->col < years.front().col && ctx.vocab.is_label("headers.reference", t) && !ref_col) ref_col = c->col;
    if (c->col > years.back().col && ctx.vocab.is_label("headers.total", t) && !total_col) total_col = c->col;
  }
  if (!title_col) return std::nullopt;
  if (ref_col == title_col) ref_col.reset();
  return Header{r, *title_col, years, total_col, ref_col};
}

Measure measure_of(const Context &ctx, std::string_view label) {
  if (ctx.vocab.is_label("measures.investment", label)) return Measure::Investment;
  if (ctx.vocab.is_label("measures.saving", label)) return Measure::Saving;
  return Measure::Other;
}

// The measure word the row has left of the first year column, if any.
std::optional<std::pair<Measure, std::uint32_t>> measure_cell(const Context &ctx, std::uint32_t r,
                                                              std::uint32_t first_year) {
  const SheetView &v = ctx.view;
  auto [b, e] = v.row(r);
  for (const Cell *c = b; c != e && c->col < first_year; ++c)
    if (Measure m = measure_of(ctx, v.label(*c)); m != Measure::Other) return std::pair{m, c->col};
  return std::nullopt;
}

// A row holding a measure word and nothing else ("Investments" over the
// investment proposals, "Savings" over the savings) whose next row is no
// measure row of a block: a heading over rows of another shape, not a
// scheme's Investment or Saving row (a block's rows come together).
bool heading_only(const Context &ctx, std::uint32_t r, std::uint32_t first_year) {
  const SheetView &v = ctx.view;
  auto [b, e] = v.row(r);
  std::size_t written = 0;
  for (const Cell *c = b; c != e; ++c) {
    std::string scratch;
    if (!trim_view(v.text_view(*c, scratch)).empty()) ++written;
  }
  if (written != 1) return false;
  std::size_t k = v.row_index(r) + 1;
  if (k >= v.rows().size() || v.rows()[k] != r + 1) return true;
  return !measure_cell(ctx, r + 1, first_year);
}

struct MeasureRow {
  std::uint32_t row;
  Measure measure;
  std::uint32_t label_col;
  std::string ref; // the Reference column's text, if the table has one
};

} // namespace

void profile_blocks(Context &ctx) {
  const SheetView &v = ctx.view;
  const auto &rows = v.rows();
  std::size_t i = 0;
  while (i < rows.size()) {
    auto header = profile_header(ctx, rows[i]);
    if (!header) {
      ++i;
      continue;
    }
    ctx.claim(header->row);
    std::int64_t unit = row_unit(v, header->row).value_or(100000);
    std::size_t j = i + 1;
    std::vector<std::vector<MeasureRow>> groups;
    bool after_measure = false; // the row before was groups.back()'s last
    for (; j < rows.size(); ++j) {
      std::uint32_t r = rows[j];
      if (profile_header(ctx, r)) break;
      if (v.two_year_cells(r)) break; // another kind of table begins
      if (auto u = after_measure ? std::nullopt : row_unit(v, r)) {
        // The unit row under the header.
        unit = *u;
        ctx.claim(r);
        continue;
      }
      // A measure label sits left of the first year column.
      std::optional<MeasureRow> mr;
      if (auto m = measure_cell(ctx, r, header->years.front().col);
          m && !(!after_measure && heading_only(ctx, r, header->years.front().col)))
        mr = MeasureRow{r, m->first, m->second, {}};
      if (mr && header->ref_col) mr->ref = trim(v.text_at(r, *header->ref_col));
      if (!mr) {
        after_measure = false;
        // The first scheme follows its header closely; a header with none
        // in the next rows belongs to another shape.
        if (groups.empty() && j - i > 8) break;
        continue; // narrative between schemes
      }
      bool new_group = groups.empty() || !after_measure || groups.back().back().row + 1 != r;
      if (!new_group) {
        for (auto &m : groups.back()) new_group = new_group || m.measure == mr->measure;
        // A reference of its own starts another scheme (one listed with a Saving row only).
        if (!mr->ref.empty() && !groups.back().front().ref.empty() && mr->ref != groups.back().front().ref)
          new_group = true;
      }
      if (new_group) groups.emplace_back();
      groups.back().push_back(*mr);
      after_measure = true;
      ctx.claim(r);
    }

    if (groups.empty()) {
      // A TITLE and years but no Investment/Saving rows: another shape's header.
      ctx.unclaim(header->row);
      ++i;
      continue;
    }
    FigureReader reader = ctx.reader();
    for (auto &g : groups) {
      SchemeRecord s;
      s.kind = SchemeKind::Profile;
      s.source.sheet = ctx.sheet_name;
      s.incremental = ctx.incremental;
      s.source.cell = CellRef{g.front().row, header->title_col};
      std::string title, last_part;
      for (auto &m : g) {
        if (m.label_col == header->title_col) continue;
        std::string part = trim(v.text_at(m.row, header->title_col));
        if (part.empty() || part == last_part) continue; // an export repeats the title on each row
        if (!title.empty()) title += ' ';
        title += part;
        last_part = std::move(part);
      }
      for (auto &m : g) {
        if (s.ref || m.ref.empty()) continue;
        if (auto ref = find_reference(m.ref)) s.ref = ref->ref;
      }
      if (!s.ref)
        if (auto ref = find_reference(title)) s.ref = ref->ref;
      s.title = strip_reference(title);
      std::string display = s.title + (s.ref ? " (" + *s.ref + ")" : "");

      FigureTable t;
      t.kind = TableKind::ProfileBlocks;
      t.sheet = v.sheet().name;
      t.heading = display;
      t.header_ref = CellRef{header->row, header->first_col()};
      t.unit = unit;
      for (auto &y : header->years) t.columns.push_back(y.year);
      for (auto &m : g) {
        FigureRow row;
        row.label = measure_name(m.measure);
        row.title = display;
        row.measure = m.measure;
        row.label_ref = CellRef{m.row, m.label_col};
        row.hidden = v.sheet().row_hidden(m.row);
        s.hidden = s.hidden || row.hidden;
        auto &map = m.measure == Measure::Investment ? s.investment : s.saving;
        for (auto &y : header->years) {
          auto f = reader.read(m.row, y.col, unit);
          row.values.push_back(f);
          if (f) map[y.year] = *f;
        }
        if (header->total_col) {
          auto f = reader.read(m.row, *header->total_col, unit);
          row.stated_total = f;
          if (f) (m.measure == Measure::Investment ? s.stated_investment : s.stated_saving) = f;
        }
        t.rows.push_back(std::move(row));
      }
      ctx.out.tables.push_back(std::move(t));
      ctx.out.schemes.push_back(std::move(s));
    }
    i = j;
  }
}

} // namespace fundbook::layout
