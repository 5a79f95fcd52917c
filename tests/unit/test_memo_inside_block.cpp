// A memorandum line inside a block of budget lines ('Memo: property
// recharges included above', between ordinary lines): its figure is already
// in the line above it, so the Total adds the lines without it, and is
// checked so (tests/data/memo_inside_block/make_memo_inside_block.py,
// issue 17, trial2 e71).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/findings.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("memo_inside_block", name); }
} // namespace

// Before: 'rows read as totals agree with no reading of the rows above
// them': the Total row was not checked.
TEST(MemoInsideBlock, TheTotalAddsTheLinesWithoutTheMemorandum) {
  for (const std::string &name : copies({"memo-right"})) {
    CheckResult r = check(name);
    EXPECT_TRUE(silent(r)) << name;
    for (const auto &u : r.unchecked) EXPECT_FALSE(u.block.totals_unchecked) << name << u.block.why;
    EXPECT_GE(r.totals_checked(), 12u) << name << check_text(r); // 9 lines' Change, the Total row in 3 columns
  }
}

TEST(MemoInsideBlock, AWrongTotalBesideTheMemorandumIsAnErrorAtIt) {
  for (const std::string &name : copies({"memo-total-wrong"})) {
    CheckResult r = check(name);
    EXPECT_TRUE(error_at(r, "C13")) << name << check_text(r);
  }
}

// A line typed over (its Change worked out from the new figure) puts out
// both the year's Total and the Change column's, by the same amount: the
// Total row is off in two columns and confirms no reading, so it is listed
// unchecked, never passed as checked (blaming the line through its Change
// is not made yet).
TEST(MemoInsideBlock, AWrongLineWithItsChangeLeavesTheTotalRowListedUnchecked) {
  for (const std::string &name : copies({"memo-line-wrong"})) {
    CheckResult r = check(name);
    EXPECT_EQ(r.errors(), 0u) << name << check_text(r);
    bool listed = false;
    for (const auto &u : r.unchecked) listed = listed || a1(u.block.first) == "B13";
    EXPECT_TRUE(listed) << name << check_text(r);
  }
}

// A line saying its figure is not in the lines above is an item the Total
// adds: the right copy is checked, a wrong Total is an error (review 27).
TEST(MemoInsideBlock, ALineNotIncludedAboveIsAnItemTheTotalAdds) {
  for (const std::string &name : copies({"not-included-right"})) {
    CheckResult r = check(name);
    EXPECT_TRUE(silent(r)) << name;
    for (const auto &u : r.unchecked) EXPECT_FALSE(u.block.totals_unchecked) << name << u.block.why;
  }
  for (const std::string &name : copies({"not-included-total-wrong"}))
    EXPECT_TRUE(error_at(check(name), "C13")) << name;
}
