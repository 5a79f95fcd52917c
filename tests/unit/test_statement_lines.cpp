// Statements as accounts and returns set them out (tester23): last year's
// figures left of the descriptions, a return's gross first line with the
// lines taken off it, and a wrong block total whose column's relation then
// breaks (tests/data/statement_lines/make_statement_lines.py). Right copies
// silent, each wrong copy caught at its cell, in csv and xlsx alike.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("statement_lines", name); }
const char *const kFormats[] = {".csv", ".xlsx"};
} // namespace

// '2023/24 £000 | description | Notes | 2024/25 £000': no longer a summary
// by year whose every row is its Total (before: errors at A10 and D10, the
// sheet title named, 'the rows above add up to 0').
TEST(StatementLines, PriorYearLeftOfTheDescriptionsIsATable) {
  for (const char *ext : kFormats) {
    CheckResult right = check(std::string("prior-year-left-right") + ext);
    EXPECT_EQ(right.findings.size(), 0u) << ext << "\n" << check_text(right);
    EXPECT_EQ(right.totals_checked(), 8u) << ext << "\n" << check_text(right);
    EXPECT_EQ(right.unchecked_figures(), 0u) << ext << "\n" << check_text(right);
    CheckResult off = check(std::string("prior-year-left-closing-off") + ext);
    EXPECT_EQ(finding_cells(off, Severity::Error), "A19") << ext << "\n" << check_text(off);
    EXPECT_EQ(first_finding(off, Severity::Error).rule, rules::kColumnTotal);
  }
}

// Line 1, the gross figure, is no total above the lines 'line 1 less lines
// 2 to 4' takes off it, nor line 6 a total of lines 7 and 8 that 'lines 6
// to 8' adds with it (before: an error at C3; in the csv the labels' lines
// were 'not among the table's line numbers', written as text).
TEST(StatementLines, AReturnsGrossFirstLineIsNoTotalOfItsDeductions) {
  for (const char *ext : kFormats) {
    CheckResult right = check(std::string("return-lines-right") + ext);
    EXPECT_EQ(right.findings.size(), 0u) << ext << "\n" << check_text(right);
    EXPECT_EQ(right.totals_checked(), 2u) << ext << "\n" << check_text(right);
    EXPECT_TRUE(right.unchecked.empty()) << ext << "\n" << check_text(right);
    CheckResult net = check(std::string("return-lines-net-off") + ext);
    EXPECT_EQ(finding_cells(net, Severity::Error), "C7") << ext << "\n" << check_text(net);
    EXPECT_EQ(first_finding(net, Severity::Error).rule, rules::kRelation);
    EXPECT_EQ(net.findings.size(), 1u) << ext << "\n" << check_text(net);
    CheckResult total = check(std::string("return-lines-total-off") + ext);
    EXPECT_EQ(finding_cells(total, Severity::Error), "C12") << ext << "\n" << check_text(total);
    EXPECT_EQ(first_finding(total, Severity::Error).rule, rules::kColumnTotal);
    EXPECT_EQ(total.findings.size(), 1u) << ext << "\n" << check_text(total);
  }
}

// A block total typed wrong puts out the net total under it and the
// 'Change' on its row: the column adds up once it is corrected, so it is
// no rate column set aside, and the error is at the total, not at the
// correct Change (before: relation-mismatch at D8, B8 unchecked).
TEST(StatementLines, AWrongBlockTotalIsBlamedNotTheChangeBesideIt) {
  for (const char *ext : kFormats) {
    CheckResult right = check(std::string("grant-blocks-right") + ext);
    EXPECT_EQ(right.findings.size(), 0u) << ext << "\n" << check_text(right);
    CheckResult off = check(std::string("grant-blocks-subtotal-off") + ext);
    EXPECT_EQ(finding_cells(off, Severity::Error), "B8") << ext << "\n" << check_text(off);
    const Finding &f = first_finding(off, Severity::Error);
    EXPECT_EQ(f.rule, rules::kColumnTotal);
    EXPECT_NE(f.message.find("the total at B11, which adds this figure, agrees once it is corrected"),
              std::string::npos)
        << f.message;
    EXPECT_NE(f.message.find("at D8"), std::string::npos) << f.message;
    EXPECT_EQ(off.findings.size(), 1u) << ext << "\n" << check_text(off);
    EXPECT_TRUE(off.unchecked.empty()) << ext << "\n" << check_text(off);
  }
}

// 'Available Budget' is the budget less actual and commitments on every
// line: a line's figure typed wrong is found there, the cost centre's total
// that adds it folded in (before: the correct 'Total 4200' at G11 blamed).
TEST(StatementLines, AWrongAvailableBudgetIsFoundAtItsLine) {
  for (const char *ext : kFormats) {
    CheckResult right = check(std::string("available-budget-right") + ext);
    EXPECT_EQ(finding_cells(right, Severity::Error), "") << ext << "\n" << check_text(right);
    CheckResult off = check(std::string("available-budget-line-off") + ext);
    EXPECT_EQ(finding_cells(off, Severity::Error), "G8") << ext << "\n" << check_text(off);
    const Finding &f = first_finding(off, Severity::Error);
    EXPECT_EQ(f.rule, rules::kRelation);
    EXPECT_NE(f.message.find("'Annual Budget' - 'Actual YTD' - 'Commitments' give -3,220.45"), std::string::npos)
        << f.message;
    EXPECT_NE(f.message.find("the total at G11, which adds this figure, agrees once it is corrected"),
              std::string::npos)
        << f.message;
  }
}

// 'Var Fav/(Adv)', the word written short, is a variance: a line's wrong
// variance is found at it, not at the correct surplus variance under it
// (before: column-total-mismatch at D9).
TEST(StatementLines, AShortVarHeadingIsAVariance) {
  for (const char *ext : kFormats) {
    CheckResult right = check(std::string("plan-var-right") + ext);
    EXPECT_EQ(right.findings.size(), 0u) << ext << "\n" << check_text(right);
    CheckResult off = check(std::string("plan-var-line-off") + ext);
    EXPECT_EQ(finding_cells(off, Severity::Error), "D6") << ext << "\n" << check_text(off);
    EXPECT_EQ(first_finding(off, Severity::Error).rule, rules::kRelation);
    EXPECT_EQ(off.findings.size(), 1u) << ext << "\n" << check_text(off);
  }
}
