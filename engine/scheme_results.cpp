// A scheme's totals, return and payback, worked out from its record each
// time they are asked for (engine/model.hpp says why they are not held).
#include "engine/model.hpp"

namespace fundbook {

namespace {

std::optional<Money> total(const MaybeFigure &stated, const YearMap<Figure> &years, bool stated_of_changes) {
  // A stated total of an incremental table is not an absolute total.
  if (stated && !(stated_of_changes && !years.empty())) return stated->amount;
  if (years.empty()) return std::nullopt;
  return SchemeRecord::sum_of(years);
}

} // namespace

std::optional<Money> investment_total(const SchemeRecord &s) {
  return total(s.stated_investment, s.investment, s.stated_totals_of_changes);
}

std::optional<Money> saving_total(const SchemeRecord &s) {
  return total(s.stated_saving, s.saving, s.stated_totals_of_changes);
}

std::optional<double> return_on_investment(const SchemeRecord &s) {
  Money inv = investment_total(s).value_or(s.investment_sum());
  Money sav = saving_total(s).value_or(s.saving_sum());
  if (inv.positive() && !sav.is_zero() && !sav.is_too_large()) return double(sav.abs().pence()) / double(inv.pence());
  return std::nullopt;
}

std::optional<YearKey> payback_year(const SchemeRecord &s) {
  // Both maps are in year order, so one merged walk visits every year once.
  Money ci, cs;
  auto i = s.investment.begin(), j = s.saving.begin();
  while (i != s.investment.end() || j != s.saving.end()) {
    YearKey y = (j == s.saving.end() || (i != s.investment.end() && i->first <= j->first)) ? i->first : j->first;
    if (i != s.investment.end() && i->first == y) ci += (i++)->second.amount;
    if (j != s.saving.end() && j->first == y) cs += (j++)->second.amount;
    if (ci.positive() && cs.abs() >= ci) return y;
  }
  return std::nullopt;
}

} // namespace fundbook
