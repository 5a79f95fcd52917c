// total-range-mismatch by a total's siblings: the other totals of its line
// of totals. Totals down a Total column are most often one formula copied
// down (=SUM(B5:F5), =SUM(B6:F6) ...), and along a Total row one copied
// across (=SUM(B5:B9), =SUM(C5:C9) ...): each adds the same columns (rows).
// One whose range stops short of a figure the others' ranges take in (a
// line's total =SUM(B27:E27) where every other line's adds B-F) is the
// error, wherever the structure of the table is read: a block of two lines
// under a heading, apart from the lines above it, has too few lines of its
// own to tell what its Total column adds, and the formulas of the whole
// column tell it.
//
// Precision first. The range is short of the others' by one or two cells
// at its ends, of more it adds; the others are three or more and three in
// four of the totals of the line whose ranges overlap theirs; the cells
// left out hold figures (one not zero), none a subtotal of the cells the
// range adds; the figure the total shows is what its own range adds; and
// nothing names what is left out as outside the sum: a memo, percentage,
// rate or note column (or line), a total, or, beside columns of financial
// years, a column that is not the next year of them (a different period).
#include <algorithm>
#include <map>
#include <set>

#include "core/concat.hpp"
#include "engine/rules/line_words.hpp"
#include "engine/rules/registry.hpp"
#include "import/figures.hpp"
#include "import/formula/sum_areas.hpp"
#include "import/layout/structure/figure_cells.hpp"
#include "import/layout/structure/total_words.hpp"
#include "import/layout/vocabulary.hpp"

namespace fundbook::rules {

namespace {

// Cells a range may be short of its siblings' by: one or two, a slip.
constexpr std::uint32_t kMostLeftOut = 2;
// Siblings that make a line's common range, and their share of its totals.
constexpr std::size_t kLeastSiblings = 3;

// A total whose formula is one SUM along its own row, left of it (a row's
// total), or down its own column, above it (a column's total): the columns
// (rows) it adds, first to last.
struct LineSum {
  CellRef at;
  std::uint32_t from = 0, to = 0;
};

std::optional<LineSum> line_sum(const Workbook &wb, const CellFormula &f, bool down) {
  std::string_view text = wb.text(f);
  if (text.find("SUM") == std::string_view::npos && text.find("sum") == std::string_view::npos) return std::nullopt;
  const formula::SummedAreas summed(text);
  if (!summed.ok() || summed.areas().size() != 1) return std::nullopt;
  const formula::Area &a = summed.areas().front();
  if (a.whole_columns || a.has_sheet) return std::nullopt;
  if (down) {
    if (a.first.col != f.col || a.last.col != f.col || a.last.row >= f.row || a.first.row >= a.last.row)
      return std::nullopt;
    return LineSum{CellRef{f.row, f.col}, a.first.row, a.last.row};
  }
  if (a.first.row != f.row || a.last.row != f.row || a.last.col >= f.col || a.first.col >= a.last.col)
    return std::nullopt;
  return LineSum{CellRef{f.row, f.col}, a.first.col, a.last.col};
}

// Words that set a column or line apart from what a total adds.
bool apart(const std::string &words) {
  return !words.empty() &&
         (set_apart(words) || structure::total_word(normalise_label(words)) != structure::TotalWord::None);
}

class Siblings {
public:
  Siblings(const std::string &path, const Workbook &wb, const Sheet &sheet, FormulaEvidence &out)
      : path_(path), wb_(wb), sheet_(sheet), out_(out), words_(wb, sheet) {}

  // The totals of one line of totals (a Total column's, down = false; a
  // Total row's, down = true), judged against their commonest range.
  void judge(const std::vector<LineSum> &line, bool down) {
    if (line.size() < kLeastSiblings + 1) return;
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::size_t> count;
    for (auto &s : line) ++count[{s.from, s.to}];
    auto common =
        std::max_element(count.begin(), count.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    const auto [from, to] = common->first;
    const std::size_t siblings = common->second;
    std::size_t others = 0; // the line's totals overlapping the common range, not it
    for (auto &s : line) others += !(s.from == from && s.to == to) && s.from <= to && s.to >= from;
    if (siblings < kLeastSiblings || siblings < 3 * others) return;
    for (auto &s : line) {
      if (s.from < from || s.to > to || (s.from == from && s.to == to)) continue;
      const std::uint32_t left = (s.from - from) + (to - s.to);
      if (left > kMostLeftOut || left >= s.to - s.from + 1) continue;
      judge_one(s, from, to, siblings, down);
    }
  }

private:
  CellRef cell_of(const LineSum &s, std::uint32_t k, bool down) const {
    return down ? CellRef{k, s.at.col} : CellRef{s.at.row, k};
  }

  // A figure of the sheet in kScale units; nullopt for anything else.
  static std::optional<Money> figure(const Cell *c) {
    if (!c || c->type != CellType::Number) return std::nullopt;
    return Money::from_units(c->number, structure::kScale);
  }

  // Beside columns of financial years only the next year (the one before, at
  // the range's start) is one more of them: another is a different period.
  bool next_period(const LineSum &s, std::uint32_t from, std::uint32_t to) {
    std::vector<int> years;
    bool all_years = true, any_year = false;
    for (std::uint32_t k = from; k <= to; ++k) {
      std::string h = words_.of(cell_of(s, k, false), false);
      auto y = year_heading(h) ? parse_financial_year(h) : std::nullopt;
      bool in_range = k >= s.from && k <= s.to;
      if (in_range && !y) return true; // not a table of years: nothing to say of its periods
      if (!y) {
        all_years = false;
        continue;
      }
      any_year = true;
      years.push_back(year_start(*y));
    }
    if (!any_year || !all_years) return false;
    for (std::size_t k = 1; k < years.size(); ++k)
      if (years[k] != years[k - 1] + 1) return false;
    return true;
  }

  void judge_one(const LineSum &s, std::uint32_t from, std::uint32_t to, std::size_t siblings, bool down) {
    const Cell *total_cell = sheet_.cell_at(s.at.row, s.at.col);
    auto stated = figure(total_cell);
    if (!stated) return;
    // The total's own line set apart by its words (a memo line, a rate).
    if (apart(words_.of(s.at, !down))) return;
    Money added, left_sum;
    std::size_t parts = 0;
    for (std::uint32_t k = s.from; k <= s.to; ++k)
      if (auto m = figure(sheet_.cell_at(cell_of(s, k, down).row, cell_of(s, k, down).col))) {
        added += *m;
        ++parts;
      }
    struct Left {
      CellRef ref;
      Money amount;
      std::string name;
    };
    std::vector<Left> left;
    for (std::uint32_t k = from; k <= to; ++k) {
      if (k >= s.from && k <= s.to) continue;
      CellRef c = cell_of(s, k, down);
      const Cell *cell = sheet_.cell_at(c.row, c.col);
      if (!cell || (cell->type == CellType::String && trim(wb_.text(*cell)).empty())) continue;
      auto m = figure(cell);
      if (!m) return; // text where a figure is: no slip of the range to be sure of
      // A subtotal of cells the range adds: leaving it out is right.
      if (const CellFormula *pf = sheet_.formula_at(c.row, c.col))
        if (auto inner = formula::summed_areas(wb_.text(*pf)))
          for (auto &a : *inner)
            if (down ? a.first.col <= s.at.col && a.last.col >= s.at.col && a.first.row <= s.to && a.last.row >= s.from
                     : a.first.row <= s.at.row && a.last.row >= s.at.row && a.first.col <= s.to && a.last.col >= s.from)
              return;
      // The line (column) left out named by its words: its column's heading
      // (a row's total), its row's label (a column's total).
      std::string name = words_.of(c, down);
      if (apart(name)) return;
      if (down && outside_line(name)) return;
      left.push_back({c, *m, name});
      left_sum += *m;
      ++parts;
    }
    if (left.empty() || left_sum.is_zero()) return;
    if (!down && !next_period(s, from, to)) return;
    const Money slack = Money::from_pence(std::int64_t(parts));
    // The figure shown is what its own range adds, and not what the common one does.
    if ((*stated - added).abs() > slack || (*stated - (added + left_sum)).abs() <= slack) return;
    if (std::any_of(out_.confirmed.begin(), out_.confirmed.end(),
                    [&](const auto &c) { return c.first == sheet_.name && c.second == s.at; }))
      return;

    Finding f;
    f.rule = kTotalRange;
    f.severity = severity_of(f.rule);
    f.path = path_;
    f.sheet = sheet_.name;
    f.cell = s.at;
    f.stated = *stated;
    f.computed = added + left_sum;
    f.unit = structure::kScale;
    auto span = [&](std::uint32_t a, std::uint32_t b) {
      return down ? concat("rows ", std::to_string(a + 1), "-", std::to_string(b + 1))
                  : concat("columns ", column_name(a), "-", column_name(b));
    };
    std::string who = words_.of(s.at, !down);
    std::string names;
    for (std::size_t i = 0; i < left.size(); ++i) {
      if (i) names += " and ";
      names += concat(left[i].name.empty() ? (down ? "row " + std::to_string(left[i].ref.row + 1)
                                                   : "column " + column_name(left[i].ref.col))
                                           : left[i].name,
                      " (", show(left[i].amount, f.unit), ") in ", a1(left[i].ref));
    }
    f.message = concat(who.empty() ? "" : "'" + who + "': ", "the total at ", a1(s.at), " adds ", span(s.from, s.to),
                       " (", wb_.text(*sheet_.formula_at(s.at.row, s.at.col)), ") but the ", std::to_string(siblings),
                       " other totals in its ", down ? "row" : "column", " add ", span(from, to), ": ", names,
                       left.size() == 1 ? " is" : " are", " left out, so it says ", show(*stated, f.unit),
                       " instead of ", show(added + left_sum, f.unit));
    for (auto &l : left) f.related.push_back({path_, sheet_.name, l.ref});
    out_.findings.push_back(std::move(f));
  }

  // A line told beside a list ("Memo: ...", "of which"), never added into it.
  static bool outside_line(const std::string &label) {
    std::string l = normalise_label(label);
    return l.starts_with("of which") || l.starts_with("o/w") || l.starts_with("memo");
  }

  const std::string &path_;
  const Workbook &wb_;
  const Sheet &sheet_;
  FormulaEvidence &out_;
  LineWords words_;
};

} // namespace

void sibling_total_ranges(const std::string &path, const Workbook &wb, FormulaEvidence &out) {
  for (const Sheet &sheet : wb.sheets) {
    if (sheet.formulas.size() < kLeastSiblings + 1) continue;
    // Row totals grouped by their column, column totals by their row.
    std::map<std::uint32_t, std::vector<LineSum>> by_column, by_row;
    for (const CellFormula &f : sheet.formulas) {
      if (auto s = line_sum(wb, f, false))
        by_column[f.col].push_back(*s);
      else if (auto d = line_sum(wb, f, true))
        by_row[f.row].push_back(*d);
    }
    Siblings judge(path, wb, sheet, out);
    for (auto &[col, line] : by_column) judge.judge(line, false);
    for (auto &[row, line] : by_row) judge.judge(line, true);
  }
}

} // namespace fundbook::rules
