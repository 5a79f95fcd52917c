// A return in £000 whose total line says which numbered lines it adds, each
// figure rounded on its own (tests/data/rounded_line_totals/
// make_rounded_line_totals.py, issue 17): the label's arithmetic is believed
// where two columns bear it out to their rounding, so a slip is an error
// however large (before, a large one made the total 'not known').
#include <gtest/gtest.h>

#include "engine/rules/registry.hpp"
#include "support/checked_data.hpp"
#include "support/findings.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("rounded_line_totals", name); }
} // namespace

TEST(RoundedLineTotals, TotalsWithinTheirRoundingAreCheckedAndNotAccused) {
  for (const std::string &name : copies({"lines-rounded"})) {
    CheckResult r = check(name);
    EXPECT_EQ(r.errors(), 0u) << name << check_text(r);
    EXPECT_EQ(r.totals_checked(), 3u) << name << check_text(r);
    EXPECT_EQ(r.unchecked_figures(), 0u) << name << check_text(r);
  }
}

TEST(RoundedLineTotals, ASlipIsAnErrorWhateverItsSize) {
  for (const std::string &name : copies({"lines-rounded-slip", "lines-rounded-slip-big"})) {
    CheckResult r = check(name);
    EXPECT_TRUE(one_error_at(r, "D12", rules::kColumnTotal)) << name;
  }
}

TEST(RoundedLineTotals, AnOutdatedLabelAccusesNothing) {
  for (const std::string &name : copies({"lines-rounded-old-label"})) {
    CheckResult r = check(name);
    EXPECT_EQ(r.errors(), 0u) << name << check_text(r);
  }
}
