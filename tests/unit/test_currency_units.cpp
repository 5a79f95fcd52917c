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

// The scale in every column heading and nowhere else ('Total (\xC2\xA3000)'):
// read through normalise_label, which drops it, the table was taken for
// whole pounds and a line 5 off on 6.5m was an error.
TEST(CurrencyUnits, AScaleInTheHeadingsKeepsTheAllowance) {
  for (const char *name : {"spend-thousands-heading.csv", "spend-thousands-heading.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.errors(), 0u) << name << check_text(r);
    EXPECT_EQ(finding_cells(r, Severity::Info), "D2 D6") << name << check_text(r);
  }
}

// Figures worked out to the penny and each shown rounded to whole pounds: the
// totals as shown are 1 or 2 from their lines as shown (rows 5, 8, 9, 10 and
// the Total row), which is their rounding, never an error; held to the penny
// under a '#,##0' format they add exactly.
TEST(CurrencyUnits, PenceRoundedToWholePoundsAreNoError) {
  for (const char *name : {"charges-shown.csv", "charges-shown.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.errors(), 0u) << name << check_text(r);
    EXPECT_EQ(r.warnings(), 0u) << name << check_text(r);
    EXPECT_GT(r.totals_checked(), 0u) << name;
  }
  CheckResult held = check("charges-held.xlsx");
  EXPECT_EQ(held.findings.size(), 0u) << check_text(held);
  EXPECT_GT(held.totals_checked(), 0u);
}

// A footnote saying the figures may not sum due to rounding keeps the part in
// a million of an aggregate: 5 over its columns on 8.4m is a rounding note.
TEST(CurrencyUnits, AFootnoteOnRoundingKeepsTheAllowance) {
  for (const char *name : {"regions-rounding-note.csv", "regions-rounding-note.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.errors(), 0u) << name << check_text(r);
    EXPECT_EQ(finding_cells(r, Severity::Info), "E5") << name << check_text(r);
  }
}

// Figures to the penny under a Total written to whole pounds: no whole
// amounts, so the Total's own rounding stays a note, as before.
TEST(CurrencyUnits, PenceFiguresUnderAWholePoundTotalKeepTheirAllowance) {
  CheckResult r = check("grants-pence.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_GT(r.totals_checked(), 0u);
}
