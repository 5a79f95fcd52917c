// Total columns. Readings tried for a Total column: the columns of the years
// its heading names ("Total 2017/18 - 2019/20"), wherever they are; then,
// each over the amount columns before it: the previous total column and the
// columns after it (a chained total); the columns since the previous total;
// the columns under its banner heading; all columns before it; the total
// columns before it; the last few columns before it; and, for a total left of
// its figures, the columns after it up to the next total. The reading is a
// property of the table, not of a row: the one that explains the most rows is
// the column's structure, and the rows it does not explain are the odd ones,
// reported: another reading excuses such a row only where it explains two of
// them or more, for one that explains a single row does so by leaving out the
// figure that is off. It is believed if it explains two rows or more and
// every row but one (a small table), or three rows in four; else the column
// is left unchecked and said so. The column's own total (its foot, or a Total
// row, where the rows above it add up to it) repeats the row that is off, so
// it is not held against a reading that adds two figures or more.
//
// A row naming a statistic of the rows ("Average per library", "Median",
// names_statistic_row) is no line of the table: its Total column is the
// statistic of the column (the median of the totals), no sum of its row,
// so it is neither checked nor counted for or against a reading.
//
// A column no word names as a total is one by its figures alone only on
// stronger evidence: it adds up the columns before it (or, first in the
// table, the columns after it) exactly in two rows or more where two or
// more of those figures are not zero, and disagrees in one row at most.
#include "import/layout/structure/infer.hpp"

#include <algorithm>

#include "core/concat.hpp"
#include "import/figures.hpp"
#include "import/layout/structure/period_lines.hpp"

namespace fundbook::structure {

namespace {
// The most columns a total of the columns right before it is read over
// short of all of them (each is one more reading of every row).
constexpr std::size_t kNearestReach = 8;

// The rows another reading must explain where the column's own reading does
// not, before it excuses a row the own reading does not explain.
constexpr std::size_t kAloneToBelieve = 2;

struct ColReading {
  std::string name;
  std::vector<std::size_t> cols; // indexes into g.cols
  bool nearest = false;          // the last few columns before it, not a whole block
  bool run = false;              // a run of the columns after a total left of its figures
  bool periods = false;          // every column names a period (all_periods)
};

// The most columns after a total left of its figures whose every run is a
// reading (a run of two columns or more: about half their square readings).
constexpr std::size_t kRunsReach = 12;

// For each reading, the rows (a figure in the total, not zero) it explains
// exactly where the first reading, the column's own, does not: how far the
// table bears out a reading other than its structure.
std::vector<std::size_t> rows_explained_alone(const Region &g, std::size_t t, const std::vector<ColReading> &readings,
                                              bool noise) {
  std::vector<std::size_t> alone(readings.size());
  auto explains = [&](std::size_t i, const ColReading &r) {
    Money s;
    std::size_t parts = 0;
    for (std::size_t j : r.cols)
      if (auto &a = g.cells[i][j]) {
        s += a->value;
        ++parts;
      }
    return parts > 0 && same_at_precision(g.cells[i][t]->value, s, noise, parts);
  };
  for (std::size_t i = 0; i < g.rows.size(); ++i) {
    auto &st = g.cells[i][t];
    if (!st || st->nil || st->value.is_zero() || g.statistic[i] || explains(i, readings.front())) continue;
    for (std::size_t k = 1; k < readings.size(); ++k) alone[k] += explains(i, readings[k]);
  }
  return alone;
}

// The financial years a heading names, by their first year, in the order
// written: "Total 2017/18 - 2019/20" gives 2017 and 2019, "2018-19 £000"
// 2018, "Base budget 2016/17" 2016. Each year is read whole before the next
// is looked for ("18 - 2019" inside that range is no year).
std::vector<int> years_named(std::string_view heading) {
  std::vector<int> out;
  auto digit = [&](std::size_t k) { return k < heading.size() && heading[k] >= '0' && heading[k] <= '9'; };
  auto alnum = [&](std::size_t k) {
    char c = heading[k];
    return digit(k) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  };
  for (std::size_t p = 0; p < heading.size(); ++p) {
    if (!digit(p) || (p > 0 && alnum(p - 1))) continue;
    std::size_t e = p;
    while (digit(e)) ++e;
    while (e < heading.size() && heading[e] == ' ') ++e;
    if (e < heading.size() && (heading[e] == '/' || heading[e] == '-'))
      ++e;
    else if (heading.substr(e, 3) == "\xe2\x80\x93") // en dash
      e += 3;
    else
      continue;
    while (e < heading.size() && heading[e] == ' ') ++e;
    while (digit(e)) ++e;
    if (auto key = parse_financial_year(heading.substr(p, e - p))) {
      out.push_back(year_start(*key));
      p = e - 1;
    }
  }
  return out;
}

// The columns a total's heading names by a range of financial years
// ("Total 2017/18 - 2019/20"): one column headed by each year of the range,
// none of them a total. Empty where the heading names no range or the
// columns do not give each of its years once.
std::vector<std::size_t> columns_of_years(const Region &g, std::size_t t, const std::vector<bool> &is_total) {
  std::vector<int> range = years_named(g.col_names[t]);
  if (range.size() < 2) return {};
  auto [lo, hi] = std::minmax_element(range.begin(), range.end());
  if (*lo == *hi) return {};
  std::vector<std::size_t> cols;
  std::vector<bool> seen(std::size_t(*hi - *lo + 1));
  for (std::size_t j = 0; j < g.cols.size(); ++j) {
    if (j == t || is_total[j]) continue;
    std::vector<int> ys = years_named(g.col_names[j]);
    if (ys.size() != 1 || ys[0] < *lo || ys[0] > *hi) continue;
    if (seen[std::size_t(ys[0] - *lo)]) return {};
    seen[std::size_t(ys[0] - *lo)] = true;
    cols.push_back(j);
  }
  if (std::find(seen.begin(), seen.end(), false) != seen.end()) return {};
  return cols;
}

std::string plural(std::size_t n, const char *one, const char *many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}
} // namespace

namespace {
struct Score {
  std::size_t hits = 0;        // rows the reading explains exactly (total not zero)
  std::size_t non_trivial = 0; // of those, rows adding two or more figures that are not zero
  std::size_t near = 0;        // rows within the rounding of the figures
  std::size_t off = 0;         // rows the reading does not explain
  std::size_t telling = 0;     // rows with a figure in the total or its parts
  // Of the rows off, those whose figure is the column's own total (the line
  // rows above it add up to it): where one of those rows is off against its
  // parts, so is it, by as much, so it says no more against the reading than
  // that row does.
  std::size_t repeats = 0;
};

// Whether the best reading's score makes it the column's structure. With
// several "last k columns" tried, a column with no total word that two rows
// of a tiny grid happen to fit is chance: such a reading of an unnamed column
// must hold on three rows at least.
bool believe(const Score &b, bool named, bool nearest) {
  return named     ? b.hits >= 2 && (b.off <= 1 || b.hits * 4 >= b.telling * 3)
         : nearest ? b.non_trivial >= 3 && b.off <= 1 && b.off < b.hits
                   : b.non_trivial >= 2 && b.off <= 1 && b.off < b.hits;
}
} // namespace

namespace {
// The sum of reading r's figures in row i, and how many it adds.
std::pair<Money, std::size_t> row_sum(const Region &g, std::size_t i, const ColReading &r) {
  Money sum;
  std::size_t parts = 0;
  for (std::size_t j : r.cols)
    if (auto &a = g.cells[i][j]) {
      sum += a->value;
      ++parts;
    }
  return {sum, parts};
}

// Each row's figure in total column t against a second breakdown of it,
// as a total of its own (the same cell, another reading). In a row where
// the column's own structure (`own`) agrees, the second breakdown falling
// short is no error: it may leave out a category ("age not known",
// "other"), and the total agrees with the table's own structure. It can
// never hold more than the whole, so only a row where it adds up to more
// is checked against it; the rows where it falls short are said unchecked.
void check_breakdown(const Region &g, const SheetView &v, std::size_t t, const ColReading &own, const ColReading &r,
                     bool noise, const std::string &heading, Inferred &out) {
  std::int64_t step = g.col_step[t];
  for (std::size_t j : r.cols) step = std::min(step, g.col_step[j]);
  for (std::size_t i = 0; i < g.rows.size(); ++i) {
    auto &st = g.cells[i][t];
    if (!st || st->nil || g.statistic[i]) continue;
    const auto [own_sum, own_parts] = row_sum(g, i, own);
    const auto [sum, parts] = row_sum(g, i, r);
    if (parts && own_parts && same_at_precision(st->value, own_sum, noise, own_parts) && sum.abs() < st->value.abs() &&
        (st->value - sum).abs() > rounding_bound(st->value, Money::from_pence(step), parts)) {
      UncheckedBlock u;
      u.sheet = v.sheet().name;
      u.first = CellRef{g.rows[i], g.cols[r.cols.front()]};
      u.last = CellRef{g.rows[i], g.cols[r.cols.back()]};
      u.figures = parts;
      u.why = concat(heading, " agrees with its own breakdown in this row, and ", r.name,
                     " add up to less: a category may be left out of them, so the row was not checked against them");
      out.doubtful.push_back(std::move(u));
      continue;
    }
    StatedTotal s;
    s.total_column = true;
    s.cell = CellRef{g.rows[i], g.cols[t]};
    s.stated = st->value;
    s.step = Money::from_pence(step);
    s.noise = noise;
    std::string who = g.names[i].empty() ? "Row " + std::to_string(g.rows[i] + 1) : quoted(g.names[i]);
    s.what = concat(who, ": ", heading);
    Reading rd;
    rd.name = r.name;
    for (std::size_t j : r.cols) {
      if (auto &a = g.cells[i][j]) {
        rd.sum += a->value;
        rd.parts.push_back(CellRef{g.rows[i], g.cols[j]});
        rd.values.push_back(a->value);
      } else if (g.withheld.contains({i, j})) {
        rd.not_given.push_back(CellRef{g.rows[i], g.cols[j]});
      }
    }
    if (rd.parts.empty()) continue;
    out.explained += same_at_precision(s.stated, rd.sum, noise, rd.parts.size());
    s.readings.push_back(std::move(rd));
    out.totals.push_back(std::move(s));
  }
}
} // namespace

void infer_total_columns(const Region &g, const SheetView &v, Inferred &out) {
  const std::size_t n = g.cols.size();
  // Total columns so far: by their words, and those found by their figures
  // (a chained total after an unnamed one reads it as a total).
  std::vector<bool> is_total(n);
  for (std::size_t j = 0; j < n; ++j) is_total[j] = g.col_total[j] != TotalWord::None;
  bool noise = false;
  for (std::size_t j = 0; j < n; ++j) noise = noise || g.col_noise[j];
  const std::vector<PeriodLine> kinds = period_lines(g);
  for (std::size_t t = 0; t < n; ++t) {
    const bool named = g.col_total[t] != TotalWord::None;
    std::optional<std::size_t> prev, next;
    for (std::size_t j = 0; j < t; ++j)
      if (is_total[j]) prev = j;
    for (std::size_t j = n; j-- > t + 1;)
      if (is_total[j]) next = j;
    std::vector<ColReading> readings;
    // An unnamed column is read only as the sum of two columns or more.
    const std::size_t least = named ? 1 : 2;
    auto add = [&](std::string name, std::vector<std::size_t> cols, bool nearest = false) {
      if (cols.size() < least) return;
      for (auto &r : readings)
        if (r.cols == cols) return;
      readings.push_back({std::move(name), std::move(cols), nearest});
    };
    // The columns its heading names by their years, wherever they are.
    if (named) {
      std::vector<std::size_t> years = columns_of_years(g, t, is_total);
      if (years.size() >= 2)
        add("the " + plural(years.size(), "column", "columns") + " " + quoted(g.col_names[years.front()]) + " to " +
                quoted(g.col_names[years.back()]),
            years);
      // A total of one year beside another's ("Total number 2023/24" after
      // 'Compulsory redundancies 2023/24', 'Compulsory redundancies
      // 2024/25', 'Other departures 2023/24' ...): the columns before it
      // headed by its year alone, none of them a total.
      if (std::vector<int> own = years_named(g.col_names[t]); own.size() == 1) {
        std::vector<std::size_t> same;
        for (std::size_t j = 0; j < t; ++j)
          if (!is_total[j] && years_named(g.col_names[j]) == own) same.push_back(j);
        if (same.size() >= 2) {
          std::string name;
          for (std::size_t k = 0; k < same.size(); ++k)
            name += (k == 0 ? "" : k + 1 == same.size() ? " and " : ", ") + quoted(g.col_names[same[k]]);
          add(std::move(name), same);
        }
      }
    }
    std::vector<std::size_t> since;
    for (std::size_t j = prev ? *prev + 1 : 0; j < t; ++j) since.push_back(j);
    if (prev) {
      std::vector<std::size_t> chain{*prev};
      chain.insert(chain.end(), since.begin(), since.end());
      std::string named_prev =
          g.col_names[*prev].empty() ? "the total in column " + column_name(g.cols[*prev]) : quoted(g.col_names[*prev]);
      add(named_prev + " and the " + plural(since.size(), "column", "columns") + " after it", chain);
    }
    add("the " + plural(since.size(), "column", "columns") + " before it", since);
    if (named) {
      if (auto start = g.banner_start(g.cols[t], v)) {
        std::vector<std::size_t> group;
        for (std::size_t j = 0; j < t; ++j)
          if (g.cols[j] >= *start) group.push_back(j);
        add("the " + plural(group.size(), "column", "columns") + " under " + quoted(g.banner_text(g.cols[t], v)),
            group);
      }
    }
    std::vector<std::size_t> all, totals;
    for (std::size_t j = 0; j < t; ++j) (is_total[j] ? totals : all).push_back(j);
    add("all " + plural(all.size(), "column", "columns") + " before it", all);
    if (named && totals.size() >= 2)
      add("the " + plural(totals.size(), "total column", "total columns") + " before it", totals);
    // The last columns before it, nearest first: a Net Budget column adding
    // Employees ... Income with last year's net budget further left.
    for (std::size_t k = 2; k < since.size() && k <= kNearestReach; ++k)
      add("the last " + plural(k, "column", "columns") + " before it",
          std::vector<std::size_t>(since.end() - std::ptrdiff_t(k), since.end()), true);
    // A total left of the figures it adds: named, or the table's first column.
    bool left_of_figures = false;
    if ((named || t == 0) && !prev) {
      std::vector<std::size_t> after;
      for (std::size_t j = t + 1; j < (next ? *next : n); ++j) after.push_back(j);
      left_of_figures = !after.empty();
      add("the " + plural(after.size(), "column", "columns") + " after it", after);
      // A named total may head two breakdowns of itself (spending as actual
      // and notional, then by category) and columns that are neither: each
      // run of the columns after it is a reading, and two that add up apart
      // are both its structure (below).
      if (named && after.size() <= kRunsReach)
        for (std::size_t a = 0; a + 1 < after.size(); ++a)
          for (std::size_t e = a + 2; e <= after.size(); ++e) {
            if (e - a == after.size()) continue;
            std::string cols = concat("the ", std::to_string(e - a), " columns ", quoted(g.col_names[after[a]]), " to ",
                                      quoted(g.col_names[after[e - 1]]), " after it");
            if (g.col_names[after[a]].empty() || g.col_names[after[e - 1]].empty())
              cols = concat("the ", std::to_string(e - a), " columns ", column_name(g.cols[after[a]]), " to ",
                            column_name(g.cols[after[e - 1]]), " after it");
            std::size_t before = readings.size();
            add(std::move(cols),
                std::vector<std::size_t>(after.begin() + std::ptrdiff_t(a), after.begin() + std::ptrdiff_t(e)));
            if (readings.size() > before) readings.back().run = true;
          }
    }
    if (readings.empty()) continue;
    for (auto &r : readings) r.periods = all_periods(g, r.cols);

    // Score each reading by the rows it explains. A row where the reading
    // has no figure (the total column's own total, below the table) says
    // nothing of it; nor does a row of zeros (0 = 0 + 0).
    std::vector<Score> score(readings.size());
    std::size_t stated_rows = 0;
    std::int64_t step = g.col_step[t];
    std::size_t foot = 0; // the column's last row with a figure
    for (std::size_t i = 0; i < g.rows.size(); ++i)
      if (g.cells[i][t] && !g.cells[i][t]->nil && !g.statistic[i]) foot = i;
    // Rows whose figure in the column is the column's own total: the line
    // rows above it in its column add up to it, in a row named as a total or
    // at the column's foot (a grand total under the Total column).
    std::vector<bool> sums_column(g.rows.size());
    Money above;
    std::size_t above_parts = 0;
    for (std::size_t i = 0; i < g.rows.size(); ++i) {
      auto &st = g.cells[i][t];
      if (!st || st->nil || g.statistic[i]) continue;
      const bool total_row = g.row_total[i] != TotalWord::None;
      sums_column[i] = (total_row || i == foot) && above_parts >= 2 && !st->value.is_zero() &&
                       same_at_precision(st->value, above, noise, above_parts);
      if (!total_row) {
        above += st->value;
        ++above_parts;
      }
    }
    for (std::size_t i = 0; i < g.rows.size(); ++i) {
      auto &st = g.cells[i][t];
      if (!st || st->nil || g.statistic[i]) continue;
      ++stated_rows;
      for (std::size_t k = 0; k < readings.size(); ++k) {
        Money s;
        std::size_t parts = 0, non_zero = 0;
        std::int64_t q = step;
        bool gap = false; // a figure the row does not give ("..", "[c]")
        for (std::size_t j : readings[k].cols) {
          if (auto &a = g.cells[i][j]) {
            s += a->value;
            ++parts;
            non_zero += !a->value.is_zero();
            q = std::min(q, g.col_step[j]);
          } else {
            gap = gap || g.withheld.contains({i, j});
          }
        }
        if (!parts || (st->value.is_zero() && s.is_zero())) continue;
        // A row that does not add up past a gap tells nothing of the reading.
        if (gap && !same_at_precision(st->value, s, noise, parts)) continue;
        // Nor does a balance, count or percentage along periods that is no
        // sum of them: its figure is read by its kind, below.
        if (kinds[i] != PeriodLine::Flow && readings[k].periods && !same_at_precision(st->value, s, noise, parts))
          continue;
        Score &sc = score[k];
        ++sc.telling;
        if (!st->value.is_zero() && same_at_precision(st->value, s, noise, parts)) {
          ++sc.hits;
          sc.non_trivial += non_zero >= 2;
        } else if ((st->value - s).abs() <= rounding_bound(st->value, Money::from_pence(q), parts)) {
          ++sc.near;
        } else {
          ++sc.off;
          sc.repeats += sums_column[i];
        }
      }
    }
    if (stated_rows == 0) continue;
    // Of runs that explain as many rows, the one of fewest columns: the
    // others only add columns of nil or zero beside it.
    auto better = [&](std::size_t k, std::size_t than) {
      return score[k].hits > score[than].hits ||
             (score[k].hits == score[than].hits && readings[k].run && readings[than].run &&
              readings[k].cols.size() < readings[than].cols.size());
    };
    std::size_t best = 0;
    for (std::size_t k = 1; k < readings.size(); ++k)
      if (better(k, best)) best = k;
    const Score &b = score[best];
    // The rows that repeat the column's own total are not held against a
    // reading of a column named as a total that adds two figures or more in
    // two rows: one that equals a single other column in a few rows may be
    // chance, and a column no word names is a total on stronger evidence.
    Score without_repeats = b;
    without_repeats.off -= b.repeats;
    without_repeats.telling -= b.repeats;
    bool believed = believe(b, named, readings[best].nearest) ||
                    (named && b.non_trivial >= 2 && believe(without_repeats, named, readings[best].nearest));
    // A reading of one column is no sum but the same figure twice: an
    // "Original Total", "Revised Total", "Outturn Total" table where most
    // lines were not revised is as like it as a total of one column is. The
    // rows where the figures differ are not errors by it.
    const bool same_as_one = readings[best].cols.size() == 1 && b.hits >= 2;
    // A column no word names, off in two rows where it adds up in three in
    // four others at least (eight or more, three over two figures not
    // zero): a total with two figures wrong, or a column that adds up by
    // chance. Its totals are kept aside (Inferred::tentative_columns) for
    // the total rows to confirm, each of its two rows corrected in one
    // figure making a subtotal agree; never checked on its figures alone.
    const bool tentative = !believed && !same_as_one && !named && b.off == 2 && b.near == 0 && b.non_trivial >= 3 &&
                           b.hits >= 8 && b.hits * 4 >= b.telling * 3;
    std::uint32_t col = g.cols[t];
    if ((!believed || same_as_one) && !tentative) {
      if (!named) {
        // No word names it a total, and its figures do not make it one. But
        // where it adds up the columns before it in most of its rows, many
        // with two figures or more, a reader takes it for a total column:
        // said unchecked, so the table is never claimed checked where the
        // rows that disagree are the ones that matter (one line typed over).
        // Not where its cells are formulas: those are checked against their
        // own inputs, and a typed one against the formula of its run.
        bool formulas = std::any_of(g.rows.begin(), g.rows.end(), [&](std::uint32_t r) {
          const Cell *c = v.at(r, col);
          return c && c->formula;
        });
        if (!formulas && !same_as_one && readings[best].cols.size() >= 2 && b.off >= 1 && b.hits >= 4 &&
            b.non_trivial >= 3 && b.hits >= 2 * b.off && b.near == 0) {
          UncheckedBlock u;
          u.sheet = v.sheet().name;
          u.first = CellRef{g.rows.front(), col};
          u.last = CellRef{g.rows.back(), col};
          u.figures = stated_rows;
          std::string name = g.col_names[t].empty() ? "column " + column_name(col) : quoted(g.col_names[t]);
          u.why = concat(name, " adds up the columns ", !left_of_figures ? "before it" : "after it", " in ",
                         std::to_string(b.hits), " of its ", std::to_string(stated_rows), " rows but not in ",
                         std::to_string(b.off), ", and no word names it a total, so it was not checked as one");
          u.totals_unchecked = true;
          out.doubtful.push_back(std::move(u));
        }
        continue;
      }
      UncheckedBlock u;
      u.sheet = v.sheet().name;
      u.first = CellRef{g.rows.front(), col};
      u.last = CellRef{g.rows.back(), col};
      u.figures = stated_rows;
      std::size_t one = same_as_one ? readings[best].cols.front() : 0;
      std::string other = g.col_names[one].empty() ? "column " + column_name(g.cols[one]) : quoted(g.col_names[one]);
      u.why = same_as_one
                  ? concat("the total column ", quoted(g.col_names[t]), " is the same figure as ", other, " in ",
                           std::to_string(b.hits), " of its ", std::to_string(stated_rows),
                           " rows and adds up no columns, so its structure is not known")
                  : concat("the total column ", quoted(g.col_names[t]), " agrees with no reading of the columns ",
                           !left_of_figures ? "before it"
                           : t == 0         ? "after it"
                                            : "before or after it",
                           ", so its structure is not known");
      u.totals_unchecked = true;
      out.doubtful.push_back(std::move(u));
      continue;
    }
    if (!tentative) is_total[t] = true;
    // A second breakdown of a total left of its figures: a run of the
    // columns after it apart from the structure's own, that adds up to it
    // on the same evidence (actual and notional spending, beside the same
    // spending by category), in one row at least with two figures not zero
    // (not one column equal to the total beside columns of nil). Its rows
    // are checked against it as well, and against it alone: the one
    // breakdown does not excuse the other.
    std::optional<std::size_t> second;
    if (readings[best].run && !tentative)
      for (std::size_t k = 0; k < readings.size(); ++k) {
        const Score &sk = score[k];
        if (k == best || !readings[k].run || sk.non_trivial < 1 || !believe(sk, named, false)) continue;
        bool apart = std::none_of(readings[k].cols.begin(), readings[k].cols.end(), [&](std::size_t j) {
          return std::find(readings[best].cols.begin(), readings[best].cols.end(), j) != readings[best].cols.end();
        });
        if (apart && (!second || better(k, *second))) second = k;
      }
    std::optional<ColReading> breakdown;
    if (second) breakdown = readings[*second];
    std::swap(readings[0], readings[best]);
    const std::vector<std::size_t> alone = rows_explained_alone(g, t, readings, noise);
    for (auto j : readings[0].cols) step = std::min(step, g.col_step[j]);
    std::string heading = g.col_names[t].empty() ? "the total in column " + column_name(col) : quoted(g.col_names[t]);
    for (std::size_t i = 0; i < g.rows.size(); ++i) {
      auto &st = g.cells[i][t];
      if (!st || st->nil || g.statistic[i]) continue;
      StatedTotal s;
      s.total_column = true;
      s.cell = CellRef{g.rows[i], col};
      s.stated = st->value;
      s.step = Money::from_pence(step);
      s.noise = noise;
      std::string who = g.names[i].empty() ? "Row " + std::to_string(g.rows[i] + 1) : quoted(g.names[i]);
      s.what = concat(who, ": ", heading);
      for (auto &r : readings) {
        Reading rd;
        rd.name = r.name;
        const bool own = &r == &readings.front();
        for (std::size_t j : r.cols) {
          if (auto &a = g.cells[i][j]) {
            rd.sum += a->value;
            rd.parts.push_back(CellRef{g.rows[i], g.cols[j]});
            if (own) rd.values.push_back(a->value);
          } else if (g.withheld.contains({i, j})) {
            rd.not_given.push_back(CellRef{g.rows[i], g.cols[j]});
          }
        }
        s.readings.push_back(std::move(rd));
      }
      // A balance, count or percentage along periods: its figure is its
      // kind's reading (an opening balance the first period's), or not known.
      if (kinds[i] != PeriodLine::Flow && readings[0].periods &&
          !same_at_precision(s.stated, s.readings[0].sum, noise, s.readings[0].parts.size())) {
        PeriodLineReading by_kind =
            read_period_line(g, i, t, readings[0].cols, kinds[i], Money::from_pence(step), noise, who, heading);
        if (by_kind.agrees) {
          s.readings.insert(s.readings.begin(), std::move(*by_kind.agrees));
        } else if (!by_kind.why_unchecked.empty()) {
          UncheckedBlock u;
          u.sheet = v.sheet().name;
          u.first = u.last = s.cell;
          u.figures = 1;
          u.why = std::move(by_kind.why_unchecked);
          u.totals_unchecked = true;
          out.doubtful.push_back(std::move(u));
          continue;
        }
      }
      // At the foot of the column the cell may be the column's own total
      // (an Excel table's totals row, whose other cells may average or
      // count rather than add): the rows above it in its column are a
      // reading too. Only there, and only when the row's own reading fails:
      // asked of every row, it would cost the square of a long register's rows.
      if (i == foot && i >= 2 && !same_at_precision(s.stated, s.readings[0].sum, noise, s.readings[0].parts.size())) {
        Reading up;
        up.name = "the rows above it in its column";
        for (std::size_t k = 0; k < i; ++k) {
          if (g.row_total[k] != TotalWord::None || g.statistic[k]) continue;
          if (auto &a = g.cells[k][t]) {
            up.sum += a->value;
            up.parts.push_back(CellRef{g.rows[k], col});
          } else if (g.withheld.contains({k, t})) {
            up.not_given.push_back(CellRef{g.rows[k], col});
          }
        }
        if (up.parts.size() >= 2) s.readings.push_back(std::move(up));
      }
      // The structure's reading has no figure in this row: nothing to check,
      // but for a row of one figure at the column's foot with no name, under
      // a column named as a total: the column's own total (a grand total
      // under the Total column of a table with no Total row).
      if (s.readings[0].parts.empty()) {
        bool column_foot =
            named && i == foot && g.labels[i].empty() && s.readings.size() > 1 &&
            std::count_if(g.cells[i].begin(), g.cells[i].end(), [](auto &a) { return a && !a->nil; }) == 1;
        if (!column_foot) continue;
        s.readings.erase(s.readings.begin(), s.readings.end() - 1);
        s.total_column = false;
      }
      if (same_at_precision(s.stated, s.readings[0].sum, noise, s.readings[0].parts.size())) {
        out.explained += !tentative;
      } else if (s.total_column) {
        // Where the column's own reading fails, another reading excuses the
        // row only if the table bears it out on other rows too. One that
        // explains this row alone does so because it leaves out the very
        // figure that is off (a figure typed in after the total was worked
        // out): that is the error, not a reading of the table.
        for (std::size_t k = readings.size(); k-- > 1;)
          if (alone[k] < kAloneToBelieve) s.readings.erase(s.readings.begin() + std::ptrdiff_t(k));
      }
      (tentative ? out.tentative_columns : out.totals).push_back(std::move(s));
    }
    if (breakdown) check_breakdown(g, v, t, readings[0], *breakdown, noise, heading, out);
  }
}

} // namespace fundbook::structure
