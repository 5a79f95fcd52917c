// A Total column before the columns it adds (issue 17): a capital programme's
// 'Total 2024-27' before its years, a scheme's 'Total £000' before its
// quarters, a budget's 'Budget total' before Pay, Non-pay and Income. Each
// line's Total is checked against the columns after it where most lines bear
// that out, and a line that does not add up is reported at its Total; a
// column named as a total that adds no columns after it (a total budget
// beside spend to date and a variance, last year's total, a programme total
// over years not all shown) says nothing and is named unchecked. On the
// tables tests/data/left_totals/make_left_totals.py writes.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("left_totals", name); }

struct Expected {
  const char *name;
  std::size_t checked; // the lines' Totals, and a Total row's or a Total after the years where there is one
  const char *cell;    // the wrong copy's Total
};

constexpr Expected kTables[] = {
    {"years-total-first", 6, "B4"},           {"years-total-first-total-row", 11, "B4"},
    {"years-total-first-and-last", 12, "B4"}, {"quarters-total-first", 5, "B3"},
    {"categories-total-first", 6, "B5"},
};
} // namespace

// Right tables: silent, every line's Total checked. Main read a summary by
// year with its Total before the years as a part of each line's label:
// 'no Total row or column to check', or only the Total row and the Total
// after the years checked.
TEST(LeftTotals, RightTablesAreSilentAndChecked) {
  for (const Expected &e : kTables)
    for (const char *ext : {".xlsx", ".csv"}) {
      const std::string file = std::string(e.name) + ext;
      CheckResult r = check(file);
      EXPECT_TRUE(r.findings.empty()) << file << "\n" << check_text(r);
      EXPECT_TRUE(r.unchecked.empty()) << file << "\n" << check_text(r);
      EXPECT_EQ(r.totals_checked(), e.checked) << file << "\n" << check_text(r);
    }
}

// Wrong copies: one line's Total is off, and that cell alone is reported, as
// a row total. Main said nothing of the years' tables.
TEST(LeftTotals, WrongLineIsCaughtAtItsTotal) {
  for (const Expected &e : kTables)
    for (const char *ext : {".xlsx", ".csv"}) {
      const std::string file = std::string(e.name) + "-wrong" + ext;
      CheckResult r = check(file);
      EXPECT_EQ(finding_cells(r, Severity::Error), e.cell) << file << "\n" << check_text(r);
      EXPECT_EQ(r.findings.size(), 1u) << file << "\n" << check_text(r);
      if (!r.findings.empty()) { EXPECT_EQ(r.findings.front().rule, rules::kRowTotal) << file; }
      EXPECT_EQ(r.totals_checked(), e.checked) << file << "\n" << check_text(r);
    }
}

// A column named as a total before figures it does not add: nothing said of
// its lines, and its figures named unchecked.
TEST(LeftTotals, TotalThatAddsNoColumnsAfterItIsSaidUnchecked) {
  for (const char *name : {"budget-spend-variance", "prior-year-total", "years-total-first-not-sum"})
    for (const char *ext : {".xlsx", ".csv"}) {
      const std::string file = std::string(name) + ext;
      CheckResult r = check(file);
      EXPECT_TRUE(r.findings.empty()) << file << "\n" << check_text(r);
      EXPECT_EQ(r.totals_checked(), 0u) << file << "\n" << check_text(r);
      ASSERT_EQ(r.unchecked.size(), 1u) << file << "\n" << check_text(r);
      // The block starts at the first line's figure in the Total column.
      EXPECT_EQ(a1(r.unchecked.front().block.first), "B2") << file;
    }
}

// Where the lines bear out no reading, the column is named as not known.
TEST(LeftTotals, UnknownStructureIsSaidOfTheNamedColumn) {
  for (const char *name : {"budget-spend-variance", "years-total-first-not-sum"}) {
    CheckResult r = check(std::string(name) + ".xlsx");
    ASSERT_EQ(r.unchecked.size(), 1u) << name;
    EXPECT_NE(r.unchecked.front().block.why.find("agrees with no reading of the columns after it"), std::string::npos)
        << r.unchecked.front().block.why;
  }
}

// A Total line first, over the services it adds: caught at its cell on main
// as well, but said as 'the rows above add up to'; the rows are under it.
TEST(LeftTotals, TotalRowFirstIsSaidOfTheRowsUnderIt) {
  for (const char *ext : {".xlsx", ".csv"}) {
    CheckResult right = check(std::string("years-total-row-first") + ext);
    EXPECT_TRUE(right.findings.empty()) << ext << "\n" << check_text(right);
    EXPECT_EQ(right.totals_checked(), 3u) << ext << "\n" << check_text(right);
    CheckResult wrong = check(std::string("years-total-row-first-wrong") + ext);
    EXPECT_EQ(finding_cells(wrong, Severity::Error), "C2") << ext << "\n" << check_text(wrong);
    ASSERT_EQ(wrong.findings.size(), 1u) << ext;
    EXPECT_EQ(wrong.findings.front().rule, rules::kColumnTotal) << ext;
    EXPECT_NE(wrong.findings.front().message.find("but the rows under it add up to 30,420"), std::string::npos)
        << wrong.findings.front().message;
  }
}
