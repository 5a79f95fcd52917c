// relation-mismatch: a figure its table works out from others by a relation
// that is no sum (import/layout/structure/relations.cpp says which are read,
// and when believed). Wrong only when no plausible reading explains it: the
// structure's reading, the other readings (the opposite sign convention,
// another pair of columns), and the rounding of the table's own figures.
//
// One cause, one finding: a figure typed wrong in a variance or a balance
// breaks its relation and the total of its column alike. Where correcting
// the worked-out figure to its relation makes a wrong total agree, the
// relation's finding stands and the total's is folded into it; where
// correcting one of the figures it comes from does, the total's finding
// stands (the figure is a part of it) and says the relation breaks too.
#include <algorithm>
#include <cmath>

#include "core/concat.hpp"
#include "engine/rules/registry.hpp"
#include "import/layout/structure/infer.hpp"

namespace fundbook::rules {

namespace {
// The error finding of this table's totals at `cell`, from `from` on.
std::optional<std::size_t> total_finding_at(const std::vector<Finding> &out, std::size_t from, CellRef cell) {
  for (std::size_t i = from; i < out.size(); ++i)
    if (out[i].cell == cell && (out[i].rule == kColumnTotal || out[i].rule == kRowTotal) && out[i].stated &&
        out[i].computed)
      return i;
  return std::nullopt;
}

// Whether relation r holds once the figure it comes from with this sign is
// corrected as finding f says (f's stated figure taken at its computed one),
// and the words f then says of r.
bool agrees_once_corrected(const Relation &r, int sign, const Finding &f) {
  Money moved = *f.computed - *f.stated;
  return same_at_precision(r.stated, sign > 0 ? r.value + moved : r.value - moved, r.noise, r.terms.size());
}
std::string said_agreeing_once_corrected(const Relation &r) {
  return concat("; ", r.what, " at ", a1(r.cell), " (", r.reading, ") agrees once it is corrected");
}
} // namespace

std::size_t relations(const std::string &path, const TotalsTable &t, const Settings &s, std::vector<Finding> &out,
                      std::size_t from) {
  std::size_t n = 0;
  std::vector<std::size_t> folded; // total findings a relation's finding says
  std::vector<Finding> found;
  std::vector<const Relation *> found_of; // the relation of each finding found
  // A finding at the relation's figure: what it says against what its reading gives.
  auto at_relation = [&](const char *rule, const Relation &r) {
    Finding f = finding_of(rule, path);
    f.sheet = t.sheet;
    f.cell = r.cell;
    f.stated = r.stated;
    f.computed = r.value;
    f.unit = t.unit;
    f.message = concat(r.what, " says ", structure::show_amount(r.stated), " but ", r.reading, " ", r.verb, " ",
                       structure::show_amount(r.value));
    return f;
  };
  for (const Relation &r : t.relations) {
    if (r.value.is_too_large() || r.stated.is_too_large()) continue;
    ++n;
    std::size_t parts = r.terms.size();
    if (same_at_precision(r.stated, r.value, r.noise, parts)) {
      // Worked out from a figure found wrong (a 'Change' column's formula
      // over a total typed wrong), it carries that figure's error: its own
      // total's finding, off by just as much, is said with that figure's.
      auto mine = total_finding_at(out, from, r.cell);
      for (auto [c, sign] : r.terms) {
        auto at = c == r.cell || !mine ? std::nullopt : total_finding_at(out, from, c);
        if (!at) continue;
        const Money moved = *out[*at].computed - *out[*at].stated;
        if (*out[*mine].computed != (sign > 0 ? r.stated + moved : r.stated - moved)) continue;
        out[*at].message += concat("; ", r.what, " at ", a1(r.cell), " (", r.reading,
                                   ") follows from this figure, and agrees with its own total once it is corrected");
        folded.push_back(*mine);
        break;
      }
      continue;
    }
    bool explained = std::any_of(r.others.begin(), r.others.end(),
                                 [&](Money o) { return same_at_precision(r.stated, o, r.noise, parts); });
    // A variance worked out from unrounded figures and then rounded is
    // off by a step or two of the table's rounding: no sign of a wrong one,
    // but no agreement either. Said as a rounding note, as a total so off
    // is (stated_totals), unless another reading gives the figure exactly:
    // a closing balance 1,000 off in a statement whose every figure is a
    // round thousand is never counted silently as agreeing.
    std::size_t spread = std::max(parts, r.spread);
    const Money off = (r.stated - r.value).abs();
    const Money tolerance = tolerance_for(s, t.unit, r.noise ? Money() : t.written_step, spread);
    const Money by_rounding = rounding_bound(r.stated, r.step, spread);
    if (off <= (s.tolerance_given ? tolerance : std::max(tolerance, by_rounding))) {
      if (explained) continue;
      // A total it comes from off by as much, to its rounding (a budget
      // gap worked out from a total a tenth off its lines): that total's
      // note says it, once.
      bool told = false;
      for (auto [c, sign] : r.terms)
        for (std::size_t i = from; i < out.size() && !told; ++i)
          if (out[i].cell == c && out[i].rule == kRounding && out[i].stated && out[i].computed &&
              agrees_once_corrected(r, sign, out[i])) {
            out[i].message += said_agreeing_once_corrected(r);
            told = true;
          }
      if (told) continue;
      Finding f = at_relation(kRounding, r);
      f.message +=
          concat(" (", allowance_words(r.noise, r.step, t, t.written_step, s, off, tolerance, by_rounding), ")");
      out.push_back(std::move(f));
      continue;
    }
    if (explained) continue;
    // A total found wrong that is this figure, or one it comes from, and
    // that explains the relation too once taken at what its parts add up to.
    bool told = false;
    if (auto at = total_finding_at(out, from, r.cell); at && *out[*at].computed == r.value) {
      out[*at].message += concat("; ", r.reading, " give the same");
      told = true;
    }
    for (auto [c, sign] : r.terms) {
      auto at = total_finding_at(out, from, c);
      if (told || !at || !agrees_once_corrected(r, sign, out[*at])) continue;
      out[*at].message += said_agreeing_once_corrected(r);
      told = true;
    }
    // The figure a total that agrees with its parts, one of them a total
    // found wrong (a council total's variance adding a service's variance
    // typed wrong): it carries that figure's error, and the relation agrees
    // once the wrong figure is corrected. Said with it, once.
    for (const StatedTotal &st : t.totals) {
      if (told || st.cell != r.cell) continue;
      for (const Reading &rd : st.readings) {
        if (told || !same_at_precision(st.stated, rd.sum, st.noise, rd.parts.size())) continue;
        for (CellRef p : rd.parts) {
          auto at = total_finding_at(out, from, p);
          if (!at || p == r.cell) continue;
          const Money moved = *out[*at].computed - *out[*at].stated;
          if (!same_at_precision(r.stated + moved, r.value, r.noise, parts)) continue;
          out[*at].message += concat("; ", r.what, " at ", a1(r.cell), ", which adds this figure, disagrees with ",
                                     r.reading, " too, and agrees once it is corrected");
          told = true;
          break;
        }
      }
    }
    if (told) continue;
    // Which figure is wrong: one a wrong total of this table adds, and
    // whose correction makes that total agree.
    std::vector<std::size_t> mine; // wrong totals that agree once this figure is corrected
    for (const StatedTotal &st : t.totals) {
      if (st.readings.empty()) continue;
      auto at = total_finding_at(out, from, st.cell);
      if (!at) continue;
      const Reading &own = st.readings.front();
      auto holds = [&](CellRef c) { return std::find(own.parts.begin(), own.parts.end(), c) != own.parts.end(); };
      if (holds(r.cell) && same_at_precision(st.stated, own.sum - (r.stated - r.value), st.noise, own.parts.size())) {
        mine.push_back(*at);
        continue;
      }
      for (auto [c, sign] : r.terms) {
        Money off = r.stated - r.value; // the term corrected is off by this, times its sign
        Money corrected = sign > 0 ? own.sum + off : own.sum - off;
        if (!holds(c) || !same_at_precision(st.stated, corrected, st.noise, own.parts.size())) continue;
        out[*at].message += concat("; ", r.what, " (", r.reading, ") at ", a1(r.cell),
                                   " disagrees too, and agrees once ", a1(c), " is corrected");
        told = true;
        break;
      }
      if (told) break;
    }
    if (told) continue;
    Finding f = at_relation(r.cumulative ? kCumulativeTotal : kRelation, r);
    for (std::size_t i : mine) {
      f.message += concat("; the total at ", a1(*out[i].cell), ", which adds this figure, agrees once it is corrected");
      folded.push_back(i);
    }
    found.push_back(std::move(f));
    found_of.push_back(&r);
  }
  // A relation that breaks only because a figure it comes from breaks its
  // own relation (a net line worked out from a wrong subtotal line) follows
  // from it: said with it, once.
  for (std::size_t k = 0; k < found.size();) {
    const Relation &r = *found_of[k];
    std::optional<std::size_t> cause;
    for (std::size_t m = 0; m < found.size() && !cause; ++m) {
      if (m == k) continue;
      for (auto [c, sign] : r.terms) {
        if (c == *found[m].cell && agrees_once_corrected(r, sign, found[m])) cause = m;
      }
    }
    if (!cause) {
      ++k;
      continue;
    }
    found[*cause].message += said_agreeing_once_corrected(r);
    found.erase(found.begin() + std::ptrdiff_t(k));
    found_of.erase(found_of.begin() + std::ptrdiff_t(k));
  }
  // A total whose relation breaks by just what the relations of the
  // figures it adds break by follows from them: said with them, once. So
  // does a total adding such a total (a council total over a service's
  // subtotal): the cells already said with a figure carry it, by what they
  // are off (the cell said, the figure's cell, the amount).
  struct Carried {
    CellRef cell, by;
    Money off;
  };
  std::vector<Carried> carried;
  auto index_of = [&](CellRef c) -> std::optional<std::size_t> {
    for (std::size_t m = 0; m < found.size(); ++m)
      if (*found[m].cell == c) return m;
    return std::nullopt;
  };
  for (std::size_t k = 0; k < found.size();) {
    const StatedTotal *st = nullptr;
    for (const StatedTotal &x : t.totals)
      if (!x.total_column && x.cell == *found[k].cell && !x.readings.empty()) st = &x;
    Money off_parts;
    std::optional<std::size_t> first;
    if (st)
      for (const CellRef &p : st->readings.front().parts) {
        std::optional<std::size_t> m = index_of(p);
        Money off;
        if (m && *m != k) {
          off = *found[*m].stated - *found[*m].computed;
        } else if (auto c = std::find_if(carried.begin(), carried.end(), [&](const Carried &x) { return x.cell == p; });
                   !m && c != carried.end()) {
          m = index_of(c->by);
          off = c->off;
        }
        if (!m || *m == k) continue;
        off_parts += off;
        if (!first) first = m;
      }
    const Money off = *found[k].stated - *found[k].computed;
    if (!first || off_parts != off) {
      ++k;
      continue;
    }
    found[*first].message +=
        concat("; the total at ", a1(*found[k].cell), ", which adds this figure, disagrees by the same");
    carried.push_back({*found[k].cell, *found[*first].cell, off});
    found.erase(found.begin() + std::ptrdiff_t(k));
  }
  erase_findings(out, std::move(folded));
  for (auto &f : found) out.push_back(std::move(f));
  return n;
}

} // namespace fundbook::rules
