// cumulative-total-mismatch: a Cumulative total row against the running sum
// of its Total row. A cell is wrong only if it agrees with neither the
// running sum of the stated totals (a wrong Total is reported at the Total
// cell, not downstream) nor that of the true column sums, nor the cell
// before it plus this year's total (so one slip is reported once).
#include "engine/rules/registry.hpp"

namespace fundbook::rules {

std::size_t cumulative_totals(const std::string &path, const TableView &v, const Settings &s,
                              std::vector<Finding> &out) {
  const FigureTable &t = v.table;
  if (!t.cumulative_row) return 0;
  std::size_t n = 0;
  const FigureRow &cum = *t.cumulative_row;
  // Each year's true sum of the rows, all in one pass over them: unknown
  // from a row with no figure read that year.
  std::size_t columns = std::min(t.columns.size(), cum.values.size());
  std::vector<Money> sums(columns);
  std::vector<char> known(columns, v.has_rows() ? 1 : 0);
  v.each_row([&](const RowFigures &row) {
    for (std::size_t k = 0; k < columns; ++k) {
      if (!known[k]) continue;
      if (k >= row.values.size() || !row.values[k])
        known[k] = 0;
      else
        sums[k] += row.values[k]->amount;
    }
  });
  Money run_stated, run_true;
  std::string table = t.heading.empty() ? "the table" : "'" + t.heading + "'";
  for (std::size_t k = 0; k < columns; ++k) {
    // This year's total: stated if there is a Total row, and the true sum of the rows.
    Money col_true = sums[k];
    bool true_known = known[k] != 0;
    std::optional<Money> col_stated;
    if (t.total_row && k < t.total_row->values.size() && t.total_row->values[k])
      col_stated = t.total_row->values[k]->amount;
    if (!col_stated && !true_known) return n;
    Money stated_step = col_stated.value_or(col_true);
    Money true_step = true_known ? col_true : stated_step;
    run_stated += stated_step;
    run_true += true_step;
    if (!cum.values[k]) continue;
    Money c = cum.values[k]->amount;
    // The cumulative cell before this one, if it has a figure.
    const Money *prev_cum = k > 0 && cum.values[k - 1] ? &cum.values[k - 1]->amount : nullptr;
    ++n;
    auto agrees = [&](Money expected) { return compare(c, expected, t.unit, s) != Agreement::Mismatch; };
    bool ok = agrees(run_stated) || agrees(run_true) ||
              (prev_cum && (agrees(*prev_cum + stated_step) || agrees(*prev_cum + true_step)));
    Money expected = run_true;
    if (ok) {
      // Within tolerance but not exact: say so once, as a rounding note.
      if (c != run_stated && c != run_true &&
          !(prev_cum && (c == *prev_cum + stated_step || c == *prev_cum + true_step))) {
        report_difference(out, kCumulativeTotal, path, t.sheet, cum.values[k]->ref, c, expected, t.unit, s,
                          table + " Cumulative total for " + t.columns[k] + " says " + show(c, t.unit) +
                              " but the running total is " + show(expected, t.unit));
      }
    } else {
      Finding f;
      f.rule = kCumulativeTotal;
      f.severity = severity_of(f.rule);
      f.path = path;
      f.sheet = t.sheet;
      f.cell = cum.values[k]->ref;
      f.stated = c;
      f.computed = expected;
      f.message = table + " Cumulative total for " + t.columns[k] + " says " + show(c, t.unit) +
                  " but the running total of the years is " + show(expected, t.unit);
      out.push_back(std::move(f));
    }
  }
  return n;
}

} // namespace fundbook::rules
