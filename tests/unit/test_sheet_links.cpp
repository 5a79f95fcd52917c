// A budget book's summary by directorate, each line named as a directorate's
// sheet is and carrying that sheet's Total (issue 17): published as values,
// a summary line typed over, or left as it was when its sheet changed, still
// adds up with the summary's other lines, and only its own sheet shows it.
// On the workbooks tests/data/sheet_links/make_sheet_links.py writes.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("sheet_links", name); }

std::size_t totals_checked_on(const CheckResult &r, const std::string &sheet) {
  std::size_t n = 0;
  for (const auto &t : r.checked)
    if (t.sheet == sheet) n += t.totals_checked;
  return n;
}
} // namespace

// Right copies: nothing said, and the summary's lines counted as checked
// against their sheets (12 figures: 4 lines by 3 columns) on top of its totals.
TEST(SheetLinks, RightSummariesAreSilentAndTheirLinesChecked) {
  CheckResult values = check("links-right.xlsx");
  EXPECT_EQ(values.findings.size(), 0u) << check_text(values);
  CheckResult formulas = check("links-formulas.xlsx");
  EXPECT_EQ(formulas.findings.size(), 0u) << check_text(formulas);
  EXPECT_EQ(totals_checked_on(values, "Summary"), totals_checked_on(formulas, "Summary"));
  // The summary's own totals (Total row, Total column none) and its 12 carried figures.
  EXPECT_GE(totals_checked_on(values, "Summary"), 12u + 3u) << check_text(values);
}

// A summary line typed over (its variance worked out again, its Total adding
// it) and one left stale: each caught at the summary's cell, naming the
// sheet's Total as the related place.
TEST(SheetLinks, TypedOrStaleLineIsCaughtAtTheSummaryCell) {
  struct Case {
    const char *file, *cell, *sheet, *related;
  } cases[] = {{"links-typed.xlsx", "B6", "Children", "B8"},
               {"links-formulas-typed.xlsx", "B6", "Children", "B8"},
               {"links-stale.xlsx", "C7", "Place", "C10"},
               {"links-same-layout-typed.xlsx", "C5", "Adults", "C9"}};
  for (const Case &c : cases) {
    CheckResult r = check(c.file);
    ASSERT_EQ(finding_cells(r, Severity::Error), c.cell) << c.file << "\n" << check_text(r);
    const Finding &f = first_finding(r, Severity::Error);
    EXPECT_EQ(f.rule, rules::kCarriedFigure) << c.file;
    EXPECT_EQ(*f.sheet, "Summary") << c.file;
    ASSERT_GE(f.related.size(), 1u) << c.file;
    EXPECT_EQ(f.related[0].sheet, c.sheet) << c.file;
    EXPECT_EQ(a1(f.related[0].cell), c.related) << c.file;
    EXPECT_EQ(r.warnings(), 0u) << c.file << "\n" << check_text(r);
  }
}

// The summary carries a directorate's Total that is itself wrong against its
// own lines: the summary agrees with what the sheet says, so nothing is said
// of it. Lines named as the sheets but giving another measure (staff numbers
// no sheet shows): nothing to compare, nothing said, nothing claimed.
TEST(SheetLinks, NoLinkFindingWhereTheSummaryCarriesWhatTheSheetSays) {
  CheckResult r = check("links-detail-wrong.xlsx");
  for (const auto &f : r.findings) EXPECT_NE(f.rule, rules::kCarriedFigure) << check_text(r);
  // The Resources line carries its sheet's Net total (after recharges), not
  // its Total as the other lines do: a reading that explains it.
  CheckResult net = check("links-net-line.xlsx");
  EXPECT_EQ(net.findings.size(), 0u) << check_text(net);
  CheckResult other = check("links-other-measure.xlsx");
  EXPECT_EQ(other.errors(), 0u) << check_text(other);
  CheckResult right = check("links-right.xlsx");
  EXPECT_LT(totals_checked_on(other, "Summary"), totals_checked_on(right, "Summary")) << check_text(other);
}
