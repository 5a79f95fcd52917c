// Result lines that add an earlier subtotal and the lines after it (issue
// 17, trial4 g01, g13, g30): 'Surplus for the year' (the operating result +
// the net financing costs + the gains, across a blank row) under which
// 'Total comprehensive income' adds it and the other income; a total that
// agrees with its own formula; a 'net' line adding a block's total and the
// accumulated depreciation's. On the files
// tests/data/result_lines/make_result_lines.py writes.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("result_lines", name); }

// Whether any block said unchecked covers the cell.
bool listed_unchecked(const CheckResult &r, CellRef c) {
  for (const auto &u : r.unchecked)
    if (u.block.first.row <= c.row && c.row <= u.block.last.row && u.block.first.col <= c.col &&
        c.col <= u.block.last.col)
      return true;
  return false;
}
} // namespace

// Before: both columns of 'Total comprehensive income' said wrong, 'the 6
// rows and subtotals above it' (the subtotals and their lines counted twice);
// in the formula copy against its own formula =B13+B16+B17.
TEST(ResultLines, AComprehensiveTotalOverTheSurplusForTheYearIsSilentWithOrWithoutFormulas) {
  for (const char *name : {"income-right.csv", "income-right.xlsx", "income-right-f.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_TRUE(r.findings.empty()) << name << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 6u) << name << "\n" << check_text(r);
  }
}

TEST(ResultLines, AWrongComprehensiveTotalIsCaughtAtItsCellAndTheOtherYearAgrees) {
  for (const char *name : {"income-total-wrong.csv", "income-total-wrong.xlsx", "income-total-typed-f.xlsx"}) {
    CheckResult r = check(name);
    ASSERT_EQ(finding_cells(r, Severity::Error), "B18") << name << "\n" << check_text(r);
    EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kColumnTotal) << name;
    EXPECT_EQ(r.findings.size(), 1u) << name << "\n" << check_text(r);
  }
}

// A subtotal above the surplus for the year typed wrong: it no longer adds
// up and is said unchecked, never passed in silence; the totals under it are
// right in both years and never said wrong.
TEST(ResultLines, AWrongOperatingResultIsListedUncheckedAndTheRightTotalsUnderItAreNotAccused) {
  for (const char *name : {"income-operating-wrong.csv", "income-operating-wrong.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(finding_cells(r, Severity::Error), "") << name << "\n" << check_text(r);
    EXPECT_TRUE(listed_unchecked(r, *parse_a1("B6"))) << name << "\n" << check_text(r);
  }
}

// Before: 'Overall surplus for the year', =SUM(D12:D13) and agreeing with
// it, said wrong as the sum of the 5 rows and subtotals above it.
TEST(ResultLines, ATotalAgreeingWithItsOwnFormulaIsNeverAccusedByAGuessedReading) {
  CheckResult r = check("reserves-f.xlsx");
  EXPECT_TRUE(r.findings.empty()) << check_text(r);
}

// Before: the net line read as the accumulated depreciation's total alone,
// said unchecked in B18:E18 and wrong at D18 (its one column of one sign).
TEST(ResultLines, ANetLineAddingTwoBlockTotalsIsCheckedByThem) {
  for (const char *name : {"assets-right.csv", "assets-right.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_TRUE(r.findings.empty()) << name << "\n" << check_text(r);
    EXPECT_TRUE(r.unchecked.empty()) << name << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 16u) << name << "\n" << check_text(r);
  }
  for (const char *name : {"assets-net-wrong.csv", "assets-net-wrong.xlsx"}) {
    CheckResult r = check(name);
    ASSERT_EQ(finding_cells(r, Severity::Error), "C18") << name << "\n" << check_text(r);
    const Finding &f = first_finding(r, Severity::Error);
    EXPECT_EQ(f.rule, rules::kColumnTotal) << name;
    EXPECT_NE(f.message.find("'Total capital assets being depreciated' and the 1 row after it"), std::string::npos)
        << f.message;
  }
}

// A wrong total under the net line: found at itself; the net line is never
// both said wrong and said unchecked. Before, with that total wrong in two
// columns: the net line said unchecked in B18:E18 and wrong at D18.
TEST(ResultLines, AWrongSubtotalUnderTheNetLineIsCaughtThereAndNoFigureIsBothAccusedAndUnchecked) {
  for (const char *name : {"assets-depreciation-wrong.csv", "assets-depreciation-wrong.xlsx",
                           "assets-depreciation-two-wrong.csv", "assets-depreciation-two-wrong.xlsx"}) {
    CheckResult r = check(name);
    const bool two = std::string(name).find("two") != std::string::npos;
    ASSERT_EQ(finding_cells(r, Severity::Error), two ? "C17 D17" : "D17") << name << "\n" << check_text(r);
    EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kColumnTotal) << name;
    for (const auto &f : r.findings)
      if (f.cell) { EXPECT_FALSE(listed_unchecked(r, *f.cell)) << name << " " << a1(*f.cell); }
  }
}
