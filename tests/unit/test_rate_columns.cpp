// A council tax table whose Total row adds its precepts and tax bases and,
// in its Band D column, holds their quotient (an average, not a sum): the
// Band D total is said unchecked with why, not accused; an amount column
// beside them is still checked (tests/data/rate_columns/make_rate_columns.py,
// issue 17).
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "import/layout/structure/figure_cells.hpp"
#include "support/checked_data.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("rate_columns", name); }

// The why said of the figures at `cell`, or "" where none is.
std::string why_at(const CheckResult &r, const char *cell) {
  for (const auto &u : r.unchecked)
    if (a1(u.block.first) == cell) return u.block.why;
  return {};
}
} // namespace

// The total row's Band D is the total precept over the total tax base.
TEST(RateColumns, AQuotientOfTheRowsTotalsIsNoTotal) {
  CheckResult r = check("band-d.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 2u) << check_text(r);
  std::string why = why_at(r, "D6");
  EXPECT_NE(why.find("'Precept \xc2\xa3' over 'Tax base'"), std::string::npos) << check_text(r);
}

// The quotient of the figures as shown is off by more than a penny (the
// precepts are shown rounded to £100): the heading says it is an average.
TEST(RateColumns, AColumnHeadedAsAnAverageIsNoAmountToAdd) {
  CheckResult r = check("average-band-d.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 2u) << check_text(r);
  EXPECT_NE(why_at(r, "D6").find("headed as an average"), std::string::npos) << check_text(r);
}

// An amount column beside the precept and tax base, its total 1,000 over
// its rows: still an error, at it.
TEST(RateColumns, AnAmountColumnBesideThemIsStillChecked) {
  CheckResult r = check("grant-wrong.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "D6") << check_text(r);
  EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kColumnTotal);
}

// Money in £000 whose heading holds "index" ('Index-linked gilts £000') is
// amounts, not an index: its Total 100 over its rows is still an error
// (review 20 H4: it was set aside as a rate).
TEST(RateColumns, AMoneyColumnHeadedIndexLinkedIsStillChecked) {
  CheckResult r = check("index-linked-wrong.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "C5") << check_text(r);
  EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kColumnTotal);
}

namespace {
structure::Amount amount(std::int64_t v) { return structure::Amount{Money::from_pence(v), 0, false}; }
} // namespace

// The quotient reading's exact arithmetic (f * b * 10^6 in 128 bits) at the
// largest figures: one a cell can hold is still read (two amounts of about
// 800 billion over each other), one past it (2^60, or one over the bound)
// is no reading rather than a product that overflows (signed overflow,
// undefined: run under -fsanitize=undefined it said so before the guard).
TEST(RateColumns, AQuotientOfHugeFiguresIsReadUpToWhatACellHoldsAndNoFurther) {
  using structure::kMaxQuotientFigure;
  using structure::quotient_of;
  const std::int64_t two = 2 * structure::kScale; // 2, as written
  EXPECT_EQ(quotient_of(amount(two), amount(8'000'000'000'000'000), amount(4'000'000'000'000'000)), 0);
  EXPECT_EQ(quotient_of(amount(structure::kScale), amount(kMaxQuotientFigure), amount(kMaxQuotientFigure)), 0);
  EXPECT_EQ(quotient_of(amount(-structure::kScale), amount(-kMaxQuotientFigure), amount(kMaxQuotientFigure)), 0);
  // Both factors of f * b at the bound: the largest product, no reading.
  EXPECT_EQ(quotient_of(amount(kMaxQuotientFigure), amount(1), amount(kMaxQuotientFigure)), std::nullopt);
  EXPECT_EQ(quotient_of(amount(-kMaxQuotientFigure), amount(1), amount(kMaxQuotientFigure)), std::nullopt);
  // Past it: no reading, whatever the figures.
  const std::int64_t past = kMaxQuotientFigure + 1, huge = std::int64_t(1) << 60;
  EXPECT_EQ(quotient_of(amount(structure::kScale), amount(past), amount(past)), std::nullopt);
  EXPECT_EQ(quotient_of(amount(huge), amount(huge), amount(huge)), std::nullopt);
  EXPECT_EQ(quotient_of(amount(-huge), amount(huge), amount(-huge)), std::nullopt);
  EXPECT_EQ(quotient_of(amount(huge), amount(1), amount(huge)), std::nullopt);
  EXPECT_EQ(quotient_of(amount(two), amount(huge), amount(huge / 2)), std::nullopt);
}
