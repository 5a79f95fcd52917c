// decimal-point-slip: a figure written "1.030" in a table whose other
// figures are all whole, which its totals add up as 1,030. Read as written,
// the total that adds it is off by 1,028.97 and would be called wrong,
// though it is right and the figure is what was mistyped: a plausible
// reading explains the total, so the total is no error. The figure is said
// instead, at its cell, and the totals are checked with it read as thousands.
//
// Believed only on all the evidence at once: the figure is the table's one
// written with decimals, and with exactly three (import/layout/totals_tables.cpp);
// read as thousands, every total and relation that counts it agrees exactly,
// not nearly; and read as written, one of them is off by more than rounding.
// Anything less (another total that adds it agreeing as written, or off
// either way) and the table is checked as written, as before.
#include <algorithm>
#include <iterator>

#include "core/concat.hpp"
#include "engine/rules/registry.hpp"
#include "import/layout/structure/infer.hpp"

namespace fundbook::rules {

namespace {
// Whether a total counts the figure at c: states it, or any of its readings
// adds it (the reading it agrees with as written may be another than its own).
bool counts(const StatedTotal &st, CellRef c) {
  return st.cell == c || std::any_of(st.readings.begin(), st.readings.end(), [&](const Reading &r) {
           return std::find(r.parts.begin(), r.parts.end(), c) != r.parts.end();
         });
}
bool counts(const Relation &r, CellRef c) {
  return r.cell == c || std::any_of(r.terms.begin(), r.terms.end(), [&](const auto &t) { return t.first == c; });
}

// The total, or relation, with the slip's figure read as thousands.
StatedTotal read_as_thousands(StatedTotal st, const PointSlip &p) {
  const Money moved = p.as_thousands - p.as_read;
  if (st.cell == p.cell) st.stated = p.as_thousands;
  for (Reading &r : st.readings)
    for (std::size_t k = 0; k < r.parts.size(); ++k) {
      if (r.parts[k] != p.cell) continue;
      r.sum += moved;
      if (k < r.values.size()) r.values[k] += moved;
    }
  return st;
}
Relation read_as_thousands(Relation r, const PointSlip &p) {
  if (!counts(r, p.cell)) return r;
  const Money moved = p.as_thousands - p.as_read;
  if (r.cell == p.cell) r.stated = p.as_thousands;
  for (auto [c, sign] : r.terms)
    if (c == p.cell) r.value += sign > 0 ? moved : -moved;
  // What the other readings add is not kept term by term: the slip stands
  // or falls by the relation's own reading.
  r.others.clear();
  return r;
}

bool agrees(const Relation &r) {
  auto same = [&](Money m) { return same_at_precision(r.stated, m, r.noise, r.terms.size()); };
  return same(r.value) || std::any_of(r.others.begin(), r.others.end(), same);
}

// Off by more than the rounding of whole figures, and by no other reading.
bool off(const StatedTotal &st, Money unit) {
  if (st.readings.empty() || agreeing_reading(st)) return false;
  const Reading &own = st.readings.front();
  return (st.stated - own.sum).abs() > total_rounding_bound(st, std::max(st.step, unit), own.parts.size());
}
bool off(const Relation &r, Money unit) {
  if (agrees(r)) return false;
  return (r.stated - r.value).abs() >
         rounding_bound(r.stated, std::max(r.step, unit), std::max(r.terms.size(), r.spread));
}

// Whether the totals and relations of t bear the slip out (see the top),
// and the places of those that agree only read so.
bool borne_out(const TotalsTable &t, const PointSlip &p, std::vector<CellRef> &explained) {
  const Money unit = Money::from_pence(t.unit);
  bool any = false;
  for (const StatedTotal &st : t.totals) {
    if (st.readings.empty() || st.readings.front().sum.is_too_large() || !counts(st, p.cell)) continue;
    if (!agreeing_reading(read_as_thousands(st, p))) return false;
    if (off(st, unit)) explained.push_back(st.cell);
    any = true;
  }
  for (const Relation &r : t.relations) {
    if (r.value.is_too_large() || r.stated.is_too_large() || !counts(r, p.cell)) continue;
    if (!agrees(read_as_thousands(r, p))) return false;
    if (off(r, unit)) explained.push_back(r.cell);
    any = true;
  }
  return any && !explained.empty();
}

// "'Balances carried forward': '2023' at C9", the one total (or relation) at c.
std::string named_at(const TotalsTable &t, CellRef c) {
  for (const StatedTotal &st : t.totals)
    if (st.cell == c) return concat(st.what, " at ", a1(c));
  for (const Relation &r : t.relations)
    if (r.cell == c) return concat(r.what, " at ", a1(c));
  return a1(c);
}
} // namespace

const TotalsTable &read_point_slips(const std::string &path, const TotalsTable &t, std::vector<Finding> &out,
                                    std::optional<TotalsTable> &corrected) {
  for (const PointSlip &p : t.point_slips) {
    std::vector<CellRef> explained;
    if (!borne_out(t, p, explained)) continue;
    std::sort(explained.begin(), explained.end());
    explained.erase(std::unique(explained.begin(), explained.end()), explained.end());
    if (!corrected) corrected = t;
    for (StatedTotal &st : corrected->totals) st = read_as_thousands(std::move(st), p);
    for (Relation &r : corrected->relations) r = read_as_thousands(std::move(r), p);
    Finding f = finding_of(kPointSlip, path);
    f.sheet = t.sheet;
    f.cell = p.cell;
    f.stated = p.as_read;
    f.computed = p.as_thousands;
    f.unit = t.unit;
    // The totals it explains, by name; the figure itself where it is one.
    const bool itself = std::find(explained.begin(), explained.end(), p.cell) != explained.end();
    std::vector<CellRef> others;
    std::copy_if(explained.begin(), explained.end(), std::back_inserter(others),
                 [&](CellRef c) { return c != p.cell; });
    std::string totals;
    for (std::size_t k = 0; k < others.size(); ++k) {
      totals += concat(k == 0 ? "" : k + 1 == others.size() ? " and " : ", ", named_at(t, others[k]));
      f.related.push_back({path, t.sheet, others[k]});
    }
    const char *agree = others.size() == 1 ? " agrees" : " agree";
    std::string agreeing = !itself ? concat(totals, agree, " exactly")
                           : others.empty()
                               ? std::string("it agrees exactly with what it adds up")
                               : concat("it agrees exactly with what it adds up, and ", totals, agree, " too");
    f.message =
        concat(p.what, " is written '", p.written, "', which reads as ", structure::show_amount(p.as_read),
               ", but every other figure of the table is whole; read as ", structure::show_amount(p.as_thousands),
               " (the point a slip for a thousands comma), ", agreeing, ", and read as ",
               structure::show_amount(p.as_read), (explained.size() == 1 ? " it does not" : " none does"),
               ": the figure is the one to correct, and the totals were checked with it read as ",
               structure::show_amount(p.as_thousands));
    out.push_back(std::move(f));
  }
  return corrected ? *corrected : t;
}

} // namespace fundbook::rules
