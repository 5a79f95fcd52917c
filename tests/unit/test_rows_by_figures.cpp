// Total rows known by their figures alone (no label, word or place names
// them), on the workbooks tests/data/make_rows_by_figures.py writes: the odd
// figure of a row whose other figures add the same block is reported; one
// column adding up, or a row as a paste-values copy writes it, says nothing.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("rows_by_figures", name); }
std::string cells(const CheckResult &r, Severity s) { return finding_cells(r, s); }
} // namespace

TEST(RowsByFigures, ARowAddingTheRowsAboveInEveryColumnIsCheckedAndAgrees) {
  CheckResult r = check("quarters-ok.xlsx");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 8u) << check_text(r);
}

TEST(RowsByFigures, TheOneFigureItsNeighboursDoNotBearOutIsWrong) {
  CheckResult r = check("quarters-wrong.xlsx");
  EXPECT_EQ(cells(r, Severity::Error), "C6") << check_text(r);
  EXPECT_EQ(cells(r, Severity::Warning), "") << check_text(r);
  const Finding &f = r.findings.front();
  EXPECT_EQ(f.rule, rules::kColumnTotal);
  EXPECT_EQ(f.stated->decimal(f.unit), "35650");
  EXPECT_EQ(f.computed->decimal(f.unit), "35450");
  // Its three other figures add the four rows above: the table's walk reads
  // it as their subtotal before the reading by figures alone is asked.
  EXPECT_NE(f.message.find("the 4 rows above it add up to 35,450"), std::string::npos) << f.message;
  EXPECT_EQ(r.totals_checked(), 8u);
}

TEST(RowsByFigures, OneWitnessIsNoStructure) {
  for (const char *name : {"two-columns-wrong.xlsx", "one-column-adds.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.findings.size(), 0u) << name << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 0u) << name;
    EXPECT_GT(r.unchecked_figures(), 0u) << name; // said, not called agreement
  }
}

TEST(RowsByFigures, ARunningFigureOverASubtotalIsReadAsItsColumnsAdd) {
  // The named Total adds the three rows above it; the row under it adds the
  // two rows before the Total and the Total itself in two columns of three.
  CheckResult r = check("running-with-subtotal.xlsx");
  EXPECT_EQ(cells(r, Severity::Error), "B6") << check_text(r);
  const Finding &f = r.findings.front();
  EXPECT_EQ(f.rule, rules::kColumnTotal);
  EXPECT_EQ(f.stated->decimal(f.unit), "2420");
  EXPECT_EQ(f.computed->decimal(f.unit), "2500");
  EXPECT_EQ(r.totals_checked(), 6u);
}
