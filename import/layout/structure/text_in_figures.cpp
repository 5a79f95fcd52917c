// Totals that count a cell holding text that is no figure ("abc", "#REF!",
// "12O", "TBC"). Read as nothing, such a total may seem to agree (the text
// was a figure the total counted) or seem wrong: either way it says nothing.
// Where the reading it is judged by (the one that explains it, else its
// own) counts such a cell, it is taken out of the check and said unchecked
// at its cell, agreeing or not, and the text itself is returned, to be
// reported, where the rest of the table bears its structure out.
#include <algorithm>
#include <cctype>
#include <functional>
#include <iterator>
#include <map>

#include "core/concat.hpp"
#include "import/layout/structure/infer.hpp"

namespace fundbook::structure {

bool holds_text(const Region &g, const CellRef &c) {
  auto row = std::lower_bound(g.rows.begin(), g.rows.end(), c.row);
  auto col = std::lower_bound(g.cols.begin(), g.cols.end(), c.col);
  if (row == g.rows.end() || *row != c.row || col == g.cols.end() || *col != c.col) return false;
  return g.not_figures.contains({std::size_t(row - g.rows.begin()), std::size_t(col - g.cols.begin())});
}

namespace {} // namespace

bool named_total(const Region &g, const StatedTotal &st) {
  if (st.by_figures) return false;
  if (st.total_column) {
    auto col = std::lower_bound(g.cols.begin(), g.cols.end(), st.cell.col);
    return col != g.cols.end() && *col == st.cell.col && g.col_total[col - g.cols.begin()] != TotalWord::None;
  }
  auto row = std::lower_bound(g.rows.begin(), g.rows.end(), st.cell.row);
  return row != g.rows.end() && *row == st.cell.row && g.row_total[row - g.rows.begin()] != TotalWord::None;
}

namespace {

// A total the workbook works out itself (its cell holds a formula): its
// SUM passes over text on purpose, so text inside its range ("varied",
// "10000/D" beside the figures of a schedule) is the author's note that the
// formula leaves out, not a figure gone missing. Only a typed total (a
// pasted or exported table) over text says a figure was lost.
bool worked_out(const SheetView &v, const CellRef &at) {
  const Cell *c = v.at(at.row, at.col);
  return c && c->formula;
}

// The reading the total is judged by: the one that explains it, else its own.
const Reading *judged_by(const StatedTotal &st) {
  const Reading *r = agreeing_reading(st);
  return r ? r : (st.readings.empty() ? nullptr : &st.readings.front());
}
} // namespace

std::vector<CellRef> set_aside_totals_over_text(const Region &g, const SheetView &v, Inferred &out) {
  std::vector<CellRef> texts;
  if (g.not_figures.empty()) return texts;
  std::vector<StatedTotal> kept;
  SetAsideTotals aside; // by the line they lie on, as totals over a figure withheld are
  std::map<std::pair<bool, std::uint32_t>, std::vector<CellRef>> named; // the text named totals count, by line
  for (StatedTotal &st : out.totals) {
    const Reading *r = judged_by(st);
    std::vector<CellRef> counted;
    if (r)
      std::copy_if(r->not_given.begin(), r->not_given.end(), std::back_inserter(counted),
                   [&](const CellRef &c) { return holds_text(g, c); });
    if (counted.empty()) {
      kept.push_back(std::move(st));
      continue;
    }
    auto line = std::make_pair(st.total_column, st.total_column ? st.cell.col : st.cell.row);
    if (named_total(g, st) && !worked_out(v, st.cell))
      named[line].insert(named[line].end(), counted.begin(), counted.end());
    aside[line].emplace_back(std::move(st), counted.front());
  }
  out.totals = std::move(kept);
  // The text is an error of the table only where its structure is borne
  // out: the total over it is named as one and typed, and another total on the same
  // line (the Total row's other columns, the Total column's other rows)
  // agrees with its rows. A total known by its place or its figures alone,
  // or a line none of whose totals agree, may be no total of that column:
  // the text is then left to the account, not reported.
  // A letter the table writes in three or more of its figure cells ("A"
  // wherever a candidate's return leaves a heading out) is the table's own
  // marker, as "x" and "c" are the statistician's: an answer, not a figure
  // gone missing. Its totals stay set aside; it is not reported. Not a
  // letter typed for a digit ("O" for 0, "l" or "I" for 1): a figure
  // mistyped, however often.
  std::map<std::string, std::size_t> uses;
  for (const auto &[r, c] : g.not_figures) ++uses[trim(v.text_at(g.rows[r], g.cols[c]))];
  auto marker = [&](const CellRef &at) {
    std::string text = trim(v.text_at(at.row, at.col));
    return text.size() == 1 && std::isalpha(static_cast<unsigned char>(text[0])) &&
           std::string_view("OolI").find(text[0]) == std::string_view::npos && uses[text] >= 3;
  };
  for (const auto &[at_line, cells] : named) {
    const std::pair<bool, std::uint32_t> line = at_line; // a copy the lambda can name (a binding it cannot)
    bool borne_out = std::any_of(out.totals.begin(), out.totals.end(), [&](const StatedTotal &st) {
      return st.total_column == line.first && (st.total_column ? st.cell.col : st.cell.row) == line.second &&
             agreeing_reading(st) != nullptr;
    });
    if (borne_out) std::copy_if(cells.begin(), cells.end(), std::back_inserter(texts), std::not_fn(marker));
  }
  say_set_aside(aside, v, out, [](const std::string &text, CellRef at) {
    return concat("'", trim(text), "' at ", a1(at), ", which is not a figure");
  });
  std::sort(texts.begin(), texts.end());
  texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
  return texts;
}

} // namespace fundbook::structure
