// CSV files where the comma is the decimal mark, on the tables
// tests/data/decimal_comma/make_decimal_comma.py writes: a ';' file whose
// numbers say a decimal comma is read exactly and its totals checked; one
// whose commas may be thousands, a ',' file, or one with decimal points
// reads as before (issue 17).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("decimal_comma", name); }
} // namespace

// Before: every amount read as text, nothing checked, the two year headings
// the only "figures" the account named.
TEST(DecimalComma, ASemicolonFileWithDecimalCommasIsReadAndChecked) {
  for (const char *name : {"semicolon-comma.csv", "semicolon-space-thousands.csv"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.findings.size(), 0u) << name << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 2u) << name << "\n" << check_text(r);
    EXPECT_TRUE(r.unchecked.empty()) << name << "\n" << check_text(r);
  }
}

TEST(DecimalComma, AWrongTotalIsFoundAndItsSumShownExactly) {
  CheckResult r = check("semicolon-comma-wrong.csv");
  EXPECT_EQ(finding_cells(r, Severity::Error), "C6") << check_text(r);
  const Finding &f = first_finding(r, Severity::Error);
  EXPECT_EQ(f.rule, rules::kColumnTotal);
  EXPECT_EQ(f.stated->decimal(f.unit), "1399.1");
  EXPECT_EQ(f.computed->decimal(f.unit), "1389.1");
}

// The near misses, read as before: commas that may be thousands ('1,312' in
// a ';' file, or quoted in a ',' file) are thousands; decimal points are.
TEST(DecimalComma, FilesWhoseNumbersDoNotSayADecimalCommaReadAsBefore) {
  for (const char *name : {"semicolon-thousands.csv", "comma-thousands.csv"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.findings.size(), 0u) << name << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 1u) << name << "\n" << check_text(r); // 3 x 1,312 = 3,936
  }
  CheckResult r = check("semicolon-point.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 1u) << check_text(r);
}

// Review 18 H4: one note field that can only be a decimal comma ('4,5') in a
// ';' file whose figures say a point ('1,312,000': commas twice are
// thousands) does not switch the file: '1,312' stays 1312 and the totals
// agree (before: read 1.312, two false errors).
TEST(DecimalComma, FiguresWithCommaThousandsTwiceKeepTheCommaAsThousands) {
  CheckResult r = check("semicolon-notes-comma.csv");
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 2u) << check_text(r);
}
