// One cause, one finding: a total that adds up a wrong total. Where a row's
// Total is wrong, the Total column's own total (the table's corner) no
// longer agrees with the figures above it, though it is right: it agrees
// once the wrong total is taken at what its own parts add up to. That second
// finding is a consequence of the first, not another error, so it is folded
// into the first finding's message instead of standing on its own.
#include <algorithm>
#include <map>

#include "engine/rules/registry.hpp"
#include "import/layout/structure/infer.hpp"

namespace fundbook::rules {

namespace {
using ByCell = std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t>;

// The wrong totals that reading r of `st` adds whose correction makes it
// agree (the findings' indexes), or none.
std::vector<std::size_t> knock_on_causes(const StatedTotal &st, const Reading &r, const ByCell &wrong, std::size_t self,
                                         const std::vector<Finding> &out) {
  std::vector<std::size_t> found;
  for (const CellRef &p : r.parts) {
    auto c = wrong.find(std::pair{p.row, p.col});
    if (c != wrong.end() && c->second != self) found.push_back(c->second);
  }
  // Within the rounding of its figures: the wrong total's own parts may
  // add up to it only so (a month's published total of unrounded lines).
  auto agrees_once = [&](const std::vector<std::size_t> &causes) {
    Money corrected = r.sum;
    for (std::size_t c : causes) corrected -= *out[c].stated - *out[c].computed;
    return same_at_precision(st.stated, corrected, st.noise, r.parts.size()) ||
           (st.stated - corrected).abs() <= total_rounding_bound(st, st.step, r.parts.size());
  };
  // Every wrong figure it adds corrected; else, where a few are, the most
  // of them that make it agree: a figure found wrong against its row may
  // be right in its column, its row's error another figure's (a gross
  // figure typed high puts out the row's net figure, which the net
  // column's subtotal then bears out as it stands).
  constexpr std::size_t kMaxCauses = 4;
  std::vector<std::size_t> causes;
  if (!found.empty() && agrees_once(found)) {
    causes = found;
  } else if (found.size() >= 2 && found.size() <= kMaxCauses) {
    for (std::size_t mask = 1; mask + 1 < (std::size_t{1} << found.size()); ++mask) {
      std::vector<std::size_t> some;
      for (std::size_t k = 0; k < found.size(); ++k)
        if (mask & (std::size_t{1} << k)) some.push_back(found[k]);
      if (some.size() > causes.size() && agrees_once(some)) causes = std::move(some);
    }
  }
  return causes;
}
} // namespace

void fold_knock_on_totals(const TotalsTable &t, std::vector<Finding> &out, std::size_t from) {
  auto key = [](CellRef c) { return std::pair{c.row, c.col}; };
  ByCell wrong; // error findings of this table by cell
  std::map<std::pair<std::uint32_t, std::uint32_t>, int> per_cell;
  for (std::size_t i = from; i < out.size(); ++i) {
    const Finding &f = out[i];
    if (f.severity != Severity::Error || !f.cell) continue;
    ++per_cell[key(*f.cell)];
    if (f.stated && f.computed) wrong.emplace(key(*f.cell), i);
  }
  if (wrong.size() < 2) return;
  std::vector<std::size_t> folded;
  for (const StatedTotal &st : t.totals) {
    if (st.readings.empty()) continue;
    auto at = wrong.find(key(st.cell));
    if (at == wrong.end()) continue;
    const Finding &f = out[at->second];
    // A total wrong against its own row (or column) too is wrong in its own right.
    if (f.rule != (st.total_column ? kRowTotal : kColumnTotal)) continue;
    if (per_cell[key(st.cell)] > 1) continue;
    // Its own reading first; else another plausible reading of it (the
    // table's subtotals where its own reading is the last block): a grand
    // total that agrees with its subtotals once the wrong one is corrected
    // is that subtotal's knock-on, whichever reading shows it.
    std::vector<std::size_t> causes;
    for (const Reading &r : st.readings) {
      causes = knock_on_causes(st, r, wrong, at->second, out);
      if (!causes.empty()) break;
    }
    // Or the total is worked out the other way from figures found wrong (a
    // Total row's 'Total' the sum of the row's figures, one of them wrong
    // against its column): it agrees with them as they stand, and with its
    // own reading once they are corrected.
    for (const StatedTotal &other : t.totals) {
      if (!causes.empty()) break;
      if (other.total_column == st.total_column || key(other.cell) != key(st.cell)) continue;
      const Reading *as_worked = agreeing_reading(other);
      if (!as_worked) continue;
      std::vector<std::size_t> found;
      Money moved;
      for (const CellRef &p : as_worked->parts)
        if (auto c = wrong.find(key(p)); c != wrong.end() && c->second != at->second) {
          found.push_back(c->second);
          moved += *out[c->second].computed - *out[c->second].stated;
        }
      const Reading &own = st.readings.front();
      if (!found.empty() && same_at_precision(st.stated + moved, own.sum, st.noise, own.parts.size()))
        causes = std::move(found);
    }
    if (causes.empty()) continue;
    for (std::size_t c : causes)
      out[c].message += "; the total at " + a1(st.cell) + ", which adds this figure, agrees once it is corrected";
    folded.push_back(at->second);
  }
  erase_findings(out, std::move(folded));
}

} // namespace fundbook::rules

namespace fundbook::rules {

void fold_same_cell_totals(const TotalsTable &t, std::vector<Finding> &out, std::size_t from) {
  auto key = [](CellRef c) { return std::pair{c.row, c.col}; };
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> first; // the first total error at each cell
  std::vector<std::size_t> folded;
  for (std::size_t i = from; i < out.size(); ++i) {
    const Finding &f = out[i];
    if (f.severity != Severity::Error || !f.cell || !f.computed || (f.rule != kRowTotal && f.rule != kColumnTotal))
      continue;
    auto [at, fresh] = first.emplace(key(*f.cell), i);
    if (fresh) continue;
    Finding &kept = out[at->second];
    if (kept.rule == f.rule) continue;
    // The other direction's reading, by name, from the total it checked.
    const bool across = f.rule == kRowTotal;
    auto st = std::find_if(t.totals.begin(), t.totals.end(), [&](const StatedTotal &s) {
      return s.total_column == across && key(s.cell) == key(*f.cell) && !s.readings.empty();
    });
    if (st == t.totals.end()) continue;
    const std::string &name = st->readings.front().name;
    kept.message +=
        "; " + name + " " + std::string(adds_up_to(name)) + " " +
        (kept.computed && *kept.computed == *f.computed ? std::string("the same")
                                                        : structure::show_amount(*f.computed, kept.decimals));
    folded.push_back(i);
  }
  erase_findings(out, std::move(folded));
}

namespace {
// The finding of a row's total `f`, made the finding of the figure x that it
// and a column's total both add, off by the same `off`: what x says, what
// would make both totals agree, and where they are (the row's total related;
// `column` names the column's total).
void blame_figure(Finding &f, CellRef x, Money said, Money off, const std::string &says, const std::string &would,
                  const std::string &column, const std::string &sheet) {
  const CellRef row_total = *f.cell;
  f.message = "The figure at " + a1(x) + " says " + says + " where " + would +
              " would make both totals that add it agree: at " + a1(row_total) + ", " + f.message + "; " + column;
  f.cell = x;
  f.stated = said;
  f.computed = said + off;
  f.related.push_back({f.path, f.sheet.value_or(sheet), row_total});
}
} // namespace

// A figure inside the table typed wrong puts out both its row's Total and
// its column's Total by the same amount: one cause, so one finding, at the
// figure both add (what it says, and what would make both agree), naming
// the row total and the column total off with it.
void fold_crossing_component(const TotalsTable &t, std::vector<Finding> &out, std::size_t from) {
  auto key = [](CellRef c) { return std::pair{c.row, c.col}; };
  std::map<std::pair<std::uint32_t, std::uint32_t>, const StatedTotal *> across, down;
  for (const StatedTotal &st : t.totals)
    if (!st.readings.empty()) (st.total_column ? across : down).emplace(key(st.cell), &st);
  std::map<std::pair<std::uint32_t, std::uint32_t>, int> per_cell;
  for (std::size_t i = from; i < out.size(); ++i)
    if (out[i].severity == Severity::Error && out[i].cell) ++per_cell[key(*out[i].cell)];
  auto lone = [&](const Finding &f, const char *rule) {
    if (f.severity != Severity::Error || f.rule != rule || !f.cell || !f.stated || !f.computed) return false;
    auto n = per_cell.find(key(*f.cell));
    return n != per_cell.end() && n->second == 1;
  };
  // The column totals found wrong, gathered once: a long table may have
  // many wrong row totals and few wrong column totals. A column total off
  // only within the rounding its lines allow (a note, no error) is one too
  // where a row's total is found wrong by exactly as much and both add the
  // figure where they cross: the figure, not rounding, puts out both.
  auto rounding_note = [&](const Finding &f) {
    return f.severity == Severity::Info && f.rule == kRounding && f.cell && f.stated && f.computed &&
           !per_cell.contains(key(*f.cell)) && *f.stated != *f.computed;
  };
  std::vector<std::size_t> downs;
  for (std::size_t j = from; j < out.size(); ++j)
    if (lone(out[j], kColumnTotal) || rounding_note(out[j])) downs.push_back(j);
  if (downs.empty()) return;
  std::vector<std::size_t> folded;
  std::vector<bool> used(out.size(), false);
  for (std::size_t i = from; i < out.size(); ++i) {
    if (used[i] || !lone(out[i], kRowTotal)) continue;
    auto a = across.find(key(*out[i].cell));
    if (a == across.end()) continue;
    const Money off = *out[i].stated - *out[i].computed;
    for (std::size_t j : downs) {
      if (used[j] || *out[j].stated - *out[j].computed != off) continue;
      auto d = down.find(key(*out[j].cell));
      if (d == down.end()) continue;
      // The figure on the row total's row and in the column total's column,
      // added by both their own readings.
      const CellRef x{out[i].cell->row, out[j].cell->col};
      auto adds = [&](const StatedTotal &st) {
        const auto &p = st.readings.front().parts;
        return std::find(p.begin(), p.end(), x) != p.end();
      };
      if (!adds(*a->second) || !adds(*d->second)) continue;
      Finding &f = out[i];
      const std::string column = d->second->what + " at " + a1(*out[j].cell) + " is off by the same " +
                                 structure::show_amount(off.abs(), out[i].decimals);
      // The figure both add is what one cause explains: the finding is
      // its, at what it says and what would make both totals agree (a
      // gross figure typed wrong is blamed on itself, not on the row's Net).
      const Reading &own = a->second->readings.front();
      auto at = std::find(own.parts.begin(), own.parts.end(), x);
      if (own.values.size() == own.parts.size()) {
        const Money said = own.values[std::size_t(at - own.parts.begin())];
        blame_figure(f, x, said, off, structure::show_amount(said, f.decimals),
                     structure::show_amount(said + off, f.decimals), column, t.sheet);
      } else {
        f.message += "; " + column + ": both add the figure at " + a1(x) + ", which is the likelier one to check";
        f.related.push_back({f.path, f.sheet.value_or(t.sheet), x});
      }
      f.related.push_back({f.path, f.sheet.value_or(t.sheet), *out[j].cell});
      used[i] = used[j] = true;
      folded.push_back(j);
      break;
    }
  }
  erase_findings(out, std::move(folded));
}

} // namespace fundbook::rules

namespace fundbook::rules {

// A table of the council's shapes has two kinds of total: each row's TOTAL
// (row-total-mismatch, the Total row's own among them) and the Total row's
// figure for each column (column-total-mismatch). One figure typed wrong puts
// out two of them, and the one figure whose change makes both agree is the
// one blamed:
// - the Total row's figure for a column, wrong against the rows above it,
//   puts out the Total row's TOTAL too, though that is right: it agrees once
//   the figure is corrected, so it is said in the figure's finding;
// - a line's figure puts out its row's TOTAL and its column's Total by the
//   same amount: one finding at the figure, where exactly one row and one
//   column are off by that amount (two of either are two causes at least).
void fold_figure_table_totals(const TableView &v, const Settings &s, std::vector<Finding> &out, std::size_t from) {
  const FigureTable &t = v.table;
  if (!t.total_row) return;
  auto key = [](CellRef c) { return std::pair{c.row, c.col}; };
  std::map<std::pair<std::uint32_t, std::uint32_t>, int> per_cell;
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> at; // total errors with their figures, by cell
  for (std::size_t i = from; i < out.size(); ++i) {
    const Finding &f = out[i];
    if (f.severity != Severity::Error || !f.cell) continue;
    ++per_cell[key(*f.cell)];
    if ((f.rule == kRowTotal || f.rule == kColumnTotal) && f.stated && f.computed) at.emplace(key(*f.cell), i);
  }
  if (at.size() < 2) return;
  // The finding of rule `rule` at cell c, where it is the only error there.
  auto lone = [&](CellRef c, const char *rule) -> std::optional<std::size_t> {
    auto it = at.find(key(c));
    if (it == at.end() || per_cell[key(c)] != 1 || out[it->second].rule != rule) return std::nullopt;
    return it->second;
  };
  auto off = [&](std::size_t i) { return *out[i].stated - *out[i].computed; };
  const FigureRow &total = *t.total_row;
  std::vector<std::size_t> columns; // the column totals found wrong, and their columns
  std::vector<std::size_t> column_of;
  for (std::size_t k = 0; k < total.values.size() && k < t.columns.size(); ++k)
    if (total.values[k])
      if (auto c = lone(total.values[k]->ref, kColumnTotal)) {
        columns.push_back(*c);
        column_of.push_back(k);
      }
  std::vector<std::size_t> folded;
  // The Total row's TOTAL adding the lines' TOTALs (its column found right)
  // where lines' TOTALs were typed wrong: off against the Total row's
  // figures by what they are off together, it agrees once they are
  // corrected (a formula copy's =SUM of the TOTAL column carries the slip).
  if (columns.empty() && total.stated_total)
    if (auto corner = lone(total.stated_total->ref, kRowTotal)) {
      std::vector<std::size_t> lines;
      Money together;
      for (const auto &[cell, i] : at)
        if (i != *corner && cell.second == total.stated_total->ref.col && out[i].rule == kRowTotal &&
            lone(*out[i].cell, kRowTotal)) {
          lines.push_back(i);
          together += off(i);
        }
      // It adds the lines' TOTALs as they stand: so it carries their slips.
      Money stated_lines;
      bool every_line = true;
      v.each_row([&](const RowFigures &row) {
        if (!row.stated_total)
          every_line = false;
        else if (key(row.stated_total->ref) != key(total.stated_total->ref))
          stated_lines += row.stated_total->amount;
      });
      const bool adds_lines = every_line && stated_lines == total.stated_total->amount;
      if (adds_lines && !lines.empty() && !together.is_zero() && off(*corner) == together) {
        for (std::size_t i : lines)
          out[i].message +=
              "; the total at " + a1(total.stated_total->ref) + ", which adds this figure, agrees once it is corrected";
        folded.push_back(*corner);
      }
    }
  if (columns.empty()) {
    erase_findings(out, std::move(folded));
    return;
  }
  // The Total row's TOTAL, right once the Total row's wrong figures are
  // taken at what their rows add up to.
  if (total.stated_total)
    if (auto corner = lone(total.stated_total->ref, kRowTotal)) {
      Money corrected = *out[*corner].computed;
      for (std::size_t c : columns) corrected -= off(c);
      if (compare(*out[*corner].stated, corrected, t.unit, s) != Agreement::Mismatch) {
        for (std::size_t c : columns)
          out[c].message +=
              "; the total at " + a1(total.stated_total->ref) + ", which adds this figure, agrees once it is corrected";
        folded.push_back(*corner);
      }
    }
  // Lines' TOTALs found wrong, by the cell of their TOTAL (none where the
  // Total row's own figures were found wrong: its TOTAL said which).
  if (!folded.empty()) columns.clear();
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> rows;
  for (const auto &[cell, i] : at)
    if (out[i].rule == kRowTotal && (!total.stated_total || key(total.stated_total->ref) != cell) &&
        lone(*out[i].cell, kRowTotal))
      rows.emplace(cell, i);
  if (!rows.empty() && !columns.empty()) {
    auto same_off = [&](std::size_t i, const std::vector<std::size_t> &among) {
      return std::count_if(among.begin(), among.end(), [&](std::size_t j) { return off(j) == off(i); });
    };
    std::vector<std::size_t> row_findings;
    row_findings.reserve(rows.size());
    for (const auto &[cell, i] : rows) row_findings.push_back(i);
    v.each_row([&](const RowFigures &row) {
      if (!row.stated_total) return;
      auto r = rows.find(key(row.stated_total->ref));
      if (r == rows.end() || same_off(r->second, row_findings) != 1) return;
      for (std::size_t n = 0; n < columns.size(); ++n) {
        const std::size_t j = columns[n], k = column_of[n];
        if (off(j) != off(r->second) || same_off(j, columns) != 1) continue;
        if (k >= row.values.size() || !row.values[k]) continue;
        const Figure &x = *row.values[k];
        const Money o = off(r->second);
        Finding &f = out[r->second];
        const std::string column =
            column_total_what(t, k) + " at " + a1(*out[j].cell) + " is off by the same " + show(o.abs(), t.unit);
        blame_figure(f, x.ref, x.amount, o, show(x.amount, t.unit), show(x.amount + o, t.unit), column, t.sheet);
        f.related.push_back({f.path, f.sheet.value_or(t.sheet), *out[j].cell});
        folded.push_back(j);
        break;
      }
    });
  }
  erase_findings(out, std::move(folded));
}

} // namespace fundbook::rules
