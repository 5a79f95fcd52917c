// A rate quoted in a money column's heading ('Administration (5%)') says
// what the amounts are about: the column is amounts, and its Total is
// checked; a '%' standing for the figures' unit ('% of total', 'Change %')
// still sets a column aside (tests/data/quoted_rates/make_quoted_rates.py,
// issue 17, trial3 f29).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("quoted_rates", name); }
} // namespace

// Before: 3 totals checked, 'Administration (5%)' listed as a percentage column.
TEST(QuotedRates, AMoneyColumnQuotingARateIsChecked) {
  for (const char *name : {"cil-right.csv", "cil-right.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.findings.size(), 0u) << name << check_text(r);
    EXPECT_GE(r.totals_checked(), 10u) << name << check_text(r);
    for (const auto &u : r.unchecked) EXPECT_NE(a1(u.block.first).front(), 'D') << name << u.block.why;
  }
}

TEST(QuotedRates, AWrongTotalOfTheQuotedRateColumnIsAnError) {
  for (const char *name : {"cil-admin-wrong.csv", "cil-admin-wrong.xlsx"}) {
    CheckResult r = check(name);
    ASSERT_GE(r.errors(), 1u) << name << check_text(r);
    bool at = false;
    for (const auto &f : r.findings) at = at || (f.severity == Severity::Error && f.cell && a1(*f.cell) == "D11");
    EXPECT_TRUE(at) << name << check_text(r);
  }
}
