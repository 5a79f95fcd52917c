#include <gtest/gtest.h>

#include <fstream>
#include <set>

#include <xlsxwriter.h>

#include "engine/check.hpp"
#include "engine/rules/rules.hpp"
#include "import/layout/recognise.hpp"
#include "import/layout/shapes.hpp"
#include "import/layout/sheet_view.hpp"
#include "import/open.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
Recognised read(const std::string &path, const Vocabulary &v = Vocabulary::defaults()) {
  return recognise(open_workbook(path), v);
}
const SchemeRecord *by_ref(const Recognised &r, const std::string &ref) {
  for (auto &s : r.schemes)
    if (s.ref && *s.ref == ref) return &s;
  return nullptr;
}
Money k(long v) { return Money::thousands(v); }
} // namespace

TEST(ProfileBlocks, BaselineHasTwentyOneSchemesWithTheSeedFigures) {
  Recognised r = read(source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx");
  ASSERT_EQ(r.schemes.size(), 21u);
  const SchemeRecord *ot = by_ref(r, "C/R.5.305");
  ASSERT_TRUE(ot);
  EXPECT_EQ(ot->title, "Enhanced Occupational Therapy Support to reduce the need for double-handed care");
  EXPECT_EQ(ot->investment.at("2017-18").amount, k(90));
  EXPECT_EQ(ot->saving.at("2021-22").amount, k(-252));
  EXPECT_EQ(ot->stated_saving->amount, k(-1260));
  const SchemeRecord *sl = by_ref(r, "B/R.6.214");
  ASSERT_TRUE(sl);
  EXPECT_EQ(a1(sl->stated_saving->ref), "I124");
  EXPECT_EQ(sl->stated_saving->amount, k(-1941));
  // Figures recognised equal the seed's; totals are recomputed, not trusted.
  Money sum;
  for (auto &[y, f] : sl->saving) sum += f.amount;
  EXPECT_EQ(sum, k(-1968));
  // A scheme whose reference the seed lost is matched by title.
  int without_ref = 0;
  for (auto &s : r.schemes) without_ref += !s.ref;
  EXPECT_EQ(without_ref, 1);
}

TEST(ProfileBlocks, MessyVariantGivesTheSameFigures) {
  // Header once, a note above it, other spellings, text figures, mixed nil
  // markers, a blank column and blank rows, the title on one row.
  std::string p = write_xlsx(
      {{"Profiles",
        {{"A1", std::string("Figures are in \xc2\xa3'000")},
         {"A3", std::string("Title")},
         {"D3", std::string("2016/17")},
         {"E3", std::string("2017/18")},
         {"F3", std::string("18/19")},
         {"G3", std::string("FY2019/20")},
         {"H3", std::string("2020-2021")},
         {"I3", std::string("2021-22")},
         {"J3", std::string("Total")},
         {"D4", std::string("\xc2\xa3'000")},
         {"A6",
          std::string("Enhanced Occupational Therapy Support to reduce the need for double-handed care (c/r 5.305)")},
         {"B6", std::string("Investment")},
         {"D6", std::string("\xe2\x80\x93")},
         {"E6", std::string("90")},
         {"F6", 90.0},
         {"G6", std::string("nil")},
         {"I6", std::string("-")},
         {"J6", std::string("180")},
         {"B7", std::string("Savings")},
         {"D7", std::string("")},
         {"E7", std::string("(252)")},
         {"F7", -252.0},
         {"G7", std::string("-252")},
         {"H7", -252.0},
         {"I7", std::string("\xc2\xa3-252")},
         {"J7", std::string("(1,260)")},
         {"A10", std::string("Some narrative between schemes.")},
         {"A12", std::string("Street lighting synergies")},
         {"B12", std::string("Investment")},
         {"D12", 633.0},
         {"J12", 633.0},
         {"A13", std::string("(B/R.6.214)")},
         {"B13", std::string("Saving")},
         {"E13", -129.0},
         {"F13", -264.0},
         {"G13", -398.0},
         {"H13", -525.0},
         {"I13", -652.0},
         {"J13", -1941.0}}}});
  Recognised r = read(p);
  ASSERT_EQ(r.schemes.size(), 2u);
  const SchemeRecord *ot = by_ref(r, "C/R.5.305");
  ASSERT_TRUE(ot);
  EXPECT_EQ(ot->investment.at("2017-18").amount, k(90));
  EXPECT_EQ(ot->investment.at("2019-20").amount, k(0));
  EXPECT_EQ(ot->saving.at("2017-18").amount, k(-252));
  EXPECT_EQ(ot->saving.at("2021-22").amount, k(-252));
  EXPECT_EQ(ot->stated_saving->amount, k(-1260));
  const SchemeRecord *sl = by_ref(r, "B/R.6.214");
  ASSERT_TRUE(sl);
  EXPECT_EQ(sl->title, "Street lighting synergies");
}

TEST(WorkstreamSummaries, TwoTablesOnOneSheetWithTotals) {
  Recognised r = read(source_dir() + "/samples/gpc-2016-10-transformation-fund-bids.xlsx");
  int summaries = 0;
  for (auto &t : r.tables) {
    if (t.kind != TableKind::WorkstreamSummary) continue;
    ++summaries;
    ASSERT_TRUE(t.total_row);
    ASSERT_TRUE(t.cumulative_row);
    EXPECT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.columns.front(), "2016-17");
    if (t.measure == Measure::Investment) {
      EXPECT_EQ(t.rows[0].label, "Commissioning");
      EXPECT_EQ(t.rows[0].values[2]->amount, k(294));
      EXPECT_EQ(t.total_row->values[2]->amount, k(291));
      EXPECT_EQ(a1(t.total_row->values[2]->ref), "D10");
    } else {
      EXPECT_EQ(t.measure, Measure::Saving);
      EXPECT_EQ(t.cumulative_row->values[5]->amount, k(-17783));
    }
  }
  EXPECT_EQ(summaries, 2);
}

TEST(TotalsTable, StreetLightingYearsTableInPounds) {
  // Year 0..Year 20 rows, project + operational = Total column, and an
  // unlabelled totals row: read by the inferred structure, in its own unit.
  Recognised r = read(source_dir() + "/samples/gpc-2016-12-transformation-fund-bids.xlsx");
  const TotalsTable *t = nullptr;
  for (auto &x : r.totals_tables)
    if (x.sheet == "Street lighting") t = &x;
  ASSERT_TRUE(t);
  std::size_t column_totals = 0, row_totals = 0;
  const StatedTotal *corner = nullptr;
  for (auto &st : t->totals) {
    (st.total_column ? column_totals : row_totals)++;
    if (a1(st.cell) == "D25" && !st.total_column) corner = &st;
    if (st.total_column) {
      ASSERT_EQ(st.readings.front().parts.size(), 2u) << a1(st.cell);
      EXPECT_EQ(st.readings.front().sum, st.stated) << a1(st.cell);
    }
  }
  EXPECT_EQ(column_totals, 22u); // D4:D25, each B + C
  EXPECT_EQ(row_totals, 3u);     // B25, C25, D25 under the 21 years
  ASSERT_TRUE(corner);
  EXPECT_EQ(corner->stated, *Money::from_units(4139400, t->unit));
  EXPECT_EQ(corner->readings.front().parts.size(), 21u);
  EXPECT_EQ(corner->readings.front().sum, corner->stated);
}

TEST(Monitoring, RagOverviewAndListedSchemes) {
  Recognised r = read(source_dir() + "/samples/gpc-2018-03-monitoring-q3-2017-18.xlsx");
  ASSERT_EQ(r.rag_overviews.size(), 1u);
  const RagOverview &ov = r.rag_overviews[0];
  ASSERT_EQ(ov.rows.size(), 4u);
  EXPECT_EQ(ov.rows[1].rating, "Amber");
  EXPECT_EQ(ov.rows[1].count->amount, k(2));
  EXPECT_EQ(ov.rows[3].rating, "Total");
  int amber = 0, red = 0;
  for (auto &s : r.schemes) {
    if (s.kind != SchemeKind::Monitoring) continue;
    ASSERT_TRUE(s.monitored);
    amber += s.monitored->rag == std::optional<std::string>("Amber");
    red += s.monitored->rag == std::optional<std::string>("Red");
  }
  EXPECT_EQ(amber, 5);
  EXPECT_EQ(red, 2);
  const SchemeRecord *c = by_ref(r, "C/R.5.001");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->stated_investment->amount, k(400));
  EXPECT_EQ(c->stated_saving->amount, k(-2000));
  EXPECT_EQ(c->monitored->spent_to_date->amount, k(267));
  EXPECT_EQ(by_ref(r, "A/R.6.114")->monitored->projected_saving->amount, k(-1994));
}

TEST(BusinessCases, KeyValueOverviewBlocks) {
  Recognised r = read(source_dir() + "/samples/business-cases-2018-19-childrens.xlsx");
  ASSERT_EQ(r.schemes.size(), 13u);
  const SchemeRecord *s = by_ref(r, "A/R.6.204");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->title, "Children's Change (Later Phases)");
  EXPECT_EQ(s->stated_saving->amount, k(-594));
  EXPECT_EQ(s->saving.at("2018-19").amount, k(-594));
  EXPECT_EQ(*s->officer, "Lou Williams");
  EXPECT_EQ(by_ref(r, "A/R.6.253")->stated_saving->amount, k(-1500));
  EXPECT_EQ(by_ref(r, "A/R.6.210")->title, "Home to School Transport (Special) \xe2\x80\x93 Route Retendering");
}

TEST(PlanningTables, IncrementalNoteIsHonoured) {
  std::string p = write_xlsx({{"BP savings",
                               {{"A1", std::string("Business plan savings: figures are incremental")},
                                {"A3", std::string("Ref")},
                                {"B3", std::string("Title")},
                                {"C3", std::string("2018-19")},
                                {"D3", std::string("2019-20")},
                                {"E3", std::string("2020-21")},
                                {"A4", std::string("A/R.6.204")},
                                {"B4", std::string("Children's Change")},
                                {"C4", -594.0},
                                {"D4", -100.0},
                                {"E4", 0.0}}}});
  Recognised r = read(p);
  ASSERT_EQ(r.schemes.size(), 1u);
  EXPECT_TRUE(r.schemes[0].incremental);
  EXPECT_EQ(r.schemes[0].kind, SchemeKind::Planning);
  EXPECT_EQ(r.schemes[0].saving.at("2019-20").amount, k(-100)); // as written; the engine makes it absolute
}

TEST(Templates, ANewHeadingSynonymIsLearntFromATemplate) {
  auto cells = std::vector<Put>{{"A1", std::string("Proposal name")},
                                {"C1", std::string("2017-18")},
                                {"D1", std::string("2018-19")},
                                {"A2", std::string("New scheme (C/R.9.001)")},
                                {"B2", std::string("Outlay")},
                                {"C2", 10.0},
                                {"D2", 5.0},
                                {"B3", std::string("Saving")},
                                {"C3", -1.0},
                                {"D3", -20.0}};
  std::string p = write_xlsx({{"S", cells}});
  EXPECT_EQ(read(p).schemes.size(), 0u);
  std::string tpl = temp_dir() + "/extra.toml";
  std::ofstream(tpl) << "[headers]\ntitle = [\"Proposal name\"]\n[measures]\ninvestment = [\"Outlay\"]\n";
  Vocabulary v = Vocabulary::defaults();
  v.load(tpl);
  Recognised r = read(p, v);
  ASSERT_EQ(r.schemes.size(), 1u);
  EXPECT_EQ(r.schemes[0].investment.at("2018-19").amount, k(5));
}

TEST(Templates, AMalformedTemplateNamesFileAndLine) {
  std::string tpl = temp_dir() + "/bad.toml";
  std::ofstream(tpl) << "[headers]\ntitle = \"not a list\"\n";
  Vocabulary v;
  try {
    v.load(tpl);
    FAIL();
  } catch (const std::runtime_error &e) {
    EXPECT_NE(std::string(e.what()).find("bad.toml:2"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("headers.title"), std::string::npos);
  }
}

TEST(WorkstreamSummaries, MessyVariantGivesTheSameFigures) {
  // Other spellings of the years and unit, a note above, a blank column, mixed
  // nil markers, "Total:" and "Cumulative" rows, text figures.
  std::string p = write_xlsx({{"Bids",
                               {{"A1", std::string("Figures are absolute")},
                                {"A3", std::string("Investment request")},
                                {"C4", std::string("16/17")},
                                {"D4", std::string("2017/18 \xc2\xa3'000")},
                                {"E4", std::string("FY2018-19")},
                                {"F4", std::string("2019-2020")},
                                {"A5", std::string("Commissioning")},
                                {"C5", 73.0},
                                {"D5", std::string("352")},
                                {"E5", 294.0},
                                {"F5", std::string("\xe2\x80\x93")},
                                {"A6", std::string("Contracts, procurement and commercial")},
                                {"C6", std::string("nil")},
                                {"D6", 400.0},
                                {"E6", std::string("-")},
                                {"F6", std::string("")},
                                {"A7", std::string("Total:")},
                                {"C7", 73.0},
                                {"D7", 752.0},
                                {"E7", 291.0},
                                {"F7", std::string("-")},
                                {"A8", std::string("Cumulative")},
                                {"C8", 73.0},
                                {"D8", 825.0},
                                {"E8", std::string("1,119")},
                                {"F8", 1119.0}}}});
  Recognised r = read(p);
  ASSERT_EQ(r.tables.size(), 1u);
  const FigureTable &t = r.tables[0];
  EXPECT_EQ(t.kind, TableKind::WorkstreamSummary);
  EXPECT_EQ(t.measure, Measure::Investment);
  EXPECT_EQ(t.columns, (std::vector<std::string>{"2016-17", "2017-18", "2018-19", "2019-20"}));
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0].values[1]->amount, k(352));
  EXPECT_EQ(t.rows[1].values[0]->amount, k(0));
  ASSERT_TRUE(t.total_row);
  EXPECT_EQ(t.total_row->values[2]->amount, k(291));
  ASSERT_TRUE(t.cumulative_row);
  EXPECT_EQ(t.cumulative_row->values[2]->amount, k(1119));
}

TEST(Monitoring, OneRowPerSchemeLayout) {
  std::string p = write_xlsx({{"Tracker",
                               {{"A1", std::string("RAG Rating")},
                                {"B1", std::string("No of Schemes")},
                                {"C1", std::string("Investment to date (\xc2\xa3"
                                                   "000)")},
                                {"D1", std::string("Savings to date (\xc2\xa3"
                                                   "000)")},
                                {"A2", std::string("Green")},
                                {"B2", 1.0},
                                {"C2", 10.0},
                                {"D2", -5.0},
                                {"A3", std::string("Red")},
                                {"B3", 1.0},
                                {"C3", 20.0},
                                {"D3", -1.0},
                                {"A4", std::string("Total")},
                                {"B4", 2.0},
                                {"C4", 30.0},
                                {"D4", -6.0},
                                {"A7", std::string("Scheme")},
                                {"B7", std::string("Original investment")},
                                {"C7", std::string("Original saving")},
                                {"D7", std::string("Fund expenditure to date")},
                                {"E7", std::string("Savings to date")},
                                {"F7", std::string("Total projected saving")},
                                {"G7", std::string("Commentary")},
                                {"H7", std::string("RAG")},
                                {"A8", std::string("Scheme one (C/R.1.001)")},
                                {"B8", 50.0},
                                {"C8", -70.0},
                                {"D8", 10.0},
                                {"E8", -5.0},
                                {"F8", -60.0},
                                {"G8", std::string("On track")},
                                {"H8", std::string("Green")},
                                {"A9", std::string("Scheme two (C/R.1.002)")},
                                {"B9", 40.0},
                                {"C9", -30.0},
                                {"D9", 20.0},
                                {"E9", -1.0},
                                {"F9", -2.0},
                                {"G9", std::string("=will not deliver")},
                                {"H9", std::string("Red")}}}});
  Recognised r = read(p);
  ASSERT_EQ(r.rag_overviews.size(), 1u);
  const SchemeRecord *two = by_ref(r, "C/R.1.002");
  ASSERT_TRUE(two);
  EXPECT_EQ(*two->monitored->rag, "Red");
  EXPECT_EQ(two->stated_investment->amount, k(40));
  EXPECT_EQ(two->stated_saving->amount, k(-30));
  EXPECT_EQ(two->monitored->spent_to_date->amount, k(20));
  EXPECT_EQ(two->monitored->projected_saving->amount, k(-2));
  EXPECT_EQ(*two->monitored->commentary, "=will not deliver");
  std::vector<Finding> out;
  rules::rag_overview("f.xlsx", r.rag_overviews[0], r.schemes, out);
  EXPECT_TRUE(out.empty()) << out[0].message;
}

TEST(BusinessCases, FigureAndReferenceInOneCell) {
  // As the seed's text has it: "£594K Business Planning Reference A/R.6.204" in one cell.
  std::string p = write_xlsx({{"Case",
                               {{"A1", std::string("Project Overview")},
                                {"A2", std::string("Project Title")},
                                {"B2", std::string("Children's Change (Later Phases)")},
                                {"A3", std::string("Saving")},
                                {"B3", std::string("\xc2\xa3"
                                                   "594K Business Planning Reference A/R.6.204")},
                                {"A4", std::string("Senior Responsible Officer")},
                                {"B4", std::string("Lou Williams")}}}});
  Recognised r = read(p);
  ASSERT_EQ(r.schemes.size(), 1u);
  EXPECT_EQ(*r.schemes[0].ref, "A/R.6.204");
  EXPECT_EQ(r.schemes[0].stated_saving->amount, k(-594));
  EXPECT_EQ(*r.schemes[0].officer, "Lou Williams");
}

TEST(ProfileBlocks, ASchemeInAHiddenRowIsReadAndNoted) {
  std::string path = temp_dir() + "/hidden.xlsx";
  lxw_workbook *wb = workbook_new(path.c_str());
  lxw_worksheet *ws = workbook_add_worksheet(wb, "Baseline");
  const char *years[] = {"2016-17", "2017-18"};
  worksheet_write_string(ws, 0, 0, "TITLE", nullptr);
  for (int k = 0; k < 2; ++k) worksheet_write_string(ws, 0, lxw_col_t(2 + k), years[k], nullptr);
  worksheet_write_string(ws, 0, 4, "TOTAL", nullptr);
  lxw_row_col_options hidden = {1, 0, 0};
  for (int r = 1; r <= 2; ++r) {
    worksheet_set_row_opt(ws, lxw_row_t(r), LXW_DEF_ROW_HEIGHT, nullptr, &hidden);
    worksheet_write_string(ws, lxw_row_t(r), 0, r == 1 ? "Hidden scheme (C/R.9.999)" : "", nullptr);
    worksheet_write_string(ws, lxw_row_t(r), 1, r == 1 ? "Investment" : "Saving", nullptr);
    worksheet_write_number(ws, lxw_row_t(r), 2, r == 1 ? 10 : 0, nullptr);
    worksheet_write_number(ws, lxw_row_t(r), 3, r == 1 ? 0 : -20, nullptr);
    worksheet_write_number(ws, lxw_row_t(r), 4, r == 1 ? 10 : -20, nullptr);
  }
  workbook_close(wb);
  CheckResult result = run_check({path}, {});
  ASSERT_EQ(result.schemes.size(), 1u);
  EXPECT_EQ(*result.schemes[0].ref, "C/R.9.999");
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].rule, "hidden-content");
  EXPECT_EQ(result.findings[0].severity, Severity::Info);
}

TEST(PlanningTables, AbsoluteTableWithoutATitleHeading) {
  std::string p = write_xlsx({{"Investment plan",
                               {{"A1", std::string("Reference")},
                                {"C1", std::string("2017-18")},
                                {"D1", std::string("2018-19")},
                                {"E1", std::string("Total")},
                                {"A2", std::string("C/R 5.305")},
                                {"B2", std::string("Enhanced Occupational Therapy")},
                                {"C2", 90.0},
                                {"D2", 90.0},
                                {"E2", 180.0},
                                {"A3", std::string("c/r5.001")},
                                {"B3", std::string("Commercial approach")},
                                {"C3", 400.0},
                                {"D3", std::string("-")},
                                {"E3", 400.0}}}});
  Recognised r = read(p);
  ASSERT_EQ(r.schemes.size(), 2u);
  EXPECT_EQ(*r.schemes[0].ref, "C/R.5.305");
  EXPECT_EQ(r.schemes[0].title, "Enhanced Occupational Therapy");
  EXPECT_FALSE(r.schemes[0].incremental);
  EXPECT_EQ(r.schemes[0].investment.at("2018-19").amount, k(90)); // the sheet says investment; positive figures
  EXPECT_EQ(r.schemes[1].title, "Commercial approach");
  EXPECT_EQ(r.schemes[1].stated_investment->amount, k(400));
}

TEST(SheetViewCells, ACellIsFoundWithAndWithoutGapsInItsRow) {
  Workbook wb;
  Sheet sheet;
  auto put = [&](std::uint32_t r, std::uint16_t c, double v) {
    Cell cell;
    cell.row = r;
    cell.col = c;
    cell.type = CellType::Number;
    cell.number = v;
    sheet.cells.push_back(cell);
  };
  put(0, 0, 1); // a row without gaps
  put(0, 1, 2);
  put(0, 2, 3);
  put(2, 1, 4); // a row that starts late and has a gap
  put(2, 4, 5);
  put(2, 5, 6);
  SheetView v(wb, sheet);
  for (std::uint32_t c = 0; c < 3; ++c) {
    ASSERT_NE(v.at(0, c), nullptr);
    EXPECT_EQ(v.at(0, c)->number, double(c + 1));
  }
  EXPECT_EQ(v.at(0, 3), nullptr);
  EXPECT_EQ(v.at(1, 0), nullptr);
  EXPECT_EQ(v.at(2, 0), nullptr);
  EXPECT_EQ(v.at(2, 1)->number, 4);
  EXPECT_EQ(v.at(2, 2), nullptr);
  EXPECT_EQ(v.at(2, 3), nullptr);
  EXPECT_EQ(v.at(2, 4)->number, 5);
  EXPECT_EQ(v.at(2, 5)->number, 6);
  EXPECT_EQ(v.at(2, 6), nullptr);
  EXPECT_EQ(v.at(3, 0), nullptr);
}

// Every kind's name reads back as that kind, and no two kinds share a name:
// the names are the contract's words in the JSON and the report.
template <class E, std::size_t N> void expect_names_round_trip(E (&&all)[N]) {
  std::set<std::string_view> seen;
  for (E e : all) {
    EXPECT_EQ(from_string<E>(to_string(e)), e) << to_string(e);
    EXPECT_TRUE(seen.insert(to_string(e)).second) << to_string(e);
  }
  EXPECT_EQ(from_string<E>("no-such-kind"), std::nullopt);
}

TEST(Kinds, NamesRoundTrip) {
  expect_names_round_trip<TableKind>({TableKind::ProfileBlocks, TableKind::WorkstreamSummary, TableKind::PlanningTable,
                                      TableKind::RagOverview, TableKind::TotalsTable});
  expect_names_round_trip<SchemeKind>(
      {SchemeKind::Profile, SchemeKind::Planning, SchemeKind::BusinessCase, SchemeKind::Monitoring});
  expect_names_round_trip<NoteKind>({NoteKind::NonNumeric, NoteKind::FigureOutOfRange, NoteKind::FormulaCacheMissing,
                                     NoteKind::TextNumber, NoteKind::HiddenContent, NoteKind::InputNote});
  EXPECT_EQ(to_string(TableKind::ProfileBlocks), "profile-blocks");
  EXPECT_EQ(to_string(SchemeKind::BusinessCase), "business-case");
}

TEST(Figures, AMaybeFigureHoldsAFigureOrNoneAsAnOptionalDoes) {
  static_assert(sizeof(MaybeFigure) == sizeof(Figure), "none costs no byte");
  MaybeFigure none, also_none = std::nullopt, from_empty = std::optional<Figure>();
  EXPECT_FALSE(none);
  EXPECT_FALSE(also_none.has_value());
  EXPECT_FALSE(from_empty);
  EXPECT_FALSE(std::optional<Figure>(none).has_value());
  // Any cell, row 0 and the last of Excel's included, and a nil figure.
  for (CellRef at : {CellRef{0, 0}, CellRef{1048575, 16383}}) {
    Figure f{Money::thousands(-1941), at, true, true};
    MaybeFigure m = f;
    ASSERT_TRUE(m);
    EXPECT_EQ(m->amount, Money::thousands(-1941));
    EXPECT_EQ(CellRef(m->ref), at);
    EXPECT_TRUE(m->nil && m->formula);
    std::optional<Figure> back = m;
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(a1(back->ref), a1(at));
    m = std::nullopt;
    EXPECT_FALSE(m);
  }
}

// recognise() runs the registry's shapes in its order: the order is what
// decides which shape claims a row two could read, so it is pinned here.
TEST(Shapes, TheRegistryListsEachShapeOnceInTheOrderTheyClaimRows) {
  std::vector<std::string> names;
  for (const layout::Shape &s : layout::shapes()) {
    names.emplace_back(s.name);
    EXPECT_NE(s.sheet, nullptr) << s.name;
  }
  EXPECT_EQ(names,
            (std::vector<std::string>{"profile blocks", "year tables", "RAG overview", "monitoring schemes",
                                      "business cases", "rating summaries", "totals tables", "unchecked figures"}));
}

// A monitoring header whose fund expenditure heading is not known (misspelt)
// puts a doubt on the rows under it, kept while they pass (no look-ahead):
// to the next row naming a title in its column, 50 rows at most, and a
// later such header's doubt never takes the place of an earlier one's.
TEST(MonitoringSchemes, ADoubtedHeaderCoversTheRowsUnderItToTheNextTitleOrFiftyRows) {
  Workbook wb;
  Sheet sheet;
  sheet.name = "Q3";
  auto text = [&](std::uint32_t r, std::uint16_t c, std::string_view t) {
    Cell cell;
    cell.row = r;
    cell.col = c;
    cell.type = CellType::String;
    cell.str = wb.intern(t);
    sheet.cells.push_back(cell);
  };
  auto number = [&](std::uint32_t r, std::uint16_t c, double v) {
    Cell cell;
    cell.row = r;
    cell.col = c;
    cell.type = CellType::Number;
    cell.number = v;
    sheet.cells.push_back(cell);
  };
  auto doubted_header = [&](std::uint32_t r, std::uint16_t col, std::string_view misspelt) {
    text(r, col, "Scheme");
    text(r, std::uint16_t(col + 1), misspelt);
    text(r, std::uint16_t(col + 2), "Savings to date");
  };
  auto scheme_row = [&](std::uint32_t r) {
    text(r, 0, "A scheme");
    number(r, 1, 10);
    number(r, 2, 5);
  };
  doubted_header(0, 0, "Fund Expenditur to date");
  for (std::uint32_t r = 1; r <= 3; ++r) scheme_row(r);
  text(4, 0, "Project"); // a title in the header's column: the doubt ends above it
  for (std::uint32_t r = 5; r <= 6; ++r) scheme_row(r);
  doubted_header(10, 0, "Spnt so far");
  for (std::uint32_t r = 11; r <= 12; ++r) scheme_row(r);
  doubted_header(13, 3, "Outlay"); // its title in another column: the first one's doubt goes on
  for (std::uint32_t r = 14; r <= 80; ++r) scheme_row(r);
  wb.sheets.push_back(std::move(sheet));
  const Vocabulary &vocab = Vocabulary::defaults();
  SheetView view(wb, wb.sheets.front());
  Recognised out;
  layout::Context ctx{
      view, vocab, vocab.figures(), out, std::vector<std::uint8_t>(view.rows().size(), 0), false, false, nullptr,
      {},   {},    SharedText("Q3")};
  for (const layout::Shape &s : layout::shapes())
    if (s.name == "monitoring schemes") s.sheet(ctx);
  auto heading_of = [&](std::uint32_t r) -> std::string {
    auto h = ctx.doubt_headings.find(r);
    return h == ctx.doubt_headings.end() ? "" : h->second.second;
  };
  for (std::uint32_t r = 1; r <= 3; ++r) EXPECT_EQ(heading_of(r), "Fund Expenditur to date") << r;
  for (std::uint32_t r : {0u, 4u, 5u, 6u, 10u}) EXPECT_EQ(heading_of(r), "") << r;
  // The 50 rows under the header at row 10 (0-based: 11 to 60), the next header's row among them.
  for (std::uint32_t r = 11; r <= 60; ++r) EXPECT_EQ(heading_of(r), "Spnt so far") << r;
  // The next header's 50 rows (14 to 63): where the first's have ended.
  for (std::uint32_t r = 61; r <= 63; ++r) EXPECT_EQ(heading_of(r), "Outlay") << r;
  for (std::uint32_t r = 64; r <= 80; ++r) EXPECT_EQ(heading_of(r), "") << r;
  EXPECT_EQ(ctx.doubts.size(), ctx.doubt_headings.size());
  ASSERT_TRUE(ctx.doubts.contains(2));
  EXPECT_NE(ctx.doubts.at(2).why.find("(row 1) whose 'Fund Expenditur to date' in B1 is not a heading fundbook knows"),
            std::string::npos)
      << ctx.doubts.at(2).why;
}

// The RAG overview read a row at a time: a label that names no rating, with a
// count, is held until a rating or the Total comes within three rows (then
// read through as unrated) or does not (the overview ends above it).
TEST(RagOverview, ALabelNamingNoRatingIsReadThroughOnlyWhereARatingFollowsWithinThreeRows) {
  Workbook wb;
  Sheet sheet;
  sheet.name = "Q3";
  auto put = [&](std::uint32_t r, std::uint16_t c, std::string_view t) {
    Cell cell;
    cell.row = r;
    cell.col = c;
    cell.type = CellType::String;
    cell.str = wb.intern(t);
    sheet.cells.push_back(cell);
  };
  auto line = [&](std::uint32_t r, std::string_view label, double count) {
    put(r, 0, label);
    Cell cell;
    cell.row = r;
    cell.col = 1;
    cell.type = CellType::Number;
    cell.number = count;
    sheet.cells.push_back(cell);
  };
  auto header = [&](std::uint32_t r) {
    put(r, 0, "RAG");
    put(r, 1, "No of schemes");
  };
  header(0);
  line(1, "Ereen - On Track", 3); // held, then read through: Amber follows
  line(2, "Amber", 2);
  line(3, "Red", 1);
  line(4, "Total", 6);
  header(10);
  line(11, "Green", 1);
  for (std::uint32_t r = 12; r <= 14; ++r) line(r, "Notes", 5); // the Total is the third row on from the first
  line(15, "Total", 16);
  header(20);
  line(21, "Green", 1);
  for (std::uint32_t r = 22; r <= 25; ++r) line(r, "Notes", 5); // no rating within three rows: the end
  line(26, "Total", 21);
  wb.sheets.push_back(std::move(sheet));
  Recognised rec = recognise(wb, Vocabulary::defaults());
  ASSERT_EQ(rec.rag_overviews.size(), 3u);
  auto ratings = [](const RagOverview &ov) {
    std::vector<std::string> out;
    for (auto &row : ov.rows) out.push_back(row.rating + "@" + std::to_string(row.label_ref.row));
    for (auto &row : ov.unrated) out.push_back("unrated@" + std::to_string(row.label_ref.row));
    return out;
  };
  EXPECT_EQ(ratings(rec.rag_overviews[0]), (std::vector<std::string>{"Amber@2", "Red@3", "Total@4", "unrated@1"}));
  EXPECT_EQ(ratings(rec.rag_overviews[1]),
            (std::vector<std::string>{"Green@11", "Total@15", "unrated@12", "unrated@13", "unrated@14"}));
  EXPECT_EQ(ratings(rec.rag_overviews[2]), (std::vector<std::string>{"Green@21"}));
}
