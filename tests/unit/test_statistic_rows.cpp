// Rows naming a statistic of the rows above them ("Average per branch",
// "Median", "Minimum", "Max.") under a Total row: their Total column is the
// statistic of the column, not the sum of their row, so it is not judged;
// a label going on with what it names ("Maximum grant payable", "Minimum
// revenue provision") is a line like the others, on the tables
// tests/data/statistic_rows/make_statistic_rows.py writes (issue 17).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "export/text.hpp"
#include "import/layout/structure/total_words.hpp"
#include "import/layout/vocabulary.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("statistic_rows", name); }
} // namespace

TEST(StatisticRows, TheWordOpensTheLabelAloneOrWithWhatItIsOver) {
  auto statistic = [](const char *s) { return structure::names_statistic_row(normalise_label(s)); };
  for (const char *s : {"Median", "Average per library", "MEAN", "Minimum", "Maximum", "Min", "Max.", "Avg",
                        "Average (mean)", "Median of branches", "Average:", "  Median", "Maximum - all sites"})
    EXPECT_TRUE(statistic(s)) << s;
  for (const char *s : {"Maximum grant payable", "Minimum revenue provision", "Means tested benefits", "Minor works",
                        "Maxwell House", "Average weekly rent", "Total", "Meanwhile use", "Mini-bus hire", ""})
    EXPECT_FALSE(statistic(s)) << s;
}

// The Median row's Total (the median of the branches' totals) was an
// error for not adding its row; the Average row adds by chance (averages add).
TEST(StatisticRows, AMedianRowUnderTheTotalIsNotJudgedAsASum) {
  CheckResult r = check("branches.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 11u) << check_text(r);
  ASSERT_EQ(r.unchecked.size(), 1u) << check_text(r);
  EXPECT_EQ(a1(r.unchecked[0].block.first) + ":" + a1(r.unchecked[0].block.last), "B9:E10");
  EXPECT_NE(r.unchecked[0].block.why.find("statistic of the rows"), std::string::npos) << r.unchecked[0].block.why;
}

// With Minimum and Maximum rows as well, the branches' Total column is
// still checked: the statistics' rows are no evidence against its reading.
TEST(StatisticRows, StatisticRowsDoNotUnmakeTheTotalColumn) {
  CheckResult r = check("branches-all-statistics.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 11u) << check_text(r);
}

TEST(StatisticRows, AWrongTotalOrComponentIsFoundAtItsCell) {
  CheckResult total = check("branches-wrong-total.csv");
  EXPECT_EQ(finding_cells(total, Severity::Error), "E4") << check_text(total);
  CheckResult part = check("branches-wrong-component.csv");
  EXPECT_EQ(finding_cells(part, Severity::Error), "C4") << check_text(part);
}

TEST(StatisticRows, ALineNamedWithAStatisticsWordIsCheckedAsALine) {
  CheckResult ok = check("grants.csv");
  EXPECT_EQ(ok.errors(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 9u) << check_text(ok);
  CheckResult wrong = check("grants-wrong.csv");
  EXPECT_EQ(finding_cells(wrong, Severity::Error), "D3") << check_text(wrong);
}
