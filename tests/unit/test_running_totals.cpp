// Running figures in generic finance tables (issue 17): a Cumulative row
// under a Total row by year, its transpose down a column, a ledger's running
// balance, a reserve whose opening balance is the year before's closing, on
// the tables tests/data/running_totals/make_running_totals.py writes (CSV
// and xlsx alike). Right copies say nothing; a wrong figure is found at its
// cell, once.
#include <gtest/gtest.h>

#include <string>

#include "engine/check.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("running_totals", name); }

const char *const kKinds[] = {".csv", ".xlsx"};

// The rules of the findings of one severity, space-separated in report order.
std::string finding_rules(const CheckResult &r, Severity s) {
  std::string out;
  for (const auto &f : r.findings)
    if (f.severity == s) out += (out.empty() ? "" : " ") + f.rule;
  return out;
}
} // namespace

TEST(RunningTotals, RightCopiesSayNothingAndAreChecked) {
  for (const char *kind : kKinds)
    for (const char *name : {"by-year-right", "years-down-right", "ledger-right", "ledger-signed-right",
                             "reserve-right", "by-year-millions-right"}) {
      CheckResult r = check(std::string(name) + kind);
      EXPECT_EQ(r.errors(), 0u) << name << kind << "\n" << check_text(r);
      EXPECT_EQ(r.warnings(), 0u) << name << kind << "\n" << check_text(r);
      EXPECT_GT(r.totals_checked(), 0u) << name << kind << "\n" << check_text(r);
      // Nothing of the running figures is left unchecked.
      for (const auto &u : r.unchecked)
        EXPECT_EQ(u.block.why.find("running"), std::string::npos) << name << kind << ": " << u.block.why;
    }
}

TEST(RunningTotals, AWrongCumulativeFigureIsFoundAtItsCell) {
  for (const char *kind : kKinds) {
    CheckResult across = check(std::string("by-year-cumulative-off") + kind);
    EXPECT_EQ(finding_cells(across, Severity::Error), "D10") << check_text(across);
    EXPECT_EQ(finding_rules(across, Severity::Error), "cumulative-total-mismatch") << check_text(across);
    const Finding &f = first_finding(across, Severity::Error);
    EXPECT_EQ(f.computed->decimal(f.unit), "9090");
    CheckResult down = check(std::string("years-down-cumulative-off") + kind);
    EXPECT_EQ(finding_cells(down, Severity::Error), "E7") << check_text(down);
    EXPECT_EQ(finding_rules(down, Severity::Error), "cumulative-total-mismatch") << check_text(down);
  }
}

// The cumulative row runs over the years' true sums: a wrong Total is the
// one error, not the cumulative figure beside it as well.
TEST(RunningTotals, AWrongInYearTotalIsBlamedOnceAtIt) {
  for (const char *kind : kKinds) {
    CheckResult across = check(std::string("by-year-in-year-off") + kind);
    EXPECT_EQ(finding_cells(across, Severity::Error), "C9") << check_text(across);
    CheckResult down = check(std::string("years-down-in-year-off") + kind);
    EXPECT_EQ(finding_cells(down, Severity::Error), "D6") << check_text(down);
  }
}

TEST(RunningTotals, AWrongBalanceIsFoundAtItsCellAlone) {
  for (const char *kind : kKinds) {
    CheckResult ledger = check(std::string("ledger-balance-off") + kind);
    EXPECT_EQ(finding_cells(ledger, Severity::Error), "E10") << check_text(ledger);
    CheckResult signed_ = check(std::string("ledger-signed-balance-off") + kind);
    EXPECT_EQ(finding_cells(signed_, Severity::Error), "D12") << check_text(signed_);
    CheckResult reserve = check(std::string("reserve-opening-off") + kind);
    EXPECT_EQ(finding_cells(reserve, Severity::Error), "D4") << check_text(reserve);
  }
}

// A GBP m table to one decimal: a running total a tenth off its years is
// rounding, two off is an error.
TEST(RunningTotals, RoundingIsNoError) {
  for (const char *kind : kKinds) {
    CheckResult right = check(std::string("by-year-millions-right") + kind);
    EXPECT_EQ(right.errors(), 0u) << check_text(right);
    CheckResult off = check(std::string("by-year-millions-running-off") + kind);
    EXPECT_EQ(finding_cells(off, Severity::Error), "E9") << check_text(off);
  }
}
