// A workstream summary read around a damaged cell that gives it its
// structure (a figure where a label or a year header should be, a label it
// does not know): the reading is taken from position and arithmetic where
// they are plain, said at the cell, and what stays in doubt is accounted
// for as not checked.
#include "import/layout/damaged_structure.hpp"

#include "core/concat.hpp"

namespace fundbook::layout {

// "2017-18" -> "2018-19"; nothing for a key of another form.
std::optional<std::string> next_year(std::string_view y) {
  if (y.size() != 7 || y[4] != '-') return std::nullopt;
  int start = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    if (y[i] < '0' || y[i] > '9') return std::nullopt;
    start = start * 10 + (y[i] - '0');
  }
  std::string out = std::to_string(start + 1) + "-";
  int end = (start + 2) % 100;
  out += char('0' + end / 10);
  out += char('0' + end % 10);
  return out;
}

bool holds_figure(const SheetView &v, const FigureVocabulary &figures, const Cell *c) {
  if (!c) return false;
  if (c->type == CellType::Number) return true;
  return c->type == CellType::String && parse_figure(v.workbook().text(*c), figures).kind == ParsedFigure::Kind::Number;
}

// The first label left of the years in row r, normalised ("" if none).
std::string_view first_label_of(const SheetView &v, std::uint32_t r, std::uint32_t label_end) {
  auto [b, e] = v.row(r);
  for (const Cell *c = b; c != e && c->col < label_end; ++c) {
    std::string_view l = v.label(*c);
    if (!l.empty()) return l;
  }
  return {};
}

std::string figure_label_said(const FigureRow &row, std::uint32_t header_row) {
  return concat("'", row.label, "' in ", a1(row.label_ref),
                ", a figure where a row's label should be in the table headed in row ", std::to_string(header_row + 1));
}

// Whether every figure of `row` is the sum of the rows above it in its
// column (and one of them is not zero): a Total by its arithmetic.
bool adds_up(const FigureRow &row, const std::vector<FigureRow> &above, std::span<const SchemeRecord> records,
             const std::vector<YearKey> &years) {
  if (above.size() + records.size() < 2) return false;
  bool any = false;
  for (std::size_t k = 0; k < row.values.size(); ++k) {
    if (!row.values[k] || row.values[k]->nil) continue;
    Money sum;
    for (auto &a : above)
      if (k < a.values.size() && a.values[k]) sum += a.values[k]->amount;
    // A record holds its figures on one side, by year (settle_planning_record).
    for (const SchemeRecord &s : records)
      if (k < years.size())
        for (const YearMap<Figure> *side : {&s.investment, &s.saving})
          if (auto it = side->find(years[k].str()); it != side->end()) sum += it->second.amount;
    if (sum != row.values[k]->amount) return false;
    any = any || !sum.is_zero();
  }
  return any;
}

// Whether `row` holds the running totals of the table's years, each cell
// the one before it plus the year's Total (stated, or the sum of the rows),
// or the running sum from the start: a Cumulative total by its arithmetic.
bool runs_on(const FigureTable &t, const FigureRow &row) {
  if (!t.total_row) return false;
  Money run_stated, run_true;
  Money prev; // the cell before, when have_prev
  bool have_prev = false;
  std::size_t agreed = 0;
  bool any = false;
  for (std::size_t k = 0; k < t.columns.size(); ++k) {
    const auto &tot = k < t.total_row->values.size() ? t.total_row->values[k] : std::nullopt;
    Money stated = tot ? tot->amount : Money();
    Money truth;
    for (auto &r : t.rows)
      if (&r != &row && r.label_ref.row < t.total_row->label_ref.row && k < r.values.size() && r.values[k])
        truth += r.values[k]->amount;
    run_stated += stated;
    run_true += truth;
    const auto &c = k < row.values.size() ? row.values[k] : std::nullopt;
    if (!c) {
      have_prev = false;
      continue;
    }
    Money v = c->amount;
    if (v != run_stated && v != run_true && !(have_prev && (v == prev + stated || v == prev + truth))) return false;
    ++agreed;
    any = any || !v.is_zero();
    prev = v;
    have_prev = true;
  }
  return agreed >= 2 && any;
}

// What the damaged cells of a summary kept from being checked, once it is
// read: a row labelled by a figure above the Total is one it adds up; with
// no Total it may be the Total, so it and the running totals are not
// checked. A year header lost to a figure takes its column's figures, the
// running totals past it and the totals across the years.
std::vector<std::size_t> settle_damage(FigureTable &t, const TableColumns &cols, std::uint32_t hr,
                                       const std::vector<std::size_t> &unplaced,
                                       const std::vector<std::uint32_t> &lost_cols, UncheckedGather &lost_figures,
                                       std::vector<CellNote> &notes, std::vector<UncheckedBlock> &blocks) {
  std::vector<std::size_t> drop;
  for (std::size_t k : unplaced) {
    const FigureRow &row = t.rows[k];
    std::string said = figure_label_said(row, hr);
    if (t.total_row && t.total_row->label_ref.row > row.label_ref.row) {
      notes.push_back({NoteKind::InputNote, t.sheet, row.label_ref,
                       concat(said, ", was read as one of the rows its Total adds up, by its place above the Total")});
      continue;
    }
    notes.push_back({NoteKind::InputNote, t.sheet, row.label_ref,
                     concat(said, ": whether row ", std::to_string(row.label_ref.row + 1),
                            " is the table's Total is not known, so ",
                            t.cumulative_row ? "it and the Cumulative total were" : "it was", " not checked")});
    drop.push_back(k);
  }
  if (!drop.empty()) {
    UncheckedGather g;
    for (std::size_t k : drop) g.add(t.rows[k]);
    if (t.cumulative_row) g.add(*t.cumulative_row);
    t.cumulative_row.reset();
    g.put(blocks, t.sheet,
          concat("a table with no Total and a row labelled by a figure (", a1(t.rows[drop.front()].label_ref), ")"));
    for (auto k = drop.rbegin(); k != drop.rend(); ++k) t.rows.erase(t.rows.begin() + std::ptrdiff_t(*k));
  }
  if (lost_cols.empty()) return drop;
  std::string where = a1(hr, lost_cols.front());
  lost_figures.put(blocks, t.sheet, concat("figures under a year header that is a figure (", where, ")"));
  UncheckedGather g;
  if (t.cumulative_row && lost_cols.front() < cols.years.back().col) {
    g.add(*t.cumulative_row);
    t.cumulative_row.reset();
  }
  auto drop_stated = [&](FigureRow &row) {
    if (row.stated_total && !row.stated_total->nil) g.add(row.stated_total->ref);
    row.stated_total.reset();
  };
  for (auto &row : t.rows) drop_stated(row);
  if (t.total_row) drop_stated(*t.total_row);
  g.put(blocks, t.sheet, concat("totals across the years, one of whose headers is a figure (", where, ")"), true);
  return drop;
}

} // namespace fundbook::layout
