// row-total-mismatch: a row's stated total against the sum of its cells.
#include "engine/rules/registry.hpp"

namespace fundbook::rules {

namespace {
bool check_row(const std::string &path, const FigureTable &t, const FigureRow &row, const Settings &s,
               std::vector<Finding> &out) {
  if (!row.stated_total) return false;
  Money sum;
  for (auto &v : row.values) {
    if (!v) return false; // a non-numeric cell is reported on its own; the sum is unknown
    sum += v->amount;
  }
  // Nearly every row agrees: build the message only for those that do not.
  if (sum == row.stated_total->amount) return true;
  std::string who = row.title.empty() ? row.label : row.title + (row.label.empty() ? "" : " " + row.label);
  if (who.empty()) who = "Row " + std::to_string(row.label_ref.row + 1);
  std::string what = t.columns_are_years ? "the years add up to " : "the columns add up to ";
  std::string msg = who + ": TOTAL says " + show(row.stated_total->amount, t.unit) + " but " + what + show(sum, t.unit);
  report_difference(out, kRowTotal, path, t.sheet, row.stated_total->ref, row.stated_total->amount, sum, t.unit, s,
                    msg);
  return true;
}
} // namespace

std::size_t row_totals(const std::string &path, const FigureTable &t, const Settings &s, std::vector<Finding> &out) {
  std::size_t n = 0;
  for (auto &row : t.rows) n += check_row(path, t, row, s, out);
  if (t.total_row) n += check_row(path, t, *t.total_row, s, out);
  return n;
}

} // namespace fundbook::rules
