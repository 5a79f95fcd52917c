// A column of quotients beside the amounts they come from, under a heading
// that does not say it is an average ('Band D council tax £': each parish's
// precept over its tax base), and a 'Total / average' row that adds the
// amounts and holds their quotient in it. With one figure wrong the row is
// off in the wrong column and in the quotient's (no sum): the quotient's is
// set aside and the row's other column confirms it, so the wrong figure is
// caught (tests/data/quotient_columns/make_quotient_columns.py, issue 17,
// trial3 f08).
#include <gtest/gtest.h>

#include <string>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("quotient_columns", name); }

// The why said of the figures starting at `cell`, or "" where none is.
std::string why_at(const CheckResult &r, const char *cell) {
  for (const auto &u : r.unchecked)
    if (a1(u.block.first) == cell) return u.block.why;
  return {};
}

const char *const kFormats[] = {".csv", ".xlsx"};
} // namespace

TEST(QuotientColumns, TheRightCopyIsSilentItsAmountTotalsChecked) {
  for (const char *ext : kFormats) {
    CheckResult r = check(std::string("right") + ext);
    EXPECT_TRUE(r.findings.empty()) << ext << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 2u) << ext << "\n" << check_text(r);
    EXPECT_NE(why_at(r, "D10").find("over 'Tax base (Band D equivalents)'"), std::string::npos) << ext << "\n"
                                                                                                << check_text(r);
  }
}

TEST(QuotientColumns, AWrongTotalBesideTheQuotientIsCaughtAtIt) {
  for (const char *ext : kFormats) {
    CheckResult r = check(std::string("precept-total-off") + ext);
    ASSERT_EQ(finding_cells(r, Severity::Error), "C10") << ext << "\n" << check_text(r);
    EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kColumnTotal) << ext;
    EXPECT_EQ(why_at(r, "C10"), "") << ext;
  }
}

// A line's precept typed 20 high (its Band D no longer its quotient, the
// other five still are): the precept total is off by as much.
TEST(QuotientColumns, AWrongLineIsCaughtAtTheTotalOverIt) {
  for (const char *ext : kFormats) {
    CheckResult r = check(std::string("precept-line-off") + ext);
    ASSERT_EQ(finding_cells(r, Severity::Error), "C10") << ext << "\n" << check_text(r);
    EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kColumnTotal) << ext;
    r = check(std::string("base-line-off") + ext);
    ASSERT_EQ(finding_cells(r, Severity::Error), "B10") << ext << "\n" << check_text(r);
    EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kColumnTotal) << ext;
  }
}

// Guard: an amount column to the penny that is no quotient of the row is
// not set aside; the row off in two columns is not known, nothing accused.
TEST(QuotientColumns, AnAmountColumnOffBesideAnotherLeavesTheRowUnknown) {
  for (const char *ext : kFormats) {
    CheckResult r = check(std::string("grant-two-off") + ext);
    EXPECT_EQ(finding_cells(r, Severity::Error), "") << ext << "\n" << check_text(r);
    EXPECT_NE(why_at(r, "C10").find("off in 2 columns"), std::string::npos) << ext << "\n" << check_text(r);
  }
}
