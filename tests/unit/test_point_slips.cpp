// A figure typed with a point where its table writes a thousands comma
// ("1.480" for 1,480, in a table of whole figures): said at the figure, and
// the total that adds it, right once the figure is read as thousands, is no
// error (issue 17). Where that reading does not make the totals exact, or
// the table writes decimals, the figure is read as written, as before. On the
// tables tests/data/point_slips/make_point_slips.py writes.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("point_slips", name); }
} // namespace

// A parish return's line 7 (1 + 2 + 3 - 4 - 5 - 6) is exact with line 6 read
// as 1,480: the slip is said at line 6, line 7 is checked and agrees.
TEST(PointSlips, ASlipThatARelationBearsOutIsSaidAtTheFigureNotTheTotal) {
  CheckResult r = check("return-slip.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_EQ(finding_cells(r, Severity::Warning), "C8") << check_text(r);
  const Finding &f = first_finding(r, Severity::Warning);
  EXPECT_EQ(f.rule, rules::kPointSlip);
  EXPECT_EQ(f.stated->decimal(f.unit), "1.48");
  EXPECT_EQ(f.computed->decimal(f.unit), "1480");
  ASSERT_EQ(f.related.size(), 1u);
  EXPECT_EQ(a1(f.related[0].cell), "C9");
  EXPECT_NE(f.message.find("is written '1.480', which reads as 1.48, but every other figure of the table is whole; "
                           "read as 1,480"),
            std::string::npos)
      << f.message;
  EXPECT_GE(r.totals_checked(), 2u) << check_text(r);
}

// Off by 10 more: read as 1,480 line 7 is still wrong, so the figure is
// read as written and line 7 is the error it was.
TEST(PointSlips, ASlipThatLeavesTheTotalWrongIsNoExcuse) {
  CheckResult r = check("return-slip-off.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "C9") << check_text(r);
  EXPECT_EQ(finding_cells(r, Severity::Warning), "") << check_text(r);
}

TEST(PointSlips, AComponentOrATotalWrittenWithAPointIsSaidAtItsCell) {
  CheckResult part = check("budget-slip.csv");
  EXPECT_EQ(part.errors(), 0u) << check_text(part);
  EXPECT_EQ(finding_cells(part, Severity::Warning), "C4") << check_text(part);
  EXPECT_EQ(first_finding(part, Severity::Warning).rule, rules::kPointSlip);
  CheckResult total = check("budget-total-slip.csv");
  EXPECT_EQ(total.errors(), 0u) << check_text(total);
  EXPECT_EQ(finding_cells(total, Severity::Warning), "C8") << check_text(total);
}

// No slip where the table does not make the evidence plain: two figures so
// written, figures in pounds and pence, or a table to three places.
TEST(PointSlips, NoSlipWhereTheTableWritesDecimalsOrTwoFiguresSo) {
  for (const char *name : {"budget-two-slips.csv", "budget-pence.csv"}) {
    CheckResult r = check(name);
    EXPECT_EQ(finding_cells(r, Severity::Error), "C8") << name << "\n" << check_text(r);
    EXPECT_EQ(finding_cells(r, Severity::Warning), "") << name << "\n" << check_text(r);
  }
  CheckResult m = check("budget-m-three-places.csv");
  EXPECT_EQ(finding_cells(m, Severity::Warning), "") << check_text(m);
  EXPECT_NE(finding_cells(m, Severity::Error).find("D5"), std::string::npos) << check_text(m);
}
