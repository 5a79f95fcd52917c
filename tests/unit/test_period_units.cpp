// A year's column headed with its unit ("2026/27 £m") names a period as
// "2026/27" does: its neighbours' totals agreeing with their rows only to
// their rounding confirm how the total row adds, so a wrong total in it is
// reported, on the tables tests/data/period_units/make_period_units.py
// writes (issue 17). Before, the wrong total was left unchecked and said
// to be unconfirmed by its other columns.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("period_units", name); }
} // namespace

TEST(PeriodUnits, AWrongTotalBesideTotalsAgreeingToTheirRoundingIsReported) {
  CheckResult r = check("budget-m-wrong.xlsx");
  EXPECT_EQ(finding_cells(r, Severity::Error), "C12") << check_text(r);
  EXPECT_EQ(finding_cells(r, Severity::Info), "B12 D12") << check_text(r);
  EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kColumnTotal);
  EXPECT_EQ(r.totals_checked(), 3u) << check_text(r);
}

// Right, every total off its rounded lines by rounding only: notes, no error.
TEST(PeriodUnits, TotalsOffByRoundingOnlyAreNotes) {
  for (const char *name : {"budget-m.xlsx", "budget-rate.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.errors(), 0u) << name << "\n" << check_text(r);
    EXPECT_EQ(finding_cells(r, Severity::Info), "B12 C12 D12") << name << "\n" << check_text(r);
  }
}

// A rate beside totals agreeing only to their rounding, in columns that
// name no period (review 19 H2): not accused, and the reason says what its
// other columns did.
TEST(PeriodUnits, TheReasonSaysTheOtherColumnsAgreedOnlyToTheirRounding) {
  CheckResult r = check_data("rounded_totals", "band-d-near.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  bool said = false;
  for (const auto &u : r.unchecked)
    said =
        said || u.block.why.find("its other columns agree with their rows only to their rounding") != std::string::npos;
  EXPECT_TRUE(said) << check_text(r);
}
