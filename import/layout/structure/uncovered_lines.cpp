// Figures of a checked table that no check covers, where they may be its
// results: the lines below the last one a check covers ("Financed by" and
// the "Council Tax Requirement" under the last total checked), and any line
// named as a result ("End of Year Position", "Balance carried forward") that
// no check counts. Said in the account with why: a table with one total
// checked is never taken for a table whose every total was checked.
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "core/concat.hpp"
#include "import/layout/structure/infer.hpp"
#include "import/layout/vocabulary.hpp"

namespace fundbook::structure {

namespace {
// A line as the account names it: its label, or its row where it has none
// (an unlabelled subtotal).
std::string line_name(const Region &g, std::size_t i) {
  std::string name = trim(g.names[i]);
  return name.empty() ? concat("row ", std::to_string(g.rows[i] + 1)) : concat("'", name, "'");
}

// One run of rows with figures no check covers, in the region's row order.
struct Run {
  std::size_t first = 0, last = 0; // indexes into g.rows
  CellRef top_left, bottom_right;
  std::size_t figures = 0;
  std::optional<std::size_t> result; // the last row named as a result line
};
// A column whose figures are numbers of another kind than amounts: note
// references ("Note"; or, under no heading, whole numbers below 1,000 beside
// amounts), or years (whole figures between 1900 and 2100).
bool numbers_no_amounts(const Region &g, std::size_t j) {
  const std::string heading = normalise_label(g.col_names[j]);
  if (names_note_column(heading)) return true;
  bool years = true, small = true, any = false;
  for (const auto &row : g.cells) {
    const auto &a = row[j];
    if (!a || a->nil) continue;
    any = true;
    const std::int64_t p = a->value.pence();
    const bool whole = p % kScale == 0;
    years = years && whole && p >= 1900 * kScale && p <= 2100 * kScale;
    small = small && whole && p >= 0 && p < 1000 * kScale;
  }
  return any && (years || (small && heading.empty()));
}
// A row with no label whose figures number the columns (1, 2, 3 ... under
// a form's headings): codes, not amounts.
bool column_numbers(const Region &g, std::size_t i) {
  if (!trim(g.labels[i]).empty()) return false;
  std::int64_t next = 0;
  for (const auto &a : g.cells[i]) {
    if (!a || a->nil) continue;
    const std::int64_t p = a->value.pence();
    if (p % kScale != 0 || p <= 0 || (next && p != next)) return false;
    next = p + kScale;
  }
  return next != 0;
}
} // namespace

void say_uncovered_lines(const Region &g, const Inferred &inf, std::vector<UncheckedBlock> &out,
                         const std::string &sheet) {
  if (inf.totals.empty() && inf.relations.empty()) return;
  auto covered = covered_cells(inf);
  // The last line a check covers, by its index.
  std::optional<std::size_t> last_checked;
  for (std::size_t i = 0; i < g.rows.size(); ++i)
    for (std::size_t j = 0; j < g.cols.size(); ++j)
      if (g.cells[i][j] && covered.contains({g.rows[i], g.cols[j]})) last_checked = i;
  if (!last_checked) return;
  // Only in columns a check counts in: a column none touches (note
  // numbers, codes beside the lines) may hold no amounts at all.
  std::vector<bool> checked_col(g.cols.size(), false);
  for (std::size_t j = 0; j < g.cols.size(); ++j)
    for (std::uint32_t r : g.rows) checked_col[j] = checked_col[j] || covered.contains({r, g.cols[j]});
  // Figures a doubt already names are said there, once.
  // Only each doubt's own rows and columns are visited (the region's are
  // sorted): a sheet of thousands of doubts has thousands of rows.
  for (const UncheckedBlock &b : inf.doubtful) {
    auto r0 = std::lower_bound(g.rows.begin(), g.rows.end(), b.first.row);
    auto r1 = std::upper_bound(r0, g.rows.end(), b.last.row);
    auto c0 = std::lower_bound(g.cols.begin(), g.cols.end(), b.first.col);
    auto c1 = std::upper_bound(c0, g.cols.end(), b.last.col);
    for (auto r = r0; r != r1; ++r)
      for (auto c = c0; c != c1; ++c) covered.emplace(*r, *c);
  }
  // The lines above a total said unchecked (one that counts text) are its
  // own, which its reason covers: only the lines under every total seen,
  // checked or not, are said for being below them.
  std::size_t last_seen = *last_checked;
  for (std::size_t i = *last_checked + 1; i < g.rows.size(); ++i)
    for (std::uint32_t c : g.cols)
      if (covered.contains({g.rows[i], c})) last_seen = i;
  const bool by_check = last_seen == *last_checked;
  std::vector<Run> runs;
  // Above the last line seen, the lines no check counts, in runs of rows
  // next to each other: a table's lines are a total's parts, so a line no
  // reading counts is one whose total was not made out (a total that
  // disagrees is never passed by leaving its lines out of the account).
  std::vector<Run> lines;
  // An "of which" line is a part of the line above it, which a total adds:
  // never one more line a total adds, so no total counts it, and it is said
  // so (its figure was not checked), not left out of the account.
  std::vector<Run> parts;
  auto between = [&](std::size_t i) {
    if (column_numbers(g, i)) return;
    std::vector<std::uint32_t> cols;
    for (std::size_t j = 0; j < g.cols.size(); ++j) {
      const auto &a = g.cells[i][j];
      if (checked_col[j] && a && !a->nil && !covered.contains({g.rows[i], g.cols[j]})) cols.push_back(g.cols[j]);
    }
    if (cols.empty()) return;
    std::vector<Run> &into = names_part_of_line_above(normalise_label(g.labels[i])) ? parts : lines;
    if (into.empty() || into.back().last + 1 != i)
      into.push_back(Run{i, i, CellRef{g.rows[i], cols.front()}, CellRef{g.rows[i], cols.back()}, 0, {}});
    Run &run = into.back();
    run.last = i;
    run.top_left.col = std::min(run.top_left.col, cols.front());
    run.bottom_right = CellRef{g.rows[i], std::max(run.bottom_right.col, cols.back())};
    run.figures += cols.size();
  };
  for (std::size_t i = 0; i < g.rows.size(); ++i) {
    // The label, or where the table's labels stand right of its figures,
    // the name messages give the row.
    const bool result =
        names_result_line(normalise_label(g.labels[i])) || names_result_line(normalise_label(g.names[i]));
    if (i <= last_seen && !result) {
      between(i);
      continue;
    }
    std::vector<std::uint32_t> cols;
    for (std::size_t j = 0; j < g.cols.size(); ++j) {
      const auto &a = g.cells[i][j];
      if (checked_col[j] && a && !a->nil && !covered.contains({g.rows[i], g.cols[j]})) cols.push_back(g.cols[j]);
    }
    if (cols.empty()) continue;
    // Below the last line checked, rows next to each other in the region
    // are one run: a bottom line and the lines it comes from. Above it, a
    // line named as a result is said on its own.
    const bool joins = !runs.empty() && i > last_seen && runs.back().first > last_seen && runs.back().last + 1 == i;
    if (!joins) runs.push_back(Run{i, i, CellRef{g.rows[i], cols.front()}, CellRef{g.rows[i], cols.back()}, 0, {}});
    Run &run = runs.back();
    run.last = i;
    run.top_left.col = std::min(run.top_left.col, cols.front());
    run.bottom_right = CellRef{g.rows[i], std::max(run.bottom_right.col, cols.back())};
    run.figures += cols.size();
    if (result) run.result = i;
  }
  auto block_of = [&](const Run &run) {
    UncheckedBlock b;
    b.sheet = sheet;
    b.first = run.top_left;
    b.last = run.bottom_right;
    b.figures = run.figures;
    return b;
  };
  std::vector<UncheckedBlock> extra; // said after the lines below, which the closing line names first
  for (const Run &run : lines) {
    UncheckedBlock b = block_of(run);
    b.totals_unchecked = true;
    const std::size_t more = run.last - run.first;
    b.why = line_name(g, run.first);
    if (more) b.why += concat(" and ", std::to_string(more), more == 1 ? " more line" : " more lines");
    b.why += concat(more ? " are" : " is", " counted by no check (no total read in the table adds ",
                    more ? "them" : "it", "), so a total of ", more ? "them" : "it", " was not checked");
    extra.push_back(std::move(b));
  }
  for (const Run &run : parts) {
    UncheckedBlock b = block_of(run);
    const std::size_t more = run.last - run.first;
    b.why = line_name(g, run.first);
    if (more) b.why += concat(" and ", std::to_string(more), more == 1 ? " more line" : " more lines");
    b.why += concat(more ? " are parts" : " is a part", " of the line above, not ", more ? "lines" : "a line",
                    " a total adds, so ",
                    more              ? "their figures were"
                    : run.figures > 1 ? "its figures were"
                                      : "its figure was",
                    " not checked");
    extra.push_back(std::move(b));
  }
  // A column of the table no check counts at all: its totals were not made
  // out, so none of its figures was checked.
  for (std::size_t j = 0; j < g.cols.size(); ++j) {
    if (checked_col[j] || numbers_no_amounts(g, j)) continue;
    UncheckedBlock b;
    b.sheet = sheet;
    for (std::size_t i = 0; i < g.rows.size(); ++i) {
      const auto &a = g.cells[i][j];
      if (!a || a->nil || covered.contains({g.rows[i], g.cols[j]})) continue;
      if (!b.figures) b.first = CellRef{g.rows[i], g.cols[j]};
      b.last = CellRef{g.rows[i], g.cols[j]};
      ++b.figures;
    }
    if (!b.figures) continue;
    b.totals_unchecked = true;
    b.why = concat(g.col_names[j].empty() ? concat("column ", column_name(g.cols[j]))
                                          : concat("the column ", quoted(g.col_names[j])),
                   " is counted by no check (no total of it, nor a total column adding it, was made out), so ",
                   b.figures > 1 ? "its figures were" : "its figure was", " not checked");
    extra.push_back(std::move(b));
  }
  for (const Run &run : runs) {
    UncheckedBlock b = block_of(run);
    b.totals_unchecked = run.result.has_value();
    const std::size_t named = run.result.value_or(run.first);
    const std::size_t more = run.last - run.first; // lines besides the one named
    const char *were = more ? "they were" : run.figures > 1 ? "its figures were" : "it was";
    const bool statistics = std::all_of(g.statistic.begin() + std::ptrdiff_t(run.first),
                                        g.statistic.begin() + std::ptrdiff_t(run.last) + 1, [](bool s) { return s; });
    if (statistics) {
      // An average or median row: not a line a reading failed to make out.
      b.why = line_name(g, run.first);
      if (more) b.why += concat(" and ", std::to_string(more), more == 1 ? " more line" : " more lines");
      b.why += concat(more ? " name" : " names", " a statistic of the rows (an average, median, minimum or maximum), ",
                      "no sum of them nor of ", more ? "their" : "its", " own row, so ", were, " not checked");
    } else if (run.first > last_seen) {
      b.why = line_name(g, named);
      if (more) b.why += concat(" and ", std::to_string(more), more == 1 ? " more line" : " more lines");
      b.why +=
          concat(" below ", line_name(g, last_seen),
                 by_check ? ", the last line a check covers, " : ", the last line said unchecked with its reason, ",
                 more ? "are" : "is", " counted by no check (no reading of the rows above ", more ? "them" : "it",
                 " was made out), so ", were, " not checked");
    } else {
      b.why = concat(line_name(g, named), " is named as a line worked out from others, but no check counts ",
                     run.figures > 1 ? "its figures" : "its figure",
                     " and no reading of the rows above it was made out, so ", run.figures > 1 ? "they were" : "it was",
                     " not checked");
    }
    out.push_back(std::move(b));
  }
  for (auto &b : extra) out.push_back(std::move(b));
}

} // namespace fundbook::structure
