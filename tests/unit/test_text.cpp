// The text table: capped per rule with counts, a line of counts by rule, and
// a cell column wide enough for long sheet names.
#include <gtest/gtest.h>

#include <sstream>

#include "core/printable.hpp"
#include "export/text.hpp"

using namespace fundbook;

namespace {
Finding finding(const std::string &rule, const std::string &sheet, std::uint32_t row, Severity sev = Severity::Error) {
  Finding f;
  f.severity = sev;
  f.rule = rule;
  f.path = "tracker.xlsx";
  f.sheet = sheet;
  f.cell = CellRef{row, 2};
  f.message = rule + " at row " + std::to_string(row + 1);
  return f;
}
std::size_t count(const std::string &text, const std::string &what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}
} // namespace

TEST(Text, FindingsOfOneRuleAreCappedAndCounted) {
  CheckResult r;
  for (std::uint32_t i = 0; i < 1000; ++i)
    r.findings.push_back(finding("duplicate-scheme", "Tracker", i, Severity::Warning));
  r.findings.insert(r.findings.begin(), finding("row-total-mismatch", "Tracker", 5));
  std::string t = check_text(r);
  EXPECT_EQ(count(t, "[duplicate-scheme]"), 20u);
  EXPECT_EQ(count(t, "[row-total-mismatch]"), 1u) << "another rule is not buried";
  EXPECT_NE(t.find("... and 980 more duplicate-scheme findings not shown"), std::string::npos) << t;
  EXPECT_NE(t.find("By rule: row-total-mismatch 1, duplicate-scheme 1,000"), std::string::npos) << t;

  TextOptions all;
  all.max_per_rule = 0;
  std::string every = check_text(r, all);
  EXPECT_EQ(count(every, "[duplicate-scheme]"), 1000u);
  EXPECT_EQ(every.find("not shown"), std::string::npos);
  TextOptions three;
  three.max_per_rule = 3;
  EXPECT_EQ(count(check_text(r, three), "[duplicate-scheme]"), 3u);
}

TEST(Text, LongSheetNamesKeepTheColumnsInLine) {
  CheckResult r;
  r.findings.push_back(finding("row-total-mismatch", "Adult Social Care Transformation 2017-18", 40));
  r.findings.push_back(finding("row-total-mismatch", "Baseline", 7));
  std::string t = check_text(r);
  // The message column starts at the same place on every line of the table.
  std::istringstream in(t);
  std::vector<std::size_t> starts;
  for (std::string line; std::getline(in, line);) {
    auto at = line.find("row-total-mismatch at row");
    if (at != std::string::npos) starts.push_back(at);
    if (line.find("message") != std::string::npos && line.find("severity") != std::string::npos)
      starts.push_back(line.find("message"));
  }
  ASSERT_EQ(starts.size(), 3u) << t;
  EXPECT_EQ(starts[0], starts[1]) << t;
  EXPECT_EQ(starts[1], starts[2]) << t;
}

// Names and labels come from whoever saved the workbook: what reaches the
// terminal must not be able to drive it.
TEST(Printable, ControlsAndBidiAreShownAsEscapes) {
  EXPECT_EQ(printable("Capital \xC2\xA3"
                      "000 \xE2\x80\x93 2017/18"),
            "Capital \xC2\xA3"
            "000 \xE2\x80\x93 2017/18");
  EXPECT_EQ(printable(std::string("a\x1b[2Jb\0c", 8)), "a\\x1B[2Jb\\x00c");
  EXPECT_EQ(printable("x\x7fy\xC2\x85z"), "x\\x7Fy\\u0085z");
  EXPECT_EQ(printable("row \xE2\x80\xAE"
                      "45"),
            "row \\u202E45");
  EXPECT_EQ(printable("caf\xE9.xlsx"), "caf\\xE9.xlsx");
  EXPECT_EQ(printable("\xE2\x82"), "\\xE2\\x82");
  EXPECT_EQ(printable("\xC0\xAF"), "\\xC0\\xAF");
  EXPECT_EQ(printable("\xED\xA0\x80"), "\\xED\\xA0\\x80");
}

TEST(Printable, LineBreaksInALabelAreOneSpaceOrEscaped) {
  EXPECT_EQ(printable("Total\nsavings"), "Total savings");
  EXPECT_EQ(printable("Total\r\nsavings\tnet"), "Total savings net");
  EXPECT_EQ(printable("Total\r\nsavings\tnet", LineBreaks::AsEscape), "Total\\r\\nsavings\\tnet");
}

TEST(Text, ASheetNameWithAnEscapeByteCannotReachTheTerminal) {
  CheckResult r;
  Finding f = finding("row-total-mismatch", "Plan\x1b[2J", 3);
  f.path = "bids\x1b]0;title\x07.xlsx";
  f.message = "Total\nsavings: TOTAL says 8";
  r.findings.push_back(f);
  std::string out = check_text(r, {});
  EXPECT_EQ(out.find('\x1b'), std::string::npos);
  EXPECT_EQ(out.find('\x07'), std::string::npos);
  EXPECT_NE(out.find("Plan\\x1B[2J!C4"), std::string::npos);
  EXPECT_NE(out.find("bids\\x1B]0;title\\x07.xlsx"), std::string::npos);
  EXPECT_NE(out.find("Total savings: TOTAL says 8"), std::string::npos);
}
