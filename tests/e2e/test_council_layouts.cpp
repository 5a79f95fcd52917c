// Council layouts the samples do not show (issue 17, point 4), tried as a
// new user would: each workbook (tests/data/issue17_layouts/make_layouts.py)
// in a clean copy that must be silent and named as checked, and a copy with
// one planted error that must be caught at its cell.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "engine/check.hpp"
#include "engine/rules/rules.hpp"
#include "export/text.hpp"
#include "support/checks.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
std::string layout(const std::string &name) { return source_dir() + "/tests/data/issue17_layouts/" + name; }

CheckResult check(const std::string &path) { return check_file(path); }
std::vector<const Finding *> errors(const CheckResult &r) {
  std::vector<const Finding *> out;
  for (auto &f : r.findings)
    if (f.severity == Severity::Error) out.push_back(&f);
  return out;
}
std::string range(const CheckedTable &t) { return a1(t.first) + ":" + a1(t.last); }
const SchemeRecord *scheme(const CheckResult &r, const char *ref) {
  for (auto &s : r.schemes)
    if (s.ref && *s.ref == ref) return &s;
  return nullptr;
}
} // namespace

// a) The RAG overview on its own sheet, the schemes with their ratings on
// another. Before, the overview was paired only with schemes on its own
// sheet: it was counted as a checked table with 0 totals and the planted
// count went unseen.
TEST(CouncilLayouts, RagOverviewCountsTheSchemesListedOnAnotherSheet) {
  CheckResult clean = check(layout("rag-two-sheets-clean.xlsx"));
  EXPECT_TRUE(clean.findings.empty()) << check_text(clean);
  ASSERT_EQ(clean.checked.size(), 1u) << check_text(clean);
  EXPECT_EQ(clean.checked[0].kind, TableKind::RagOverview);
  EXPECT_EQ(clean.checked[0].sheet, "Overview");
  EXPECT_EQ(range(clean.checked[0]), "A3:E7");
  EXPECT_EQ(clean.checked[0].totals_checked, 9u); // count, investment and savings to date per rating
  EXPECT_TRUE(clean.unchecked.empty());
  EXPECT_EQ(clean.schemes.size(), 10u);

  CheckResult planted = check(layout("rag-two-sheets-planted.xlsx"));
  auto e = errors(planted);
  ASSERT_EQ(e.size(), 1u) << check_text(planted);
  EXPECT_EQ(planted.findings.size(), 1u) << check_text(planted);
  EXPECT_EQ(e[0]->rule, "rag-count-mismatch");
  EXPECT_EQ(*e[0]->sheet, "Overview");
  EXPECT_EQ(a1(*e[0]->cell), "B5"); // Amber's No of Schemes
  EXPECT_EQ(*e[0]->stated, Money::thousands(3));
  EXPECT_EQ(*e[0]->computed, Money::thousands(2));
  EXPECT_NE(e[0]->message.find("2 Amber schemes are listed on sheet 'Schemes'"), std::string::npos) << e[0]->message;
}

// A wrong sum with the right count is found at the sum's own cell.
TEST(CouncilLayouts, RagOverviewSumFoundAtItsCell) {
  std::string p = write_xlsx({{"Summary",
                               {{"A1", std::string("RAG Rating")},
                                {"B1", std::string("No of Schemes")},
                                {"C1", std::string("Investment to Q3 (\xc2\xa3"
                                                   "000)")},
                                {"A2", std::string("Green")},
                                {"B2", 1.0},
                                {"C2", 50.0},
                                {"A3", std::string("Red")},
                                {"B3", 1.0},
                                {"C3", 70.0}}},
                              {"Q3 schemes",
                               {{"A1", std::string("Scheme")},
                                {"B1", std::string("Fund Expenditure to date")},
                                {"C1", std::string("RAG Rating")},
                                {"A2", std::string("Total Transport (C/R.5.102)")},
                                {"B2", 50.0},
                                {"C2", std::string("Green")},
                                {"A3", std::string("Children with Disabilities (C/R.5.401)")},
                                {"B3", 60.0},
                                {"C3", std::string("Red")}}}});
  CheckResult r = check(p);
  auto e = errors(r);
  ASSERT_EQ(e.size(), 1u) << check_text(r);
  EXPECT_EQ(a1(*e[0]->cell), "C3");
  EXPECT_EQ(e[0]->stated->display(), "70");
  EXPECT_EQ(e[0]->computed->display(), "60");
}

// Which listing an overview is counted against, when it is not beside it.
TEST(CouncilLayouts, RagListingIsPairedOnlyWhenItCanBelongToOneOverview) {
  auto rated = [](const char *sheet) {
    SchemeRecord s;
    s.kind = SchemeKind::Monitoring;
    s.source.sheet = sheet;
    s.monitored.ensure().rag = "Green";
    return s;
  };
  RagOverview a, b;
  a.sheet = "Overview";
  b.sheet = "Q2 overview";
  a.header_ref = b.header_ref = CellRef{2, 0};
  std::vector<SchemeRecord> schemes = {rated("Adults"), rated("Children")};
  using V = std::vector<std::string>;
  EXPECT_EQ(rules::rag_listing_sheets(a, {a}, schemes), (V{"Adults", "Children"}));
  // Two overviews with no schemes beside either: whose schemes they are is a guess.
  std::vector<RagOverview> both = {a, b};
  EXPECT_TRUE(rules::rag_listing_sheets(both[0], both, schemes).empty());
  // An overview with its schemes beside it keeps them; the other takes the rest.
  schemes.push_back(rated("Q2 overview"));
  EXPECT_EQ(rules::rag_listing_sheets(both[1], both, schemes), (V{"Q2 overview"}));
  EXPECT_EQ(rules::rag_listing_sheets(both[0], both, schemes), (V{"Adults", "Children"}));
  // No rated scheme anywhere: nothing to count against.
  EXPECT_TRUE(rules::rag_listing_sheets(a, {a}, {}).empty());
}

// An overview with nothing listed to count is said to be unchecked, not
// claimed as a checked table.
TEST(CouncilLayouts, RagOverviewWithNoListingIsUnchecked) {
  std::string p = write_xlsx({{"Overview",
                               {{"A1", std::string("RAG Rating")},
                                {"B1", std::string("No of Schemes")},
                                {"A2", std::string("Green")},
                                {"B2", 4.0},
                                {"A3", std::string("Amber")},
                                {"B3", 1.0},
                                {"A4", std::string("Total")},
                                {"B4", 5.0}}}});
  CheckResult r = check(p);
  EXPECT_TRUE(r.findings.empty()) << check_text(r);
  EXPECT_TRUE(r.checked.empty());
  ASSERT_EQ(r.unchecked.size(), 1u);
  EXPECT_EQ(r.unchecked[0].block.sheet, "Overview");
  EXPECT_EQ(r.unchecked[0].block.figures, 3u);
  EXPECT_NE(r.unchecked[0].block.why.find("RAG overview"), std::string::npos);
  EXPECT_NE(check_text(r).find("No total was checked"), std::string::npos) << check_text(r);
}

// b) Periods down the side ("Year 0" .. "Year 20"), two components and a
// Total column, in £, with the unlabelled total row under them: read as a
// table of totals (rows are periods, not schemes).
TEST(CouncilLayouts, PeriodRowsWithComponentsAndATotalColumn) {
  CheckResult clean = check(layout("year-periods-clean.xlsx"));
  EXPECT_TRUE(clean.findings.empty()) << check_text(clean);
  ASSERT_EQ(clean.checked.size(), 1u) << check_text(clean);
  EXPECT_EQ(clean.checked[0].kind, TableKind::TotalsTable);
  EXPECT_EQ(clean.checked[0].sheet, "Street Lighting");
  EXPECT_EQ(range(clean.checked[0]), "A3:D25");
  // 22 row totals (21 periods and the total row) and the 3 column totals.
  EXPECT_EQ(clean.checked[0].totals_checked, 25u);
  EXPECT_TRUE(clean.unchecked.empty());
  EXPECT_TRUE(clean.schemes.empty()); // periods are not schemes

  CheckResult planted = check(layout("year-periods-planted.xlsx"));
  auto e = errors(planted);
  ASSERT_EQ(e.size(), 1u) << check_text(planted);
  EXPECT_EQ(planted.findings.size(), 1u) << check_text(planted);
  EXPECT_EQ(e[0]->rule, "row-total-mismatch");
  EXPECT_EQ(a1(*e[0]->cell), "D11"); // Year 7's Total
  EXPECT_NE(e[0]->message.find("'Year 7'"), std::string::npos) << e[0]->message;
  EXPECT_EQ(e[0]->stated->decimal(e[0]->unit), "187647");
  EXPECT_EQ(e[0]->computed->decimal(e[0]->unit), "186647");
  // The Total column's own total (D25) adds the wrong figure, so it no longer
  // agrees with the column above it; it is right, and said so, not reported.
  EXPECT_NE(e[0]->message.find("the total at D25, which adds this figure, agrees once it is corrected"),
            std::string::npos)
      << e[0]->message;
}

// c) A finance system's register: Reference, Scheme, Measure, years, Total;
// the reference in its own column, the title on the first row of a scheme.
// Before, the references were not read (the rows were read as profile blocks
// whose references are in the title) and a scheme with an Investment row
// only ran into the next one's Saving row.
TEST(CouncilLayouts, RegisterExportReadsReferencesFromTheirColumn) {
  for (const char *ext : {"xlsx", "csv"}) {
    SCOPED_TRACE(ext);
    CheckResult clean = check(layout(std::string("register-clean.") + ext));
    EXPECT_TRUE(clean.findings.empty()) << check_text(clean);
    ASSERT_EQ(clean.checked.size(), 1u) << check_text(clean);
    EXPECT_EQ(clean.checked[0].kind, TableKind::ProfileBlocks);
    EXPECT_EQ(range(clean.checked[0]), "A1:I785");
    EXPECT_EQ(clean.checked[0].totals_checked, 784u); // every row's Total
    EXPECT_TRUE(clean.unchecked.empty());
    ASSERT_EQ(clean.schemes.size(), 400u);
    for (auto &s : clean.schemes) EXPECT_TRUE(s.ref) << s.title;

    const SchemeRecord *s = scheme(clean, "A/R.6.100");
    ASSERT_TRUE(s);
    EXPECT_EQ(s->title, "Reablement: scheme 1 of the business plan");
    EXPECT_EQ(a1(s->source.cell), "B2");
    EXPECT_EQ(investment_total(*s)->display(), "11");
    EXPECT_EQ(saving_total(*s)->display(), "-290");
    // The title on both rows is read once.
    const SchemeRecord *rep = scheme(clean, "E/R.6.103");
    ASSERT_TRUE(rep);
    EXPECT_EQ(rep->title, "Street Lighting: scheme 4 of the business plan");
    // An Investment row only, then another scheme's Saving row only: two schemes.
    const SchemeRecord *inv = scheme(clean, "B/R.6.110"), *sav = scheme(clean, "E/R.6.111");
    ASSERT_TRUE(inv && sav);
    EXPECT_EQ(investment_total(*inv)->display(), "151");
    EXPECT_FALSE(saving_total(*inv));
    EXPECT_FALSE(investment_total(*sav));
    EXPECT_EQ(saving_total(*sav)->display(), "-2,622");
    EXPECT_EQ(scheme(clean, "E/R.6.111")->title, "Assistive Technology: scheme 12 of the business plan");

    CheckResult planted = check(layout(std::string("register-planted.") + ext));
    auto e = errors(planted);
    ASSERT_EQ(e.size(), 1u) << check_text(planted);
    EXPECT_EQ(planted.findings.size(), 1u);
    EXPECT_EQ(e[0]->rule, "row-total-mismatch");
    EXPECT_EQ(a1(*e[0]->cell), "I533");
    EXPECT_NE(e[0]->message.find("(E/R.6.371) Saving"), std::string::npos) << e[0]->message;
    EXPECT_EQ(e[0]->stated->display(), "-1,037");
    EXPECT_EQ(e[0]->computed->display(), "-1,042");
  }
}

// The coverage account as the JSON document gives it, for each layout.
TEST(CouncilLayouts, JsonNamesEachTableAsChecked) {
  struct Case {
    const char *file, *table;
  } cases[] = {
      {"rag-two-sheets-planted.xlsx",
       "{\"path\": \"%\", \"sheet\": \"Overview\", \"range\": \"A3:E7\", \"kind\": \"rag-overview\", "
       "\"totals_checked\": 9"},
      {"year-periods-planted.xlsx",
       "{\"path\": \"%\", \"sheet\": \"Street Lighting\", \"range\": \"A3:D25\", \"kind\": \"totals-table\", "
       "\"totals_checked\": 25"},
      {"register-planted.csv",
       "{\"path\": \"%\", \"sheet\": \"register-planted\", \"range\": \"A1:I785\", \"kind\": \"profile-blocks\", "
       "\"totals_checked\": 784"},
  };
  for (auto &c : cases) {
    std::string path = layout(c.file);
    RunResult r = run({"check", "--format", "json", path});
    EXPECT_EQ(r.status, 1) << c.file << r.err; // the planted error
    std::string table = c.table;
    table.replace(table.find('%'), 1, path);
    EXPECT_NE(r.out.find(table), std::string::npos) << c.file << "\n" << r.out.substr(r.out.find("\"tables\""), 600);
    EXPECT_NE(r.out.find("\"unchecked\": []"), std::string::npos) << c.file;
  }
}

// A corner total wrong in its own right is not folded into another finding.
TEST(CouncilLayouts, AWrongCornerTotalStandsOnItsOwn) {
  std::vector<Put> cells = {{"A1", std::string("Year")},
                            {"B1", std::string("Savings")},
                            {"C1", std::string("Operational Savings")},
                            {"D1", std::string("Total")}};
  double b_sum = 0, c_sum = 0;
  for (int y = 0; y < 10; ++y) {
    std::string r = std::to_string(y + 2);
    double b = 1000 + 17 * y, c = 500 + 29 * y;
    b_sum += b;
    c_sum += c;
    cells.push_back({"A" + r, "Year " + std::to_string(y)});
    cells.push_back({"B" + r, b});
    cells.push_back({"C" + r, c});
    cells.push_back({"D" + r, b + c + (y == 2 ? 100 : 0)}); // Year 2's Total is 100 out
  }
  cells.push_back({"A12", std::string("Total")});
  cells.push_back({"B12", b_sum});
  cells.push_back({"C12", c_sum});
  cells.push_back({"D12", b_sum + c_sum + 7}); // and the corner 7 out of its own row
  CheckResult r = check(write_xlsx({{"Periods", cells}}));
  auto e = errors(r);
  // The corner is one figure wrong across its row and down its column: one
  // finding at D12 that names both readings, beside Year 2's.
  ASSERT_EQ(e.size(), 2u) << check_text(r);
  std::set<std::string> at;
  for (auto *f : e) at.insert(a1(*f->cell) + " " + f->rule);
  EXPECT_TRUE(at.count("D4 row-total-mismatch")) << check_text(r);
  EXPECT_TRUE(at.count("D12 row-total-mismatch")) << check_text(r);
  for (auto *f : e)
    if (a1(*f->cell) == "D12") {
      EXPECT_NE(f->message.find("rows above it add up to"), std::string::npos) << f->message;
    }
  for (auto *f : e) EXPECT_EQ(f->message.find("agrees once it is corrected"), std::string::npos) << f->message;
}

// A savings profile that grows period on period, in whole pounds, with its
// Total row and column: amounts, though each column rises like line numbers.
TEST(CouncilLayouts, AGrowingPeriodProfileIsAmountsNotLineNumbers) {
  std::vector<Put> cells = {{"A1", std::string("Project")},
                            {"B1", std::string("Savings")},
                            {"C1", std::string("Operational Savings")},
                            {"D1", std::string("Total")}};
  double b_sum = 0, c_sum = 0;
  for (int y = 0; y < 5; ++y) {
    std::string r = std::to_string(y + 2);
    double b = 1000 + 17 * y, c = 500 + 29 * y;
    b_sum += b;
    c_sum += c;
    cells.push_back({"A" + r, "Year " + std::to_string(y)});
    cells.push_back({"B" + r, b});
    cells.push_back({"C" + r, c});
    cells.push_back({"D" + r, b + c + (y == 3 ? 10 : 0)}); // Year 3's Total is 10 out
  }
  cells.push_back({"A7", std::string("Total")});
  cells.push_back({"B7", b_sum});
  cells.push_back({"C7", c_sum});
  cells.push_back({"D7", b_sum + c_sum});
  CheckResult r = check(write_xlsx({{"Periods", cells}}));
  auto e = errors(r);
  ASSERT_EQ(e.size(), 1u) << check_text(r);
  EXPECT_EQ(a1(*e[0]->cell), "D5");
  ASSERT_EQ(r.checked.size(), 1u);
  EXPECT_EQ(r.checked[0].kind, TableKind::TotalsTable);
  EXPECT_EQ(range(r.checked[0]), "A1:D7");
  EXPECT_TRUE(r.unchecked.empty());
}

// One figure inside a budget typed wrong puts out its row's Total and its
// column's Total by the same amount: one cause, one finding, at the figure
// both add (what it says and what would make both agree), naming the row
// total and the column total. Before, two errors (E3 and C6) for one
// figure; then one at the row total E3.
TEST(CouncilLayouts, AFigureThatPutsOutItsRowAndColumnTotalsIsOneFinding) {
  std::vector<Put> cells = {{"A1", std::string("Service")},
                            {"B1", std::string("Employees")},
                            {"C1", std::string("Premises")},
                            {"D1", std::string("Supplies")},
                            {"E1", std::string("Total")}};
  const double figures[4][3] = {{500, 120, 80}, {400, 90, 60}, {300, 200, 50}, {100, 40, 20}};
  const char *names[4] = {"Adult care", "Children", "Highways", "Libraries"};
  double col[4] = {0, 0, 0, 0};
  for (int i = 0; i < 4; ++i) {
    std::string r = std::to_string(i + 2);
    double row = 0;
    cells.push_back({"A" + r, std::string(names[i])});
    for (int j = 0; j < 3; ++j) {
      double v = figures[i][j] + (i == 1 && j == 1 ? 25 : 0); // Children's Premises typed 115, not 90
      cells.push_back({std::string(1, char('B' + j)) + r, v});
      row += figures[i][j];
      col[j] += figures[i][j];
    }
    cells.push_back({"E" + r, row});
    col[3] += row;
  }
  cells.push_back({"A6", std::string("Total")});
  for (int j = 0; j < 4; ++j) cells.push_back({std::string(1, char('B' + j)) + "6", col[j]});
  CheckResult r = check(write_xlsx({{"Budget", cells}}));
  auto e = errors(r);
  ASSERT_EQ(e.size(), 1u) << check_text(r);
  // At the figure both totals add (before: at the row total E3).
  EXPECT_EQ(a1(*e[0]->cell), "C3") << check_text(r);
  EXPECT_EQ(e[0]->rule, "row-total-mismatch");
  EXPECT_EQ(e[0]->stated->decimal(e[0]->unit), "115");
  EXPECT_EQ(e[0]->computed->decimal(e[0]->unit), "90");
  EXPECT_NE(e[0]->message.find("The figure at C3 says 115 where 90 would make both totals that add it agree: at E3, "
                               "'Children': 'Total' says 550"),
            std::string::npos)
      << e[0]->message;
  EXPECT_NE(e[0]->message.find("'Total' for 'Premises' at C6 is off by the same 25"), std::string::npos)
      << e[0]->message;
  std::set<std::string> related;
  for (auto &p : e[0]->related) related.insert(a1(p.cell));
  EXPECT_EQ(related, (std::set<std::string>{"E3", "C6"}));
  // A wrong row total alone stays one finding with nothing folded into it.
  for (auto &p : cells)
    if (p.ref == "C3") p.value = 90.0;
  for (auto &p : cells)
    if (p.ref == "E3") p.value = 575.0;
  CheckResult alone = check(write_xlsx({{"Budget", cells}}));
  auto a = errors(alone);
  ASSERT_EQ(a.size(), 1u) << check_text(alone);
  EXPECT_EQ(a1(*a[0]->cell), "E3");
  EXPECT_EQ(a[0]->message.find("off by the same"), std::string::npos) << a[0]->message;
}

// A small grid of figures with no headings and no total words, whose last
// column happens to equal the two before it on two rows of three (5 = 2 + 3,
// 0.5 = 0.3 + 0.2, but 40 is not 20 + 50): chance, not a total column. Before,
// 'the last 2 columns before it' was believed and 40 reported wrong.
TEST(CouncilLayouts, AColumnThatTwoRowsOfATinyGridHappenToFitIsNoTotal) {
  std::vector<Put> cells = {{"J123", 4.0},  {"K123", 2.0},  {"L123", 3.0},  {"M123", 5.0},
                            {"J124", 0.1},  {"K124", 0.3},  {"L124", 0.2},  {"M124", 0.5},
                            {"J125", 10.0}, {"K125", 20.0}, {"L125", 50.0}, {"M125", 40.0}};
  CheckResult r = check(write_xlsx({{"Index", cells}}));
  EXPECT_TRUE(errors(r).empty()) << check_text(r);
}
