#pragma once
// What a check produces: the inputs read, the schemes on the absolute basis,
// the tables and overviews as read, the findings, and the totals.
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/boxed.hpp"
#include "core/money.hpp"
#include "core/shared_text.hpp"
#include "core/year_key.hpp"
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

// A monitoring row's figures as the engine works them out.
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

// What the engine works out for one scheme that its record cannot give
// again, kept beside it (CheckResult::scheme_results[i] is about
// CheckResult::schemes[i]): the monitoring figures, monitoring rows only.
// The totals, return and payback are worked out from the record when they
// are written (the functions below): held, they were 64 bytes a scheme, 61
// MiB of a million-row tracker's peak at reconcile.
struct SchemeResults {
  Boxed<MonitoringFigures> monitoring;
};
static_assert(sizeof(SchemeResults) == sizeof(void *), "a tracker holds one a row: keep it a pointer");

// A scheme's totals: as stated where stated (and stated of the absolute
// figures), else the sum of its years; none where it has neither.
std::optional<Money> investment_total(const SchemeRecord &s);
std::optional<Money> saving_total(const SchemeRecord &s);
// Total saving / total investment, where the investment is positive.
std::optional<double> return_on_investment(const SchemeRecord &s);
// The first year cumulative savings cover cumulative investment.
std::optional<YearKey> payback_year(const SchemeRecord &s);

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

class SchemeSpill;

struct CheckResult {
  std::vector<Input> inputs;
  std::vector<SchemeRecord> schemes;         // on the absolute basis, one per scheme
  std::vector<SchemeResults> scheme_results; // indexed like schemes
  // With CheckOptions::spill_schemes, the schemes after those above, on disk
  // (engine/scheme_spill.hpp); scheme_count() and for_each_scheme() see both.
  std::shared_ptr<SchemeSpill> spilled;
  // The workbook texts the schemes' titles may be views of (PoolText): a
  // streamed tracker's are its shared strings, not a second copy of them.
  std::vector<std::shared_ptr<const void>> texts;
  std::vector<Finding> findings;
  std::vector<TableRef> tables;
  std::vector<RagRef> rag_overviews;
  std::vector<CheckedTable> checked;       // what was checked...
  std::vector<UncheckedFigures> unchecked; // ...and what was not
  Totals totals;
  std::size_t scheme_count() const;
  void for_each_scheme(const std::function<void(const SchemeRecord &, const SchemeResults &)> &f) const;
  std::size_t totals_checked() const;
  std::size_t unchecked_figures() const;
  std::size_t errors() const;
  std::size_t warnings() const;
  std::size_t infos() const;
  std::size_t inputs_read() const;
};

} // namespace fundbook
