// row-total-mismatch: a row's stated total against the sum of its cells.
#include "engine/rules/registry.hpp"

namespace fundbook::rules {

namespace {
bool check_row(const std::string &path, const FigureTable &t, const RowFigures &row, const Settings &s,
               std::vector<Finding> &out) {
  if (!row.stated_total) return false;
  Money sum;
  for (const Figure *v : row.values) {
    if (!v) return false; // a non-numeric cell is reported on its own; the sum is unknown
    sum += v->amount;
  }
  // Nearly every row agrees: build the message only for those that do not.
  if (sum == row.stated_total->amount) return true;
  std::string label(row.label);
  std::string who = row.untitled() ? label : row.titled() + (label.empty() ? "" : " " + label);
  if (who.empty()) who = "Row " + std::to_string(row.label_ref.row + 1);
  std::string what = t.columns_are_years ? "the years add up to " : "the columns add up to ";
  std::string msg = who + ": TOTAL says " + show(row.stated_total->amount, t.unit) + " but " + what + show(sum, t.unit);
  ShownRounding shown;
  for (const Figure *v : row.values) shown.part(*v);
  shown.total(*row.stated_total);
  report_difference(out, kRowTotal, path, t.sheet, row.stated_total->ref, row.stated_total->amount, sum, t.unit, s, msg,
                    &shown);
  return true;
}
} // namespace

std::size_t row_totals(const std::string &path, const TableView &v, const Settings &s, std::vector<Finding> &out) {
  std::size_t n = 0;
  v.each_row([&](const RowFigures &row) { n += check_row(path, v.table, row, s, out); });
  std::vector<const Figure *> scratch;
  if (v.table.total_row) n += check_row(path, v.table, row_figures(*v.table.total_row, scratch), s, out);
  return n;
}

} // namespace fundbook::rules
