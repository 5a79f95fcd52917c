// Opening and closing balances named with the word Total ('Total funds brought
// forward', 'Total funds carried forward'): balances, not sums of the rows
// above them. Where no reading of the rows above gives such a row's figures,
// it is read as a line, and the carried forward is checked as the statement
// gives it (the net movement + the brought forward), never accused as a
// column total (tests/data/balance_totals/make_balance_totals.py; issue 17,
// trial 3 f28: 8 false errors in a values copy whose formula copy was clean).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/findings.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("balance_totals", name); }
} // namespace

// Before: 8 errors, 'Total funds brought forward ... says 1,406 but the 4 rows
// since 'Total expenditure' add up to 22,756' and the carried forward read as
// the 1 row above it.
TEST(BalanceTotals, BalancesNamedAsTotalsAreNotAccusedAsSums) {
  for (const std::string &name : copies({"sofa-right", "sofa-no-movement", "reserves-right"})) {
    CheckResult r = check(name);
    EXPECT_TRUE(silent(r)) << name;
    EXPECT_GT(r.totals_checked(), 0u) << name;
  }
  // The carried forward is checked (net movement + brought forward), not listed unchecked.
  for (const std::string &name : copies({"sofa-right"})) {
    CheckResult r = check(name);
    EXPECT_EQ(r.totals_checked(), 34u) << name << check_text(r);
    for (const auto &u : r.unchecked) EXPECT_NE(u.block.first.row, 21u) << name << " " << u.block.why;
  }
}

TEST(BalanceTotals, AWrongCarriedForwardIsCaughtAtItsCell) {
  for (const std::string &name : copies({"sofa-cf-wrong"}))
    EXPECT_TRUE(one_error_at(check(name), "C22", rules::kColumnTotal)) << name;
  for (const std::string &name : copies({"reserves-cf-wrong"}))
    EXPECT_TRUE(one_error_at(check(name), "B9", rules::kColumnTotal)) << name;
}

// The brought forward typed with two digits swapped: its row's Total and the
// carried forward both put out by it, blamed on it.
TEST(BalanceTotals, AWrongBroughtForwardIsCaughtAtItsCell) {
  for (const std::string &name : copies({"sofa-bf-wrong"}))
    EXPECT_TRUE(one_error_at(check(name), "C21", rules::kRowTotal)) << name;
}

// A one-column 'Total reserves carried forward' that is the sum of the
// reserves over it, typed 12,785 for 12,875: an error at it, never set aside
// as a balance (review 27: it was, and the slip passed).
TEST(BalanceTotals, ASlipInAOneColumnCarriedForwardTotalIsAnError) {
  for (const std::string &name : copies({"usable-reserves-right"})) EXPECT_TRUE(silent(check(name))) << name;
  for (const std::string &name : copies({"usable-reserves-cf-swap"})) {
    CheckResult r = check(name);
    ASSERT_EQ(r.errors(), 1u) << name << check_text(r);
    EXPECT_EQ(a1(*r.findings[0].cell), "B11") << name;
  }
}
