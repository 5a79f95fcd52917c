#pragma once
// The step a figure table's figures are written to, read from their amounts,
// for the rounding a difference may be put down to (rules::tolerance_for).
#include <optional>

#include "core/money.hpp"
#include "import/layout/table_rows.hpp"

namespace fundbook::rules {

// A table in £m written to three decimals is rounded to £1,000, not to £1m:
// a £1m difference there is an error, not rounding. The step is the finest
// power of ten, below the table's unit, that most of its figures other than
// nil are written to ('3.815', '0.599', '3.4': a writer that drops trailing
// zeros); none (zero) where most are whole, where they are written alike to
// no step ('100', '200', '300.5') or where they carry more decimals than
// anyone types (worked out by a formula and pasted: their rounding is not
// known).
Money written_step(const TableView &v);

// The same, worked out the first time a difference needs it: nearly every
// total agrees exactly, and a tracker's figures are millions.
class TableStep {
public:
  explicit TableStep(const TableView &v) : view_(&v) {}
  Money get() const {
    if (!step_) step_ = written_step(*view_);
    return *step_;
  }

private:
  const TableView *view_;
  mutable std::optional<Money> step_;
};

} // namespace fundbook::rules
