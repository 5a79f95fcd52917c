// A £m capital programme shown to 0.1 whose schemes are keyed by a 'Cost
// centre' column of codes under General (issue 17): the codes are no
// amounts, and a column no total adds does not make how finely the table is
// shown 'not known'. Before, either one left the default tolerance of one
// unit (£1m) in force, and a £1.0m slip in a year's total was a note. On the
// workbooks tests/data/code_columns/make_code_columns.py writes.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("code_columns", name); }
} // namespace

TEST(CodeColumns, RightProgrammeIsSilentAndItsCodesAreNotFigures) {
  CheckResult r = check("cost-centre-right.xlsx");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 14u) << check_text(r);
  EXPECT_EQ(r.unchecked_figures(), 0u) << check_text(r);
}

TEST(CodeColumns, SlipOfOneStepOfTheUnitIsAnErrorNotRounding) {
  for (const char *name : {"cost-centre-wrong.xlsx", "cost-centre-hidden-wrong.xlsx", "unformatted-memo-wrong.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(finding_cells(r, Severity::Error), "F13") << name << "\n" << check_text(r);
    EXPECT_EQ(finding_cells(r, Severity::Info), "") << name << "\n" << check_text(r);
  }
}

// The codes before the names hid the Total row's word: with a slip in F13
// and the programme total G13 worked out from the row (off its column too),
// the row was read as one more line and its totals passed in silence (9
// totals 'checked', nothing unchecked). Its name was then read, and the row,
// off in two columns, said unchecked. Now the one cause is read: G13 is the
// sum of the row's own figures and off its column by what F13 is off its
// own, so the slip at F13 explains both: one error at F13, G13 said with it.
TEST(CodeColumns, TotalRowAfterCodesIsNamedAndNeverPassedInSilence) {
  CheckResult r = check("cost-centre-grand-follows.xlsx");
  ASSERT_EQ(finding_cells(r, Severity::Error), "F13") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_EQ(f.rule, rules::kColumnTotal);
  EXPECT_NE(f.message.find("the total at G13, which adds this figure, agrees once it is corrected"), std::string::npos)
      << f.message;
  EXPECT_EQ(r.findings.size(), 1u) << check_text(r);
  EXPECT_EQ(r.unchecked_figures(), 0u) << check_text(r);
}
