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
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("difference_columns", name); }
bool said_unchecked(const CheckResult &r, const std::string &label) {
  for (const auto &u : r.unchecked)
    if (u.block.why.find(label) != std::string::npos) return true;
  return false;
}
} // namespace

// Before: silent, the Variance (quarters) and the Under/(over) spend
// (outturn) said not checked ('does not hold on enough of the table's rows').
TEST(DifferenceColumns, RightCopiesAreSilentAndTheirDifferencesChecked) {
  for (const char *stem : {"quarters-right", "outturn-right"})
    for (const char *ext : {".csv", ".xlsx"}) {
      const std::string name = std::string(stem) + ext;
      CheckResult r = check(name);
      EXPECT_TRUE(r.findings.empty()) << name << "\n" << check_text(r);
      EXPECT_TRUE(r.unchecked.empty()) << name << "\n" << check_text(r);
    }
}

// Before: blamed on the Total under it (I13).
TEST(DifferenceColumns, AWrongVarianceBesideTheQuartersIsCaughtAtItsCell) {
  for (const char *name : {"quarters-variance-wrong.csv", "quarters-variance-wrong.xlsx"}) {
    CheckResult r = check(name);
    ASSERT_EQ(finding_cells(r, Severity::Error), "I9") << name << "\n" << check_text(r);
    const Finding &f = first_finding(r, Severity::Error);
    EXPECT_EQ(f.rule, rules::kRelation) << name;
    EXPECT_EQ(f.computed->decimal(f.unit), "-380") << name;
    EXPECT_NE(f.message.find("'Full year' - 'Budget'"), std::string::npos) << f.message;
    EXPECT_EQ(r.findings.size(), 1u) << name << "\n" << check_text(r);
  }
}

// Before: blamed on the Total under it (F11).
TEST(DifferenceColumns, AWrongUnderspendOfThreeColumnsIsCaughtAtItsCell) {
  for (const char *name : {"outturn-underspend-wrong.csv", "outturn-underspend-wrong.xlsx"}) {
    CheckResult r = check(name);
    ASSERT_EQ(finding_cells(r, Severity::Error), "F7") << name << "\n" << check_text(r);
    const Finding &f = first_finding(r, Severity::Error);
    EXPECT_EQ(f.rule, rules::kRelation) << name;
    EXPECT_EQ(f.computed->decimal(f.unit), "140") << name;
    EXPECT_NE(f.message.find("'Revised budget' - 'Actual' - 'Re-profiled to next year'"), std::string::npos)
        << f.message;
    EXPECT_EQ(r.findings.size(), 1u) << name << "\n" << check_text(r);
  }
}

// A column headed as an underspend that no reading of three columns gives
// on most rows: never an error, and said not checked.
TEST(DifferenceColumns, AnUnderspendNoReadingBearsOutIsSaidUnchecked) {
  for (const char *name : {"outturn-unrelated-right.csv", "outturn-unrelated-right.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_TRUE(r.findings.empty()) << name << "\n" << check_text(r);
    EXPECT_TRUE(said_unchecked(r, "'Under/(over) spend'")) << name << "\n" << check_text(r);
  }
}
