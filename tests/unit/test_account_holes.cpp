// Every figure of a table fundbook reads is in a check it made or in an
// `unchecked` entry saying why, never silently neither (issue 17; contract
// "What was checked, and what was not"). tests/trial/account_holes.cpp found
// the holes over the trial kits: 'of which' lines (in no check, not listed)
// and a csv's percentages written as text ('14.4%', listed in the xlsx, not
// in the csv). On the tables tests/data/account_holes/make_account_holes.py
// writes.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "import/layout/recognise.hpp"
#include "import/layout/structure/figure_cells.hpp"
#include "import/open.hpp"
#include "support/checked_data.hpp"
#include "support/findings.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("account_holes", name); }
std::string path_of(const std::string &name) { return source_dir() + "/tests/data/account_holes/" + name; }

const UncheckedFigures *unchecked_at(const CheckResult &r, const std::string &cell) {
  const CellRef c = *parse_a1(cell);
  for (const UncheckedFigures &u : r.unchecked) {
    const UncheckedBlock &b = u.block;
    if (c.row >= b.first.row && c.row <= b.last.row && c.col >= b.first.col && c.col <= b.last.col) return &u;
  }
  return nullptr;
}

// The figures of each table the structure read (from the first row a check
// covers down, from its first column to the last its header names) that no
// check counts and no unchecked entry covers: what the account leaves out.
std::vector<std::string> holes(const std::string &name) {
  const Workbook wb = open_workbook(path_of(name));
  const Recognised rec = recognise(wb, Vocabulary::defaults());
  const CheckResult r = check(name);
  std::vector<std::string> out;
  for (const TotalsTable &t : rec.totals_tables) {
    const Sheet &sheet = *std::find_if(wb.sheets.begin(), wb.sheets.end(), [&](auto &s) { return s.name == t.sheet; });
    std::set<std::pair<std::uint32_t, std::uint32_t>> covered;
    for (const StatedTotal &st : t.totals) {
      covered.emplace(st.cell.row, st.cell.col);
      for (const Reading &rd : st.readings)
        for (const CellRef &p : rd.parts) covered.emplace(p.row, p.col);
    }
    for (const Relation &rel : t.relations) {
      covered.emplace(rel.cell.row, rel.cell.col);
      for (const auto &[c, sign] : rel.terms) covered.emplace(c.row, c.col);
    }
    std::uint32_t top = ~0u, right = t.last.col;
    for (const auto &[row, col] : covered) top = std::min(top, row);
    for (const Cell &c : sheet.cells)
      if (c.row == t.first.row) right = std::max<std::uint32_t>(right, c.col);
    for (const Cell &c : sheet.cells) {
      if (c.row < top || c.row > t.last.row || c.col < t.first.col || c.col > right) continue;
      bool figure = c.type == CellType::Number;
      if (c.type == CellType::String) {
        auto a = structure::read_amount(wb, c, Vocabulary::defaults().figures());
        figure = (a && !a->nil) || structure::percent_text(wb.text(c));
      }
      if (!figure || covered.contains({c.row, c.col})) continue;
      const std::string at = a1(CellRef{c.row, c.col});
      if (!unchecked_at(r, at)) out.push_back(at);
    }
  }
  return out;
}

// The figure at cell is listed unchecked, by a block whose reason has words in it.
testing::AssertionResult listed_saying(const CheckResult &r, const char *cell, const std::string &words) {
  const UncheckedFigures *u = unchecked_at(r, cell);
  if (!u) return testing::AssertionFailure() << cell << " is not listed unchecked";
  if (u->block.why.find(words) == std::string::npos)
    return testing::AssertionFailure() << cell << " is listed unchecked as: " << u->block.why;
  return testing::AssertionSuccess();
}

std::string joined(const std::vector<std::string> &cells) {
  std::string s;
  for (const std::string &c : cells) s += (s.empty() ? "" : " ") + c;
  return s;
}
} // namespace

// An 'of which' line is a part of the line above it, added by no total: its
// figures are listed unchecked, saying so, and the totals are checked as
// before.
TEST(AccountHoles, OfWhichLinesAreListedUnchecked) {
  for (const std::string &name : copies({"of-which-right"})) {
    CheckResult r = check(name);
    EXPECT_TRUE(silent(r)) << name;
    EXPECT_EQ(r.totals_checked(), 4u) << name;
    for (const char *cell : {"B8", "C8", "B16", "C16"})
      EXPECT_TRUE(listed_saying(r, cell, "is a part of the line above, not a line a total adds")) << name;
    EXPECT_EQ(joined(holes(name)), "") << name;
    const std::string text = check_text(r, TextOptions{});
    EXPECT_NE(text.find("'of which: Town Deal Fund' (B8:C8), 'of which: Disabled Facilities Grant' (B16:C16)"),
              std::string::npos)
        << text;
  }
}

// Listing them changes no finding: a wrong Total is caught at its cell.
TEST(AccountHoles, AWrongTotalBesideOfWhichLinesIsCaughtAtItsCell) {
  for (const std::string &name : copies({"of-which-wrong"})) {
    CheckResult r = check(name);
    EXPECT_TRUE(one_error_at(r, "C10", rules::kColumnTotal)) << name;
    EXPECT_NE(unchecked_at(r, "B8"), nullptr) << name;
    EXPECT_EQ(joined(holes(name)), "") << name;
  }
}

// Percentages are no amounts to add: listed unchecked whether a workbook
// keeps them as numbers shown as percentages or a csv as text ('15.9%').
TEST(AccountHoles, PercentagesWrittenAsTextAreListedAsTheWorkbooksAre) {
  for (const std::string &name : copies({"pct-text-right"})) {
    CheckResult r = check(name);
    EXPECT_TRUE(silent(r)) << name;
    EXPECT_EQ(r.totals_checked(), 2u) << name;
    for (const char *cell : {"C4", "C11", "E4", "E11"})
      EXPECT_TRUE(listed_saying(r, cell, "not an amount to add")) << name;
    EXPECT_EQ(r.unchecked_figures(), 16u) << name;
    EXPECT_EQ(joined(holes(name)), "") << name;
  }
  CheckResult wrong = check("pct-text-wrong.csv");
  EXPECT_TRUE(one_error_at(wrong, "B11", rules::kColumnTotal));
  EXPECT_EQ(joined(holes("pct-text-wrong.csv")), "");
}

// A column set aside by its heading ('Rate %') whose figures a csv writes
// as text is listed as the workbook's is: its figures counted, not 0.
TEST(AccountHoles, AColumnSetAsideByItsHeadingCountsACsvsFigures) {
  CheckResult r = check("rate-text-right.csv");
  EXPECT_TRUE(r.findings.empty()) << check_text(r, TextOptions{});
  const UncheckedFigures *u = unchecked_at(r, "C4");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(a1(u->block.last), "C8");
  EXPECT_EQ(u->block.figures, 5u);
  EXPECT_EQ(joined(holes("rate-text-right.csv")), "");
}
