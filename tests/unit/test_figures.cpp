#include <gtest/gtest.h>

#include "import/figures.hpp"

using namespace fundbook;

namespace {
double num(const char *s) {
  auto f = parse_figure(s);
  EXPECT_EQ(f.kind, ParsedFigure::Kind::Number) << s;
  return f.value;
}
bool nil(const char *s) { return parse_figure(s).kind == ParsedFigure::Kind::Nil; }
bool not_figure(const char *s) { return parse_figure(s).kind == ParsedFigure::Kind::NotAFigure; }
} // namespace

TEST(Figures, AsAFinanceOfficerReadsThem) {
  EXPECT_EQ(num("(395)"), -395);
  EXPECT_EQ(num("1,312"), 1312);
  EXPECT_EQ(num("-1,941"), -1941);
  EXPECT_EQ(num("\xc2\xa3"
                "46"),
            46);
  EXPECT_EQ(num(" 87 "), 87);
  EXPECT_EQ(num("\xc2\xa0"
                "87\xc2\xa0"),
            87); // non-breaking spaces
  EXPECT_EQ(num("\xe2\x80\x93"
                "395"),
            -395); // en dash as minus
  EXPECT_EQ(num("-0"), 0);
  EXPECT_EQ(num("0.5"), 0.5);
  auto k = parse_figure("\xc2\xa3"
                        "594K");
  EXPECT_EQ(k.value, 594);
  EXPECT_EQ(k.own_unit, 100000);
  auto m = parse_figure("1.2m");
  EXPECT_EQ(m.value, 1.2);
  EXPECT_EQ(m.own_unit, 100000000);
  EXPECT_TRUE(parse_figure("\xc2\xa3"
                           "95,133")
                  .pound_sign);
}

// A ledger or trial-balance export writes a credit's sign after the figure
// or as a word: read as a negative, a debit as positive. Only a plain
// amount takes it, and only a whole word: a range ("2017-"), a code
// ("4501-", "CR21") or a word ending so ("Scr", "CRD 12.50") is no figure.
TEST(Figures, LedgerSignsAfterTheFigureOrAsAWord) {
  EXPECT_EQ(num("30,782.63-"), -30782.63);
  EXPECT_EQ(num("30,782.63 -"), -30782.63);
  EXPECT_EQ(num("21,669.72 CR"), -21669.72);
  EXPECT_EQ(num("21,669.72CR"), -21669.72);
  EXPECT_EQ(num("CR 21,669.72"), -21669.72);
  EXPECT_EQ(num("21,669.72 Cr"), -21669.72);
  EXPECT_EQ(num("21,669.72 cr"), -21669.72);
  EXPECT_EQ(num("500 CR"), -500);
  EXPECT_EQ(num("1,204.50 DR"), 1204.5);
  EXPECT_EQ(num("DR 1,204.50"), 1204.5);
  EXPECT_EQ(num("1,312-"), -1312);
  EXPECT_EQ(num("\xc2\xa3"
                "46.20-"),
            -46.2);
  EXPECT_EQ(num("0.00-"), 0);
  for (const char *s :
       {"2017-", "4501-", "500CR", "CR21", "CR21.50", "Scr", "CRD 12.50", "12.50 CRD", "12.50 ACR", "-12.50-",
        "(12.50)-", "12.50 CR-", "1,2345.00-", "12.50- CR", "12.345678-", "CR", "DR -", "2016-17-", "Band D-"})
    EXPECT_TRUE(not_figure(s)) << s;
  // An amount with its marks, lost in the writing before a sign: a figure
  // not understood. Bare digits before a minus are a range or a code.
  FigureVocabulary v;
  for (const char *s : {"1,2345.00-", "12.345678 CR", "(12.50)-", "1,234.5.6-"}) EXPECT_TRUE(broken_figure(s, v)) << s;
  for (const char *s : {"2017-", "4501-", "30,782.63-", "$12.50-", "12.50 CR", "Band D-"})
    EXPECT_FALSE(broken_figure(s, v)) << s;
}

TEST(Figures, NilMarkers) {
  for (const char *s : {"-", "\xe2\x80\x93", "\xe2\x80\x94", "", "  ", "nil", "N/A", "n/a"}) EXPECT_TRUE(nil(s)) << s;
}

TEST(Figures, TextThatIsNotAFigure) {
  for (const char *s : {"tbc", "see note", "12,34", "1.2.3", "45%", "Saving"}) EXPECT_TRUE(not_figure(s)) << s;
}

// An amount mistyped with two decimal points after its currency sign is a
// figure lost in the writing; two points with no sign are a date or a
// version, and a well-written amount is a figure (issue 17, fresh3 class K).
TEST(Figures, TwoDecimalPointsAfterACurrencySignAreABrokenFigure) {
  FigureVocabulary v;
  for (const char *s : {"\xc2\xa3"
                        "723.79.48",
                        "\xc2\xa3"
                        "20.434.45",
                        "$1.250.00.5",
                        "\xe2\x82\xac"
                        "3.1.4"})
    EXPECT_TRUE(broken_figure(s, v)) << s;
  for (const char *s : {"31.03.2023", "1.2.3",
                        "\xc2\xa3"
                        "723.79",
                        "\xc2\xa3"
                        "20,434.45",
                        "\xc2\xa3"
                        "TBC",
                        "\xe2\x82\xac"
                        "1.234.567",
                        "$12.345.678",
                        "\xc2\xa3"
                        "(1.234.567)",
                        "\xc2\xa3"})
    EXPECT_FALSE(broken_figure(s, v)) << s;
}

TEST(Figures, FinancialYearsInEverySpelling) {
  for (const char *s : {"2017-18", "2017/18", "17-18", "17/18", "2017-2018", "FY2017/18", "FY 2017-18",
                        "2017-18 \xc2\xa3"
                        "000",
                        "2017 - 18",
                        "2017\xe2\x80\x93"
                        "18"}) {
    auto y = parse_financial_year(s);
    ASSERT_TRUE(y) << s;
    EXPECT_EQ(*y, "2017-18") << s;
  }
  for (const char *s : {"2017-19", "2017", "Year 1", "1/10/17", "2017/18/19", "Q3 2017/18"})
    EXPECT_FALSE(parse_financial_year(s)) << s;
  EXPECT_EQ(year_key(2099), "2099-00");
}

// A heading that is a year, perhaps with its unit, heads a profile by year;
// a measure's name that holds a year heads a column of that measure.
TEST(Figures, AYearHeadingIsTheYearAloneWithItsUnit) {
  for (const char *s :
       {"2017/18", "FY 2017-18",
        "2016-17 \xc2\xa3"
        "000",
        "2017/18 (\xc2\xa3'000)", "2017/18 \xc2\xa3m", "2017-18\n\xc2\xa3k", "2017/18*", "2017/18 $000"})
    EXPECT_TRUE(year_heading(s)) << s;
  for (const char *s : {"2017/18 Original Budget", "2016/17 Actual",
                        "2018/19 Budget \xc2\xa3"
                        "000",
                        "2022/23 (Restated)", "Actual 2016/17", "Budget", ""})
    EXPECT_FALSE(year_heading(s)) << s;
  for (const char *s : {"Actual 2016/17", "Original Budget 2017/18", "Revised Estimate 2017-18",
                        "Budget 2018/19 \xc2\xa3"
                        "000",
                        "2017/18 Original Budget", "2017/18", "Total (FY2017-18)"})
    EXPECT_TRUE(mentions_financial_year(s)) << s;
  for (const char *s : {"Budget", "Ref 12017/18", "Q3", "Line 2017", "1/10/17",
                        "Variance \xc2\xa3"
                        "000"})
    EXPECT_FALSE(mentions_financial_year(s)) << s;
}

TEST(Figures, Units) {
  EXPECT_EQ(parse_unit("\xc2\xa3"
                       "000"),
            100000);
  EXPECT_EQ(parse_unit("\xc2\xa3'000"), 100000);
  EXPECT_EQ(parse_unit("\xc2\xa3k"), 100000);
  EXPECT_EQ(parse_unit("2016-17 \xc2\xa3"
                       "000"),
            100000);
  EXPECT_EQ(parse_unit("\xc2\xa3m"), 100000000);
  EXPECT_EQ(parse_unit("\xc2\xa3"), 100);
  EXPECT_EQ(parse_unit("Figures are in \xc2\xa3"
                       "000"),
            100000);
  EXPECT_FALSE(parse_unit("Saving"));
}

TEST(Figures, ReferencesNormalised) {
  auto ref = [](const char *s) { return find_reference(s).value().ref; };
  EXPECT_EQ(ref("c/r5.001"), "C/R.5.001");
  EXPECT_EQ(ref("A/R 6.113"), "A/R.6.113");
  EXPECT_EQ(ref("A/R. 6.214"), "A/R.6.214");
  EXPECT_EQ(ref("(C/R.5.305)"), "C/R.5.305");
  EXPECT_EQ(ref("Commercial Approach to Contract Management (c/r5.001)"), "C/R.5.001");
  EXPECT_EQ(ref("c/r 5.320"), "C/R.5.320");
  EXPECT_FALSE(find_reference("and/or 5 things"));
  EXPECT_EQ(strip_reference("Total Transport (C/R.5.102)"), "Total Transport");
  EXPECT_EQ(strip_reference("A/R.6.248- Review the commissioning"), "Review the commissioning");
  EXPECT_EQ(strip_reference("Children's Change (Later Phases) A/R.6.204"), "Children's Change (Later Phases)");
}

TEST(Figures, FoldSpacesLeavesTidyTextAloneAndTidiesTheRest) {
  EXPECT_EQ(fold_spaces(""), "");
  EXPECT_EQ(fold_spaces("Scheme 12 to reduce the cost of care"), "Scheme 12 to reduce the cost of care");
  EXPECT_EQ(fold_spaces(" Leading"), "Leading");
  EXPECT_EQ(fold_spaces("Trailing "), "Trailing");
  EXPECT_EQ(fold_spaces("Two  spaces"), "Two spaces");
  EXPECT_EQ(fold_spaces("Tab\there"), "Tab here");
  EXPECT_EQ(fold_spaces("Line\r\nbreak"), "Line break");
  EXPECT_EQ(fold_spaces("No\xc2\xa0"
                        "break"),
            "No break");
  EXPECT_EQ(fold_spaces("\xc2\xa3"
                        "46"),
            "\xc2\xa3"
            "46"); // a pound sign is not a space
  EXPECT_EQ(fold_spaces("   "), "");
}
