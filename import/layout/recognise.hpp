#pragma once
// Finds the council's table shapes in a workbook without per-file set-up.
#include <functional>
#include <string>

#include "import/grid.hpp"
#include "import/layout/tables.hpp"
#include "import/layout/vocabulary.hpp"

namespace fundbook {

enum class Basis { Auto, Absolute, Incremental };

struct RecogniseOptions {
  Basis basis = Basis::Auto;
  // Leave planning rows' year figures in their table rows (one copy, not
  // two) until fill_planning_figures: for a caller that checks the tables
  // first, so a 100,000-row tracker's figures are held once at the peak.
  bool defer_planning_figures = false;
};

class PlanningStream;
// With `streamed`, the rows of long planning tables that PlanningStream took
// while the workbook was read are spliced back where they belong; check
// streamed->all_spliced() afterwards (if not, read again without it).
Recognised recognise(const Workbook &wb, const Vocabulary &vocab, const RecogniseOptions &options = {},
                     PlanningStream *streamed = nullptr);

// Moves each deferred planning record's figures from its table row into the
// record. With release_rows the rows' figures are freed as they are moved
// (the tables are then only good for their totals rows and headings).
// `then`, if given, is called on every record in order, filled or not, just
// after its figures are in: a caller's per-scheme work done while the record
// is still in the cache, not in another pass over a tracker's records.
void fill_planning_figures(Recognised &rec, bool release_rows, const std::function<void(SchemeRecord &)> &then = {});

} // namespace fundbook
