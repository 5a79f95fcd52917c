// Running totals over periods headed in order without a year (issue 17): a
// monthly profile Apr ... Mar (across the year's end), quarters Q1 ... Q4,
// periods P1 ... P12, months down the rows, a year-to-date row that starts
// again each April, on the tables tests/data/running_order/make_running_order.py
// writes (CSV and xlsx alike). Right copies say nothing and have their running
// totals checked; a wrong figure is found at its cell, once.
#include <gtest/gtest.h>

#include <string>

#include "engine/check.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_data("running_order", name); }

const char *const kKinds[] = {".csv", ".xlsx"};

std::string finding_rules(const CheckResult &r, Severity s) {
  std::string out;
  for (const auto &f : r.findings)
    if (f.severity == s) out += (out.empty() ? "" : " ") + f.rule;
  return out;
}
} // namespace

TEST(RunningOrder, RightCopiesSayNothingAndTheirRunningTotalsAreChecked) {
  for (const char *kind : kKinds)
    for (const char *name : {"months-right", "months-blank-right", "months-restart-right", "second-half-right",
                             "quarters-right", "periods-right", "months-down-right"}) {
      CheckResult r = check(std::string(name) + kind);
      EXPECT_EQ(r.errors(), 0u) << name << kind << "\n" << check_text(r);
      EXPECT_EQ(r.warnings(), 0u) << name << kind << "\n" << check_text(r);
      EXPECT_GT(r.totals_checked(), 0u) << name << kind << "\n" << check_text(r);
      for (const auto &u : r.unchecked)
        EXPECT_EQ(u.block.why.find("running"), std::string::npos) << name << kind << ": " << u.block.why;
    }
}

TEST(RunningOrder, AWrongCumulativeFigureIsFoundAtItsCell) {
  const std::pair<const char *, const char *> cases[] = {
      {"months-cumulative-off", "G9"},   {"months-restart-off", "U7"},     {"second-half-off", "D9"},
      {"quarters-cumulative-off", "D8"}, {"periods-cumulative-off", "G7"}, {"months-down-cumulative-off", "C11"}};
  for (const char *kind : kKinds)
    for (auto [name, cell] : cases) {
      CheckResult r = check(std::string(name) + kind);
      EXPECT_EQ(finding_cells(r, Severity::Error), cell) << name << kind << "\n" << check_text(r);
      EXPECT_EQ(finding_rules(r, Severity::Error), "cumulative-total-mismatch") << name << kind << "\n"
                                                                                << check_text(r);
    }
}

// The Cumulative row runs over the months' true sums: a wrong Total is the
// one error, not the cumulative figure beside it as well.
TEST(RunningOrder, AWrongMonthsTotalIsBlamedOnceAtIt) {
  for (const char *kind : kKinds) {
    CheckResult r = check(std::string("months-total-off") + kind);
    EXPECT_EQ(finding_cells(r, Severity::Error), "E8") << check_text(r);
    EXPECT_EQ(finding_rules(r, Severity::Error), "column-total-mismatch") << check_text(r);
  }
}

// A month with no figure at all (its Cumulative carried), or months not in
// order: the run is not known whole, so it is left unchecked, never accused.
TEST(RunningOrder, ARunNotKnownWholeOrInOrderIsLeftUncheckedNotAccused) {
  for (const char *kind : kKinds)
    for (const char *name : {"months-gap-right", "months-out-of-order"}) {
      CheckResult r = check(std::string(name) + kind);
      EXPECT_EQ(r.errors(), 0u) << name << kind << "\n" << check_text(r);
      EXPECT_EQ(r.warnings(), 0u) << name << kind << "\n" << check_text(r);
      bool said = false;
      for (const auto &u : r.unchecked) said = said || u.block.why.find("running total") != std::string::npos;
      EXPECT_TRUE(said) << name << kind << "\n" << check_text(r);
    }
}

// A Total under a column that a believed running total runs down: the
// running total's last figure says what the lines add, as another total in
// the column would, so a Total stating another figure is wrong.
TEST(RunningOrder, ATotalUnderARunningTotalsColumnIsCheckedByIt) {
  for (const char *kind : kKinds) {
    CheckResult r = check(std::string("months-down-total-off") + kind);
    EXPECT_EQ(finding_cells(r, Severity::Error), "B16") << kind << "\n" << check_text(r);
    EXPECT_EQ(finding_rules(r, Severity::Error), "column-total-mismatch") << kind << "\n" << check_text(r);
  }
}

// A total above the headings of a list (a filtered list keeps it in view):
// read where its words name the list's total or its formula its lines; a
// filter's hidden lines are left out where they are hidden.
TEST(TotalsOverHeader, RightCopiesAreCheckedAndSayNothing) {
  for (const char *name : {"filtered-right.xlsx", "list-total-above-right.csv", "list-total-above-right.xlsx",
                           "filtered-subtotal-formula.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.errors(), 0u) << name << "\n" << check_text(r);
    EXPECT_EQ(r.warnings(), 0u) << name << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 1u) << name << "\n" << check_text(r);
  }
}

TEST(TotalsOverHeader, AWrongTotalOrLineIsFoundAtTheTotal) {
  for (const char *name :
       {"filtered-total-off.xlsx", "filtered-line-off.xlsx", "list-total-above-off.csv", "list-total-above-off.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(finding_cells(r, Severity::Error), "D2") << name << "\n" << check_text(r);
    EXPECT_EQ(finding_rules(r, Severity::Error), "column-total-mismatch") << name << "\n" << check_text(r);
  }
}

// A CSV keeps no filter: a total of the lines shown cannot be checked there
// unless it adds up; 'Total budget' over a list of amounts is no sum of them.
TEST(TotalsOverHeader, WhatCannotBeKnownIsNeverAccused) {
  for (const char *name : {"filtered-right.csv", "filtered-total-off.csv", "filtered-line-off.csv",
                           "list-budget-above.csv", "list-budget-above.xlsx"}) {
    CheckResult r = check(name);
    EXPECT_EQ(r.errors(), 0u) << name << "\n" << check_text(r);
    EXPECT_EQ(r.warnings(), 0u) << name << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 0u) << name << "\n" << check_text(r);
  }
}
