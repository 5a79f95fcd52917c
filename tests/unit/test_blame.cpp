// Which cell is blamed when one figure is wrong and two totals disagree
// (issue 17, blame): the one figure whose change makes both agree, never a
// related total that is right. On the tables tests/data/blame/make_blame.py
// writes, each in csv and xlsx.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("blame", name); }

// The one error of `file`, its rule and cell.
void expect_one(const std::string &file, const char *rule, const char *cell) {
  CheckResult r = check(file);
  EXPECT_EQ(finding_cells(r, Severity::Error), cell) << file << "\n" << check_text(r);
  EXPECT_EQ(r.warnings(), 0u) << file << "\n" << check_text(r);
  if (r.errors() == 1) { EXPECT_EQ(first_finding(r, Severity::Error).rule, rule) << file << "\n" << check_text(r); }
}
} // namespace

TEST(Blame, RightTablesAreSilentAndChecked) {
  for (const char *name : {"capital-cf", "quarters", "plan-years", "care-subtotals", "care-subtotals-one",
                           "care-unnamed-subtotals", "assets-columns", "assets-lines"})
    for (const char *ext : {".xlsx", ".csv"}) {
      const std::string file = std::string(name) + ext;
      CheckResult r = check(file);
      EXPECT_EQ(r.errors(), 0u) << file << "\n" << check_text(r);
      EXPECT_EQ(r.warnings(), 0u) << file << "\n" << check_text(r);
      EXPECT_GT(r.totals_checked(), 0u) << file << "\n" << check_text(r);
    }
}

// The Total row's figure for one column typed wrong: its column disagrees, and
// so does the Total row across, whose own TOTAL is right (it agrees with the
// lines' TOTALs). One change explains both: the figure is blamed, the TOTAL
// is said in its finding. Main blamed the Total row's TOTAL too on a summary
// by year (F8 beside D8).
TEST(Blame, TotalRowFigureIsBlamedNotItsRightTotal) {
  for (const char *ext : {".xlsx", ".csv"}) {
    expect_one(std::string("capital-cf-wrong") + ext, "column-total-mismatch", "D8");
    expect_one(std::string("quarters-wrong") + ext, "column-total-mismatch", "D8");
    const std::string plan = std::string("plan-years-total-wrong") + ext;
    expect_one(plan, "column-total-mismatch", "D8");
    CheckResult r = check(plan);
    if (r.errors() == 1) {
      EXPECT_NE(first_finding(r, Severity::Error).message.find("the total at F8, which adds this figure, agrees"),
                std::string::npos)
          << check_text(r);
    }
  }
}

// A scheme's figure typed wrong on a summary by year puts out its TOTAL and
// its year's Total by the same 40: one finding, at the figure (main: two, at
// F4 and C8, neither the figure).
TEST(Blame, LineFigureOffInItsRowAndColumnIsBlamedAtTheFigure) {
  for (const char *ext : {".xlsx", ".csv"}) {
    const std::string file = std::string("plan-years-line-wrong") + ext;
    expect_one(file, "row-total-mismatch", "C4");
    CheckResult r = check(file);
    if (r.errors() != 1) continue;
    const Finding &f = first_finding(r, Severity::Error);
    EXPECT_TRUE(f.message.starts_with("The figure at C4 says 220 where 260 would make both totals")) << f.message;
    ASSERT_EQ(f.related.size(), 2u) << check_text(r);
    EXPECT_EQ(a1(f.related[0].cell), "F4");
    EXPECT_EQ(a1(f.related[1].cell), "C8");
  }
}

// A subtotal typed wrong is blamed, not the grand total that adds the blocks.
TEST(Blame, SubtotalIsBlamedNotTheGrandTotal) {
  for (const char *ext : {".xlsx", ".csv"}) {
    expect_one(std::string("care-subtotals-wrong") + ext, "column-total-mismatch", "C6");
    expect_one(std::string("care-subtotals-one-wrong") + ext, "column-total-mismatch", "B11");
  }
}

// The same blocks with their subtotals unlabelled (known by their figures):
// main took the wrong subtotal for one more line and blamed the right 'Total'
// in both columns beside it (B12, C12), for the first block's and the last's.
TEST(Blame, UnlabelledSubtotalIsBlamedNotTheGrandTotal) {
  for (const char *ext : {".xlsx", ".csv"}) {
    expect_one(std::string("care-unnamed-subtotals-wrong") + ext, "column-total-mismatch", "B6");
    expect_one(std::string("care-unnamed-subtotals-last-wrong") + ext, "column-total-mismatch", "C11");
  }
}

// A fixed-asset note's net book value typed wrong, as a column or as a line.
TEST(Blame, NetBookValueIsBlamed) {
  for (const char *ext : {".xlsx", ".csv"}) {
    expect_one(std::string("assets-columns-wrong") + ext, "row-total-mismatch", "D3");
    expect_one(std::string("assets-lines-wrong") + ext, "column-total-mismatch", "C4");
  }
}
