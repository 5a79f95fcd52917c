// A letter a table writes in its figure cells as its own marker, on the
// tables tests/data/markers/make_markers.py writes: not reported as a
// figure missing, while one letter alone in a figure cell still is (issue 17).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("markers", name); }
} // namespace

TEST(Markers, ALetterInManyFigureCellsIsTheTablesMarkerNotAMissingFigure) {
  CheckResult r = check("letter-marker.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 3u) << check_text(r);
  // The totals over it are said unchecked, with why.
  bool said = false;
  for (const auto &u : r.unchecked) said = said || u.block.why.find("counts 'A' at C3") != std::string::npos;
  EXPECT_TRUE(said) << check_text(r);
}

TEST(Markers, OneLetterInAFigureCellIsStillAFigureMissing) {
  CheckResult r = check("letter-once.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "E5") << check_text(r);
  EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kNonNumeric);
}

// "O" typed for 0 is a figure mistyped, however often (review of c3d2a9c, M4).
TEST(Markers, ALetterTypedForADigitIsNoMarker) {
  CheckResult r = check("letter-o-for-zero.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "C3 E3 E4") << check_text(r);
}
