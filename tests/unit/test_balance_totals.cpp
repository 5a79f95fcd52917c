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

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("balance_totals", name); }
} // namespace

// Before: 8 errors, 'Total funds brought forward ... says 1,406 but the 4 rows
// since 'Total expenditure' add up to 22,756' and the carried forward read as
// the 1 row above it.
TEST(BalanceTotals, BalancesNamedAsTotalsAreNotAccusedAsSums) {
  for (const char *name : {"sofa-right.csv", "sofa-right.xlsx", "sofa-no-movement.csv", "sofa-no-movement.xlsx",
                           "reserves-right.csv", "reserves-right.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.findings.size(), 0u) << name << check_text(r);
    EXPECT_GT(r.totals_checked(), 0u) << name;
  }
  // The carried forward is checked (net movement + brought forward), not listed unchecked.
  for (const char *name : {"sofa-right.csv", "sofa-right.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.totals_checked(), 34u) << name << check_text(r);
    for (const auto &u : r.unchecked) EXPECT_NE(u.block.first.row, 21u) << name << " " << u.block.why;
  }
}

TEST(BalanceTotals, AWrongCarriedForwardIsCaughtAtItsCell) {
  for (const char *name : {"sofa-cf-wrong.csv", "sofa-cf-wrong.xlsx"}) {
    CheckResult r = check(name);
    ASSERT_EQ(r.errors(), 1u) << name << check_text(r);
    EXPECT_EQ(finding_cells(r, Severity::Error), "C22") << name;
    EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kColumnTotal) << name;
  }
  for (const char *name : {"reserves-cf-wrong.csv", "reserves-cf-wrong.xlsx"}) {
    CheckResult r = check(name);
    ASSERT_EQ(r.errors(), 1u) << name << check_text(r);
    EXPECT_EQ(finding_cells(r, Severity::Error), "B9") << name;
    EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kColumnTotal) << name;
  }
}

// The brought forward typed with two digits swapped: its row's Total and the
// carried forward both put out by it, blamed on it.
TEST(BalanceTotals, AWrongBroughtForwardIsCaughtAtItsCell) {
  for (const char *name : {"sofa-bf-wrong.csv", "sofa-bf-wrong.xlsx"}) {
    CheckResult r = check(name);
    ASSERT_EQ(r.errors(), 1u) << name << check_text(r);
    EXPECT_EQ(finding_cells(r, Severity::Error), "C21") << name;
    EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kRowTotal) << name;
  }
}

// A one-column 'Total reserves carried forward' that is the sum of the
// reserves over it, typed 12,785 for 12,875: an error at it, never set aside
// as a balance (review 27: it was, and the slip passed).
TEST(BalanceTotals, ASlipInAOneColumnCarriedForwardTotalIsAnError) {
  for (const char *name : {"usable-reserves-right.csv", "usable-reserves-right.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.findings.size(), 0u) << name << check_text(r);
  }
  for (const char *name : {"usable-reserves-cf-swap.csv", "usable-reserves-cf-swap.xlsx"}) {
    CheckResult r = check(name);
    ASSERT_EQ(r.errors(), 1u) << name << check_text(r);
    EXPECT_EQ(a1(*r.findings[0].cell), "B11") << name;
  }
}
