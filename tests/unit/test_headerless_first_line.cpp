// A headerless table whose first line's figures rise left to right, taken
// for a row of column codes (issue 17): where the line's total is typed
// wrong, the reading with it as a line added no more up and was refused,
// and the line was left out of the check while the table was said checked.
// A labelled first line of the table's own size, off only in a total column
// the rows under it bear out, is a line: its total is checked and the wrong
// one caught at its cell. Column numbers and years over the lines stay the
// header. On the tables tests/data/headerless_first_line/
// make_headerless_first_line.py writes.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "support/checked_data.hpp"
#include "support/findings.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("headerless_first_line", name); }
} // namespace

// Right tables: silent, every line's total checked (the first one too).
TEST(HeaderlessFirstLine, RightTablesAreSilentAndChecked) {
  for (const std::string &file : copies({"services", "small-counts", "codes-over-lines", "years-over-lines"})) {
    CheckResult r = check(file);
    EXPECT_TRUE(silent(r)) << file;
    EXPECT_EQ(r.totals_checked(), 4u) << file << "\n" << check_text(r);
  }
}

// Main said 'No findings' with 3 totals checked: the first line's total
// (613 where 100 + 200 + 300 = 600; 13 where 1 + 2 + 3 = 6) was never read.
TEST(HeaderlessFirstLine, WrongFirstTotalIsCaughtAtItsCell) {
  for (const std::string &file : copies({"services-first-wrong", "small-counts-first-wrong"})) {
    CheckResult r = check(file);
    EXPECT_TRUE(only_error_at(r, "E1", "row-total-mismatch")) << file;
    EXPECT_EQ(r.totals_checked(), 4u) << file << "\n" << check_text(r);
  }
}

// A wrong total further down was caught on main, and still is.
TEST(HeaderlessFirstLine, WrongThirdTotalIsCaughtAtItsCell) {
  for (const std::string &file : copies({"services-third-wrong"})) {
    CheckResult r = check(file);
    EXPECT_TRUE(only_error_at(r, "E3", "row-total-mismatch")) << file;
    EXPECT_EQ(r.totals_checked(), 4u) << file << "\n" << check_text(r);
  }
}

// Every column of a small grid rises down the rows as line numbers do (1, 4,
// 7; 2, 5, 8; ...), but the last adds the others across: amounts, and its
// first line is one. Main read the grid with that line as no amounts and
// checked the two lines under it only.
TEST(HeaderlessFirstLine, RisingGridIsAmounts) {
  for (const std::string &file : copies({"rising-grid"})) {
    CheckResult r = check(file);
    EXPECT_TRUE(silent(r)) << file;
    EXPECT_EQ(r.totals_checked(), 3u) << file << "\n" << check_text(r);
  }
  for (const std::string &file : copies({"rising-grid-first-wrong"})) {
    CheckResult r = check(file);
    EXPECT_TRUE(only_error_at(r, "E1", "row-total-mismatch")) << file;
    EXPECT_EQ(r.totals_checked(), 3u) << file << "\n" << check_text(r);
  }
}
