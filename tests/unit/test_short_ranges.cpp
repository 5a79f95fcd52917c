// A SUM total one line short (a line added to a list and the total not
// widened, issue 17/18) caught at the total with the line left out named;
// SUMs that stop where the table does (a memo line, a blank gap, a subtotal
// line) silent; on the workbooks tests/data/short_ranges/make_short_ranges.py
// writes.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("short_ranges", name); }
std::string cells(const CheckResult &r, Severity s) { return finding_cells(r, s); }
bool says(const Finding &f, const char *words) { return f.message.find(words) != std::string::npos; }

// The one error of a wrong copy: a range finding at `cell` naming `left_out`,
// with the line's cell among its related places.
void expect_short(const char *name, const char *cell, const char *left_out, const char *left_out_cell) {
  CheckResult r = check(name);
  SCOPED_TRACE(name);
  ASSERT_EQ(cells(r, Severity::Error), cell) << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_EQ(f.rule, rules::kTotalRange);
  EXPECT_TRUE(says(f, left_out)) << f.message;
  EXPECT_TRUE(says(f, " is left out")) << f.message;
  ASSERT_EQ(f.related.size(), 1u);
  EXPECT_EQ(a1(f.related[0].cell), left_out_cell);
  EXPECT_EQ(r.findings.size(), 1u) << check_text(r);
}

void expect_silent(const char *name) {
  CheckResult r = check(name);
  SCOPED_TRACE(name);
  EXPECT_EQ(cells(r, Severity::Error), "") << check_text(r);
  EXPECT_EQ(cells(r, Severity::Warning), "") << check_text(r);
}
} // namespace

TEST(ShortRanges, ALineAddedBelowATotalNotWidenedIsAnErrorAtTheTotal) {
  // The other years' totals include row 10: only 2023/24's stops short.
  expect_short("added-line-wrong.xlsx", "B11", "Waste collection (1,944)", "B10");
  expect_short("added-line-list-wrong.xlsx", "B11", "Waste collection (1,944)", "B10");
  expect_silent("added-line-right.xlsx");
}

TEST(ShortRanges, AFirstLineLeftOutIsAnErrorAtTheTotal) {
  expect_short("first-line-wrong.xlsx", "B11", "Adult social care (4,210)", "B3");
}

TEST(ShortRanges, ALineOfOneLeftOutIsAnErrorNotARoundingDifference) {
  expect_short("posts-wrong.xlsx", "B7", "Libraries and culture (1)", "B6");
}

TEST(ShortRanges, ARowTotalLeavingOutAPeriodColumnIsAnErrorAtIt) {
  expect_short("row-total-wrong.xlsx", "G5", "Q5 (35)", "F5");
}

TEST(ShortRanges, ALineIsNamedByItsNameNotItsCode) {
  expect_short("coded-wrong.xlsx", "C11", "Waste collection (1,944)", "C10");
}

TEST(ShortRanges, TotalsThatStopAboveAMemoLineOrABlankGapAreNoError) {
  // Every total stops there: nothing says the line belongs to the total;
  // the table is named unchecked rather than passed.
  for (const char *name : {"memo-line-right.xlsx", "blank-gap-right.xlsx"}) {
    expect_silent(name);
    CheckResult r = check(name);
    EXPECT_FALSE(r.unchecked.empty()) << name;
  }
}

TEST(ShortRanges, ATotalLeavingOutOnlyAMemoLineTheOthersSpanIsRight) {
  // Before: column-total-mismatch at B11 (the memo line added in), and with a
  // code before the memo's words a total-range-mismatch naming 'M01'.
  for (const char *name : {"one-short-memo-right.xlsx", "coded-memo-right.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.findings.size(), 0u) << name << "\n" << check_text(r);
    ASSERT_FALSE(r.checked.empty()) << name;
    EXPECT_GE(r.checked.front().totals_checked, 2u) << name;
  }
}

TEST(ShortRanges, TotalsStoppingAboveASubtotalOfTheSameLinesAreRight) {
  // 'Net expenditure' is itself =SUM of the lines above: adding it would count them twice.
  CheckResult r = check("subtotal-line-right.xlsx");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  ASSERT_FALSE(r.checked.empty());
}
