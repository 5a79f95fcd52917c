// One total wrong in a table whose structure is otherwise plain: reported at
// that total, not turned into "the table's structure is not known", on the
// tables tests/data/wrong_totals/make_wrong_totals.py writes (issue 17).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("wrong_totals", name); }
} // namespace

// "Memorial garden" and "Network rail licence" start with a note's word
// ("memo", "net") but are items: the list is plain, and its Total is
// checked on its own.
TEST(WrongTotals, AListsTotalIsCheckedWhereItemsStartWithANotesWord) {
  CheckResult ok = check("list-total.csv");
  EXPECT_EQ(ok.findings.size(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 1u) << check_text(ok);
  CheckResult wrong = check("list-total-wrong.csv");
  EXPECT_EQ(finding_cells(wrong, Severity::Error), "B13") << check_text(wrong);
  const Finding &f = first_finding(wrong, Severity::Error);
  EXPECT_EQ(f.rule, rules::kColumnTotal);
  EXPECT_EQ(f.computed->decimal(f.unit), "333300");
}

// A memorandum line among the items is a note, not an item: the list is no
// plain list, so its Total is said unchecked, not accused.
TEST(WrongTotals, AListWithAMemoLineIsNotAccused) {
  CheckResult r = check("list-with-memo-wrong.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 0u) << check_text(r);
}
