// What fundbook says about a table is part of the contract ("What was
// checked, and what was not"): each message says what its reading really was,
// in words that agree, on the tables tests/data/wording/make_wording.py
// writes (issue 17).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "export/text.hpp"
#include "import/layout/structure/stated_total.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("wording", name); }

bool says(const std::string &text, const std::string &words) { return text.find(words) != std::string::npos; }
} // namespace

// The verb agrees with the reading's name: one row adds up, rows add up.
TEST(Wording, AReadingOfOneRowAddsUpToItsSum) {
  EXPECT_EQ(adds_up_to("the 1 row above it up to the blank row"), "adds up to");
  EXPECT_EQ(adds_up_to("the 1 column after it"), "adds up to");
  EXPECT_EQ(adds_up_to("all 1 column before it"), "adds up to");
  EXPECT_EQ(adds_up_to("the last 1 row or subtotal above it"), "adds up to");
  EXPECT_EQ(adds_up_to("the 11 rows above it"), "add up to");
  EXPECT_EQ(adds_up_to("the 10 rows above it"), "add up to");
  EXPECT_EQ(adds_up_to("'Total' and the 1 column after it"), "add up to");
  EXPECT_EQ(adds_up_to("the rows above it in its column"), "add up to");
  EXPECT_EQ(adds_up_to("line 1 + line 2, as its label says,"), "add up to");
  EXPECT_EQ(adds_up_to("line 5, as its label says,"), "adds up to");
  EXPECT_EQ(adds_up_to("the average of the 3 rows above it"), "comes to");
}

TEST(Wording, AWrongTotalOfOneRowSaysItAddsUp) {
  CheckResult r = check("one-row-total-wrong.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "B7") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_TRUE(says(f.message, "but the 1 row above it up to the blank row adds up to 50")) << f.message;
  EXPECT_FALSE(says(check_text(r), "1 row above it up to the blank row add up")) << check_text(r);
}

// A block under a heading row is named by its heading: no blank row is there.
TEST(Wording, ABlockUnderAHeadingIsNamedByItsHeadingNotABlankRow) {
  CheckResult r = check("heading-between-blocks.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "C16") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_TRUE(says(f.message, "the 3 rows above it up to 'Elections' add up to 8,819")) << f.message;
  EXPECT_FALSE(says(check_text(r), "blank row")) << check_text(r);
}

TEST(Wording, ABlockUnderABlankRowIsSaidSo) {
  CheckResult r = check("blank-between-blocks.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "C15") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_TRUE(says(f.message, "the 3 rows above it up to the blank row add up to 8,819")) << f.message;
}

// A row between two blocks that is neither blank nor a heading (a note in a
// figure column) is named by its number.
TEST(Wording, ABlockUnderANoteIsNamedByTheNotesRow) {
  CheckResult r = check("note-between-blocks.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "B8") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_TRUE(says(f.message, "the 2 rows above it up to row 5 add up to 55")) << f.message;
  EXPECT_FALSE(says(check_text(r), "blank row")) << check_text(r);
}

// Figures a workbook holds to 0.001 and shows to 0.001 (number format 0.000)
// round by 0.001 as shown: a total 0.3 over its lines is no rounding. It was a
// note within the default one unit, said as "how finely the workbook shows
// them is not known" (the format was not read for tables of any shape; under
// General it still is: ShownTables.GeneralFormatKeepsTheDefaultOneUnit).
TEST(Wording, ATotalOffByMoreThanItsFiguresShownRoundingIsAnError) {
  CheckResult r = check("millions-3dp-total-off.xlsx");
  ASSERT_EQ(finding_cells(r, Severity::Error), "B5") << check_text(r);
  EXPECT_EQ(finding_cells(r, Severity::Info), "") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_EQ(f.rule, "column-total-mismatch");
  EXPECT_FALSE(says(f.message, "rounding of the table's figures")) << f.message;
}

TEST(Wording, ARoundingNoteWithinTheToleranceGivenSaysSo) {
  CheckOptions o;
  o.threads = 1;
  o.rules.tolerance = 1;
  o.rules.tolerance_given = true;
  CheckResult r = run_check({source_dir() + "/tests/data/rounding/millions-total-off.csv"}, o);
  ASSERT_EQ(finding_cells(r, Severity::Info), "B5") << check_text(r);
  EXPECT_TRUE(says(first_finding(r, Severity::Info).message, "(within the tolerance given, 1)")) << check_text(r);
}

// Figures written to the table's own step: the allowance is their rounding,
// shown at their precision; a CSV whose figures are not all written alike
// keeps the default tolerance, said so.
TEST(Wording, ARoundingNoteShowsTheRoundingOfTheFiguresAsWritten) {
  CheckResult r = check_data("rounding", "millions-rounding.csv");
  ASSERT_EQ(finding_cells(r, Severity::Info), "B5") << check_text(r);
  EXPECT_TRUE(says(first_finding(r, Severity::Info).message, "(within the rounding of the table's figures, 0.002)"))
      << check_text(r);
  CheckResult mixed = check_data("rounding", "mixed-written.csv");
  ASSERT_EQ(finding_cells(mixed, Severity::Info), "C6") << check_text(mixed);
  EXPECT_TRUE(says(first_finding(mixed, Severity::Info).message,
                   "(within the default tolerance of 1: the figures are not all written to the same decimals)"))
      << check_text(mixed);
}

namespace {
bool any_unchecked_says(const CheckResult &r, const std::string &words) {
  for (const auto &u : r.unchecked)
    if (u.block.why.find(words) != std::string::npos) return true;
  return false;
}
} // namespace

// A row of cells each holding several figures, one to a line, is figures:
// not the header that names the columns under it.
TEST(Wording, AColumnIsNamedByItsHeaderNeverByACellOfFigures) {
  EXPECT_TRUE(stacked_figures("587.3\n214.4", FigureVocabulary{}));
  EXPECT_TRUE(stacked_figures("169.1\n1,096.3\n435.0\n-", FigureVocabulary{}));
  EXPECT_FALSE(stacked_figures("587.3", FigureVocabulary{}));
  EXPECT_FALSE(stacked_figures("Allocation\n(K' Billion)", FigureVocabulary{}));
  EXPECT_FALSE(stacked_figures("% of Total\nBudget", FigureVocabulary{}));
  CheckResult r = check("stacked-figures.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_TRUE(any_unchecked_says(r, "'TOTAL' for 'Allocation (\xC2\xA3 million)' counts")) << check_text(r);
  for (const auto &u : r.unchecked) {
    EXPECT_EQ(u.block.why.find("for '600.0"), std::string::npos) << u.block.why;
    EXPECT_EQ(u.block.why.find("for '500.0"), std::string::npos) << u.block.why;
  }
}

// Rows named "Total ..." in a text column other than the first: found, and
// said to be found but not understood, never "no row named as a total".
TEST(Wording, TotalsNamedButNotUnderstoodAreSaidSo) {
  CheckResult r = check("named-total-in-other-column.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  ASSERT_EQ(r.unchecked.size(), 1u) << check_text(r);
  EXPECT_EQ(r.unchecked[0].block.why,
            "4 rows named as totals ('Total capital financing', ...) were found but not understood (what each adds "
            "was not made out), so none was checked");
  EXPECT_TRUE(r.unchecked[0].block.totals_unchecked);
  EXPECT_FALSE(says(check_text(r), "no row or column named as a total")) << check_text(r);
  EXPECT_FALSE(says(check_text(r), "no table with totals was recognised")) << check_text(r);
}

// "0,1,2,3,4" (or "1,2,...") over a table's header numbers its columns: a
// heading, not five figures not understood.
TEST(Wording, AnIndexRowOverATableIsAHeadingNotFigures) {
  for (const char *name : {"index-row-zero.csv", "index-row-one.csv"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.errors(), 0u) << name << check_text(r);
    EXPECT_EQ(r.totals_checked(), 9u) << name << check_text(r);
    EXPECT_TRUE(r.unchecked.empty()) << name << check_text(r);
    EXPECT_FALSE(says(check_text(r), "not understood")) << name << check_text(r);
  }
}
