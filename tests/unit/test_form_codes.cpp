// Returns that number their columns and lines (issue 17): '(1)' .. '(7)'
// written as text under a revenue outturn form's headings are its column
// numbers, not figures of -1 .. -7, and the words over them name its total
// columns ('TOTAL INCOME' over '(6)'); a 'Line' column of the form's own
// line codes (190, 290, ... 590: rising, with leaps) is no amounts. A first
// line of income in brackets ('(120)', '(340)') stays a line. On the tables
// tests/data/form_codes/make_form_codes.py writes.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("form_codes", name); }
} // namespace

// Main blamed '(6)' (-6) against '(4)' + '(5)' (-9) on the right form, and
// the 'Line' codes' sum (4,446) against line 699's code: both right tables
// now silent, their totals checked, nothing left unchecked.
TEST(FormCodes, RightFormsAreSilentAndChecked) {
  struct Case {
    const char *stem;
    std::size_t totals;
  } cases[] = {{"ro-bracketed-right", 21}, {"ra-line-codes-right", 2}, {"income-brackets-right", 10}};
  for (const Case &c : cases)
    for (const char *ext : {".csv", ".xlsx"}) {
      const std::string file = std::string(c.stem) + ext;
      CheckResult r = check(file);
      EXPECT_EQ(r.findings.size(), 0u) << file << "\n" << check_text(r);
      EXPECT_EQ(r.totals_checked(), c.totals) << file << "\n" << check_text(r);
      EXPECT_EQ(r.unchecked_figures(), 0u) << file << "\n" << check_text(r);
    }
}

// Main said nothing of a line's TOTAL INCOME typed 40 over (its column's
// total, read by figures alone, was dropped: 14 of 21 totals checked) nor of
// the budget's total 500 over (the codes made its structure unknown).
TEST(FormCodes, WrongFiguresAreCaughtAtTheirCells) {
  struct Case {
    const char *stem, *cell, *rule;
  } cases[] = {{"ro-bracketed-wrong", "H9", "row-total-mismatch"},
               {"ra-line-codes-wrong", "C13", "column-total-mismatch"},
               {"income-brackets-wrong", "F5", "row-total-mismatch"}};
  for (const Case &c : cases)
    for (const char *ext : {".csv", ".xlsx"}) {
      const std::string file = std::string(c.stem) + ext;
      CheckResult r = check(file);
      ASSERT_EQ(finding_cells(r, Severity::Error), c.cell) << file << "\n" << check_text(r);
      EXPECT_EQ(first_finding(r, Severity::Error).rule, c.rule) << file;
      EXPECT_EQ(r.warnings(), 0u) << file << "\n" << check_text(r);
    }
}
