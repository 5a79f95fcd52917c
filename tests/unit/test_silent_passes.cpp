// A wrong figure inside a table said checked, with nothing said (issue 17:
// never claim a check that was not made). On the files
// tests/data/silent_passes/make_silent_passes.py writes: each wrong copy is
// caught at its cell, or its figures are listed as checked only as far as
// they were; the right copies stay silent, checked, with nothing listed.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/coverage.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/findings.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("silent_passes", name); }
} // namespace

TEST(SilentPasses, RightCopiesAreSilentAndTheirTotalsChecked) {
  for (const std::string &name : copies({"millions-right", "restated-right", "register-right"})) {
    CheckResult r = check(name);
    EXPECT_EQ(finding_cells(r, Severity::Error), "") << name << "\n" << check_text(r);
    EXPECT_EQ(finding_cells(r, Severity::Warning), "") << name << "\n" << check_text(r);
    EXPECT_TRUE(r.unchecked.empty()) << name << "\n" << check_text(r);
    EXPECT_GE(r.totals_checked(), 2u) << name << "\n" << check_text(r);
  }
}

// Before, in the xlsx: a note 'within the default tolerance of 1: the
// figures are held to 0.1 but how finely the workbook shows them is not
// known' (texts beside number cells: the step was not known), the table said
// checked. The texts are written to 0.1 and the number cells shown to 0.1.
TEST(SilentPasses, TextsBesideNumberCellsBothToATenthAreAllowedATenthsRounding) {
  for (const std::string &name : copies({"millions-line-off"})) {
    CheckResult r = check(name);
    ASSERT_TRUE(one_error_at(r, "B17", rules::kColumnTotal)) << name;
    EXPECT_TRUE(r.unchecked.empty()) << name << "\n" << check_text(r);
  }
}

// Before: a rounding note, '10 ... within the rounding of the table's
// figures, 11', and the table said checked with nothing listed. No error can
// be said, but the figures are listed as checked only that far, the line off
// among them, and the closing line says so.
TEST(SilentPasses, FiguresWhoseTotalIsFurtherThanRoundingUsuallyPutsItAreListed) {
  for (const std::string &name : copies({"register-line-off"})) {
    CheckResult r = check(name);
    EXPECT_EQ(finding_cells(r, Severity::Error), "") << name << "\n" << check_text(r);
    ASSERT_EQ(r.unchecked.size(), 1u) << name << "\n" << check_text(r);
    const UncheckedBlock &b = r.unchecked.front().block;
    EXPECT_TRUE(b.within_rounding) << name;
    EXPECT_EQ(a1(b.first), "E2") << name;
    EXPECT_EQ(a1(b.last), "E122") << name;
    EXPECT_EQ(b.figures, 120u) << name;
    EXPECT_NE(b.why.find("is 10 from what"), std::string::npos) << b.why;
    EXPECT_NE(b.why.find("checked only to within 11"), std::string::npos) << b.why;
    const std::string line = coverage_line(r.checked, r.unchecked);
    EXPECT_NE(line.find("checked only to within 11"), std::string::npos) << line;
  }
}
