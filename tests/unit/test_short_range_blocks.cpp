// A SUM total short of a figure its sibling totals include, in a small block
// under a sub-heading (issue 17): caught at the total with the cell left out
// named, whether the table is read whole (a year header with a sub-heading
// right under it) or the block stands apart (judged by the other totals of
// its Total column); memo, percentage and other-period columns left out stay
// silent. On the workbooks tests/data/short_range_blocks/make_short_range_blocks.py
// writes, and on sheets built here.
#include <gtest/gtest.h>

#include "core/concat.hpp"
#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "engine/rules/rules.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("short_range_blocks", name); }
bool says(const Finding &f, const std::string &words) { return f.message.find(words) != std::string::npos; }

// The one finding of a wrong copy: `rule` at `cell`, naming `left_out` (a
// range finding: by its cell, which is its related place).
void expect_caught(const char *name, const char *rule, const char *cell, const char *left_out) {
  CheckResult r = check(name);
  SCOPED_TRACE(name);
  ASSERT_EQ(finding_cells(r, Severity::Error), cell) << check_text(r);
  EXPECT_EQ(r.findings.size(), 1u) << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_EQ(f.rule, rule);
  if (f.rule == rules::kTotalRange) {
    EXPECT_TRUE(says(f, concat(") in ", left_out, " "))) << f.message;
    EXPECT_TRUE(says(f, " is left out")) << f.message;
    ASSERT_EQ(f.related.size(), 1u);
    EXPECT_EQ(a1(f.related[0].cell), left_out);
  }
}

// A right copy: nothing said, and (unless `checked` is 0) its totals checked.
void expect_silent(const char *name, std::size_t checked) {
  CheckResult r = check(name);
  SCOPED_TRACE(name);
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  std::size_t n = 0;
  for (auto &t : r.checked) n += t.totals_checked;
  EXPECT_EQ(n, checked) << check_text(r);
}
} // namespace

TEST(ShortRangeBlocks, ARowTotalShortOfTheYearItsSiblingsAddIsCaughtAtIt) {
  // Before: a row-total-mismatch at G27 that named no cell.
  expect_caught("mtfp-wrong.xlsx", rules::kTotalRange, "G27", "F27");
  expect_caught("mtfp-wrong-lo.xlsx", rules::kTotalRange, "G27", "F27");
  expect_caught("mtfp-wrong.csv", rules::kRowTotal, "G27", "F27");
  expect_silent("mtfp-right.xlsx", 18);
  expect_silent("mtfp-right-lo.xlsx", 18);
  expect_silent("mtfp-right.csv", 18);
}

TEST(ShortRangeBlocks, ASubHeadingRightUnderTheYearsLeavesTheHeaderToTheTable) {
  // Before: nothing said, the first line's total not among the 17 checked
  // (the year header kept by a year table that read no line).
  expect_caught("mtfp-first-wrong.xlsx", rules::kTotalRange, "G5", "F5");
  expect_caught("mtfp-first-wrong-lo.xlsx", rules::kTotalRange, "G5", "F5");
  expect_caught("mtfp-first-wrong.csv", rules::kRowTotal, "G5", "F5");
  expect_silent("mtfp-first-right.xlsx", 18);
  // Before: nothing said, only the Total row's 6 totals checked.
  expect_caught("mtfp-total-row-wrong.xlsx", rules::kTotalRange, "G27", "F27");
  expect_caught("mtfp-total-row-wrong-lo.xlsx", rules::kTotalRange, "G27", "F27");
  expect_caught("mtfp-total-row-wrong.csv", rules::kRowTotal, "G27", "F27");
  expect_silent("mtfp-total-right.xlsx", 25);
  // The transposed slip: a Total row's column total short of the last line.
  expect_caught("mtfp-total-wrong.xlsx", rules::kTotalRange, "E30", "E28");
  expect_caught("grants-wrong.xlsx", rules::kTotalRange, "G10", "G9");
  expect_caught("grants-wrong-lo.xlsx", rules::kTotalRange, "G10", "G9");
  expect_caught("grants-wrong.csv", rules::kColumnTotal, "G10", "G9");
  expect_silent("grants-right.xlsx", 5);
}

TEST(ShortRangeBlocks, ABlockApartIsJudgedByTheOtherTotalsOfItsColumn) {
  CheckResult r = check("mtfp-apart-wrong.xlsx");
  ASSERT_EQ(finding_cells(r, Severity::Error), "G30") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_EQ(f.rule, rules::kTotalRange);
  EXPECT_TRUE(says(f, "the 17 other totals in its column add columns B-F: 2027/28 (3,390) in F30 is left out"))
      << f.message;
  ASSERT_EQ(f.related.size(), 1u);
  EXPECT_EQ(a1(f.related[0].cell), "F30");
  expect_silent("mtfp-apart-right.xlsx", 16);
}

TEST(ShortRangeBlocks, AColumnLeftOutThatIsNoneOfTheSumStaysSilent) {
  for (const char *name : {"mtfp-memo-right.xlsx", "mtfp-apart-memo-right.xlsx", "mtfp-apart-rate-right.xlsx",
                           "mtfp-apart-period-right.xlsx", "mtfp-apart-outturn-right.xlsx", "mtfp-rate-right.xlsx",
                           "mtfp-all-short-right.xlsx", "mtfp-memo-right.csv", "mtfp-rate-right.csv"}) {
    CheckResult r = check(name);
    EXPECT_EQ(finding_cells(r, Severity::Error), "") << name << "\n" << check_text(r);
    EXPECT_EQ(finding_cells(r, Severity::Warning), "") << name << "\n" << check_text(r);
  }
}

namespace {
// A sheet built here: the check by siblings alone, away from any table reading.
struct Sheet1 {
  Workbook wb;
  Sheet1() {
    wb.sheets.emplace_back();
    wb.sheets.back().name = "S";
  }
  void num(const char *ref, double v) {
    auto r = parse_a1(std::string_view(ref)).value();
    Cell c;
    c.row = r.row;
    c.col = std::uint16_t(r.col);
    c.type = CellType::Number;
    c.number = v;
    wb.sheets[0].cells.push_back(c);
  }
  void text(const char *ref, const char *t) {
    auto r = parse_a1(std::string_view(ref)).value();
    Cell c;
    c.row = r.row;
    c.col = std::uint16_t(r.col);
    c.type = CellType::String;
    c.str = wb.intern(t);
    wb.sheets[0].cells.push_back(c);
  }
  void sum(const char *ref, const std::string &f, double saved) {
    auto r = parse_a1(std::string_view(ref)).value();
    Cell c;
    c.row = r.row;
    c.col = std::uint16_t(r.col);
    c.formula = true;
    c.type = CellType::Number;
    c.number = saved;
    wb.sheets[0].cells.push_back(c);
    wb.sheets[0].formulas.push_back({r.row, std::uint16_t(r.col), 0, wb.intern(f)});
  }
  std::vector<Finding> run() {
    for (auto &s : wb.sheets) finish_sheet(s);
    rules::FormulaEvidence e;
    rules::sibling_total_ranges("s.xlsx", wb, e);
    return e.findings;
  }
};

// Five funds across B-F, lines on rows 2-6, a Total on row 7: each fund's
// total =SUM(X2:X6) but `short_col`'s, which stops at row 5.
std::vector<Finding> funds(char short_col, const char *last_label) {
  Sheet1 s;
  const char *labels[] = {"Northfield", "Eastgate", "Riverside", "Hillcrest", last_label};
  for (int r = 0; r < 5; ++r) s.text(concat("A", std::to_string(r + 2)).c_str(), labels[r]);
  for (char c = 'B'; c <= 'F'; ++c) {
    double total = 0, shown = 0;
    for (int r = 2; r <= 6; ++r) {
      double v = 100 * (c - 'A') + r;
      s.num(concat(std::string(1, c), std::to_string(r)).c_str(), v);
      total += v;
      if (r < 6) shown += v;
    }
    const bool short_one = c == short_col;
    s.sum(concat(std::string(1, c), "7").c_str(),
          concat("=SUM(", std::string(1, c), "2:", std::string(1, c), short_one ? "5)" : "6)"),
          short_one ? shown : total);
  }
  return s.run();
}
} // namespace

TEST(SiblingRanges, AColumnTotalShortOfTheRowItsSiblingsAddIsAnError) {
  auto found = funds('D', "Westbrook");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].rule, rules::kTotalRange);
  EXPECT_EQ(a1(*found[0].cell), "D7");
  EXPECT_TRUE(says(found[0], "Westbrook (306) in D6 is left out")) << found[0].message;
  ASSERT_EQ(found[0].related.size(), 1u);
  EXPECT_EQ(a1(found[0].related[0].cell), "D6");
}

TEST(SiblingRanges, ALineSetApartByItsWordsLeftOutIsNoError) {
  EXPECT_TRUE(funds('D', "Memo: capital charges").empty());
  EXPECT_TRUE(funds('D', "of which schools").empty());
  EXPECT_TRUE(funds('D', "Average").empty());
  EXPECT_TRUE(funds('D', "Total").empty());
}

TEST(SiblingRanges, TooFewSiblingsOrEveryTotalShortSaysNothing) {
  // Every total short: no sibling adds row 6.
  Sheet1 every;
  for (char c = 'B'; c <= 'F'; ++c) {
    for (int r = 2; r <= 6; ++r) every.num(concat(std::string(1, c), std::to_string(r)).c_str(), 10);
    every.sum(concat(std::string(1, c), "7").c_str(), concat("=SUM(", std::string(1, c), "2:", std::string(1, c), "5)"),
              40);
  }
  EXPECT_TRUE(every.run().empty());
  // Two siblings and the short one: not enough to know the line's range.
  Sheet1 few;
  for (char c = 'B'; c <= 'D'; ++c) {
    for (int r = 2; r <= 6; ++r) few.num(concat(std::string(1, c), std::to_string(r)).c_str(), 10);
    const bool short_one = c == 'D';
    few.sum(concat(std::string(1, c), "7").c_str(),
            concat("=SUM(", std::string(1, c), "2:", std::string(1, c), short_one ? "5)" : "6)"), short_one ? 40 : 50);
  }
  EXPECT_TRUE(few.run().empty());
}

TEST(SiblingRanges, ATotalShowingTheWholeSumIsNoSlipOfItsRange) {
  // The short formula's saved figure is what the common range adds: not
  // what the short range gives, so no range error is said of it.
  Sheet1 s;
  for (char c = 'B'; c <= 'F'; ++c) {
    for (int r = 2; r <= 6; ++r) s.num(concat(std::string(1, c), std::to_string(r)).c_str(), 10);
    const bool short_one = c == 'C';
    s.sum(concat(std::string(1, c), "7").c_str(),
          concat("=SUM(", std::string(1, c), "2:", std::string(1, c), short_one ? "5)" : "6)"), 50);
  }
  EXPECT_TRUE(s.run().empty());
}
