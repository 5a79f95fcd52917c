// Tables read by their inferred structure: a total's rounding allowance is
// what its figures' number formats show (0.0: a tenth), in every workbook
// reader, as a CSV's figures as written already set it. On the workbooks
// tests/data/shown_tables/make_shown_tables.py writes: a GBP m table held to
// three decimals and shown to one.
#include <gtest/gtest.h>

#include <string>

#include "engine/check.hpp"
#include "support/checked_data.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult checked(const std::string &name) { return check_data("shown_tables", name); }
std::string errors(const CheckResult &r) { return finding_cells(r, Severity::Error); }
std::string notes(const CheckResult &r) { return finding_cells(r, Severity::Info); }
std::string messages(const CheckResult &r) {
  std::string out;
  for (const auto &f : r.findings) out += f.rule + ": " + f.message + "\n";
  return out;
}
} // namespace

TEST(ShownTables, RightTableShownToOneDecimalIsSilent) {
  CheckResult r = checked("pounds-m-1dp-right.xlsx");
  EXPECT_TRUE(r.findings.empty()) << messages(r);
  // The totals, and 'Remaining budget gap' in each year: 'Total pressures'
  // + 'Total savings and funding' (the savings written negative).
  EXPECT_EQ(r.totals_checked(), 12u);
}

// GBP 1m over its lines is ten steps of what the table shows: the rounding of
// seven figures shown to 0.1 is 0.4 at most. It was a rounding note within
// the default one unit ("how finely the workbook shows them is not known").
TEST(ShownTables, TotalOneMillionOffInATableShownToOneDecimalIsAnError) {
  CheckResult r = checked("pounds-m-1dp-total-off.xlsx");
  EXPECT_EQ(errors(r), "C11") << messages(r);
  EXPECT_EQ(notes(r), "") << messages(r);
  EXPECT_EQ(first_finding(r, Severity::Error).rule, "column-total-mismatch");
}

TEST(ShownTables, TotalHalfAMillionOffIsAnErrorToo) {
  CheckResult r = checked("pounds-m-1dp-total-half.xlsx");
  EXPECT_EQ(errors(r), "C11") << messages(r);
  EXPECT_EQ(notes(r), "") << messages(r);
}

TEST(ShownTables, TotalATenthOffIsRoundingOfTheFiguresAsShown) {
  CheckResult r = checked("pounds-m-1dp-total-near.xlsx");
  EXPECT_EQ(errors(r), "") << messages(r);
  ASSERT_EQ(notes(r), "C11") << messages(r);
  const Finding &f = first_finding(r, Severity::Info);
  EXPECT_EQ(f.rule, "rounding-difference");
  // Six lines and the total, each rounded to 0.1: floor(sqrt(7)) steps.
  EXPECT_NE(f.message.find("within the rounding of the figures as their formats show them, 0.2"), std::string::npos)
      << f.message;
}

// Under General the step is not known: one unit, as before.
TEST(ShownTables, GeneralFormatKeepsTheDefaultOneUnit) {
  CheckResult r = checked("pounds-m-general-total-off.xlsx");
  EXPECT_EQ(errors(r), "") << messages(r);
  ASSERT_EQ(notes(r), "C11") << messages(r);
  EXPECT_NE(first_finding(r, Severity::Info).message.find("how finely the workbook shows them is not known"),
            std::string::npos);
}

// The .xls reader's FORMAT/XF records and the ODS number styles give the same step.
TEST(ShownTables, XlsAndOdsReadTheStepAlike) {
  for (const char *name : {"pounds-m-1dp-total-off.xls", "pounds-m-1dp-total-off.ods"}) {
    CheckResult r = checked(name);
    EXPECT_EQ(errors(r), "C11") << name << "\n" << messages(r);
    EXPECT_EQ(notes(r), "") << name << "\n" << messages(r);
  }
}
