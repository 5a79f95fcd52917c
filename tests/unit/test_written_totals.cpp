// A Total written as text more coarsely than its lines ('£1.27m' over lines
// in '£118k'): the Total is its own rounding, to £10k, so a sum half that
// step away is a rounding note, never an error; a Total further off is
// still an error at it (tests/data/written_totals/make_written_totals.py,
// issue 17, tester 25 kit 2 e57).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("written_totals", name); }
} // namespace

// Before: an error at B14, 'says 1,270 but the rows above add up to 1,265'.
TEST(WrittenTotals, ATotalWrittenToTenThousandsIsAllowedItsOwnRounding) {
  for (const char *name : {"sports-right.csv", "sports-right.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.errors(), 0u) << name << check_text(r);
    ASSERT_EQ(r.findings.size(), 1u) << name << check_text(r);
    EXPECT_EQ(r.findings[0].rule, rules::kRounding);
    EXPECT_EQ(a1(*r.findings[0].cell), "B14");
    EXPECT_NE(r.findings[0].message.find("within the rounding of the total as it is written, 5"), std::string::npos)
        << r.findings[0].message;
    EXPECT_EQ(r.totals_checked(), 2u) << name << check_text(r);
  }
}

TEST(WrittenTotals, ATotalFurtherOffThanItsRoundingIsStillAnError) {
  for (const char *name : {"sports-wrong.csv", "sports-wrong.xlsx"}) {
    CheckResult r = check(name);
    ASSERT_EQ(r.errors(), 1u) << name << check_text(r);
    EXPECT_EQ(r.findings[0].rule, rules::kColumnTotal);
    EXPECT_EQ(a1(*r.findings[0].cell), "B14");
  }
}

// '£1m' is one significant figure: half its step would excuse £500k, so no
// rounding of it is allowed (review of the first version, which gave a note).
TEST(WrittenTotals, ATotalOfOneSignificantFigureIsAllowedNoRounding) {
  for (const char *name : {"sports-one-figure.csv", "sports-one-figure.xlsx"}) {
    CheckResult r = check(name);
    ASSERT_EQ(r.errors(), 1u) << name << check_text(r);
    EXPECT_EQ(r.findings[0].rule, rules::kColumnTotal);
    EXPECT_EQ(a1(*r.findings[0].cell), "B14");
  }
}
