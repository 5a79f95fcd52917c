// Running figures of a table read by its structure: each worked out from the
// one before it, not from the rows above. A Cumulative row under a Total row
// by year (each year: the cumulative figure of the year before + this year's
// Total), its transpose down a column beside an in-year column, a ledger's
// running balance (each line: the balance above + receipts - payments), and
// a statement by year whose opening balance is the closing balance of the
// year before.
//
// The order is the evidence: a running figure is read only where its words
// name it and the periods it runs over are headed in order, one after the
// other (2024/25, 2025/26, ...), or, for a ledger, its lines are dated. It
// is believed only where its arithmetic holds in most places, so that one
// figure off is an error at its cell; else it is said unchecked, with why.
// Each figure's reading from the start (the sum of every year up to it) is
// kept beside the step from the figure before: a slip is then reported at
// its own cell, not again at the next, whose step starts from it.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>
#include <iterator>
#include <optional>

#include "core/concat.hpp"
#include "import/layout/structure/infer.hpp"
#include "import/layout/structure/total_words.hpp"

namespace fundbook::structure {

namespace {
bool digit(char c) { return c >= '0' && c <= '9'; }

constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};

// The runs of digits in a heading, each with where it starts.
std::vector<std::pair<std::size_t, std::string_view>> digit_runs(std::string_view h) {
  std::vector<std::pair<std::size_t, std::string_view>> out;
  for (std::size_t k = 0; k < h.size();) {
    if (!digit(h[k])) {
      ++k;
      continue;
    }
    std::size_t e = k;
    while (e < h.size() && digit(h[e])) ++e;
    out.push_back({k, h.substr(k, e - k)});
    k = e;
  }
  return out;
}

// Where a heading that names a period falls in time: a number that rises by
// one from each period to the next of its kind (a year: 2024/25, FY24; a
// month of a year: Apr-25, March 2023; a quarter of a year: Q1 2024/25; a
// numbered year or period: Year 1, Period 12). A month or quarter whose year
// is not given (Apr, May, ... Mar; Q1 ... Q4) is placed within its year
// (`cycle` 12 or 4): the next after March is April, across a year's end, and
// after December, January. `starts_year`: the first month of a financial or
// calendar year (April, January) or a first quarter, where a running total
// to date may start again; `mid_year`: any other month or quarter, where a
// running total to date may carry the months before it.
struct PeriodPlace {
  std::int64_t order = 0;
  int cycle = 0; // 12 (a month) or 4 (a quarter) where the year is not given, else 0
  bool starts_year = false;
  bool mid_year = false;
  const char *unit = "year"; // what one step is, in messages: "month", "quarter", "year"
};

std::optional<PeriodPlace> period_order(std::string_view heading) {
  if (!names_period(heading)) return std::nullopt;
  std::string h;
  for (char c : heading) h += char(std::tolower(static_cast<unsigned char>(c)));
  auto runs = digit_runs(h);
  std::optional<std::int64_t> year;
  for (auto [at, run] : runs)
    if (run.size() == 4 && (run.starts_with("19") || run.starts_with("20"))) {
      year = std::stoll(std::string(run));
      break;
    }
  if (!year)
    if (std::size_t fy = h.find("fy"); fy != std::string::npos) {
      std::size_t d = fy + 2;
      while (d < h.size() && h[d] == ' ') ++d;
      if (d + 1 < h.size() && digit(h[d]) && digit(h[d + 1]) && (d + 2 == h.size() || !digit(h[d + 2])))
        year = 2000 + (h[d] - '0') * 10 + (h[d + 1] - '0');
    }
  std::optional<int> month;
  for (int m = 0; m < 12 && !month; ++m)
    for (std::size_t p = h.find(kMonths[m]); p != std::string::npos && !month; p = h.find(kMonths[m], p + 1))
      if (p == 0 || !std::isalpha(static_cast<unsigned char>(h[p - 1]))) month = m;
  if (month) {
    const bool starts = *month == 3 || *month == 0; // April, January
    // A month's year may be written short: "Apr-25".
    if (!year)
      for (auto [at, run] : runs)
        if (run.size() == 2) year = 2000 + std::stoll(std::string(run));
    // A month alone ("Apr", "September"): no figure in the heading at all.
    if (!year)
      return runs.empty() ? std::optional<PeriodPlace>(PeriodPlace{*month, 12, starts, !starts, "month"})
                          : std::nullopt;
    return PeriodPlace{*year * 12 + *month, 0, starts, !starts, "month"};
  }
  std::optional<int> quarter;
  for (std::size_t p = h.find('q'); p != std::string::npos && !quarter; p = h.find('q', p + 1))
    if (p + 1 < h.size() && h[p + 1] >= '1' && h[p + 1] <= '4' && (p + 2 == h.size() || !digit(h[p + 2])))
      quarter = h[p + 1] - '1';
  if (quarter) {
    // A quarter alone ("Q3"): its one figure is the quarter's.
    if (!year)
      return runs.size() == 1
                 ? std::optional<PeriodPlace>(PeriodPlace{*quarter, 4, *quarter == 0, *quarter != 0, "quarter"})
                 : std::nullopt;
    return PeriodPlace{*year * 4 + *quarter, 0, *quarter == 0, *quarter != 0, "quarter"};
  }
  if (year) return PeriodPlace{*year};
  // "Year 1", "Period 12": the number is the order.
  if (runs.size() == 1 && runs.front().second.size() <= 2)
    return PeriodPlace{std::stoll(std::string(runs.front().second))};
  return std::nullopt;
}

// The indexes (of columns, or of rows) whose headings name periods, where
// they run in order, each the one after the one before (March then April
// where the year is not given); empty where fewer than two do, or where they
// do not so run.
std::vector<std::size_t> periods_in_order(const std::vector<std::string> &headings) {
  std::vector<std::size_t> at;
  std::optional<PeriodPlace> last;
  for (std::size_t k = 0; k < headings.size(); ++k) {
    auto o = period_order(headings[k]);
    if (!o) continue;
    if (last) {
      if (o->cycle != last->cycle) return {};
      const std::int64_t next = o->cycle ? (last->order + 1) % o->cycle : last->order + 1;
      if (o->order != next) return {};
    }
    last = o;
    at.push_back(k);
  }
  if (at.size() < 2) return {};
  return at;
}

// Whether a period heading names the first period of a year, or a month or
// quarter within one (see PeriodPlace).
bool starts_year(std::string_view heading) {
  auto o = period_order(heading);
  return o && o->starts_year;
}
bool mid_year(std::string_view heading) {
  auto o = period_order(heading);
  return o && o->mid_year;
}
// ", the month before," of a month, and so on.
std::string the_one_before(std::string_view heading) {
  auto o = period_order(heading);
  return concat(", the ", o ? o->unit : "year", " before,");
}

// How a running figure's readings fared: exact where the step from the one
// before or the sum from the start gives it, near within the rounding of the
// figures added, off otherwise.
struct Fit {
  std::size_t hits = 0, near = 0, off = 0;
  void add(const Relation &r) {
    auto same = [&](Money m) { return same_at_precision(r.stated, m, r.noise, r.terms.size()); };
    if (same(r.value) || std::any_of(r.others.begin(), r.others.end(), same))
      ++hits;
    else if ((r.stated - r.value).abs() <= rounding_bound(r.stated, r.step, r.spread))
      ++near;
    else
      ++off;
  }
  // Most places bear the reading out: one figure at most is off, and more
  // agree than not, one of them exactly.
  bool believed() const { return hits >= 1 && hits + near >= 2 && off <= 1 && off < hits + near; }
};

// A running figure `run` over a base `base`, each given by index along the
// periods (`at(k)`: the figure of the k-th period, or none), in the words
// the messages name them by. Returns its relations, one a figure. A total
// to date may start again with a year (`starts_year(k)`: April, January, a
// first quarter): there the period's own figure is a reading too, and the
// sum from the start is counted from it. One whose first period falls
// within a year (`carried_in`: October to March of a half-year report) may
// carry the months before it: its first figure is no reading's.
struct Run {
  std::function<const std::optional<Amount> &(std::size_t)> run, base;
  std::function<CellRef(std::size_t)> run_cell, base_cell;
  std::function<std::string(std::size_t)> period; // "'2026/27'"
  std::function<bool(std::size_t)> starts_year;
  std::function<std::int64_t(std::size_t)> step;
  std::string run_name, base_name;
  std::size_t periods = 0;
  bool noise = false;
  bool carried_in = false;
};

std::vector<Relation> running_sums(const Run &x) {
  std::vector<Relation> out;
  Money from_start;
  bool whole = true; // every base figure up to here given
  for (std::size_t k = 0; k < x.periods; ++k) {
    const auto &b = x.base(k);
    if (b && !b->nil)
      from_start += b->value;
    else
      whole = false;
    const auto &c = x.run(k);
    if (!c || c->nil) continue;
    if (!k && x.carried_in && (!b || b->nil || !same_at_precision(c->value, b->value, x.noise, 1))) {
      from_start = c->value; // what it carries in is not in the table: the sum runs on from its first figure
      continue;
    }
    Relation r;
    r.cell = x.run_cell(k);
    r.stated = c->value;
    r.what = concat(x.run_name, " for ", x.period(k));
    r.cumulative = true;
    r.verb = "is";
    if (k && b && !b->nil && x.starts_year && x.starts_year(k)) {
      r.others.push_back(b->value);
      if (same_at_precision(c->value, b->value, x.noise, 1)) {
        from_start = b->value; // started again: the sum from here
        whole = true;
      }
    }
    const auto &prev = k ? x.run(k - 1) : c;
    if (k && (!prev || prev->nil)) {
      if (!whole) continue;
      r.reading = concat("the running total (", x.base_name, " from the first year to ", x.period(k), ")");
      r.value = from_start;
      for (std::size_t j = 0; j <= k; ++j)
        if (x.base(j)) r.terms.push_back({x.base_cell(j), +1});
    } else {
      if (!b || b->nil) continue;
      r.reading = k ? concat("the running total (", x.run_name, " for ", x.period(k - 1), " + ", x.base_name, " for ",
                             x.period(k), ")")
                    : concat("the running total (", x.base_name, " for ", x.period(k), ", the first year)");
      if (k) r.terms.push_back({x.run_cell(k - 1), +1});
      r.terms.push_back({x.base_cell(k), +1});
      r.value = (k ? prev->value : Money()) + b->value;
      if (k && whole) r.others.push_back(from_start);
    }
    r.step = Money::from_pence(std::max(x.step(k), k ? x.step(k - 1) : 0));
    r.spread = r.terms.size();
    r.noise = x.noise;
    out.push_back(std::move(r));
  }
  return out;
}

bool believed_run(const std::vector<Relation> &rs) {
  Fit f;
  for (const Relation &r : rs) f.add(r);
  return f.believed();
}

bool any_noise(const Region &g) { return std::find(g.col_noise.begin(), g.col_noise.end(), true) != g.col_noise.end(); }

std::string name_of_row(const Region &g, std::size_t i) {
  return g.names[i].empty() ? "row " + std::to_string(g.rows[i] + 1) : quoted(g.names[i]);
}
std::string name_of_col(const Region &g, std::size_t j) {
  return g.col_names[j].empty() ? "column " + column_name(g.cols[j]) : quoted(g.col_names[j]);
}

bool has_word_in(std::string_view s, std::string_view w) {
  for (std::size_t p = s.find(w); p != std::string_view::npos; p = s.find(w, p + 1)) {
    bool starts = p == 0 || !std::isalpha(static_cast<unsigned char>(s[p - 1]));
    bool ends = p + w.size() >= s.size() || !std::isalpha(static_cast<unsigned char>(s[p + w.size()]));
    if (starts && ends) return true;
  }
  return false;
}
// A heading of a year's own figure beside a running total of it: "In year",
// "Annual", "In-year saving".
bool names_in_year(std::string_view h) {
  return h.find("in year") != std::string_view::npos || h.find("in-year") != std::string_view::npos ||
         has_word_in(h, "annual") || has_word_in(h, "per year") || has_word_in(h, "for the year");
}
} // namespace

std::string read_running_row(const Region &g, std::size_t row, Inferred &out) {
  std::string fallback =
      concat(quoted(g.labels[row]), " is a running total along the row, not a sum of the rows above it, and the "
                                    "table's columns are not known to run in order, so it was not checked");
  std::vector<std::size_t> years = periods_in_order(g.col_names);
  if (years.empty()) return fallback;
  // What it runs over: the nearest row above named as a total, or the row
  // right above it.
  std::vector<std::size_t> bases;
  for (std::size_t i = row; i-- > 0;) {
    if (names_running_total(normalise_label(g.labels[i]))) continue;
    if (g.row_total[i] != TotalWord::None) {
      bases.push_back(i);
      break;
    }
  }
  if (row > 0 && !names_running_total(normalise_label(g.labels[row - 1])) &&
      std::find(bases.begin(), bases.end(), row - 1) == bases.end())
    bases.push_back(row - 1);
  std::optional<std::vector<Relation>> best;
  std::size_t best_hits = 0;
  for (std::size_t b : bases) {
    Run x;
    x.run = [&](std::size_t k) -> const std::optional<Amount> & { return g.cells[row][years[k]]; };
    x.base = [&, b](std::size_t k) -> const std::optional<Amount> & { return g.cells[b][years[k]]; };
    x.run_cell = [&](std::size_t k) { return CellRef{g.rows[row], g.cols[years[k]]}; };
    x.base_cell = [&, b](std::size_t k) { return CellRef{g.rows[b], g.cols[years[k]]}; };
    x.period = [&](std::size_t k) { return name_of_col(g, years[k]); };
    x.step = [&](std::size_t k) { return g.col_step[years[k]]; };
    x.starts_year = [&](std::size_t k) { return starts_year(g.col_names[years[k]]); };
    x.carried_in = mid_year(g.col_names[years.front()]);
    x.run_name = name_of_row(g, row);
    x.base_name = name_of_row(g, b);
    x.periods = years.size();
    x.noise = any_noise(g);
    std::vector<Relation> rs = running_sums(x);
    if (!believed_run(rs)) continue;
    Fit f;
    for (const Relation &r : rs) f.add(r);
    if (!best || f.hits > best_hits) {
      best = std::move(rs);
      best_hits = f.hits;
    }
  }
  if (!best) {
    if (bases.empty()) return fallback;
    // Each base tried, named as it was found: a Total row above, the row
    // right above it.
    std::string tried;
    for (std::size_t k = 0; k < bases.size(); ++k)
      tried += concat(k ? " nor of " : "", name_of_row(g, bases[k]),
                      g.row_total[bases[k]] != TotalWord::None ? " (a total above it)" : " (the row above it)");
    return concat(quoted(g.labels[row]),
                  " is a running total along the row, but its figures are not the running sum of ", tried,
                  " in enough of its years to know what it adds (it may run over the rows above it taken "
                  "together), so it was not checked");
  }
  for (Relation &r : *best) out.relations.push_back(std::move(r));
  return {};
}

std::vector<bool> running_total_columns(const Region &g, Inferred &out) {
  std::vector<bool> running(g.cols.size(), false);
  std::vector<std::size_t> years = periods_in_order(g.labels);
  if (years.empty()) return running;
  for (std::size_t x = 1; x < g.cols.size(); ++x) {
    const std::string h = normalise_label(g.col_names[x]);
    if (!names_running_total(h)) continue;
    // What it runs over: the nearest column left of it headed as a total or
    // a year's own figure, or the column right before it.
    std::vector<std::size_t> bases;
    for (std::size_t j = x; j-- > 0;) {
      const std::string hj = normalise_label(g.col_names[j]);
      if (names_running_total(hj)) continue;
      if (g.col_total[j] != TotalWord::None || names_in_year(hj)) {
        bases.push_back(j);
        break;
      }
    }
    if (!names_running_total(normalise_label(g.col_names[x - 1])) &&
        std::find(bases.begin(), bases.end(), x - 1) == bases.end())
      bases.push_back(x - 1);
    std::optional<std::vector<Relation>> best;
    std::size_t best_hits = 0;
    for (std::size_t b : bases) {
      Run r;
      r.run = [&](std::size_t k) -> const std::optional<Amount> & { return g.cells[years[k]][x]; };
      r.base = [&, b](std::size_t k) -> const std::optional<Amount> & { return g.cells[years[k]][b]; };
      r.run_cell = [&](std::size_t k) { return CellRef{g.rows[years[k]], g.cols[x]}; };
      r.base_cell = [&, b](std::size_t k) { return CellRef{g.rows[years[k]], g.cols[b]}; };
      r.period = [&](std::size_t k) { return name_of_row(g, years[k]); };
      r.step = [&, b](std::size_t) { return std::max(g.col_step[x], g.col_step[b]); };
      r.starts_year = [&](std::size_t k) { return starts_year(g.labels[years[k]]); };
      r.carried_in = mid_year(g.labels[years.front()]);
      r.run_name = name_of_col(g, x);
      r.base_name = name_of_col(g, b);
      r.periods = years.size();
      r.noise = any_noise(g);
      std::vector<Relation> rs = running_sums(r);
      if (!believed_run(rs)) continue;
      Fit f;
      for (const Relation &rel : rs) f.add(rel);
      if (!best || f.hits > best_hits) {
        best = std::move(rs);
        best_hits = f.hits;
      }
    }
    if (!best) continue; // left to the readings as before: nothing said of it here
    running[x] = true;
    for (Relation &r : *best) out.relations.push_back(std::move(r));
  }
  return running;
}

Region without_cols(const Region &g, const std::vector<bool> &drop) {
  Region out = g;
  for (std::size_t j = 0; j < g.cols.size(); ++j) {
    if (!drop[j]) continue;
    for (auto &row : out.cells) row[j].reset();
    out.col_total[j] = TotalWord::None;
  }
  std::erase_if(out.withheld, [&](const auto &c) { return drop[c.second]; });
  std::erase_if(out.not_figures, [&](const auto &c) { return drop[c.second]; });
  std::erase_if(out.sums_down, [&](const auto &c) { return drop[c.first.second]; });
  return out;
}

namespace {
// A heading of a ledger's balance column and nothing else: "Balance",
// "Running balance", "Closing balance", "Cash balance (£)".
bool names_ledger_balance(std::string_view h) {
  if (!has_word_in(h, "balance") || has_word_in(h, "opening") || has_word_in(h, "b/f") ||
      h.find("brought forward") != std::string_view::npos)
    return false;
  for (std::size_t k = 0; k < h.size();) {
    while (k < h.size() && !std::isalpha(static_cast<unsigned char>(h[k]))) ++k;
    std::size_t e = k;
    while (e < h.size() && std::isalpha(static_cast<unsigned char>(h[e]))) ++e;
    if (e == k) break;
    std::string_view w = h.substr(k, e - k);
    k = e;
    bool known = false;
    for (std::string_view ok :
         {"balance", "running", "closing", "cumulative", "cash", "bank", "account", "fund", "m", "k", "bn", "gbp"})
      known = known || w == ok;
    if (!known) return false;
  }
  return true;
}
// A movement column that takes money out: "Payments", "Expenditure", "Debit".
bool names_money_out(std::string_view h) {
  for (std::string_view w : {"payment", "payments", "paid", "expenditure", "spend", "spent", "out", "withdrawal",
                             "withdrawals", "debit", "debits", "dr", "outgoings", "costs"})
    if (has_word_in(h, w)) return true;
  return false;
}
// Text that is a date as a ledger writes one: "01/04/2025", "2025-04-01",
// "1.4.25", "01-Apr-25", "1 April 2025".
bool date_text(std::string_view t) {
  std::size_t digits = 0, seps = 0, letters = 0;
  for (char c : t) {
    if (digit(c))
      ++digits;
    else if (c == '/' || c == '-' || c == '.' || c == ' ')
      ++seps;
    else if (std::isalpha(static_cast<unsigned char>(c)))
      ++letters;
    else
      return false;
  }
  if (digits < 3 || digits > 8 || seps < 2 || t.size() > 20) return false;
  if (!letters) return true;
  std::string h;
  for (char c : t) h += char(std::tolower(static_cast<unsigned char>(c)));
  return std::any_of(std::begin(kMonths), std::end(kMonths),
                     [&](std::string_view m) { return h.find(m) != std::string::npos; });
}
// A line with a date in it, as a cell of that type or as text left of the figures.
bool dated_line(const Region &g, const SheetView &v, std::size_t i) {
  if (g.dated[i]) return true;
  auto [b, e] = v.row(g.rows[i]);
  for (const Cell *c = b; c != e && c->col < g.cols.front(); ++c)
    if (c->type == CellType::String && date_text(trim(v.text(*c)))) return true;
  return false;
}
} // namespace

void running_balances(const Region &g, const SheetView &v, Inferred &out) {
  const std::size_t m = g.rows.size();
  if (m < 4) return;
  // A ledger's lines are dated: its rows are in the order they happened.
  std::size_t dated = 0;
  for (std::size_t i = 0; i < m; ++i) dated += dated_line(g, v, i);
  for (std::size_t x = 1; x < g.cols.size(); ++x) {
    const std::string h = normalise_label(g.col_names[x]);
    if (!names_ledger_balance(h)) continue;
    if (dated * 2 < m && !has_word_in(h, "running")) continue;
    const bool taken = std::any_of(out.relations.begin(), out.relations.end(),
                                   [&](const Relation &r) { return r.cell.col == g.cols[x]; }) ||
                       std::any_of(out.totals.begin(), out.totals.end(), [&](const StatedTotal &st) {
                         return st.cell.col == g.cols[x] || (st.total_column && st.cell.col == g.cols[x]);
                       });
    if (taken) continue;
    // The movements: the figure columns between the balance before it (or
    // the table's start) and it, three at most.
    std::size_t from = 0;
    for (std::size_t j = x; j-- > 0;)
      if (has_word_in(normalise_label(g.col_names[j]), "balance")) {
        from = j + 1;
        break;
      }
    if (x - from < 1 || x - from > 3) continue;
    std::vector<std::vector<int>> signings;
    std::vector<int> by_words, plus;
    for (std::size_t j = from; j < x; ++j) {
      by_words.push_back(names_money_out(normalise_label(g.col_names[j])) ? -1 : +1);
      plus.push_back(+1);
    }
    signings.push_back(by_words);
    if (plus != by_words) signings.push_back(plus);
    if (x - from == 2) {
      for (const std::vector<int> &s : {std::vector<int>{+1, -1}, std::vector<int>{-1, +1}})
        if (std::find(signings.begin(), signings.end(), s) == signings.end()) signings.push_back(s);
    }
    // The lines: rows not named as totals, in order; a total's balance
    // cell is no step of the run.
    std::vector<std::size_t> lines;
    for (std::size_t i = 0; i < m; ++i)
      if (g.row_total[i] == TotalWord::None) lines.push_back(i);
    std::optional<std::vector<Relation>> best;
    std::size_t best_hits = 0;
    for (std::size_t s = 0; s < signings.size(); ++s) {
      const std::vector<int> &sign = signings[s];
      std::vector<Relation> rs;
      std::optional<Money> from_start; // the first balance and every movement since
      for (std::size_t n = 0; n < lines.size(); ++n) {
        const std::size_t i = lines[n];
        const auto &bal = g.cells[i][x];
        Money moved;
        std::vector<std::pair<CellRef, int>> moves;
        for (std::size_t j = from; j < x; ++j)
          if (const auto &a = g.cells[i][j]; a && !a->nil) {
            moved += sign[j - from] > 0 ? a->value : -a->value;
            moves.push_back({CellRef{g.rows[i], g.cols[j]}, sign[j - from]});
          }
        if (from_start) *from_start += moved;
        if (!bal || bal->nil) continue;
        const auto &prev = n ? g.cells[lines[n - 1]][x] : bal;
        if (!n || !prev || prev->nil) {
          from_start = bal->value;
          continue;
        }
        Relation r;
        r.cell = CellRef{g.rows[i], g.cols[x]};
        r.stated = bal->value;
        r.what = concat(name_of_row(g, i), ": ", name_of_col(g, x));
        r.reading = concat("the balance above it");
        for (std::size_t j = from; j < x; ++j)
          if (g.cells[i][j] && !g.cells[i][j]->nil)
            r.reading += concat(sign[j - from] > 0 ? " + " : " - ", name_of_col(g, j));
        r.terms.push_back({CellRef{g.rows[lines[n - 1]], g.cols[x]}, +1});
        r.terms.insert(r.terms.end(), moves.begin(), moves.end());
        r.value = prev->value + moved;
        if (from_start) r.others.push_back(*from_start);
        std::int64_t step = g.col_step[x];
        for (std::size_t j = from; j < x; ++j) step = std::max(step, g.col_step[j]);
        r.step = Money::from_pence(step);
        r.spread = r.terms.size();
        r.noise = any_noise(g);
        rs.push_back(std::move(r));
      }
      Fit f;
      for (const Relation &r : rs) f.add(r);
      if (f.hits < 3 || !f.believed()) continue;
      if (!best || f.hits > best_hits) {
        best = std::move(rs);
        best_hits = f.hits;
      }
    }
    if (!best) {
      std::size_t figures = 0;
      for (std::size_t i = 0; i < m; ++i) figures += g.cells[i][x] && !g.cells[i][x]->nil;
      if (!figures) continue;
      UncheckedBlock u;
      u.sheet = v.sheet().name;
      u.first = CellRef{g.rows.front(), g.cols[x]};
      u.last = CellRef{g.rows.back(), g.cols[x]};
      u.figures = figures;
      u.not_a_sum = true;
      u.why = concat("a running balance (", name_of_col(g, x),
                     "): not a sum, and the balance above plus the movements of its line does not give it on enough "
                     "of the table's lines to be known, so it was not checked");
      out.doubtful.push_back(std::move(u));
      continue;
    }
    for (Relation &r : *best) out.relations.push_back(std::move(r));
  }
}

void carried_balances(const Region &g, Inferred &out) {
  auto names_open = [](std::string_view h) {
    return has_word_in(h, "opening") || h.find("brought forward") != std::string_view::npos || has_word_in(h, "b/f") ||
           h.find("1 april") != std::string_view::npos;
  };
  auto names_close = [](std::string_view h) {
    return has_word_in(h, "closing") || h.find("carried forward") != std::string_view::npos || has_word_in(h, "c/f") ||
           h.find("31 march") != std::string_view::npos;
  };
  auto push_if_believed = [&](std::vector<Relation> rs) {
    Fit f;
    for (const Relation &r : rs) f.add(r);
    // Two links may be all a short statement has: one agreeing is
    // evidence enough only where none is off.
    if (f.hits >= 1 && f.off <= 1 && f.off < f.hits + f.near)
      for (Relation &r : rs) out.relations.push_back(std::move(r));
  };
  auto link = [&](CellRef open, const Amount &o, CellRef close, const Amount &c, std::string what, std::string reading,
                  std::int64_t step) {
    Relation r;
    r.cell = open;
    r.stated = o.value;
    r.what = std::move(what);
    r.reading = std::move(reading);
    r.terms.push_back({close, +1});
    r.value = c.value;
    r.step = Money::from_pence(step);
    r.spread = 1;
    r.noise = any_noise(g);
    r.verb = "gives";
    return r;
  };
  // By year across: an opening balance row above a closing balance row.
  if (std::vector<std::size_t> years = periods_in_order(g.col_names); !years.empty()) {
    for (std::size_t c = 1; c < g.rows.size(); ++c) {
      const std::string lc = normalise_label(g.labels[c]);
      if (!names_close(lc) || names_open(lc)) continue;
      std::optional<std::size_t> o;
      for (std::size_t i = c; i-- > 0 && !o;) {
        const std::string li = normalise_label(g.labels[i]);
        if (names_close(li)) break;
        if (names_open(li)) o = i;
      }
      if (!o) continue;
      std::vector<Relation> rs;
      for (std::size_t k = 1; k < years.size(); ++k) {
        const auto &open = g.cells[*o][years[k]];
        const auto &close = g.cells[c][years[k - 1]];
        if (!open || open->nil || !close || close->nil) continue;
        rs.push_back(link(
            CellRef{g.rows[*o], g.cols[years[k]]}, *open, CellRef{g.rows[c], g.cols[years[k - 1]]}, *close,
            concat(name_of_row(g, *o), " for ", name_of_col(g, years[k])),
            concat(name_of_row(g, c), " for ", name_of_col(g, years[k - 1]), the_one_before(g.col_names[years[k - 1]])),
            std::max(g.col_step[years[k]], g.col_step[years[k - 1]])));
      }
      push_if_believed(std::move(rs));
    }
  }
  // By year down: an opening balance column left of a closing balance column.
  if (std::vector<std::size_t> years = periods_in_order(g.labels); !years.empty()) {
    for (std::size_t c = 1; c < g.cols.size(); ++c) {
      const std::string hc = normalise_label(g.col_names[c]);
      if (!names_close(hc) || names_open(hc)) continue;
      std::optional<std::size_t> o;
      for (std::size_t j = c; j-- > 0 && !o;) {
        const std::string hj = normalise_label(g.col_names[j]);
        if (names_close(hj)) break;
        if (names_open(hj)) o = j;
      }
      if (!o) continue;
      std::vector<Relation> rs;
      for (std::size_t k = 1; k < years.size(); ++k) {
        const auto &open = g.cells[years[k]][*o];
        const auto &close = g.cells[years[k - 1]][c];
        if (!open || open->nil || !close || close->nil) continue;
        rs.push_back(
            link(CellRef{g.rows[years[k]], g.cols[*o]}, *open, CellRef{g.rows[years[k - 1]], g.cols[c]}, *close,
                 concat(name_of_row(g, years[k]), ": ", name_of_col(g, *o)),
                 concat(name_of_row(g, years[k - 1]), ": ", name_of_col(g, c), the_one_before(g.labels[years[k - 1]])),
                 std::max(g.col_step[*o], g.col_step[c])));
      }
      push_if_believed(std::move(rs));
    }
  }
}

} // namespace fundbook::structure
