// A table by year with a 'Change' column beside the years: read by the
// inference of its structure, so the Change's Total is checked as a sum and
// each line's Change as the later year less the earlier, where the other
// lines bear that out; a Change in per cent is still set aside. Issue 17,
// trial2 e65; on the files tests/data/change_columns/make_change_columns.py
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
CheckResult check(const std::string &name) { return check_data("change_columns", name); }
// Whether a block said unchecked covers a figure of column `col` (0 for A).
bool unchecked_in_column(const CheckResult &r, std::uint32_t col) {
  for (const auto &u : r.unchecked)
    if (u.block.first.col <= col && col <= u.block.last.col) return true;
  return false;
}
} // namespace

// Before: silent, both Change columns said unchecked ('a column of the table
// by year that is not a year nor its Total'), 2 totals checked.
TEST(ChangeColumns, RightCopiesAreSilentAndTheAmountChangeChecked) {
  for (const char *name : {"budget-right.csv", "budget-right.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_TRUE(r.findings.empty()) << name << "\n" << check_text(r);
    EXPECT_FALSE(unchecked_in_column(r, 3)) << name << "\n" << check_text(r);
    EXPECT_GT(r.totals_checked(), 2u) << name << "\n" << check_text(r);
  }
  // The per cent column (fractions shown 0.0%) is no amount to add.
  EXPECT_TRUE(unchecked_in_column(check("budget-right.xlsx"), 4));
}

// Before: silent.
TEST(ChangeColumns, AWrongChangeOnALineIsCaughtAtItsCell) {
  for (const char *name : {"budget-change-wrong.csv", "budget-change-wrong.xlsx"}) {
    CheckResult r = check(name);
    ASSERT_EQ(finding_cells(r, Severity::Error), "D10") << name << "\n" << check_text(r);
    const Finding &f = first_finding(r, Severity::Error);
    EXPECT_EQ(f.rule, rules::kRelation) << name;
    EXPECT_EQ(f.computed->decimal(f.unit), "1782") << name;
    EXPECT_EQ(r.findings.size(), 1u) << name << "\n" << check_text(r);
  }
}

// Before: silent.
TEST(ChangeColumns, AWrongChangeTotalIsCaughtAtItsCell) {
  for (const char *name : {"budget-change-total-wrong.csv", "budget-change-total-wrong.xlsx"}) {
    CheckResult r = check(name);
    ASSERT_EQ(finding_cells(r, Severity::Error), "D14") << name << "\n" << check_text(r);
    const Finding &f = first_finding(r, Severity::Error);
    EXPECT_EQ(f.rule, rules::kColumnTotal) << name;
    EXPECT_EQ(f.computed->decimal(f.unit), "5192") << name;
    EXPECT_EQ(r.findings.size(), 1u) << name << "\n" << check_text(r);
  }
}

// A Change the years do not give on most lines: never an error, said
// unchecked.
TEST(ChangeColumns, AChangeTheYearsDoNotGiveIsSaidUnchecked) {
  for (const char *name : {"budget-unrelated-right.csv", "budget-unrelated-right.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_TRUE(r.findings.empty()) << name << "\n" << check_text(r);
    EXPECT_TRUE(unchecked_in_column(r, 3)) << name << "\n" << check_text(r);
  }
}
