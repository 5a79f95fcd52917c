#include <algorithm>
#include <cmath>
#include <cstdint>

#include "engine/rules/registry.hpp"
#include "import/layout/structure/stated_total.hpp"

namespace fundbook::rules {

// `step` is the table's (TotalsTable::written_step): a CSV's figures as
// written, a workbook's as their number formats show them; both narrow the
// default alike.
Money tolerance_for(const Settings &s, std::int64_t unit, Money step, std::size_t parts) {
  Money one_unit = Money::from_pence(std::llround(s.tolerance * double(unit)));
  if (s.tolerance_given || step.pence() <= 0 || step.pence() >= unit) return one_unit;
  // The rounding the parts and the total as shown can make: floor(sqrt(n +
  // 1)) steps (lines_rounding_bound), which rounding passes almost never.
  // Not the worst case, (n + 1) / 2 steps: a list of 150 payments to the
  // penny would let 76p through as rounding, where pence are not rounded.
  return std::min(one_unit, lines_rounding_bound(step, parts));
}

Money ShownRounding::worst_case(std::int64_t unit) const {
  if (!known_ || total_ == kNotKnown) return Money();
  Money total = shown_step_in(unit, total_);
  Money part = parts_ ? shown_step_in(unit, coarsest_) : Money();
  if (total.is_zero() || (parts_ && part.is_zero())) return Money();
  // Whole pence: a difference is within half of (total + parts) steps when
  // it is within the whole pence of it.
  return Money::from_pence((total.pence() + std::int64_t(parts_) * part.pence()) / 2);
}

Money ShownRounding::written_total_half_step(std::int64_t unit) const {
  if (!written_total_ || total_ == kNotKnown) return Money();
  return Money::from_pence(shown_step_in(unit, total_).pence() / 2);
}

Money shown_tolerance(const Settings &s, std::int64_t unit, const ShownRounding &shown) {
  Money one_unit = Money::from_pence(std::llround(s.tolerance * double(unit)));
  if (s.tolerance_given) return one_unit;
  Money by_shown = shown.worst_case(unit);
  return std::max(by_shown.is_zero() ? one_unit : std::min(one_unit, by_shown), shown.written_total_half_step(unit));
}

namespace {
Agreement compare_within(Money stated, Money computed, Money tolerance) {
  if (stated.is_too_large() || computed.is_too_large()) return Agreement::TooLarge;
  if (stated == computed) return Agreement::Same;
  return (stated - computed).abs() <= tolerance ? Agreement::Rounding : Agreement::Mismatch;
}
} // namespace

Agreement compare(Money stated, Money computed, std::int64_t unit, const Settings &s) {
  return compare_within(stated, computed, Money::from_pence(std::llround(s.tolerance * double(unit))));
}

std::string show(Money m, std::int64_t unit) {
  if (unit == 100) {
    std::string d = m.display(100);
    return d[0] == '-' ? "-\xc2\xa3" + d.substr(1) : "\xc2\xa3" + d;
  }
  if (unit == 100000000) return m.display(unit) + "m";
  return m.display(unit);
}

void report_difference(std::vector<Finding> &out, const char *rule_id, const std::string &path,
                       const std::string &sheet, CellRef cell, Money stated, Money computed, std::int64_t unit,
                       const Settings &s, const std::string &message, const ShownRounding *shown) {
  const Money one_unit = Money::from_pence(std::llround(s.tolerance * double(unit)));
  const Money tolerance = shown ? shown_tolerance(s, unit, *shown) : one_unit;
  Agreement a = compare_within(stated, computed, tolerance);
  if (a == Agreement::Same) return;
  Finding f;
  if (a == Agreement::TooLarge) {
    f.rule = kFigureOutOfRange;
    f.severity = severity_of(f.rule);
    f.path = path;
    f.sheet = sheet;
    f.cell = cell;
    f.stated = stated;
    f.computed = computed;
    f.message = message + ": the sum is too large to check exactly; look for figures with misplaced digits";
    out.push_back(std::move(f));
    return;
  }
  f.rule = a == Agreement::Mismatch ? rule_id : kRounding;
  f.severity = severity_of(f.rule);
  f.path = path;
  f.sheet = sheet;
  f.cell = cell;
  f.stated = stated;
  f.computed = computed;
  // Rounding that the figures' formats allow is said as theirs, not as a
  // tolerance the user never set.
  f.message = a == Agreement::Mismatch ? message
              : tolerance < one_unit   ? message + " (within the rounding of the figures as their formats show them, " +
                                           show(tolerance, unit) + ")"
              : tolerance > one_unit
                  ? message + " (within the rounding of the total as it is written, " + show(tolerance, unit) + ")"
                  : message + " (within the tolerance of " + show(one_unit, unit) + ")";
  out.push_back(std::move(f));
}

} // namespace fundbook::rules
