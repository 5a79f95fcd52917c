// A budget in three levels whose directorates are set apart by a blank row,
// the next directorate's name and its first division's name on rows of
// their own: one table, whose grand total adds every directorate, on the
// budgets tests/data/hierarchy_gaps/make_hierarchy_gaps.py writes (issue 17).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("hierarchy_gaps", name); }
} // namespace

// The gap cut the table in two, and the grand total was an error against
// the last directorate alone.
TEST(HierarchyGaps, TheGrandTotalAddsTheDirectoratesAcrossTheGap) {
  CheckResult r = check("budget.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 7u) << check_text(r);
  EXPECT_EQ(r.checked.size(), 1u) << check_text(r);
}

TEST(HierarchyGaps, AWrongTotalOrServiceIsFoundAtItsCellAlone) {
  CheckResult grand = check("budget-wrong-grand-total.csv");
  EXPECT_EQ(finding_cells(grand, Severity::Error), "B26") << check_text(grand);
  const Finding &f = first_finding(grand, Severity::Error);
  EXPECT_EQ(f.computed->decimal(f.unit), "57765");
  CheckResult directorate = check("budget-wrong-directorate.csv");
  EXPECT_EQ(finding_cells(directorate, Severity::Error), "B12") << check_text(directorate);
  CheckResult service = check("budget-wrong-service.csv");
  EXPECT_EQ(finding_cells(service, Severity::Error), "B7") << check_text(service);
}
