// Difference columns read from their headings and borne out by the table's
// other rows: a 'Variance' taken from the 'Full year' forecast beside the
// quarters, and an 'Under/(over) spend' worked out from three columns
// (Revised budget - Actual - Re-profiled). Issue 17, trial2 e49, e29; on the
// files tests/data/difference_columns/make_difference_columns.py writes.
#include <gtest/gtest.h>

#include <string>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/findings.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("difference_columns", name); }
} // namespace

// Before: silent, the Variance (quarters) and the Under/(over) spend
// (outturn) said not checked ('does not hold on enough of the table's rows').
TEST(DifferenceColumns, RightCopiesAreSilentAndTheirDifferencesChecked) {
  for (const std::string &name : copies({"quarters-right", "outturn-right"})) {
    CheckResult r = check(name);
    EXPECT_TRUE(silent(r)) << name;
    EXPECT_TRUE(r.unchecked.empty()) << name << "\n" << check_text(r);
  }
}

// Before: blamed on the Total under it (I13).
TEST(DifferenceColumns, AWrongVarianceBesideTheQuartersIsCaughtAtItsCell) {
  for (const std::string &name : copies({"quarters-variance-wrong"})) {
    CheckResult r = check(name);
    ASSERT_TRUE(only_error_at(r, "I9", rules::kRelation)) << name;
    const Finding &f = r.findings.front();
    EXPECT_EQ(f.computed->decimal(f.unit), "-380") << name;
    EXPECT_NE(f.message.find("'Full year' - 'Budget'"), std::string::npos) << f.message;
  }
}

// Before: blamed on the Total under it (F11).
TEST(DifferenceColumns, AWrongUnderspendOfThreeColumnsIsCaughtAtItsCell) {
  for (const std::string &name : copies({"outturn-underspend-wrong"})) {
    CheckResult r = check(name);
    ASSERT_TRUE(only_error_at(r, "F7", rules::kRelation)) << name;
    const Finding &f = r.findings.front();
    EXPECT_EQ(f.computed->decimal(f.unit), "140") << name;
    EXPECT_NE(f.message.find("'Revised budget' - 'Actual' - 'Re-profiled to next year'"), std::string::npos)
        << f.message;
  }
}

// A column headed as an underspend that no reading of three columns gives
// on most rows: never an error, and said not checked.
TEST(DifferenceColumns, AnUnderspendNoReadingBearsOutIsSaidUnchecked) {
  for (const std::string &name : copies({"outturn-unrelated-right"})) {
    CheckResult r = check(name);
    EXPECT_TRUE(silent(r)) << name;
    EXPECT_TRUE(said_unchecked(r, "'Under/(over) spend'")) << name << "\n" << check_text(r);
  }
}
