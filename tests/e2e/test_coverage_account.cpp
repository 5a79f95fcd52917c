// The account of what was checked (issue 17), on workbooks written by
// tests/data/coverage/make_coverage.py: what is counted as figures left
// unchecked, and how the rows of a table are named; and, on tables written
// by make_amount_account.py, that every amount is in the account.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/concat.hpp"
#include "engine/check.hpp"
#include "engine/coverage.hpp"
#include "export/json.hpp"
#include "export/report/report.hpp"
#include "export/text.hpp"
#include "import/open.hpp"
#include "support/account_audit.hpp"
#include "support/checks.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_file(source_dir() + "/tests/data/coverage/" + name); }
} // namespace

TEST(CoverageAccount, IdentifierColumnsAreNotFiguresLeftUnchecked) {
  // Charity and company numbers, supplier IDs, cost centre codes, account
  // references and a column of six-digit vendor numbers name each row's
  // thing; the Amount (whole pounds of one width) and Months columns are
  // the figures nobody checked: 16, not 64.
  CheckResult r = check("identifiers.xlsx");
  ASSERT_EQ(r.unchecked.size(), 1u) << check_text(r);
  EXPECT_EQ(r.unchecked[0].block.figures, 16u) << check_text(r);
  EXPECT_EQ(a1(r.unchecked[0].block.first) + ":" + a1(r.unchecked[0].block.last), "H4:I11");
}

TEST(CoverageAccount, ARowIsNamedByTheDescriptionBetweenTheTwoYearsFigures) {
  // A CIES laid out 2022/23 Gross | Income | Net | Description | Note |
  // 2023/24 Gross | Income | Net: the rows are named by the description, not
  // 'Row 9' or 'The total row 14'.
  CheckOptions o;
  o.threads = 1;
  CheckResult r = run_check({source_dir() + "/tests/data/finance_kinds/statement-of-accounts-altered-1.xlsx"}, o);
  std::string text = check_text(r);
  EXPECT_NE(text.find("'Environment and Waste': '2023/24 Net Expenditure' says 42,870"), std::string::npos) << text;
  EXPECT_NE(text.find("'Cost of Services' for '2023/24 Gross Expenditure' at F14 is off by the same"),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("The total row"), std::string::npos) << text;
  std::size_t errors = 0;
  for (auto &f : r.findings) errors += f.severity == Severity::Error;
  EXPECT_EQ(errors, 1u) << text; // one altered figure, one finding
}

TEST(CoverageAccount, AnUnnamedSubtotalGoneWrongIsReadAsTheOthersAre) {
  // A fund account in £m whose subtotals have no label: with one of them
  // wrong in one of its two columns (or a line under it), it adds its lines
  // in the other column only and was read as a line, so nothing was said.
  // The table's other unnamed subtotal says what such rows are.
  CheckResult r = check("unnamed-subtotals.xlsx");
  std::string errors;
  for (auto &f : r.findings)
    if (f.severity == Severity::Error && f.cell) errors += (errors.empty() ? "" : " ") + *f.sheet + "!" + a1(*f.cell);
  EXPECT_EQ(errors, "Line!C8 Subtotal!C8") << check_text(r);
}

TEST(CoverageAccount, ALoneFigureUnderTheTotalColumnIsItsTotal) {
  // No Total row, one unnamed figure under the Total column at the foot of
  // the table: the grand total of the column, checked (it was passed by in
  // silence, the table said checked).
  CheckResult r = check("foot-total.xlsx");
  std::string errors;
  for (auto &f : r.findings)
    if (f.severity == Severity::Error && f.cell) errors += (errors.empty() ? "" : " ") + *f.sheet + "!" + a1(*f.cell);
  EXPECT_EQ(errors, "Wrong!H6") << check_text(r);
}

TEST(CoverageAccount, AVarianceColumnBesideTheYearsIsChecked) {
  // 2023/24 | 2024/25 | Variance: the summary by year checked its years'
  // Total row only, and said the Variance column's 5 figures unchecked. Now
  // the table's structure is inferred (a difference column beside the
  // years, issue 17, trial2 e65): the Variance's Total is checked as a sum,
  // and each line's Variance as the later year less the earlier.
  CheckResult r = check("year-summary-variance.xlsx");
  EXPECT_TRUE(r.unchecked.empty()) << check_text(r);
  EXPECT_TRUE(r.findings.empty()) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 8u) << check_text(r);
}

TEST(CoverageAccount, ATableCheckedAcrossButNotDownIsOneTableSayingWhichWasNot) {
  // The Total service expenditure column adds up in every row; the last
  // row (a national figure) adds up to no reading of the rows above it.
  // Before: the table was listed as checked and all its 55 figures as
  // unchecked too. Now one table, saying its total rows were not checked,
  // and only the figures no checked total adds (the Reserves column).
  CheckResult r = check("one-way.xlsx");
  ASSERT_EQ(r.checked.size(), 1u) << check_text(r);
  EXPECT_EQ(r.checked[0].totals_checked, 11u) << check_text(r);
  EXPECT_EQ(r.checked[0].not_checked.rfind("the total rows were not checked: rows read as totals (row 14)", 0), 0u)
      << r.checked[0].not_checked;
  ASSERT_EQ(r.unchecked.size(), 1u) << check_text(r);
  EXPECT_EQ(a1(r.unchecked[0].block.first) + ":" + a1(r.unchecked[0].block.last), "F4:F14");
  EXPECT_EQ(r.unchecked[0].block.figures, 11u);
  EXPECT_EQ(error_cells(r), "") << check_text(r);
  // The text's closing line (and the report's Findings sheet) say it too.
  EXPECT_NE(check_text(r).find("; in By authority!A3:F14 the total rows were not checked: rows read as totals "
                               "(row 14) agree with no reading of the rows above them"),
            std::string::npos)
      << check_text(r);
}

TEST(CoverageAccount, ASummaryByYearWithNoTotalIsSaidUncheckedNotListedAsChecked) {
  // Four services by year with no Total row or column: read as a summary
  // by year, with nothing in it to check. Before: listed in tables with 0
  // totals checked and its 12 figures in neither list.
  CheckResult r = check("year-summary-no-total.xlsx");
  EXPECT_TRUE(r.checked.empty()) << check_text(r);
  ASSERT_EQ(r.unchecked.size(), 1u) << check_text(r);
  EXPECT_EQ(a1(r.unchecked[0].block.first) + ":" + a1(r.unchecked[0].block.last), "A3:D7");
  EXPECT_EQ(r.unchecked[0].block.figures, 12u);
  EXPECT_EQ(r.unchecked[0].block.why, "read as a summary by year, but it has no Total row or column to check");
}

TEST(CoverageAccount, APlanningTableWhoseTotalsAllHaveAnUnknownPartIsNotSaidToHaveNone) {
  // Every scheme's TOTAL has a 'TBC' year among its parts: the table has
  // totals, none of which could be compared. Before: said unchecked because
  // 'it has no Total row or column to check', which is false.
  CheckResult r = check("planning-tbc.xlsx");
  EXPECT_TRUE(r.checked.empty()) << check_text(r);
  ASSERT_EQ(r.unchecked.size(), 1u) << check_text(r);
  EXPECT_EQ(a1(r.unchecked[0].block.first) + ":" + a1(r.unchecked[0].block.last), "A1:G5");
  EXPECT_EQ(r.unchecked[0].block.figures, 12u); // 8 years read and 4 TOTALs
  EXPECT_EQ(r.unchecked[0].block.why,
            "read as a planning table, but its totals could not be worked out: a figure under them is not a number");
  // Its 'TBC' cells are reported on their own, inside the block said unchecked.
  EXPECT_EQ(std::count_if(r.findings.begin(), r.findings.end(),
                          [](const Finding &f) { return f.rule == "non-numeric-value"; }),
            4)
      << check_text(r);
}

TEST(CoverageAccount, APlanningTableWithNoTotalIsSaidToHaveNone) {
  // Every year a figure, but no TOTAL column and no Total row.
  CheckResult r = check("planning-no-total.xlsx");
  EXPECT_TRUE(r.checked.empty()) << check_text(r);
  ASSERT_EQ(r.unchecked.size(), 1u) << check_text(r);
  EXPECT_EQ(a1(r.unchecked[0].block.first) + ":" + a1(r.unchecked[0].block.last), "A1:F5");
  EXPECT_EQ(r.unchecked[0].block.figures, 12u);
  EXPECT_EQ(r.unchecked[0].block.why, "read as a planning table, but it has no Total row or column to check");
}

TEST(CoverageAccount, MeasuresWhoseHeadingsHoldAYearAreNotASummaryByYear) {
  // '2016/17 Actual | 2017/18 Original Budget | 2018/19 Budget £000' are
  // three measures, not a profile by year. Before: read as a summary by
  // year, its Cumulative row checked as a running total across them. Now
  // its Total row is checked by the structure inferred from the sheet. A
  // Cumulative row there (a running total, no sum of the rows above) is
  // said unchecked; before, 'Years after' (read so already) had it accused
  // as a Total, 3 errors. Headings that are years alone, perhaps with their
  // unit, still make a summary by year, its Cumulative row checked.
  CheckResult r = check("measures-by-year.xlsx");
  EXPECT_EQ(error_cells(r), "") << check_text(r);
  auto table = [&](const std::string &sheet) -> const CheckedTable * {
    for (auto &t : r.checked)
      if (t.sheet == sheet) return &t;
    return nullptr;
  };
  const CheckedTable *first = table("Years first"), *after = table("Years after"), *alone = table("Years alone");
  ASSERT_TRUE(first && after && alone) << check_text(r);
  EXPECT_EQ(to_string(first->kind), "totals-table");
  EXPECT_EQ(first->totals_checked, 3u);
  EXPECT_EQ(to_string(after->kind), "totals-table");
  EXPECT_EQ(after->totals_checked, 4u);
  EXPECT_EQ(to_string(alone->kind), "workstream-summary");
  EXPECT_EQ(alone->totals_checked, 6u); // its Total row and its Cumulative row
  std::string unchecked;
  for (auto &u : r.unchecked) {
    unchecked += concat(unchecked.empty() ? "" : " ", u.block.sheet, "!", a1(u.block.first), ":", a1(u.block.last));
    EXPECT_EQ(
        u.block.why.rfind("'Cumulative total' is a running total along the row, not a sum of the rows above it", 0), 0u)
        << u.block.why;
  }
  EXPECT_EQ(unchecked, "Years first!B9:D9 Years after!B9:E9") << check_text(r);
}

TEST(CoverageAccount, AnUncheckedSummaryByYearSaysTheFormulasInItThatWereCompared) {
  // No Total row or column, so no total to check; but its three
  // Surplus/(shortfall) figures are formulas (=B4-B5) whose saved results
  // were compared with their inputs: said, so the account does not lose them.
  CheckResult r = check("year-summary-formulas.xlsx");
  EXPECT_TRUE(r.checked.empty()) << check_text(r);
  ASSERT_EQ(r.unchecked.size(), 1u) << check_text(r);
  EXPECT_EQ(a1(r.unchecked[0].block.first) + ":" + a1(r.unchecked[0].block.last), "A3:D6");
  EXPECT_EQ(r.unchecked[0].block.figures, 9u);
  EXPECT_EQ(r.unchecked[0].block.why, "read as a summary by year, but it has no Total row or column to check; 3 "
                                      "formulas in it were compared with their inputs");
}

TEST(CoverageAccount, ACouncilShapeTableWhoseTotalRowHasNoRowsAboveItSaysSo) {
  // The wording coverage gives such a table. No workbook reaches it yet:
  // year_tables keeps no table without rows (a header right above its Total
  // row), whose figures are then in neither list (not mended here).
  FigureTable t;
  t.kind = TableKind::WorkstreamSummary;
  t.sheet = "Budget";
  t.columns = {YearKey("2023-24"), YearKey("2024-25")};
  FigureRow total;
  total.label = "Total";
  Figure a, b;
  a.amount = Money::from_pence(24000);
  b.amount = Money::from_pence(25500);
  total.values = {a, b};
  t.total_row = total;
  UncheckedBlock u = shape_not_checked(TableView(t), CellRef{2, 0}, CellRef{3, 2}, 0);
  EXPECT_EQ(u.figures, 0u); // the Total's figures are not counted among the rows'
  EXPECT_EQ(u.why, "read as a summary by year, but its Total row has no rows above it to add up");
  EXPECT_EQ(shape_not_checked(TableView(t), CellRef{2, 0}, CellRef{3, 2}, 1).why,
            "read as a summary by year, but its Total row has no rows above it to add up; 1 formula in it was "
            "compared with its inputs");
}

TEST(CoverageAccount, AnAmountOfTwoThousandAndSomeInAListIsNoYearThatSplitsIt) {
  // A payments list (tests/data/lists/make_lists.py) whose 15th amount is
  // "2,018": read as the year 2018 heading a new table, it split the list,
  // and the one block of 30 figures was said to be 'a list of 15 rows'.
  CheckResult r = check_file(source_dir() + "/tests/data/lists/payments-2018.csv");
  ASSERT_EQ(r.unchecked.size(), 1u) << check_text(r);
  EXPECT_EQ(r.unchecked[0].block.figures, 30u) << check_text(r);
  EXPECT_EQ(r.unchecked[0].block.why.rfind("a list of 30 rows ", 0), 0u) << r.unchecked[0].block.why;
}

TEST(CoverageAccount, TheClosingLineNamesATableWhoseTotalsAgreeWithNoReading) {
  // A Subtotal and a Total that are the sum of no rows above them, in either
  // column (tests/data/account/make_account.py): the JSON says why the table
  // is unchecked; the closing line said 'no table with totals was
  // recognised', hiding it.
  CheckResult r = check_file(source_dir() + "/tests/data/account/total-disagrees.csv");
  ASSERT_TRUE(r.checked.empty()) << check_text(r);
  ASSERT_EQ(r.unchecked.size(), 1u) << check_text(r);
  EXPECT_TRUE(r.unchecked[0].block.totals_unchecked);
  EXPECT_EQ(coverage_line(r.checked, r.unchecked),
            "No total was checked: in total-disagrees!B2:C7, rows read as totals ('Subtotal', 'Total') agree with no "
            "reading of the rows above them, so the table's structure is not known; 12 figures on 1 sheet not "
            "understood (total-disagrees)");
  EXPECT_EQ(check_text(r).find("no table with totals was recognised"), std::string::npos) << check_text(r);
}

TEST(CoverageAccount, TheClosingLineNamesTotalsNotCheckedBesideTotalsChecked) {
  // The same table on a sheet of its own beside one whose Total adds up:
  // the line said only the 2 totals checked and 12 figures not understood.
  CheckResult r = check_file(source_dir() + "/tests/data/account/mixed.xlsx");
  ASSERT_EQ(r.checked.size(), 1u) << check_text(r);
  EXPECT_EQ(coverage_line(r.checked, r.unchecked),
            "2 totals checked in 1 table; the totals in Detail!B2:C7 were not checked: rows read as totals "
            "('Subtotal', 'Total') agree with no reading of the rows above them, so the table's structure is not "
            "known; 12 figures on 1 sheet not understood (Detail)");
}

TEST(CoverageAccount, NoTableWithTotalsIsNeverSaidOfATableWhoseTotalsWereNotChecked) {
  // Each has a table stating totals none of which was checked, for another
  // reason each: a Total counting a figure broken in extraction, a council
  // planning table with a 'TBC' under its totals, a list with 'of which'
  // lines whose TOTAL agrees with no reading, a line named as a total in
  // block after block that agrees with no reading in any. Each closing line
  // said 'no table with totals was recognised'; now it names the table and
  // why.
  for (const char *file : {"fresh_real/broken-figure.csv", "coverage/planning-tbc.xlsx",
                           "fresh_real/of-which-hierarchy.csv", "named_lines/repeated-line-named-total.csv"}) {
    CheckResult r = check_file(source_dir() + "/tests/data/" + file);
    std::string line = coverage_line(r.checked, r.unchecked);
    EXPECT_TRUE(r.checked.empty()) << file << ": " << line;
    EXPECT_EQ(line.rfind("No total was checked: in ", 0), 0u) << file << ": " << line;
    EXPECT_EQ(line.find("no table with totals"), std::string::npos) << file << ": " << line;
  }
  // A list with no total is said as JSON says it: no total to check.
  CheckResult r = check_file(source_dir() + "/tests/data/lists/payments-2018.csv");
  EXPECT_EQ(coverage_line(r.checked, r.unchecked)
                .rfind("No total was checked: in payments-2018!E2:E31, a list of 30 rows with no row or column named "
                       "as a total and none adding up others: there was no total to check",
                       0),
            0u)
      << coverage_line(r.checked, r.unchecked);
}

TEST(CoverageAccount, ADifferenceColumnLeftWithItsTableIsSaidAsOneTheTableHas) {
  // A table whose only relation is a difference column its figures do not
  // bear out, and nothing else checked: the block lost its mark on the way
  // to the account, so the line did not say what the column is.
  CheckResult r = check_file(source_dir() + "/tests/data/total_columns/unnamed-not-total.xlsx");
  EXPECT_NE(coverage_line(r.checked, r.unchecked).find("; Budget!B2:D5 is a difference column ('Change'): not a sum"),
            std::string::npos)
      << coverage_line(r.checked, r.unchecked);
}

TEST(CoverageAccount, TheReportsWhatWasCheckedSaysTheClosingLine) {
  // The Findings sheet's "What was checked" block opens with the account's
  // closing line, made by the same function as the text's and the page's.
  CheckResult r = check_file(source_dir() + "/tests/data/account/total-disagrees.csv");
  std::string tmpl = temp_dir() + "/findings.toml";
  std::ofstream(tmpl) << "[report]\nsheets = [\"Findings\"]\n";
  std::string out = temp_dir() + "/account.xlsx";
  write_report(r, ReportStyle::load({tmpl}), out, 1700000000);
  Workbook wb = open_workbook(out);
  ASSERT_EQ(wb.sheets.size(), 1u);
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::string> text;
  for (auto &c : wb.sheets[0].cells) text[{c.row, c.col}] = std::string(wb.text(c));
  std::uint32_t row = 0;
  for (auto &[at, t] : text)
    if (at.second == 0 && t == "What was checked") row = at.first;
  ASSERT_GT(row, 0u);
  const std::string line = text[{row + 1, 0}];
  EXPECT_EQ(line, coverage_line(r.checked, r.unchecked));
  EXPECT_EQ(line.rfind("No total was checked: in total-disagrees!B2:C7, rows read as totals", 0), 0u) << line;
}

TEST(CoverageAccount, AFoldersLineNamesEachSheetWithItsFile) {
  // Two workbooks of a folder, each with a sheet 'budget' holding a table
  // whose totals agree with no reading (tests/data/account/make_account.py):
  // the line said '(budget, budget)' and 'in budget!B2:C7', not whose.
  CheckOptions o;
  o.threads = 1;
  const std::string dir = source_dir() + "/tests/data/account/folder";
  CheckResult r = run_check({dir}, o);
  ASSERT_EQ(r.unchecked.size(), 2u) << check_text(r);
  const std::string north = r.unchecked[0].path, south = r.unchecked[1].path;
  EXPECT_EQ(std::filesystem::path(north).filename(), "north.xlsx");
  EXPECT_EQ(std::filesystem::path(south).filename(), "south.xlsx");
  EXPECT_EQ(coverage_line(r.checked, r.unchecked),
            "No total was checked: in budget!B2:C7 of " + north +
                ", rows read as totals ('Subtotal', 'Total') agree with no reading of the rows above them, so the "
                "table's structure is not known; totals in 1 more place were not checked either; 24 figures on 2 "
                "sheets not understood (budget of " +
                north + ", budget of " + south + ")");
  // One workbook: its sheets are named alone, as before.
  CheckResult one = check_file(dir + "/north.xlsx");
  EXPECT_EQ(coverage_line(one.checked, one.unchecked).find("north.xlsx"), std::string::npos)
      << coverage_line(one.checked, one.unchecked);
}

TEST(CoverageAccount, TheTextNeverClaimsMoreThanTheJson) {
  // Every workbook of samples/ and tests/data/: where the JSON checked no
  // total, the text says no total was checked and none agrees; its counts
  // are the JSON's; figures the JSON leaves unchecked are said; 'no table
  // with totals' never where the JSON names totals not checked. The shared
  // corpus is audited under the realworld label (tests/realworld/
  // account_audit.cpp).
  std::size_t files = 0;
  for (const char *dir : {"/samples", "/tests/data"})
    for (const std::string &path : workbooks_under(source_dir() + dir)) {
      ++files;
      for (auto &c : account_claims_beyond_json(path)) ADD_FAILURE() << path << ": " << c;
    }
  EXPECT_GT(files, 200u);
  // And folders checked as one run, as the page checks an upload.
  for (const char *dir : {"/samples", "/tests/data/account/folder", "/tests/data/coverage"})
    for (auto &c : account_claims_beyond_json(source_dir() + dir)) ADD_FAILURE() << dir << ": " << c;
}

TEST(CoverageAccount, EveryAmountIsCheckedOrSaidUnchecked) {
  // The invariant of the account, on tables of several shapes written by
  // tests/data/coverage/make_amount_account.py (amounts.tsv names each
  // file's amount cells): every amount lies in a range of `tables` or of
  // `unchecked`. Before, whole-dollar amounts of one width were taken for
  // identifiers (out of the count, and of the range where they were at its
  // edge) and a summary by year's column of text figures right of its
  // years was passed by: in neither list.
  const std::string dir = source_dir() + "/tests/data/coverage/amount_account/";
  std::ifstream list(dir + "amounts.tsv");
  std::string line;
  std::size_t files = 0, amounts = 0;
  while (std::getline(list, line)) {
    if (line.empty()) continue;
    ++files;
    const std::string name = line.substr(0, line.find('\t'));
    const nlohmann::json d = nlohmann::json::parse(check_json(check_file(dir + name)));
    std::vector<std::pair<CellRef, CellRef>> covered, checked;
    for (const char *key : {"tables", "unchecked"})
      for (const auto &b : d[key])
        if (auto r = parse_a1_range(b["range"].get<std::string>())) {
          covered.push_back(*r);
          if (key == std::string("tables")) checked.push_back(*r);
        }
    auto inside = [](const std::vector<std::pair<CellRef, CellRef>> &in, std::uint32_t row, std::uint32_t col) {
      return std::any_of(in.begin(), in.end(), [&](auto &c) {
        return row >= c.first.row && row <= c.second.row && col >= c.first.col && col <= c.second.col;
      });
    };
    std::string missing;
    std::size_t outside_tables = 0;
    std::istringstream ranges(line.substr(line.find('\t') + 1));
    for (std::string range; ranges >> range;) {
      auto r = parse_a1_range(range);
      ASSERT_TRUE(r) << range;
      for (std::uint32_t row = r->first.row; row <= r->second.row; ++row)
        for (std::uint32_t col = r->first.col; col <= r->second.col; ++col) {
          ++amounts;
          if (!inside(covered, row, col)) missing += concat(" ", a1(row, col));
          outside_tables += !inside(checked, row, col);
        }
    }
    EXPECT_EQ(missing, "") << name << ": amounts in neither `tables` nor `unchecked`";
    // And counted: a range said unchecked holds no amount its count leaves out.
    EXPECT_GE(d["summary"]["unchecked_figures"].get<std::size_t>(), outside_tables) << name;
  }
  EXPECT_EQ(files, 7u);
  EXPECT_EQ(amounts, 56u + 48u + 30u + 27u + 24u + 9u + 8u);
}

TEST(CoverageAccount, YearsVersionsAndCodesOfAnExportAreNotCountedAsFigures) {
  // A data export whose headings run their words together ("BudgetYear",
  // "HeadNumber"): its dataset version, years and codes written '05' are
  // no amounts; the 24 amounts (two columns) are what is said unchecked,
  // with a column of amounts between 1900 and 2100 that no heading names as
  // years among them. Before: 48, the version and years counted as figures.
  CheckResult r = check_file(source_dir() + "/tests/data/coverage/amount_account/camel-export.csv");
  EXPECT_EQ(r.unchecked_figures(), 24u) << check_text(r);
}
