// The default rounding allowance: a difference up to one unit of the table is
// rounding, but never more than the rounding of its figures as written allows.
// A table in £m written to three decimals is rounded to £1,000: a £1m
// difference there is an error, not a note (it was an info note with exit 0).
// Only where most figures are written to that step: a CSV's text ("2.210"
// shows its three decimals), a workbook's number typed as 2.21, and the
// council's year tables, whose figures are read as amounts. Figures written
// to different steps ("100", "300.5") and figures worked out by a formula
// (more decimals than anyone types) keep one unit; a total written coarser
// than its parts may be off by half its own step more; --tolerance, when
// given, is taken as given.
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
  // A summary by year too: its figures reach the rules as amounts, and the
  // step is read from them (it was a note with exit 0).
  EXPECT_EQ(rule_at(check_file(data("years-millions-off.csv")), "B5"), "column-total-mismatch");
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

namespace {
// A summary in £m as typed into a workbook: three lines and a Total, the
// figures `lines` and the Total `total` for the Budget column.
std::string millions_workbook(const std::string &name, double a, double b, double c, double total) {
  return write_xlsx({{name,
                      {{"A1", std::string("Capital financing (GBP millions)")},
                       {"B1", std::string("Budget")},
                       {"C1", std::string("Outturn")},
                       {"A2", std::string("Borrowing")},
                       {"B2", a},
                       {"C2", 0.0},
                       {"A3", std::string("Grants")},
                       {"B3", b},
                       {"C3", 0.596},
                       {"A4", std::string("Receipts")},
                       {"B4", c},
                       {"C4", 3.197},
                       {"A5", std::string("Total capital financing")},
                       {"B5", total},
                       {"C5", 3.793}}}});
}

std::string year_workbook(double total) {
  return write_xlsx({{"Summary",
                      {{"A1", std::string("Capital programme (GBP m)")},
                       {"B1", std::string("2017-18")},
                       {"C1", std::string("2018-19")},
                       {"A2", std::string("Schools")},
                       {"B2", 1.253},
                       {"C2", 2.371},
                       {"A3", std::string("Highways")},
                       {"B3", 0.698},
                       {"C3", 1.204},
                       {"A4", std::string("Libraries")},
                       {"B4", 1.017},
                       {"C4", 0.533},
                       {"A5", std::string("Total")},
                       {"B5", total},
                       {"C5", 4.108}}}});
}
} // namespace

TEST(RoundingAllowance, AWorkbooksTypedFiguresAreAsWritten) {
  // Typed to three decimals, held as typed: 0.5 (GBP 500,000) off is no
  // rounding, whatever the cells' format shows (it was a note).
  EXPECT_EQ(rule_at(check_file(millions_workbook("Typed", 0.133, 0.599, 2.216, 3.448)), "B5"), "column-total-mismatch");
  // One step off is.
  EXPECT_EQ(rule_at(check_file(millions_workbook("Step", 0.133, 0.599, 2.216, 2.949)), "B5"), "rounding-difference");
  // The council's year table in GBP m, typed to three decimals: a Total
  // GBP 10,000 off is an error, GBP 1,000 a note.
  EXPECT_EQ(rule_at(check_file(year_workbook(2.978)), "B5"), "column-total-mismatch");
  EXPECT_EQ(rule_at(check_file(year_workbook(2.969)), "B5"), "rounding-difference");
}

TEST(RoundingAllowance, ATotalWrittenCoarserThanItsPartsIsTheirRounding) {
  // 2.9 is 2.948 to one decimal: a note, not an error.
  EXPECT_EQ(rule_at(check_file(millions_workbook("Coarse", 0.133, 0.599, 2.216, 2.9)), "B5"), "rounding-difference");
  EXPECT_EQ(rule_at(check_file(year_workbook(3.0)), "B5"), "rounding-difference");
}

TEST(RoundingAllowance, FiguresWorkedOutByAFormulaKeepOneUnit) {
  // Thirds pasted as values: more decimals than any figure typed, so the
  // step they were shown to is not known and 0.5 off stays a note.
  EXPECT_EQ(rule_at(check_file(millions_workbook("Thirds", 1.0 / 3, 2.0 / 3, 4.0 / 3, 2.833333333333333)), "B5"),
            "rounding-difference");
}
