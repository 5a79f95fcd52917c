#include <algorithm>
#include <cmath>
#include <cstdint>

#include "engine/rules/registry.hpp"

namespace fundbook::rules {

Money tolerance_for(const Settings &s, std::int64_t unit, Money step, std::size_t parts) {
  Money one_unit = Money::from_pence(std::llround(s.tolerance * double(unit)));
  if (s.tolerance_given || !s.figures_as_written || step.pence() <= 0 || step.pence() >= unit) return one_unit;
  // Each of the parts and the total off by at most half a step: the worst
  // case, not the likely one, so rounding alone never makes an error.
  std::int64_t half_steps = std::int64_t(parts) + 1;
  return std::min(one_unit, Money::from_pence((half_steps + 1) / 2 * step.pence()));
}

Agreement compare(Money stated, Money computed, std::int64_t unit, const Settings &s) {
  if (stated.is_too_large() || computed.is_too_large()) return Agreement::TooLarge;
  if (stated == computed) return Agreement::Same;
  Money tol = Money::from_pence(std::llround(s.tolerance * double(unit)));
  return (stated - computed).abs() <= tol ? Agreement::Rounding : Agreement::Mismatch;
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
                       const Settings &s, const std::string &message) {
  Agreement a = compare(stated, computed, unit, s);
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
  f.message = a == Agreement::Mismatch
                  ? message
                  : message + " (within the tolerance of " +
                        show(Money::from_pence(std::llround(s.tolerance * double(unit))), unit) + ")";
  out.push_back(std::move(f));
}

} // namespace fundbook::rules
