#pragma once
// A line along columns of periods whose whole-period figure is no sum of
// them (issue 17): an opening balance (the first period's), a closing
// balance (the last period's), a count, a percentage or points (the sum, the
// last period's or their average, whichever the figure is). The label says
// which (period_line); the figure says whether it is so. A figure that is
// none of its kind's readings is not known to be wrong: it is said unchecked,
// never an error, as the line may be any of them.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/layout/structure/region.hpp"
#include "import/layout/structure/stated_total.hpp"
#include "import/layout/structure/total_words.hpp"

namespace fundbook::structure {

// Each row's kind (PeriodLine::Flow for every row where no column of the
// region names a period, so the labels are read only where they may matter).
std::vector<PeriodLine> period_lines(const Region &g);

// Whether every one of `cols` (two or more) names a period: only along
// periods is a balance's whole figure its first or last one. Across
// categories ("General fund", "HRA") a balance or a count adds.
bool all_periods(const Region &g, const std::vector<std::size_t> &cols);

// What row i's figure in total column t is, where it is a line of kind `kind`
// (not Flow) along the periods `cols` and not their sum: the reading that
// agrees with it (first in the figure's readings), or else why it was not
// checked (`who` and `heading` name the row and the column in it). `step`
// is the rounding step of the figures (an average is met to it).
struct PeriodLineReading {
  std::optional<Reading> agrees;
  std::string why_unchecked;
};
PeriodLineReading read_period_line(const Region &g, std::size_t i, std::size_t t, const std::vector<std::size_t> &cols,
                                   PeriodLine kind, Money step, bool noise, std::string_view who,
                                   std::string_view heading);

} // namespace fundbook::structure
