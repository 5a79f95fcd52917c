// A payments listing exported page by page: each page repeats the header
// and closes with a "Page total", and a "Report total" adds the pages. The
// repeated header is a page break inside one table, on the listings
// tests/data/page_headers/make_page_headers.py writes (issue 17).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const char *name) { return check_data("page_headers", name); }
} // namespace

// Each page was a table of its own, and the report total was an error
// against the last page alone.
TEST(PageHeaders, TheReportTotalAddsEveryPage) {
  CheckResult r = check("payments.csv");
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 4u) << check_text(r);
  EXPECT_EQ(r.checked.size(), 1u) << check_text(r);
}

TEST(PageHeaders, AWrongTotalOrLineIsFoundAtItsPageOrTheReportTotal) {
  CheckResult report = check("payments-wrong-report-total.csv");
  EXPECT_EQ(finding_cells(report, Severity::Error), "D24") << check_text(report);
  const Finding &f = first_finding(report, Severity::Error);
  EXPECT_EQ(f.computed->decimal(f.unit), "147791.56");
  CheckResult page = check("payments-wrong-page-total.csv");
  EXPECT_EQ(finding_cells(page, Severity::Error), "D15") << check_text(page);
  CheckResult line = check("payments-wrong-line.csv");
  EXPECT_EQ(finding_cells(line, Severity::Error), "D7") << check_text(line);
}
