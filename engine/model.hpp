#pragma once
// What a check produces: the inputs read, the schemes on the absolute basis,
// the tables and overviews as read, the findings, and the totals.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/shared_text.hpp"
#include "engine/finding.hpp"
#include "import/layout/tables.hpp"

namespace fundbook {

struct Input {
  std::string path;
  std::string format;
  bool ok = true;
  std::string error;
};

struct Provenance {
  SharedText path; // one copy per file
  std::string sheet;
  CellRef cell;
};

struct MonitoringFigures {
  std::optional<Money> spent_to_date, saved_to_date, projected_saving;
  // The original investment and saving as the monitoring report states them
  // (the quarterly report's basis, which can differ from a profile's totals).
  std::optional<Money> original_investment, original_saving;
  std::optional<double> share_spent; // spent / original investment
  std::optional<Money> variance;     // projected - original saving (positive: less saved)
  std::optional<std::string> commentary;
  std::optional<std::string> rag;
};

// A scheme as the engine holds it: exact amounts in pence, absolute basis.
struct Scheme {
  std::optional<std::string> ref;
  std::string title;
  std::optional<std::string> workstream;
  Boxed<std::string> officer; // business cases only
  std::string_view kind;      // as the record's: a literal
  Provenance source;
  // Financial year -> amount (absolute), with the cell it was read from on
  // the source's file and sheet: the record's own figures, moved, so a
  // tracker's hundred thousand schemes are not copied into new maps.
  YearMap<Figure> investment;
  YearMap<Figure> saving;
  std::optional<Money> investment_total; // as stated where stated, else the sum
  std::optional<Money> saving_total;
  std::optional<double> roi;               // total saving / total investment
  std::optional<std::string> payback_year; // first year cumulative savings cover investment
  Boxed<MonitoringFigures> monitoring;     // monitoring rows only
  bool hidden = false;

  Money investment_sum() const;
  Money saving_sum() const;
};

// A year's amount in a scheme's figures, 0 where the year has none.
inline Money amount_in(const YearMap<Figure> &m, std::string_view year) {
  auto it = m.find(year);
  return it == m.end() ? Money() : it->second.amount;
}

struct YearTotals {
  std::map<std::string, Money> investment, saving;
};

struct Totals {
  YearTotals by_year;                              // over all schemes
  std::map<std::string, YearTotals> by_workstream; // from the workstream summaries
};

struct TableRef {
  std::string path;
  FigureTable table;
};
struct RagRef {
  std::string path;
  RagOverview overview;
};

struct CheckResult {
  std::vector<Input> inputs;
  std::vector<Scheme> schemes;
  std::vector<Finding> findings;
  std::vector<TableRef> tables;
  std::vector<RagRef> rag_overviews;
  Totals totals;
  std::size_t errors() const;
  std::size_t warnings() const;
  std::size_t infos() const;
  std::size_t inputs_read() const;
};

} // namespace fundbook
