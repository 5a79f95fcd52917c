// A subtotal no word names, read as one by the named total under it, on the
// tables tests/data/unnamed_subtotals/make_unnamed_subtotals.py writes: one
// wrong figure in its block is found at the subtotal, and the total that
// reads it, right in every year, is not accused (issue 17).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("unnamed_subtotals", name); }
} // namespace

TEST(UnnamedSubtotals, ARightTableHasNothingToReport) {
  CheckResult r = check("subtotal-right.csv");
  EXPECT_TRUE(r.findings.empty()) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 6u) << check_text(r);
}

// Read as a line, the subtotal made the total wrong in both years, the
// untouched one too; read as the subtotal the total reads it as, the error
// is the subtotal's, in the year whose figure is wrong.
TEST(UnnamedSubtotals, AWrongFigureUnderAnUnnamedSubtotalIsFoundThereAndOnlyThere) {
  CheckResult r = check("subtotal-component-wrong.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "B4") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_EQ(f.rule, rules::kColumnTotal);
  EXPECT_EQ(f.computed->decimal(f.unit), "23549");
  EXPECT_EQ(r.findings.size(), 1u) << check_text(r);
}

TEST(UnnamedSubtotals, TwoWrongFiguresLeaveTheTableUncheckedNotAccused) {
  CheckResult r = check("subtotal-two-wrong.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 0u) << check_text(r);
  EXPECT_FALSE(r.unchecked.empty()) << check_text(r);
}

// The last rows above a total adding up to it is what a total whose range
// starts too late gives: no evidence of a subtotal unless the first of them
// is shown to be one (review of f9bb29a, H1).
TEST(UnnamedSubtotals, ATotalLeavingOutItsFirstRowIsStillWrong) {
  CheckResult r = check("total-misses-first.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "B8 C8") << check_text(r);
}

// A line repeating the one figure above it in one year is no subtotal of
// its block, so nothing is accused in the year it differs (H2).
TEST(UnnamedSubtotals, ALineRepeatingTheOneFigureAboveItIsNoSubtotal) {
  CheckResult r = check("precept-repeats-one-line.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
}

// No reason calls the unnamed subtotal "named as a total" in a year whose
// lines give no figures (M1).
TEST(UnnamedSubtotals, AYearWithOnlyTheSummaryLinesHasNothingToReportAndNoUntrueReason) {
  CheckResult r = check("blank-year.csv");
  EXPECT_TRUE(r.findings.empty()) << check_text(r);
  for (const auto &u : r.unchecked) EXPECT_EQ(u.block.why.find("named as a total"), std::string::npos) << u.block.why;
}
