#include "engine/rules/written_step.hpp"

#include <array>
#include <cstddef>
#include <cstdint>

namespace fundbook::rules {

namespace {
// As structure::decimals_written: more decimals than this are no figure typed.
constexpr std::int64_t kTypedDecimals = 10'000;
} // namespace

Money written_step(const TableView &v) {
  const std::int64_t unit = v.table.unit;
  // Figures by the coarsest power of ten, up to the unit, that divides them.
  std::array<std::size_t, 19> at{};
  std::size_t figures = 0;
  auto add = [&](const Figure *f) {
    if (!f || f->nil || f->amount.is_zero()) return;
    std::int64_t p = f->amount.pence();
    std::size_t e = 0;
    for (std::int64_t step = 1; step < unit && p % (step * 10) == 0; step *= 10) ++e;
    ++at[e];
    ++figures;
  };
  auto add_row = [&](const RowFigures &row) {
    for (const Figure *f : row.values) add(f);
    add(row.stated_total);
  };
  v.each_row(add_row);
  std::vector<const Figure *> scratch;
  if (v.table.total_row) add_row(row_figures(*v.table.total_row, scratch));
  if (v.table.cumulative_row) add_row(row_figures(*v.table.cumulative_row, scratch));
  std::size_t finest = 0;
  while (finest < at.size() && at[finest] == 0) ++finest;
  if (finest == at.size() || at[finest] * 2 <= figures) return Money();
  std::int64_t step = 1;
  for (std::size_t k = 0; k < finest; ++k) step *= 10;
  if (step >= unit || unit / step > kTypedDecimals) return Money();
  return Money::from_pence(step);
}

} // namespace fundbook::rules
