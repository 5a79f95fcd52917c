// A return's form with its column numbers (1 2 3 ... 7) typed under its
// headings, over lines whose columns are worked out by formulas alike
// (=C6+D6, =E6-H6): the numbers are a heading, not totals typed over the
// formulas under them; a line's figure typed over its formula is still an
// error at it (tests/data/column_numbers/make_column_numbers.py, tester 21 row 2).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("column_numbers", name); }
} // namespace

// Before: an error at I5, '7' said to be typed over where =E5-H5 gives -3.
TEST(ColumnNumbers, TheRowNumberingAFormsColumnsIsNoTotalTypedOver) {
  CheckResult r = check("colnums-right.xlsx");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_GT(r.totals_checked(), 0u) << check_text(r);
}

TEST(ColumnNumbers, ALinesFigureTypedOverItsFormulaIsStillAnError) {
  CheckResult r = check("colnums-wrong.xlsx");
  EXPECT_EQ(finding_cells(r, Severity::Error), "I8") << check_text(r);
  EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kRowTotal);
}
