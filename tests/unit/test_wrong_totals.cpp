// One total wrong in a table whose structure is otherwise plain: reported at
// that total, not turned into "the table's structure is not known", on the
// tables tests/data/wrong_totals/make_wrong_totals.py writes (issue 17).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("wrong_totals", name); }
} // namespace

// "Memorial garden" and "Network rail licence" start with a note's word
// ("memo", "net") but are items: the list is plain, and its Total is
// checked on its own.
TEST(WrongTotals, AListsTotalIsCheckedWhereItemsStartWithANotesWord) {
  CheckResult ok = check("list-total.csv");
  EXPECT_EQ(ok.findings.size(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 1u) << check_text(ok);
  CheckResult wrong = check("list-total-wrong.csv");
  EXPECT_EQ(finding_cells(wrong, Severity::Error), "B13") << check_text(wrong);
  const Finding &f = first_finding(wrong, Severity::Error);
  EXPECT_EQ(f.rule, rules::kColumnTotal);
  EXPECT_EQ(f.computed->decimal(f.unit), "333300");
}

// A memorandum line among the items is a note, not an item: the list is no
// plain list, so its Total is said unchecked, not accused.
TEST(WrongTotals, AListWithAMemoLineIsNotAccused) {
  CheckResult r = check("list-with-memo-wrong.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 0u) << check_text(r);
}

// A row no word names as a total, whose figures add the services above it in
// five columns and within the rounding of three places in the sixth: the
// row's totals are checked and the sixth is a rounding note, not a table
// left unrecognised as a whole.
TEST(WrongTotals, ARowByItsFiguresOneOfThemWithinRoundingIsStillATotal) {
  CheckResult ok = check("cost-of-services.csv");
  EXPECT_EQ(ok.findings.size(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 8u) << check_text(ok);
  CheckResult near = check("cost-of-services-rounding.csv");
  EXPECT_EQ(near.errors(), 0u) << check_text(near);
  EXPECT_EQ(finding_cells(near, Severity::Info), "C10") << check_text(near);
  EXPECT_EQ(first_finding(near, Severity::Info).rule, rules::kRounding);
  EXPECT_EQ(near.totals_checked(), 6u) << check_text(near);
  CheckResult wrong = check("cost-of-services-wrong.csv");
  EXPECT_EQ(finding_cells(wrong, Severity::Error), "A10") << check_text(wrong);
}

// A budget whose "Borough Budget Requirement" (no total word) adds the
// services in gross and income, and in net once the one service whose net
// figure is off its own gross and income is taken as its row adds: the
// requirement is the services' subtotal, and "Total budget" is read over it
// and the lines after it, so its wrong gross and income are errors.
TEST(WrongTotals, ASubtotalWhoseTotalColumnIsOffOnlyByARowsErrorIsStillASubtotal) {
  CheckResult ok = check("budget-total.csv");
  EXPECT_EQ(finding_cells(ok, Severity::Error), "D16") << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 27u) << check_text(ok);
  CheckResult wrong = check("budget-total-wrong.csv");
  EXPECT_EQ(finding_cells(wrong, Severity::Error), "D16 B23 C23") << check_text(wrong);
  const Finding &f = wrong.findings[1];
  EXPECT_EQ(f.rule, rules::kColumnTotal);
  EXPECT_EQ(f.computed->decimal(f.unit), "101924800");
}

// The requirement's own net figure off its gross and income: nothing
// corrected above explains its column, so it is no subtotal, and the Total
// budget over it is not accused.
TEST(WrongTotals, ASubtotalOffInItsOwnRowIsNoSubtotalByCorrection) {
  CheckResult r = check("budget-requirement-off.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "D17") << check_text(r);
}

// An account where no total agrees with a reading: its first total, over a
// plain list of four named lines, has no other reading, so it is checked as
// a plain list's total is; the rest of the account is said unchecked.
TEST(WrongTotals, TheFirstTotalOverAPlainListIsCheckedWhereNothingUnderItAgrees) {
  CheckResult r = check("receipts-income-wrong.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "B7") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_EQ(f.rule, rules::kColumnTotal);
  EXPECT_EQ(f.computed->decimal(f.unit), "9194.23");
  // 'TOTAL INCOME' and the line its label says is it plus the balance b/f.
  EXPECT_EQ(r.totals_checked(), 2u) << check_text(r);
  ASSERT_EQ(r.unchecked.size(), 1u) << check_text(r);
  EXPECT_EQ(a1(r.unchecked[0].block.first) + ":" + a1(r.unchecked[0].block.last), "B8:B16");
  EXPECT_EQ(r.unchecked[0].block.why.find("'TOTAL INCOME'"), std::string::npos) << r.unchecked[0].block.why;
}

// Lines under a wrong first plain total with no total among them: said
// as its lines, not as totals unchecked (review 18, M3: "rows read as
// totals agree with no reading", with none read there).
TEST(WrongTotals, TheLinesUnderAFirstPlainTotalAreSaidAsLines) {
  CheckResult r = check("first-total-lines-under.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "B6") << check_text(r);
  ASSERT_EQ(r.unchecked.size(), 2u) << check_text(r);
  EXPECT_EQ(a1(r.unchecked[0].block.first) + ":" + a1(r.unchecked[0].block.last), "B7:B9");
  EXPECT_EQ(r.unchecked[0].block.why, "the lines under 'Total receipts' add up to no total read there, so they were "
                                      "not checked");
  EXPECT_FALSE(r.unchecked[0].block.totals_unchecked);
  // The balance carried forward is said on its own, and each figure once.
  EXPECT_EQ(a1(r.unchecked[1].block.first), "B10");
  EXPECT_EQ(r.unchecked_figures(), 4u);
  // A second total of the first one's name is still named as not checked.
  CheckResult same = check("first-total-same-name.csv");
  ASSERT_EQ(same.unchecked.size(), 1u) << check_text(same);
  EXPECT_NE(same.unchecked[0].block.why.find("rows read as totals ('Total')"), std::string::npos)
      << same.unchecked[0].block.why;
  EXPECT_TRUE(same.unchecked[0].block.totals_unchecked);
}

// Two lines are no plain list: nothing accused, the account's totals
// unchecked but for the line whose label says it is 'TOTAL INCOME' plus the
// balance b/f (right as it says, whatever TOTAL INCOME's own figure).
TEST(WrongTotals, AFirstTotalOverTwoLinesIsNotAccused) {
  CheckResult r = check("receipts-two-lines-wrong.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 1u) << check_text(r);
}

// A deduction line behind a bullet or bracket, or with a mark after its
// word, is a deduction still: the Total that takes it off is not accused.
TEST(WrongTotals, ABulletedOrBracketedLessLineIsADeductionInAPlainList) {
  for (const char *name : {"less-bulleted.csv", "less-marked.csv", "less-bracketed.csv"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.errors(), 0u) << name << "\n" << check_text(r);
  }
}

// A receipts total under the balance brought forward that counts the
// receipts alone agrees with a reading (the items without the opening
// balance): not accused. One that agrees with no reading still is.
TEST(WrongTotals, AReceiptsTotalLeavingOutTheOpeningBalanceIsNotAccused) {
  CheckResult r = check("bf-first.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  CheckResult wrong = check("bf-first-wrong.csv");
  EXPECT_EQ(finding_cells(wrong, Severity::Error), "B6") << check_text(wrong);
  // Its payments and closing balance, each counted once (review 18, M3:
  // 5 for 4, the closing balance in two blocks).
  EXPECT_EQ(wrong.unchecked_figures(), 4u) << check_text(wrong);
}

// Two rows off the net column, which no word names a total: the chief
// executive's gross figure typed 7% high, and a net figure 100,000 off its
// row. Each corrected in one figure (the gross to what its net says, the net
// to what its row adds) makes the requirement agree in every column, so the
// net column is a total column, the requirement the services' subtotal, and
// each wrong figure is reported at itself, with Total budget's own errors.
TEST(WrongTotals, ASecondWrongRowDoesNotUnmakeTheTableItsCorrectionExplains) {
  CheckResult r = check("budget-gross-wrong.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "B4 D16 B23 C23") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_EQ(f.rule, rules::kRowTotal);
  EXPECT_EQ(f.computed->decimal(f.unit), "181400");
  CheckResult ok = check("budget-right.csv");
  EXPECT_EQ(ok.findings.size(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 27u) << check_text(ok);
}

// Two net figures that are no sum of their row, added as written by the
// requirement: correcting them explains nothing, so the net column is no
// total column and they are not accused.
TEST(WrongTotals, TwoRowsOffAColumnTheTotalsBearOutAsWrittenAreNotAccused) {
  CheckResult r = check("budget-net-as-written.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
}
