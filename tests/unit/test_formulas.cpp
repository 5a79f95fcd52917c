// Formulas: the A1 parse, shared-formula moves, ODS and xls conversion, the
// evaluator, and the formula rules on workbooks made for them.
#include <gtest/gtest.h>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <tuple>

#include "core/concat.hpp"
#include "engine/check.hpp"
#include "import/formula/evaluate.hpp"
#include "import/formula/ods_formula.hpp"
#include "import/open.hpp"
#include "import/xls/ptg.hpp"

#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {

// A workbook built in memory: numbers, texts and formulas (saved or not).
struct Book {
  Workbook wb;
  Book(std::initializer_list<const char *> sheets) {
    for (auto *n : sheets) {
      wb.sheets.emplace_back();
      wb.sheets.back().name = n;
    }
  }
  Book &num(std::size_t s, const char *ref, double v) {
    auto r = parse_a1(std::string_view(ref)).value();
    Cell c;
    c.row = r.row;
    c.col = std::uint16_t(r.col);
    c.type = CellType::Number;
    c.number = v;
    wb.sheets[s].cells.push_back(c);
    return *this;
  }
  Book &text(std::size_t s, const char *ref, const char *t) {
    auto r = parse_a1(std::string_view(ref)).value();
    Cell c;
    c.row = r.row;
    c.col = std::uint16_t(r.col);
    c.type = CellType::String;
    c.str = wb.intern(t);
    wb.sheets[s].cells.push_back(c);
    return *this;
  }
  // A formula; with a saved value when `saved` is given, else empty-formula.
  Book &formula(std::size_t s, const char *ref, const char *f, std::optional<double> saved = std::nullopt) {
    auto r = parse_a1(std::string_view(ref)).value();
    Cell c;
    c.row = r.row;
    c.col = std::uint16_t(r.col);
    c.formula = true;
    c.type = saved ? CellType::Number : CellType::EmptyFormula;
    if (saved) c.number = *saved;
    wb.sheets[s].cells.push_back(c);
    wb.sheets[s].formulas.push_back({r.row, std::uint16_t(r.col), 0, wb.intern(f)});
    return *this;
  }
  Workbook &done() {
    for (auto &s : wb.sheets) finish_sheet(s);
    return wb;
  }
};

formula::Result eval(Workbook &wb, const char *text, std::size_t sheet = 0) {
  formula::Evaluator ev(wb);
  return ev.evaluate(sheet, 0, 0, text);
}

std::string value_text(const formula::Result &r) { return r.ok ? r.value.decimal(formula::kScale) : "-"; }

} // namespace

TEST(FormulaParse, TheArithmeticSubsetParsesAndTheRestDoesNot) {
  for (const char *ok : {"=SUM(C6:H6)", "=C6+D6-E6*2/F6", "=-(A1)", "=ROUND(SUM($C$6:C10),0)",
                         "='Q3 2017-18'!B4+Sheet2!C5:C9", "=SUBTOTAL(109,C5:C9)", "=SUM(C:C)", "=1.5E3"})
    EXPECT_TRUE(formula::parse(ok)) << ok;
  for (const char *no : {"=A1&\"x\"", "=A1^2", "=IF(A1>0,1,2)", "=MyName*2", "=SUM(A1,,B1)", "=A1 B1", "=Table1[Total]",
                         "=[1]Sheet1!A1", "=#REF!+1", "=SUM(A1", "=1:3", "=LOG10(1)+"})
    EXPECT_FALSE(formula::parse(no)) << no;
  // Hostile nesting is refused, not followed.
  EXPECT_FALSE(formula::parse(std::string(200, '(') + "1" + std::string(200, ')')));
}

// The plain-sum fast path reads exactly what parse() reads, or leaves the
// text to parse(): every text made of these pieces, where plain_sum takes it,
// parses to one SUM of the same areas on the formula's own sheet.
TEST(FormulaParse, APlainSumIsReadAsParseReadsIt) {
  auto parsed = [](std::string_view text) {
    std::vector<std::pair<CellRef, CellRef>> areas;
    auto e = formula::parse(text);
    if (!e) return std::optional<decltype(areas)>();
    const formula::Node &root = e->nodes[std::size_t(e->root)];
    if (root.kind != formula::Node::Kind::Call || root.name != "SUM") return std::optional<decltype(areas)>();
    for (int k : root.kids) {
      const formula::Node &a = e->nodes[std::size_t(k)];
      if (a.kind != formula::Node::Kind::Ref || a.area.has_sheet || a.area.whole_columns)
        return std::optional<decltype(areas)>();
      areas.push_back({a.area.first, a.area.last});
    }
    return std::optional<decltype(areas)>(areas);
  };
  auto agrees = [&](const std::string &text) {
    formula::PlainSum plain;
    if (!formula::plain_sum(text, plain)) return true; // parse() reads it
    auto want = parsed(text);
    if (!want || want->size() != plain.count) return false;
    for (std::size_t k = 0; k < plain.count; ++k)
      if ((*want)[k].first != plain.areas[k].first || (*want)[k].second != plain.areas[k].last) return false;
    return true;
  };
  for (const char *yes : {"=SUM(D2:I2)", "SUM(D2:I2)", "=sum(d2,$F$2:g2)", "=Sum(C9:A1)", "=SUM(XFD1048576)",
                          "=SUM(A1,B2,C3,D4,E5,F6,G7,H8)"}) {
    formula::PlainSum plain;
    EXPECT_TRUE(formula::plain_sum(yes, plain)) << yes;
    EXPECT_TRUE(agrees(yes)) << yes;
  }
  for (const char *no :
       {"=SUM( D2:I2)",   "=SUM(D2:I2) ",   "=SUM(Rates!B2:B3)", "=SUM('Q3'!B2)",   "=SUM(D:D)",
        "=SUM(D2:I)",     "=SUM(A1,1)",     "=SUM(A1:B2:C3)",    "=SUM()",          "=SUM(A1)+1",
        "=SUMIF(A1)",     "=SUM(A1",        "=_xlfn.SUM(A1)",    "=SUM(A1,,B1)",    "=SUM(A0)",
        "=SUM(XFE1)",     "=SUM(A1048577)", "=SUM(A1B)",         "=SUM(LOG10(A1))", "=SUM(A1,B2,C3,D4,E5,F6,G7,H8,I9)",
        "=SUBTOTAL(9,A1)"}) {
    formula::PlainSum plain;
    EXPECT_FALSE(formula::plain_sum(no, plain)) << no;
  }
  // Texts of random pieces, the same every run: references good and bad,
  // joined and closed well or badly.
  const char *refs[] = {"A1",   "$B$2", "C3:A1", "b$7:$D4", "XFD1048576", "Sheet2!A1", "'Q 3'!B2", "D:D",
                        "XFE1", "A0",   "A",     "$",       "1",          "A1:B",      "#REF!",    "(A1)"};
  const char *joins[] = {",", ",", ",", ", ", ":", ",,", "+", " "};
  const char *ends[] = {")", ")", ")", ") ", ")+1", "", "))", ":A1)"};
  std::uint32_t seed = 22;
  auto pick = [&](std::size_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % n;
  };
  std::size_t taken = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string text = n % 2 ? "=SUM(" : "sum(";
    for (int k = 0, m = 1 + int(pick(10)); k < m; ++k) {
      if (k) text += joins[pick(std::size(joins))];
      text += refs[pick(std::size(refs))];
    }
    text += ends[pick(std::size(ends))];
    formula::PlainSum plain;
    taken += formula::plain_sum(text, plain);
    ASSERT_TRUE(agrees(text)) << text;
  }
  EXPECT_GT(taken, 100u); // the pieces do make plain sums
}

TEST(FormulaParse, SharedFormulasMoveTheirRelativeReferences) {
  EXPECT_EQ(formula::shift_references("SUM(C6:H6)", 3, 0), "SUM(C9:H9)");
  EXPECT_EQ(formula::shift_references("C6*$B$2+C$1+$A6", 1, 2), "E7*$B$2+E$1+$A7");
  EXPECT_EQ(formula::shift_references("'Q3 data'!B4+LOG10(A1)+\"A1\"", 1, 1), "'Q3 data'!C5+LOG10(B2)+\"A1\"");
  EXPECT_EQ(formula::shift_references("A1-B2", -1, 0), "#REF!-B1");
}

TEST(FormulaParse, OdsFormulasReadInExcelSyntax) {
  EXPECT_EQ(formula::ods_to_a1("of:=SUM([.C6:.H6])").value(), "=SUM(C6:H6)");
  EXPECT_EQ(formula::ods_to_a1("of:=ROUND([.A1]*[$Rates.$B$2];0)").value(), "=ROUND(A1*Rates!$B$2,0)");
  EXPECT_EQ(formula::ods_to_a1("of:=['Q3 2017-18'.B4]+[.C1:.C2]").value(), "='Q3 2017-18'!B4+C1:C2");
  EXPECT_EQ(formula::ods_to_a1("of:=IF([.A1]=\"a;b\";1;2)").value(), "=IF(A1=\"a;b\",1,2)");
  EXPECT_FALSE(formula::ods_to_a1("ooow:=something"));
}

TEST(FormulaParse, XlsTokensDecompileToA1) {
  // =SUM(C6:H6) as Excel writes it: PtgArea (value class) then tAttrSum.
  std::string area("\x25\x05\x00\x05\x00\x02\xC0\x07\xC0", 9);
  std::string sum = area + std::string("\x19\x10\x00\x00", 4);
  xls::PtgContext ctx{5, 8, nullptr};
  EXPECT_EQ(xls::decompile(sum, ctx).value(), "=SUM(C6:H6)");
  // =-(A1+2)*ROUND(B2,0): PtgRef A1, PtgInt 2, Add, Paren, Uminus, PtgRef $B$2, PtgInt 0, PtgFunc ROUND, Mul.
  std::string t = std::string("\x24\x00\x00\x00\xC0", 5) + std::string("\x1E\x02\x00\x03\x15\x13", 6) +
                  std::string("\x24\x01\x00\x01\x00", 5) + std::string("\x1E\x00\x00", 3) +
                  std::string("\x21\x1B\x00\x05", 4);
  EXPECT_EQ(xls::decompile(t, ctx).value(), "=-(A1+2)*ROUND($B$2,0)");
  // A shared formula's relative reference (PtgRefN: offsets from the cell).
  std::string refn = std::string("\x2C\xFF\xFF\xFE\xC0", 5); // one row up, two columns left
  EXPECT_EQ(xls::decompile(refn, ctx).value(), "=G5");
  // Damaged streams give nothing rather than a wrong formula.
  EXPECT_FALSE(xls::decompile(std::string("\x03", 1), ctx));
  EXPECT_FALSE(xls::decompile(area.substr(0, 2), ctx));
}

TEST(Evaluator, WorksOutTheSubsetExactly) {
  Book b({"Data", "Rates"});
  b.num(0, "A1", 0.1).num(0, "A2", 0.2).num(0, "A3", -395).text(0, "A4", "note").num(0, "B1", 3);
  b.num(1, "B2", 0.175);
  Workbook &wb = b.done();
  EXPECT_EQ(value_text(eval(wb, "=SUM(A1:A4)")), "-394.7"); // text in a range is left out
  EXPECT_EQ(value_text(eval(wb, "=A1+A2")), "0.3");         // exact, not 0.30000000000000004
  EXPECT_EQ(value_text(eval(wb, "=-A3*Rates!B2")), "69.125");
  EXPECT_EQ(value_text(eval(wb, "=ROUND(-A3*Rates!$B$2,0)")), "69");
  EXPECT_EQ(value_text(eval(wb, "=ROUND(2.675,2)")), "2.68");
  EXPECT_EQ(value_text(eval(wb, "=ROUND(-2.5,0)")), "-3");
  EXPECT_EQ(value_text(eval(wb, "=ROUND(1234,-2)")), "1200");
  EXPECT_EQ(value_text(eval(wb, "=SUM(A1,A2,10)/B1")), "3.433333333");
  EXPECT_EQ(value_text(eval(wb, "=247000*0.0022374")), "552.6378");
  EXPECT_TRUE(eval(wb, "=SUM(A1,A2,10)/B1").inexact);
  EXPECT_EQ(value_text(eval(wb, "=Z99*2")), "0"); // an empty cell is 0
  // Outside the subset, or impossible: not evaluated, with the reason.
  EXPECT_FALSE(eval(wb, "=A4+1").ok);
  EXPECT_FALSE(eval(wb, "=A1/0").ok);
  EXPECT_FALSE(eval(wb, "=AVERAGE(A1:A3)").ok);
  EXPECT_FALSE(eval(wb, "=Missing!A1").ok);
  EXPECT_FALSE(eval(wb, "=A1:A3*2").ok);
  EXPECT_FALSE(eval(wb, "=SUBTOTAL(1,A1:A3)").ok);
  EXPECT_FALSE(eval(wb, "=1E20*1E20").ok);
}

// A plain SUM is worked out with no tree built; written with a space it goes
// the general way. Both give the same figure, the same reason when they give
// none, and spend the same work: blanks, text, booleans, errors, dates,
// absolute and reversed ranges, unsaved formulas, cycles, rows not kept,
// hidden rows, sums too large, and ranges on another sheet (not plain).
TEST(Evaluator, APlainSumGivesWhatTheGeneralWayGives) {
  Book b({"S", "Rates"});
  b.num(0, "A1", 0.1).num(0, "A2", 0.2).text(0, "A3", "note").num(0, "A5", -395).num(0, "B1", 3);
  b.formula(0, "B2", "=SUM(A1:A2)").formula(0, "B3", "=SUM(B3)").formula(0, "B4", "=SUM(A1,B2)*2", 7);
  b.num(0, "C1", 8e9).num(0, "C2", 8e9).num(0, "C3", 1.5);
  b.num(1, "B2", 0.175).num(1, "B3", 2);
  Workbook &wb = b.done();
  auto put = [&](const char *ref, CellType type, double v) {
    auto r = parse_a1(std::string_view(ref)).value();
    Cell c;
    c.row = r.row;
    c.col = std::uint16_t(r.col);
    c.type = type;
    c.number = v;
    auto &cells = wb.sheets[0].cells;
    cells.insert(
        std::lower_bound(cells.begin(), cells.end(), c,
                         [](const Cell &x, const Cell &y) { return std::tie(x.row, x.col) < std::tie(y.row, y.col); }),
        c);
  };
  put("D1", CellType::Bool, 1);
  put("D2", CellType::Error, 0);
  put("D3", CellType::Date, 45000);
  finish_sheet(wb.sheets[0]);
  auto spaced = [](std::string text) { return text.insert(text.find('(') + 1, " "); };
  auto same = [&](const std::string &text) {
    formula::PlainSum plain;
    EXPECT_EQ(formula::plain_sum(text, plain), text.find('!') == std::string::npos) << text;
    formula::Evaluator fast(wb), general(wb);
    formula::Result f = fast.evaluate(0, 0, 0, text), g = general.evaluate(0, 0, 0, spaced(text));
    EXPECT_EQ(f.ok, g.ok) << text;
    EXPECT_EQ(value_text(f), value_text(g)) << text;
    EXPECT_EQ(f.inexact, g.inexact) << text;
    EXPECT_EQ(f.why, g.why) << text;
    EXPECT_EQ(fast.budget(), general.budget()) << text;
  };
  for (const char *text : {"=SUM(A1:A5)",
                           "=SUM(A1:A2,A5)",
                           "=SUM($A$1:A$5)",
                           "=SUM(A5:A1)",
                           "=SUM(Z90:Z99)",
                           "=SUM(A3)",
                           "=SUM(D1)",
                           "=SUM(A1:D1)",
                           "=SUM(D2)",
                           "=SUM(A1,D2)",
                           "=SUM(D3)",
                           "=SUM(B2,B2)",
                           "=SUM(B3)",
                           "=SUM(B4)",
                           "=SUM(B1:B4)",
                           "=SUM(C1:C2)",
                           "=SUM(C1,C2)",
                           "=SUM(C3,A1:A2)",
                           "=SUM(A1:XFD1048576)",
                           "=SUM(Rates!B2:B3)",
                           "=SUM(Missing!B2)"})
    same(text);
  // Hidden rows count in a SUM; rows a reader did not keep are not guessed.
  wb.sheets[0].hidden_rows = {1};
  same("=SUM(A1:A5)");
  wb.sheets[0].rows_not_kept = {{3, 3}};
  same("=SUM(A1:A5)");
  same("=SUM(A1:A2)");
  // The budget runs out at the same cell either way.
  for (std::uint64_t budget : {1u, 2u, 3u, 4u, 6u}) {
    formula::Evaluator fast(wb, budget), general(wb, budget);
    formula::Result f = fast.evaluate(0, 0, 0, "=SUM(A1:A2,C3)"), g = general.evaluate(0, 0, 0, "=SUM( A1:A2,C3)");
    EXPECT_EQ(value_text(f), value_text(g)) << budget;
    EXPECT_EQ(f.why, g.why) << budget;
    EXPECT_EQ(fast.budget(), general.budget()) << budget;
  }
}

TEST(Evaluator, SubtotalLeavesOutSubtotalsAndHiddenRowsAsExcelDoes) {
  Book b({"S"});
  b.num(0, "A1", 10).num(0, "A2", 20).formula(0, "A3", "=SUBTOTAL(9,A1:A2)", 30).num(0, "A4", 5);
  Workbook &wb = b.done();
  EXPECT_EQ(value_text(eval(wb, "=SUBTOTAL(9,A1:A4)")), "35");
  EXPECT_EQ(value_text(eval(wb, "=SUM(A1:A4)")), "65");
  wb.sheets[0].hidden_rows = {1};
  EXPECT_EQ(value_text(eval(wb, "=SUBTOTAL(109,A1:A4)")), "15");
  // SUBTOTAL(9) leaves out rows a filter hid but not rows hidden by hand: not guessed.
  EXPECT_FALSE(eval(wb, "=SUBTOTAL(9,A1:A4)").ok);
}

TEST(Evaluator, FollowsUnsavedFormulasAndStopsAtCycles) {
  Book b({"S"});
  b.num(0, "A1", 1).formula(0, "A2", "=A1*2").formula(0, "A3", "=A2+A1").formula(0, "B1", "=B2+1");
  b.formula(0, "B2", "=B1+1").formula(0, "C1", "=C1");
  Workbook &wb = b.done();
  auto stats = formula::fill_missing_values(wb);
  EXPECT_EQ(stats.missing, 5u);
  EXPECT_EQ(stats.worked_out, 2u);
  const Sheet &s = wb.sheets[0];
  ASSERT_EQ(s.cell_at(2, 0)->type, CellType::Number);
  EXPECT_EQ(s.cell_at(2, 0)->number, 3);
  EXPECT_TRUE(s.formula_at(2, 0)->flags & kFormulaEvaluated);
  EXPECT_EQ(s.cell_at(0, 1)->type, CellType::EmptyFormula); // a cycle stays unevaluated
  EXPECT_EQ(s.cell_at(0, 2)->type, CellType::EmptyFormula);
}

TEST(Evaluator, WorkIsBounded) {
  Book b({"S"});
  for (int r = 1; r <= 2000; ++r) b.formula(0, concat("A", std::to_string(r)).c_str(), "=SUM(B1:B1048576)+1");
  for (int r = 1; r <= 2000; ++r) b.num(0, concat("B", std::to_string(r)).c_str(), 1);
  Workbook &wb = b.done();
  auto stats = formula::fill_missing_values(wb, 100000);
  EXPECT_LT(stats.worked_out, 2000u); // the budget ran out and the rest stayed unevaluated
  EXPECT_GT(stats.worked_out, 0u);
  // A long chain of unsaved formulas each reading the one below is cut off, not followed to the end.
  Book c({"S"});
  for (int r = 1; r <= 3000; ++r)
    c.formula(0, concat("A", std::to_string(r)).c_str(), concat("=A", std::to_string(r + 1), "+1").c_str());
  Workbook &wc = c.done();
  formula::Evaluator ev(wc);
  EXPECT_FALSE(ev.evaluate(0, 0, 0, "=A1").ok);
}

TEST(FormulaReaders, EveryFormatGivesTheFormulaTextInA1) {
  std::string dir = source_dir() + "/tests/data/formulas/";
  for (const char *name : {"short-sum.xlsx", "short-sum.xls", "short-sum.ods"}) {
    Workbook wb = open_workbook(dir + name);
    ASSERT_FALSE(wb.sheets.empty()) << name;
    const Sheet &s = wb.sheets[0];
    const CellFormula *c11 = s.formula_at(10, 2);
    ASSERT_TRUE(c11) << name;
    EXPECT_EQ(wb.text(*c11), "=SUM(C5:C9)") << name;
    const CellFormula *b11 = s.formula_at(10, 1);
    ASSERT_TRUE(b11) << name;
    EXPECT_EQ(wb.text(*b11), "=SUM(B5:B10)") << name;
  }
}

TEST(FormulaReaders, SharedFormulasAreGivenToEachCell) {
  // Excel writes a column of like formulas once, as a shared formula.
  std::string dir = temp_dir();
  std::string path = dir + "/shared.xlsx";
  {
    std::string sheet = "<?xml version=\"1.0\"?><worksheet "
                        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c>"
                        "<c r=\"C1\"><f t=\"shared\" ref=\"C1:C3\" si=\"0\">A1+B1*$A$1</f><v>3</v></c></row>"
                        "<row r=\"2\"><c r=\"A2\"><v>4</v></c><c r=\"B2\"><v>5</v></c>"
                        "<c r=\"C2\"><f t=\"shared\" si=\"0\"/><v>9</v></c></row>"
                        "<row r=\"3\"><c r=\"C3\"><f t=\"shared\" si=\"0\"/></c></row>"
                        "</sheetData></worksheet>";
    std::string base = write_xlsx({{"S", {{"A1", 1.0}}}}, "base.xlsx");
    // Replace the sheet part of a workbook libxlsxwriter made.
    std::string cmd = "cd " + dir + " && rm -rf x && mkdir x && cd x && unzip -q " + base +
                      " && cat > xl/worksheets/sheet1.xml <<'EOF'\n" + sheet + "\nEOF\nzip -q -r " + path + " .";
    ASSERT_EQ(std::system(cmd.c_str()), 0);
  }
  Workbook wb = open_workbook(path);
  const Sheet &s = wb.sheets[0];
  ASSERT_TRUE(s.formula_at(1, 2));
  EXPECT_EQ(wb.text(*s.formula_at(1, 2)), "=A2+B2*$A$1");
  ASSERT_TRUE(s.formula_at(2, 2));
  EXPECT_EQ(wb.text(*s.formula_at(2, 2)), "=A3+B3*$A$1");
  // C3 has no saved value: worked out (0 + 0 * 1).
  EXPECT_EQ(s.cell_at(2, 2)->type, CellType::Number);
}

namespace {
std::vector<Finding> check_one(const std::string &path) {
  CheckOptions o;
  o.threads = 1;
  return run_check({path}, o).findings;
}
} // namespace

TEST(FormulaRules, OpenpyxlStyleTotalsGiveOnlyTheSeedsError) {
  auto findings = check_one(source_dir() + "/tests/data/formulas/baseline-openpyxl-totals.xlsx");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "row-total-mismatch");
  EXPECT_NE(findings[0].message.find("Street lighting"), std::string::npos);
  EXPECT_EQ(findings[0].stated->decimal(), "-1941");
  EXPECT_EQ(findings[0].computed->decimal(), "-1968");
}

TEST(FormulaRules, AShortSumRangeIsReportedAtTheTotalOnceInEveryFormat) {
  std::string dir = source_dir() + "/tests/data/formulas/";
  for (const char *name : {"short-sum.xlsx", "short-sum.xls", "short-sum.ods"}) {
    auto findings = check_one(dir + name);
    ASSERT_EQ(findings.size(), 1u) << name << ": " << (findings.empty() ? "" : findings[0].message);
    const Finding &f = findings[0];
    EXPECT_EQ(f.rule, "total-range-mismatch") << name;
    EXPECT_EQ(f.severity, Severity::Error);
    ASSERT_TRUE(f.cell);
    EXPECT_EQ(a1(*f.cell), "C11") << name;
    EXPECT_EQ(f.stated->decimal(), "897");
    EXPECT_EQ(f.computed->decimal(), "1030");
    EXPECT_NE(f.message.find("rows 5-9"), std::string::npos) << f.message;
    EXPECT_NE(f.message.find("to row 10"), std::string::npos) << f.message;
    EXPECT_NE(f.message.find("Finance & budget review (133) in C10 is left out"), std::string::npos) << f.message;
    // The row left out is the finding's related place (contract: `related`).
    ASSERT_EQ(f.related.size(), 1u) << name;
    EXPECT_EQ(f.related[0].sheet, *f.sheet) << name;
    EXPECT_EQ(a1(f.related[0].cell), "C10") << name;
  }
}

// The same slip in a table of no council shape, whose structure fundbook
// infers: the Committed total's SUM stops one row short and its saved value
// agrees with the short range. Reported at the total, once, naming the row
// left out, in every format.
TEST(FormulaRules, AShortSumRangeInAnInferredTableIsReportedAtTheTotalOnceInEveryFormat) {
  std::string dir = source_dir() + "/tests/data/formulas/";
  for (const char *name : {"inferred-short-sum.xlsx", "inferred-short-sum.xls", "inferred-short-sum.ods"}) {
    CheckOptions o;
    o.threads = 1;
    CheckResult r = run_check({dir + name}, o);
    ASSERT_EQ(r.findings.size(), 1u) << name << ": " << (r.findings.empty() ? "" : r.findings[0].message);
    const Finding &f = r.findings[0];
    EXPECT_EQ(f.rule, "total-range-mismatch") << name;
    EXPECT_EQ(f.severity, Severity::Error);
    ASSERT_TRUE(f.cell);
    EXPECT_EQ(a1(*f.cell), "C11") << name;
    EXPECT_EQ(f.stated->decimal(10000), "52650") << name;
    EXPECT_EQ(f.computed->decimal(10000), "60075") << name;
    EXPECT_NE(f.message.find("'Total' for 'Committed' adds rows 4-9 (=SUM(C4:C9)) but the table runs from row 4 to "
                             "row 10: Greenway Sports Association (7,425) in C10 is left out"),
              std::string::npos)
        << f.message;
    ASSERT_EQ(f.related.size(), 1u) << name;
    EXPECT_EQ(a1(f.related[0].cell), "C10") << name;
    // The table is an inferred one, and counted as checked.
    ASSERT_EQ(r.checked.size(), 1u) << name;
    EXPECT_EQ(r.checked[0].kind, TableKind::TotalsTable) << name;
  }
}

// The coverage account counts the formulas compared with their own inputs
// inside each checked table (three SUM totals, C11 among them), in every format.
TEST(FormulaRules, ATablesFormulasComparedAreCountedInItsCoverage) {
  std::string dir = source_dir() + "/tests/data/formulas/";
  for (const char *name : {"short-sum.xlsx", "short-sum.xls", "short-sum.ods"}) {
    CheckOptions o;
    o.threads = 1;
    CheckResult r = run_check({dir + name}, o);
    ASSERT_EQ(r.checked.size(), 1u) << name;
    EXPECT_EQ(r.checked[0].formulas_checked, 3u) << name;
    EXPECT_EQ(r.checked[0].totals_checked, 3u) << name;
  }
}

namespace {
// A four-row table with two figure columns under a Total row of formulas with
// their saved values, as Excel writes it; the path of the workbook.
struct TotalFormula {
  const char *text;
  double saved;
};
std::string four_rows_and_a_total(const char *sheet, const char *const (&heads)[3], const double (&b)[4],
                                  const double (&c)[4], TotalFormula tb, TotalFormula tc) {
  std::string path = temp_dir() + "/table.xlsx";
  lxw_workbook *wb = workbook_new(path.c_str());
  lxw_worksheet *ws = workbook_add_worksheet(wb, sheet);
  for (lxw_col_t k = 0; k < 3; ++k) worksheet_write_string(ws, 0, k, heads[k], nullptr);
  const char *names[] = {"Arts", "Sport", "Youth", "Heritage"};
  for (int i = 0; i < 4; ++i) {
    worksheet_write_string(ws, lxw_row_t(i + 1), 0, names[i], nullptr);
    worksheet_write_number(ws, lxw_row_t(i + 1), 1, b[i], nullptr);
    worksheet_write_number(ws, lxw_row_t(i + 1), 2, c[i], nullptr);
  }
  worksheet_write_string(ws, 5, 0, "Total", nullptr);
  worksheet_write_formula_num(ws, 5, 1, tb.text, nullptr, tb.saved);
  worksheet_write_formula_num(ws, 5, 2, tc.text, nullptr, tc.saved);
  if (workbook_close(wb) != LXW_NO_ERROR) throw std::runtime_error("cannot write " + path);
  return path;
}
} // namespace

namespace {
// A sheet of labels, figures and formulas (with their saved values) from
// row 1 down; an empty row is a blank row. The path of the workbook.
struct Val {
  double v;
  const char *f = nullptr;
};
struct Line {
  const char *label;
  std::vector<Val> vals;
};
std::string write_table(const char *file, const std::vector<const char *> &heads, const std::vector<Line> &lines) {
  std::string path = temp_dir() + "/" + file;
  lxw_workbook *wb = workbook_new(path.c_str());
  lxw_worksheet *ws = workbook_add_worksheet(wb, "Grants");
  for (std::size_t k = 0; k < heads.size(); ++k) worksheet_write_string(ws, 0, lxw_col_t(k), heads[k], nullptr);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto r = lxw_row_t(i + 1);
    if (lines[i].label) worksheet_write_string(ws, r, 0, lines[i].label, nullptr);
    for (std::size_t k = 0; k < lines[i].vals.size(); ++k) {
      const Val &v = lines[i].vals[k];
      if (v.f)
        worksheet_write_formula_num(ws, r, lxw_col_t(k + 1), v.f, nullptr, v.v);
      else
        worksheet_write_number(ws, r, lxw_col_t(k + 1), v.v, nullptr);
    }
  }
  if (workbook_close(wb) != LXW_NO_ERROR) throw std::runtime_error("cannot write " + path);
  return path;
}
} // namespace

// A Total column whose SUM stops one column short in one row, its saved
// value agreeing with the short range: the quarter left out is named.
TEST(FormulaRules, AShortSumAcrossAnInferredTableNamesTheColumnLeftOut) {
  std::string path = write_table("across.xlsx", {"Service", "Q1", "Q2", "Q3", "Q4", "Total"},
                                 {{"Libraries", {{140}, {130}, {110}, {120}, {500, "=SUM(B2:E2)"}}},
                                  {"Parks", {{80}, {95}, {70}, {60}, {245, "=SUM(B3:D3)"}}},
                                  {"Leisure", {{200}, {210}, {190}, {220}, {820, "=SUM(B4:E4)"}}},
                                  {"Museums", {{45}, {50}, {40}, {55}, {190, "=SUM(B5:E5)"}}}});
  auto findings = check_one(path);
  ASSERT_EQ(findings.size(), 1u) << findings[0].message;
  EXPECT_EQ(findings[0].rule, "total-range-mismatch");
  EXPECT_EQ(a1(*findings[0].cell), "F3");
  EXPECT_NE(findings[0].message.find("adds columns B-D (=SUM(B3:D3)) but the table's columns run from column B to "
                                     "column E: Q4 (60) in E3 is left out, so it says 245 instead of 305"),
            std::string::npos)
      << findings[0].message;
}

// A row added at the end of a list and no SUM widened: every column of the
// Total stops short, so no reading of the figures explains the row. Its
// formulas say it is a total and which rows it adds: each column is
// reported at its total, naming the row left out.
TEST(FormulaRules, ATotalRowWhoseSumsAllStopShortIsKnownByItsFormulas) {
  std::string path = write_table("allshort.xlsx", {"Grant", "Budget", "Paid"},
                                 {{"Arts", {{1200}, {1000}}},
                                  {"Sport", {{3400}, {3000}}},
                                  {"Youth", {{560}, {500}}},
                                  {"Heritage", {{7800}, {7000}}},
                                  {"Total", {{5160, "=SUM(B2:B4)"}, {4500, "=SUM(C2:C4)"}}}});
  auto findings = check_one(path);
  ASSERT_EQ(findings.size(), 2u) << (findings.empty() ? "" : findings[0].message);
  for (auto &f : findings) {
    EXPECT_EQ(f.rule, "total-range-mismatch") << f.message;
    EXPECT_EQ(f.cell->row, 5u) << f.message;
    EXPECT_NE(f.message.find("Heritage"), std::string::npos) << f.message;
  }
}

// A row whose figures are SUMs of the rows above it is a total though no
// word says so: its formula is the evidence, and a stale figure is said.
TEST(FormulaRules, ARowOfSumsIsATotalWithoutTheWord) {
  std::string path = write_table("noword.xlsx", {"Grant", "Budget", "Paid"},
                                 {{"Arts", {{1200}, {1000}}},
                                  {"Sport", {{3400}, {3000}}},
                                  {"Youth", {{560}, {500}}},
                                  {"Heritage", {{7800}, {7000}}},
                                  {"All grants", {{12960, "=SUM(B2:B5)"}, {4500, "=SUM(C2:C4)"}}}});
  CheckOptions o;
  o.threads = 1;
  CheckResult r = run_check({path}, o);
  ASSERT_EQ(r.checked.size(), 1u);
  EXPECT_EQ(r.checked[0].totals_checked, 2u);
  ASSERT_EQ(r.findings.size(), 1u) << (r.findings.empty() ? "" : r.findings[0].message);
  EXPECT_EQ(r.findings[0].rule, "total-range-mismatch");
  EXPECT_EQ(a1(*r.findings[0].cell), "C6");
}

// A range that is exactly another plausible reading of the total is no
// error: here the block under the blank row, which the Total adds in every
// column (the rows above the blank are another list).
TEST(FormulaRules, ASumOfTheBlockUpToABlankRowIsAPlausibleReading) {
  std::string path = write_table("block.xlsx", {"Grant", "Budget", "Paid"},
                                 {{"Arts", {{1200}, {1000}}},
                                  {"Sport", {{3400}, {3000}}},
                                  {nullptr, {}},
                                  {"Youth", {{560}, {500}}},
                                  {"Heritage", {{7800}, {7000}}},
                                  {"Play", {{640}, {600}}},
                                  {"Total", {{9000, "=SUM(B5:B7)"}, {8100, "=SUM(C5:C7)"}}}});
  auto findings = check_one(path);
  for (auto &f : findings) EXPECT_NE(f.rule, "total-range-mismatch") << f.message;
  EXPECT_TRUE(findings.empty()) << findings[0].message;
}

// A row set apart by its words ("of which") is one a total may leave out.
TEST(FormulaRules, ARowSetApartByItsWordsIsNotLeftOutOfARange) {
  std::string path = write_table("ofwhich.xlsx", {"Grant", "Budget", "Paid"},
                                 {{"Arts", {{1200}, {1000}}},
                                  {"Sport", {{3400}, {3000}}},
                                  {"Youth", {{560}, {500}}},
                                  {"of which capital", {{300}, {250}}},
                                  {"Total", {{5160, "=SUM(B2:B4)"}, {4500, "=SUM(C2:C4)"}}}});
  for (auto &f : check_one(path)) EXPECT_NE(f.rule, "total-range-mismatch") << f.message;
}

// A total whose saved figure disagrees with its own SUM, in a table fundbook
// infers (not a council shape): one cause, one finding at the total.
TEST(FormulaRules, AnOutOfDateTotalInAnInferredTableIsOneFinding) {
  // B6 is out of date: its range adds 12,960.
  std::string path = four_rows_and_a_total("Grants", {"Grant", "Amount", "Paid"}, {1200, 3400, 560, 7800},
                                           {1000, 3000, 500, 7000}, {"=SUM(B2:B5)", 13960}, {"=SUM(C2:C5)", 11500});
  auto findings = check_one(path);
  ASSERT_EQ(findings.size(), 1u) << findings[0].message << " / " << findings.back().message;
  EXPECT_EQ(a1(*findings[0].cell), "B6");
  EXPECT_EQ(findings[0].severity, Severity::Error);
}

// A figure in a Total row whose formula averages (or takes a maximum, or
// counts) is no total: not an error, and said in `unchecked`, not claimed.
TEST(FormulaRules, AFigureInATotalRowWhoseFormulaIsNoSumIsNotCheckedAsATotal) {
  std::string path = four_rows_and_a_total("Grants", {"Grant", "Budget", "Score"}, {1200, 3400, 560, 7800},
                                           {40, 70, 55, 91}, {"=SUM(B2:B5)", 12960}, {"=SUBTOTAL(101,C2:C5)", 64});
  CheckOptions o;
  o.threads = 1;
  CheckResult r = run_check({path}, o);
  EXPECT_TRUE(r.findings.empty()) << r.findings[0].message;
  bool said = false;
  for (auto &u : r.unchecked)
    said = said || u.block.why.find("C6 is =SUBTOTAL(101,C2:C5)), so it is not a total to check") != std::string::npos;
  EXPECT_TRUE(said);
  ASSERT_EQ(r.checked.size(), 1u);
  EXPECT_EQ(r.checked[0].totals_checked, 1u); // B6 only
}

TEST(FormulaRules, ASubtotalAddedWithItsOwnRowsIsReportedOnce) {
  // The Total adds rows 5-10, the People subtotal (row 8) among them: its
  // rows are counted twice. A table whose structure is inferred generically
  // (engine/rules/stated_totals.cpp) reports it as the total against its leaf
  // rows; a recognised year table, by its formula (total-range-mismatch).
  auto findings = check_one(source_dir() + "/tests/data/formulas/double-count.xlsx");
  std::size_t at_b11 = 0;
  for (auto &f : findings) {
    if (f.cell && a1(*f.cell) == "B11") {
      ++at_b11;
      EXPECT_EQ(f.severity, Severity::Error);
      EXPECT_TRUE(f.message.find("instead of -328") != std::string::npos ||
                  f.message.find("add up to -328") != std::string::npos)
          << f.message;
    }
  }
  EXPECT_EQ(at_b11, 1u);
}

// A stale SUM total is the contract's total rule (the same id in every format,
// and whether or not the reader kept the formula), its message naming the
// cause; a stale formula that is no total has the formula rule.
TEST(FormulaRules, AStaleSavedValueIsReportedWithBothFigures) {
  std::string path = write_xlsx({{"Sheet1", {{"A1", 5.0}, {"A2", 7.0}}}}, "stale.xlsx");
  // Add formulas whose saved values their inputs no longer give.
  std::string dir = temp_dir();
  std::string sheet = "<?xml version=\"1.0\"?><worksheet "
                      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                      "<row r=\"1\"><c r=\"A1\"><v>5</v></c></row><row r=\"2\"><c r=\"A2\"><v>7</v></c></row>"
                      "<row r=\"3\"><c r=\"A3\"><f>SUM(A1:A2)</f><v>10</v></c></row>"
                      "<row r=\"4\"><c r=\"A4\"><f>A1/3</f><v>1.6666666666666667</v></c></row>"
                      "<row r=\"6\"><c r=\"C6\"><f>A1*2</f><v>11</v></c></row>"
                      "</sheetData></worksheet>";
  std::string out = dir + "/stale2.xlsx";
  std::string cmd = "cd " + dir + " && rm -rf y && mkdir y && cd y && unzip -q " + path +
                    " && cat > xl/worksheets/sheet1.xml <<'EOF'\n" + sheet + "\nEOF\nzip -q -r " + out + " .";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  auto findings = check_one(out);
  std::size_t errors = 0;
  for (auto &f : findings) {
    if (f.severity != Severity::Error) continue;
    ++errors;
    ASSERT_TRUE(f.cell);
    if (a1(*f.cell) == "A3") {
      EXPECT_EQ(f.rule, "column-total-mismatch");
      EXPECT_EQ(f.stated->display(f.unit), "10");
      EXPECT_EQ(f.computed->display(f.unit), "12");
      EXPECT_NE(
          f.message.find("its formula =SUM(A1:A2) gives 12 from the cells it reads: the saved figure is out of date"),
          std::string::npos)
          << f.message;
    } else {
      EXPECT_EQ(a1(*f.cell), "C6");
      EXPECT_EQ(f.rule, "formula-result-mismatch");
      EXPECT_NE(f.message.find("Sheet1!C6 shows 11 but its formula =A1*2 gives 10"), std::string::npos) << f.message;
    }
  }
  EXPECT_EQ(errors, 2u); // A4's third is the same figure to the precision saved
}

TEST(FormulaRules, AGrandTotalOverSubtotalsIsKnownFromItsFormula) {
  // Oakland's Grand Total is =SUM(B23:B24): the Subtotal Revenue row (itself
  // =SUM(B5:B22)) and the transfers. A sum of every row above counts the
  // subtotal's rows twice; the formula says which rows the total adds.
  std::string path = shared_dir() + "/realworld/files/openbudgetoakland/5-Year Tables from Budget.xlsx";
  auto findings = check_one(path);
  for (auto &f : findings) {
    bool grand_total =
        (f.sheet == "ALL FUNDS " && f.cell && f.cell->row == 24) || (f.sheet == "GPF" && f.cell && f.cell->row == 22);
    EXPECT_FALSE(grand_total) << f.rule << " " << f.message;
  }
}

// A gross figure typed over after the workbook was last calculated: the
// row's Net (=B+C) and the column's Cost of Services (=SUM) both show saved
// figures their formulas no longer give, and both are out by the figure's
// 300. One cause, one finding: at the figure, naming the two stale totals.
TEST(FormulaRules, AFigureThatPutsOutItsRowAndColumnFormulasIsOneFinding) {
  std::string path =
      write_table("cies.xlsx", {"Service", "Gross expenditure", "Gross income", "Net expenditure"},
                  {{"Adult care", {{5000}, {-1200}, {3800, "=B2+C2"}}},
                   {"Children", {{3300}, {-800}, {2200, "=B3+C3"}}},
                   {"Highways", {{2000}, {-500}, {1500, "=B4+C4"}}},
                   {"Culture", {{900}, {-100}, {800, "=B5+C5"}}},
                   {"Cost of Services", {{10900, "=SUM(B2:B5)"}, {-2600, "=SUM(C2:C5)"}, {8300, "=SUM(D2:D5)"}}}});
  auto findings = check_one(path);
  std::string all;
  for (auto &f : findings) all += a1(*f.cell) + " " + f.rule + ": " + f.message + "\n";
  ASSERT_EQ(findings.size(), 1u) << all;
  EXPECT_EQ(a1(*findings[0].cell), "B3") << all;
  EXPECT_NE(findings[0].message.find("D3: its formula =B3+C3 gives 2,500"), std::string::npos) << all;
  EXPECT_NE(findings[0].message.find("B6: its formula =SUM(B2:B5) gives 11,200"), std::string::npos) << all;
}

// Lookups search a row's own cells once finish_sheet knows where each row
// starts; a sheet too sparse for that, or cells added since, are searched
// whole: every way finds the same cells.
TEST(Grid, CellsAreFoundWhereverTheRowStartsAreKnownOrNot) {
  auto cell = [](std::uint32_t r, std::uint32_t c, double v) {
    Cell x;
    x.row = r;
    x.col = std::uint16_t(c);
    x.type = CellType::Number;
    x.number = v;
    return x;
  };
  Sheet dense, sparse;
  for (std::uint32_t r = 0; r < 50; r += 2)
    for (std::uint32_t c = 3; c < 9; c += 2) dense.cells.push_back(cell(r, c, r * 100 + c));
  sparse.cells = {cell(0, 0, 1), cell(1048575, 5, 2)};
  finish_sheet(dense);
  finish_sheet(sparse);
  EXPECT_FALSE(dense.cell_rows.start.empty());
  EXPECT_TRUE(sparse.cell_rows.start.empty());
  for (std::uint32_t r = 0; r < 60; ++r)
    for (std::uint32_t c = 0; c < 12; ++c) {
      const Cell *x = dense.cell_at(r, c);
      bool there = r < 50 && r % 2 == 0 && c >= 3 && c < 9 && c % 2 == 1;
      ASSERT_EQ(x != nullptr, there) << r << "," << c;
      if (x) { EXPECT_EQ(x->number, r * 100 + c); }
      // The first cell at or after (r, c): the next one in row-major order.
      std::size_t k = dense.first_cell_from(r, c);
      std::size_t want = 0;
      while (want < dense.cells.size() &&
             (dense.cells[want].row < r || (dense.cells[want].row == r && dense.cells[want].col < c)))
        ++want;
      EXPECT_EQ(k, want) << r << "," << c;
    }
  ASSERT_NE(sparse.cell_at(1048575, 5), nullptr);
  EXPECT_EQ(sparse.cell_at(1048575, 5)->number, 2);
  EXPECT_EQ(sparse.cell_at(7, 0), nullptr);
  // A cell added after the starts were made: found all the same.
  dense.cells.push_back(cell(70, 1, 7001));
  ASSERT_NE(dense.cell_at(70, 1), nullptr);
  EXPECT_EQ(dense.first_cell_from(60, 0), dense.cells.size() - 1);
}
