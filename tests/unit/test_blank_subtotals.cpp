// A subtotal row left blank in one column under items that have figures in
// it, on the tables tests/data/blank_subtotals/make_blank_subtotals.py
// writes: the blank is no figure given, not nil, so a total counting the
// subtotal counts its rows there (issue 17).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("blank_subtotals", name); }
} // namespace

// Counted as nothing, the blank Total made the requirement per band D wrong
// by the whole of the services' cost; through its rows it is a penny out.
TEST(BlankSubtotals, ATotalOverABlankSubtotalCountsTheSubtotalsRows) {
  CheckResult r = check("blank-subtotal.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_EQ(finding_cells(r, Severity::Info), "C11") << check_text(r);
  const Finding &f = first_finding(r, Severity::Info);
  EXPECT_EQ(f.rule, rules::kRounding);
  EXPECT_EQ(f.computed->decimal(f.unit), "1408.97");
  EXPECT_NE(f.message.find("with the rows of 'Total' where it gives no figure, add up to 1,408.97"), std::string::npos)
      << f.message;
  EXPECT_EQ(r.totals_checked(), 3u) << check_text(r);
}

TEST(BlankSubtotals, AWrongTotalOverABlankSubtotalIsStillWrongByItsRows) {
  CheckResult r = check("blank-subtotal-wrong.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "C11") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_EQ(f.rule, rules::kColumnTotal);
  EXPECT_EQ(f.computed->decimal(f.unit), "1408.97");
}

// Where the subtotal's rows give nothing in the column, the blank is nil:
// the requirement is the lines alone, as it was.
TEST(BlankSubtotals, ABlankSubtotalOverBlankRowsIsNothing) {
  CheckResult r = check("blank-subtotal-nothing.csv");
  EXPECT_TRUE(r.findings.empty()) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 3u) << check_text(r);
}
