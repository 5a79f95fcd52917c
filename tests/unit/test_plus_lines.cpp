// Lines whose label says the sum they are ("Income plus bank balance b/f"),
// on the tables tests/data/plus_lines/make_plus_lines.py writes: checked as
// the two lines they name where the words name each for certain, else said
// unchecked (issue 17, fresh3 class G).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "import/layout/structure/total_words.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("plus_lines", name); }
} // namespace

TEST(PlusLines, APlusLineIsCheckedAsTheTwoLinesItNames) {
  CheckResult r = check("plus-line.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 2u) << check_text(r);
  EXPECT_TRUE(r.unchecked.empty()) << check_text(r);
}

// Before: not checked, the 3,000 mistyped there said nowhere as an error.
TEST(PlusLines, AWrongPlusLineIsAnError) {
  CheckResult r = check("plus-line-wrong.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "B7") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_EQ(f.rule, rules::kColumnTotal);
  EXPECT_EQ(f.computed->decimal(f.unit), "14974.81");
  EXPECT_NE(f.message.find("'TOTAL INCOME' plus 'Bank Balance b/f', as its label says, add up to"), std::string::npos)
      << f.message;
}

// A Sub Total under a wrong plus line, right by the lines the plus line
// names (less the cheques after it), is not accused for the plus line's
// error. Before: a false error there, its rows added as written.
TEST(PlusLines, ATotalUnderAWrongPlusLineIsReadByTheLinesItNames) {
  CheckResult r = check("plus-line-wrong-sub-total.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "B7") << check_text(r);
  EXPECT_EQ(r.totals_checked(), 3u) << check_text(r);
}

// A side is the line that names exactly its words (review 19 H1): not
// 'Other income' for "income" in an account of receipts, nor 'TOTAL INCOME'
// where 'Total investment income' comes between. Before: false errors.
TEST(PlusLines, ALineThatNamesMoreThanASideIsNotTakenForIt) {
  for (const char *name : {"plus-line-other-income.csv", "plus-line-two-income-totals.csv"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.errors(), 0u) << name << "\n" << check_text(r);
  }
}

// "reserves" names two lines and no reserves total: not checked, no error,
// said unchecked.
TEST(PlusLines, APlusLineWhoseWordsNameNoOneLineIsNotAccused) {
  CheckResult r = check("plus-line-unsure.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  bool said = false;
  for (const auto &u : r.unchecked) said = said || u.block.why.find("'Income plus reserves'") != std::string::npos;
  EXPECT_TRUE(said) << check_text(r);
}

// A label opening with 'Plus' is a line added, not a line that says the sum
// it is (review 19 L4): no worked-out line, no sides. One that says 'plus'
// inside as well is split at that word only ("plus: income" and "fees").
TEST(PlusLines, ALabelOpeningWithPlusIsALineAdded) {
  using namespace fundbook::structure;
  EXPECT_FALSE(names_worked_out_line("plus: income from fees"));
  EXPECT_FALSE(names_worked_out_line("plus: income from fees", /*sum_only=*/true));
  EXPECT_FALSE(plus_sides("plus: income from fees"));
  EXPECT_FALSE(plus_sides("plus income from fees"));
  EXPECT_TRUE(names_worked_out_line("income plus bank balance b/f", /*sum_only=*/true));
  auto sides = plus_sides("income plus bank balance b/f");
  ASSERT_TRUE(sides);
  EXPECT_EQ(sides->first, "income");
  EXPECT_EQ(sides->second, "bank balance b/f");
}
