// A Total row that adds its amounts but shows an average of another column
// (days to maturity weighted by amount): that column's one Total-row figure
// lies between its smallest and largest line, so it is set aside as no
// amount to add, said so, never an error; a wrong amount total on the same
// row leaves the row listed unchecked (tests/data/average_totals/make_average_totals.py,
// issue 17, tester 25 kit 2 e70).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/findings.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("average_totals", name); }
} // namespace

// Before: an error at D10, 'says 61 but the 6 rows above it add up to 625'.
TEST(AverageTotals, AnAverageOnTheTotalRowIsSetAsideNotAccused) {
  for (const std::string &name : copies({"deposits-right"})) {
    CheckResult r = check(name);
    EXPECT_TRUE(silent(r)) << name;
    EXPECT_EQ(r.totals_checked(), 2u) << name << check_text(r);
    ASSERT_EQ(r.unchecked.size(), 1u) << name << check_text(r);
    EXPECT_NE(r.unchecked[0].block.why.find("the Total row's figure lies between the column's smallest and largest "
                                            "line, as an average does"),
              std::string::npos)
        << r.unchecked[0].block.why;
  }
}

// The interest total 90 out beside the average: the row is off in two
// columns, so it confirms no reading and stays listed as unchecked, as on
// main, never claimed checked (a row off in one column only is read).
TEST(AverageTotals, AWrongAmountTotalBesideTheAverageLeavesTheRowListedUnchecked) {
  for (const std::string &name : copies({"deposits-wrong"})) {
    CheckResult r = check(name);
    EXPECT_EQ(r.errors(), 0u) << name << check_text(r);
    bool listed = false;
    for (const auto &u : r.unchecked) listed = listed || a1(u.block.last) == "D10" || a1(u.block.first) == "C10";
    EXPECT_TRUE(listed) << name << check_text(r);
  }
}

// A Total inside its lines' range that is no mean of them (plain, or weighted
// by another column) is a wrong total: an error, never set aside as an
// average (review of the first version, which passed a dropped digit).
TEST(AverageTotals, AFigureInsideTheRangeThatIsNoMeanIsStillAnError) {
  for (const std::string &name : copies({"deposits-not-a-mean"}))
    EXPECT_TRUE(only_error_at(check(name), "D10", rules::kColumnTotal)) << name;
}

// A 'Highest day rate' (or 'Lowest') with no average column beside it: the
// Total row gives the highest (lowest) of the lines, exactly, where the spend
// and the days add up: set aside as no amount to add, said so, never an
// error (review 26: before, 'says 95 but the 6 rows above it add up to 425').
TEST(AverageTotals, AHighestOrLowestOnTheTotalRowIsSetAsideNotAccused) {
  for (const std::string &name : copies({"rates-highest-right", "rates-lowest-right"})) {
    CheckResult r = check(name);
    EXPECT_TRUE(silent(r)) << name;
    EXPECT_EQ(r.totals_checked(), 2u) << name << check_text(r);
    ASSERT_EQ(r.unchecked.size(), 1u) << name << check_text(r);
    EXPECT_EQ(a1(r.unchecked[0].block.first), "D4") << name;
    EXPECT_NE(r.unchecked[0].block.why.find("of the column's lines, as a maximum or minimum is"), std::string::npos)
        << r.unchecked[0].block.why;
  }
}

// The spend total 90 out beside the highest rate: the row is off in two
// columns, so it confirms no reading: listed unchecked, as with an average.
TEST(AverageTotals, AWrongSpendBesideTheHighestRateLeavesTheRowListedUnchecked) {
  for (const std::string &name : copies({"rates-highest-spend-wrong"})) {
    CheckResult r = check(name);
    EXPECT_EQ(r.errors(), 0u) << name << check_text(r);
    EXPECT_FALSE(r.unchecked.empty()) << name << check_text(r);
  }
}

// A money column's Total typed as its largest line (a line copied down) is
// a wrong total: an error at it, never set aside as a maximum (review 27).
TEST(AverageTotals, ATotalTypedAsTheLargestLineOfAMoneyColumnIsAnError) {
  for (const std::string &name : copies({"capital-total-is-top-line"}))
    EXPECT_TRUE(only_error_at(check(name), "D9", rules::kColumnTotal)) << name;
}
