// The kinds of workbook public bodies publish beyond the development set
// (issue 17): statements of accounts, revenue outturn forms, budget books,
// grant registers, payment listings and a US city's fund statement, written
// by tests/data/finance_kinds/make_kinds.py. The copies with formulas and the
// paste-values copies must give no error; a copy with one total altered must
// be caught at that total; what is not checked must be said.
#include <gtest/gtest.h>

#include "engine/check.hpp"
#include "export/text.hpp"
#include "support/checks.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
CheckResult check(const std::string &name) { return check_file(source_dir() + "/tests/data/finance_kinds/" + name); }
std::string errors_at(const CheckResult &r) { return error_cells(r); }
std::size_t unchecked_on(const CheckResult &r, const std::string &sheet) {
  std::size_t n = 0;
  for (auto &u : r.unchecked)
    if (u.block.sheet == sheet) n += u.block.figures;
  return n;
}
bool checked_on(const CheckResult &r, const std::string &sheet) {
  for (auto &t : r.checked)
    if (t.sheet == sheet && t.totals_checked > 0) return true;
  return false;
}
} // namespace

TEST(FinanceKinds, UsFundStatementChecksRowAndColumnTotalsAndCatchesTheAlteredOne) {
  // Total revenues / expenditures / other financing sources down the funds,
  // Total Governmental Funds across them; the difference and roll-forward
  // rows ("Excess (deficiency) ...", "Net change", "ending") are not sums
  // and must not be read as wrong totals.
  for (const char *copy : {"governmental-funds-formulas.xlsx", "governmental-funds-values.xlsx"}) {
    CheckResult r = check(copy);
    EXPECT_EQ(errors_at(r), "") << copy << "\n" << check_text(r);
    EXPECT_TRUE(checked_on(r, "Governmental Funds")) << copy;
    EXPECT_GE(r.totals_checked(), 40u) << copy;
  }
  CheckResult altered = check("governmental-funds-altered-1.xlsx");
  // The corner wrong across its row and down its column is one figure wrong:
  // one finding naming both readings (contract: one cause is one finding).
  EXPECT_EQ(errors_at(altered), "Governmental Funds!G16") << check_text(altered);
  EXPECT_NE(check_text(altered).find("the 8 rows above it add up to the same"), std::string::npos)
      << check_text(altered);
}

TEST(FinanceKinds, BudgetBookServiceSummaryDivisionTotals) {
  // Subtotals per division, a grand total over them, a Change column that is
  // a difference and a Change % column: no error on either copy.
  for (const char *copy : {"budget-book-formulas.xlsx", "budget-book-values.xlsx"}) {
    CheckResult r = check(copy);
    EXPECT_EQ(errors_at(r), "") << copy << "\n" << check_text(r);
    EXPECT_TRUE(checked_on(r, "Service Summary")) << copy;
  }
  CheckResult altered = check("budget-book-altered-1.xlsx");
  EXPECT_EQ(errors_at(altered), "Service Summary!C10") << check_text(altered);
}

TEST(FinanceKinds, PaymentListingHasNothingToCheckAndSaysSo) {
  // 3,000 payments with dates, transaction numbers and amounts and no total:
  // nothing checked, every amount said to be unchecked, never "every total
  // agrees"; a changed payment cannot be told.
  for (const char *copy : {"payment-listing-values.xlsx", "payment-listing-altered-1.xlsx"}) {
    CheckResult r = check(copy);
    EXPECT_TRUE(r.findings.empty()) << copy << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 0u) << copy;
    EXPECT_GE(unchecked_on(r, "Payments over 500"), 3000u) << copy;
    EXPECT_EQ(check_text(r).find("every total"), std::string::npos) << check_text(r);
  }
}

TEST(FinanceKinds, NatureNoteWithARestatedColumnCatchesItsAlteredTotal) {
  CheckResult altered = check("statement-of-accounts-altered-4.xlsx");
  EXPECT_NE(errors_at(altered).find("Note 7!C11"), std::string::npos) << check_text(altered);
}

TEST(FinanceKinds, YearsOverBlocksOfColumnsAreABannerNotAYearHeader) {
  // The CIES: "2022/23 (Restated)" over Gross Expenditure, Gross Income and
  // Net Expenditure, "2023/24" over the same. Before, the two years were read
  // as a year table's header and the column names under them as figures
  // gone wrong (non-numeric-value at A4 and F4), and nothing was checked.
  for (const char *copy : {"statement-of-accounts-formulas.xlsx", "statement-of-accounts-values.xlsx"}) {
    CheckResult r = check(copy);
    EXPECT_EQ(errors_at(r), "") << copy << "\n" << check_text(r);
    EXPECT_TRUE(checked_on(r, "CIES")) << copy;
    // Its bottom line, 'Total Comprehensive Income and Expenditure' (the
    // deficit plus the other comprehensive income, two subtotals), is
    // counted by no check: said so, in both years, not passed as checked.
    EXPECT_EQ(unchecked_on(r, "CIES"), 2u) << copy;
  }
  // A service's gross expenditure altered: the service's Net Expenditure
  // (gross expenditure plus income) and Cost of Services are off by the
  // same amount, one cause: one finding, at the gross figure both add
  // (before: at the Net, H9), naming the Net and Cost of Services; Cost of
  // Services' net figure altered: wrong down the column and across the
  // row, one finding.
  CheckResult component = check("statement-of-accounts-altered-1.xlsx");
  EXPECT_EQ(errors_at(component), "CIES!F9") << check_text(component);
  CheckResult total = check("statement-of-accounts-altered-2.xlsx");
  EXPECT_EQ(errors_at(total), "CIES!H14") << check_text(total);
}

TEST(FinanceKinds, ANamedTotalOverOneFigureIsALineOfItsOwn) {
  // The Movement in Reserves Statement: "Total Comprehensive Income and
  // Expenditure" is a movement under the opening balance, not its total.
  // With the formulas kept, the roll-forward rows' formulas made the table's
  // structure believed and it was reported as wrong in five columns.
  CheckResult r = check("statement-of-accounts-formulas.xlsx");
  EXPECT_EQ(errors_at(r), "") << check_text(r);
  bool said = false;
  for (auto &u : r.unchecked)
    if (u.block.sheet == "MiRS" && u.block.first.row == 5 &&
        u.block.why.find("at most one figure above it") != std::string::npos)
      said = true;
  EXPECT_TRUE(said) << check_text(r);
  EXPECT_TRUE(checked_on(r, "MiRS")); // its row totals (Total Usable Reserves, ...) still are
}

TEST(FinanceKinds, ColumnNumbersOfAReturnAreItsHeadingNotFigures) {
  // An RO form numbers its columns under their names: "1", "2",
  // "3 = 1 + 2", ... as text. Before, that row was read as figures: the
  // TOTAL SERVICE EXPENDITURE line was a rounding note off by the column's
  // number, and when altered it was dropped unchecked instead of reported.
  for (const char *copy : {"revenue-outturn-formulas.xlsx", "revenue-outturn-values.xlsx"}) {
    CheckResult r = check(copy);
    EXPECT_TRUE(r.findings.empty()) << copy << "\n" << check_text(r);
    EXPECT_TRUE(r.unchecked.empty()) << copy << "\n" << check_text(r);
    EXPECT_GE(r.totals_checked(), 25u) << copy;
  }
  CheckResult altered = check("revenue-outturn-altered-1.xlsx");
  EXPECT_EQ(errors_at(altered), "RO2!D16") << check_text(altered);
}

TEST(FinanceKinds, AGrantRegistersCharityNumbersAreNotAmounts) {
  // Before, the "Charity Number" column was read as amounts beside "Amount
  // (£)": the register was no plain list, and its Total, once altered,
  // was dropped as "structure not known" instead of reported.
  for (const char *copy : {"grant-register-formulas.xlsx", "grant-register-values.xlsx"}) {
    CheckResult r = check(copy);
    EXPECT_EQ(errors_at(r), "") << copy << "\n" << check_text(r);
    EXPECT_TRUE(checked_on(r, "Grants 2023-24")) << copy;
    EXPECT_EQ(unchecked_on(r, "Grants 2023-24"), 0u) << copy;
  }
  CheckResult altered = check("grant-register-altered-1.xlsx");
  EXPECT_EQ(errors_at(altered), "Grants 2023-24!F45") << check_text(altered);
}

TEST(FinanceKinds, SubtotalsWithoutATotalWordAreReadByTheirFigures) {
  // The subjective analysis: "Gross Expenditure" adds the lines above it with
  // income lines right under it, "Total Income" adds those, "Net
  // Expenditure" the two. Before, the paste-values copy was left unchecked
  // ("Total Income" agreed with no reading); now it is checked.
  CheckResult values = check("budget-book-values.xlsx");
  EXPECT_EQ(errors_at(values), "") << check_text(values);
  EXPECT_TRUE(checked_on(values, "Subjective Analysis"));
  EXPECT_EQ(unchecked_on(values, "Subjective Analysis"), 0u) << check_text(values);
  // One division's Gross Expenditure altered: read as the subtotal the
  // others are (same label), reported there and nowhere else.
  CheckResult gross = check("budget-book-altered-2.xlsx");
  EXPECT_EQ(errors_at(gross), "Subjective Analysis!C10") << check_text(gross);
  // A balance sheet's blocks each end in their subtotal (Long Term Assets,
  // Current Assets, ...): one altered is reported, not taken for a row.
  CheckResult assets = check("statement-of-accounts-altered-3.xlsx");
  EXPECT_EQ(errors_at(assets), "Balance Sheet!D11") << check_text(assets);
}

namespace {
// A capital programme of three blocks (Schools, Roads, then Depot, Vehicles
// and Fleet) and its grand total, for the subtotal-reading tests below.
std::vector<Put> capital_programme(double schools_2025, double fleet_2025, double total_2024, double total_2025) {
  std::vector<Put> p{{"A1", "Capital programme"},
                     {"A3", "Scheme"},
                     {"B3", "2024/25 £000"},
                     {"C3", "2025/26 £000"},
                     {"A4", "School A"},
                     {"B4", 100.0},
                     {"C4", 50.0},
                     {"A5", "School B"},
                     {"B5", 200.0},
                     {"C5", 70.0},
                     {"A6", "Schools"},
                     {"B6", 300.0},
                     {"C6", schools_2025},
                     {"A8", "Road X"},
                     {"B8", 80.0},
                     {"C8", 40.0},
                     {"A9", "Road Y"},
                     {"B9", 20.0},
                     {"C9", 10.0},
                     {"A10", "Roads"},
                     {"B10", 100.0},
                     {"C10", 50.0},
                     {"A12", "Depot"},
                     {"B12", 30.0},
                     {"C12", 25.0},
                     {"A13", "Vehicles"},
                     {"B13", 12.0},
                     {"C13", 7.0},
                     {"A14", "Fleet"},
                     {"B14", 42.0},
                     {"C14", fleet_2025},
                     {"A16", "Total programme"},
                     {"B16", total_2024},
                     {"C16", total_2025}};
  return p;
};
} // namespace

TEST(FinanceKinds, ALineAddingUpTheLinesAboveItInOneColumnByChanceIsNoSubtotalGoneWrong) {
  // Two blocks end in their subtotals (Schools, Roads); the third has none,
  // and its last line, Fleet, happens to equal Depot + Vehicles in one
  // column. The grand total counts Fleet as a line and agrees in both
  // columns. Read on the other blocks' pattern, Fleet was "a subtotal wrong
  // in 2025/26" and the grand total wrong twice: three false errors.
  auto rows = [](double fleet_2025, double total_2024, double total_2025) {
    return capital_programme(120, fleet_2025, total_2024, total_2025);
  };

  CheckOptions o;
  o.threads = 1;
  // Fleet a line: 300 + 100 + 30 + 12 + 42 = 484; 120 + 50 + 25 + 7 + 9 = 211.
  CheckResult line = run_check({write_xlsx({{"Capital", rows(9, 484, 211)}}, "fleet-line.xlsx")}, o);
  EXPECT_EQ(errors_at(line), "") << check_text(line);
  EXPECT_GT(line.totals_checked(), 0u) << check_text(line);
  // Fleet the third block's subtotal, wrong in 2025/26 (39, its lines add 32):
  // the grand total (300 + 100 + 42; 120 + 50 + 32) reads it so; reported there.
  CheckResult sub = run_check({write_xlsx({{"Capital", rows(39, 442, 202)}}, "fleet-subtotal.xlsx")}, o);
  EXPECT_EQ(errors_at(sub), "Capital!C14") << check_text(sub);
}

// ------------------------------------------------------------ second round
// Kinds from make_kinds2.py where a total is not simply the lines above it:
// a cash flow statement, a collection fund and HRA, a budget monitoring
// report (variance and variance % columns, RAG), a capital programme with
// its funding, an earmarked reserves statement (running balances), a US
// statement of net position with a budget-to-actual schedule, and a pension
// fund account in £m with a rounding difference. altered2.tsv lists the
// altered copies and where each should be reported.

namespace {
const char *const kSecondRound[] = {"cash-flow", "collection-fund", "budget-monitoring", "capital-programme",
                                    "reserves",  "net-position",    "pension-fund"};

std::string notes_at(const CheckResult &r) {
  std::string out;
  for (auto &f : r.findings)
    if (f.severity != Severity::Error && f.cell) {
      if (!out.empty()) out += ' ';
      out += f.rule + "@" + (f.sheet ? *f.sheet : std::string()) + "!" + a1(*f.cell);
    }
  return out;
}
} // namespace

TEST(FinanceKinds, SecondRoundCopiesGiveNoErrorAndSayWhatWasChecked) {
  for (const char *kind : kSecondRound) {
    for (const char *copy : {"-formulas.xlsx", "-values.xlsx"}) {
      std::string name = std::string(kind) + copy;
      CheckResult r = check(name);
      EXPECT_EQ(errors_at(r), "") << name << "\n" << check_text(r);
      EXPECT_GT(r.totals_checked(), 0u) << name;
    }
  }
  // The pension fund account's 2023/24 net return on investments is keyed as
  // the audited figure, 0.1 (one unit of £0.1m) above its rounded lines: a
  // rounding note, never an error.
  for (const char *copy : {"pension-fund-formulas.xlsx", "pension-fund-values.xlsx"}) {
    CheckResult r = check(copy);
    EXPECT_EQ(notes_at(r), "rounding-difference@Fund Account!D20") << copy << "\n" << check_text(r);
  }
  // Percentages are not amounts: the Variance % column is no part of the
  // table. 15 column totals and the 19 variances (Forecast - Budget).
  CheckResult monitoring = check("budget-monitoring-values.xlsx");
  EXPECT_EQ(monitoring.totals_checked(), 34u) << check_text(monitoring);
}

TEST(FinanceKinds, SecondRoundAlteredTotalsAndComponentsAreReportedWhereTheStructureIsKnown) {
  struct Case {
    const char *file, *errors;
  };
  // What fundbook says of each altered copy (altered2.tsv: the cell altered
  // and where it should be reported).
  const Case cases[] = {
      {"collection-fund-altered-1.xlsx", "Collection Fund!B28"},
      {"collection-fund-altered-2.xlsx", "HRA!C12"},
      {"budget-monitoring-altered-1.xlsx", "Period 8!B9"},
      {"budget-monitoring-altered-2.xlsx", "Period 8!C15"},
      {"capital-programme-altered-1.xlsx", "Capital Programme!D13"},
      // The scheme's own 2024-29 total and the year's total both disagree by
      // the same amount: one finding at the figure both add, C8 (before: at
      // the row total G8, naming C8 and C13).
      {"capital-programme-altered-2.xlsx", "Capital Programme!C8"},
      {"reserves-altered-1.xlsx", "Earmarked Reserves!C14"},
      {"reserves-altered-2.xlsx", "Earmarked Reserves!B14"},
      {"net-position-altered-1.xlsx", "Net Position!B18"},
      {"net-position-altered-2.xlsx", "Budget to Actual!D17"},
      // The net change in fund balance adds the excess of revenues over
      // expenditures (a difference, no total) and the other financing
      // sources' total under their heading: the last two lines above it.
      {"net-position-altered-3.xlsx", "Budget to Actual!D32"},
      // The net cash flows from operating activities adds the inflows and
      // outflows subtotals; an investing line altered leaves the investing
      // net line wrong in one of its two columns.
      {"cash-flow-altered-1.xlsx", "Cash Flow Statement!D20"},
      {"cash-flow-altered-2.xlsx", "Cash Flow Statement!C28"},
      // By the indirect method: the net (increase) or decrease adds the
      // operating activities' net flow and the investing and financing
      // lines under it, across blank rows.
      {"cash-flow-altered-3.xlsx", "Cash Flow (indirect)!D13"},
      // Its operating activities' net flow altered: the net (increase) or
      // decrease over it still adds up its lines, so 2023/24 is no column
      // that adds up nowhere (before, it was left out as "not an amount").
      {"cash-flow-altered-4.xlsx", "Cash Flow (indirect)!D8"},
      // Net additions including management expenses: the net additions from
      // dealings with members (over two unlabelled subtotals) and the
      // expenses.
      {"pension-fund-altered-1.xlsx", "Fund Account!D14"},
      // Miss: the net return on investments altered in 2022/23 agrees in
      // 2023/24 only within rounding (its audited 0.1): one column of two
      // is no evidence that the line is a total rather than a line.
      {"pension-fund-altered-2.xlsx", ""},
  };
  for (auto &c : cases) {
    CheckResult r = check(c.file);
    EXPECT_EQ(errors_at(r), c.errors) << c.file << "\n" << check_text(r);
  }
}

TEST(FinanceKinds, AnUnnamedSubtotalWrongInOneColumnIsReportedThereNotAtTheGrandTotal) {
  // Schools and Roads close their blocks with no total word; Fleet is a
  // line. Schools is 5 too high in 2025/26 (125; School A + School B is
  // 120), so it reads as a subtotal in 2024/25 only, and taken for a line
  // the grand total (right in both columns over the lines) was "wrong" in
  // both: two false errors and the real one missed.
  auto rows = [](double schools_2025, double total_2025) {
    return capital_programme(schools_2025, 9, 484, total_2025);
  };

  CheckOptions o;
  o.threads = 1;
  // The grand total adds the lines (120 + 50 + 25 + 7 + 9 = 211).
  CheckResult leaves = run_check({write_xlsx({{"Capital", rows(125, 211)}}, "schools-off-total-leaves.xlsx")}, o);
  EXPECT_EQ(errors_at(leaves), "Capital!C6") << check_text(leaves);
  // The grand total adds the subtotals as stated (125 + 50 + 25 + 7 + 9 = 216).
  CheckResult stated = run_check({write_xlsx({{"Capital", rows(125, 216)}}, "schools-off-total-stated.xlsx")}, o);
  EXPECT_EQ(errors_at(stated), "Capital!C6") << check_text(stated);
  // All correct: silent.
  CheckResult right = run_check({write_xlsx({{"Capital", rows(120, 211)}}, "schools-right.xlsx")}, o);
  EXPECT_EQ(errors_at(right), "") << check_text(right);
}

TEST(FinanceKinds, AColumnHeadedOnlyByItsUnitOrItsNumberOnTheFormIsNamedByTheHeadingAboveIt) {
  // "£000" under "Balance at 1 April 2023", "2" under "Running expenses":
  // a finding "for '£000'" or "for '2'" does not say which column is wrong.
  // Two columns of one name are told apart by the period over each.
  auto message_at = [](const CheckResult &r, const std::string &where) {
    for (auto &f : r.findings)
      if (f.severity == Severity::Error && f.cell && (f.sheet ? *f.sheet : std::string()) + "!" + a1(*f.cell) == where)
        return f.message;
    return std::string("(no error at " + where + ")");
  };
  EXPECT_NE(message_at(check("revenue-outturn-altered-1.xlsx"), "RO2!D16").find("for 'Running expenses (column 2)'"),
            std::string::npos);
  EXPECT_NE(message_at(check("statement-of-accounts-altered-1.xlsx"), "CIES!F9")
                .find("for '2023/24 Gross Expenditure' at F14"),
            std::string::npos);
  EXPECT_NE(message_at(check("statement-of-accounts-altered-3.xlsx"), "Balance Sheet!D11").find("for '31 March 2024'"),
            std::string::npos);
  CheckResult reserves = check("reserves-altered-1.xlsx");
  std::string all;
  for (auto &f : reserves.findings) all += f.message + "\n";
  EXPECT_EQ(all.find("for '\xc2\xa3"
                     "000'"),
            std::string::npos)
      << all;
}

TEST(FinanceKinds, ANetLineOverTheSubtotalsAboveItIsATotal) {
  // A cash flow statement: the inflows and the outflows each under their
  // heading with a total, then "Net cash flows from operating activities",
  // the two added, no total word. Before, it was read as one more line: an
  // error in it went unseen. A "Net ..." line that is a difference (net
  // change = revenues - expenditures + transfers in) is no total and is not
  // accused.
  auto rows = [](double net_2024) {
    return std::vector<Put>{{"A1", "Cash Flow Statement"},
                            {"B3", "2022/23"},
                            {"C3", "2023/24"},
                            {"A4", "Cash inflows"},
                            {"A5", "Taxation"},
                            {"B5", 400.0},
                            {"C5", 420.0},
                            {"A6", "Grants"},
                            {"B6", 300.0},
                            {"C6", 310.0},
                            {"A7", "Total cash inflows"},
                            {"B7", 700.0},
                            {"C7", 730.0},
                            {"A8", "Cash outflows"},
                            {"A9", "Employees"},
                            {"B9", -350.0},
                            {"C9", -360.0},
                            {"A10", "Suppliers"},
                            {"B10", -200.0},
                            {"C10", -215.0},
                            {"A11", "Total cash outflows"},
                            {"B11", -550.0},
                            {"C11", -575.0},
                            {"A12", "Net cash flows from operating activities"},
                            {"B12", 150.0},
                            {"C12", net_2024},
                            {"A14", "Revenues"},
                            {"B14", 900.0},
                            {"C14", 950.0},
                            {"A15", "Expenditures"},
                            {"B15", 800.0},
                            {"C15", 870.0},
                            {"A16", "Transfers in"},
                            {"B16", 30.0},
                            {"C16", 25.0},
                            {"A17", "Net change in fund balance"},
                            {"B17", 130.0},
                            {"C17", 105.0}};
  };
  CheckOptions o;
  o.threads = 1;
  CheckResult right = run_check({write_xlsx({{"Cash Flow", rows(155)}}, "net-right.xlsx")}, o);
  EXPECT_EQ(errors_at(right), "") << check_text(right);
  EXPECT_EQ(right.totals_checked(), 6u) << check_text(right);
  CheckResult wrong = run_check({write_xlsx({{"Cash Flow", rows(165)}}, "net-wrong.xlsx")}, o);
  EXPECT_EQ(errors_at(wrong), "Cash Flow!C12") << check_text(wrong);
}

TEST(FinanceKinds, ASecondSubtotalRightUnderTheFirstAndANoteColumn) {
  // A fund account: contributions and transfers in, an unlabelled subtotal,
  // benefits and leavers right under it, a second unlabelled subtotal, then
  // "Net additions from dealings with members" adding the two; a Notes
  // column of note numbers beside the lines. Before, the second subtotal
  // was not read as one (it does not add its block, which holds the first),
  // the note numbers were read as a column of amounts, and the net line
  // altered went unseen.
  auto rows = [](double net_2024) {
    return std::vector<Put>{{"A1", "Fund Account"},
                            {"B3", "Notes"},
                            {"C3", "2022/23"},
                            {"D3", "2023/24"},
                            {"C4", "\xc2\xa3m"},
                            {"D4", "\xc2\xa3m"},
                            {"A5", "Dealings with members"},
                            {"A6", "Contributions"},
                            {"B6", "7"},
                            {"C6", 182.3},
                            {"D6", 195.4},
                            {"A7", "Transfers in"},
                            {"B7", "8"},
                            {"C7", 8.1},
                            {"D7", 11.3},
                            {"C8", 190.4},
                            {"D8", 206.7},
                            {"A9", "Benefits"},
                            {"B9", "9"},
                            {"C9", -151.3},
                            {"D9", -163.9},
                            {"A10", "Leavers"},
                            {"B10", "10"},
                            {"C10", -9.4},
                            {"D10", -7.9},
                            {"C11", -160.7},
                            {"D11", -171.8},
                            {"A12", "Net additions from dealings with members"},
                            {"C12", 29.7},
                            {"D12", net_2024},
                            {"A14", "Investment income"},
                            {"B14", "12"},
                            {"C14", 61.9},
                            {"D14", 72.1}};
  };
  CheckOptions o;
  o.threads = 1;
  CheckResult right = run_check({write_xlsx({{"Fund", rows(34.9)}}, "fund-right.xlsx")}, o);
  EXPECT_EQ(errors_at(right), "") << check_text(right);
  // Only 'Investment income', under the net line and counted by no check,
  // is left unchecked (not the note number beside it: no check counts
  // that column).
  ASSERT_EQ(right.unchecked.size(), 1u) << check_text(right);
  EXPECT_EQ(a1(right.unchecked[0].block.first) + ":" + a1(right.unchecked[0].block.last), "C14:D14");
  CheckResult wrong = run_check({write_xlsx({{"Fund", rows(37.4)}}, "fund-wrong.xlsx")}, o);
  EXPECT_EQ(errors_at(wrong), "Fund!D12") << check_text(wrong);
}

// ------------------------------------------------------------ third round
// The same kinds as other bodies lay them out (make_kinds3.py): a revenue
// outturn return with its line codes between the description and the
// figures, a budget book with the subjective analysis across, lists of
// grants and payments, a CIES with the description on the left and one with
// it between the years, a balance sheet whose Total Reserves equal its Net
// Assets. altered3.tsv lists the altered copies.

namespace {
const char *const kThirdRound[] = {"outturn-return", "budget-subjective", "grants-payments", "spend-listing",
                                   "accounts-left"};

std::string why_on(const CheckResult &r, const std::string &sheet) {
  for (auto &u : r.unchecked)
    if (u.block.sheet == sheet) return u.block.why;
  return "";
}
} // namespace

TEST(FinanceKinds, ThirdRoundCopiesGiveNoError) {
  // Before: RO5!B17 (the line code 590 of the TOTAL line read as a total of
  // the codes above it), Balance Sheet!C44 and D44 (Total Reserves read as
  // adding Net Assets too) and six on CIES (2) (read as a table by year:
  // "2023/24" over each of three columns).
  for (const char *kind : kThirdRound) {
    for (const char *copy : {"-formulas.xlsx", "-values.xlsx"}) {
      std::string name = std::string(kind) + copy;
      CheckResult r = check(name);
      EXPECT_EQ(errors_at(r), "") << name << "\n" << check_text(r);
    }
  }
  CheckResult accounts = check("accounts-left-values.xlsx");
  for (const char *sheet : {"CIES", "CIES (2)", "Balance Sheet"})
    EXPECT_TRUE(checked_on(accounts, sheet)) << sheet << "\n" << check_text(accounts);
  CheckResult outturn = check("outturn-return-values.xlsx");
  EXPECT_TRUE(checked_on(outturn, "RO5")) << check_text(outturn);
}

TEST(FinanceKinds, ALineCodeColumnBetweenTheDescriptionAndTheFiguresIsNoAmount) {
  // 501 ... 509, then 590 on the TOTAL line: codes jumping once where a
  // section's total line has its own code are still codes.
  CheckResult r = check("outturn-return-values.xlsx");
  for (auto &f : r.findings) EXPECT_NE(f.cell ? a1(*f.cell) : "", "B17") << check_text(r);
  CheckResult total = check("outturn-return-altered-1.xlsx");
  EXPECT_EQ(errors_at(total), "RO5!F17") << check_text(total);
}

TEST(FinanceKinds, ListsOfGrantsAndPaymentsHaveNoTotalToCheckAndSaySo) {
  // A grant whose amounts equal the two grants above it (8,000 + 3,000 and
  // 7,500 + 2,500) is one more dated award, not a subtotal: before, "2
  // totals checked" on a list that states none.
  for (const char *copy :
       {"grants-payments-values.xlsx", "grants-payments-altered-1.xlsx", "grants-payments-altered-2.xlsx"}) {
    CheckResult r = check(copy);
    EXPECT_EQ(errors_at(r), "") << copy << "\n" << check_text(r);
    EXPECT_EQ(r.totals_checked(), 0u) << copy << "\n" << check_text(r);
    for (const char *sheet : {"Grants", "Payments Q1"})
      EXPECT_NE(why_on(r, sheet).find("there was no total to check"), std::string::npos)
          << copy << " " << sheet << ": " << why_on(r, sheet);
  }
}

TEST(FinanceKinds, AGrandTotalWrittenInTheFirstColumnOfAListNamesItsRow) {
  // "Grand Total" in the date column under payments named in the supplier
  // column: before, the row had no name, so its total was checked only when
  // it agreed, and an altered one left the list "unchecked".
  CheckResult total = check("spend-listing-altered-1.xlsx");
  EXPECT_EQ(errors_at(total), "Spend over 500!G255") << check_text(total);
  CheckResult payment = check("spend-listing-altered-2.xlsx");
  EXPECT_EQ(errors_at(payment), "Spend over 500!G255") << check_text(payment);
  CheckResult ok = check("spend-listing-values.xlsx");
  EXPECT_EQ(ok.totals_checked(), 1u) << check_text(ok);
}

TEST(FinanceKinds, ANetColumnAddsTheColumnsRightBeforeItNotLastYearsBesideThem) {
  // 2024/25 Net Budget = Employees ... Income; the 2023/24 Net Budget sits
  // left of them. One service's net budget altered: before, it was blamed
  // on the division's total under it (I11), now on itself.
  CheckResult r = check("budget-subjective-altered-5.xlsx");
  EXPECT_EQ(errors_at(r), "Service Budgets!I9") << check_text(r);
}

TEST(FinanceKinds, ASubtotalWrongInOneColumnOfSixIsStillTheSubtotal) {
  // Cost of Services altered in 2023/24's net column: its other five columns
  // add the services above it. Before, read as a line, it left the Total
  // Comprehensive Income and Expenditure wrong in both years (D25, G25).
  CheckResult r = check("accounts-left-altered-1.xlsx");
  EXPECT_EQ(errors_at(r), "CIES!D14") << check_text(r);
  CheckResult income = check("accounts-left-altered-2.xlsx");
  EXPECT_EQ(errors_at(income), "CIES!F9") << check_text(income); // the income both G9 and F14 add
}

TEST(FinanceKinds, TotalReservesAddTheReservesNotTheNetAssetsAboveThem) {
  CheckResult lta = check("accounts-left-altered-4.xlsx");
  EXPECT_EQ(errors_at(lta), "Balance Sheet!C11") << check_text(lta);
  CheckResult reserve = check("accounts-left-altered-5.xlsx");
  EXPECT_EQ(errors_at(reserve), "Balance Sheet!D42") << check_text(reserve);
}

TEST(FinanceKinds, ThirdRoundAlteredCopiesAreReportedWhereTheStructureIsKnown) {
  struct Case {
    const char *file, *errors;
  };
  const Case cases[] = {
      // A component under a row total and a column total breaks both by the
      // same amount: one cause, one finding, at the component (before: at
      // the row total E11), naming both totals.
      {"outturn-return-altered-2.xlsx", "RO5!C11"},
      // The RA sheet's lines say what they add ("total of lines 12 to 15",
      // "lines 10 minus 11"), read by its line numbers (before: read by
      // place, REVENUE EXPENDITURE agreed with no reading and the sheet was
      // said to be unchecked, so both were missed).
      {"outturn-return-altered-3.xlsx", "RA!C16"},
      {"outturn-return-altered-4.xlsx", "RA!D16"},
      {"budget-subjective-altered-1.xlsx", "Service Budgets!D11"},
      {"budget-subjective-altered-2.xlsx", "Service Budgets!G8"},
      {"budget-subjective-altered-3.xlsx", "Portfolio Summary!B10"},
      // Net = gross - income is a difference, not checked: the income's
      // Sub-total reports it.
      {"budget-subjective-altered-4.xlsx", "Portfolio Summary!C17"},
      {"accounts-left-altered-3.xlsx", "CIES (2)!A7"},
  };
  for (auto &c : cases) {
    CheckResult r = check(c.file);
    EXPECT_EQ(errors_at(r), c.errors) << c.file << "\n" << check_text(r);
  }
  CheckResult ra = check("outturn-return-values.xlsx");
  EXPECT_EQ(why_on(ra, "RA"), "") << check_text(ra);
  EXPECT_TRUE(checked_on(ra, "RA")) << check_text(ra);
}

// ------------------------------------------------------------ line arithmetic
// Forms whose lines say how they are worked out from the form's numbered
// lines (make_line_arithmetic.py): "(total of lines 1 to 9)", "(total of
// lines 10 to 19)", "(line 20 minus line 21)", "(lines 30 + 31 - 32)",
// "(line 22 minus lines 33 and 34)". Each is checked as its label says, by
// the numbers in the line column; one naming lines the table does not
// number is said unchecked, not read by place.

TEST(FinanceKinds, ALineWorkedOutFromNumberedLinesIsCheckedAsItsLabelSays) {
  for (const char *copy : {"line-arithmetic-formulas.xlsx", "line-arithmetic-values.xlsx"}) {
    CheckResult r = check(copy);
    EXPECT_EQ(errors_at(r), "") << copy << "\n" << check_text(r);
    EXPECT_TRUE(checked_on(r, "RA")) << copy << "\n" << check_text(r);
    EXPECT_EQ(why_on(r, "RA"), "") << copy;
    // Before: the sheet was read by place, the net and funding lines as
    // totals of the lines above them.
    EXPECT_EQ(r.totals_checked(), 15u) << copy << "\n" << check_text(r);
    EXPECT_NE(why_on(r, "Summary").find("line 699 is not among the table's line numbers"), std::string::npos)
        << copy << ": " << why_on(r, "Summary");
  }
  struct Case {
    const char *file, *errors;
  };
  const Case cases[] = {
      {"line-arithmetic-altered-1.xlsx", "RA!C14"}, // total of lines 1 to 9
      {"line-arithmetic-altered-2.xlsx", "RA!D14"}, // a line under it
      {"line-arithmetic-altered-3.xlsx", "RA!E24"}, // total of lines 10 to 19 (a total and lines)
      // line 20 minus line 21 typed over: the council tax requirement worked
      // out from it breaks too, one cause, one finding.
      {"line-arithmetic-altered-4.xlsx", "RA!C26"},
      {"line-arithmetic-altered-5.xlsx", "RA!D31"}, // a line under lines 30 + 31 - 32
      {"line-arithmetic-altered-6.xlsx", "RA!E31"}, // lines 30 + 31 - 32 typed over
      {"line-arithmetic-altered-7.xlsx", "RA!C33"}, // line 22 minus lines 33 and 34 typed over
  };
  for (auto &c : cases) {
    CheckResult r = check(c.file);
    EXPECT_EQ(errors_at(r), c.errors) << c.file << "\n" << check_text(r);
  }
}
