// Tables of any shape: the structure inferred from the sheet (total rows and
// columns by their words, hierarchies, chained totals), readings tried before
// an error, rounding at the table's own precision, and the account of what
// was checked and what was not.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "core/concat.hpp"
#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/text.hpp"
#include "import/layout/structure/infer.hpp"
#include "import/layout/structure/total_words.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;
using structure::TotalWord;

namespace {
CheckResult check(const std::string &path) {
  CheckOptions o;
  o.threads = 1;
  return run_check({path}, o);
}
std::vector<const Finding *> with_severity(const CheckResult &r, Severity s) {
  std::vector<const Finding *> out;
  for (auto &f : r.findings)
    if (f.severity == s) out.push_back(&f);
  return out;
}
std::string cells_of(const std::vector<const Finding *> &fs) {
  std::string s;
  for (auto *f : fs) s += concat(s.empty() ? "" : " ", a1(*f->cell));
  return s;
}
Put n(const char *ref, double v) { return {ref, v}; }
Put t(const char *ref, const char *s) { return {ref, std::string(s)}; }
} // namespace

TEST(LineArithmetic, TheFormsRevenueReturnsWrite) {
  auto read = [](const char *label) -> std::string {
    auto a = structure::line_arithmetic(normalise_label(label));
    if (!a) return "none";
    return a->readable ? a->text : "unreadable";
  };
  EXPECT_EQ(read("TOTAL SERVICE EXPENDITURE (total of lines 1 to 9)"), "lines 1 to 9");
  EXPECT_EQ(read("SUB-TOTAL (total of lines 10 to 19)"), "lines 10 to 19");
  EXPECT_EQ(read("NET CURRENT EXPENDITURE (lines 10 minus 11)"), "line 10 - line 11");
  EXPECT_EQ(read("Net expenditure (line 20 minus line 21)"), "line 20 - line 21");
  EXPECT_EQ(read("TOTAL (lines 30 + 31 - 32)"), "line 30 + line 31 - line 32");
  EXPECT_EQ(read("COUNCIL TAX REQUIREMENT (line 16 minus lines 17 and 18)"), "line 16 - line 17 - line 18");
  EXPECT_EQ(read("Total (lines 1-9)"), "lines 1 to 9");
  EXPECT_EQ(read("REVENUE EXPENDITURE (TOTAL OF LINES 785 TO 793)"), "lines 785 to 793");
  // A line named with no arithmetic about it is a reference, not a sum.
  EXPECT_EQ(read("Specific and special grants outside AEF [SG line 799 as income]"), "none");
  EXPECT_EQ(read("Guidelines"), "none");
  EXPECT_EQ(read("Total expenditure"), "none");
  // Arithmetic past reading is said so, not guessed.
  EXPECT_EQ(read("Total (lines 1 to 9 excluding line 5)"), "unreadable");
  // A comma, "and" or dash after a line that no other line follows is no
  // operator: these labels merely mention a line, and are read by place.
  EXPECT_EQ(read("Line 10 - Housing"), "none");
  EXPECT_EQ(read("Line 5, other grants"), "none");
  EXPECT_EQ(read("lines 1 and 2 (see note)"), "none");
  EXPECT_EQ(read("Line 3 to reserves"), "none");
  EXPECT_EQ(read("lines 1 and 2"), "line 1 + line 2");
  EXPECT_EQ(read("Net (line 10 - line 11)"), "line 10 - line 11");
}

// A return's net line worked out from two lines, one of them withheld ("[c]")
// in one year: the row is said unchecked as a whole, no year of it also
// listed as checked.
TEST(LineArithmetic, ADifferenceWithAWithheldLineIsNotBothCheckedAndUnchecked) {
  std::vector<Put> p = {t("A1", "Line"), t("B1", "Description"), t("C1", "2024-25"), t("D1", "2023-24")};
  const char *names[] = {"Education", "Highways", "Social care"};
  double c[] = {41285, 3841, 11824}, d[] = {39821, 3692, 10987};
  for (int i = 0; i < 3; ++i) {
    std::string row = std::to_string(2 + i);
    p.push_back({"A" + row, double(1 + i)});
    p.push_back({"B" + row, std::string(names[i])});
    p.push_back({"C" + row, c[i]});
    p.push_back({"D" + row, d[i]});
  }
  double tc = c[0] + c[1] + c[2], td = d[0] + d[1] + d[2];
  p.insert(p.end(), {n("A5", 4), t("B5", "TOTAL SERVICE EXPENDITURE (total of lines 1 to 3)"), n("C5", tc), n("D5", td),
                     n("A6", 5), t("B6", "Specific grants"), n("C6", 9810), t("D6", ".."), n("A7", 6),
                     t("B7", "NET EXPENDITURE (line 4 minus line 5)"), n("C7", tc - 9810), n("D7", td - 9400)});
  CheckResult r = check(write_xlsx({{"RA", p}}, "withheld-difference.xlsx"));
  for (auto &f : r.findings) { // nothing said of the net line
    if (!f.cell) continue;
    EXPECT_NE(f.cell->row, 6u) << check_text(r);
  }
  bool unchecked = false;
  for (auto &u : r.unchecked) unchecked |= u.block.first.row <= 6 && u.block.last.row >= 6; // sheet row 7, zero-based
  EXPECT_TRUE(unchecked) << check_text(r);
  // Line 4's two years are the totals checked; nothing on line 6.
  EXPECT_EQ(r.totals_checked(), 2u) << check_text(r);
}

// An RA-style return whose lines official statistics' markers stand in for
// ('..' and '.' not available, 'x' and '[x]' suppressed, '[c]'
// confidential, '[z]' not applicable, '*'): no cell is non-numeric, and the
// arithmetic that needs a marked line is said unchecked with why. Before,
// the summary by year read the table first (its years head it) and left a
// non-numeric-value error at each marker when it handed the table on.
TEST(LineArithmetic, MarkersForFiguresNotGivenLeaveTheArithmeticUncheckedNotNonNumeric) {
  auto form = [](std::vector<Put> marks) {
    std::vector<Put> p = {t("A1", "REVENUE ACCOUNT (RA)"), t("A3", "Line"), t("B3", "Description"), t("C3", "2024-25"),
                          t("D3", "2023-24")};
    const char *names[] = {"Education", "Highways", "Social care"};
    double c[] = {41285, 3841, 11824}, d[] = {39821, 3692, 10987};
    for (int i = 0; i < 3; ++i) {
      std::string row = std::to_string(4 + i);
      p.insert(p.end(),
               {{"A" + row, double(1 + i)}, {"B" + row, std::string(names[i])}, {"C" + row, c[i]}, {"D" + row, d[i]}});
    }
    double tc = c[0] + c[1] + c[2], td = d[0] + d[1] + d[2];
    p.insert(p.end(), {n("A7", 4), t("B7", "TOTAL SERVICE EXPENDITURE (total of lines 1 to 3)"), n("C7", tc),
                       n("D7", td), n("A8", 5), t("B8", "Specific grants"), n("C8", 9810), n("D8", 9400), n("A9", 6),
                       t("B9", "NET EXPENDITURE (line 4 minus line 5)"), n("C9", tc - 9810), n("D9", td - 9400)});
    for (auto &m : marks) // over the figure written there
      std::erase_if(p, [&](const Put &q) { return q.ref == m.ref; });
    p.insert(p.end(), marks.begin(), marks.end());
    return p;
  };
  struct Case {
    const char *name;
    std::vector<Put> marks;
    std::string unchecked; // the first block said unchecked, and the start of its why
  };
  std::vector<Case> cases = {
      {"dots",
       {t("D5", "..")},
       "D7:D7 'TOTAL SERVICE EXPENDITURE (total of lines 1 to 3)' for '2023-24' counts a figure the table does not "
       "give ('..' at D5)"},
      {"dot",
       {t("D8", ".")},
       "C9:D9 'NET EXPENDITURE (line 4 minus line 5)' is line 4 - line 5 of lines the table "
       "does not give in full"},
      // The net line's own figure not given: nothing to compare there, so the
      // line it would take off is counted by no check, and said.
      {"z", {t("D9", "[z]")}, "D8:D8 'Specific grants' is counted by no check"},
      {"x",
       {t("C5", "x"), t("D5", "[x]")},
       "C7:D7 'TOTAL SERVICE EXPENDITURE (total of lines 1 to 3)' is lines 1 to 3, and in every column one of those "
       "lines is not given"},
      {"c",
       {t("C6", "*"), t("D6", "[c]")},
       "C7:D7 'TOTAL SERVICE EXPENDITURE (total of lines 1 to 3)' is lines 1 to 3, and in every column one of those "
       "lines is not given"},
  };
  for (auto &k : cases) {
    CheckResult r = check(write_xlsx({{"RA", form(k.marks)}}, concat("markers-", k.name, ".xlsx")));
    EXPECT_TRUE(r.findings.empty()) << k.name << "\n" << check_text(r);
    if (k.unchecked.empty()) {
      EXPECT_TRUE(r.unchecked.empty()) << k.name << "\n" << check_text(r);
      continue;
    }
    ASSERT_FALSE(r.unchecked.empty()) << k.name << "\n" << check_text(r);
    const UncheckedBlock &b = r.unchecked[0].block;
    std::string said = concat(a1(b.first), ":", a1(b.last), " ", b.why);
    EXPECT_EQ(said.rfind(k.unchecked, 0), 0u) << k.name << "\n" << said;
  }
}

TEST(TotalWords, TheFormsRealTablesUse) {
  auto w = [](const char *s) { return structure::total_word(normalise_label(s)); };
  EXPECT_EQ(w("Total"), TotalWord::Total);
  EXPECT_EQ(w("TOTAL"), TotalWord::Total);
  EXPECT_EQ(w("Totals"), TotalWord::Total);
  EXPECT_EQ(w("Net total"), TotalWord::Total);
  EXPECT_EQ(w("Total \xc2\xa3"
              "000"),
            TotalWord::Total);
  EXPECT_EQ(w("TOTAL SERVICE EXPENDITURE (total of lines 1 to 9)"), TotalWord::Total);
  EXPECT_EQ(w("Subtotal Revenue"), TotalWord::Subtotal);
  EXPECT_EQ(w("SUB-TOTAL (total of lines 749 to 783)"), TotalWord::Subtotal);
  EXPECT_EQ(w("Grand Total Including Deferred"), TotalWord::Grand);
  EXPECT_EQ(w("Totally new scheme"), TotalWord::None);
  EXPECT_EQ(w("% of total"), TotalWord::None);
  EXPECT_EQ(w("Total number of staff"), TotalWord::None);
  EXPECT_EQ(w("Sales Tax"), TotalWord::None);
  EXPECT_TRUE(structure::names_non_amount(normalise_label("Share %")));
  // A rate quoted in the heading says what the amounts are about; a '%'
  // after a year or a period is the figures' unit.
  for (const char *s : {"% of total", "Change %", "2024/25 %", "2025 %", "Q1 %", "%age", "Variance (%)", "5.5%/year %"})
    EXPECT_TRUE(structure::names_non_amount(normalise_label(s))) << s;
  for (const char *s : {"Administration (5%)", "Pay award 2.5 %", "Council tax (2.99% increase)", "VAT at 20%"})
    EXPECT_FALSE(structure::names_non_amount(normalise_label(s))) << s;
  EXPECT_FALSE(structure::names_non_amount(normalise_label("Business rates supplement")));
  EXPECT_FALSE(structure::names_non_amount(normalise_label("Investment to date")));
}

TEST(TotalWords, PeriodHeadingsInTheFormsFinanceWrites) {
  for (const char *s : {"Aug 31", "July 31", "Sept 30", "31 March", "March 2023", "Jan-24", "Q1", "Qtr 2 2023/24",
                        "Quarter 3", "2023", "2023-24", "2023/24", "FY23", "FY 2023-24", "Year 1", "Period 12", "P12"})
    EXPECT_TRUE(structure::names_period(s)) << s;
  for (const char *s : {"Total", "Accrued", "Estimated Revenues", "Change %", "Aug 31 %", "Average", "Mayor's fund",
                        "Year", "12", "Rate 2023", "Q1 variance", ""})
    EXPECT_FALSE(structure::names_period(s)) << s;
}

TEST(TotalWords, OfWhichLinesInTheFormsFinanceWrites) {
  auto part = [](const char *s) { return structure::names_part_of_line_above(normalise_label(s)); };
  for (const char *s : {"of which Drugs", "O/w Drugs", "O/W GRZ Contribution", "Of which: capital", "- of which pay",
                        "  of which grants", "(of which grants)", "o/w", "Of which",
                        "Memo: ICT recharges included above", "Grants (included in the above)"})
    EXPECT_TRUE(part(s)) << s;
  for (const char *s : {"Roads, of which rural", "Owed to suppliers", "Of whichever", "o/wing", "Overheads",
                        "Memo: capital charges", "Memorandum item", "Memorial garden", "Recharges included",
                        "Above-inflation uplift", "Capital financing costs not included above",
                        "Less: internal recharges included above", "Grants (not included in the above)"})
    EXPECT_FALSE(part(s)) << s;
}

// One test of a deduction line, for every reading that takes one off: the
// label opens with the word, after any bullet or bracket, before any mark.
TEST(TotalWords, DeductionLinesOpenWithTheirWord) {
  auto deduction = [](const char *s) { return structure::names_deduction(normalise_label(s)); };
  for (const char *s : {"Less cheques not presented", "LESS: refunds", "Less", "Deduct grants", "Minus: income",
                        "Less Developed Regions", "- Less refunds", "Less- refunds", "(Less) refunds", "Less/refunds"})
    EXPECT_TRUE(deduction(s)) << s;
  for (const char *s : {"Lessons", "Payments less refunds", "Regardless", "Minusc", "", "- Lessons", "(Less2)"})
    EXPECT_FALSE(deduction(s)) << s;
}

// A budget book's revenue table: a Subtotal, a line under it, and a Grand
// Total over the subtotal and that line (not over every row above it).
std::vector<Put> revenue_table(double grand_2020) {
  return {t("A1", "GENERAL FUND REVENUE"),
          t("A3", "Revenue Type"),
          t("B3", "FY 2019-20 Actuals"),
          t("C3", "FY 2020-21 Budget"),
          t("A4", "Property Tax"),
          n("B4", 131781702.43),
          n("C4", 126682293.16),
          t("A5", "Sales Tax"),
          n("B5", 35876786.15),
          n("C5", 41235072.34),
          t("A6", "Parking Tax"),
          n("B6", 7522988.42),
          n("C6", 8512868.38),
          t("A7", "Subtotal Revenue"),
          n("B7", 175181477.0),
          n("C7", 176430233.88),
          t("A8", "Transfers from Fund Balance"),
          n("B8", 0),
          n("C8", 14282521),
          t("A9", "Grand Total"),
          n("B9", 175181477.0),
          n("C9", grand_2020)};
}

TEST(Structure, GrandTotalOverASubtotalIsNotCountedTwice) {
  CheckResult r = check(write_xlsx({{"GPF", revenue_table(190712754.88)}}, "revenue.xlsx"));
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  ASSERT_EQ(r.checked.size(), 1u);
  EXPECT_EQ(r.checked[0].kind, TableKind::TotalsTable);
  EXPECT_EQ(r.checked[0].totals_checked, 4u); // B7 C7 B9 C9
  EXPECT_EQ(r.unchecked_figures(), 0u);
}

TEST(Structure, AWrongGrandTotalIsAnErrorAtItsCell) {
  CheckResult r = check(write_xlsx({{"GPF", revenue_table(189712754.88)}}, "revenue-wrong.xlsx"));
  auto errors = with_severity(r, Severity::Error);
  ASSERT_EQ(errors.size(), 1u) << check_text(r);
  const Finding &f = *errors[0];
  EXPECT_EQ(f.rule, rules::kColumnTotal);
  EXPECT_EQ(a1(*f.cell), "C9");
  // In the table's own unit and precision: the cents, no more.
  EXPECT_EQ(f.stated->decimal(f.unit), "189712754.88");
  EXPECT_EQ(f.computed->decimal(f.unit), "190712754.88");
  EXPECT_NE(f.message.find("'Grand Total'"), std::string::npos) << f.message;
}

// Blocks closed by unnamed subtotals (blank rows between), forecast columns
// rounded to 0.1M, a Subtotal over the blocks and a grand total over it.
std::vector<Put> expenditure_table(double grand_2016) {
  return {t("B2", "All Funds Expenditures"),
          t("B3", "Expenditure Categories"),
          t("C3", "FY 2014-15 Proposed"),
          t("D3", "FY 2015-16 Forecast"),
          t("B5", "Civilian salaries"),
          n("C5", 170226896),
          n("D5", 171400000),
          t("B6", "Civilian fringe"),
          n("C6", 56451146),
          n("D6", 62700000),
          t("B7", "Civilian retirement"),
          n("C7", 41076011),
          n("D7", 46900000),
          t("B8", "Personnel - civilian"),
          n("C8", 267754053),
          n("D8", 280900000), // 281.0 by its rows: rounding
          t("B10", "Sworn salaries"),
          n("C10", 139551088),
          n("D10", 153900000),
          t("B11", "Sworn fringe"),
          n("C11", 42327881),
          n("D11", 50300000),
          t("B12", "Personnel - sworn"),
          n("C12", 181878969),
          n("D12", 204200000),
          t("B14", "Subtotal Non-Deferred"),
          n("C14", 449633022),
          n("D14", 485100000),
          t("B16", "Land and buildings"),
          n("D16", 78000000),
          t("B17", "Equipment"),
          n("D17", 10200000),
          t("B18", "Capital acquisitions - deferred"),
          n("D18", 88200000),
          t("B20", "Subtotal Deferred"),
          n("D20", 88200000),
          t("B22", "Grand Total Including Deferred"),
          n("C22", 449633022),
          n("D22", grand_2016)};
}

TEST(Structure, UnnamedSubtotalsAndRoundedForecasts) {
  CheckResult r = check(write_xlsx({{"AllFundTables", expenditure_table(573300000)}}, "expenditure.xlsx"));
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  auto notes = with_severity(r, Severity::Info);
  // Off by one step of the forecast's $0.1M rounding: a rounding note, not an error.
  ASSERT_EQ(cells_of(notes), "D8") << check_text(r);
  EXPECT_EQ(notes[0]->rule, rules::kRounding);
}

TEST(Structure, AGrandTotalNoReadingExplainsIsAnError) {
  // The grand total copied from another fund's table: wrong in every year.
  CheckResult r = check(write_xlsx({{"AllFundTables", expenditure_table(461600000)}}, "expenditure-wrong.xlsx"));
  auto errors = with_severity(r, Severity::Error);
  ASSERT_EQ(cells_of(errors), "D22") << check_text(r);
  EXPECT_EQ(errors[0]->computed->decimal(errors[0]->unit), "573300000");
}

// A statistical return: chained total columns (each adds the total before it
// and the columns between), line numbers in a column of their own.
std::vector<Put> chained_columns(double net_row3) {
  std::vector<Put> p = {t("A1", "Revenue outturn (\xc2\xa3 thousand)"),
                        t("A3", "Code"),
                        t("B3", "Authority"),
                        t("C3", "Education"),
                        t("D3", "Highways"),
                        t("E3", "TOTAL SERVICE EXPENDITURE (total of lines 1 to 2)"),
                        t("F3", "Levies"),
                        t("G3", "Adjustments"),
                        t("H3", "NET CURRENT EXPENDITURE (total of lines 3 to 5)")};
  const char *names[] = {"Barset", "Wessex", "Loamshire", "Mercia", "Borsetshire"};
  double ed[] = {146939, 365229, 206565, 156109, 196552}, hw[] = {10838, 26239, 17938, 12542, 11962};
  double lv[] = {1985, 0, 4934, 3417, 0}, adj[] = {-12777, -6556, 421, 0, -3721};
  for (int i = 0; i < 5; ++i) {
    std::string row = std::to_string(4 + i);
    auto at = [&](char c) { return std::string(1, c) + row; };
    double tse = ed[i] + hw[i], net = tse + lv[i] + adj[i];
    if (i == 2) net = net_row3;
    p.push_back({at('A'), double(101 + i)});
    p.push_back({at('B'), std::string(names[i])});
    p.push_back({at('C'), ed[i]});
    p.push_back({at('D'), hw[i]});
    p.push_back({at('E'), tse});
    p.push_back({at('F'), lv[i]});
    p.push_back({at('G'), adj[i]});
    p.push_back({at('H'), net});
  }
  return p;
}

TEST(Structure, ChainedTotalColumns) {
  double right = 206565 + 17938 + 4934 + 421;
  CheckResult ok = check(write_xlsx({{"RS", chained_columns(right)}}, "chained.xlsx"));
  EXPECT_EQ(ok.findings.size(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 10u); // E and H on five rows; the line numbers are not added
  CheckResult near = check(write_xlsx({{"RS", chained_columns(right + 1)}}, "chained-near.xlsx"));
  ASSERT_EQ(cells_of(with_severity(near, Severity::Info)), "H6") << check_text(near);
  CheckResult wrong = check(write_xlsx({{"RS", chained_columns(right + 5000)}}, "chained-wrong.xlsx"));
  auto errors = with_severity(wrong, Severity::Error);
  ASSERT_EQ(cells_of(errors), "H6") << check_text(wrong);
  EXPECT_EQ(errors[0]->rule, rules::kRowTotal);
  EXPECT_NE(errors[0]->message.find("'Loamshire'"), std::string::npos) << errors[0]->message;
}

TEST(Structure, PercentagesAreNotAddedUnderATotal) {
  CheckResult r = check(write_xlsx(
      {{"Budget",
        {t("A1", "Service"), t("B1", "Budget"), t("C1", "% of total"), t("A2", "Libraries"), n("B2", 600), n("C2", 0.6),
         t("A3", "Parks"), n("B3", 400), n("C3", 0.4), t("A4", "Total"), n("B4", 1000), n("C4", 1)}}},
      "percent.xlsx"));
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 1u);
}

TEST(Structure, ATotalNothingExplainsInAnUnknownStructureIsLeftUnchecked) {
  // One "Total" row that adds up nothing above it and no other total to
  // show how the table works: said in the account, not raised as an error.
  CheckResult r = check(write_xlsx({{"Odd",
                                     {t("A1", "Item"), t("B1", "2019"), t("C1", "Amount"), t("A2", "Rent"),
                                      n("C2", 500), t("A3", "Rates"), n("C3", 120), t("A4", "Total"), n("C4", 9000)}}},
                                   "odd.xlsx"));
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 0u);
  ASSERT_EQ(r.unchecked.size(), 1u);
  EXPECT_NE(r.unchecked[0].block.why.find("agree with no reading"), std::string::npos) << r.unchecked[0].block.why;
}

TEST(Coverage, NothingCheckedIsNeverCalledAgreement) {
  CheckResult r = check(write_xlsx({{"Payments",
                                     {t("A1", "Supplier"), t("B1", "Amount"), t("A2", "Acme Ltd"), n("B2", 1250.5),
                                      t("A3", "Bolt & Co"), n("B3", 88), t("A4", "Cogs plc"), n("B4", 310)}}},
                                   "payments.xlsx"));
  std::string text = check_text(r);
  EXPECT_EQ(text.find("every total checked agrees"), std::string::npos) << text;
  EXPECT_NE(text.find("No total was checked"), std::string::npos) << text;
  EXPECT_NE(text.find("3 figures on 1 sheet not understood (Payments)"), std::string::npos) << text;
  ASSERT_EQ(r.unchecked.size(), 1u);
  EXPECT_EQ(a1(r.unchecked[0].block.first) + ":" + a1(r.unchecked[0].block.last), "B2:B4");
  EXPECT_TRUE(r.checked.empty());
}

TEST(Coverage, TheSeedsAreCheckedTablesOfTheirKind) {
  CheckResult r = check(source_dir() + "/samples");
  EXPECT_EQ(r.errors(), 3u);
  std::set<std::string> kinds;
  for (auto &t : r.checked) kinds.insert(std::string(to_string(t.kind)));
  for (const char *k : {"profile-blocks", "workstream-summary", "rag-overview", "totals-table"})
    EXPECT_TRUE(kinds.count(k)) << k;
  EXPECT_GT(r.totals_checked(), 100u);
  EXPECT_NE(check_text(r).find("totals checked in"), std::string::npos);
}

TEST(Realworld, OaklandFiveYearTables) {
  std::string p = shared_dir() + "/realworld/files/openbudgetoakland/5-Year Tables from Budget.xlsx";
  if (!std::filesystem::exists(p)) GTEST_SKIP() << "no " << p;
  CheckResult r = check(p);
  // The material error: the all-funds grand total is the general fund's.
  auto errors = with_severity(r, Severity::Error);
  ASSERT_EQ(cells_of(errors), "C54 D54 E54 F54 G54") << check_text(r);
  for (auto *f : errors) EXPECT_EQ(*f->sheet, "AllFundTables");
  EXPECT_EQ(errors[0]->computed->decimal(errors[0]->unit), "1039006929");
  // The rounding-scale subtotals ($0.1M forecasts) as notes; no false alarm
  // on the revenue sheets' Grand Total over a Subtotal.
  EXPECT_EQ(with_severity(r, Severity::Info).size(), 9u) << check_text(r);
  for (auto &f : r.findings) EXPECT_TRUE(*f.sheet == "AllFundTables" || *f.sheet == "GPFTables") << f.message;
}

// Totals above their rows, told by the labels: "Finance" over the rows
// named "Finance - ...". A minimum and a maximum column add up nowhere and
// are left out, and said so.
std::vector<Put> hires_table(double finance, double marketing_part) {
  return {t("A1", "Function"),
          t("B1", "Number"),
          t("C1", "Maximum"),
          t("D1", "Minimum"),
          t("A2", "Consulting"),
          n("B2", 89),
          n("C2", 12800),
          n("D2", 1000),
          t("A3", "Finance"),
          n("B3", finance),
          n("C3", 13900),
          n("D3", 900),
          t("A4", "Finance - Banking"),
          n("B4", 118),
          n("C4", 10000),
          n("D4", 900),
          t("A5", "Finance - Research"),
          n("B5", 64),
          n("C5", 13900),
          n("D5", 1000),
          t("A6", "Finance - Trading"),
          n("B6", 49),
          n("C6", 9000),
          n("D6", 5000),
          t("A7", "Marketing"),
          n("B7", 55),
          n("C7", 7916),
          n("D7", 1300),
          t("A8", "Marketing - Brand"),
          n("B8", marketing_part),
          n("C8", 7916),
          n("D8", 1300),
          t("A9", "Marketing - Research"),
          n("B9", 16),
          n("C9", 7550),
          n("D9", 2600),
          t("A10", "Other"),
          n("B10", 4),
          n("C10", 3000),
          n("D10", 2000)};
}

TEST(Structure, TotalsAboveTheirRowsByTheirLabels) {
  CheckResult ok = check(write_xlsx({{"Hires", hires_table(231, 39)}}, "hires.xlsx"));
  EXPECT_EQ(ok.errors(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 2u) << check_text(ok); // B3 and B7; not the minimum or maximum
  bool said = false;
  for (auto &u : ok.unchecked) said = said || u.block.why.find("'Minimum' adds up in none") != std::string::npos;
  EXPECT_TRUE(said) << check_text(ok);
  CheckResult total = check(write_xlsx({{"Hires", hires_table(331, 39)}}, "hires-total.xlsx"));
  auto errors = with_severity(total, Severity::Error);
  ASSERT_EQ(cells_of(errors), "B3") << check_text(total);
  EXPECT_NE(errors[0]->message.find("3 rows under it named after it"), std::string::npos) << errors[0]->message;
  CheckResult part = check(write_xlsx({{"Hires", hires_table(231, 139)}}, "hires-part.xlsx"));
  ASSERT_EQ(cells_of(with_severity(part, Severity::Error)), "B7") << check_text(part);
}

// Each block's first row adds up the rest of the block; a grand total under
// the blocks adds the figure rows (or the block totals).
std::vector<Put> job_source(double first_block, double part) {
  return {t("A1", "Method of hire"),
          t("B1", "Hires"),
          t("A2", "School facilitated"),
          n("B2", first_block),
          t("A3", "Interviews on campus"),
          n("B3", 261),
          t("A4", "Job postings"),
          n("B4", 36),
          t("A5", "Alumni contact"),
          n("B5", part),
          t("A7", "Direct contact"),
          n("B7", 37),
          t("A8", "Prior contact"),
          n("B8", 17),
          t("A9", "Family contact"),
          n("B9", 11),
          t("A10", "Letters"),
          n("B10", 9),
          t("A12", "Total"),
          n("B12", 344)};
}

TEST(Structure, TotalsAboveTheirBlocks) {
  CheckResult ok = check(write_xlsx({{"Source", job_source(307, 10)}}, "source.xlsx"));
  EXPECT_EQ(ok.errors(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 3u) << check_text(ok);
  // The first block's total wrong: the second block shows how the table
  // works, the grand total still adds the figure rows.
  CheckResult total = check(write_xlsx({{"Source", job_source(407, 10)}}, "source-total.xlsx"));
  ASSERT_EQ(cells_of(with_severity(total, Severity::Error)), "B2") << check_text(total);
  CheckResult part = check(write_xlsx({{"Source", job_source(307, 110)}}, "source-part.xlsx"));
  ASSERT_EQ(cells_of(with_severity(part, Severity::Error)), "B2") << check_text(part);
  // A row under a block's first row now larger than it: the first row is
  // still the block's total, as the grand total (the first rows added up) says.
  std::vector<Put> big = job_source(307, 10);
  for (auto &p : big)
    if (p.ref == "B8") p.value = 117.0;
  CheckResult larger = check(write_xlsx({{"Source", big}}, "source-larger.xlsx"));
  ASSERT_EQ(cells_of(with_severity(larger, Severity::Error)), "B7") << check_text(larger);
}

// An aggregate row with no total word ("ENGLAND"), alone below a blank row
// under the rows it adds: found by its figures, and one column that
// disagrees while the others add up is an error there.
std::vector<Put> aggregate_table(double england_b) {
  std::vector<Put> p = {t("A1", "Authority"), t("B1", "Public health"), t("C1", "Capital"), t("D1", "Appropriations")};
  double b[] = {8964, 32763, 10514, 9736}, c[] = {0, 120, 0, 831}, d[] = {348, 2988, -91, 149};
  const char *names[] = {"Barset", "Wessex", "Loamshire", "Mercia"};
  for (int i = 0; i < 4; ++i) {
    std::string r = std::to_string(2 + i);
    p.push_back({"A" + r, std::string(names[i])});
    p.push_back({"B" + r, b[i]});
    p.push_back({"C" + r, c[i]});
    p.push_back({"D" + r, d[i]});
  }
  p.push_back(t("A8", "ENGLAND"));
  p.push_back(n("B8", england_b));
  p.push_back(n("C8", 951));
  p.push_back(n("D8", 3394));
  return p;
}

TEST(Structure, AnAggregateRowBelowABlankRow) {
  CheckResult ok = check(write_xlsx({{"Check", aggregate_table(61977)}}, "aggregate.xlsx"));
  EXPECT_EQ(ok.errors(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 3u) << check_text(ok);
  CheckResult wrong = check(write_xlsx({{"Check", aggregate_table(66315)}}, "aggregate-wrong.xlsx"));
  ASSERT_EQ(cells_of(with_severity(wrong, Severity::Error)), "B8") << check_text(wrong);
}

// A subtotal in a one-column table is read as the subtotal before it was
// (the rows since it), not by whichever roll-up its wrong figure happens to
// come near; the grand total that still adds the figure rows is no error.
TEST(Structure, ASubtotalIsReadAsTheOneBeforeIt) {
  auto table = [](double south, double north) {
    return std::vector<Put>{t("A1", "Region"),       t("B1", "Sales"), t("A2", "North"),        n("B2", 1000),
                            t("A3", "North"),        n("B3", 1200),    t("A4", "North"),        n("B4", 900),
                            t("A5", "North"),        n("B5", 1200),    t("A6", "North Total"),  n("B6", north),
                            t("A7", "South"),        n("B7", 400),     t("A8", "South"),        n("B8", 600),
                            t("A9", "South"),        n("B9", 500),     t("A10", "South"),       n("B10", 600),
                            t("A11", "South Total"), n("B11", south),  t("A12", "Grand Total"), n("B12", 6400)};
  };
  CheckResult ok = check(write_xlsx({{"Sales", table(2100, 4300)}}, "sales.xlsx"));
  EXPECT_EQ(ok.findings.size(), 0u) << check_text(ok);
  // 6,100 is within three hundreds of all the rows above (6,400): no excuse.
  CheckResult south = check(write_xlsx({{"Sales", table(6100, 4300)}}, "sales-south.xlsx"));
  auto errors = with_severity(south, Severity::Error);
  ASSERT_EQ(cells_of(errors), "B11") << check_text(south);
  EXPECT_EQ(errors[0]->computed->decimal(errors[0]->unit), "2100");
  CheckResult north = check(write_xlsx({{"Sales", table(2100, 8300)}}, "sales-north.xlsx"));
  ASSERT_EQ(cells_of(with_severity(north, Severity::Error)), "B6") << check_text(north);
}

// A "Total" row whose other columns add up, over columns that do not (a
// latitude, a rate): those are said to be unchecked, not accused; one odd
// column among columns that add up is an error.
TEST(Structure, ColumnsATotalRowDoesNotAddAreUncheckedNotErrors) {
  auto table = [](double pop_total) {
    return std::vector<Put>{
        t("A1", "City"),  t("B1", "Population"), t("C1", "Budget"), t("D1", "Latitude"), t("E1", "Longitude"),
        t("A2", "Leeds"), n("B2", 812000),       n("C2", 1520000),  n("D2", 53.8),       n("E2", -1.55),
        t("A3", "York"),  n("B3", 208000),       n("C3", 310000),   n("D3", 53.96),      n("E3", -1.08),
        t("A4", "Hull"),  n("B4", 267000),       n("C4", 640000),   n("D4", 53.74),      n("E4", -0.33),
        t("A5", "Total"), n("B5", pop_total),    n("C5", 2470000),  n("D5", 53.83),      n("E5", -0.99)};
  };
  CheckResult ok = check(write_xlsx({{"Cities", table(1287000)}}, "cities.xlsx"));
  EXPECT_EQ(ok.errors(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 2u) << check_text(ok);
  bool said = false;
  for (auto &u : ok.unchecked)
    said = said || u.block.why.find("in 2 columns where no other total") != std::string::npos;
  EXPECT_TRUE(said) << check_text(ok);
  CheckResult wrong = check(write_xlsx({{"Cities", table(1387000)}}, "cities-wrong.xlsx"));
  // Latitude and longitude still unconfirmed: the row has three odd columns.
  EXPECT_EQ(wrong.errors(), 0u) << check_text(wrong);
}

// One amount column, its items and a "Total" under them: nothing else to
// read it by, and nothing (no note, no average) suggesting another
// reading, so it is checked on its own.
TEST(Structure, APlainListUnderATotalIsChecked) {
  auto list = [](double total, const char *third) {
    return std::vector<Put>{t("A1", "Grant"),      t("B1", "Amount"), t("A2", "Youth club"), n("B2", 12500),
                            t("A3", "Food bank"),  n("B3", 8000),     t("A4", third),        n("B4", 4250),
                            t("A5", "Arts trail"), n("B5", 3000),     t("A6", "Total"),      n("B6", total)};
  };
  CheckResult ok = check(write_xlsx({{"Grants", list(27750, "Lunch club")}}, "grants.xlsx"));
  EXPECT_EQ(ok.findings.size(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 1u);
  CheckResult wrong = check(write_xlsx({{"Grants", list(29750, "Lunch club")}}, "grants-wrong.xlsx"));
  auto errors = with_severity(wrong, Severity::Error);
  ASSERT_EQ(cells_of(errors), "B6") << check_text(wrong);
  EXPECT_NE(errors[0]->message.find("4 rows above it"), std::string::npos) << errors[0]->message;
  // An "of which" line is part of the line above it, no item: the total
  // adds the other three (before, the list was left unchecked).
  CheckResult of_which = check(write_xlsx({{"Grants", list(23500, "of which: capital")}}, "grants-of-which.xlsx"));
  EXPECT_EQ(of_which.findings.size(), 0u) << check_text(of_which);
  EXPECT_EQ(of_which.totals_checked(), 1u);
}

// A block of figures with no labels: its last row is one more figure, not
// a total, even under a subtotal that adds up.
TEST(Structure, TheLastRowOfAnUnlabelledBlockIsNotATotal) {
  CheckResult r = check(write_xlsx(
      {{"Calc",
        {n("A1", 77), n("A2", 83), n("A3", 160), n("A5", 65535), n("A6", 300000), n("A7", 75077), n("A8", -4000000)}}},
      "unlabelled.xlsx"));
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
}

// Budget, forecast and outturn growing in every row: each row rises left to right, as
// the line numbers heading a return's columns do. The first such row is
// read both ways; the Total row adds up only with it, so it is figures.
TEST(Structure, RowsRisingLeftToRightAreFiguresWhereTheTotalAddsThem) {
  auto budget = [](double libraries_total) {
    return std::vector<Put>{t("A1", "Service"), t("B1", "Budget"),    t("C1", "Forecast"),
                            t("D1", "Outturn"), t("A2", "Libraries"), n("B2", 1200),
                            n("C2", 1250),      n("D2", 1300),        t("A3", "Parks"),
                            n("B3", 800),       n("C3", 820),         n("D3", 850),
                            t("A4", "Leisure"), n("B4", 450),         n("C4", 470),
                            n("D4", 500),       t("A5", "Total"),     n("B5", libraries_total),
                            n("C5", 2540),      n("D5", 2650)};
  };
  CheckResult ok = check(write_xlsx({{"Budget", budget(2450)}}, "rising.xlsx"));
  EXPECT_EQ(ok.findings.size(), 0u) << check_text(ok);
  EXPECT_EQ(ok.totals_checked(), 3u);
  EXPECT_EQ(ok.unchecked_figures(), 0u);
  CheckResult wrong = check(write_xlsx({{"Budget", budget(2550)}}, "rising-wrong.xlsx"));
  auto errors = with_severity(wrong, Severity::Error);
  ASSERT_EQ(cells_of(errors), "B5") << check_text(wrong);
  EXPECT_NE(errors[0]->message.find("3 rows above it"), std::string::npos) << errors[0]->message;
}

// Line numbers heading the columns stay a heading (the total does not add
// them), and the row of figures under them is read even when it rises too.
TEST(Structure, LineNumbersHeadingColumnsAreNotAddedAndTheRowUnderThemIsRead) {
  CheckResult r =
      check(write_xlsx({{"Return",
                         {t("A1", "Line"), n("B1", 110), n("C1", 120), n("D1", 130), t("A2", "Libraries"),
                          n("B2", 1200), n("C2", 1250), n("D2", 1300), t("A3", "Parks"), n("B3", 900), n("C3", 820),
                          n("D3", 850), t("A4", "Total"), n("B4", 2100), n("C4", 2070), n("D4", 2150)}}},
                       "line-numbers.xlsx"));
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 3u);
  ASSERT_EQ(r.checked.size(), 1u);
  EXPECT_EQ(r.checked[0].first.row, 0u); // the heading of line numbers is the table's header
}

// A list whose first row stands for the rows under it ("Top three" over the
// three): the Total adds the rows without it, another reading than the plain
// list's, so it is not accused as a plain list. The first row adds the three
// under it and the Total adds it and 'All others': a group above its lines,
// both checked (tests/data/groups_above).
TEST(Structure, AListWithAnAggregateRowIsNotAccusedAsAPlainList) {
  CheckResult r =
      check(write_xlsx({{"Spend",
                         {t("A1", "Service"), t("B1", "Spend"), t("A2", "Top three services"), n("B2", 600),
                          t("A3", "Adults"), n("B3", 300), t("A4", "Children"), n("B4", 200), t("A5", "Housing"),
                          n("B5", 100), t("A6", "All others"), n("B6", 150), t("A7", "Total"), n("B7", 750)}}},
                       "top-three.xlsx"));
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 2u);
  EXPECT_EQ(r.unchecked_figures(), 0u);
}

TEST(Coverage, CountsAndSharesAreSaidToBeNoAmounts) {
  // A "Top" list of counts and shares under a Total: the count adds up and is
  // checked (issue 17, count columns); the share is no amount to add, and
  // said so by its column, not as "no total recognised".
  CheckResult r = check(write_xlsx({{"Hires",
                                     {t("A1", "Function"), t("B1", "Percent of Hires"), t("C1", "Number of Hires"),
                                      t("A2", "Consulting"), n("B2", 0.25), n("C2", 50), t("A3", "Finance"),
                                      n("B3", 0.75), n("C3", 150), t("A4", "Total"), n("B4", 1), n("C4", 200)}}},
                                   "counts.xlsx"));
  EXPECT_EQ(r.findings.size(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 1u) << check_text(r);
  ASSERT_EQ(r.unchecked.size(), 1u);
  EXPECT_EQ(r.unchecked[0].block.why, "'Percent of Hires' is headed as a percentage, ratio or count: not an amount to "
                                      "add, so no total of it was checked");
}

TEST(Coverage, AColumnLeftOutSaysHowManyTotalsItWasTriedAt) {
  // Spend adds up at both subtotals and the total; the median beside it at none.
  CheckResult r = check(write_xlsx({{"Spend", {t("A1", "Region"),   t("B1", "Spend"), t("C1", "Median salary"),
                                               t("A2", "North"),    n("B2", 1200),    n("C2", 5100),
                                               t("A3", "South"),    n("B3", 800),     n("C3", 6300),
                                               t("A4", "Subtotal"), n("B4", 2000),    n("C4", 5700),
                                               t("A5", "East"),     n("B5", 450),     n("C5", 4200),
                                               t("A6", "West"),     n("B6", 650),     n("C6", 4600),
                                               t("A7", "Subtotal"), n("B7", 1100),    n("C7", 4400),
                                               t("A8", "Total"),    n("B8", 3100),    n("C8", 5050)}}},
                                   "median.xlsx"));
  EXPECT_EQ(r.errors(), 0u) << check_text(r);
  EXPECT_EQ(r.totals_checked(), 3u) << check_text(r);
  ASSERT_EQ(r.unchecked.size(), 1u) << check_text(r);
  EXPECT_NE(r.unchecked[0].block.why.find("'Median salary' adds up in none of the 3 total rows"), std::string::npos)
      << r.unchecked[0].block.why;
}
