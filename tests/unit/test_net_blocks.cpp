// Service budgets: cost lines, a gross line adding them (with or without
// the word Total), the income under it ('Less: Income' written positive, or
// 'Income' negative) and the net line, gross less the income
// (tests/data/net_blocks/make_net_blocks.py, issue 17: before, the gross
// line without a total word was no subtotal in one column, the income
// written positive under 'Less:' was added, not taken off, and a table by
// year was claimed as a summary by year with no Total row: the totals went
// unchecked, and a wrong gross or net figure was not found).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/concat.hpp"
#include "engine/check.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("net_blocks", name); }

// Every way of writing the table: one column or three years, the gross
// line with or without 'Total', the income positive under 'Less:' or
// negative.
std::vector<std::string> service_budgets() {
  std::vector<std::string> out;
  for (const char *stem : {"gross", "years"})
    for (const char *total : {"", "-total"})
      for (const char *income : {"-less", "-neg"}) out.push_back(std::string(stem) + total + income);
  return out;
}

std::string columns(const std::string &stem, const char *row) {
  return stem.starts_with("years") ? concat("B", row, " C", row, " D", row) : concat("B", row);
}
} // namespace

TEST(NetBlocks, ARightServiceBudgetIsCheckedAndAgrees) {
  for (const std::string &b : service_budgets()) {
    CheckResult r = check(b + "-right.csv");
    EXPECT_TRUE(r.findings.empty()) << b << "\n" << check_text(r);
    // The gross line and the net line, in each column.
    EXPECT_EQ(r.totals_checked(), b.starts_with("years") ? 6u : 2u) << b << "\n" << check_text(r);
    EXPECT_EQ(r.unchecked_figures(), 0u) << b << "\n" << check_text(r);
  }
  CheckResult caps = check("gross-caps-right.xlsx");
  EXPECT_TRUE(caps.findings.empty()) << check_text(caps);
  EXPECT_EQ(caps.totals_checked(), 2u) << check_text(caps);
}

// A gross figure 37 too high, the net line following it: the gross line is
// wrong, at itself, and only there (the net line agrees with it).
TEST(NetBlocks, AWrongGrossLineIsFoundAtItself) {
  for (const std::string &b : service_budgets()) {
    CheckResult r = check(b + "-gross-wrong.csv");
    EXPECT_EQ(finding_cells(r, Severity::Error), columns(b, "5")) << b << "\n" << check_text(r);
    EXPECT_EQ(r.findings.size(), r.errors()) << b << "\n" << check_text(r);
  }
}

// A net figure 37 off: wrong at the net line, against the gross line less
// the income (1,018 in the first column, whichever way the income is
// written).
TEST(NetBlocks, AWrongNetLineIsFoundAgainstTheGrossLessTheIncome) {
  for (const std::string &b : service_budgets()) {
    CheckResult r = check(b + "-net-wrong.csv");
    EXPECT_EQ(finding_cells(r, Severity::Error), columns(b, "7")) << b << "\n" << check_text(r);
    ASSERT_GE(r.findings.size(), 1u) << b;
    const Finding &f = first_finding(r, Severity::Error);
    EXPECT_EQ(f.computed->decimal(f.unit), "1018") << b << "\n" << check_text(r);
  }
  CheckResult caps = check("gross-caps-net-wrong.xlsx");
  EXPECT_EQ(finding_cells(caps, Severity::Error), "B7") << check_text(caps);
}

// Funding statements: expenditure lines, 'Net expenditure', a heading
// ('Funded by:', 'Financed by', 'Funding:'), the funding lines and 'Total
// funding', then 'Net position'. Total funding adds the lines under the
// heading, never the net expenditure above it (tester 22 row 15: before, a
// 'Funded by' heading written with a 0 under each year made a right Total
// funding an error against 21,858, the net expenditure and the funding
// lines added).
TEST(NetBlocks, TotalFundingAddsOnlyTheLinesUnderItsHeading) {
  for (const char *name : {"funded-right.csv", "funded-tight-right.csv", "funding-colon-right.csv",
                           "financed-right.csv", "funded-zero-heading-right.csv", "funded-zero-heading-right.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.errors(), 0u) << name << "\n" << check_text(r);
    EXPECT_TRUE(r.findings.empty()) << name << "\n" << check_text(r);
    // Net expenditure, Total funding and the Net position under them (their
    // difference, balancing_lines), in each year.
    const std::string n(name);
    EXPECT_EQ(r.totals_checked(), n.starts_with("funded-right") || n.starts_with("funded-tight") ? 3u : 6u)
        << name << "\n"
        << check_text(r);
  }
}

// Total funding 37 too high: wrong at itself, against its own lines
// (10,929 in the first year), not against the net expenditure added in.
TEST(NetBlocks, AWrongTotalFundingIsMeasuredAgainstItsOwnLines) {
  for (const char *name : {"funded-total-wrong.csv", "funded-tight-total-wrong.csv", "financed-total-wrong.csv",
                           "funded-zero-heading-total-wrong.csv"}) {
    CheckResult r = check(name);
    ASSERT_GE(r.errors(), 1u) << name << "\n" << check_text(r);
    for (const Finding &f : r.findings) {
      if (f.severity != Severity::Error) continue;
      EXPECT_NE(f.message.find("'Total funding'"), std::string::npos) << name << "\n" << check_text(r);
    }
    const Finding &f = first_finding(r, Severity::Error);
    EXPECT_EQ(f.computed->decimal(f.unit), "10929") << name << "\n" << check_text(r);
  }
}

// The closing 'Net position' (net expenditure less total funding) is no sum
// of the rows above it: never judged as one. Before, it was said not
// checked; it is now checked as the difference of the two totals above it
// (tests/data/balancing_lines), and no longer said unchecked.
TEST(NetBlocks, TheNetPositionIsCheckedAsTheDifferenceOfTheTotalsNotAsASum) {
  CheckResult r = check("funded-right.csv");
  EXPECT_TRUE(r.findings.empty()) << check_text(r);
  bool named = false;
  for (const auto &u : r.unchecked) named = named || u.block.why.find("'Net position'") != std::string::npos;
  EXPECT_FALSE(named) << check_text(r);
}
