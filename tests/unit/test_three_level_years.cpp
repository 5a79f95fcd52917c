// A budget in three levels under year headings (directorates, services,
// detail lines, each level with figures; 2024/25 to 2026/27) is no summary
// by year whose Total adds every row above it (issue 17, precision): on the
// budgets tests/data/three_level_years/make_three_level_years.py writes.
// And figures that look like years in a csv line ("1935", "2010") are the
// line's figures, not a heading that cuts its table in two: on the files
// tests/data/year_figures/make_year_figures.py writes.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult levels(const std::string &name) { return check_data("three_level_years", name); }
CheckResult years(const std::string &name) { return check_data("year_figures", name); }
} // namespace

// Before: 'Total' said wrong in every year ('the rows above add up to
// 644,583', three times the budget) on every right copy of flat and indented.
TEST(ThreeLevelYears, RightCopiesGetNoErrorAndSayWhatWasNotChecked) {
  for (const char *shape : {"heading", "flat", "indented", "below", "columns", "mixed"})
    for (const char *ext : {".csv", ".xlsx"}) {
      std::string name = std::string(shape) + "-right" + ext;
      CheckResult r = levels(name);
      EXPECT_EQ(r.errors(), 0u) << name << "\n" << check_text(r);
      EXPECT_EQ(r.warnings(), 0u) << name << "\n" << check_text(r);
      // Whatever was not checked is said, never passed as agreeing.
      if (r.totals_checked() == 0) { EXPECT_FALSE(r.unchecked.empty()) << name << "\n" << check_text(r); }
    }
  // Where the levels are written (indented, or totals named below), they are checked.
  EXPECT_EQ(levels("below-right.csv").totals_checked(), 95u);
  EXPECT_EQ(levels("indented-right.csv").totals_checked(), 39u);
  EXPECT_EQ(levels("indented-right.xlsx").totals_checked(), 39u);
}

TEST(ThreeLevelYears, AWrongFigureIsCaughtAtItsTotal) {
  struct Case {
    const char *name, *cell;
  };
  for (const Case &c :
       {Case{"below-wrong-line", "C27"}, Case{"below-wrong-grand", "D56"}, Case{"below-wrong-directorate", "B45"},
        Case{"mixed-wrong-line", "C25"}, Case{"mixed-wrong-grand", "D51"}, Case{"indented-wrong-line", "C19"},
        Case{"indented-wrong-grand", "D43"}, Case{"indented-wrong-directorate", "B27"}})
    for (const char *ext : {".csv", ".xlsx"}) {
      std::string name = std::string(c.name) + ext;
      CheckResult r = levels(name);
      ASSERT_EQ(finding_cells(r, Severity::Error), c.cell) << name << "\n" << check_text(r);
      EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kColumnTotal) << name;
    }
}

// Before: the line 'Home-Start,1935,2010' was read as a heading of years and
// the grants list said not checked.
TEST(YearFigures, AYearLikeLineIsALineAndTheTotalIsChecked) {
  for (const char *name : {"grants-right.csv", "grants-right.xlsx", "headed-right.csv", "headed-right.xlsx",
                           "single-right.csv", "single-right.xlsx", "codes-right.csv", "codes-right.xlsx"}) {
    CheckResult r = years(name);
    EXPECT_TRUE(r.findings.empty()) << name << "\n" << check_text(r);
    EXPECT_TRUE(r.unchecked.empty()) << name << "\n" << check_text(r);
  }
  EXPECT_EQ(years("grants-right.csv").totals_checked(), 2u);
  EXPECT_EQ(years("single-right.csv").totals_checked(), 1u);
  EXPECT_EQ(years("codes-right.csv").totals_checked(), 1u);
  // Years written as text after a blank row still head the second table.
  EXPECT_EQ(years("headed-right.csv").totals_checked(), 4u);
  EXPECT_EQ(years("headed-right.csv").checked.size(), 2u);
}

TEST(YearFigures, AWrongTotalIsCaughtAtItsCell) {
  for (const char *name : {"grants-wrong.csv", "grants-wrong.xlsx"}) {
    CheckResult r = years(name);
    ASSERT_EQ(finding_cells(r, Severity::Error), "C11") << name << "\n" << check_text(r);
    EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kColumnTotal) << name;
  }
  for (const char *name : {"codes-wrong.csv", "codes-wrong.xlsx"}) {
    CheckResult r = years(name);
    ASSERT_EQ(finding_cells(r, Severity::Error), "C9") << name << "\n" << check_text(r);
    EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kColumnTotal) << name;
  }
  for (const char *name : {"headed-wrong.csv", "headed-wrong.xlsx"}) {
    CheckResult r = years(name);
    ASSERT_EQ(finding_cells(r, Severity::Error), "C16") << name << "\n" << check_text(r);
    EXPECT_EQ(first_finding(r, Severity::Error).rule, rules::kColumnTotal) << name;
  }
}

// Right tables of other council shapes (tests/data/council_shapes/make_council_shapes.py):
// an outturn with variance and %, reserves movements, a capital programme with prior and
// future years and its funding, a grant register, a budget book page. No error, no
// warning, totals checked.
TEST(CouncilShapes, RightTablesAreSilentAndChecked) {
  for (const char *shape : {"outturn", "reserves", "capital", "grants", "budget_page"})
    for (const char *ext : {".csv", ".xlsx"}) {
      std::string name = std::string(shape) + "-right" + ext;
      CheckResult r = check_data("council_shapes", name);
      EXPECT_EQ(r.errors(), 0u) << name << "\n" << check_text(r);
      EXPECT_EQ(r.warnings(), 0u) << name << "\n" << check_text(r);
      EXPECT_GT(r.totals_checked(), 0u) << name << "\n" << check_text(r);
    }
}

// A capital programme whose Total column is each scheme's whole cost, 'Prior
// years' before the years or 'Future years' after them added in: before, every
// scheme with prior or future spend was said wrong against its years alone.
TEST(CouncilShapes, ATotalOfPriorOrFutureYearsWithTheYearsIsRight) {
  for (const char *side : {"prior", "future"})
    for (const char *ext : {".csv", ".xlsx"}) {
      std::string stem = std::string("capital_") + side;
      CheckResult right = check_data("council_shapes", stem + "-right" + ext);
      EXPECT_TRUE(right.findings.empty()) << stem << ext << "\n" << check_text(right);
      EXPECT_TRUE(right.unchecked.empty()) << stem << ext << "\n" << check_text(right);
      EXPECT_EQ(right.totals_checked(), 12u) << stem << ext << "\n" << check_text(right);
      CheckResult scheme = check_data("council_shapes", stem + "-wrong-scheme" + ext);
      ASSERT_EQ(finding_cells(scheme, Severity::Error), "F6") << stem << ext << "\n" << check_text(scheme);
      EXPECT_EQ(first_finding(scheme, Severity::Error).rule, rules::kRowTotal) << stem << ext;
      CheckResult total = check_data("council_shapes", stem + "-wrong-total" + ext);
      ASSERT_EQ(finding_cells(total, Severity::Error), "D11") << stem << ext << "\n" << check_text(total);
      EXPECT_EQ(first_finding(total, Severity::Error).rule, rules::kColumnTotal) << stem << ext;
    }
}

// A service summary by year one of whose rows happens to add the two under
// it (Adult social care = Children's social care + Public health, every
// year), no label nor indent saying so: still a summary, and a Total typed
// wrong is caught at its cell (before: read as nesting totals, the Total's
// 10 passed as a rounding difference), on the files
// tests/data/year_coincidence/make_year_coincidence.py writes.
TEST(YearCoincidence, ARowThatHappensToAddTwoOthersLeavesTheSummaryChecked) {
  for (const char *shape : {"coinc", "coinc-col"})
    for (const char *ext : {".csv", ".xlsx"}) {
      std::string right = std::string(shape) + "-right" + ext, wrong = std::string(shape) + "-wrong" + ext;
      CheckResult r = check_data("year_coincidence", right);
      EXPECT_TRUE(r.findings.empty()) << right << "\n" << check_text(r);
      EXPECT_GT(r.totals_checked(), 0u) << right;
      CheckResult w = check_data("year_coincidence", wrong);
      ASSERT_EQ(finding_cells(w, Severity::Error), "B10") << wrong << "\n" << check_text(w);
      EXPECT_EQ(first_finding(w, Severity::Error).rule, rules::kColumnTotal) << wrong;
    }
}
