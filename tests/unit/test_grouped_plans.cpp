// A business plan's proposals grouped under heading rows, a subtotal under
// each group, a Net position over the subtotals after a blank row and a
// Cumulative row running along it (issue 17, tester24 d18 class). A heading
// row is no scheme and does not end the table; each proposal is a scheme;
// the Net position is the sum of the subtotals; the Cumulative row is checked.
// On the workbooks tests/data/grouped_plans/make_grouped_plans.py writes.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("grouped_plans", name); }

std::size_t totals_checked(const CheckResult &r) {
  std::size_t n = 0;
  for (const auto &t : r.checked) n += t.totals_checked;
  return n;
}
} // namespace

// Right copies: nothing said, the ten proposals listed with their references
// (no heading, no subtotal among them), and every total checked: ten
// proposals' Totals, two subtotals, the Net position and the Cumulative row.
TEST(GroupedPlans, RightCopiesAreSilentWithEveryProposalAScheme) {
  for (const char *file :
       {"grouped-right.xlsx", "grouped-measures-right.xlsx", "grouped-right.csv", "grouped-no-headings-right.xlsx"}) {
    CheckResult r = check(file);
    EXPECT_EQ(r.findings.size(), 0u) << file << "\n" << check_text(r);
    ASSERT_EQ(r.scheme_count(), 10u) << file << "\n" << check_text(r);
    std::size_t with_ref = 0;
    r.for_each_scheme([&](const SchemeRecord &s, const SchemeResults &) {
      with_ref += s.ref.has_value();
      EXPECT_FALSE(s.title.view().empty()) << file;
      EXPECT_EQ(std::string(s.title.view()).find("Total"), std::string::npos) << file;
    });
    EXPECT_EQ(with_ref, 10u) << file;
    // 10 + 2 row Totals, 2 x 5 subtotal columns, 5 Net position, 4 Cumulative.
    EXPECT_GE(totals_checked(r), 10u + 2u + 10u + 5u + 4u) << file << "\n" << check_text(r);
    EXPECT_TRUE(r.unchecked.empty()) << file << "\n" << check_text(r);
  }
}

// Wrong copies: each caught at the altered cell, by the rule that adds it.
TEST(GroupedPlans, AlteredFiguresAreCaughtAtTheirCells) {
  struct Case {
    const char *file, *cell, *rule;
  } cases[] = {{"grouped-proposal-total.xlsx", "G8", rules::kRowTotal},
               {"grouped-subtotal.xlsx", "E18", rules::kColumnTotal},
               {"grouped-net.xlsx", "D20", rules::kColumnTotal},
               {"grouped-cumulative.xlsx", "E21", rules::kCumulativeTotal},
               {"grouped-cumulative.csv", "E21", rules::kCumulativeTotal}};
  for (const Case &c : cases) {
    CheckResult r = check(c.file);
    ASSERT_EQ(finding_cells(r, Severity::Error), c.cell) << c.file << "\n" << check_text(r);
    EXPECT_EQ(first_finding(r, Severity::Error).rule, c.rule) << c.file;
    EXPECT_EQ(r.warnings(), 0u) << c.file << "\n" << check_text(r);
    EXPECT_EQ(r.scheme_count(), 10u) << c.file;
  }
}
