// One slip, caught where it is and said once (issue 17, tester24 d20, d25,
// d14): a Total row whose column is written finer than the table's other
// figures is allowed that column's rounding, not the default unit; a line's
// total typed over its formula beside 'n/a' in the line is judged by the
// run; a council total's variance that adds a wrong subtotal is said in
// that subtotal's finding. On the files tests/data/one_cause/make_one_cause.py writes.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("one_cause", name); }
} // namespace

TEST(OneCause, RightCopiesAreSilentAndTheirTotalsChecked) {
  for (const char *name : {"taxbase-right.csv", "taxbase-right.xlsx", "fees-right.xlsx", "fees-right.csv",
                           "monitoring-right.xlsx", "monitoring-right.csv", "plan-right.xlsx", "plan-right.csv"}) {
    CheckResult r = check(name);
    EXPECT_TRUE(r.findings.empty()) << name << "\n" << check_text(r);
    EXPECT_TRUE(r.unchecked.empty()) << name << "\n" << check_text(r);
    EXPECT_GT(r.totals_checked(), 10u) << name << "\n" << check_text(r);
  }
}

// Before: a note 'within the default tolerance of 1: the figures are not all
// written to the same decimals', the table said checked. The Band D column
// and its Total are written to 0.1: 1.0 over 8 bands is no rounding.
TEST(OneCause, ATotalRowAddingAColumnWrittenFinerIsAllowedThatColumnsRounding) {
  for (const char *name : {"taxbase-wrong.csv", "taxbase-wrong.xlsx"}) {
    CheckResult r = check(name);
    ASSERT_EQ(finding_cells(r, Severity::Error), "F12") << name << "\n" << check_text(r);
    const Finding &f = first_finding(r, Severity::Error);
    EXPECT_EQ(f.rule, rules::kColumnTotal) << name;
    EXPECT_EQ(r.findings.size(), 1u) << name << "\n" << check_text(r);
  }
}

// Before: nothing said, '5 totals checked in 1 table'.
TEST(OneCause, ALineTotalTypedOverBesideNotApplicableIsJudgedByItsRun) {
  CheckResult r = check("fees-typed.xlsx");
  ASSERT_EQ(finding_cells(r, Severity::Error), "F11") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_EQ(f.rule, rules::kRowTotal);
  EXPECT_EQ(f.stated->decimal(f.unit), "142");
  EXPECT_EQ(f.computed->decimal(f.unit), "42");
  EXPECT_EQ(r.findings.size(), 1u) << check_text(r);
}

// Before: a second error, relation-mismatch at the Council total's variance D28.
TEST(OneCause, ACouncilTotalsVarianceAddingAWrongSubtotalIsSaidWithIt) {
  for (const char *name : {"monitoring-typed.xlsx", "monitoring-typed.csv"}) {
    CheckResult r = check(name);
    ASSERT_EQ(finding_cells(r, Severity::Error), "D18") << name << "\n" << check_text(r);
    const Finding &f = first_finding(r, Severity::Error);
    EXPECT_EQ(f.rule, rules::kColumnTotal) << name;
    EXPECT_NE(f.message.find("at D28, which adds this figure"), std::string::npos) << f.message;
    EXPECT_EQ(r.findings.size(), 1u) << name << "\n" << check_text(r);
  }
}

// Before: a second error, row-total-mismatch at the Total row's TOTAL G12
// (its =SUM of the TOTAL column carries the typed line).
TEST(OneCause, ATotalRowsTotalAddingAWrongLineTotalIsSaidWithIt) {
  CheckResult right = check("plan-right.xlsx");
  EXPECT_TRUE(right.findings.empty()) << check_text(right);
  CheckResult r = check("plan-typed.xlsx");
  ASSERT_EQ(finding_cells(r, Severity::Error), "G7") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_EQ(f.rule, rules::kRowTotal);
  EXPECT_NE(f.message.find("the total at G12, which adds this figure, agrees once it is corrected"), std::string::npos)
      << f.message;
  EXPECT_EQ(r.findings.size(), 1u) << check_text(r);
}

// Before: a second error, relation-mismatch at the Council total's variance
// D28, which adds the block's subtotal D11 already said with the line.
TEST(OneCause, ALineVarianceTypedWrongIsSaidOnceThroughItsSubtotalAndTheCouncilTotal) {
  for (const char *name : {"monitoring-line-typed.xlsx", "monitoring-line-typed.csv"}) {
    CheckResult r = check(name);
    ASSERT_EQ(finding_cells(r, Severity::Error), "D10") << name << "\n" << check_text(r);
    const Finding &f = first_finding(r, Severity::Error);
    EXPECT_EQ(f.rule, rules::kRelation) << name;
    EXPECT_NE(f.message.find("the total at D11"), std::string::npos) << f.message;
    EXPECT_NE(f.message.find("the total at D28"), std::string::npos) << f.message;
    EXPECT_EQ(r.findings.size(), 1u) << name << "\n" << check_text(r);
  }
}

// Before: nothing said, '12 totals checked in 1 table': Total reserves adds
// the typed figure as it stands. The column beside it works the figure out
// (=B26-B25) and this column repeats that column's every other formula.
TEST(OneCause, AFigureTypedWhereTheTwinColumnWorksItOutIsJudgedByTheTwinsFormula) {
  CheckResult right = check("sheet-right.xlsx");
  EXPECT_TRUE(right.findings.empty()) << check_text(right);
  CheckResult r = check("sheet-typed.xlsx");
  ASSERT_EQ(finding_cells(r, Severity::Error), "C27") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_EQ(f.stated->decimal(f.unit), "1558");
  EXPECT_EQ(f.computed->decimal(f.unit), "1576");
  EXPECT_NE(f.message.find("the column beside it works it out"), std::string::npos) << f.message;
  EXPECT_EQ(r.findings.size(), 1u) << check_text(r);
}
