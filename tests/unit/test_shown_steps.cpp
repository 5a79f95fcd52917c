// The step a number cell's format shows it to (0.000: three decimals;
// #,##0, : thousands), kept by every workbook reader (issue 17), on the
// workbooks tests/data/shown_steps/make_shown_steps.py writes.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "engine/check.hpp"
#include "import/open.hpp"
#include "import/xlsx/number_formats.hpp"
#include "support/checked_data.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
std::string data(const std::string &name) { return source_dir() + "/tests/data/shown_steps/" + name; }

// "3 dp", "1 dp / 1,000", "?" (not known): a code as a person reads it.
std::string said(std::uint8_t code) {
  if (code == shown_step::kUnknown) return "?";
  std::string s = std::to_string(shown_step::decimals(code)) + " dp";
  for (int k = 0; k < shown_step::thousands(code); ++k) s += " / 1,000";
  return s;
}

// Column A's format code and column B's number's step, row by row.
std::vector<std::pair<std::string, std::string>> steps_of(const Workbook &wb) {
  std::vector<std::pair<std::string, std::string>> out;
  const Sheet &s = wb.sheets.at(0);
  for (const Cell &c : s.cells) {
    if (c.col != 1 || c.row == 0) continue;
    const Cell *label = s.cell_at(c.row, 0);
    std::string code = label && label->type == CellType::String ? std::string(wb.text(*label)) : "";
    out.emplace_back(code, c.type == CellType::Number ? said(c.shown) : "not a number");
  }
  return out;
}

// What the generator writes, in its order: each reader must keep the same.
const std::vector<std::pair<std::string, std::string>> kExpected = {
    {"General", "?"},
    {"0", "0 dp"},
    {"0.000", "3 dp"},
    {"#,##0.0", "1 dp"},
    {"#,##0,", "0 dp / 1,000"},
    {"0.0,,", "1 dp / 1,000 / 1,000"},
    {"#,##0.00_);(#,##0.00)", "2 dp"},
    {"\"\xC2\xA3\"#,##0.00", "2 dp"},
    {"[Red]0.00;[Blue]-0.0", "?"}, // negatives shown to another step than positives
    {"0.0%", "?"},
    {"0.00E+00", "?"},
    {"# ?/?", "?"},
    {"@", "?"},
    {"#,##0,\"k\"", "0 dp / 1,000"},
};
} // namespace

TEST(ShownSteps, FormatCodes) {
  using xlsx::format_code_step;
  EXPECT_EQ(said(format_code_step("General")), "?");
  EXPECT_EQ(said(format_code_step("0.000")), "3 dp");
  EXPECT_EQ(said(format_code_step("#,##0")), "0 dp");
  EXPECT_EQ(said(format_code_step("#,##0.0")), "1 dp");
  EXPECT_EQ(said(format_code_step("\xC2\xA3#,##0,")), "0 dp / 1,000");
  EXPECT_EQ(said(format_code_step("[$\xC2\xA3-809]#,##0.00")), "2 dp");
  EXPECT_EQ(said(format_code_step("_(* #,##0.00_);_(* \\(#,##0.00\\);_(* \"-\"??_);_(@_)")), "2 dp");
  EXPECT_EQ(said(format_code_step("#,##0.0;(#,##0.0)")), "1 dp");
  EXPECT_EQ(said(format_code_step("0.00;(0.0)")), "?");
  EXPECT_EQ(said(format_code_step("0.0#")), "2 dp"); // rounded to two decimals, trailing zeros dropped
  EXPECT_EQ(said(format_code_step("0%")), "?");
  EXPECT_EQ(said(format_code_step("[h]:mm")), "?");
  EXPECT_EQ(said(format_code_step("\"\xC2\xA3m \"0.000")), "3 dp"); // a 0 in quotes is text
  EXPECT_EQ(said(format_code_step("\"Total\"")), "?");              // no digit shown
  EXPECT_EQ(said(xlsx::builtin_format_step(0)), "?");
  EXPECT_EQ(said(xlsx::builtin_format_step(2)), "2 dp");
  EXPECT_EQ(said(xlsx::builtin_format_step(3)), "0 dp");
  EXPECT_EQ(said(xlsx::builtin_format_step(10)), "?"); // 0.00%
  EXPECT_EQ(said(xlsx::builtin_format_step(14)), "?"); // a date
}

TEST(ShownSteps, XlsxKeepsEachNumberCellsStep) { EXPECT_EQ(steps_of(open_workbook(data("formats.xlsx"))), kExpected); }

TEST(ShownSteps, OdsKeepsEachNumberCellsStep) {
  // LibreOffice writes each format as a data style (decimal places, a
  // display factor of 1,000) and a percentage as its own value type.
  EXPECT_EQ(steps_of(open_workbook(data("formats.ods"))), kExpected);
}

TEST(ShownSteps, XlsKeepsEachNumberCellsStep) { EXPECT_EQ(steps_of(open_workbook(data("formats.xls"))), kExpected); }

TEST(ShownSteps, CellStaysSixteenBytes) {
  static_assert(sizeof(Cell) == 16);
  Cell c;
  EXPECT_EQ(c.shown, shown_step::kUnknown);
  c.formula = true;
  c.shown = shown_step::code(15, 3);
  EXPECT_TRUE(c.formula);
  EXPECT_EQ(shown_step::decimals(c.shown), 15);
  EXPECT_EQ(shown_step::thousands(c.shown), 3);
}

// The council's year tables: the rounding a total may show is what its
// figures' formats show, not one unit of the table (GBP 1m in a GBP m table).
namespace {
std::string errors(const CheckResult &r) { return finding_cells(r, Severity::Error); }
std::string notes(const CheckResult &r) { return finding_cells(r, Severity::Info); }
std::string messages(const CheckResult &r) {
  std::string out;
  for (const auto &f : r.findings) out += f.rule + ": " + f.message + "\n";
  return out;
}
} // namespace

TEST(ShownSteps, ThreeDecimalYearTableTotalOneMillionOffIsAnError) {
  // Every figure shown to 0.000: GBP 1m is a thousand steps, no rounding.
  CheckResult r = check_data("shown_steps", "years-3dp-total-off.xlsx");
  EXPECT_EQ(errors(r), "C5") << messages(r);
  EXPECT_EQ(notes(r), "") << messages(r);
  EXPECT_EQ(first_finding(r, Severity::Error).rule, "column-total-mismatch");
}

TEST(ShownSteps, ThreeDecimalYearTableTotalWithinItsRoundingIsANote) {
  // Held 0.0004 over its lines, it shows their sum: rounding, said as the
  // formats' rounding (two steps of 0.001: the total's half and three halves).
  CheckResult r = check_data("shown_steps", "years-3dp-total-near.xlsx");
  EXPECT_EQ(errors(r), "") << messages(r);
  ASSERT_EQ(notes(r), "C5") << messages(r);
  EXPECT_NE(first_finding(r, Severity::Info)
                .message.find("within the rounding of the figures as their formats show "
                              "them, 0.002m"),
            std::string::npos)
      << messages(r);
}

TEST(ShownSteps, TotalShownToFewerDecimalsThanItsLinesIsNoError) {
  // 45.27 + 31.48 + 12.34 + 8.46 = 97.55 shown to 0.00; the Total 97.6 shown
  // to 0.0 is their sum rounded to its own step.
  CheckResult r = check_data("shown_steps", "years-total-1dp.xlsx");
  EXPECT_EQ(errors(r), "") << messages(r);
  EXPECT_EQ(notes(r), "B6 C6") << messages(r);
}

TEST(ShownSteps, GeneralFormatKeepsOneUnit) {
  // General shows as many decimals as fit: the step is not known, and the
  // allowance stays one unit of the table, as before formats were read.
  CheckResult r = check_data("shown_steps", "years-general-total-off.xlsx");
  EXPECT_EQ(errors(r), "") << messages(r);
  ASSERT_EQ(notes(r), "C5") << messages(r);
  EXPECT_NE(first_finding(r, Severity::Info).message.find("(within the tolerance of 1m)"), std::string::npos)
      << messages(r);
}

TEST(ShownSteps, RowTotalShownToFewerDecimalsIsNoError) {
  // Years to 0.00, a Total column to 0.0: Depot 0.85 + 1.27 + 0.42 = 2.54, Total 2.5.
  CheckResult r = check_data("shown_steps", "row-total-1dp.xlsx");
  EXPECT_EQ(errors(r), "") << messages(r);
  EXPECT_EQ(notes(r), "E2 E3 E4") << messages(r);
}
