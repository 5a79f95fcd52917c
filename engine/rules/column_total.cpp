// column-total-mismatch: a stated Total row against the rows it totals.
#include "core/concat.hpp"
#include "engine/rules/registry.hpp"

namespace fundbook::rules {

std::size_t column_totals(const std::string &path, const FigureTable &t, const Settings &s, std::vector<Finding> &out) {
  if (!t.total_row || t.rows.empty()) return 0;
  std::size_t n = 0;
  const FigureRow &total = *t.total_row;
  std::string table = t.heading.empty() ? "the table" : "'" + t.heading + "'";
  for (std::size_t k = 0; k < t.columns.size() && k < total.values.size(); ++k) {
    if (!total.values[k]) continue;
    Money sum;
    bool known = true;
    for (auto &row : t.rows) {
      if (k >= row.values.size()) continue;
      if (!row.values[k]) {
        known = false;
        break;
      }
      sum += row.values[k]->amount;
    }
    if (!known) continue;
    ++n;
    std::string label = total.label.empty() ? "Total" : total.label;
    std::string msg = concat(table, " ", label, " for ", t.columns[k], " says ", show(total.values[k]->amount, t.unit),
                             " but the rows above add up to ", show(sum, t.unit));
    report_difference(out, kColumnTotal, path, t.sheet, total.values[k]->ref, total.values[k]->amount, sum, t.unit, s,
                      msg);
  }
  return n;
}

} // namespace fundbook::rules
