// A Total whose own formula takes away a line the table adds
// (tests/data/formula_signs/make_formula_signs.py, issue 17): the formula
// agrees with its saved value, but a '-' in place of a '+' is the slip, not
// another nesting of the table, so it is an error at the Total (found in the
// session's review: the own-formula reading let it pass, 2 totals 'checked').
#include <gtest/gtest.h>

#include "engine/rules/registry.hpp"
#include "support/checked_data.hpp"
#include "support/findings.hpp"

using namespace fundbook;
using namespace fundbook::test;

TEST(FormulaSigns, AFormulaAddingItsLinesIsSilent) {
  CheckResult r = check_data("formula_signs", "right.xlsx");
  EXPECT_TRUE(silent(r));
  EXPECT_EQ(r.totals_checked(), 2u) << check_text(r);
}

TEST(FormulaSigns, AFormulaTakingAwayALineTheTableAddsIsAnError) {
  for (const char *name : {"sign-slip.xlsx", "sign-slip2.xlsx"}) {
    CheckResult r = check_data("formula_signs", name);
    EXPECT_TRUE(one_error_at(r, "B8", rules::kColumnTotal)) << name;
  }
}
