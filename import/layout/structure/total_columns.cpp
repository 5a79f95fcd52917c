// Total columns. Readings tried for a Total column, each over the amount
// columns before it: the previous total column and the columns after it
// (a chained total); the columns since the previous total; the columns under
// its banner heading; all columns before it; the total columns before it.
// The reading that explains the most rows is the column's structure; it is
// believed only if it explains three rows in four, else the column is left
// unchecked and said so.
#include "import/layout/structure/infer.hpp"

#include <algorithm>

namespace fundbook::structure {

namespace {
struct ColReading {
  std::string name;
  std::vector<std::size_t> cols; // indexes into g.cols
};

std::string plural(std::size_t n, const char *one, const char *many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}
std::string quoted(const std::string &s) {
  std::string t = s.size() > 60 ? s.substr(0, 57) + "..." : s;
  return "'" + t + "'";
}
} // namespace

void infer_total_columns(const Region &g, const SheetView &v, Inferred &out) {
  const std::size_t n = g.cols.size();
  for (std::size_t t = 0; t < n; ++t) {
    if (g.col_total[t] == TotalWord::None) continue;
    std::optional<std::size_t> prev;
    for (std::size_t j = 0; j < t; ++j)
      if (g.col_total[j] != TotalWord::None) prev = j;
    std::vector<ColReading> readings;
    auto add = [&](std::string name, std::vector<std::size_t> cols) {
      if (cols.empty()) return;
      for (auto &r : readings)
        if (r.cols == cols) return;
      readings.push_back({std::move(name), std::move(cols)});
    };
    std::vector<std::size_t> since;
    for (std::size_t j = prev ? *prev + 1 : 0; j < t; ++j) since.push_back(j);
    if (prev) {
      std::vector<std::size_t> chain{*prev};
      chain.insert(chain.end(), since.begin(), since.end());
      add(quoted(g.col_names[*prev]) + " and the " + plural(since.size(), "column", "columns") + " after it", chain);
    }
    add("the " + plural(since.size(), "column", "columns") + " before it", since);
    if (auto start = g.banner_start(g.cols[t], v)) {
      std::vector<std::size_t> group;
      for (std::size_t j = 0; j < t; ++j)
        if (g.cols[j] >= *start) group.push_back(j);
      add("the " + plural(group.size(), "column", "columns") + " under " + quoted(g.banner_text(g.cols[t], v)), group);
    }
    std::vector<std::size_t> all, totals;
    for (std::size_t j = 0; j < t; ++j) (g.col_total[j] != TotalWord::None ? totals : all).push_back(j);
    add("all " + plural(all.size(), "column", "columns") + " before it", all);
    if (totals.size() >= 2) add("the " + plural(totals.size(), "total column", "total columns") + " before it", totals);
    if (readings.empty()) continue;

    // Score each reading by the rows it explains exactly.
    std::vector<std::size_t> hits(readings.size(), 0);
    std::size_t stated_rows = 0;
    auto sum_of = [&](std::size_t i, const ColReading &r, std::size_t &parts) {
      Money s;
      parts = 0;
      for (std::size_t j : r.cols) {
        if (auto &a = g.cells[i][j]) {
          s += a->value;
          ++parts;
        }
      }
      return s;
    };
    bool noise = g.col_noise[t];
    for (std::size_t j = 0; j < n; ++j) noise = noise || g.col_noise[j];
    // Rows of zeros prove nothing (0 = 0 + 0): only a row with a figure in
    // the total is evidence, for or against a reading.
    std::vector<std::size_t> telling(readings.size(), 0); // rows where total or sum is not zero
    for (std::size_t i = 0; i < g.rows.size(); ++i) {
      auto &st = g.cells[i][t];
      if (!st || st->nil) continue;
      ++stated_rows;
      for (std::size_t k = 0; k < readings.size(); ++k) {
        std::size_t parts = 0;
        Money s = sum_of(i, readings[k], parts);
        if (st->value.is_zero() && s.is_zero()) continue;
        ++telling[k];
        if (parts && !st->value.is_zero() && same_at_precision(st->value, s, noise, parts)) ++hits[k];
      }
    }
    std::size_t best = std::size_t(std::max_element(hits.begin(), hits.end()) - hits.begin());
    std::uint32_t col = g.cols[t];
    if (stated_rows == 0) continue;
    if (hits[best] < 2 || hits[best] * 4 < telling[best] * 3) {
      UncheckedBlock b;
      b.sheet = v.sheet().name;
      b.first = CellRef{g.rows.front(), col};
      b.last = CellRef{g.rows.back(), col};
      b.figures = stated_rows;
      b.why = "the total column " + quoted(g.col_names[t]) +
              " agrees with no reading of the columns before it, so its structure is not known";
      out.doubtful.push_back(std::move(b));
      continue;
    }
    std::swap(readings[0], readings[best]);
    std::int64_t step = g.col_step[t];
    for (auto j : readings[0].cols) step = std::min(step, g.col_step[j]);
    for (std::size_t i = 0; i < g.rows.size(); ++i) {
      auto &st = g.cells[i][t];
      if (!st || st->nil) continue;
      StatedTotal s;
      s.total_column = true;
      s.cell = CellRef{g.rows[i], col};
      s.stated = st->value;
      s.step = Money::from_pence(step);
      s.noise = noise;
      std::string who = g.labels[i].empty() ? "Row " + std::to_string(g.rows[i] + 1) : quoted(g.labels[i]);
      s.what = who + ": " + quoted(g.col_names[t]);
      for (auto &r : readings) {
        Reading rd;
        rd.name = r.name;
        for (std::size_t j : r.cols) {
          if (auto &a = g.cells[i][j]) {
            rd.sum += a->value;
            rd.parts.push_back(CellRef{g.rows[i], g.cols[j]});
          }
        }
        s.readings.push_back(std::move(rd));
      }
      if (same_at_precision(s.stated, s.readings[0].sum, noise, s.readings[0].parts.size())) ++out.explained;
      out.totals.push_back(std::move(s));
    }
  }
}

} // namespace fundbook::structure
