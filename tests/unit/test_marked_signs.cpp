// A closing balance whose lines are each marked with their sign ("2. (+)
// Annual precept", "4. (-) Staff costs"), as an annual return writes them:
// the relation the marks state is checked in every column, so a second wrong
// year does not hide the first, on the statements
// tests/data/marked_signs/make_marked_signs.py writes (issue 17).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("marked_signs", name); }
} // namespace

TEST(MarkedSigns, BothYearsWrongAreBothReported) {
  CheckResult r = check("statement-two-wrong.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "B8 C8") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_EQ(f.rule, rules::kRelation);
  EXPECT_EQ(f.computed->decimal(f.unit), "235892");
}

TEST(MarkedSigns, OneYearWrongIsReportedAloneAndTheStatementRightIsSilent) {
  CheckResult one = check("statement-one-wrong.csv");
  EXPECT_EQ(finding_cells(one, Severity::Error), "C8") << check_text(one);
  CheckResult ok = check("statement.csv");
  EXPECT_EQ(ok.findings.size(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 2u) << check_text(ok);
}

// Without the marks nothing states the arithmetic, and no year bears a
// reading out: neither balance is accused.
TEST(MarkedSigns, UnmarkedLinesStateNothing) {
  CheckResult r = check("unmarked-two-wrong.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 0u) << check_text(r);
  EXPECT_FALSE(r.unchecked.empty()) << check_text(r);
}
