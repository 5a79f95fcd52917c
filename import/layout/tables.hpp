#pragma once
// What the recognisers find in a workbook: figure tables, schemes, RAG
// overviews and notes about cells, each figure with the cell it came from.
// Amounts are exact; the table's unit is kept so messages can speak in it.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/boxed.hpp"
#include "core/cellref.hpp"
#include "core/money.hpp"
#include "core/year_map.hpp"

namespace fundbook {

enum class Measure { Investment, Saving, Other };
const char *measure_name(Measure m);

struct Figure {
  Money amount; // exact, in pence
  CellRef ref;
  bool nil = false; // blank or a nil marker: counts as 0
  bool formula = false;
};

struct FigureRow {
  std::string label; // the measure or workstream or row label
  std::string title; // the scheme's title where the row belongs to one
  CellRef label_ref;
  Measure measure = Measure::Other;
  bool hidden = false;                       // (beside measure: 136 bytes a row, not 144)
  std::vector<std::optional<Figure>> values; // one per table column; nullopt: no cell at all
  std::optional<Figure> stated_total;
};

struct FigureTable {
  std::string kind; // profile, summary, totals, planning, rag-overview
  std::string sheet;
  std::string heading; // "Investment request", "Savings", a scheme title
  CellRef header_ref;
  std::vector<std::string> columns; // financial-year keys, or column headers
  bool columns_are_years = true;
  std::int64_t unit = 100000; // pence per unit (£000)
  Measure measure = Measure::Other;
  std::vector<FigureRow> rows;
  std::optional<FigureRow> total_row;      // stated column totals
  std::optional<FigureRow> cumulative_row; // stated running totals
};

// A quarterly monitoring row's own figures (Q3-style), all in £ pence.
struct MonitoringRecord {
  std::optional<Figure> spent_to_date;
  std::optional<Figure> saved_to_date;
  std::optional<Figure> projected_saving;
  std::optional<std::string> commentary;
  std::optional<std::string> rag; // Green, Amber, Red
  std::optional<CellRef> rag_ref;
};

// One scheme's year profile as read from one place.
struct SchemeRecord {
  std::string_view kind; // profile, planning, business-case, monitoring (a literal)
  std::optional<std::string> ref;
  std::string title;
  std::optional<std::string> workstream;
  Boxed<std::string> officer; // business cases only
  std::string sheet;
  CellRef source;
  YearMap<Figure> investment; // by financial year
  YearMap<Figure> saving;
  std::optional<Figure> investment_total; // stated
  std::optional<Figure> saving_total;     // stated
  bool hidden = false;
  bool incremental = false;           // figures are changes from the year before
  Boxed<MonitoringRecord> monitoring; // monitoring rows only
  // Planning rows read with defer_planning_figures: where the year figures
  // still are (Recognised::tables[table].rows[row]), until filled in.
  std::int32_t deferred_table = -1;
  std::int32_t deferred_row = -1;
};

struct RagRow {
  std::string rating; // Green, Amber, Red, Total
  CellRef label_ref;
  std::optional<Figure> count;        // amount holds count * 100000 (so one exact type)
  std::map<std::string, Figure> sums; // investment_to_date, savings_to_date, committed, projected
};

struct RagOverview {
  std::string sheet;
  CellRef header_ref;
  std::vector<RagRow> rows; // in sheet order, Total last if present
};

// A remark about one cell the engine will turn into a finding.
struct CellNote {
  std::string kind; // non-numeric-value, formula-cache-missing, text-number, hidden-content
  std::string sheet;
  CellRef ref;
  std::string text;
};

struct Recognised {
  std::vector<FigureTable> tables;
  std::vector<SchemeRecord> schemes;
  std::vector<RagOverview> rag_overviews;
  std::vector<CellNote> notes;
};

} // namespace fundbook
