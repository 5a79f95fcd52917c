// Relations that are no sums. A finance table works some figures out from
// others by a difference, not a sum: the variance of a monitoring report
// (forecast - budget), the closing balance of a reserves statement (opening
// + in - out), the cash at the end of a year (the cash at its start + the
// net movement). The total readings pass these figures by; left so, the
// table would look checked when a variance typed over went unseen.
//
// A relation is read only where the headings (or row labels) name it, and
// believed only where its arithmetic holds exactly on the table's other
// rows (or columns): the reading that explains the most is the structure,
// and the other readings (the opposite sign convention, other pairs of
// columns) are kept to be tried before a figure is said to break it. A
// relation named but not confirmed is said unchecked, with why.
#include "import/layout/structure/infer.hpp"

#include <algorithm>
#include <functional>
#include <iterator>
#include <tuple>

#include "core/concat.hpp"
#include "import/layout/structure/total_words.hpp"

namespace fundbook::structure {

namespace {
bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// `w` in `s` as whole words ("end of", not the end of "spend of").
bool has(std::string_view s, std::string_view w) {
  for (std::size_t p = s.find(w); p != std::string_view::npos; p = s.find(w, p + 1)) {
    bool starts = p == 0 || !letter(s[p - 1]) || !letter(w.front());
    bool ends = p + w.size() >= s.size() || !letter(s[p + w.size()]) || !letter(w.back());
    if (starts && ends) return true;
  }
  return false;
}

// "Variance", "Difference", "(Under)/Over spend", "Net variance to budget":
// the word among the heading's first three, so a line of a long return
// ("PFI schemes - difference from service spend") is not taken for one.
bool names_difference(std::string_view h) {
  std::size_t at = std::string_view::npos;
  for (std::string_view w : {"variance", "difference", "change", "over/(under)", "(over)/under", "under/(over)",
                             "(under)/over", "over/under", "under/over"})
    at = std::min(at, h.find(w));
  // "Var", "Var Fav/(Adv)": the word written short, whole ("various" is none).
  for (std::size_t p = h.find("var"); p != std::string_view::npos; p = h.find("var", p + 1))
    if ((p == 0 || !letter(h[p - 1])) && (p + 3 >= h.size() || !letter(h[p + 3]))) at = std::min(at, p);
  if (at == std::string_view::npos) return false;
  return std::count(h.begin(), h.begin() + std::ptrdiff_t(at), ' ') < 3;
}
// The two sides a variance is taken between: what was planned and what is
// (or will be) spent.
bool names_planned_or_actual(std::string_view h) {
  // Or a year: a change is taken between two years' figures.
  for (std::size_t k = 0; k + 4 <= h.size(); ++k) {
    bool digits = std::all_of(h.begin() + std::ptrdiff_t(k), h.begin() + std::ptrdiff_t(k + 4),
                              [](char c) { return c >= '0' && c <= '9'; });
    if (digits && (h.substr(k, 2) == "19" || h.substr(k, 2) == "20")) return true;
  }
  for (std::string_view w :
       {"budget", "budgets", "budgeted", "plan", "planned", "estimate", "estimates", "estimated", "original", "target",
        "actual", "actuals", "forecast", "forecasts", "outturn", "projected", "projection", "probable"})
    if (has(h, w)) return true;
  // "Full year": the year's outturn as forecast, beside the quarters to date.
  return h.starts_with("full year") && !has(h, "effect");
}
// What a capital scheme carries into a later year rather than spends or
// saves: "Re-profiled to 2025/26", "Slippage", "Rephased", "Carry forward".
// A side of an underspend (budget - actual - re-profiled).
bool names_reprofiled(std::string_view h) {
  for (std::string_view w : {"re-profiled", "reprofiled", "re-profiling", "reprofiling", "re-phased", "rephased",
                             "re-phasing", "rephasing", "slippage", "carry forward", "carried forward"})
    if (has(h, w)) return true;
  return false;
}
bool names_opening(std::string_view h) {
  return has(h, "opening") || has(h, "beginning") || has(h, "brought forward") || has(h, "b/f") || has(h, "1 april") ||
         has(h, "start of");
}
bool names_closing(std::string_view h) {
  return has(h, "closing") || has(h, "end of") || has(h, "at the end") || has(h, "carried forward") || has(h, "c/f") ||
         has(h, "31 march");
}
// What is left of an amount once others are taken off it: "Available
// Budget" (budget - actual - commitments), "Unspent balance" (received -
// spent), "Remaining", "Uncommitted". Not an opening or closing balance,
// which is a running balance of the columns before it.
bool names_remaining(std::string_view h) {
  if (names_opening(h) || names_closing(h)) return false;
  for (std::string_view w : {"available", "unspent", "remaining", "uncommitted", "unallocated", "left to spend"})
    if (has(h, w)) return true;
  return false;
}
// A budget as set at the start of the year, and as it stands after the
// year's changes: "Original Budget", "Working Budget", "Revised Estimate".
bool names_budget(std::string_view h) { return has(h, "budget") || has(h, "estimate") || has(h, "estimates"); }
bool names_base_budget(std::string_view h) {
  if (!names_budget(h)) return false;
  for (std::string_view w : {"original", "base", "approved", "initial", "opening", "agreed"})
    if (has(h, w)) return true;
  return false;
}
bool names_revised_budget(std::string_view h) {
  if (!names_budget(h)) return false;
  for (std::string_view w : {"working", "revised", "current", "latest", "amended", "updated", "adjusted"})
    if (has(h, w)) return true;
  return false;
}
// What was or will be spent, not planned: "Forecast", "Actual", "Outturn".
bool names_planned_or_actual_spend(std::string_view h) {
  for (std::string_view w :
       {"actual", "actuals", "forecast", "forecasts", "outturn", "projected", "projection", "spend"})
    if (has(h, w)) return true;
  return false;
}
// A change made to a budget in the year: "In Year Budget Changes",
// "Virements", "Budget Adjustments", "Supplementary Estimates".
bool names_budget_change(std::string_view h) {
  for (std::string_view w : {"change", "changes", "virement", "virements", "adjustment", "adjustments", "supplementary",
                             "movement", "movements", "transfer", "transfers"})
    if (has(h, w)) return true;
  return false;
}
// A column of a balance: opening or closing.
bool names_balance_column(std::string_view h) { return has(h, "balance") || names_opening(h) || names_closing(h); }
// A movement out of a balance, taken from it where figures are written
// positive ("Transfers Out", "Used in year", "Applied").
bool names_outflow(std::string_view h) {
  for (std::string_view w :
       {"out", "used", "use of", "applied", "utilised", "utilized", "paid", "payment", "payments", "spent", "withdrawn",
        "withdrawals", "release", "released", "releases", "drawn", "decrease", "reduction"})
    if (has(h, w)) return true;
  return false;
}
// A row of money going out between two balances, written positive: an
// annual return's "Staff costs", "Loan interest/capital repayments", "All
// other payments", or "Total expenses".
bool names_outgoing_row(std::string_view label) {
  for (std::string_view w : {"cost", "costs", "expense", "expenses", "expenditure", "payment", "payments", "repayment",
                             "repayments", "paid", "spent", "spend", "outgoings"})
    if (has(label, w)) return true;
  return false;
}
// A row of the net movement between two balances.
bool names_net_movement(std::string_view label) {
  std::string h; // "increase / (decrease)" as "increase/(decrease)"
  for (std::size_t k = 0; k < label.size(); ++k)
    if (!(label[k] == ' ' && ((k + 1 < label.size() && label[k + 1] == '/') || (k && label[k - 1] == '/'))))
      h += label[k];
  // A movement in reserves statement's "Increase (Decrease) in year" and
  // "Increase or Decrease in 2020/21" are the year's net movement too.
  for (std::string_view w :
       {"net increase", "net decrease", "net (increase)", "net (decrease)", "net movement", "increase or (decrease)",
        "increase/(decrease)", "(increase)/decrease", "(increase) or decrease", "increase/decrease", "net change in",
        "increase (decrease)", "(increase) decrease", "increase or decrease", "(decrease) increase"})
    if (has(h, w)) return true;
  return false;
}

// The sign a line's label marks it with, as an annual return's statement
// writes each line between its balances ("2. (+) Annual precept", "4. (-)
// Staff costs"): +1, -1, or 0 where it marks none.
int marked_sign(std::string_view label) {
  if (label.find("(+)") != std::string_view::npos) return +1;
  for (std::string_view minus : {"(-)", "(\xe2\x80\x93)", "(\xe2\x88\x92)"}) // hyphen, en dash, minus sign
    if (label.find(minus) != std::string_view::npos) return -1;
  return 0;
}

// A column heading that names a year ("Year ending 31st March", "Year
// ending 31 March 2023", "2022/23", "FY23"): a column of a year's accounts.
// A line's (+) or (-) mark states how that year's balance is worked out,
// not how a column of box numbers or notes beside it is.
bool heading_holds_year(std::string_view h) {
  if (names_period(h) || names_year_column(normalise_label(h))) return true;
  auto digit = [&](std::size_t i) { return i < h.size() && h[i] >= '0' && h[i] <= '9'; };
  for (std::size_t i = 0; i + 4 <= h.size(); ++i) {
    if ((i > 0 && digit(i - 1)) || digit(i + 4) || !digit(i + 2) || !digit(i + 3)) continue;
    if (h.substr(i, 2) == "19" || h.substr(i, 2) == "20") return true;
  }
  return false;
}

// One reading of a worked-out figure: the figures (column or row indexes)
// it comes from, each with its sign.
struct Candidate {
  std::string name;
  std::vector<std::pair<std::size_t, int>> terms;
};

struct Tally {
  std::size_t hits = 0, near = 0, off = 0;
};

// A relation over the table's units (rows for a column, columns for a row):
// `at(unit, index)` is the figure there. `result` is the worked-out figure's
// index.
template <class At> struct Scorer {
  At at;
  std::size_t units;
  bool noise;
  std::function<std::int64_t(std::size_t unit, const Candidate &)> step;
  // Units that total others (a total row, for a column): a figure typed
  // over in a line breaks the relation on the total that adds it too, so
  // such a unit breaking is no evidence against the relation.
  std::function<bool(std::size_t unit)> totals_others = [](std::size_t) { return false; };

  // What the candidate gives in `unit`, and how many figures it took;
  // parts 0 where it has none.
  std::pair<Money, std::size_t> value(std::size_t unit, const Candidate &c) const {
    Money s;
    std::size_t parts = 0;
    for (auto [k, sign] : c.terms)
      if (auto &a = at(unit, k); a) {
        s += sign > 0 ? a->value : -a->value;
        ++parts;
      }
    return {s, parts};
  }
  bool telling(std::size_t unit, std::size_t result, const Candidate &c) const {
    auto &st = at(unit, result);
    if (!st) return false;
    bool any = !st->value.is_zero();
    for (auto [k, sign] : c.terms)
      if (auto &a = at(unit, k); a) any = any || !a->value.is_zero();
    return any && value(unit, c).second > 0;
  }
  Tally tally(std::size_t result, const Candidate &c) const {
    Tally t;
    for (std::size_t u = 0; u < units; ++u) {
      if (!telling(u, result, c)) continue;
      Money stated = at(u, result)->value;
      auto [s, parts] = value(u, c);
      if (same_at_precision(stated, s, noise, parts))
        ++t.hits;
      else if ((stated - s).abs() <= rounding_bound(stated, Money::from_pence(step(u, c)), parts))
        ++t.near;
      else if (!totals_others(u))
        ++t.off;
    }
    return t;
  }
  // The candidate that holds exactly on the most units (the first of
  // equals), with its tally; none when there are no candidates.
  std::pair<std::optional<std::size_t>, Tally> best_of(std::size_t result, const std::vector<Candidate> &cands) const {
    std::optional<std::size_t> best;
    Tally bt;
    for (std::size_t k = 0; k < cands.size(); ++k) {
      Tally t = tally(result, cands[k]);
      if (!best || t.hits > bt.hits) {
        best = k;
        bt = t;
      }
    }
    return {best, bt};
  }
};

// The arithmetic holds on the other units: three exact or more where there
// are many (a column down a table), one where a row has few columns to
// tell; one unit at most breaks it (a tenth of a long table).
// Within the rounding of the figures counts for it (a variance of unrounded
// figures, rounded), so long as one unit at least holds exactly.
bool believed(const Tally &t, std::size_t least) {
  std::size_t telling = t.hits + t.near + t.off;
  return t.hits >= 1 && t.hits + t.near >= least && (t.off <= 1 || t.off * 10 <= telling) && t.off <= t.hits + t.near;
}

UncheckedBlock unchecked_relation(const SheetView &v, CellRef first, CellRef last, std::size_t figures,
                                  std::string why) {
  UncheckedBlock u;
  u.sheet = v.sheet().name;
  u.first = first;
  u.last = last;
  u.figures = figures;
  u.why = std::move(why);
  u.not_a_sum = true;
  return u;
}

// The figures of a column worked out from others: a variance, or a closing
// balance of the columns before it.
void column_relations(const Region &g, const SheetView &v, Inferred &out) {
  const std::size_t n = g.cols.size();
  std::vector<std::string> head(n);
  for (std::size_t j = 0; j < n; ++j) head[j] = normalise_label(g.col_names[j]);
  bool noise = std::find(g.col_noise.begin(), g.col_noise.end(), true) != g.col_noise.end();
  auto name_of = [&](std::size_t j) {
    return g.col_names[j].empty() ? "column " + column_name(g.cols[j]) : quoted(g.col_names[j]);
  };
  for (std::size_t x = 0; x < n; ++x) {
    std::vector<Candidate> cands;
    // A difference of three sides ("Under/(over) spend" = revised budget -
    // actual - re-profiled): tried only where no difference of two is
    // believed, and believed only where it holds on all the rows but one.
    std::vector<Candidate> threes;
    std::string kind;       // what the column is, as the account says it
    bool remaining = false; // read by its figures alone: said unchecked only where believed
    if (names_difference(head[x])) {
      kind = "a difference column";
      std::vector<std::size_t> sides;
      for (std::size_t j = 0; j < n && sides.size() < 8; ++j)
        if (j != x && !names_difference(head[j]) && (names_planned_or_actual(head[j]) || names_reprofiled(head[j])))
          sides.push_back(j);
      for (std::size_t a : sides)
        for (std::size_t b : sides)
          if (a != b) cands.push_back({name_of(a) + " - " + name_of(b), {{a, +1}, {b, -1}}});
      for (std::size_t a : sides)
        for (std::size_t b : sides)
          for (std::size_t c : sides)
            if (a != b && a != c && b < c)
              threes.push_back({name_of(a) + " - " + name_of(b) + " - " + name_of(c), {{a, +1}, {b, -1}, {c, -1}}});
    } else if (names_closing(head[x]) && !names_opening(head[x])) {
      // The nearest balance before it, opening or closing, and the
      // movements between (no other balance among them).
      std::optional<std::size_t> p;
      for (std::size_t j = x; j-- > 0;)
        if (names_balance_column(head[j])) {
          p = j;
          break;
        }
      if (!p || x - *p < 2 || x - *p > 5 || !(names_opening(head[*p]) || names_closing(head[*p]))) continue;
      kind = "a running balance";
      Candidate plus{name_of(*p), {{*p, +1}}}, signed_{name_of(*p), {{*p, +1}}};
      for (std::size_t j = *p + 1; j < x; ++j) {
        int sign = names_outflow(head[j]) ? -1 : +1;
        plus.name += " + " + name_of(j);
        plus.terms.push_back({j, +1});
        signed_.name += (sign > 0 ? " + " : " - ") + name_of(j);
        signed_.terms.push_back({j, sign});
      }
      cands.push_back(std::move(signed_));
      if (cands.front().terms != plus.terms) cands.push_back(std::move(plus));
    } else if (names_revised_budget(head[x]) && !names_base_budget(head[x])) {
      // The budget as revised: the original budget before it + the changes
      // between, every one of them named as a change (a forecast or an
      // outturn between is no part of it). Where the column is read as a
      // total of the columns before it already, it is left to that check.
      if (std::any_of(out.totals.begin(), out.totals.end(),
                      [&](const StatedTotal &st) { return st.total_column && st.cell.col == g.cols[x]; }))
        continue;
      std::optional<std::size_t> p;
      for (std::size_t j = x; j-- > 0 && !p;)
        if (names_base_budget(head[j])) p = j;
      if (!p || x - *p < 2 || x - *p > 4) continue;
      bool changes = true;
      for (std::size_t j = *p + 1; j < x; ++j)
        changes = changes && names_budget_change(head[j]) && !names_base_budget(head[j]) &&
                  !names_revised_budget(head[j]) && !names_planned_or_actual_spend(head[j]);
      if (!changes) continue;
      kind = "a revised budget";
      Candidate plus{name_of(*p), {{*p, +1}}};
      for (std::size_t j = *p + 1; j < x; ++j) {
        plus.name += " + " + name_of(j);
        plus.terms.push_back({j, +1});
      }
      cands.push_back(std::move(plus));
    } else if (names_remaining(head[x]) && !names_difference(head[x])) {
      // One amount before it less one or two after that amount (the
      // columns nearest it): which, only the table's other rows can say.
      kind = "what is left of an amount";
      remaining = true;
      std::vector<std::size_t> before;
      for (std::size_t j = x; j-- > 0 && before.size() < 5;)
        if (!names_remaining(head[j]) && !names_difference(head[j])) before.insert(before.begin(), j);
      for (std::size_t a = 0; a < before.size(); ++a)
        for (std::size_t b = a + 1; b < before.size(); ++b) {
          const std::size_t ja = before[a], jb = before[b];
          cands.push_back({name_of(ja) + " - " + name_of(jb), {{ja, +1}, {jb, -1}}});
          for (std::size_t c = b + 1; c < before.size(); ++c) {
            const std::size_t jc = before[c];
            cands.push_back({name_of(ja) + " - " + name_of(jb) + " - " + name_of(jc), {{ja, +1}, {jb, -1}, {jc, -1}}});
          }
        }
    } else {
      continue;
    }
    auto at = [&](std::size_t unit, std::size_t k) -> const std::optional<Amount> & { return g.cells[unit][k]; };
    Scorer<decltype(at)> sc{at, g.rows.size(), noise, [&](std::size_t, const Candidate &c) {
                              std::int64_t q = g.col_step[x];
                              for (auto [k, s] : c.terms) q = std::min(q, g.col_step[k]);
                              return q;
                            }};
    sc.totals_others = [&](std::size_t i) {
      CellRef c{g.rows[i], g.cols[x]};
      return g.row_total[i] != TotalWord::None ||
             std::any_of(out.totals.begin(), out.totals.end(),
                         [&](const StatedTotal &st) { return !st.total_column && st.cell == c; });
    };
    std::size_t figures = 0;
    for (std::size_t i = 0; i < g.rows.size(); ++i) figures += g.cells[i][x] && !g.cells[i][x]->nil;
    if (!figures) continue;
    auto [best, bt] = sc.best_of(x, cands);
    if ((!best || !believed(bt, 3)) && !threes.empty()) {
      auto [best3, bt3] = sc.best_of(x, threes);
      if (best3 && believed(bt3, 3) && bt3.off <= 1 && bt3.hits >= 3) {
        // The pairs stay as the other readings tried before a figure is
        // said to break it.
        cands.insert(cands.begin(), threes[*best3]);
        best = 0;
        bt = bt3;
      }
    }
    CellRef first{g.rows.front(), g.cols[x]}, last{g.rows.back(), g.cols[x]};
    if (!best || !believed(bt, 3)) {
      // A column named as what is left has no reading its words give: one
      // no pair of columns bears out is left as it was read before.
      if (remaining) continue;
      out.doubtful.push_back(unchecked_relation(
          v, first, last, figures,
          concat(kind, " (", name_of(x), best && bt.hits ? ", read as " + cands[*best].name : std::string(),
                 "): not a sum, and its arithmetic does not hold on enough of the table's rows to be known, so it "
                 "was not checked")));
      continue;
    }
    std::swap(cands[0], cands[*best]);
    for (std::size_t i = 0; i < g.rows.size(); ++i) {
      if (!sc.telling(i, x, cands[0])) continue;
      Relation r;
      r.cell = CellRef{g.rows[i], g.cols[x]};
      r.stated = g.cells[i][x]->value;
      std::string who = g.names[i].empty() ? "Row " + std::to_string(g.rows[i] + 1) : quoted(g.names[i]);
      r.what = concat(who, ": ", name_of(x));
      r.reading = cands[0].name;
      for (auto [k, s] : cands[0].terms)
        if (g.cells[i][k]) r.terms.push_back({CellRef{g.rows[i], g.cols[k]}, s});
      r.value = sc.value(i, cands[0]).first;
      for (std::size_t k = 1; k < cands.size(); ++k)
        if (sc.value(i, cands[k]).second) r.others.push_back(sc.value(i, cands[k]).first);
      r.step = Money::from_pence(sc.step(i, cands[0]));
      r.spread = r.terms.size();
      // On a total row each side adds rounded figures: its difference may
      // carry the rounding of all of them (the variances as shown, added).
      for (const StatedTotal &s : out.totals)
        if (!s.total_column && s.cell.row == r.cell.row && !s.readings.empty())
          r.spread = std::max(r.spread, 3 * s.readings.front().parts.size());
      r.noise = noise;
      out.relations.push_back(std::move(r));
    }
  }
}

// A budget's bottom line, worked out from the two totals above it rather
// than added: "Shortfall/(surplus)", "Funding gap", "Gap", "(Surplus)/deficit",
// "Net position" (the requirement less the funding). Not a line named as a
// total, which the total readings take.
bool names_balancing_line(std::string_view label) {
  if (total_word(label) != TotalWord::None) return false;
  for (std::string_view w : {"shortfall", "surplus", "deficit", "gap"})
    if (has(label, w)) return true;
  return label.starts_with("net position");
}

// Lines under two totals that are their difference (or sum): the net budget
// requirement, then the funding lines and 'Total funding', then
// 'Shortfall/(surplus)'. Read where the line's label names such a result
// (names_balancing_line) and it follows a total row with no figures between.
// The pairs tried are that total and each of the three total rows before
// it, either way round and added; a reading is believed where it holds in
// every column, or in two at least and all but one (so a figure typed wrong
// is blamed in its column, not passed by the others, and one column agreeing
// by chance accuses none). In a table of one column nothing else
// bears a reading out, so there the layout must say which two totals: those
// of two blocks one after the other (the second adds the lines right under
// the first), and the line is checked only where it is their difference
// (either way round) or their sum; the label alone never accuses it (a
// 'Surplus assets' category, a 'Combined deficit' that adds). Where no
// reading holds, the line is left to the account of lines no check covers
// (say_uncovered_lines), as before.
template <class NameOf, class StatedDown, class Emit>
void balancing_lines(const Region &g, Inferred &out, const NameOf &name_of, const StatedDown &stated_down,
                     const Emit &emit) {
  const std::size_t m = g.rows.size(), n = g.cols.size();
  bool noise = std::find(g.col_noise.begin(), g.col_noise.end(), true) != g.col_noise.end();
  auto has_figures = [&](std::size_t i) {
    return std::any_of(g.cells[i].begin(), g.cells[i].end(), [](const auto &a) { return a.has_value(); });
  };
  // The row's total read down a column (its first), if any.
  auto total_at = [&](std::size_t i) -> const StatedTotal * {
    for (const StatedTotal &s : out.totals)
      if (!s.total_column && s.cell.row == g.rows[i] && !s.readings.empty()) return &s;
    return nullptr;
  };
  auto relation_at = [&](std::size_t i) {
    return std::any_of(out.relations.begin(), out.relations.end(),
                       [&](const Relation &r) { return r.cell.row == g.rows[i]; });
  };
  for (std::size_t b = 2; b < m; ++b) {
    if (!names_balancing_line(normalise_label(g.labels[b])) || relation_at(b)) continue;
    std::vector<std::size_t> cols;
    for (std::size_t j = 0; j < n; ++j)
      if (g.cells[b][j] && !stated_down(b, j)) cols.push_back(j);
    if (cols.empty()) continue;
    // The total right above it, no figures between.
    std::optional<std::size_t> a;
    for (std::size_t i = b; i-- > 0 && !a;) {
      if (total_at(i))
        a = i;
      else if (has_figures(i))
        break;
    }
    if (!a) continue;
    std::vector<std::size_t> before; // the total rows above it, nearest first
    for (std::size_t i = *a; i-- > 0 && before.size() < 3;)
      if (total_at(i)) before.push_back(i);
    if (before.empty()) continue;
    // The total row whose block ends right where the total right above the
    // line begins adding: the first of the two blocks.
    std::optional<std::size_t> block_before;
    {
      const Reading &own = total_at(*a)->readings.front();
      std::uint32_t top = g.rows[*a];
      for (const CellRef &p : own.parts) top = std::min(top, p.row);
      for (std::size_t k : before) {
        if (g.rows[k] >= top) continue;
        bool adjoining = true;
        for (std::size_t i = k + 1; i < m && g.rows[i] < top && adjoining; ++i) adjoining = !has_figures(i);
        if (adjoining) block_before = k;
        break;
      }
    }
    std::vector<Candidate> cands;
    auto difference = [&](std::size_t k) {
      cands.push_back({name_of(k) + " - " + name_of(*a), {{k, +1}, {*a, -1}}});
      cands.push_back({name_of(*a) + " - " + name_of(k), {{*a, +1}, {k, -1}}});
    };
    if (cols.size() == 1) {
      if (!block_before) continue;
      difference(*block_before);
      cands.push_back({name_of(*block_before) + " + " + name_of(*a), {{*block_before, +1}, {*a, +1}}});
    } else {
      for (std::size_t k : before) difference(k);
      for (std::size_t k : before) cands.push_back({name_of(k) + " + " + name_of(*a), {{k, +1}, {*a, +1}}});
    }
    auto at = [&](std::size_t unit, std::size_t k) -> const std::optional<Amount> & { return g.cells[k][cols[unit]]; };
    Scorer<decltype(at)> sc{at, cols.size(), noise,
                            [&](std::size_t unit, const Candidate &) { return g.col_step[cols[unit]]; }};
    auto [best, bt] = sc.best_of(b, cands);
    if (!best) continue;
    const std::size_t telling = bt.hits + bt.near + bt.off;
    // Held in every column, or broken in one only where two columns at
    // least bear it out: one other column agreeing may be a coincidence
    // (a first year's gap that is the difference, a cumulative one not).
    // In one column the label and the layout never accuse it: it is
    // checked where it is the blocks' difference or their sum, and
    // otherwise left to the account of lines no check covers.
    const bool holds =
        bt.hits >= 1 && bt.off <= 1 && bt.hits + bt.near + 1 >= telling && (bt.off == 0 || bt.hits + bt.near >= 2);
    if (!holds) continue;
    std::swap(cands[0], cands[*best]);
    emit(b, cols, cands, sc);
  }
}

// A closing balance row worked out from an opening balance row: the rows
// between (its movements), or a row of the net movement.
void row_relations(const Region &g, const SheetView &v, Inferred &out) {
  const std::size_t m = g.rows.size();
  std::vector<std::string> lab(m);
  for (std::size_t i = 0; i < m; ++i) lab[i] = normalise_label(g.labels[i]);
  bool noise = std::find(g.col_noise.begin(), g.col_noise.end(), true) != g.col_noise.end();
  auto name_of = [&](std::size_t i) {
    return g.names[i].empty() ? "row " + std::to_string(g.rows[i] + 1) : quoted(g.names[i]);
  };
  // Totals already read down a column at a row: checked as a total there.
  auto stated_down = [&](std::size_t i, std::size_t j) {
    CellRef c{g.rows[i], g.cols[j]};
    return std::any_of(out.totals.begin(), out.totals.end(),
                       [&](const StatedTotal &s) { return !s.total_column && s.cell == c; });
  };
  // The relations of row `at`, one per column of `cols`, by the first of
  // `cands` (the others the readings tried before a figure breaks it).
  auto emit = [&](std::size_t at_row, const std::vector<std::size_t> &cols, const std::vector<Candidate> &cands,
                  const auto &sc) {
    for (std::size_t u = 0; u < cols.size(); ++u) {
      if (!sc.telling(u, at_row, cands[0])) continue;
      std::size_t j = cols[u];
      Relation r;
      r.cell = CellRef{g.rows[at_row], g.cols[j]};
      r.stated = g.cells[at_row][j]->value;
      std::string col = g.col_names[j].empty() ? "column " + column_name(g.cols[j]) : quoted(g.col_names[j]);
      r.what = concat(name_of(at_row), ": ", col);
      r.reading = cands[0].name;
      for (auto [k, s] : cands[0].terms)
        if (g.cells[k][j]) r.terms.push_back({CellRef{g.rows[k], g.cols[j]}, s});
      r.value = sc.value(u, cands[0]).first;
      for (std::size_t k = 1; k < cands.size(); ++k)
        if (sc.value(u, cands[k]).second) r.others.push_back(sc.value(u, cands[k]).first);
      r.step = Money::from_pence(g.col_step[j]);
      r.spread = r.terms.size();
      r.noise = noise;
      out.relations.push_back(std::move(r));
    }
  };
  for (std::size_t c = 1; c < m; ++c) {
    if (!names_closing(lab[c]) || names_opening(lab[c])) continue;
    std::optional<std::size_t> o;
    for (std::size_t i = c; i-- > 0;) {
      if (names_opening(lab[i]) || names_closing(lab[i])) {
        o = i;
        break;
      }
    }
    if (!o) continue;
    std::vector<Candidate> cands;
    bool stated_by_marks = false; // cands[0] is the relation the lines' marks state
    if (c - *o > 1) {
      Candidate lines{name_of(*o) + " and the lines under it", {{*o, +1}}};
      Candidate totals{name_of(*o) + " and the totals under it", {{*o, +1}}};
      Candidate leaves{name_of(*o) + " and the movements under it", {{*o, +1}}};
      for (std::size_t i = *o + 1; i < c; ++i) {
        (g.row_total[i] == TotalWord::None ? lines : totals).terms.push_back({i, +1});
        if (g.row_total[i] == TotalWord::None && !names_net_movement(lab[i])) leaves.terms.push_back({i, +1});
      }
      // Money in added and money out taken away, each by its words, over
      // the rows that are no total standing (an annual return's statement:
      // balances brought forward + precept + other receipts - staff costs -
      // loan repayments - other payments = balances carried forward).
      Candidate signed_lines{name_of(*o) + " with the receipts under it, less the payments", {{*o, +1}}};
      std::size_t in = 0, out_rows = 0;
      for (std::size_t i = *o + 1; i < c; ++i) {
        bool standing = false;
        for (std::size_t j = 0; j < g.cols.size() && !standing; ++j) standing = stated_down(i, j);
        if (standing || names_net_movement(lab[i])) continue;
        bool outgoing = names_outgoing_row(lab[i]);
        (outgoing ? out_rows : in) += 1;
        signed_lines.terms.push_back({i, outgoing ? -1 : +1});
      }
      // Every line between the balances marked with its sign, some added
      // and some taken off: the relation is the one the labels state, read
      // as a label's own arithmetic is (infer_line_arithmetic), so it is
      // believed where it holds in no column too (a second wrong figure
      // must not hide the first). Where it holds nowhere, the other
      // readings are still tried before a figure is said to break it.
      Candidate signs{name_of(*o) + " with the lines marked (+) added and those marked (-) taken off", {{*o, +1}}};
      std::size_t plus = 0, minus = 0, unmarked = 0;
      for (std::size_t i = *o + 1; i < c; ++i) {
        int sign = marked_sign(g.labels[i]);
        (sign > 0 ? plus : sign < 0 ? minus : unmarked) += 1;
        if (sign) signs.terms.push_back({i, sign});
      }
      if (plus && minus && !unmarked) {
        stated_by_marks = true;
        cands.push_back(std::move(signs));
      }
      for (Candidate *k : {&lines, &totals, &leaves})
        if (k->terms.size() > 1 &&
            std::none_of(cands.begin(), cands.end(), [&](auto &x) { return x.terms == k->terms; }))
          cands.push_back(std::move(*k));
      if (in && out_rows &&
          std::none_of(cands.begin(), cands.end(), [&](auto &x) { return x.terms == signed_lines.terms; }))
        cands.push_back(std::move(signed_lines));
    }
    // A net movement row under the closing balance is most often worked out
    // from it (the closing balance less the opening, read below): with lines
    // between the balances, reading the closing balance from it as well
    // checks the two against each other and the lines against nothing (a
    // capital financing requirement note whose lines went uncounted). It is
    // tried only where no reading of the lines between is believed.
    std::vector<Candidate> after;
    for (std::size_t i = 0; i < m; ++i) {
      if (i == *o || i == c || !names_net_movement(lab[i])) continue;
      auto &to = i > c && c - *o > 1 ? after : cands;
      to.push_back({name_of(*o) + " + " + name_of(i), {{*o, +1}, {i, +1}}});
      to.push_back({name_of(*o) + " - " + name_of(i), {{*o, +1}, {i, -1}}});
    }
    // The movements with no subtotal counted twice: the rows between that
    // no total reading stands on (a line named "Total ..." read as a line of
    // its own is one; a row read as the subtotal of the rows above it is
    // not) and that are no net movement (a movement in reserves statement:
    // opening + income and expenditure + adjustments + transfers, with its
    // "Increase or Decrease before Transfers" and "Increase (Decrease) in
    // year" left out, gives the closing balance; adding them too counts each
    // movement two or three times).
    if (c - *o > 1) {
      Candidate moves{name_of(*o) + " and the movements under it, their subtotals left out", {{*o, +1}}};
      for (std::size_t i = *o + 1; i < c; ++i) {
        bool standing = false;
        for (std::size_t j = 0; j < g.cols.size() && !standing; ++j) standing = stated_down(i, j);
        if (!standing && !names_net_movement(lab[i])) moves.terms.push_back({i, +1});
      }
      if (moves.terms.size() > 1 &&
          std::none_of(cands.begin(), cands.end(), [&](auto &x) { return x.terms == moves.terms; }))
        cands.push_back(std::move(moves));
    }
    if (cands.empty() && after.empty()) continue;
    // Columns already checked at this row as totals are left to that check.
    std::vector<std::size_t> cols;
    for (std::size_t j = 0; j < g.cols.size(); ++j)
      if (g.cells[c][j] && !stated_down(c, j)) cols.push_back(j);
    if (cols.empty()) continue;
    auto at = [&](std::size_t unit, std::size_t k) -> const std::optional<Amount> & { return g.cells[k][cols[unit]]; };
    Scorer<decltype(at)> sc{at, cols.size(), noise,
                            [&](std::size_t unit, const Candidate &) { return g.col_step[cols[unit]]; }};
    auto [best, bt] = sc.best_of(c, cands);
    if (!after.empty() && !believed(bt, 1)) {
      cands.insert(cands.end(), after.begin(), after.end());
      std::tie(best, bt) = sc.best_of(c, cands);
    }
    CellRef first{g.rows[c], g.cols[cols.front()]}, last{g.rows[c], g.cols[cols.back()]};
    // The marks' reading, where no column bears a reading out, is checked
    // in the columns of a year only: a 'Box' column numbering the lines 1
    // to 7 beside them is read as figures too, and the marks say nothing
    // of how its last number is worked out.
    std::vector<std::size_t> dated;
    if (!believed(bt, 1) && stated_by_marks)
      std::copy_if(cols.begin(), cols.end(), std::back_inserter(dated),
                   [&](std::size_t j) { return heading_holds_year(g.col_names[j]); });
    if (!dated.empty()) {
      // A year whose lines marked (-) are written negative ("(38,912)")
      // has the marks' sign in its figures already: its balance is the sum
      // of the lines as written. One written both ways says neither.
      Candidate written{name_of(*o) + " and the lines under it as written (those marked (-) written negative)",
                        cands[0].terms};
      for (auto &[k, sign] : written.terms) sign = +1;
      std::vector<std::size_t> as_marked, as_written, both_ways;
      for (std::size_t j : dated) {
        std::size_t negative = 0, positive = 0;
        for (auto [k, sign] : cands[0].terms)
          if (const auto &a = g.cells[k][j]; sign < 0 && a && !a->nil && !a->value.is_zero())
            (a->value.negative() ? negative : positive) += 1;
        (negative && positive ? both_ways : negative ? as_written : as_marked).push_back(j);
      }
      auto emit_in = [&](const std::vector<std::size_t> &in, const std::vector<Candidate> &by) {
        if (in.empty()) return;
        auto at_in = [&](std::size_t unit, std::size_t k) -> const std::optional<Amount> & {
          return g.cells[k][in[unit]];
        };
        Scorer<decltype(at_in)> sd{at_in, in.size(), noise,
                                   [&](std::size_t unit, const Candidate &) { return g.col_step[in[unit]]; }};
        emit(c, in, by, sd);
      };
      emit_in(as_marked, cands); // cands[0] is the marks' reading
      std::vector<Candidate> by_written{written};
      by_written.insert(by_written.end(), cands.begin() + 1, cands.end());
      emit_in(as_written, by_written);
      for (std::size_t j : both_ways)
        out.doubtful.push_back(unchecked_relation(
            v, CellRef{g.rows[c], g.cols[j]}, CellRef{g.rows[c], g.cols[j]}, 1,
            concat("a closing balance (", name_of(c),
                   "): its lines are marked (+) and (-), but those marked (-) are "
                   "written negative in some lines and positive in others, so how it is worked out is not known and "
                   "it was not checked")));
      continue;
    }
    if (!believed(bt, 1)) {
      // Where no reading gives its figure in any column (a one-column
      // statement whose closing balance is worked out from lines the
      // readings from the opening balance do not take), that is the reason:
      // not "enough of the table's columns".
      std::string why =
          bt.hits ? concat("a closing balance (", name_of(c), ", read as ", cands[*best].name,
                           "): not a sum, and its arithmetic does not hold in enough of the table's columns to be "
                           "known, so it was not checked")
                  : concat("a closing balance (", name_of(c), "): not a sum, and no reading of it from ", name_of(*o),
                           " and the rows between gives its figure", cols.size() == 1 ? "" : " in any column",
                           ", so how it is worked out is not known and it was not checked");
      out.doubtful.push_back(unchecked_relation(v, first, last, cols.size(), std::move(why)));
      continue;
    }
    std::swap(cands[0], cands[*best]);
    emit(c, cols, cands, sc);
  }
  // A row of the year's movement under the closing balance ("Increase or
  // (decrease) in cash in the year"): the closing balance less the opening.
  // Checked where that holds in a column at least and breaks in one at most;
  // otherwise it is a line like any other and nothing is said.
  for (std::size_t mv = 2; mv < m; ++mv) {
    if (!names_net_movement(lab[mv])) continue;
    std::optional<std::size_t> c, o;
    for (std::size_t i = mv; i-- > 0 && !c;)
      if (names_closing(lab[i]) && !names_opening(lab[i])) c = i;
    if (!c) continue;
    for (std::size_t i = *c; i-- > 0 && !o;)
      if (names_opening(lab[i]) || names_closing(lab[i])) o = i;
    if (!o) continue;
    std::vector<Candidate> cands{{name_of(*c) + " - " + name_of(*o), {{*c, +1}, {*o, -1}}},
                                 {name_of(*o) + " - " + name_of(*c), {{*o, +1}, {*c, -1}}}};
    std::vector<std::size_t> cols;
    for (std::size_t j = 0; j < g.cols.size(); ++j)
      if (g.cells[mv][j] && !stated_down(mv, j)) cols.push_back(j);
    if (cols.empty()) continue;
    auto at = [&](std::size_t unit, std::size_t k) -> const std::optional<Amount> & { return g.cells[k][cols[unit]]; };
    Scorer<decltype(at)> sc{at, cols.size(), noise,
                            [&](std::size_t unit, const Candidate &) { return g.col_step[cols[unit]]; }};
    Tally t0 = sc.tally(mv, cands[0]), t1 = sc.tally(mv, cands[1]);
    if (t1.hits > t0.hits) {
      std::swap(cands[0], cands[1]);
      std::swap(t0, t1);
    }
    if (believed(t0, 1)) emit(mv, cols, cands, sc);
  }
  balancing_lines(g, out, name_of, stated_down, emit);
}
} // namespace

void infer_relations(const Region &g, const SheetView &v, Inferred &out) {
  column_relations(g, v, out);
  row_relations(g, v, out);
  running_balances(g, v, out);
  carried_balances(g, out);
}

} // namespace fundbook::structure
