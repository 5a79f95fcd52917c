#pragma once
// A figure table's rows as the rules read them, wherever their figures are
// held: in the table's own FigureRows, or, for a planning table read for the
// checks, in the scheme records its rows became (FigureTable::record_first).
// A tracker's figures are then held once, in the records the engine takes
// over, rather than in a row and a record.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "import/layout/tables.hpp"

namespace fundbook {

// One row of a table: its figures and what its messages call it.
struct RowFigures {
  std::span<const Figure *const> values; // by table column; nullptr: no figure read there
  const Figure *stated_total = nullptr;
  Measure measure = Measure::Other;
  std::string_view title;           // the scheme's title; a FigureRow's has its reference in it
  const std::string *ref = nullptr; // a record's reference, named after its title
  std::string_view label;
  CellRef label_ref;

  bool untitled() const { return title.empty() && !ref; }
  // The title as the row's messages name it: "Library hours (C/R.1.001)".
  std::string titled() const {
    std::string t(title);
    if (ref) t.append(" (").append(*ref).append(")");
    return t;
  }
};

// A FigureRow read as a RowFigures; `scratch` holds its figures' places.
inline RowFigures row_figures(const FigureRow &row, std::vector<const Figure *> &scratch) {
  scratch.clear();
  for (auto &v : row.values) scratch.push_back(v ? &*v : nullptr);
  return RowFigures{
      scratch,      row.stated_total ? &*row.stated_total : nullptr, row.measure, row.title, nullptr, row.label,
      row.label_ref};
}

// A table and the records its rows may be held in: what a rule reads.
struct TableView {
  const FigureTable &table;
  std::span<const SchemeRecord> records; // the table's rows held as records, in order

  // A table that holds its rows itself (record_count 0).
  TableView(const FigureTable &t) : table(t) {}
  TableView(const FigureTable &t, const std::vector<SchemeRecord> &all) : table(t) {
    if (t.record_count && t.record_first + t.record_count <= all.size())
      records = std::span<const SchemeRecord>(all).subspan(t.record_first, t.record_count);
  }

  bool has_rows() const { return !table.rows.empty() || !records.empty(); }

  // Calls f(const RowFigures &) for each row, in the table's order.
  template <class F> void each_row(F &&f) const {
    std::vector<const Figure *> scratch;
    for (const FigureRow &row : table.rows) f(row_figures(row, scratch));
    if (records.empty()) return;
    // A planning table's columns are its years, in order (no year twice:
    // year_tables holds rows as records only then), as each record's map is.
    std::vector<YearKey> years(table.columns.begin(), table.columns.end());
    scratch.assign(years.size(), nullptr);
    // Keys compare equal by address but in order by text: a record's figures
    // (nearly always its table's years, in order) are matched by address
    // first, and one matched is passed at once when the years ascend, so
    // no year's text is compared for them.
    bool ascending = true;
    for (std::size_t k = 1; k < years.size(); ++k) ascending = ascending && years[k - 1] < years[k];
    for (const SchemeRecord &s : records) {
      bool saving = !s.saving.empty() || s.stated_saving;
      const YearMap<Figure> &map = saving ? s.saving : s.investment;
      auto it = map.begin();
      for (std::size_t k = 0; k < years.size(); ++k) {
        while (it != map.end() && it->first != years[k] && it->first < years[k]) ++it;
        bool found = it != map.end() && it->first == years[k];
        scratch[k] = found ? &it->second : nullptr;
        if (found && ascending) ++it; // every later year is past it
      }
      const MaybeFigure &stated = saving ? s.stated_saving : s.stated_investment;
      f(RowFigures{scratch,
                   stated ? &*stated : nullptr,
                   saving ? Measure::Saving : Measure::Investment,
                   s.title,
                   s.ref ? &*s.ref : nullptr,
                   {},
                   s.source.cell});
    }
  }
};

} // namespace fundbook
