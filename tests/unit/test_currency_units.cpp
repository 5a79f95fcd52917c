// A total column across figures in whole amounts of a currency its headings
// name with no scale ('Net rent debit £') is as exact as its figures: no part
// in a million of it is excused as rounding; a table that says its figures are
// in thousands ('£000' under its title) keeps that allowance for aggregates
// rounded on their own (tests/data/currency_units/make_currency_units.py;
// issue 17, trial 3 f15: a transposition of 9 in 11,584,445 passed as info
// 'within the rounding of the table's figures, 11').
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("currency_units", name); }
} // namespace

TEST(CurrencyUnits, RightCopiesAreSilent) {
  for (const char *name : {"rent-right.csv", "rent-right.xlsx", "rent-right-f.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.findings.size(), 0u) << name << check_text(r);
    EXPECT_GT(r.totals_checked(), 0u) << name;
  }
}

// Before: info rounding-difference at D9 ('within the rounding of the
// table's figures, 11') and at D13 ('..., 66'), no error.
TEST(CurrencyUnits, AWholePoundSlipInALargeTotalIsAnErrorAtItsCell) {
  for (const char *name : {"rent-net-typed-f.xlsx", "rent-net-wrong.csv", "rent-net-wrong.xlsx"}) {
    CheckResult r = check(name);
    ASSERT_GE(r.errors(), 1u) << name << check_text(r);
    EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kRowTotal) << name;
    EXPECT_EQ(a1(*first_finding(r, Severity::Error).cell), "D9") << name << check_text(r);
    EXPECT_EQ(finding_cells(r, Severity::Info), "") << name << check_text(r);
  }
}

// A £000 table's aggregate 6 above its lines on 12.6m: a rounding note, as before.
TEST(CurrencyUnits, ATableInThousandsKeepsItsRoundingAllowance) {
  for (const char *name : {"borrowing-rounded.csv", "borrowing-rounded.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.errors(), 0u) << name << check_text(r);
    EXPECT_EQ(finding_cells(r, Severity::Info), "E5") << name << check_text(r);
  }
}
