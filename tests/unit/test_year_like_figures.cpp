// A line's figure written as text between 1900 and 2100 ('Agency staff,2070')
// right under the header row that names its column ('Item,Cost') is a
// figure, not a year heading: the table starts at the header, its Total
// checked (tests/data/year_like_figures/make_year_like_figures.py, issue 17).
// A year that heads a column (under a title, or with no label under a
// header) still does.
#include <gtest/gtest.h>

#include <string>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("year_like_figures", name); }

const char *const kFormats[] = {".csv", ".xlsx"};
} // namespace

// Before: 'Total' for 'Cost (column 2070)' says 7,615 but the 3 rows above
// it add up to 5,545: a false error.
TEST(YearLikeFigures, TheRightCopyIsSilentItsTotalChecked) {
  for (const char *ext : kFormats) {
    CheckResult r = check(std::string("right") + ext);
    EXPECT_TRUE(r.findings.empty()) << ext << "\n" << check_text(r);
    EXPECT_TRUE(r.unchecked.empty()) << ext << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 1u) << ext << "\n" << check_text(r);
  }
}

TEST(YearLikeFigures, AWrongTotalOrLineIsCaughtAtTheTotal) {
  for (const char *name : {"total-off", "line-off"})
    for (const char *ext : kFormats) {
      CheckResult r = check(std::string(name) + ext);
      ASSERT_EQ(finding_cells(r, Severity::Error), "B8") << name << ext << "\n" << check_text(r);
      const Finding &f = first_finding(r, Severity::Error);
      EXPECT_EQ(f.rule, rules::kColumnTotal) << name << ext;
      EXPECT_EQ(f.message.find("column 2070"), std::string::npos) << f.message;
    }
}

// Guards: a year heading the column stays a heading.
TEST(YearLikeFigures, AYearThatHeadsTheColumnIsStillAHeading) {
  for (const char *name : {"year-heading", "year-under-header"})
    for (const char *ext : kFormats) {
      CheckResult r = check(std::string(name) + ext);
      EXPECT_TRUE(r.findings.empty()) << name << ext << "\n" << check_text(r);
      EXPECT_EQ(r.totals_checked(), 1u) << name << ext << "\n" << check_text(r);
    }
}
