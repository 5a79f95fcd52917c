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
