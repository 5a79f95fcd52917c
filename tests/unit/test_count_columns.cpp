// Columns of counts (FTE, a headcount, 'Number of savings') in a table that
// names a total are checked as amounts are, at the decimals their figures are
// written to (FTE to 0.1: a whole FTE out is an error, not the default
// allowance of one); a headcount's total below its lines is a warning (a
// person in two lines is one in the total); a count in a table that names no
// total stays set aside, said why (tests/data/count_columns/make_count_columns.py,
// issue 17: trial2 e37, tester24 d16, d33, d34).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("count_columns", name.c_str()); }

const char *const kFormats[] = {".csv", ".xlsx"};
} // namespace

// Before: no finding, and the FTE, 'Number of savings' and headcount columns
// listed as 'headed as a percentage, ratio or count'. Now their totals are
// counted in the account, and nothing is set aside.
TEST(CountColumns, RightCopiesAreSilentAndTheirCountsChecked) {
  const std::pair<const char *, std::size_t> right[] = {
      {"establishment-right", 11u}, {"paybill-right", 4u}, {"savings-right", 3u}, {"headcount-right", 2u}};
  for (auto [base, totals] : right)
    for (const char *ext : kFormats) {
      const std::string name = std::string(base) + ext;
      CheckResult r = check(name);
      EXPECT_EQ(r.findings.size(), 0u) << name << check_text(r);
      EXPECT_GE(r.totals_checked(), totals) << name << check_text(r);
      ASSERT_FALSE(r.checked.empty()) << name;
      EXPECT_EQ(r.checked[0].kind, TableKind::TotalsTable) << name;
      for (const auto &u : r.unchecked)
        EXPECT_EQ(u.block.why.find("count"), std::string::npos) << name << ": " << u.block.why;
    }
}

// A whole FTE short in a table written to 0.1: an error, where the default
// allowance of one unit would have called it rounding.
TEST(CountColumns, AnFteTotalOffByOneIsAnErrorAtItsOwnDecimals) {
  for (const char *ext : kFormats) {
    const std::string name = std::string("establishment-wrong-total") + ext;
    CheckResult r = check(name);
    ASSERT_EQ(r.errors(), 1u) << name << check_text(r);
    EXPECT_EQ(r.findings[0].rule, rules::kColumnTotal) << name;
    EXPECT_EQ(a1(*r.findings[0].cell), "B11") << name;
  }
}

// A line's 'Total FTE' 1.0 over its two columns: the row's total, at its cell.
TEST(CountColumns, AnFteTotalColumnIsCheckedAcrossItsRow) {
  for (const char *ext : kFormats) {
    const std::string name = std::string("establishment-wrong-line") + ext;
    CheckResult r = check(name);
    ASSERT_EQ(r.errors(), 1u) << name << check_text(r);
    EXPECT_EQ(r.findings[0].rule, rules::kRowTotal) << name;
    EXPECT_EQ(a1(*r.findings[0].cell), "D8") << name;
  }
}

// FTE to two decimals beside pay in £000, and a count of savings beside targets.
TEST(CountColumns, CountsBesideMoneyAreCheckedAtTheirCells) {
  const std::pair<const char *, const char *> wrong[] = {{"paybill-wrong", "B8"}, {"savings-wrong", "B7"}};
  for (auto [base, cell] : wrong)
    for (const char *ext : kFormats) {
      const std::string name = std::string(base) + ext;
      CheckResult r = check(name);
      ASSERT_EQ(r.errors(), 1u) << name << check_text(r);
      EXPECT_EQ(r.findings[0].rule, rules::kColumnTotal) << name;
      EXPECT_EQ(a1(*r.findings[0].cell), cell) << name;
    }
}

// A headcount's total below its lines may count once a person in two of
// them: a warning, never an error. Above its lines it is an error.
TEST(CountColumns, AHeadcountBelowItsLinesIsAWarningAboveAnError) {
  for (const char *ext : kFormats) {
    const std::string below = std::string("headcount-below") + ext;
    CheckResult r = check(below);
    EXPECT_EQ(r.errors(), 0u) << below << check_text(r);
    ASSERT_EQ(r.warnings(), 1u) << below << check_text(r);
    EXPECT_EQ(r.findings[0].rule, rules::kHeadcountBelowLines) << below;
    EXPECT_EQ(a1(*r.findings[0].cell), "B8") << below;

    const std::string above = std::string("headcount-above") + ext;
    CheckResult a = check(above);
    ASSERT_EQ(a.errors(), 1u) << above << check_text(a);
    EXPECT_EQ(a.findings[0].rule, rules::kColumnTotal) << above;
    EXPECT_EQ(a1(*a.findings[0].cell), "B8") << above;
  }
}

// No row or column named as a total: the counts stay set aside, with their reason.
TEST(CountColumns, CountsInATableThatNamesNoTotalStaySetAside) {
  for (const char *ext : kFormats) {
    const std::string name = std::string("fte-no-total") + ext;
    CheckResult r = check(name);
    EXPECT_EQ(r.findings.size(), 0u) << name << check_text(r);
    EXPECT_EQ(r.totals_checked(), 0u) << name << check_text(r);
    ASSERT_FALSE(r.unchecked.empty()) << name;
    EXPECT_NE(r.unchecked[0].block.why.find("headed as percentages, ratios, counts or codes"), std::string::npos)
        << name << ": " << r.unchecked[0].block.why;
  }
}
