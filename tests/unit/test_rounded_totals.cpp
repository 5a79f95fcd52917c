// A named total that agrees with its lines only to the rounding of the
// figures in one column is evidence of how the table adds, as an exact one
// is: the wrong figure in the other column is reported, not turned into
// "the table's structure is not known", on the tables
// tests/data/rounded_totals/make_rounded_totals.py writes (issue 17).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("rounded_totals", name); }
} // namespace

// 'Total funding' is 0.1 over its five lines in 2023/24 (figures to 0.1)
// and 6.2 short of them in 2024/25, where one line is 7% high: the error is
// at the 2024/25 total, the 2023/24 one a rounding note.
TEST(RoundedTotals, AWrongColumnBesideOneAgreeingToItsRoundingIsReported) {
  CheckResult r = check("funding-component-wrong.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "C7") << check_text(r);
  EXPECT_EQ(finding_cells(r, Severity::Info), "B7") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_EQ(f.rule, rules::kColumnTotal);
  EXPECT_EQ(f.computed->decimal(f.unit), "227200000");
  EXPECT_EQ(r.totals_checked(), 2u) << check_text(r);
}

// The same table right, and every total exact as a paste of a workbook's
// values gives it: no error.
TEST(RoundedTotals, TheTableRightIsSilent) {
  CheckResult near = check("funding.csv");
  EXPECT_EQ(near.errors(), 0u) << check_text(near);
  EXPECT_EQ(finding_cells(near, Severity::Info), "B7") << check_text(near);
  EXPECT_EQ(near.totals_checked(), 2u) << check_text(near);
  CheckResult exact = check("funding-exact.csv");
  EXPECT_EQ(exact.findings.size(), 0u) << check_text(exact);
  EXPECT_EQ(exact.totals_checked(), 2u) << check_text(exact);
}

// One unit off on a total of 11 is no sign of a sum shown rounded: the other
// column's wrong total is not accused, and the table is said unchecked.
TEST(RoundedTotals, ANearTotalOfSmallFiguresConfirmsNothing) {
  CheckResult r = check("small-figures-wrong.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 0u) << check_text(r);
  ASSERT_FALSE(r.unchecked.empty()) << check_text(r);
}

// Plain lists with no total named: none is invented, whatever a line comes near.
TEST(RoundedTotals, PlainListsAreGivenNoTotals) {
  CheckResult r = check("lists-no-total.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 0u) << check_text(r);
}

// A precept schedule whose tax base and precept totals agree to their
// rounding: its Band D total is their quotient, an average, not a sum. A
// total near by rounding confirms a row for another period's column only,
// so Band D is not accused (review 19 H2).
TEST(RoundedTotals, ARateBesideTotalsAgreeingToTheirRoundingIsNotAccused) {
  CheckResult r = check("band-d-near.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_EQ(finding_cells(r, Severity::Info), "B5 C5") << check_text(r);
  ASSERT_FALSE(r.unchecked.empty()) << check_text(r);
}
