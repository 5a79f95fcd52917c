// Relations that are no sums (issue 17): a variance (forecast - budget, or
// budget - outturn), a running balance (closing = opening + in - out) and the
// cash at the end of a year (the cash at its start + the net increase), in
// workbooks written by tests/data/relations/make_relations.py. Checked where
// the headings name them and the arithmetic holds on the other rows; a
// figure typed over is reported at its cell, once; a relation named but not
// confirmed is said unchecked, with why.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "export/text.hpp"
#include "support/checks.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_file(source_dir() + "/tests/data/relations/" + name); }
std::string errors_at(const CheckResult &r) { return error_cells(r, true); }
std::size_t checked_on(const CheckResult &r, const std::string &sheet) {
  std::size_t n = 0;
  for (auto &t : r.checked)
    if (t.sheet == sheet) n += t.totals_checked;
  return n;
}
} // namespace

TEST(Relations, VariancesAndBalancesThatHoldGiveNoErrorAndAreCounted) {
  CheckResult r = check("relations-correct.xlsx");
  EXPECT_EQ(errors_at(r), "") << check_text(r);
  // 12 column totals and 13 variances (9 lines, 3 subtotals, the total).
  EXPECT_EQ(checked_on(r, "Monitoring"), 25u) << check_text(r);
  // Variances of unrounded figures, rounded: a unit off here and there, the
  // total row's several units: checked, not accused.
  EXPECT_EQ(checked_on(r, "Rounded"), 10u) << check_text(r);
  // 4 column totals and 7 closing balances; 2 cash closing balances.
  EXPECT_EQ(checked_on(r, "Reserves"), 11u) << check_text(r);
  EXPECT_EQ(checked_on(r, "Cash"), 4u) << check_text(r);
  EXPECT_TRUE(r.unchecked.empty()) << check_text(r);
}

TEST(Relations, AFigureTypedOverInAVarianceOrABalanceIsReportedAtItsCellOnce) {
  CheckResult r = check("relations-altered.xlsx");
  EXPECT_EQ(errors_at(r), "Cash!C11:relation-mismatch Monitoring!D6:relation-mismatch Reserves!E6:relation-mismatch")
      << check_text(r);
  std::string text = check_text(r);
  EXPECT_NE(text.find("'Learning Disabilities': 'Variance \xc2\xa3"
                      "000' says 917 but 'Forecast \xc2\xa3"
                      "000' - 'Budget \xc2\xa3"
                      "000' give 617; the total at D8, which adds this figure, agrees once it is corrected"),
            std::string::npos)
      << text;
}

TEST(Relations, AVarianceOfNoTwoColumnsIsSaidUncheckedWithWhy) {
  CheckResult r = check("relations-unconfirmed.xlsx");
  EXPECT_EQ(errors_at(r), "") << check_text(r);
  ASSERT_EQ(r.unchecked.size(), 1u) << check_text(r);
  EXPECT_EQ(r.unchecked[0].block.figures, 5u);
  EXPECT_NE(r.unchecked[0].block.why.find("a difference column ('Variance \xc2\xa3"
                                          "000'): not a sum"),
            std::string::npos)
      << r.unchecked[0].block.why;
  EXPECT_NE(check_text(r).find("Change!D4:D8 is a difference column"), std::string::npos) << check_text(r);
}

TEST(Relations, AChangeTypedOverIsReportedOnceThoughTheTotalThatAddsItBreaksToo) {
  // Change = Revised - Original; Waste's change typed 200 over, and the
  // total change (a SUM of the changes) 200 over with it: one finding, at
  // Waste, the total's break said with it. Before, 'Change' was no
  // difference column and two rows breaking (the line and its total) was
  // taken as no relation at all.
  CheckResult r = check("relations-change.xlsx");
  EXPECT_EQ(errors_at(r), "Summary!D6:relation-mismatch") << check_text(r);
  EXPECT_NE(check_text(r).find("the total at D9, which adds this figure, disagrees by the same"), std::string::npos)
      << check_text(r);
}

TEST(Relations, TheYearsMovementUnderTheClosingBalanceIsTheClosingLessTheOpening) {
  // 'Increase or (decrease) in cash and cash equivalents in the year' under
  // the closing cash: the closing less the opening. 2022/23 holds, 2023/24
  // typed over is reported there (it was a line no check covered).
  CheckResult r = check("relations-movement.xlsx");
  EXPECT_EQ(errors_at(r), "Cash!C13:relation-mismatch") << check_text(r);
}

// A council's annual return accounting statement (tests/data/relations/
// make_annual_return.py): balances carried forward = brought forward +
// precept + other receipts - staff costs - loan repayments - other payments,
// money in and out told apart by their words. With or without Totals and
// Total expenses lines, the second year's closing balance typed 9 over is
// reported at its cell; the right statements give no error. Before, no
// reading took the payments away, so the balance was never checked.
TEST(Relations, AnAnnualReturnsBalanceCarriedForwardIsTheReceiptsLessThePayments) {
  for (const char *stem : {"annual-return", "annual-return-totals"}) {
    CheckResult right = check(std::string(stem) + "-right.csv");
    EXPECT_EQ(errors_at(right), "") << check_text(right);
    CheckResult wrong = check(std::string(stem) + "-wrong.csv");
    std::string cell = std::string(stem) == "annual-return" ? "C8" : "C10";
    EXPECT_EQ(errors_at(wrong), std::string(stem) + "-wrong!" + cell + ":relation-mismatch") << check_text(wrong);
  }
}

// A movement in reserves statement (tests/data/relations/
// make_reserves_movement.py): the closing balance is the opening balance +
// 'Increase (Decrease) in year', or the opening + the movements with their
// subtotals left out. Before, the only readings added every line under the
// opening balance, subtotals too: the right statement's closing balances
// were said unchecked as holding "in not enough of the table's columns"
// (they hold in all three), and with the General Fund's closing balance
// typed over, the Total column (right) was blamed and the General Fund not.
TEST(Relations, AClosingBalanceUnderSubtotalsOfItsMovementsIsCheckedWithoutCountingThemTwice) {
  CheckResult right = check("reserves-movement-right.csv");
  EXPECT_EQ(errors_at(right), "") << check_text(right);
  for (const auto &u : right.unchecked)
    EXPECT_EQ(u.block.why.find("closing balance"), std::string::npos) << u.block.why;
  EXPECT_EQ(checked_on(right, "reserves-movement-right"), 13u) << check_text(right);
  CheckResult off = check("reserves-movement-general-fund-off.csv");
  EXPECT_EQ(errors_at(off), "reserves-movement-general-fund-off!B8:relation-mismatch") << check_text(off);
  EXPECT_NE(check_text(off).find("says 2,081 but 'Balance at 31 March 2024 carried forward' + 'Increase (Decrease) in "
                                 "2024/25' give 2,077; the total at D8, which adds this figure, agrees once it is "
                                 "corrected"),
            std::string::npos)
      << check_text(off);
}

// A monitoring table whose working budget is the original budget + the
// year's changes, and whose variance is the outturn less the working budget
// (tests/data/relations/make_working_budget.py). A working budget typed over
// breaks both relations of its row; it is the one figure that explains both,
// so it is the one reported, the variance's break said with it. Before, the
// working budget was worked out from nothing read (too few lines have changes
// for it to be a total by its figures), and the variance, which is right,
// was blamed. A variance typed over is still blamed on itself alone.
TEST(Relations, AWorkingBudgetTypedOverIsBlamedNotTheVarianceItBreaks) {
  CheckResult right = check("working-budget-right.csv");
  EXPECT_EQ(errors_at(right), "") << check_text(right);
  CheckResult working = check("working-budget-working-off.csv");
  EXPECT_EQ(errors_at(working), "working-budget-working-off!D3:relation-mismatch") << check_text(working);
  EXPECT_NE(check_text(working).find("says 4,534 but 'Original Budget \xc2\xa3'000' + 'In Year Budget Changes "
                                     "\xc2\xa3'000' give 4,284; 'Waste and Recycling': 'Forecast Outturn Variance to "
                                     "Working Budget \xc2\xa3'000' at F3"),
            std::string::npos)
      << check_text(working);
  CheckResult variance = check("working-budget-variance-off.csv");
  EXPECT_EQ(errors_at(variance), "working-budget-variance-off!F6:relation-mismatch") << check_text(variance);
}
