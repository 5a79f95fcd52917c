// sign-convention: savings and income are negative, investment positive.
#include "engine/rules/registry.hpp"

namespace fundbook::rules {

std::size_t sign_convention(const std::string &path, const TableView &view, const Settings &,
                            std::vector<Finding> &out) {
  const FigureTable &t = view.table;
  if (!t.columns_are_years) return 0;
  view.each_row([&](const RowFigures &row) {
    if (row.measure == Measure::Other) return;
    std::vector<std::string> years;
    const Figure *first = nullptr;
    for (std::size_t k = 0; k < row.values.size() && k < t.columns.size(); ++k) {
      const Figure *v = row.values[k];
      if (!v) continue;
      bool wrong = row.measure == Measure::Saving ? v->amount.positive() : v->amount.negative();
      if (!wrong) continue;
      years.push_back(t.columns[k]);
      if (!first) first = v;
    }
    if (!first) return;
    std::string who = row.untitled() ? std::string(row.label) : row.titled() + " " + std::string(row.label);
    std::string list;
    for (auto &y : years) list += (list.empty() ? "" : ", ") + y;
    Finding f;
    f.rule = kSignConvention;
    f.severity = severity_of(f.rule);
    f.path = path;
    f.sheet = t.sheet;
    f.cell = first->ref;
    f.stated = first->amount;
    f.message = row.measure == Measure::Saving ? who + ": a saving is shown as a positive figure in " + list +
                                                     " (savings are negative by convention)"
                                               : who + ": an investment is shown as a negative figure in " + list +
                                                     " (investment is positive by convention)";
    out.push_back(std::move(f));
  });
  return 0; // it compares no totals
}

} // namespace fundbook::rules
