// A first line of money under period headings taken for the columns' codes
// (issue 17): a line whose amounts rise left to right (1,210, 1,225, 1,240,
// 1,238) beside a whole-period column ('Full year', 'Total') is a line, and
// its whole-period figure is checked; a row of column numbers under the
// headings ('Column' 1 2 3 4) stays the columns' codes. On the tables
// tests/data/first_line_codes/make_first_line_codes.py writes.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("first_line_codes", name); }
} // namespace

// Right tables: silent, and their lines checked (the first line too once
// read as one: 4 of 4 on quarters, as main read them by a total that agrees).
TEST(FirstLineCodes, RightTablesAreSilentAndChecked) {
  for (const char *name : {"quarters-full-year", "quarters-total", "years-total", "column-numbers"})
    for (const char *ext : {".xlsx", ".csv"}) {
      const std::string file = std::string(name) + ext;
      CheckResult r = check(file);
      EXPECT_EQ(r.errors(), 0u) << file << "\n" << check_text(r);
      EXPECT_EQ(r.warnings(), 0u) << file << "\n" << check_text(r);
      EXPECT_GT(r.totals_checked(), 0u) << file << "\n" << check_text(r);
    }
}

// Main said nothing: 'Pay' (5,003 where its quarters add to 4,913) was read
// as the columns' codes and only the three lines under it were checked.
TEST(FirstLineCodes, WrongFirstLineIsCaughtAtItsCell) {
  for (const char *name : {"quarters-full-year-wrong", "quarters-total-wrong", "years-total-wrong"})
    for (const char *ext : {".xlsx", ".csv"}) {
      const std::string file = std::string(name) + ext;
      CheckResult r = check(file);
      EXPECT_EQ(finding_cells(r, Severity::Error), "F2") << file << "\n" << check_text(r);
      EXPECT_EQ(r.warnings(), 0u) << file << "\n" << check_text(r);
      EXPECT_EQ(r.totals_checked(), std::string(name).starts_with("years") ? 3u : 4u) << file << "\n" << check_text(r);
    }
}

// 'Column' 1 2 3 4 under Employees .. Total is the return's column numbers:
// no line, no total of its own; the wrong line's Total is caught at E5.
TEST(FirstLineCodes, ColumnNumbersStayCodes) {
  for (const char *ext : {".xlsx", ".csv"}) {
    CheckResult right = check(std::string("column-numbers") + ext);
    EXPECT_EQ(right.errors(), 0u) << ext << "\n" << check_text(right);
    EXPECT_EQ(right.totals_checked(), 4u) << ext << "\n" << check_text(right);
    CheckResult wrong = check(std::string("column-numbers-wrong") + ext);
    EXPECT_EQ(finding_cells(wrong, Severity::Error), "E5") << ext << "\n" << check_text(wrong);
    EXPECT_EQ(wrong.totals_checked(), 4u) << ext << "\n" << check_text(wrong);
  }
}
