#pragma once
// What a check produces: the inputs read, the schemes on the absolute basis,
// the tables and overviews as read, the findings, and the totals.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/shared_text.hpp"
#include "engine/coverage.hpp"
#include "engine/finding.hpp"
#include "import/layout/tables.hpp"

namespace fundbook {

struct Input {
  std::string path;
  std::string format;
  bool ok = true;
  std::string error;
  bool out_of_memory = false; // not read for want of memory: the run could not finish, the file may be fine
};

// A scheme as the engine holds it: the record the recogniser read, completed
// in place (exact amounts in pence, absolute basis; see import/layout/tables.hpp).
using Scheme = SchemeRecord;

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
  std::vector<CheckedTable> checked;       // what was checked...
  std::vector<UncheckedFigures> unchecked; // ...and what was not
  Totals totals;
  std::size_t totals_checked() const;
  std::size_t unchecked_figures() const;
  std::size_t errors() const;
  std::size_t warnings() const;
  std::size_t infos() const;
  std::size_t inputs_read() const;
};

} // namespace fundbook
