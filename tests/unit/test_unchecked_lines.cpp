// The text account names what was not checked on each sheet, one line a
// sheet (JSON says why of each): "4 figures on 1 sheet not understood
// (MTFS)" alone did not tell a reader that 'Remaining budget gap' was not
// checked (it is now, as the sum of the two totals above it). On
// tests/data/balancing_lines/surplus-unrelated-right.xlsx: a 'Surplus' line
// that is no difference nor sum of the totals above it.
#include <gtest/gtest.h>

#include <string>

#include "engine/check.hpp"
#include "export/text.hpp"
#include "support/checked_data.hpp"

using namespace fundbook;
using namespace fundbook::test;

TEST(UncheckedLines, TheTextNamesTheLinesNotCheckedOnEachSheet) {
  CheckResult r = check_data("balancing_lines", "surplus-unrelated-right.xlsx");
  const std::string text = check_text(r, TextOptions{});
  EXPECT_NE(text.find("2 figures on 1 sheet not understood (Summary)\n"
                      "  not checked on Summary: 'Surplus held in reserve' (B12:C12)\n"),
            std::string::npos)
      << text;
}

// A block whose reason names no line is named by its cells.
TEST(UncheckedLines, ABlockWithNoLineNamedIsNamedByItsCells) {
  CheckResult r = check_data("shown_steps", "formats.xlsx");
  const std::string text = check_text(r, TextOptions{});
  EXPECT_NE(text.find("\n  not checked on Summary: A7:A7, A2:B15\n"), std::string::npos) << text;
}

TEST(UncheckedLines, NothingMoreWhereEverythingWasChecked) {
  CheckResult r = check_data("shown_steps", "years-3dp-total-off.xlsx");
  const std::string text = check_text(r, TextOptions{});
  EXPECT_EQ(text.find("not checked on"), std::string::npos) << text;
}
