// A Total row at the top of its table, a blank row, then the lines it adds
// (issue 17, tester24 d02): checked down every column, a wrong figure caught
// at its cell and said once; a first row named as a total that the rows
// under it do not add up to is said not checked, never claimed. On the files
// tests/data/top_totals/make_top_totals.py writes, each in csv and xlsx.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("top_totals", name); }

void expect_one(const std::string &name, const char *rule, const char *cell) {
  for (const char *ext : {".csv", ".xlsx"}) {
    const std::string file = name + ext;
    CheckResult r = check(file);
    ASSERT_EQ(finding_cells(r, Severity::Error), cell) << file << "\n" << check_text(r);
    EXPECT_EQ(first_finding(r, Severity::Error).rule, rule) << file;
    EXPECT_EQ(r.findings.size(), 1u) << file << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 14u) << file << "\n" << check_text(r);
  }
}
} // namespace

// Before: '10 totals checked' (the Net column alone), nothing unchecked.
TEST(TopTotals, ATotalRowAboveItsLinesIsCheckedDownEveryColumn) {
  for (const char *file : {"budget-right.csv", "budget-right.xlsx"}) {
    CheckResult r = check(file);
    EXPECT_TRUE(r.findings.empty()) << file << "\n" << check_text(r);
    EXPECT_TRUE(r.unchecked.empty()) << file << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 14u) << file << "\n" << check_text(r);
  }
}

// Before: the error at B5, the Total row's Net, which is right.
TEST(TopTotals, ATotalRowsFigureTypedWrongIsCaughtAtItsCell) {
  expect_one("budget-total-wrong", rules::kColumnTotal, "E5");
  CheckResult r = check("budget-total-wrong.xlsx");
  EXPECT_NE(first_finding(r, Severity::Error)
                .message.find("the total at B5, which adds this figure, agrees once it is corrected"),
            std::string::npos)
      << check_text(r);
}

TEST(TopTotals, ALinesNetTypedWrongIsCaughtAtItsCellOnce) { expect_one("budget-net-wrong", rules::kRowTotal, "B14"); }

TEST(TopTotals, ALinesFigureTypedWrongIsBlamedOnItself) {
  expect_one("budget-figure-wrong", rules::kRowTotal, "D8");
  CheckResult r = check("budget-figure-wrong.csv");
  EXPECT_NE(first_finding(r, Severity::Error).message.find("at D5 is off by the same 10"), std::string::npos)
      << check_text(r);
}

// Before: nothing said of row 5's figures, '10 totals checked', nothing unchecked.
TEST(TopTotals, AFirstRowNamedAsATotalThatTheRowsUnderItDoNotAddUpToIsSaidNotChecked) {
  for (const char *file : {"services-not-total.csv", "services-not-total.xlsx"}) {
    CheckResult r = check(file);
    EXPECT_TRUE(r.findings.empty()) << file << "\n" << check_text(r);
    ASSERT_EQ(r.unchecked.size(), 1u) << file << "\n" << check_text(r);
    EXPECT_EQ(a1(r.unchecked[0].block.first), "B5") << file;
    EXPECT_EQ(a1(r.unchecked[0].block.last), "E5") << file;
    EXPECT_NE(r.unchecked[0].block.why.find("named as a total at the top of the table"), std::string::npos) << file;
  }
}
