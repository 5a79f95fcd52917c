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

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("memo_inside_block", name); }

bool error_at(const CheckResult &r, const char *cell) {
  for (const auto &f : r.findings)
    if (f.severity == Severity::Error && f.cell && a1(*f.cell) == cell) return true;
  return false;
}
} // namespace

// Before: 'rows read as totals agree with no reading of the rows above
// them': the Total row was not checked.
TEST(MemoInsideBlock, TheTotalAddsTheLinesWithoutTheMemorandum) {
  for (const char *name : {"memo-right.csv", "memo-right.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.findings.size(), 0u) << name << check_text(r);
    for (const auto &u : r.unchecked) EXPECT_FALSE(u.block.totals_unchecked) << name << u.block.why;
    EXPECT_GE(r.totals_checked(), 12u) << name << check_text(r); // 9 lines' Change, the Total row in 3 columns
  }
}

TEST(MemoInsideBlock, AWrongTotalBesideTheMemorandumIsAnErrorAtIt) {
  for (const char *name : {"memo-total-wrong.csv", "memo-total-wrong.xlsx"}) {
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
  for (const char *name : {"memo-line-wrong.csv", "memo-line-wrong.xlsx"}) {
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
  for (const char *name : {"not-included-right.csv", "not-included-right.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.findings.size(), 0u) << name << check_text(r);
    for (const auto &u : r.unchecked) EXPECT_FALSE(u.block.totals_unchecked) << name << u.block.why;
  }
  for (const char *name : {"not-included-total-wrong.csv", "not-included-total-wrong.xlsx"})
    EXPECT_TRUE(error_at(check(name), "C13")) << name;
}
