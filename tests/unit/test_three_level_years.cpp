// A budget in three levels under year headings (directorates, services,
// detail lines, each level with figures; 2024/25 to 2026/27) is no summary
// by year whose Total adds every row above it (issue 17, precision): on the
// budgets tests/data/three_level_years/make_three_level_years.py writes.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult levels(const std::string &name) { return check_data("three_level_years", name); }
} // namespace

// Before: 'Total' said wrong in every year ('the rows above add up to
// 644,583', three times the budget) on every right copy of flat and indented.
TEST(ThreeLevelYears, RightCopiesGetNoErrorAndSayWhatWasNotChecked) {
  for (const char *shape : {"heading", "flat", "indented", "below", "columns", "mixed"})
    for (const char *ext : {".csv", ".xlsx"}) {
      std::string name = std::string(shape) + "-right" + ext;
      CheckResult r = levels(name);
      EXPECT_EQ(r.errors(), 0u) << name << "\n" << check_text(r);
      EXPECT_EQ(r.warnings(), 0u) << name << "\n" << check_text(r);
      // Whatever was not checked is said, never passed as agreeing.
      if (r.totals_checked() == 0) {
        EXPECT_FALSE(r.unchecked.empty()) << name << "\n" << check_text(r);
      }
    }
  // Where the levels are written (indented, or totals named below), they are checked.
  EXPECT_EQ(levels("below-right.csv").totals_checked(), 95u);
  EXPECT_EQ(levels("indented-right.csv").totals_checked(), 24u);
}

TEST(ThreeLevelYears, AWrongFigureIsCaughtAtItsTotal) {
  struct Case {
    const char *name, *cell;
  };
  for (const Case &c :
       {Case{"below-wrong-line", "C27"}, Case{"below-wrong-grand", "D56"}, Case{"below-wrong-directorate", "B45"},
        Case{"mixed-wrong-line", "C25"}, Case{"mixed-wrong-grand", "D51"}, Case{"indented-wrong-line", "C19"}})
    for (const char *ext : {".csv", ".xlsx"}) {
      std::string name = std::string(c.name) + ext;
      CheckResult r = levels(name);
      ASSERT_EQ(finding_cells(r, Severity::Error), c.cell) << name << "\n" << check_text(r);
      EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kColumnTotal) << name;
    }
}
