#include "import/layout/planning_rows.hpp"

#include <algorithm>

#include "import/figures.hpp"
#include "import/layout/sheet_view.hpp"
#include "import/layout/structure/total_words.hpp"

namespace fundbook::layout {

namespace {
// The measure a row counts under: the table's, or where its heading names
// none (Other), a saving if any figure is negative (savings are negative by
// the council's convention), else an investment.
template <class Figures, class IsNegative>
Measure measure_by_sign(Measure table_measure, const Figures &figures, IsNegative is_negative) {
  if (table_measure != Measure::Other) return table_measure;
  for (const auto &f : figures)
    if (is_negative(f)) return Measure::Saving;
  return Measure::Investment;
}

bool negative_figure(const std::optional<Figure> &f) { return f && f->amount.negative(); }

// A planning row's title names its scheme as the rules' messages do: the
// title, then " (" reference ")"; give_title takes that suffix off again.
std::size_t reference_suffix_size(const SchemeRecord &s) { return s.ref ? s.ref->size() + 3 : 0; }

void title_row(FigureRow &row, std::string_view title, const SchemeRecord &s) {
  // Sized once: appending the reference doubled the title's capacity (40
  // bytes to 80), and a million rows held those unused bytes to the end.
  row.title.reserve(title.size() + reference_suffix_size(s));
  row.title.append(title);
  if (s.ref) row.title.append(" (").append(*s.ref).append(")");
}
} // namespace

const Cell *cell_in(std::span<const Cell> cells, std::uint32_t c) {
  if (cells.empty()) return nullptr;
  return SheetView::in_row({cells.data(), cells.data() + cells.size()}, c);
}

RowOutline planning_row_outline(std::span<const Cell> cells, std::uint32_t first_year, const Workbook &wb) {
  RowOutline o;
  for (const Cell &c : cells) {
    if (c.col >= first_year) {
      o.any_figure = true;
      continue;
    }
    if (o.any_label) continue;
    std::string scratch;
    std::string_view tx = c.type == CellType::String ? wb.text(c) : std::string_view(scratch = cell_text(wb, c));
    if (trim_view(tx).empty()) continue;
    o.any_label = true;
    o.label_col = c.col;
  }
  return o;
}

bool figure_as_label(std::span<const Cell> cells, const RowOutline &outline, std::uint32_t first_year,
                     const Workbook &wb) {
  if (!outline.any_label) return false;
  const Cell *label = cell_in(cells, outline.label_col);
  if (!label || label->type != CellType::Number) return false;
  for (const Cell &c : cells) {
    if (c.col >= first_year) break;
    if (c.col == outline.label_col) continue;
    if (c.type == CellType::String ? !trim_view(wb.text(c)).empty() : !trim_view(cell_text(wb, c)).empty())
      return false;
  }
  return true;
}

bool subtotal_row(std::span<const Cell> cells, const RowOutline &outline, const TableColumns &cols,
                  const Workbook &wb) {
  if (!outline.any_label) return false;
  const Cell *label = cell_in(cells, outline.label_col);
  if (!label || label->type != CellType::String) return false;
  std::string_view t = wb.text(*label);
  // Most titles have no "total" in them: only those are normalised.
  bool may_name_total = false;
  for (std::size_t p = t.find_first_of("oO"); p != std::string_view::npos && !may_name_total;
       p = t.find_first_of("oO", p + 1))
    may_name_total = p > 0 && (t[p - 1] == 't' || t[p - 1] == 'T');
  if (!may_name_total || structure::total_word(label_text(t)) == structure::TotalWord::None) return false;
  if (!cols.ref_col || outline.label_col == *cols.ref_col) return true;
  const Cell *ref = cell_in(cells, *cols.ref_col);
  if (!ref) return true;
  std::string scratch;
  std::string_view ref_text =
      ref->type == CellType::String ? wb.text(*ref) : std::string_view(scratch = cell_text(wb, *ref));
  return !find_reference(ref_text);
}

void read_planning_row(const TableColumns &cols, std::span<const Cell> cells, std::uint32_t r, bool hidden,
                       std::int64_t unit, const RowOutline &outline, const Workbook &wb, const SharedText &sheet,
                       const FigureVocabulary &figures, std::vector<CellNote> &notes, TextShare &workstreams,
                       FigureRow *row, SchemeRecord &s, bool borrow_title) {
  auto read = [&](std::uint32_t col) {
    return FigureReader::read_cell(wb, sheet, figures, notes, cell_in(cells, col), r, col, unit);
  };
  if (row) {
    row->label_ref = CellRef{r, outline.any_label ? outline.label_col : 0};
    row->hidden = hidden;
    row->values.reserve(cols.years.size());
    for (auto &y : cols.years) row->values.push_back(read(y.col));
    if (cols.total_col) row->stated_total = read(*cols.total_col);
  } else {
    // Into the record, as an investment until the table's measure is known
    // (settle_planning_record).
    s.investment.reserve(cols.years.size());
    for (auto &y : cols.years)
      if (auto f = read(y.col)) s.investment[y.year] = *f;
    if (cols.total_col) s.stated_investment = read(*cols.total_col);
  }

  s.kind = SchemeKind::Planning;
  s.source.sheet = sheet;
  s.source.cell = CellRef{r, *cols.ref_col};
  // A tracker has a hundred thousand of these rows: read the texts in place
  // (they are nearly always text cells) rather than copy them.
  std::string ref_scratch, title_scratch, ws_scratch;
  auto text_of = [&](const Cell *c, std::string &scratch) -> std::string_view {
    if (!c) return {};
    if (c->type == CellType::String) return wb.text(*c);
    scratch = cell_text(wb, *c);
    return scratch;
  };
  std::string_view ref_text = text_of(cell_in(cells, *cols.ref_col), ref_scratch);
  std::string_view title_text;
  const Cell *title_cell = nullptr;
  if (cols.title_col) {
    title_cell = cell_in(cells, *cols.title_col);
    title_text = text_of(title_cell, title_scratch);
  } else {
    // No Title heading: the first text left of the years that is not the reference.
    for (const Cell &c : cells) {
      if (c.col >= cols.first_year() || !title_text.empty()) break;
      if (c.col != *cols.ref_col) {
        title_cell = &c;
        title_text = trim_view(text_of(&c, title_scratch));
      }
    }
  }
  if (auto f = find_reference(ref_text))
    s.ref = f->ref;
  else if (auto f2 = find_reference(title_text))
    s.ref = f2->ref;
  // The title is kept once, in the row (which the rules name in their
  // messages) with the reference after it; the record gets it back when
  // the row is settled or its figures are filled in (give_title).
  std::string stripped;
  std::string_view title = strip_reference(title_text, stripped);
  s.hidden = hidden;
  if (cols.workstream_col) {
    std::string_view ws = trim_view(text_of(cell_in(cells, *cols.workstream_col), ws_scratch));
    if (!ws.empty()) s.workstream = workstreams.get(ws);
  }
  if (!row) {
    // A title as written, in the pool for good (a shared string): viewed
    // where it is, not copied (a million-row tracker: 64 MB less).
    if (borrow_title && title_cell && title_cell->type == CellType::String && title_cell->str < wb.strings.settled() &&
        title == title_text)
      s.title = PoolText::borrow(title_text);
    else
      s.title = title;
    return;
  }
  title_row(*row, title, s);
}

void settle_planning_record(Measure table_measure, bool incremental, SchemeRecord &s) {
  s.incremental = incremental;
  Measure m =
      measure_by_sign(table_measure, s.investment, [](const auto &entry) { return entry.second.amount.negative(); });
  if (m == Measure::Saving) {
    std::swap(s.investment, s.saving);
    std::swap(s.stated_investment, s.stated_saving);
  }
}

void row_into_record(const std::vector<YearKey> &years, FigureRow &row, SchemeRecord &s) {
  auto &map = row.measure == Measure::Investment ? s.investment : s.saving;
  map.reserve(row.values.size());
  for (std::size_t k = 0; k < row.values.size() && k < years.size(); ++k)
    if (row.values[k]) map[years[k]] = *row.values[k];
  std::vector<std::optional<Figure>>().swap(row.values);
  give_title(row, s, true);
  s.deferred_table = s.deferred_row = -1;
}

void record_into_row(const std::vector<YearKey> &years, Measure table_measure, std::uint32_t label_col,
                     std::int32_t table, std::int32_t row_index, SchemeRecord &s, FigureRow &row) {
  row.label_ref = CellRef{s.source.cell.row, label_col};
  row.hidden = s.hidden;
  // A record holds its figures on one side (settle_planning_record).
  const YearMap<Figure> &side = s.saving.empty() ? s.investment : s.saving;
  row.values.reserve(years.size());
  for (const YearKey &y : years) {
    auto it = side.find(y.str());
    row.values.push_back(it != side.end() ? std::optional<Figure>(it->second) : std::nullopt);
  }
  row.stated_total = s.stated_saving ? s.stated_saving : s.stated_investment;
  row.measure = measure_by_sign(table_measure, row.values, negative_figure);
  title_row(row, s.title, s); // as read_planning_row names the row
  s.title = PoolText();       // given back by give_title once the figures are filled in
  s.investment = {};
  s.saving = {};
  s.deferred_table = table;
  s.deferred_row = row_index;
}

void give_title(FigureRow &row, SchemeRecord &s, bool take) {
  std::size_t suffix = reference_suffix_size(s);
  std::size_t n = row.title.size() >= suffix ? row.title.size() - suffix : 0;
  s.title = std::string_view(row.title).substr(0, n);
  if (take) std::string().swap(row.title);
}

void settle_planning_row(Measure table_measure, const std::vector<YearColumn> &years, bool incremental, bool defer,
                         std::int32_t table, std::int32_t row_index, FigureRow &row, SchemeRecord &s) {
  s.incremental = incremental;
  Measure m = measure_by_sign(table_measure, row.values, negative_figure);
  row.measure = m;
  if (defer) {
    s.deferred_table = table;
    s.deferred_row = row_index;
  } else {
    give_title(row, s, false);
    auto &map = m == Measure::Investment ? s.investment : s.saving;
    map.reserve(years.size());
    for (std::size_t k = 0; k < years.size(); ++k) {
      if (row.values[k]) map[years[k].year] = *row.values[k];
    }
  }
  if (row.stated_total) (m == Measure::Investment ? s.stated_investment : s.stated_saving) = row.stated_total;
}

bool mentions_basis(std::string_view raw) {
  // Both words end in 'l', a rarer letter than their first ones: find each
  // 'l' (memchr) and look back, rather than search for each word in turn.
  // Every text of a streamed row is asked, most of them with no 'l' at all.
  constexpr std::string_view inc = "ncremental", mar = "arginal";
  for (std::size_t i = raw.find('l', mar.size() - 1); i != std::string_view::npos; i = raw.find('l', i + 1)) {
    if (raw.substr(i + 1 - mar.size(), mar.size()) == mar) return true;
    if (i + 1 >= inc.size() && raw.substr(i + 1 - inc.size(), inc.size()) == inc) return true;
  }
  return false;
}

bool says_incremental(std::string_view label, const Vocabulary &vocab) {
  // Narrative paragraphs (no label) mention "marginal" in passing.
  for (auto &w : vocab.list("basis.incremental")) {
    if (label.find(w) != std::string::npos && label.find("not ") == std::string::npos &&
        label.find("as opposed to") == std::string::npos)
      return true;
  }
  return false;
}

} // namespace fundbook::layout
