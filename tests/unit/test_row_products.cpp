// A rate column beside the amounts it is worked out from: 'Average day
// rate £' is 'Spend £' over 'Days' on every line and on the Total row. A
// Total row off in an amount column is off (or no sum) in the rate column
// too; the rate column is no column that fails to add, so the row's other
// amount column confirms what it adds and the wrong total is caught. Issue
// 17, trial2 e53; on the files tests/data/row_products/make_row_products.py
// writes.
#include <gtest/gtest.h>

#include <string>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("row_products", name); }
} // namespace

// Silent before and after: spend and days checked at the Total row, the
// rate's total said to be a quotient, not a sum.
TEST(RowProducts, TheRightCopyIsSilentAndItsAmountsChecked) {
  for (const char *name : {"rate-right.csv", "rate-right.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_TRUE(r.findings.empty()) << name << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 2u) << name << "\n" << check_text(r);
  }
}

// Before: silent, the Total row 'off in 2 columns' and said unchecked.
TEST(RowProducts, AWrongSpendTotalIsCaughtAtItsCell) {
  for (const char *name : {"rate-spend-total-wrong.csv", "rate-spend-total-wrong.xlsx"}) {
    CheckResult r = check(name);
    ASSERT_EQ(finding_cells(r, Severity::Error), "B10") << name << "\n" << check_text(r);
    const Finding &f = first_finding(r, Severity::Error);
    EXPECT_EQ(f.rule, rules::kColumnTotal) << name;
    EXPECT_EQ(f.computed->decimal(f.unit), "613947") << name;
    EXPECT_EQ(r.findings.size(), 1u) << name << "\n" << check_text(r);
  }
}

// Before: silent. A line's days typed wrong (its rate worked out from
// them) is caught at the Total row's days, which adds it.
TEST(RowProducts, AWrongDaysLineIsCaughtAtTheTotalAddingIt) {
  for (const char *name : {"rate-days-line-wrong.csv", "rate-days-line-wrong.xlsx"}) {
    CheckResult r = check(name);
    ASSERT_EQ(finding_cells(r, Severity::Error), "C10") << name << "\n" << check_text(r);
    const Finding &f = first_finding(r, Severity::Error);
    EXPECT_EQ(f.rule, rules::kColumnTotal) << name;
    EXPECT_EQ(f.computed->decimal(f.unit), "13312") << name;
    EXPECT_EQ(r.findings.size(), 1u) << name << "\n" << check_text(r);
  }
}

// Beside the average, a column that is no sum and not one the average is
// worked out from ('Highest day rate £', 'Grade'): the Total row is off in
// it and in the average, so off in two columns and said unchecked there,
// not accused. Before the fix the average was set aside for any column and
// the Total row's 95.00 (or 7) was said to be a wrong sum at E10.
TEST(RowProducts, ARateSpeaksOnlyForTheColumnsItComesFrom) {
  for (const char *name :
       {"rate-max-right.csv", "rate-max-right.xlsx", "rate-band-right.csv", "rate-band-right.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_TRUE(r.findings.empty()) << name << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 2u) << name << "\n" << check_text(r);
  }
}
