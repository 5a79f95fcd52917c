// The account of what was checked (issue 17), on workbooks written by
// tests/data/coverage/make_coverage.py: what is counted as figures left
// unchecked, and how the rows of a table are named.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "export/text.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) {
  CheckOptions o;
  o.threads = 1;
  return run_check({source_dir() + "/tests/data/coverage/" + name}, o);
}
} // namespace

TEST(CoverageAccount, IdentifierColumnsAreNotFiguresLeftUnchecked) {
  // Charity and company numbers, supplier IDs, cost centre codes, account
  // references and a column of six-digit vendor numbers name each row's
  // thing; the Amount (whole pounds of one width) and Months columns are
  // the figures nobody checked: 16, not 64.
  CheckResult r = check("identifiers.xlsx");
  ASSERT_EQ(r.unchecked.size(), 1u) << check_text(r);
  EXPECT_EQ(r.unchecked[0].block.figures, 16u) << check_text(r);
  EXPECT_EQ(a1(r.unchecked[0].block.first) + ":" + a1(r.unchecked[0].block.last), "H4:I11");
}
