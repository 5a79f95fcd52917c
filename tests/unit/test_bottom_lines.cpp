// Lines of a checked table that no check covers, on the tables
// tests/data/bottom_lines/make_bottom_lines.py writes: a bottom line under
// the last total checked, or a line named as a result, is said unchecked
// with why, never passed as "every total checked agrees" (issue 17).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "export/json.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("bottom_lines", name); }

// The one unchecked block at `range`, or null.
const UncheckedBlock *unchecked_at(const CheckResult &r, const std::string &range) {
  for (const auto &u : r.unchecked)
    if (a1(u.block.first) + ":" + a1(u.block.last) == range) return &u.block;
  return nullptr;
}
} // namespace

// The financing and the Council Tax Requirement under "Net Revenue Budget":
// one total checked, the three lines under it said unchecked, the
// requirement named, in JSON and in the closing line alike; right or wrong,
// never an error (no reading of the lines is confident).
TEST(BottomLines, LinesUnderTheLastTotalCheckedAreSaidUnchecked) {
  for (const char *name : {"requirement-under-total.csv", "requirement-under-total-wrong.csv"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.findings.size(), 0u) << name << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 1u) << check_text(r);
    ASSERT_EQ(r.unchecked.size(), 1u) << check_text(r);
    const UncheckedBlock *b = unchecked_at(r, "B7:B9");
    ASSERT_NE(b, nullptr) << check_text(r);
    EXPECT_EQ(b->figures, 3u);
    EXPECT_TRUE(b->totals_unchecked);
    EXPECT_EQ(b->why, "'Council Tax Requirement' and 2 more lines below 'Net Revenue Budget', the last line a check "
                      "covers, are counted by no check (no reading of the rows above them was made out), so they "
                      "were not checked");
    std::string text = check_text(r);
    EXPECT_NE(text.find("the totals in " + std::string(name).substr(0, std::string(name).size() - 4) +
                        "!B7:B9 were not checked: 'Council Tax Requirement'"),
              std::string::npos)
        << text;
    std::string json = check_json(r);
    EXPECT_NE(json.find("\"range\": \"B7:B9\", \"figures\": 3, \"why\": \"'Council Tax Requirement'"),
              std::string::npos)
        << json;
  }
}

// The near miss: the table ends at its total, nothing is left unchecked.
TEST(BottomLines, ATableEndingAtItsTotalLeavesNothingUnchecked) {
  CheckResult r = check("total-at-bottom.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 1u) << check_text(r);
  EXPECT_TRUE(r.unchecked.empty()) << check_text(r);
  EXPECT_NE(check_text(r).find("every total checked agrees"), std::string::npos) << check_text(r);
}

// A result line between two checked blocks ("Surplus of the year") that no
// check counts is said unchecked; a line named as no result there is not
// (only the lines that may be totals are).
TEST(BottomLines, AResultLineNoCheckCountsIsSaidUnchecked) {
  CheckResult r = check("position-between-totals.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 2u) << check_text(r);
  const UncheckedBlock *b = unchecked_at(r, "B7:B7");
  ASSERT_NE(b, nullptr) << check_text(r);
  EXPECT_TRUE(b->totals_unchecked);
  EXPECT_NE(b->why.find("'Surplus of the year' is named as a line worked out from others, but no check counts its "
                        "figure"),
            std::string::npos)
      << b->why;
  CheckResult plain = check("line-between-totals.csv");
  EXPECT_EQ(plain.totals_checked(), 2u) << check_text(plain);
  // 'Reserves used', between the two totals, is counted by neither: said.
  const UncheckedBlock *between = unchecked_at(plain, "B7:B7");
  ASSERT_NE(between, nullptr) << check_text(plain);
  EXPECT_NE(between->why.find("'Reserves used' is counted by no check"), std::string::npos) << between->why;
  EXPECT_EQ(plain.unchecked.size(), 1u) << check_text(plain);
}
