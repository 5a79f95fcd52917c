// A worded total of the lines after a subtotal no total word names ('Net
// revenue requirement' over the cost lines, then the financing lines and
// 'Total financing' with no blank row between): it adds the lines since that
// subtotal, not the subtotal too (issue 17, trial2 e19, e63). On the files
// tests/data/funding_after_net/make_funding_after_net.py writes.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("funding_after_net", name); }
} // namespace

// Before: 'Total financing' said wrong in every column, 'the 5 rows above it
// add up to 163,659' (the requirement counted with the financing lines).
TEST(FundingAfterNet, RightCopiesAreSilentAndTheirTotalsChecked) {
  for (const char *name : {"police-right.csv", "police-right.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_TRUE(r.findings.empty()) << name << "\n" << check_text(r);
    EXPECT_TRUE(r.unchecked.empty()) << name << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 6u) << name << "\n" << check_text(r);
  }
}

TEST(FundingAfterNet, AWrongTotalOfTheLinesSinceTheSubtotalIsCaughtAtItsCell) {
  for (const char *name : {"police-financing-wrong.csv", "police-financing-wrong.xlsx"}) {
    CheckResult r = check(name);
    ASSERT_EQ(finding_cells(r, Severity::Error), "C17") << name << "\n" << check_text(r);
    const Finding &f = first_finding(r, Severity::Error);
    EXPECT_EQ(f.rule, rules::kColumnTotal) << name;
    EXPECT_EQ(f.computed->decimal(f.unit), "62490") << name;
    EXPECT_NE(f.message.find("since 'Net revenue requirement'"), std::string::npos) << f.message;
    EXPECT_EQ(r.findings.size(), 1u) << name << "\n" << check_text(r);
  }
}

TEST(FundingAfterNet, AWrongCostLineIsCaughtAtTheSubtotalAndTheFinancingStillAgrees) {
  for (const char *name : {"police-line-wrong.csv", "police-line-wrong.xlsx"}) {
    CheckResult r = check(name);
    ASSERT_EQ(finding_cells(r, Severity::Error), "B12") << name << "\n" << check_text(r);
    EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kColumnTotal) << name;
    EXPECT_EQ(r.findings.size(), 1u) << name << "\n" << check_text(r);
  }
}
