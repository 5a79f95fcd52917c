// Total columns of one year among columns of two years: 'Total number
// 2023/24' adds the columns headed 2023/24 alone ('Compulsory redundancies
// 2023/24', 'Other departures 2023/24'), which the other year's columns sit
// between. Issue 17, trial2 e07; on the files
// tests/data/year_total_columns/make_year_total_columns.py writes.
#include <gtest/gtest.h>

#include <string>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/findings.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("year_total_columns", name); }
// Said unchecked: a block over column col (0 for A), or a checked table's
// figures of that column it names as not checked.
bool unchecked_or_not_checked(const CheckResult &r, std::uint32_t col) {
  if (unchecked_in_column(r, col)) return true;
  std::string at = "!";
  at += char('A' + col);
  for (const auto &t : r.checked)
    if (t.not_checked.find(at) != std::string::npos) return true;
  return false;
}
} // namespace

// Before: silent, all four total columns said unchecked ('agrees with no
// reading of the columns before it').
TEST(YearTotalColumns, RightCopiesAreSilentAndTheTotalNumbersChecked) {
  for (const std::string &name : copies({"exits-right"})) {
    CheckResult r = check(name);
    EXPECT_TRUE(silent(r)) << name;
    EXPECT_FALSE(unchecked_or_not_checked(r, 5)) << name << "\n" << check_text(r); // Total number 2023/24
    EXPECT_FALSE(unchecked_or_not_checked(r, 6)) << name << "\n" << check_text(r); // Total number 2024/25
    // The costs are no sum of the counts: still said unchecked.
    EXPECT_TRUE(unchecked_or_not_checked(r, 7)) << name << "\n" << check_text(r);
  }
}

// Before: blamed on the Total under it (F9).
TEST(YearTotalColumns, AWrongTotalNumberIsCaughtAtItsCell) {
  for (const std::string &name : copies({"exits-number-wrong"})) {
    CheckResult r = check(name);
    ASSERT_TRUE(only_error_at(r, "F6", rules::kRowTotal)) << name;
    const Finding &f = r.findings.front();
    EXPECT_EQ(f.computed->decimal(f.unit), "5") << name;
    EXPECT_NE(f.message.find("'Compulsory redundancies 2023/24' and 'Other departures 2023/24'"), std::string::npos)
        << f.message;
  }
}
