// Figures in a total row or column that are rightly no sum of their parts
// (issue 17, precision before recall), on the workbooks
// tests/data/make_not_sums.py writes: each right table is not accused and
// says why its figure was not checked or how it agrees; a figure of the same
// shape that no reading explains is still an error at its cell.
#include <gtest/gtest.h>

#include <string>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "import/layout/structure/total_words.hpp"
#include "support/checked_data.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("not_sums", name); }

// The why said of the figures at `cell`, or "" where none is.
std::string why_at(const CheckResult &r, const char *cell) {
  for (const auto &u : r.unchecked)
    if (a1(u.block.first) == cell) return u.block.why;
  return {};
}

bool has(const std::string &s, const char *words) { return s.find(words) != std::string::npos; }
} // namespace

// 'Growth' in points with no % sign: the Total's 0.8 is the whole's growth,
// between the rows' least and most; 9.9, above them all, is no rate of them.
TEST(NotSums, AGrowthInPointsIsTheWholesRateNotASum) {
  CheckResult r = check("growth-points.xlsx");
  EXPECT_TRUE(r.findings.empty()) << check_text(r);
  EXPECT_TRUE(has(why_at(r, "F7"), "names a change written in points")) << check_text(r);
  CheckResult wrong = check("growth-points-wrong.xlsx");
  EXPECT_EQ(finding_cells(wrong, Severity::Error), "F7") << check_text(wrong);
  EXPECT_EQ(first_finding(wrong, Severity::Error).rule, rules::kColumnTotal);
}

// 'Sites' 12, 9, 7, 5 with a Total of 30: each site counted once; 40, more
// than the rows add up to, is no such count.
TEST(NotSums, ACountOfThingsMayCountEachOnce) {
  CheckResult r = check("sites-distinct.xlsx");
  EXPECT_TRUE(r.findings.empty()) << check_text(r);
  EXPECT_TRUE(has(why_at(r, "F7"), "counts sites")) << check_text(r);
  CheckResult wrong = check("sites-wrong.xlsx");
  EXPECT_EQ(finding_cells(wrong, Severity::Error), "F7") << check_text(wrong);
  EXPECT_EQ(first_finding(wrong, Severity::Error).rule, rules::kColumnTotal);
  // Words that as often head money are no count by themselves.
  EXPECT_EQ(structure::names_counted_things("Sites"), "sites");
  EXPECT_EQ(structure::names_counted_things("Number of households"), "households");
  for (const char *money : {"Schools", "Staff", "Employees", "Sites \xc2\xa3", "Cost of sites", "Dwellings"})
    EXPECT_TRUE(structure::names_counted_things(money).empty()) << money;
  EXPECT_TRUE(structure::names_change("Growth"));
  EXPECT_FALSE(structure::names_change("Growth \xc2\xa3"
                                       "000"));
  EXPECT_FALSE(structure::names_change("Budget change"));
}

// A balance at a date along quarters: its Year figure is Q4's.
TEST(NotSums, ABalanceAtADateTakesItsLastPeriodsFigure) {
  for (const char *name : {"stock-q4.xlsx", "staff-fte-q4.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_TRUE(r.findings.empty()) << name << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 4u) << name << "\n" << check_text(r);
  }
  // Neither the quarters' sum nor Q4's: said unchecked, not accused.
  CheckResult neither = check("stock-neither.xlsx");
  EXPECT_TRUE(neither.findings.empty()) << check_text(neither);
  EXPECT_TRUE(has(why_at(neither, "F5"), "names a balance at a date")) << check_text(neither);
  // A flow line of the same table typed 100 over its quarters: an error there.
  CheckResult flow = check("stock-flow-wrong.xlsx");
  EXPECT_EQ(finding_cells(flow, Severity::Error), "F3") << check_text(flow);
  EXPECT_EQ(first_finding(flow, Severity::Error).rule, rules::kRowTotal);
  EXPECT_TRUE(structure::names_stock_line("reserves at end of quarter"));
  EXPECT_TRUE(structure::names_stock_line("closing balance"));
  EXPECT_FALSE(structure::names_stock_line("balance brought forward"));
  EXPECT_FALSE(structure::names_stock_line("expenditure"));
}
