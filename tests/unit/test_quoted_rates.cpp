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
#include "support/findings.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("quoted_rates", name); }
} // namespace

// Before: 3 totals checked, 'Administration (5%)' listed as a percentage column.
TEST(QuotedRates, AMoneyColumnQuotingARateIsChecked) {
  for (const std::string &name : copies({"cil-right"})) {
    CheckResult r = check(name);
    EXPECT_TRUE(silent(r)) << name;
    EXPECT_GE(r.totals_checked(), 10u) << name << check_text(r);
    for (const auto &u : r.unchecked) EXPECT_NE(a1(u.block.first).front(), 'D') << name << u.block.why;
  }
}

TEST(QuotedRates, AWrongTotalOfTheQuotedRateColumnIsAnError) {
  for (const std::string &name : copies({"cil-admin-wrong"})) {
    CheckResult r = check(name);
    EXPECT_TRUE(error_at(r, "D11")) << name << check_text(r);
  }
}
