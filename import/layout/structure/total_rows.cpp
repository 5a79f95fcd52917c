// Total rows in a hierarchy. Walking down the table, the rows read so far
// are kept as items: figure rows, and totals standing for the items they
// add up. A row named as a total ("Subtotal Revenue", "Grand Total") is
// tried against several readings of the items above it: the block up to the
// blank row; the items since the last named total; all items (subtotals in
// place of their rows); the subtotals alone; the figure rows alone. The
// reading that explains the most columns is its structure and its items are
// folded into it. A row with no total word is a subtotal only if it closes a
// block (a blank row follows) and adds up that block in every column.
#include "import/layout/structure/infer.hpp"

#include <algorithm>

namespace fundbook::structure {

namespace {
struct Item {
  std::size_t row = 0; // index into g.rows
  bool separator = false;
  bool total = false;
  bool named = false;                    // a total by its words
  std::vector<std::size_t> leaves;       // figure rows it stands for
};

struct RowReading {
  std::string name;
  std::vector<std::size_t> items; // indexes into the item list
};

std::string plural(std::size_t n, const char *one, const char *many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}
std::string quoted(const std::string &s) {
  std::string t = s.size() > 60 ? s.substr(0, 57) + "..." : s;
  return "'" + t + "'";
}

enum class Fit { Exact, Near, Off, None };

struct Tally {
  std::size_t exact = 0, exact_nonzero = 0, near = 0, off = 0;
};
} // namespace

void infer_total_rows(const Region &g, const SheetView &v, Inferred &out) {
  const std::size_t ncols = g.cols.size();
  std::vector<Item> items;
  std::vector<StatedTotal> found;
  std::size_t found_explained = 0;
  std::vector<std::string> unexplained_names;

  auto sum = [&](const std::vector<std::size_t> &its, std::size_t c, std::size_t &parts) {
    Money s;
    parts = 0;
    for (std::size_t k : its) {
      if (auto &a = g.cells[items[k].row][c]) {
        s += a->value;
        ++parts;
      }
    }
    return s;
  };
  auto fit = [&](std::size_t row, const std::vector<std::size_t> &its, std::size_t c) {
    auto &st = g.cells[row][c];
    if (!st || st->nil) return Fit::None;
    std::size_t parts = 0;
    Money s = sum(its, c, parts);
    if (!parts) return st->value.is_zero() ? Fit::None : Fit::Off;
    if (same_at_precision(st->value, s, g.col_noise[c], parts)) return Fit::Exact;
    if ((st->value - s).abs() <= rounding_bound(st->value, Money::from_pence(g.col_step[c]), parts)) return Fit::Near;
    return Fit::Off;
  };
  auto tally = [&](std::size_t row, const std::vector<std::size_t> &its) {
    Tally t;
    for (std::size_t c = 0; c < ncols; ++c) {
      Fit f = fit(row, its, c);
      if (f == Fit::Exact) {
        ++t.exact;
        if (!g.cells[row][c]->value.is_zero()) ++t.exact_nonzero;
      }
      t.near += f == Fit::Near;
      t.off += f == Fit::Off;
    }
    return t;
  };
  auto fold = [&](std::size_t row, const std::vector<std::size_t> &its, bool named) {
    Item t;
    t.row = row;
    t.total = true;
    t.named = named;
    for (std::size_t k : its) {
      std::vector<std::size_t> l = items[k].total ? items[k].leaves : std::vector<std::size_t>{items[k].row};
      t.leaves.insert(t.leaves.end(), l.begin(), l.end());
    }
    std::vector<Item> kept;
    std::size_t next = 0;
    for (std::size_t k = 0; k < items.size(); ++k) {
      if (next < its.size() && its[next] == k) {
        ++next;
        continue;
      }
      kept.push_back(std::move(items[k]));
    }
    kept.push_back(std::move(t));
    items = std::move(kept);
  };
  auto emit = [&](std::size_t row, const std::vector<RowReading> &readings) {
    for (std::size_t c = 0; c < ncols; ++c) {
      auto &st = g.cells[row][c];
      if (!st || st->nil) continue;
      StatedTotal s;
      s.cell = CellRef{g.rows[row], g.cols[c]};
      s.stated = st->value;
      s.step = Money::from_pence(g.col_step[c]);
      s.noise = g.col_noise[c];
      std::string who = g.labels[row].empty() ? "The total row " + std::to_string(g.rows[row] + 1) : quoted(g.labels[row]);
      s.what = who + (g.col_names[c].empty() ? " in column " + column_name(g.cols[c]) : " for " + quoted(g.col_names[c]));
      for (auto &r : readings) {
        Reading rd;
        rd.name = r.name;
        for (std::size_t k : r.items) {
          if (auto &a = g.cells[items[k].row][c]) {
            rd.sum += a->value;
            rd.parts.push_back(CellRef{g.rows[items[k].row], g.cols[c]});
          }
        }
        s.readings.push_back(std::move(rd));
      }
      if (same_at_precision(s.stated, s.readings[0].sum, s.noise, s.readings[0].parts.size())) ++found_explained;
      found.push_back(std::move(s));
    }
  };

  for (std::size_t i = 0; i < g.rows.size(); ++i) {
    if (i > 0 && g.rows[i] - g.rows[i - 1] > 1) items.push_back(Item{0, true, false, false, {}});
    bool last = i + 1 == g.rows.size();
    bool closes_block = last || g.rows[i + 1] - g.rows[i] > 1;
    bool named = g.row_total[i] != TotalWord::None || (last && g.labels[i].empty() && i >= 2);
    if (!named && !closes_block) {
      items.push_back(Item{i, false, false, false, {}});
      continue;
    }
    // The items since the last blank row (worked out only at a block's end
    // or a total: a long extract has thousands of rows and no totals).
    std::vector<std::size_t> block;
    for (std::size_t k = items.size(); k-- > 0;) {
      if (items[k].separator) break;
      block.push_back(k);
    }
    std::reverse(block.begin(), block.end());
    if (!named) {
      if (block.size() >= 2) {
        Tally t = tally(i, block);
        // Every column adds up (exactly, or within the rounding of figures
        // rounded as a forecast is), or all but one of three or more.
        if ((t.off == 0 && (t.exact_nonzero >= 1 || t.near >= 2)) || (t.exact_nonzero >= 3 && t.off <= 1)) {
          emit(i, {{"the " + plural(block.size(), "row", "rows") + " above it up to the blank row", block}});
          fold(i, block, false);
          continue;
        }
      }
      items.push_back(Item{i, false, false, false, {}});
      continue;
    }
    // A named total: the readings, most specific first.
    std::vector<RowReading> readings;
    auto add = [&](std::string name, std::vector<std::size_t> its) {
      if (its.empty()) return;
      for (auto &r : readings)
        if (r.items == its) return;
      readings.push_back({std::move(name), std::move(its)});
    };
    add("the " + plural(block.size(), "row", "rows") + " above it" +
            (block.size() + 1 < items.size() ? " up to the blank row" : ""),
        block);
    std::optional<std::size_t> last_named;
    for (std::size_t k = 0; k < items.size(); ++k)
      if (items[k].named) last_named = k;
    std::vector<std::size_t> since, all, subtotals;
    for (std::size_t k = 0; k < items.size(); ++k) {
      if (items[k].separator) continue;
      all.push_back(k);
      if (items[k].total) subtotals.push_back(k);
      if (last_named && k > *last_named) since.push_back(k);
    }
    if (last_named)
      add("the " + plural(since.size(), "row", "rows") + " since " + quoted(g.labels[items[*last_named].row]), since);
    add("the " + plural(all.size(), "row and subtotal", "rows and subtotals") + " above it", all);
    if (subtotals.size() >= 2) add("the " + plural(subtotals.size(), "subtotal", "subtotals") + " above it", subtotals);
    if (readings.empty()) {
      items.push_back(Item{i, false, false, false, {}});
      continue;
    }
    std::size_t best = 0;
    std::size_t best_score = 0;
    for (std::size_t k = 0; k < readings.size(); ++k) {
      Tally t = tally(i, readings[k].items);
      std::size_t score = t.exact * 2 + t.near;
      if (score > best_score) {
        best_score = score;
        best = k;
      }
    }
    if (best_score == 0) {
      // Nothing explains it: the roll-up of everything above (subtotals in
      // place of their rows) is the structure's own reading.
      for (std::size_t k = 0; k < readings.size(); ++k)
        if (readings[k].items == all) best = k;
      unexplained_names.push_back(g.labels[i]);
    }
    std::swap(readings[0], readings[best]);
    std::vector<std::size_t> chosen = readings[0].items;
    emit(i, readings);
    fold(i, chosen, true);
  }
  // Believed only with evidence: some total in the table adds up exactly.
  if (found.empty()) return;
  if (found_explained == 0) {
    UncheckedBlock b;
    b.sheet = v.sheet().name;
    b.first = CellRef{g.rows.front(), g.cols.front()};
    b.last = CellRef{g.rows.back(), g.cols.back()};
    b.figures = g.figures;
    std::string names;
    for (std::size_t k = 0; k < unexplained_names.size() && k < 3; ++k)
      names += (k ? ", " : "") + quoted(unexplained_names[k]);
    b.why = "rows named as totals" + (names.empty() ? std::string() : " (" + names + ")") +
            " agree with no reading of the rows above them, so the table's structure is not known";
    out.doubtful.push_back(std::move(b));
    return;
  }
  out.explained += found_explained;
  for (auto &s : found) out.totals.push_back(std::move(s));
}

} // namespace fundbook::structure
