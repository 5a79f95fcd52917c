// The step a number cell's format shows it to (0.000: three decimals;
// #,##0, : thousands), kept by every workbook reader (issue 17), on the
// workbooks tests/data/shown_steps/make_shown_steps.py writes.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "import/open.hpp"
#include "import/xlsx/number_formats.hpp"
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
