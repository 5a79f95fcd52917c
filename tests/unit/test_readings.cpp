// Totals left unchecked are left for a reason that is true, said alike in the
// text's closing line and in JSON, on the tables
// tests/data/readings/make_readings.py writes (issue 17).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/coverage.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("readings", name); }

bool says(const std::string &text, const std::string &words) { return text.find(words) != std::string::npos; }
} // namespace

// "Cumulative funding gap" is spending + funding in every year: a total of
// the rows above it, whatever the word says, not a running total along the
// row (it was said to be one, and nothing in the table was checked).
TEST(Readings, ARowNamedCumulativeThatSumsTheRowsAboveItIsATotalOfThem) {
  CheckResult r = check("cumulative-sum-of-rows.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 10u) << check_text(r);
  for (const auto &u : r.unchecked) EXPECT_FALSE(says(u.block.why, "running total")) << u.block.why;
}

// The same, where the row adds a block of six rows: found as the whole block
// above it (the block is grown a row at a time, each column's sum kept).
TEST(Readings, ARowNamedCumulativeThatSumsManyRowsAboveItIsATotalOfThem) {
  CheckResult r = check("cumulative-sum-of-many-rows.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 3u) << check_text(r);
  for (const auto &u : r.unchecked) EXPECT_FALSE(says(u.block.why, "running total")) << u.block.why;
}

// A running total along the row stays unchecked, and the closing line says
// why as JSON does: it said "no table with totals was recognised", taking
// its reason from a flag the running total's reading never set.
TEST(Readings, ARunningTotalIsSaidUncheckedAlikeInTextAndJson) {
  CheckResult r = check("cumulative-running.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 0u) << check_text(r);
  ASSERT_EQ(r.unchecked.size(), 1u) << check_text(r);
  const std::string why = r.unchecked[0].block.why;
  EXPECT_EQ(why.rfind("'Cumulative savings' is a running total along the row", 0), 0u) << why;
  EXPECT_EQ(coverage_line(r.checked, r.unchecked), "No total was checked: in cumulative-running!B2:E4, " + why +
                                                       "; 12 figures on 1 sheet not understood (cumulative-running)");
}

// A total column left of its figures with two breakdowns after it (actual
// and notional; by category) and columns that are neither: each row checked
// against both, and the double entry (actual and notional each the total)
// found. It was said to agree "with no reading of the columns before it".
TEST(Readings, ATotalColumnLeftOfTwoBreakdownsIsCheckedAgainstEach) {
  CheckResult r = check("total-two-breakdowns.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "B6") << check_text(r);
  EXPECT_EQ(r.findings.size(), 1u) << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_EQ(f.rule, rules::kRowTotal);
  EXPECT_EQ(f.computed->decimal(f.unit), "1975.3");
  EXPECT_TRUE(says(f.message, "the 2 columns 'Actual spending' to 'Notional spending' after it")) << f.message;
  EXPECT_EQ(r.totals_checked(), 16u) << check_text(r); // 8 rows, each against both breakdowns
}

TEST(Readings, ATotalColumnThatBothBreakdownsExplainIsNotAccused) {
  CheckResult r = check("total-two-breakdowns-ok.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 16u) << check_text(r);
}

// A second breakdown short of the total in one row, where the total agrees
// with its own breakdown (Male + Female): a category may be left out of the
// age groups ("age not known"), so the row is no error; it is said
// unchecked. It made the Total an error (review 18, H7).
TEST(Readings, ASecondBreakdownShortOfTheTotalIsNoError) {
  CheckResult r = check("total-two-breakdowns-short.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 15u) << check_text(r); // 8 rows by sex, 7 by age
  ASSERT_EQ(r.unchecked.size(), 1u) << check_text(r);
  EXPECT_TRUE(says(r.unchecked[0].block.why, "a category may be left out of them")) << r.unchecked[0].block.why;
}

// A second breakdown that adds up to more than the total: no category left
// out explains it, so the row is an error against it.
TEST(Readings, ASecondBreakdownOverTheTotalIsAnError) {
  CheckResult r = check("total-two-breakdowns-over.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "B7") << check_text(r);
  EXPECT_EQ(r.findings.size(), 1u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 16u) << check_text(r);
}

// Subtotals one column right of their items: checked against them (they
// were said to "agree with no reading of the rows above them").
TEST(Readings, SubtotalsOneColumnRightOfTheirItemsAreCheckedAgainstThem) {
  CheckResult r = check("indented-subtotals.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 3u) << check_text(r);
  for (const auto &u : r.unchecked) EXPECT_FALSE(says(u.block.why, "agree with no reading")) << u.block.why;
  CheckResult wrong = check("indented-subtotals-wrong.csv");
  EXPECT_EQ(finding_cells(wrong, Severity::Error), "C12") << check_text(wrong);
  const Finding &f = first_finding(wrong, Severity::Error);
  EXPECT_EQ(f.rule, rules::kColumnTotal);
  EXPECT_TRUE(says(f.message, "says 9,500 but the 3 rows above it in column B add up to 9,400")) << f.message;
}

TEST(Readings, OneSubtotalRightOfItsItemsIsSaidUncheckedWithTheTrueReason) {
  CheckResult r = check("indented-one-group.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 0u) << check_text(r);
  ASSERT_FALSE(r.unchecked.empty()) << check_text(r);
  EXPECT_TRUE(says(r.unchecked[0].block.why, "items and subtotals are in different columns")) << check_text(r);
  EXPECT_FALSE(says(r.unchecked[0].block.why, "agrees with no reading")) << check_text(r);
}

// A closing balance no reading from the opening balance gives, in a table
// of one column: said so, never "not in enough of the table's columns".
TEST(Readings, AClosingBalanceOfOneColumnIsSaidUncheckedForTheTrueReason) {
  CheckResult r = check("closing-balance-one-column.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  bool said = false;
  for (const auto &u : r.unchecked) {
    EXPECT_FALSE(says(u.block.why, "enough of the table's columns")) << u.block.why;
    said = said || says(u.block.why, "and the rows between gives its figure, so how it is worked out is not known");
  }
  EXPECT_TRUE(said) << check_text(r);
}
