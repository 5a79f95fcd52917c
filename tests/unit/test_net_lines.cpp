// A 'Net expenditure' line under the lines of its one block: it is read as
// those lines (with or without their signs), never as the last few of them,
// which is what a total whose range starts too late gives
// (tests/data/net_lines/make_net_lines.py, issue 17: never claim a check
// not made).
#include <gtest/gtest.h>

#include <string>

#include "engine/check.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("net_lines", name); }
} // namespace

// Income written both ways ('-250' and 'Less: grants 400'), the Net line
// 650 where 750 is right: 650 is the last four lines as written. No total
// is said to be checked, nor to agree; the figures are said unchecked.
TEST(NetLines, ANetLineEqualToTheLastLinesOfItsBlockIsNotSaidToAgree) {
  CheckResult r = check("mixed-wrong.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 0u) << check_text(r);
  EXPECT_FALSE(r.unchecked.empty()) << check_text(r);
  EXPECT_EQ(check_text(r).find("every total checked agrees"), std::string::npos) << check_text(r);
}

// Income written negative throughout: the Net line is its block's lines.
TEST(NetLines, ANetLineAddingItsBlockIsCheckedAndAgrees) {
  CheckResult r = check("signed-right.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 1u) << check_text(r);
}
