// A figure that puts out its row's total, and its column's Total by no more
// than the column's rounding allows (issue 17, trial2 e14 w2): one error at
// that figure, not at the row's total, which is right. On the files
// tests/data/crossing_rounding/make_crossing_rounding.py writes (csv, xlsx).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("crossing_rounding", name); }
} // namespace

TEST(CrossingRounding, TheRightCopyIsSilentAndChecked) {
  for (const char *file : {"grants-right.csv", "grants-right.xlsx"}) {
    CheckResult r = check(file);
    EXPECT_TRUE(r.findings.empty()) << file << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 18u) << file << "\n" << check_text(r);
  }
}

// Before: the error at B8 (the Amount awarded, right) and a rounding note at D18.
TEST(CrossingRounding, AFigureOffInItsRowAndWithinRoundingInItsColumnIsBlamedOnItself) {
  for (const char *file : {"grants-balance-wrong.csv", "grants-balance-wrong.xlsx"}) {
    CheckResult r = check(file);
    ASSERT_EQ(finding_cells(r, Severity::Error), "D8") << file << "\n" << check_text(r);
    const Finding &f = first_finding(r, Severity::Error);
    EXPECT_EQ(f.rule, rules::kRowTotal) << file;
    EXPECT_NE(f.message.find("at D18 is off by the same 20"), std::string::npos) << f.message;
    EXPECT_EQ(r.findings.size(), 1u) << file << "\n" << check_text(r);
  }
}

// The row's own total typed wrong stays its own error: the column's note
// (off the other way) blames no figure.
TEST(CrossingRounding, ARowTotalTypedWrongStaysAtItsCell) {
  for (const char *file : {"grants-awarded-wrong.csv", "grants-awarded-wrong.xlsx"}) {
    CheckResult r = check(file);
    ASSERT_EQ(finding_cells(r, Severity::Error), "B8") << file << "\n" << check_text(r);
    EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kRowTotal) << file;
  }
}
