#include "import/layout/structure/period_lines.hpp"

#include <algorithm>

#include "core/concat.hpp"
#include "import/layout/structure/infer.hpp"
#include "import/layout/vocabulary.hpp"

namespace fundbook::structure {

std::vector<PeriodLine> period_lines(const Region &g) {
  std::vector<PeriodLine> kinds(g.rows.size(), PeriodLine::Flow);
  if (std::none_of(g.col_names.begin(), g.col_names.end(), [](const std::string &h) { return names_period(h); }))
    return kinds;
  for (std::size_t i = 0; i < g.rows.size(); ++i) kinds[i] = period_line(normalise_label(g.labels[i]));
  return kinds;
}

bool all_periods(const Region &g, const std::vector<std::size_t> &cols) {
  return cols.size() >= 2 &&
         std::all_of(cols.begin(), cols.end(), [&](std::size_t j) { return names_period(g.col_names[j]); });
}

namespace {
std::string name_of(const Region &g, std::size_t j) {
  return g.col_names[j].empty() ? "column " + column_name(g.cols[j]) : quoted(g.col_names[j]);
}

// The one figure of row i in column j, as a reading.
Reading one_period(const Region &g, std::size_t i, std::size_t j, std::string name) {
  Reading r;
  r.name = std::move(name);
  r.sum = g.cells[i][j]->value;
  r.parts.push_back(CellRef{g.rows[i], g.cols[j]});
  return r;
}
} // namespace

PeriodLineReading read_period_line(const Region &g, std::size_t i, std::size_t t, const std::vector<std::size_t> &cols,
                                   PeriodLine kind, Money step, bool noise, std::string_view who,
                                   std::string_view heading) {
  PeriodLineReading out;
  const Money stated = g.cells[i][t]->value;
  std::vector<std::size_t> given; // the periods with a figure in the row
  for (std::size_t j : cols)
    if (auto &a = g.cells[i][j]; a && !a->nil) given.push_back(j);
  if (given.empty()) return out;
  auto agree = [&](Reading r) {
    if (!same_at_precision(stated, r.sum, noise, 1)) return false;
    out.agrees = std::move(r);
    return true;
  };
  const std::size_t first = given.front(), last = given.back();
  if (kind == PeriodLine::Opening) {
    if (agree(
            one_period(g, i, first, concat("the first period's figure, ", name_of(g, first), ", an opening balance"))))
      return out;
    out.why_unchecked = concat(who, " is an opening balance: its figure in ", heading,
                               " is neither the sum of the periods before it nor the first period's (",
                               name_of(g, first), "), so it was not checked");
    return out;
  }
  if (kind == PeriodLine::Closing) {
    if (agree(one_period(g, i, last, concat("the last period's figure, ", name_of(g, last), ", a closing balance"))))
      return out;
    out.why_unchecked = concat(who, " is a balance at a period's end: its figure in ", heading,
                               " is neither the sum of the periods before it nor the last period's (", name_of(g, last),
                               "), so it was not checked");
    return out;
  }
  // A count, a percentage or points: the last period's (staff in post at
  // the year's end), or the average of the periods, met to the rounding of
  // the figures (a year's sickness rate to one decimal).
  if (agree(one_period(g, i, last, concat("the last period's figure, ", name_of(g, last))))) return out;
  if (given.size() == cols.size()) {
    Money sum;
    for (std::size_t j : given) sum += g.cells[i][j]->value;
    if (!sum.is_too_large() && !stated.is_too_large()) {
      const auto n = static_cast<__int128>(given.size());
      const __int128 off = static_cast<__int128>(stated.pence()) * n - sum.pence();
      const __int128 steps = static_cast<__int128>(noise ? 1 : std::max<std::int64_t>(step.pence(), 1)) * n;
      if ((off < 0 ? -off : off) * 2 <= steps) {
        Reading mean;
        mean.name = concat("the average of the ", std::to_string(given.size()), " periods ", name_of(g, first), " to ",
                           name_of(g, last), ", to the figures' rounding");
        mean.sum = stated;
        for (std::size_t j : given) mean.parts.push_back(CellRef{g.rows[i], g.cols[j]});
        out.agrees = std::move(mean);
        return out;
      }
    }
  }
  out.why_unchecked = concat(who, " is a count, a percentage or points: its figure in ", heading,
                             " need not be a sum, and is neither the sum of the periods before it, the last period's (",
                             name_of(g, last), ") nor their average, so it was not checked");
  return out;
}

} // namespace fundbook::structure
