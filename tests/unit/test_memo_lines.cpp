// A summary by year (Scheme, year columns, Total) with 'of which' memo lines
// under its schemes: a memo is part of the line above it, no scheme whose
// years add up to its Total and no line the Total row adds; a wrong scheme
// Total beside the memos is still an error at it
// (tests/data/memo_lines/make_memo_lines.py, tester 21 row 1).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("memo_lines", name); }
} // namespace

// Before: an error at the memo with a Total only ('the years add up to 0')
// and the Total row's years accused of leaving out the memo with years.
TEST(MemoLines, AnOfWhichLineUnderASchemeIsPartOfItNotAScheme) {
  CheckResult r = check("memo-right.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  ASSERT_EQ(r.tables.size(), 1u) << check_text(r);
  EXPECT_EQ(r.tables[0].table.kind, TableKind::WorkstreamSummary);
  for (const auto &row : r.tables[0].table.rows) EXPECT_EQ(row.label.find("of which"), std::string::npos) << row.label;
  EXPECT_EQ(r.totals_checked(), 10u) << check_text(r); // 5 schemes, 4 years and the Total row's Total
}

TEST(MemoLines, AWrongSchemeTotalBesideTheMemosIsStillAnError) {
  CheckResult r = check("memo-wrong.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "F7") << check_text(r);
  EXPECT_EQ(finding_cells(r, Severity::Warning), "") << check_text(r);
  EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kRowTotal);
}
