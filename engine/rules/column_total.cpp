// column-total-mismatch: a stated Total row against the rows it totals.
#include "core/concat.hpp"
#include "engine/rules/registry.hpp"

namespace fundbook::rules {

std::string column_total_what(const FigureTable &t, std::size_t k) {
  const FigureRow &total = *t.total_row;
  return concat(t.heading.empty() ? std::string("the table") : "'" + t.heading + "'", " ",
                total.label.empty() ? std::string("Total") : total.label, " for ", t.columns[k]);
}

std::size_t column_totals(const std::string &path, const TableView &v, const Settings &s, std::vector<Finding> &out) {
  const FigureTable &t = v.table;
  if (!t.total_row || !v.has_rows()) return 0;
  const FigureRow &total = *t.total_row;
  // Every column's sum in one pass over the rows (a tracker's do not fit in
  // the cache): unknown from a row with no figure read in that column.
  std::size_t columns = std::min(t.columns.size(), total.values.size());
  std::vector<Money> sums(columns);
  std::vector<char> known(columns, 1);
  // Where the rows stand against the Total: a Total at the top of its
  // block ("Total" over the services it adds) has them under it.
  bool over = false, under = false;
  v.each_row([&](const RowFigures &row) {
    (row.label_ref.row > total.label_ref.row ? under : over) = true;
    for (std::size_t k = 0; k < columns && k < row.values.size(); ++k) {
      if (!known[k]) continue;
      if (!row.values[k])
        known[k] = 0;
      else
        sums[k] += row.values[k]->amount;
    }
  });
  // How finely the figures of the columns whose total disagrees are shown:
  // a second pass, made only where a total disagrees.
  std::vector<ShownRounding> shown(columns);
  std::vector<char> differs(columns, 0);
  bool any_differs = false;
  for (std::size_t k = 0; k < columns; ++k)
    if (total.values[k] && known[k] && total.values[k]->amount != sums[k]) {
      differs[k] = 1;
      any_differs = true;
    }
  if (any_differs)
    v.each_row([&](const RowFigures &row) {
      for (std::size_t k = 0; k < columns && k < row.values.size(); ++k)
        if (differs[k]) shown[k].part(*row.values[k]);
    });
  std::size_t n = 0;
  const char *rows = !under  ? " but the rows above add up to "
                     : !over ? " but the rows under it add up to "
                             : " but the table's rows add up to ";
  for (std::size_t k = 0; k < columns; ++k) {
    if (!total.values[k] || !known[k]) continue;
    ++n;
    shown[k].total(*total.values[k]);
    std::string msg =
        concat(column_total_what(t, k), " says ", show(total.values[k]->amount, t.unit), rows, show(sums[k], t.unit));
    report_difference(out, kColumnTotal, path, t.sheet, total.values[k]->ref, total.values[k]->amount, sums[k], t.unit,
                      s, msg, &shown[k]);
  }
  return n;
}

} // namespace fundbook::rules
