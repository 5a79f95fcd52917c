// Total rows known by their figures alone, where no word, label or place
// names them: a row whose figures are, column by column, the sums of one
// and the same block of rows right above it. One column adding up is a
// coincidence as often as not; two or more adding the same block, each
// over two figures or more not zero, are the table's structure: the row is
// a total of that block. Where every figure of the row but one adds up so,
// the odd one is wrong at that cell: its neighbours in the row say what the
// row adds, and no other reading is left for it.
//
// Only rows the other inferences left alone are read so (no total row by
// words, hierarchy or formula), only blocks of the rows right above (a row
// under a table adds the table, not rows picked from its middle), not a
// dated row of a list of dated rows, and an accusation only where exactly
// one block gives it and no block explains every figure of the row.
#include "import/layout/structure/infer.hpp"

#include <algorithm>
#include <set>

namespace fundbook::structure {

namespace {
// The longest block of rows a total found by its figures alone may add.
// The sums of a long block coincide by chance more often than a short
// one's, and a table's unnamed totals add a few rows (a block, a running
// total) far more often than hundreds.
constexpr std::size_t kReach = 100;

std::string plural(std::size_t n, const char *one, const char *many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

struct Block {
  std::size_t len = 0;            // rows right above the total
  std::size_t agree = 0;          // figures equal to the block's sum, over two figures or more not zero
  std::optional<std::size_t> odd; // the one figure of the row that does not add up (index into g.cols)
  bool all = false;               // every figure of the row adds up, exactly or within its rounding
  bool near = false;              // some figure of it only within its rounding
};

// Per column of a row's figures, what the block of rows above it adds.
struct BlockSums {
  std::vector<Money> sum;
  std::vector<std::size_t> parts, nonzero;
  std::vector<bool> gap; // a figure the block does not give ("..", "[c]")
  explicit BlockSums(std::size_t n) : sum(n), parts(n, 0), nonzero(n, 0), gap(n, false) {}
  void add(const Region &g, std::size_t r, const std::vector<std::size_t> &cols) {
    for (std::size_t k = 0; k < cols.size(); ++k) {
      if (const auto &a = g.cells[r][cols[k]]) {
        sum[k] += a->value;
        ++parts[k];
        nonzero[k] += !a->value.is_zero();
      } else if (g.withheld.contains({r, cols[k]})) {
        gap[k] = true;
      }
    }
  }
};

// How the figures of row i fit the block of `len` rows right above it,
// given the block's sums and counts per column.
Block fit(const Region &g, std::size_t i, std::size_t len, const std::vector<std::size_t> &cols,
          const BlockSums &sums) {
  const auto &[sum, parts, nonzero, gap] = sums;
  Block b;
  b.len = len;
  std::size_t off = 0;
  for (std::size_t k = 0; k < cols.size(); ++k) {
    std::size_t c = cols[k];
    const Amount &st = *g.cells[i][c];
    bool exact = parts[k] && same_at_precision(st.value, sum[k], g.col_noise[c], parts[k]);
    if (exact) {
      b.agree += !st.value.is_zero() && nonzero[k] >= 2;
      continue;
    }
    // Past a figure the block does not give ("..", "[c]"), a sum that is
    // off says nothing either way.
    if (gap[k]) continue;
    // A figure within the rounding of the block's own figures is a rounding
    // note, not the odd one out: no accusation by consensus. Nor is it a
    // sign the row adds anything else: where every other figure adds the
    // block, the row is its total still, and the note is said at that cell
    // (a 0.001 off in one column of six no longer hides the row's totals).
    bool near =
        parts[k] && (st.value - sum[k]).abs() <= rounding_bound(st.value, Money::from_pence(g.col_step[c]), parts[k]);
    if (near) {
      b.near = true;
      continue;
    }
    off += parts[k] ? 1 : 3; // nothing said of a cell the block gives nothing for: not an odd one
    b.odd = c;
  }
  b.all = off == 0;
  if (off != 1 || b.near) b.odd.reset();
  return b;
}
// How row i's figures fit the block right above it from the block's start
// (a heading, a blank row, a total above it, the table's top): two rows or
// more. An unnamed row, in a table whose other unnamed rows are subtotals,
// is read as its subtotal where every figure but one adds it up, one at
// least over two figures or more not zero: two columns are enough there, as
// the table's own unnamed subtotals say what such a row is.
template <class StartsBlock>
std::optional<Block> natural_block(const Region &g, std::size_t i, const std::vector<std::size_t> &cols,
                                   StartsBlock starts_block) {
  std::size_t len = 1;
  while (len < i && len < kReach && !starts_block(i - len)) ++len;
  if (len < 2 || !starts_block(i - len)) return std::nullopt;
  BlockSums sums(cols.size());
  for (std::size_t r = i - len; r < i; ++r) sums.add(g, r, cols);
  return fit(g, i, len, cols, sums);
}
} // namespace

void infer_rows_by_figures(const Region &g, Inferred &out) {
  const std::size_t n = g.rows.size();
  // Rows some other inference already reads as totals (or checks across).
  std::set<std::uint32_t> taken;
  for (const StatedTotal &s : out.totals)
    if (!s.total_column) taken.insert(s.cell.row);
  // Rows with no name at all that add the rows right above them in every
  // column (a fund account's unlabelled subtotals, each under its two or
  // three lines): where the table has one, another unnamed row that adds
  // its block in every column but one is one of them, gone wrong there.
  auto unnamed = [&](std::size_t i) {
    return g.names[i].empty() && g.labels[i].empty() && g.row_total[i] == TotalWord::None;
  };
  std::size_t unnamed_subtotals = 0;
  // A block starts after a gap in the sheet's rows (a heading, a blank
  // row), after a total or an unnamed row, or at the table's top.
  auto starts_block = [&](std::size_t r) {
    return r == 0 || g.rows[r] - g.rows[r - 1] > 1 || taken.contains(g.rows[r - 1]) || unnamed(r - 1);
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (!unnamed(i) || !taken.contains(g.rows[i])) continue;
    bool agrees = true;
    for (const StatedTotal &s : out.totals)
      if (!s.total_column && s.cell.row == g.rows[i])
        agrees = agrees && !s.readings.empty() &&
                 same_at_precision(s.stated, s.readings.front().sum, s.noise, s.readings.front().parts.size());
    unnamed_subtotals += agrees;
  }
  // And those no other inference read, adding their block in every column.
  for (std::size_t i = 2; i < n && !unnamed_subtotals; ++i) {
    if (!unnamed(i) || taken.contains(g.rows[i])) continue;
    std::vector<std::size_t> cols;
    for (std::size_t c = 0; c < g.cols.size(); ++c)
      if (g.cells[i][c] && !g.cells[i][c]->nil) cols.push_back(c);
    if (cols.size() < 2) continue;
    auto b = natural_block(g, i, cols, starts_block);
    unnamed_subtotals += b && b->all && !b->near && b->agree >= 2;
  }
  for (std::size_t i = 2; i < n; ++i) {
    if (taken.contains(g.rows[i]) || out.lines.contains(g.rows[i])) continue;
    std::vector<std::size_t> cols; // the row's figures (indexes into g.cols)
    for (std::size_t c = 0; c < g.cols.size(); ++c)
      if (g.cells[i][c] && !g.cells[i][c]->nil) cols.push_back(c);
    if (cols.size() < 2) continue;
    BlockSums sums(cols.size());
    const auto &sum = sums.sum;
    const auto &parts = sums.parts;
    const auto &nonzero = sums.nonzero;
    std::optional<Block> whole;     // the shortest block every figure adds exactly
    std::optional<Block> near;      // the shortest every figure adds, some only within their rounding
    std::vector<Block> all_but_one; // blocks every figure but one adds
    for (std::size_t len = 1; len <= std::min(i, kReach); ++len) {
      sums.add(g, i - len, cols);
      if (len < 2) continue;
      // Two figures adding up first: most blocks of most rows have none.
      std::size_t witnesses = 0;
      for (std::size_t k = 0; k < cols.size() && witnesses < 2; ++k) {
        const Amount &st = *g.cells[i][cols[k]];
        witnesses += nonzero[k] >= 2 && !st.value.is_zero() &&
                     same_at_precision(st.value, sum[k], g.col_noise[cols[k]], parts[k]);
      }
      if (witnesses < 2) continue;
      Block b = fit(g, i, len, cols, sums);
      if (b.agree < 2) continue;
      if (b.all && !b.near) {
        whole = b;
        break;
      }
      if (b.all) {
        if (!near) near = b;
        continue;
      }
      if (b.odd && cols.size() >= 3) all_but_one.push_back(b);
    }
    // A block every figure adds within its rounding explains the row: its
    // notes are said, and no other block's odd figure is accused. Two
    // blocks each leaving one figure odd are two structures, not one.
    std::optional<Block> chosen = whole ? whole : near;
    if (!chosen && all_but_one.size() == 1) chosen = all_but_one.front();
    if (!chosen && unnamed(i) && unnamed_subtotals)
      if (auto b = natural_block(g, i, cols, starts_block); b && b->agree >= 1 && b->odd) chosen = b;
    if (!chosen) continue;
    const std::size_t len = chosen->len;
    // A dated row under dated rows (payments, awards) is one more item of
    // the list, whatever its figures happen to equal.
    std::size_t dated = 0;
    for (std::size_t r = i - len; r < i; ++r) dated += g.dated[r];
    if (g.dated[i] && dated * 2 >= len) continue;
    std::string who = g.names[i].empty() ? "The total row " + std::to_string(g.rows[i] + 1) : "'" + g.names[i] + "'";
    for (std::size_t c : cols) {
      StatedTotal s;
      s.cell = CellRef{g.rows[i], g.cols[c]};
      s.stated = g.cells[i][c]->value;
      s.step = Money::from_pence(g.col_step[c]);
      s.noise = g.col_noise[c];
      s.by_figures = true;
      s.what =
          who + (g.col_names[c].empty() ? " in column " + column_name(g.cols[c]) : " for '" + g.col_names[c] + "'");
      Reading rd;
      rd.name = "the " + plural(len, "row", "rows") + " above it (the block its other figures add)";
      for (std::size_t r = i - len; r < i; ++r) {
        if (const auto &a = g.cells[r][c]) {
          rd.sum += a->value;
          rd.parts.push_back(CellRef{g.rows[r], g.cols[c]});
        } else if (g.withheld.contains({r, c})) {
          rd.not_given.push_back(CellRef{g.rows[r], g.cols[c]});
        }
      }
      if (rd.parts.empty()) continue;
      if (same_at_precision(s.stated, rd.sum, s.noise, rd.parts.size())) ++out.explained;
      s.readings.push_back(std::move(rd));
      out.totals.push_back(std::move(s));
    }
    taken.insert(g.rows[i]);
    // A row the other inferences left unchecked is checked now.
    std::uint32_t row = g.rows[i];
    out.doubtful.erase(std::remove_if(out.doubtful.begin(), out.doubtful.end(),
                                      [&](const UncheckedBlock &u) { return u.first.row == row && u.last.row == row; }),
                       out.doubtful.end());
  }
}

} // namespace fundbook::structure
