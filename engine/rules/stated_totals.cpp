// row-total-mismatch and column-total-mismatch for tables of any shape, by
// their inferred structure: a stated total is wrong only when no plausible
// reading explains it. Within the rounding of the table's own figures it is
// a rounding-difference note (see rounding_bound for the bound and why).
#include "core/concat.hpp"
#include "engine/rules/registry.hpp"
#include "import/layout/structure/infer.hpp"

#include <algorithm>
#include <cmath>

namespace fundbook::rules {

namespace {
// Unrounded computed figures are shown, and compared, at the cent.
Money at_cents(Money m, bool noise) {
  if (!noise) return m;
  std::int64_t p = m.pence(), c = structure::kScale / 100;
  std::int64_t r = (p >= 0 ? p + c / 2 : p - c / 2) / c * c;
  return Money::from_pence(r);
}

} // namespace

// What a rounding note's allowance is, in the table's own terms: the
// rounding of its figures where that explains the difference `off` (their
// step, how they are written, or how their cells' formats show them); else
// the tolerance the user gave, or the default one unit, which is no
// rounding of figures held finer than it (a workbook's figures to three
// decimals under General: its number cells hold more than their format
// shows, and the format does not say how finely the table shows them).
std::string allowance_words(bool noise, Money step, const TotalsTable &t, Money written, const Settings &s, Money off,
                            Money tolerance, Money by_rounding) {
  const std::string tol = structure::show_amount(tolerance);
  std::string rounding = "within the rounding of the table's figures, " + structure::show_amount(by_rounding);
  if (s.tolerance_given) return "within the tolerance given, " + tol;
  if (by_rounding >= tolerance) return rounding;
  const bool finer = !noise && written.pence() > 0 && written.pence() < t.unit;
  if ((finer && s.figures_as_written) || step.pence() >= t.unit)
    return "within the rounding of the table's figures, " + tol;
  // A workbook's figures shown finer than a unit by their number formats.
  if (finer) return "within the rounding of the figures as their formats show them, " + tol;
  // Finer figures than the default allows for, off by no more than their rounding.
  if (off <= by_rounding) return rounding;
  if (noise)
    return "within the default tolerance of " + tol +
           ": the figures are unrounded and how finely the file shows them is not known";
  if (s.figures_as_written)
    return "within the default tolerance of " + tol + ": the figures are not all written to the same decimals";
  return "within the default tolerance of " + tol + ": the figures are held to " + structure::show_amount(step) +
         " but how finely the workbook shows them is not known";
}
namespace {
// Whether a total `off` from the sum of its `parts` figures, each rounded
// to `step` (as held, or as written or shown where that is coarser), is further from them than rounding usually puts
// it: three steps at least, and more than twice the typical size of the rounding of parts
// + 1 figures (step * sqrt((n + 1) / 12)). Rounding alone comes so far
// about one time in twenty; a figure typed wrong by that much (a slip of a
// digit among 120 whole-pound lines, 10 within their rounding of 11) looks
// the same.
bool rounding_hides(Money off, Money step, std::size_t parts) {
  if (step.pence() <= 0) return false;
  const std::int64_t k = off.abs().pence() / step.pence();
  return k >= 3 && 3 * k * k > std::int64_t(parts) + 1;
}

// The figures of reading `r` of total `st` as a block checked only to within
// their rounding, `allowed`.
UncheckedBlock checked_within(const TotalsTable &t, const StatedTotal &st, const Reading &r, Money allowed) {
  UncheckedBlock u;
  u.sheet = t.sheet;
  u.first = u.last = st.cell;
  for (CellRef c : r.parts) {
    u.first = CellRef{std::min(u.first.row, c.row), std::min(u.first.col, c.col)};
    u.last = CellRef{std::max(u.last.row, c.row), std::max(u.last.col, c.col)};
  }
  u.figures = r.parts.size();
  const int d = structure::step_decimals(st.step);
  const std::string off = structure::show_amount((st.stated - r.sum).abs(), d);
  const std::string most = structure::show_amount(allowed, d);
  u.why = concat(st.what, " is ", off, " from what ", r.name, " ", adds_up_to(r.name), ": within the rounding of ",
                 std::to_string(r.parts.size() + 1), " figures (up to ", most,
                 "), so no error is said, but more than rounding usually makes; one of them wrong by ", off,
                 " would look the same, so they are checked only to within ", most);
  u.within_rounding = true;
  return u;
}
} // namespace

std::size_t stated_totals(const std::string &path, const TotalsTable &t, const Settings &s, std::vector<Finding> &out,
                          std::vector<UncheckedBlock> *within_rounding) {
  std::size_t n = 0;
  for (const StatedTotal &st : t.totals) {
    // A sum too large to hold is unknown: not compared, not counted.
    if (st.readings.empty() || st.readings.front().sum.is_too_large()) continue;
    ++n;
    // The structure's own reading decides first: equal, or a rounding
    // note. Only when it is off by more than rounding are the other
    // readings tried: one that explains the figure exactly means no error
    // (a plausible reading the structure did not choose); none gives the
    // error, by the structure's own reading. Another reading that comes
    // only near is no excuse: with enough parts and coarse figures some
    // roll-up always lands within a few rounding steps of a wrong total.
    // Unrounded figures (noise) are no figures as written: no step of theirs.
    auto tolerance = [&](const Reading &r) {
      return tolerance_for(s, t.unit, st.noise ? Money() : t.written_step_of(st), r.parts.size());
    };
    auto by_rounding = [&](const Reading &r) { return total_rounding_bound(st, st.step, r.parts.size()); };
    // A tolerance the user gave is the allowance, as given (README: "taken
    // as given"): the rounding of the table's figures does not widen it.
    auto allowed = [&](const Reading &r) {
      return s.tolerance_given ? tolerance(r) : std::max(tolerance(r), by_rounding(r));
    };
    auto within = [&](const Reading &r) { return (st.stated - r.sum).abs() <= allowed(r); };
    const Reading &own = st.readings.front();
    if (same_at_precision(st.stated, own.sum, st.noise, own.parts.size())) continue;
    bool near = within(own);
    if (!near && agreeing_reading(st)) continue;
    const Reading &r = own;
    // A tolerance the user gave is the check they asked for; unrounded
    // figures (noise) have no step to be wrong by; and an aggregate's part in
    // a million (rounding_bound) is the rounding of parts out of view, which
    // the figures in view say nothing of.
    if (near && within_rounding && !s.tolerance_given && !st.noise &&
        allowed(r) <= std::max(tolerance(r), lines_rounding_bound(st.step, r.parts.size())) &&
        rounding_hides(st.stated - r.sum, std::max(st.step, t.written_step_of(st)), r.parts.size()))
      within_rounding->push_back(checked_within(t, st, r, allowed(r)));
    Finding f;
    f.rule = near ? kRounding : (st.total_column ? kRowTotal : kColumnTotal);
    f.severity = severity_of(f.rule);
    f.path = path;
    f.sheet = t.sheet;
    f.cell = st.cell;
    f.stated = at_cents(st.stated, st.noise);
    f.computed = at_cents(r.sum, st.noise);
    f.unit = t.unit;
    f.decimals = st.noise ? 0 : structure::step_decimals(st.step);
    f.message = st.what + " says " + structure::show_amount(*f.stated, f.decimals) + " but " + r.name + " " +
                std::string(adds_up_to(r.name)) + " " + structure::show_amount(*f.computed, f.decimals);
    if (near)
      f.message += " (" +
                   allowance_words(st.noise, st.step, t, t.written_step_of(st), s, (st.stated - r.sum).abs(),
                                   tolerance(r), by_rounding(r)) +
                   ")";
    out.push_back(std::move(f));
  }
  return n;
}

void headcounts_below_lines(const TotalsTable &t, std::vector<Finding> &out, std::size_t from) {
  for (std::size_t i = from; i < out.size(); ++i) {
    Finding &f = out[i];
    if ((f.rule != kRowTotal && f.rule != kColumnTotal) || !f.cell || !f.stated || !f.computed ||
        *f.stated >= *f.computed)
      continue;
    const bool across = f.rule == kRowTotal;
    const bool headcount = std::any_of(t.totals.begin(), t.totals.end(), [&](const StatedTotal &st) {
      return st.headcount && st.total_column == across && st.cell == *f.cell;
    });
    if (!headcount) continue;
    f.rule = kHeadcountBelowLines;
    f.severity = severity_of(f.rule);
    f.message += ": a headcount counts once a person in two of its lines, so its total may be less than they add up to";
  }
}

} // namespace fundbook::rules
