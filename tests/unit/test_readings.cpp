// Totals left unchecked are left for a reason that is true, said alike in the
// text's closing line and in JSON, on the tables
// tests/data/readings/make_readings.py writes (issue 17).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/coverage.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("readings", name); }

bool says(const std::string &text, const std::string &words) { return text.find(words) != std::string::npos; }
} // namespace

// "Cumulative funding gap" is spending + funding in every year: a total of
// the rows above it, whatever the word says, not a running total along the
// row (it was said to be one, and nothing in the table was checked).
TEST(Readings, ARowNamedCumulativeThatSumsTheRowsAboveItIsATotalOfThem) {
  CheckResult r = check("cumulative-sum-of-rows.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 10u) << check_text(r);
  for (const auto &u : r.unchecked) EXPECT_FALSE(says(u.block.why, "running total")) << u.block.why;
}

// A running total along the row stays unchecked, and the closing line says
// why as JSON does: it said "no table with totals was recognised", taking
// its reason from a flag the running total's reading never set.
TEST(Readings, ARunningTotalIsSaidUncheckedAlikeInTextAndJson) {
  CheckResult r = check("cumulative-running.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 0u) << check_text(r);
  ASSERT_EQ(r.unchecked.size(), 1u) << check_text(r);
  const std::string why = r.unchecked[0].block.why;
  EXPECT_EQ(why.rfind("'Cumulative savings' is a running total along the row", 0), 0u) << why;
  EXPECT_EQ(coverage_line(r.checked, r.unchecked), "No total was checked: in cumulative-running!B2:E4, " + why +
                                                       "; 12 figures on 1 sheet not understood (cumulative-running)");
}
