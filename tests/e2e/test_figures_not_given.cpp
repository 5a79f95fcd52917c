// Official statistics write ".." (not available), "[c]" (confidential) or
// "x" (suppressed) where a return's figure is withheld, and their totals
// include it. A total that counts such a cell cannot be judged from the
// figures shown: it is said unchecked, never reported wrong. Where a table
// shows its totals pass over those cells (a workbook's SUM skips the text a
// lookup gives for a missing return), a total that alone disagrees is judged.
#include <algorithm>

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "engine/check.hpp"
#include "export/text.hpp"
#include "support/checks.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &path) { return check_file(path); }
std::size_t errors(const CheckResult &r) {
  std::size_t n = 0;
  for (auto &f : r.findings) n += f.severity == Severity::Error;
  return n;
}

// Net expenditure by authority, one authority's Education withheld: the
// published Total and England figures include the withheld 777.
std::vector<Put> by_authority(const std::string &marker) {
  std::vector<Put> cells = {{"A1", std::string("Table 1: Net current expenditure by service")},
                            {"A2", std::string("£ thousand")},
                            {"A4", std::string("Authority")},
                            {"B4", std::string("Education")},
                            {"C4", std::string("Highways")},
                            {"D4", std::string("Social care")},
                            {"E4", std::string("Total")}};
  struct Row {
    const char *name;
    double education, highways, care;
  };
  const Row rows[] = {
      {"Adur", 120, 40, 300}, {"Barnet", 900, 210, 1200}, {"Camden", 777, 180, 1500}, {"Dacorum", 300, 90, 400}};
  double total[4] = {0, 0, 0, 0};
  for (int i = 0; i < 4; ++i) {
    std::string r = std::to_string(5 + i);
    const Row &x = rows[i];
    cells.push_back({"A" + r, std::string(x.name)});
    if (i == 2)
      cells.push_back({"B" + r, marker});
    else
      cells.push_back({"B" + r, x.education});
    cells.push_back({"C" + r, x.highways});
    cells.push_back({"D" + r, x.care});
    cells.push_back({"E" + r, x.education + x.highways + x.care});
    total[0] += x.education;
    total[1] += x.highways;
    total[2] += x.care;
    total[3] += x.education + x.highways + x.care;
  }
  cells.push_back({"A9", std::string("England")});
  cells.push_back({"B9", total[0]});
  cells.push_back({"C9", total[1]});
  cells.push_back({"D9", total[2]});
  cells.push_back({"E9", total[3]});
  return cells;
}
} // namespace

TEST(FiguresNotGiven, ATotalThatCountsAWithheldFigureIsSaidUncheckedNotWrong) {
  for (std::string marker : {"..", "\xE2\x80\xA6", "x", "[c]", "[x]", ":", "c"}) {
    CheckResult r = check(write_xlsx({{"Table 1", by_authority(marker)}}));
    EXPECT_EQ(errors(r), 0u) << marker << "\n" << check_text(r);
    // Camden's Total (E7) and England's Education (B9) count the withheld
    // cell; England's Total (E9) adds the Total column, which holds no gap.
    bool camden = false, england = false;
    for (auto &u : r.unchecked) {
      if (u.block.first == CellRef{6, 4}) camden = true;
      if (u.block.first == CellRef{8, 1}) {
        england = true;
        EXPECT_NE(u.block.why.find("does not give ('" + marker + "' at B7)"), std::string::npos) << u.block.why;
      }
    }
    EXPECT_TRUE(camden && england) << marker << "\n" << check_text(r);
    EXPECT_GE(r.checked.size(), 1u) << check_text(r); // the other totals are still checked
  }
}

TEST(FiguresNotGiven, AWrongTotalBesideTheWithheldFigureIsStillCaught) {
  // Highways' England total is 50 out: no withheld cell in its column.
  auto cells = by_authority("..");
  for (auto &p : cells)
    if (p.ref == "C9") p.value = 520.0 + 50;
  CheckResult r = check(write_xlsx({{"Table 1", cells}}));
  ASSERT_EQ(errors(r), 1u) << check_text(r);
  for (auto &f : r.findings)
    if (f.severity == Severity::Error) { EXPECT_EQ(a1(*f.cell), "C9") << check_text(r); }
}

TEST(FiguresNotGiven, WhereTheTotalsPassOverTheGapsOneThatAloneDisagreesIsJudged) {
  // A lookup sheet: "..." where a return is missing, and SUM totals that
  // skip it (every total here leaves the gaps out), one of them altered.
  std::vector<Put> cells = {{"A1", std::string("Authority")},
                            {"B1", std::string("Public health")},
                            {"C1", std::string("Reserves")},
                            {"D1", std::string("Capital")}};
  double sum[3] = {0, 0, 0};
  for (int i = 0; i < 12; ++i) {
    std::string r = std::to_string(2 + i);
    cells.push_back({"A" + r, "Authority " + std::to_string(i + 1)});
    for (int c = 0; c < 3; ++c) {
      std::string at = std::string(1, char('B' + c)) + r;
      if (i == 5) {
        cells.push_back({at, std::string("...")});
        continue;
      }
      double v = 1000 + 37 * i + 101 * c;
      sum[c] += v;
      cells.push_back({at, v});
    }
  }
  cells.push_back({"A14", std::string("ENGLAND")});
  cells.push_back({"B14", sum[0]});
  cells.push_back({"C14", sum[1] + 400}); // altered
  cells.push_back({"D14", sum[2]});
  CheckResult r = check(write_xlsx({{"Check", cells}}));
  ASSERT_EQ(errors(r), 1u) << check_text(r);
  for (auto &f : r.findings)
    if (f.severity == Severity::Error) { EXPECT_EQ(a1(*f.cell), "C14") << check_text(r); }
}

namespace {
// Tables written by tests/data/text_in_figures/make_text_in_figures.py.
CheckResult check_text_data(const std::string &name) {
  return check_file(source_dir() + "/tests/data/text_in_figures/" + name);
}
std::string error_rules(const CheckResult &r) {
  std::string out;
  for (auto &f : r.findings)
    if (f.severity == Severity::Error)
      out += (out.empty() ? "" : " ") + f.rule + "@" + (f.cell ? a1(*f.cell) : std::string("-"));
  return out;
}
bool unchecked_at(const CheckResult &r, const std::string &cell, const std::string &why) {
  return std::any_of(r.unchecked.begin(), r.unchecked.end(), [&](const UncheckedFigures &u) {
    return a1(u.block.first) == cell && u.block.why.find(why) != std::string::npos;
  });
}
} // namespace

TEST(FiguresNotGiven, TextWhereAFigureBelongsIsReportedAndTheTotalOverItIsNotSaidToAgree) {
  // Budget | Actual, item B's Budget is text: read as nothing, the Budget
  // total (400, the other two items) seemed to agree, and the text was not
  // reported. The Actual total agrees with its rows: the table's structure
  // is borne out, so the text is an error, and the total over it unchecked.
  for (std::string name : {"abc", "ref", "12o", "tbc"}) {
    CheckResult r = check_text_data("budget-actual-" + name + ".csv");
    EXPECT_EQ(error_rules(r), "non-numeric-value@B3") << name << "\n" << check_text(r);
    EXPECT_TRUE(unchecked_at(r, "B5", "which is not a figure, so it was not checked")) << name << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 1u) << name << "\n" << check_text(r); // the Actual total
    EXPECT_EQ(check_text(r).find("every total checked agrees"), std::string::npos) << check_text(r);
  }
  // A figure broken in extraction from a PDF ("3 ,615") is a figure lost in
  // the writing as a typed "12O" is: in a table its other totals bear out it
  // is reported too (once an exception, no error, while a decimal comma,
  // "195,7", was one: one kind of cell, said two ways), and the total over
  // it is unchecked, said why. Where the structure is not known, it is
  // cited in the account instead (tests/data/broken_figures/).
  {
    CheckResult r = check_text_data("budget-actual-ocr.csv");
    EXPECT_EQ(error_rules(r), "non-numeric-value@B3") << check_text(r);
    EXPECT_TRUE(unchecked_at(r, "B5", "counts a figure that is not a number as written ('3 ,615' at B3)"))
        << check_text(r);
    EXPECT_EQ(r.totals_checked(), 1u) << check_text(r); // the Actual total
  }
  // A formula's error as Excel saves it, in a workbook.
  CheckResult r = check_text_data("budget-actual-error.xlsx");
  EXPECT_EQ(error_rules(r), "non-numeric-value@B3") << check_text(r);
  EXPECT_TRUE(unchecked_at(r, "B5", "counts '#REF!' at B3, which is not a figure")) << check_text(r);
}

TEST(FiguresNotGiven, NilAndWithheldMarkersWhereAFigureBelongsAreNoError) {
  for (std::string name : {"nil-dash", "nil-word", "nil-blank"}) {
    CheckResult r = check_text_data("budget-actual-" + name + ".csv");
    EXPECT_EQ(r.findings.size(), 0u) << name << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 2u) << name << "\n" << check_text(r); // nil is nothing: both agree
  }
  for (std::string name : {"marker-dots", "marker-x"}) {
    CheckResult r = check_text_data("budget-actual-" + name + ".csv");
    EXPECT_EQ(error_rules(r), "") << name << "\n" << check_text(r);
  }
}

TEST(FiguresNotGiven, TextInATableNothingElseBearsOutIsNotReportedAndNothingIsSaidToAgree) {
  // One column, its one total over the text: no other total agrees, so the
  // table's structure is not known well enough to call the text an error,
  // and its total is not counted as checked.
  CheckResult r = check_text_data("amount-text.csv");
  EXPECT_EQ(error_rules(r), "") << check_text(r);
  EXPECT_EQ(r.totals_checked(), 0u) << check_text(r);
  EXPECT_FALSE(r.unchecked.empty()) << check_text(r);
}

TEST(FiguresNotGiven, TextInAYearTableThatGivesWayToTheInferenceIsOneFindingAndABrokenFigureOneToo) {
  // A year-headed table with a Subtotal row is read as a summary by year,
  // which notes the text, then gives way to the inference of its totals,
  // which noted the same cell again: 'TBC' was two non-numeric-value errors.
  CheckResult tbc = check_text_data("year-subtotal-tbc.csv");
  EXPECT_EQ(error_rules(tbc), "non-numeric-value@B3") << check_text(tbc);
  // A figure broken in extraction is one finding too (as in any table the
  // inference reads whose structure is borne out), its totals unchecked.
  CheckResult ocr = check_text_data("year-subtotal-ocr.csv");
  EXPECT_EQ(error_rules(ocr), "non-numeric-value@B3") << check_text(ocr);
  EXPECT_FALSE(ocr.unchecked.empty()) << check_text(ocr);
}
