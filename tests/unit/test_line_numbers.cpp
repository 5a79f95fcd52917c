// A column numbering a table's lines 1, 2, 3, ... written as text (as a CSV
// file gives it) is line numbers, not amounts: not added, not made a total
// column, not counted as figures left unchecked
// (tests/data/line_numbers/make_line_numbers.py, issue 17).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("line_numbers", name); }
} // namespace

// Numbered 11 to 17, the total line too: the amounts' wrong total is found
// (before, the numbers made the table's structure unknown: 14 figures unchecked).
TEST(LineNumbers, NumbersAfterTheLabelsAreNotAmounts) {
  CheckResult r = check("line-after-labels.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "C8") << check_text(r);
  EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kColumnTotal);
  EXPECT_EQ(r.unchecked_figures(), 0u) << check_text(r);
}

// An unheaded numbering 1 to 7: the last number is no total of the six
// above it (before: an error at A8, 7 against 21).
TEST(LineNumbers, AnUnheadedNumberingIsNotATotal) {
  CheckResult r = check("unheaded-numbers.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 2u) << check_text(r);
  EXPECT_EQ(r.unchecked_figures(), 0u) << check_text(r);
  CheckResult numbered = check("numbered-lines.csv");
  EXPECT_EQ(numbered.findings.size(), 0u) << check_text(numbered);
  EXPECT_EQ(numbered.unchecked_figures(), 0u) << check_text(numbered);
}

// An annual return's 'Box' column 1 to 7 beside its years: no box number
// is accused as a total of the boxes above it (before: B7, 6 against 9).
TEST(LineNumbers, AReturnsBoxNumbersAreNotAccused) {
  CheckResult r = check_data("marked_signs", "negative-box-one-wrong.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "D8") << check_text(r);
  EXPECT_EQ(r.unchecked_figures(), 0u) << check_text(r);
}

// Small whole amounts rising down the rows (1, 4, 7) to a Total that adds
// them (12) are amounts, not line numbers: 'Total including contingency'
// understated (22 for 12 + 14) is an error there (before: the column was
// taken for line numbers and no total was checked; 36 was an error).
TEST(LineNumbers, SmallAmountsRisingToTheirTotalAreAmounts) {
  CheckResult r = check("small-amounts-understated.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "B7") << check_text(r);
  EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kColumnTotal);
  EXPECT_EQ(r.findings.size(), 1u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 2u) << check_text(r);
  CheckResult right = check("small-amounts-right.csv");
  EXPECT_EQ(right.findings.size(), 0u) << check_text(right);
  EXPECT_EQ(right.totals_checked(), 2u) << check_text(right);
  EXPECT_EQ(right.unchecked_figures(), 0u) << check_text(right);
}
