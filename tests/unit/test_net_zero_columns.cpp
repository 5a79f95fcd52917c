// A column of nils and zeros but for one figure (the net effect of
// virements, nil on every line) takes its rounding step from the table's
// other columns, not from that one figure: a wrong 10 or 100 there is an
// error, not a rounding note 'within the rounding of the table's figures,
// 30' (tests/data/net_zero_columns/make_net_zero_columns.py, issue 17,
// trial3 f07).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/findings.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("net_zero_columns", name); }
} // namespace

TEST(NetZeroColumns, RightVirementsAreSilentAndChecked) {
  for (const std::string &name : copies({"virements-right"})) {
    CheckResult r = check(name);
    EXPECT_TRUE(silent(r)) << name;
    EXPECT_GE(r.totals_checked(), 6u) << name << check_text(r); // the Total row, five directorates and the net
  }
}

TEST(NetZeroColumns, AWrongNetEffectIsAnErrorNotARoundingNote) {
  for (const std::string &name : copies({"virements-total-wrong", "virements-line-wrong"}))
    EXPECT_TRUE(only_error_at(check(name), "H14", rules::kColumnTotal)) << name;
}
