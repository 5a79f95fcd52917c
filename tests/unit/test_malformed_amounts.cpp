// Amounts mistyped with two decimal points after a currency sign
// ("£723.79.48", "£20.434.45" in a TOTAL cell), on the tables
// tests/data/malformed_amounts/make_malformed_amounts.py writes: a broken
// figure like "195,7", an error only in a column a total adds inside a table
// its totals bear out, else cited at its cell; never said nowhere (issue 17).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("malformed_amounts", name); }

bool unchecked_says(const CheckResult &r, const std::string &range, const std::string &words) {
  for (const auto &u : r.unchecked)
    if (a1(u.block.first) + ":" + a1(u.block.last) == range && u.block.why.find(words) != std::string::npos)
      return true;
  return false;
}
} // namespace

// TOTAL INCOME agrees (the structure is borne out): the mistyped payment in
// the column it adds is an error, and the total over it is not checked.
TEST(MalformedAmounts, InATableItsTotalsBearOutItIsAnError) {
  CheckResult r = check("malformed-in-checked-table.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "B11") << check_text(r);
  EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kNonNumeric);
  EXPECT_EQ(r.totals_checked(), 1u) << check_text(r);
  EXPECT_TRUE(unchecked_says(r, "B14:B14",
                             "counts '\xc2\xa3"
                             "723.79.48' at B11"))
      << check_text(r);
}

// The list alone, its TOTAL mistyped too: nothing bears its structure out,
// so no error, and each mistyped cell is cited at its cell (before: the
// line was read as a heading and both were said nowhere).
TEST(MalformedAmounts, InAListWhoseTotalIsMistypedEachIsCitedAtItsCell) {
  CheckResult r = check("malformed-in-list.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_TRUE(unchecked_says(r, "B4:B4",
                             "'\xc2\xa3"
                             "723.79.48' at B4 is not a number as written"))
      << check_text(r);
  EXPECT_TRUE(unchecked_says(r, "B7:B7",
                             "'\xc2\xa3"
                             "11.222.79' at B7 is not a number as written"))
      << check_text(r);
  EXPECT_NE(check_text(r).find("('TOTAL EXPENDITURE') was found but not understood (what it adds was not made out), "
                               "so it was not checked"),
            std::string::npos)
      << check_text(r);
}

// The near misses: the list written right is checked and agrees; dates
// written with two points are no figures lost in the writing.
TEST(MalformedAmounts, WellWrittenAmountsAndDottedDatesAreNotCited) {
  for (const char *name : {"well-written-list.csv", "dotted-dates.csv"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.findings.size(), 0u) << name << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 1u) << name << "\n" << check_text(r);
    EXPECT_TRUE(r.unchecked.empty()) << name << "\n" << check_text(r);
  }
}

// Review 18 H6: '€1.234.567' after a currency sign, its points grouping
// the digits in threes, is point thousands (the reading that makes the Total
// agree), not a figure lost in the writing: no error (before: non-numeric-value).
TEST(MalformedAmounts, PointThousandsAfterACurrencySignAreNoBrokenFigure) {
  CheckResult r = check("euro-point-thousands.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
}
