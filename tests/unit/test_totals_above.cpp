// A total written above the lines it adds ("Total expenditure" first, then
// Employees, Premises, ...), on the workbooks tests/data/make_totals_above.py
// writes: read as a total of the lines under it, by its words and its place.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("totals_above", name); }
} // namespace

TEST(TotalsAbove, ANamedTotalOverTheLinesUnderItIsChecked) {
  CheckResult ok = check("named-above-ok.xlsx");
  EXPECT_EQ(ok.findings.size(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 2u) << check_text(ok);
  EXPECT_EQ(ok.unchecked_figures(), 0u) << check_text(ok);
  // Its own figure wrong: one column adds up, the other is off.
  CheckResult total = check("named-above-total-wrong.xlsx");
  EXPECT_EQ(finding_cells(total, Severity::Error), "B2") << check_text(total);
  const Finding &f = first_finding(total, Severity::Error);
  EXPECT_EQ(f.rule, rules::kColumnTotal);
  EXPECT_EQ(f.computed->decimal(f.unit), "7130");
  EXPECT_NE(f.message.find("the 4 rows under it add up to"), std::string::npos) << f.message;
  // A line under it wrong: said at the total over it.
  CheckResult line = check("named-above-line-wrong.xlsx");
  EXPECT_EQ(finding_cells(line, Severity::Error), "B2") << check_text(line);
}

TEST(TotalsAbove, EachAccountOverItsOwnLines) {
  // 'Total income' over its lines, a blank row, 'Total expenditure' over
  // its own: the wrong expenditure line is said at 'Total expenditure' only.
  CheckResult r = check("two-accounts.xlsx");
  EXPECT_EQ(finding_cells(r, Severity::Error), "B7") << check_text(r);
  EXPECT_EQ(r.totals_checked(), 4u) << check_text(r);
}

TEST(TotalsAbove, ANamedTotalThatAddsTheLinesAboveItIsNotReadOverTheLinesUnderIt) {
  CheckResult r = check("named-after-blank-adds-above.xlsx");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 2u) << check_text(r);
}

TEST(TotalsAbove, ANamedTotalAboveItsLinesMakesNoOtherBlocksFirstRowATotal) {
  // 'Total expenditure' over its lines, a blank row, then income lines
  // whose first is larger than each under it: read as their total (the
  // named total taken as evidence that first rows are totals), it was
  // accused, 'says 5,000 but the 2 rows under it add up to 1,500'.
  CheckResult r = check("named-above-then-lines.xlsx");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 1u) << check_text(r);
}
