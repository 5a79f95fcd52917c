// Four layouts whose totals were listed unchecked (issue 17, tester24 section
// 3): a group's total on its own heading row over the lines indented under
// it, a Total row above an "of which:" heading and its lines, a gross line no
// word names under a wrong figure of its own, and a csv plan whose blank rows
// cut it off from its year headings. On the workbooks
// tests/data/group_layouts/make_group_layouts.py writes.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("group_layouts", name); }

struct Right {
  const char *name;
  std::size_t checked;
};

struct Wrong {
  const char *name, *cell, *rule;
};

void expect_right(const Right &c) {
  for (const char *ext : {".xlsx", ".csv"}) {
    const std::string name = std::string(c.name) + ext;
    CheckResult r = check(name);
    EXPECT_TRUE(r.findings.empty()) << name << "\n" << check_text(r);
    EXPECT_TRUE(r.unchecked.empty()) << name << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), c.checked) << name << "\n" << check_text(r);
  }
}

void expect_wrong(const Wrong &c) {
  for (const char *ext : {".xlsx", ".csv"}) {
    const std::string name = std::string(c.name) + ext;
    CheckResult r = check(name);
    ASSERT_EQ(finding_cells(r, Severity::Error), c.cell) << name << "\n" << check_text(r);
    EXPECT_EQ(first_finding(r, Severity::Error).rule, c.rule) << name;
    EXPECT_EQ(r.findings.size(), 1u) << name << "\n" << check_text(r);
    EXPECT_TRUE(r.unchecked.empty()) << name << "\n" << check_text(r);
  }
}
} // namespace

// Before: "rows read as totals ('Total net revenue budget') agree with no
// reading of the rows above them", nothing checked.
TEST(GroupLayouts, AGroupsTotalOnItsHeadingRowAddsTheLinesIndentedUnderIt) {
  expect_right({"indented-right", 8});
  expect_wrong({"indented-heading-wrong", "C9", rules::kColumnTotal});
  expect_wrong({"indented-line-wrong", "B14", rules::kColumnTotal});
  expect_wrong({"indented-grand-wrong", "C19", rules::kColumnTotal});
}

// Headings whose figures are lines of their own, and subtotals under their
// lines with the next group's lines indented under them: no heading is read
// as a total over the lines under it.
TEST(GroupLayouts, IndentedLinesMakeNoTotalOfARowTheyDoNotAddUpTo) {
  expect_right({"indented-not-totals", 2});
  expect_right({"subtotals-below", 8});
}

// Before: "1 row named as a total ('Total short-term investments') was found
// but not understood": the "of which:" heading between it and its lines was
// taken for a gap.
TEST(GroupLayouts, ATotalAboveAnOfWhichHeadingAddsTheLinesUnderIt) {
  expect_right({"top-right", 2});
  expect_wrong({"top-total-wrong", "C5", rules::kColumnTotal});
  expect_wrong({"top-line-wrong", "B5", rules::kColumnTotal});
}

// Before: the gross figure wrong in one of two columns made it no subtotal
// by its figures, and 'Total long-term debtors' agreed with no reading.
TEST(GroupLayouts, AGrossLineWrongInOneColumnIsFoundAtItself) {
  expect_right({"gross-right", 4});
  expect_wrong({"gross-gross-wrong", "B9", rules::kColumnTotal});
  expect_wrong({"gross-total-wrong", "C11", rules::kColumnTotal});
}

// Before (csv only): the first block was read as a summary by year with no
// Total, and the rest, cut off from the year headings by the blank row,
// left 'Cumulative efficiencies' unchecked: the figures under the years
// after the blank row are text in a csv ("(0.70)").
TEST(GroupLayouts, ACsvPlanRunsOnPastItsBlankRowsUnderItsYears) {
  expect_right({"plan-right", 8});
  expect_wrong({"plan-line-wrong", "D14", rules::kColumnTotal});
  expect_wrong({"plan-cumulative-wrong", "E15", rules::kCumulativeTotal});
}
