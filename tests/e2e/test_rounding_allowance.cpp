// The default rounding allowance: a difference up to one unit of the table is
// rounding, but never more than the rounding of its figures as written allows.
// A table in £m written to three decimals is rounded to £1,000: a £1m
// difference there is an error, not a note (it was an info note with exit 0).
// Only where every figure is written to that step: a CSV's figures written
// alike (text, so "2.210" shows its three decimals). Figures written to
// different steps ("100", "300.5"), a workbook's number cells (which hold
// more than their format shows) and the council's year tables keep one unit;
// --tolerance, when given, is taken as given.
#include <gtest/gtest.h>

#include <string>

#include "engine/check.hpp"
#include "support/checks.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
std::string data(const std::string &name) { return source_dir() + "/tests/data/rounding/" + name; }

// The rule of the one finding at `cell`, or "" where there is none.
std::string rule_at(const CheckResult &r, const std::string &cell) {
  for (auto &f : r.findings)
    if (f.cell && a1(*f.cell) == cell) return f.rule;
  return "";
}
} // namespace

TEST(RoundingAllowance, ATableInMillionsToThreeDecimalsOffByAMillionIsAnError) {
  // tests/data/rounding/make_decimal_tables.py
  EXPECT_EQ(rule_at(check_file(data("millions-total-off.csv")), "B5"), "column-total-mismatch");
  EXPECT_EQ(rule_at(check_file(data("pence-total-off.csv")), "B5"), "column-total-mismatch");
  // Most figures to three decimals, a few shorter as a program writes them.
  EXPECT_EQ(rule_at(check_file(data("millions-unpadded-off.csv")), "B7"), "column-total-mismatch");
  // Not yet for a summary by year: its figures reach the rules as amounts,
  // their text unknown there.
  EXPECT_EQ(rule_at(check_file(data("years-millions-off.csv")), "B5"), "rounding-difference");
}

TEST(RoundingAllowance, FiguresWrittenToDifferentStepsKeepOneUnit) {
  // One figure written 300.5 among whole pounds: 0.5 off is its rounding.
  EXPECT_EQ(rule_at(check_file(data("mixed-written.csv")), "C6"), "rounding-difference");
  EXPECT_EQ(rule_at(check_file(data("mixed-subtotal.csv")), "C5"), "rounding-difference");
}

TEST(RoundingAllowance, OneStepOfTheFiguresAsWrittenIsStillRounding) {
  EXPECT_EQ(rule_at(check_file(data("millions-rounding.csv")), "B5"), "rounding-difference");
}

TEST(RoundingAllowance, AToleranceGivenIsTakenAsGiven) {
  RunResult r = run({"check", "--format", "json", "--tolerance", "1", data("millions-total-off.csv")});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("\"rule\": \"rounding-difference\""), std::string::npos) << r.out;
  RunResult d = run({"check", "--format", "json", data("millions-total-off.csv")});
  EXPECT_EQ(d.status, 1) << d.err;
}

TEST(RoundingAllowance, AWorkbooksNumberCellsKeepOneUnit) {
  // The same figures as numbers in an .xlsx: their format may show them to
  // no decimals at all, so a difference under one unit stays a note.
  std::string path = write_xlsx({{"Financing",
                                  {{"A1", std::string("Capital financing (GBP millions)")},
                                   {"B1", std::string("Budget")},
                                   {"C1", std::string("Outturn")},
                                   {"A2", std::string("Borrowing")},
                                   {"B2", 0.133},
                                   {"C2", 0.0},
                                   {"A3", std::string("Grants")},
                                   {"B3", 0.599},
                                   {"C3", 0.596},
                                   {"A4", std::string("Receipts")},
                                   {"B4", 2.216},
                                   {"C4", 3.197},
                                   {"A5", std::string("Total capital financing")},
                                   {"B5", 3.448},
                                   {"C5", 3.793}}}});
  EXPECT_EQ(rule_at(check_file(path), "B5"), "rounding-difference");
}

TEST(RoundingAllowance, ATotalRowOfWholePoundsIsAllowedOnlyItsLinesRounding) {
  // tester23 d12: GBP 10 off a GBP 24.9m 'Total Income' of five whole-pound
  // lines was a note, 'within the rounding of the table's figures, 24' (a
  // part in a million of the total): the lines are in view, two steps at most.
  EXPECT_EQ(rule_at(check_file(data("large-pounds-off.csv")), "B7"), "column-total-mismatch");
}

TEST(RoundingAllowance, AToleranceGivenIsNotWidenedByTheAggregateAllowance) {
  // A Year total across quarters keeps the part in a million (an aggregate
  // row's total is the sum of its bodies' own rounded totals) by default...
  EXPECT_EQ(rule_at(check_file(data("large-row-off.csv")), "F2"), "rounding-difference");
  // ... but a tolerance the user gives is the allowance.
  RunResult r = run({"check", "--format", "json", "--tolerance", "1", data("large-row-off.csv")});
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("\"rule\": \"row-total-mismatch\""), std::string::npos) << r.out;
}
