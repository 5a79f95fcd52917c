// Total columns of tables of any shape (row totals right or left of the
// figures they add, named or known only by their figures, chained) and the
// rounding bound, on the workbooks tests/data/make_total_columns.py writes.
#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "import/layout/structure/figure_cells.hpp"
#include "import/layout/structure/stated_total.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("total_columns", name); }
std::string cells(const CheckResult &r, Severity s) { return finding_cells(r, s); }
const Finding &first(const CheckResult &r, Severity s) { return first_finding(r, s); }
Money units(std::int64_t u) { return Money::from_pence(u * structure::kScale); }
} // namespace

TEST(RoundingBound, GrowsWithTheSquareRootOfTheFiguresNotTheirCount) {
  Money step = units(100);
  // One figure and its total: one step. Three: two steps. Eight: three.
  EXPECT_EQ(rounding_bound(units(5000), step, 1), units(100));
  EXPECT_EQ(rounding_bound(units(5000), step, 3), units(200));
  EXPECT_EQ(rounding_bound(units(5000), step, 4), units(200));
  EXPECT_EQ(rounding_bound(units(5000), step, 8), units(300));
  // A published aggregate: a part in a million of the total, in whole steps.
  EXPECT_EQ(rounding_bound(units(102629539), units(1), 10), units(102));
  // A Total row's lines are in view: their rounding alone, whatever its size.
  EXPECT_EQ(lines_rounding_bound(units(1), 5), units(2));
  StatedTotal row_total, total_row;
  row_total.total_column = true;
  row_total.stated = total_row.stated = units(24899608);
  EXPECT_EQ(total_rounding_bound(row_total, units(1), 5), units(24));
  EXPECT_EQ(total_rounding_bound(total_row, units(1), 5), units(2));
}

TEST(RoundingBound, ManyStepsOnFewFiguresIsAnErrorOneStepANote) {
  CheckResult r = check("rounded-subtotals.xlsx");
  // Figures in round hundreds: South's subtotal three steps off its four
  // figures is wrong; East's one step off its three is rounding.
  EXPECT_EQ(cells(r, Severity::Error), "B11") << check_text(r);
  EXPECT_EQ(first(r, Severity::Error).rule, rules::kColumnTotal);
  EXPECT_EQ(cells(r, Severity::Info), "B15") << check_text(r);
  EXPECT_EQ(first(r, Severity::Info).rule, rules::kRounding);
}

TEST(TotalColumns, AmountsRisingDownTheRowsAreNotLineNumbers) {
  CheckResult ok = check("right-total-rising-ok.xlsx");
  EXPECT_EQ(ok.findings.size(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 4u);
  EXPECT_EQ(ok.unchecked_figures(), 0u) << check_text(ok);
  CheckResult wrong = check("right-total-rising.xlsx");
  EXPECT_EQ(cells(wrong, Severity::Error), "H4") << check_text(wrong);
  const Finding &f = first(wrong, Severity::Error);
  EXPECT_EQ(f.rule, rules::kRowTotal);
  EXPECT_EQ(f.stated->decimal(f.unit), "460");
  EXPECT_EQ(f.computed->decimal(f.unit), "360");
  EXPECT_NE(f.message.find("the 6 columns before it"), std::string::npos) << f.message;
}

TEST(TotalColumns, TheOddRowOfAFewIsReported) {
  // Two rows agree, one does not: the reading is the table's, the odd row wrong.
  CheckResult r = check("right-total-few-rows.xlsx");
  EXPECT_EQ(cells(r, Severity::Error), "D3") << check_text(r);
  EXPECT_EQ(r.totals_checked(), 3u);
}

TEST(TotalColumns, AColumnNoWordNamesIsATotalByItsFigures) {
  CheckResult ok = check("unnamed-total-ok.xlsx");
  EXPECT_EQ(ok.findings.size(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 5u);
  CheckResult year = check("unnamed-total.xlsx");
  EXPECT_EQ(cells(year, Severity::Error), "E5") << check_text(year);
  EXPECT_EQ(first(year, Severity::Error).rule, rules::kRowTotal);
  CheckResult blank = check("unnamed-total-no-heading.xlsx");
  EXPECT_EQ(cells(blank, Severity::Error), "E2") << check_text(blank);
  EXPECT_NE(first(blank, Severity::Error).message.find("the total in column E"), std::string::npos)
      << first(blank, Severity::Error).message;
}

TEST(TotalColumns, AColumnThatAddsUpOnceIsNotATotal) {
  for (const char *name : {"unnamed-not-total.xlsx", "counts-beside.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.findings.size(), 0u) << name << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 0u) << name;
    EXPECT_GT(r.unchecked_figures(), 0u) << name; // said, not called agreement
  }
}

TEST(TotalColumns, ATotalLeftOfItsFigures) {
  CheckResult r = check("left-total.xlsx");
  EXPECT_EQ(cells(r, Severity::Error), "B4") << check_text(r);
  EXPECT_NE(first(r, Severity::Error).message.find("the 4 columns after it"), std::string::npos)
      << first(r, Severity::Error).message;
}

TEST(TotalColumns, ChainedTotalsKnownByTheirFigures) {
  // Gross (employees + running costs) and net (gross + income), neither named.
  CheckResult r = check("chained-unnamed.xlsx");
  EXPECT_EQ(cells(r, Severity::Error), "F4") << check_text(r);
  const Finding &f = first(r, Severity::Error);
  EXPECT_EQ(f.computed->decimal(f.unit), "6310");
  EXPECT_NE(f.message.find("the total in column D and the 1 column after it"), std::string::npos) << f.message;
  EXPECT_EQ(r.totals_checked(), 8u);
}

TEST(TotalColumns, AnExcelTableTotalsRowIsReadAsTheColumnsOwnTotals) {
  // The totals row averages one column and adds the others: its corner is
  // the column's total, not the sum of the row; nothing is wrong.
  CheckResult ok = check("table-totals-row.xlsx");
  EXPECT_EQ(ok.findings.size(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 8u) << check_text(ok);
  // A corner neither reading explains is still wrong, by the row's reading.
  CheckResult wrong = check("table-totals-row-wrong.xlsx");
  EXPECT_EQ(cells(wrong, Severity::Error), "D6") << check_text(wrong);
  EXPECT_EQ(first(wrong, Severity::Error).rule, rules::kRowTotal);
}

TEST(TotalColumns, PercentagesUnderABannerAreNotAddedUp) {
  // "Percentage of" is written once, two rows above the three columns it
  // heads; their Total row holds averages. The amounts are checked, the
  // percentages left alone, and "£000" is a unit, not a figure.
  CheckResult r = check("percentage-banner.xlsx");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 7u) << check_text(r);
  // The percentages are said as not checked (12 figures), never passed as checked.
  EXPECT_EQ(r.unchecked_figures(), 12u) << check_text(r);
  for (const auto &u : r.unchecked)
    EXPECT_NE(u.block.why.find("headed as a percentage, ratio or count"), std::string::npos) << u.block.why;
}

TEST(TotalColumns, AFigureTypedInAfterItsTotalIsNotExcusedByAReadingThatLeavesItOut) {
  // One row's Employees figure was typed in after its total was worked out:
  // the total is its other three figures, as "the last 3 columns before it"
  // reads it, but no other row of the table bears that reading out.
  CheckResult r = check("figure-typed-after-total.xlsx");
  EXPECT_EQ(cells(r, Severity::Error), "F4") << check_text(r);
  const Finding &f = first(r, Severity::Error);
  EXPECT_EQ(f.rule, rules::kRowTotal);
  EXPECT_EQ(f.computed->decimal(f.unit), "5925");
  EXPECT_NE(f.message.find("the 4 columns before it"), std::string::npos) << f.message;
  // With a Total row, off by the same figure in its column: one error, at the figure.
  CheckResult both = check("figure-typed-after-total-both.xlsx");
  EXPECT_EQ(cells(both, Severity::Error), "B4") << check_text(both);
  // Two rows that leave out their first figure are a pattern the table
  // bears out: a plausible reading, so no error.
  CheckResult twice = check("left-out-twice.xlsx");
  EXPECT_EQ(twice.findings.size(), 0u) << check_text(twice);
  EXPECT_EQ(twice.totals_checked(), 8u);
}

TEST(TotalColumns, AWrongRowIsCaughtWhereTheTableAlsoHasATotalRow) {
  // The grand total is the sum of the Total column as it stands, so it is off
  // against the Total row's parts by as much as the wrong row: it repeats that
  // row and is no second row against the column's reading. Right of its
  // figures or left of them, the wrong row is reported, and nothing is left
  // unchecked.
  for (auto [name, at, reading] : {std::tuple{"row-and-column-total.xlsx", "E3", "the 3 columns before it"},
                                   std::tuple{"row-and-column-total-left.xlsx", "B3", "the 3 columns after it"}}) {
    CheckResult r = check(name);
    EXPECT_EQ(cells(r, Severity::Error), at) << name << "\n" << check_text(r);
    const Finding &f = first(r, Severity::Error);
    EXPECT_EQ(f.rule, rules::kRowTotal) << name;
    EXPECT_EQ(f.computed->decimal(f.unit), "31025") << name;
    EXPECT_NE(f.message.find(reading), std::string::npos) << f.message;
    EXPECT_EQ(r.findings.size(), 1u) << name << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 8u) << name;
    EXPECT_EQ(r.unchecked_figures(), 0u) << name << "\n" << check_text(r);
  }
  CheckResult ok = check("row-and-column-total-ok.xlsx");
  EXPECT_EQ(ok.findings.size(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 8u);
}

TEST(TotalColumns, ARowAndItsRepeatAreTooFewToKnowTheColumnByAndAnEqualColumnIsChance) {
  // Two rows, one of them wrong, and the Total row: one row bears the
  // reading out, which is not enough to accuse the other.
  CheckResult few = check("row-and-column-total-few.xlsx");
  EXPECT_EQ(few.findings.size(), 0u) << check_text(few);
  EXPECT_GT(few.unchecked_figures(), 0u) << check_text(few);
  // "Total Actual" equals "Total Budget" in two rows of three: a reading of
  // one column that two rows happen to fit is no sum, and the Total row that
  // adds the column does not make it one.
  CheckResult equal = check("total-budget-actual.xlsx");
  EXPECT_EQ(equal.findings.size(), 0u) << check_text(equal);
  EXPECT_GT(equal.unchecked_figures(), 0u) << check_text(equal);
}

TEST(TotalColumns, APlanWhoseFirstRowRisesToItsTotalIsReadAsFiguresAndChecked) {
  // "Base budget 2016/17, 2017/18, 2018/19, 2019/20, Total 2017/18 - 2019/20":
  // the first scheme's figures rise left to right, as a row of column codes
  // would, but its Total adds up as the others' do under the header that names it.
  CheckResult ok = check("plan-range-total-ok.xlsx");
  EXPECT_EQ(ok.findings.size(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 4u) << check_text(ok);
  // The base budget, which no total counts, is said as not checked.
  EXPECT_EQ(ok.unchecked_figures(), 4u) << check_text(ok);
  CheckResult wrong = check("plan-range-total.xlsx");
  EXPECT_EQ(cells(wrong, Severity::Error), "F4") << check_text(wrong);
  const Finding &f = first(wrong, Severity::Error);
  EXPECT_EQ(f.rule, rules::kRowTotal);
  EXPECT_EQ(f.computed->decimal(f.unit), "240");
  EXPECT_EQ(wrong.totals_checked(), 4u) << check_text(wrong);
}

TEST(TotalColumns, ATotalOfTheYearsItsHeadingNamesIsReadOverThoseColumns) {
  // "2017/18, 2018/19, 2019/20, Later years, Total 2017/18 - 2019/20": the
  // Total leaves out the later years, so no run of the columns before it is
  // its reading; the years its heading names are.
  CheckResult wrong = check("plan-later-years.xlsx");
  EXPECT_EQ(cells(wrong, Severity::Error), "F4") << check_text(wrong);
  const Finding &f = first(wrong, Severity::Error);
  EXPECT_EQ(f.rule, rules::kRowTotal);
  EXPECT_EQ(f.computed->decimal(f.unit), "36");
  EXPECT_NE(f.message.find("the 3 columns '2017/18' to '2019/20'"), std::string::npos) << f.message;
  // The later years, which the Total leaves out, are said as not checked.
  EXPECT_EQ(wrong.unchecked_figures(), 4u) << check_text(wrong);
  // Written with hyphens and an en dash, every row right.
  CheckResult ok = check("plan-later-years-ok.xlsx");
  EXPECT_EQ(ok.findings.size(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 4u) << check_text(ok);
  EXPECT_EQ(ok.unchecked_figures(), 4u) << check_text(ok);
}

TEST(TotalColumns, ATotalColumnThatIsTheSameFigureAsAnotherIsNoSumOfIt) {
  // "Original Budget Total | Revised Budget Total | Outturn Total": most lines
  // were not revised, so the revised total is the original in five rows of
  // six. That is the same figure twice, not a total of one column: the
  // revised line is no error, and the column is said unchecked, with why.
  CheckResult r = check("original-revised-outturn.xlsx");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 0u) << check_text(r);
  bool said = std::any_of(r.unchecked.begin(), r.unchecked.end(), [](const auto &u) {
    return u.block.why.find(
               "'Revised Budget Total' is the same figure as 'Original Budget Total' in 5 of its 6 rows") !=
           std::string::npos;
  });
  EXPECT_TRUE(said) << check_text(r);
}
