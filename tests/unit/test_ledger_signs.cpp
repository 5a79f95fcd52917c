// A ledger or trial-balance export writes a credit's sign after the figure
// ("4,518.20-") or as a word ("12,045.50 CR", "CR 310.00", "DR"): read as
// negatives (a debit positive), so the table's totals are checked, on the
// tables tests/data/ledger_signs/make_ledger_signs.py writes (issue 17).
// Before, such figures were text: not figures, in no range of the account,
// and the table said to have no row named as a total.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("ledger_signs", name); }
} // namespace

TEST(LedgerSigns, ARightLedgerIsCheckedWhateverItsCreditsLookLike) {
  for (const char *name : {"trailing-minus.csv", "credit-word.csv", "decimal-comma.csv", "text-cells.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_TRUE(r.findings.empty()) << name << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 2u) << name << "\n" << check_text(r);
    EXPECT_TRUE(r.unchecked.empty()) << name << "\n" << check_text(r);
  }
}

// Agency staff's year to date typed 21,709.20 for 27,109.20: the total is
// 5,400 out, and its figure is the credit's, -24,989.57.
TEST(LedgerSigns, AWrongFigureBesideTrailingMinusesIsReported) {
  CheckResult r = check("trailing-minus-wrong.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "C10") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_EQ(f.rule, rules::kColumnTotal);
  EXPECT_EQ(f.stated->decimal(f.unit), "-24989.57");
  EXPECT_EQ(f.computed->decimal(f.unit), "-30389.57");
}

// A credit whose CR was lost reads as a debit: the period total is out by
// twice it.
TEST(LedgerSigns, ACreditThatLostItsWordIsReported) {
  CheckResult r = check("credit-word-wrong.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "B10") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_EQ(f.computed->decimal(f.unit), "19691.28");
}

// Year ranges ("2017-") and codes ("4501-") are no negative amounts: the
// Budget total is checked, nothing is reported.
TEST(LedgerSigns, RangesAndCodesBeforeADashAreNotFigures) {
  CheckResult r = check("ranges.csv");
  EXPECT_TRUE(r.findings.empty()) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 1u) << check_text(r);
}
