// A summary by RAG rating (a count and sums per rating) over the list it
// summarises on the same sheet, its columns matched to the list's by their
// headings: each rating's figures checked against the list's lines of that
// rating; a summary the list bears out nowhere (another quarter's) is not
// compared, and nothing is claimed of it
// (tests/data/rating_summaries/make_rating_summaries.py; issue 17, tester 24 kit d33).
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("rating_summaries", name); }

std::size_t rating_tables(const CheckResult &r) {
  std::size_t n = 0;
  for (const auto &c : r.checked) n += c.kind == TableKind::RagOverview;
  return n;
}
} // namespace

TEST(RatingSummaries, ASummaryTheListBearsOutIsCheckedAndSilent) {
  for (const char *name :
       {"projects-right.csv", "projects-right.xlsx", "exceptions-right.csv", "exceptions-right.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.findings.size(), 0u) << name << check_text(r);
    EXPECT_EQ(rating_tables(r), 1u) << name << check_text(r);
  }
}

// Before: silent (the summary's Total row adds the figure as written).
TEST(RatingSummaries, ARatingsSumTheListDoesNotBearOutIsAnErrorAtIt) {
  for (const char *ext : {".csv", ".xlsx"}) {
    CheckResult r = check(std::string("projects-sum-wrong") + ext);
    ASSERT_EQ(r.findings.size(), 1u) << ext << check_text(r);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.rule, rules::kRagCount);
    EXPECT_EQ(a1(*f.cell), "C7");
    EXPECT_NE(f.message.find("'Budget \xc2\xa3"
                             "000' says 5,195 but the 6 Green lines under F11 add up to 5,375"),
              std::string::npos)
        << f.message;
  }
}

TEST(RatingSummaries, ACountTheListDoesNotBearOutIsAnErrorAtIt) {
  for (const char *ext : {".csv", ".xlsx"}) {
    CheckResult r = check(std::string("projects-count-wrong") + ext);
    ASSERT_EQ(r.findings.size(), 1u) << ext << check_text(r);
    EXPECT_EQ(r.findings[0].rule, rules::kRagCount);
    EXPECT_EQ(a1(*r.findings[0].cell), "B6");
    EXPECT_NE(r.findings[0].message.find("says 3 but 4 Amber lines are listed under F11"), std::string::npos)
        << r.findings[0].message;
  }
}

// Every figure differs: the summary counts something else; no error, and
// no check of it against the list is claimed.
TEST(RatingSummaries, ASummaryTheListBearsOutNowhereIsNotCompared) {
  for (const char *name : {"projects-other-quarter.csv", "projects-other-quarter.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.errors(), 0u) << name << check_text(r);
    EXPECT_EQ(rating_tables(r), 0u) << name << check_text(r);
  }
}

// A line with no rating inside the list (a scheme not yet rated; a subtotal
// and the next section's heading): the list read up to it is not whole, so
// the summary is not compared, and no check of it is claimed (review 26: the
// first version compared the list cut there and accused a right summary).
TEST(RatingSummaries, AListBrokenByALineWithNoRatingIsNotCompared) {
  for (const char *name :
       {"unrated-line-right.csv", "unrated-line-right.xlsx", "sections-right.csv", "sections-right.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.errors(), 0u) << name << check_text(r);
    EXPECT_EQ(rating_tables(r), 0u) << name << check_text(r);
  }
}

// Red counted with no Red line while Green is listed: not the exceptions
// only, so the list is compared exactly, never passed as 'may not exceed'
// (review 26: the first version said every total agrees).
TEST(RatingSummaries, ARedCountedAndNotListedIsNoExceptionsList) {
  for (const char *name : {"red-unlisted-green-wrong.csv", "red-unlisted-green-wrong.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_TRUE(r.errors() > 0 || rating_tables(r) == 0u) << name << check_text(r);
  }
}
