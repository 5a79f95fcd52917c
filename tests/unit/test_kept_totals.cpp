// Totals that disagree must not vanish from the account (session 21: a total
// was recognised only while it agreed), on the workbooks
// tests/data/make_kept_totals.py writes: every figure of a checked table that
// no check counts is named in `unchecked` with why, and the right copies say
// nothing.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("kept_totals", name); }

// Some unchecked block of the sheet holds the cell.
bool named_unchecked(const CheckResult &r, const char *cell) {
  CellRef c = parse_a1(cell).value();
  return std::any_of(r.unchecked.begin(), r.unchecked.end(), [&](const UncheckedFigures &u) {
    return u.block.first.row <= c.row && c.row <= u.block.last.row && u.block.first.col <= c.col &&
           c.col <= u.block.last.col;
  });
}
} // namespace

TEST(KeptTotals, TheRightCopiesSayNothing) {
  for (const char *name : {"subjective-ok.xlsx", "coded-ok.xlsx", "counts-beside.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.findings.size(), 0u) << name << "\n" << check_text(r);
    EXPECT_GT(r.totals_checked(), 0u) << name;
  }
}

TEST(KeptTotals, AWrongTotalOrItsLinesAreNeverPassedInSilence) {
  // 'Gross expenditure' 2024/25 (C10) raised: an error there, or its lines
  // and itself named as not checked.
  CheckResult r = check("subjective-gross-wrong.xlsx");
  EXPECT_TRUE(finding_cells(r, Severity::Error) == "C10" || named_unchecked(r, "C10")) << check_text(r);
  // The Total's pupils (C9) raised: an error there, or the cell named.
  CheckResult p = check("coded-pupils-wrong.xlsx");
  EXPECT_TRUE(finding_cells(p, Severity::Error) == "C9" || named_unchecked(p, "C9")) << check_text(p);
}

// The percentage is set aside and named; the counts beside it ('No. of
// proposals', 'FTE reduction') add up under the table's Total and are
// checked as amounts are (issue 17, count columns).
TEST(KeptTotals, ColumnsSetAsideAsNoAmountsAreNamed) {
  CheckResult r = check("counts-beside.xlsx");
  EXPECT_TRUE(named_unchecked(r, "E5")) << check_text(r);
  for (const char *cell : {"B5", "F5", "C9"}) EXPECT_FALSE(named_unchecked(r, cell)) << cell << "\n" << check_text(r);
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 4u) << check_text(r);
}
