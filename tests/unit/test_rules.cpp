#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <string_view>

#include "engine/rules/registry.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;

namespace {
Money k(long v) { return Money::thousands(v); }
Figure fig(long v, std::uint32_t r, std::uint32_t c) { return Figure{k(v), CellRef{r, c}, false, false}; }
FigureRow row(const std::string &label, std::vector<long> vals, std::optional<long> total, std::uint32_t r) {
  FigureRow fr;
  fr.label = label;
  fr.label_ref = CellRef{r, 0};
  for (std::size_t i = 0; i < vals.size(); ++i) fr.values.push_back(fig(vals[i], r, std::uint32_t(i + 1)));
  if (total) fr.stated_total = fig(*total, r, std::uint32_t(vals.size() + 1));
  return fr;
}
FigureTable table(std::vector<FigureRow> rows) {
  FigureTable t;
  t.sheet = "S";
  t.columns = {"2016-17", "2017-18", "2018-19"};
  t.rows = std::move(rows);
  return t;
}
rules::Settings settings(double tol = 1) {
  rules::Settings s;
  s.tolerance = tol;
  return s;
}
} // namespace

TEST(RowTotal, MismatchIsAnErrorAtTheTotalCell) {
  auto t = table({row("Saving", {0, -129, -264}, -390, 4)});
  std::vector<Finding> out;
  rules::row_totals("f.xlsx", t, settings(), out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].rule, "row-total-mismatch");
  EXPECT_EQ(out[0].severity, Severity::Error);
  EXPECT_EQ(a1(*out[0].cell), "E5");
  EXPECT_EQ(*out[0].stated, k(-390));
  EXPECT_EQ(*out[0].computed, k(-393));
}

TEST(RowTotal, AgreeingTotalsAndRoundingWithinTolerance) {
  std::vector<Finding> out;
  rules::row_totals("f.xlsx", table({row("Saving", {0, -129, -264}, -393, 4)}), settings(), out);
  EXPECT_TRUE(out.empty());
  rules::row_totals("f.xlsx", table({row("Saving", {0, -129, -264}, -392, 4)}), settings(), out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].rule, "rounding-difference");
  EXPECT_EQ(out[0].severity, Severity::Info);
  out.clear();
  rules::row_totals("f.xlsx", table({row("Saving", {0, -129, -264}, -390, 4)}), settings(5), out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].rule, "rounding-difference");
}

TEST(RowTotal, UnknownSumIsNotGuessed) {
  auto t = table({row("Saving", {0, -129, -264}, -1, 4)});
  t.rows[0].values[1].reset(); // a non-numeric cell, reported by its own rule
  std::vector<Finding> out;
  rules::row_totals("f.xlsx", t, settings(), out);
  EXPECT_TRUE(out.empty());
}

TEST(ColumnAndCumulative, AWrongTotalIsReportedOnceAtTheTotalCell) {
  // GPC October 2016: 2018-19 Total 291, workstreams add to 294, cumulative right.
  auto t =
      table({row("Commissioning", {73, 352, 294}, std::nullopt, 3), row("Contracts", {0, 400, 0}, std::nullopt, 4)});
  t.total_row = row("Total", {73, 752, 291}, std::nullopt, 5);
  t.cumulative_row = row("Cumulative total", {73, 825, 1119}, std::nullopt, 6);
  std::vector<Finding> out;
  rules::column_totals("f.xlsx", t, settings(), out);
  rules::cumulative_totals("f.xlsx", t, settings(), out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].rule, "column-total-mismatch");
  EXPECT_EQ(a1(*out[0].cell), "D6");
  EXPECT_EQ(*out[0].stated, k(291));
  EXPECT_EQ(*out[0].computed, k(294));
}

TEST(Cumulative, AWrongCumulativeCellIsReportedOnce) {
  auto t = table({row("A", {10, 20, 30}, std::nullopt, 3)});
  t.total_row = row("Total", {10, 20, 30}, std::nullopt, 4);
  t.cumulative_row = row("Cumulative total", {10, 35, 65}, std::nullopt, 5); // 35 should be 30; 65 = 35 + 30 carried on
  std::vector<Finding> out;
  rules::column_totals("f.xlsx", t, settings(), out);
  rules::cumulative_totals("f.xlsx", t, settings(), out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].rule, "cumulative-total-mismatch");
  EXPECT_EQ(a1(*out[0].cell), "C6");
  EXPECT_EQ(*out[0].computed, k(30));
}

TEST(Cumulative, ConsistentTablesGiveNothing) {
  auto t = table({row("A", {800, 2175, 909}, std::nullopt, 3)});
  t.total_row = row("Total", {800, 2175, 909}, std::nullopt, 4);
  t.cumulative_row = row("Cumulative total", {800, 2975, 3884}, std::nullopt, 5);
  std::vector<Finding> out;
  rules::column_totals("f.xlsx", t, settings(), out);
  rules::cumulative_totals("f.xlsx", t, settings(), out);
  EXPECT_TRUE(out.empty());
}

TEST(SignConvention, PositiveSavingsAndNegativeInvestment) {
  auto t = table({row("Saving", {0, 129, -264}, std::nullopt, 3), row("Investment", {633, 0, 0}, std::nullopt, 4),
                  row("Investment", {0, -5, 0}, std::nullopt, 5)});
  t.rows[0].measure = Measure::Saving;
  t.rows[1].measure = Measure::Investment;
  t.rows[2].measure = Measure::Investment;
  std::vector<Finding> out;
  EXPECT_EQ(rules::sign_convention("f.xlsx", t, settings(), out), 0u) << "it compares no totals";
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].rule, "sign-convention");
  EXPECT_EQ(out[0].severity, Severity::Warning);
  EXPECT_EQ(a1(*out[0].cell), "C4");
  EXPECT_EQ(a1(*out[1].cell), "C6");
}

TEST(CellNotes, NonNumericAndMissingCache) {
  std::vector<CellNote> notes = {{NoteKind::NonNumeric, "S", CellRef{4, 3}, "tbc"},
                                 {NoteKind::FormulaCacheMissing, "S", CellRef{5, 3}, ""},
                                 {NoteKind::TextNumber, "S", CellRef{6, 3}, "1,312"}};
  std::vector<Finding> out;
  rules::cell_notes("f.xlsx", notes, settings(), out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].rule, "non-numeric-value");
  EXPECT_EQ(out[0].severity, Severity::Error);
  EXPECT_NE(out[0].message.find("'tbc'"), std::string::npos);
  EXPECT_EQ(out[1].rule, "formula-cache-missing");
  EXPECT_EQ(out[1].severity, Severity::Warning);
  rules::Settings verbose = settings();
  verbose.verbose = true;
  out.clear();
  rules::cell_notes("f.xlsx", notes, verbose, out);
  EXPECT_EQ(out.size(), 3u);
}

namespace {
SchemeRecord monitored(const char *rag, long spent, long saved) {
  SchemeRecord s;
  s.kind = SchemeKind::Monitoring;
  s.source.sheet = "Q3";
  s.monitored.ensure().rag = rag;
  s.monitored->spent_to_date = fig(spent, 0, 0);
  s.monitored->saved_to_date = fig(saved, 0, 0);
  return s;
}
RagRow rag_row(const char *rating, long count, long inv, long sav, std::uint32_t r) {
  RagRow rr;
  rr.rating = rating;
  rr.count = fig(count, r, 1);
  rr.sums["investment_to_date"] = fig(inv, r, 2);
  rr.sums["savings_to_date"] = fig(sav, r, 3);
  return rr;
}
} // namespace

TEST(RagOverview, ExceptionsListingCannotExceedTheOverview) {
  RagOverview ov;
  ov.sheet = "Q3";
  ov.rows = {rag_row("Green", 12, 898, -2356, 4), rag_row("Amber", 2, 619, -2160, 5), rag_row("Red", 4, 511, -416, 6)};
  std::vector<SchemeRecord> listed;
  for (int i = 0; i < 5; ++i) listed.push_back(monitored("Amber", 100, -100));
  for (int i = 0; i < 2; ++i) listed.push_back(monitored("Red", 100, -100));
  std::vector<Finding> out;
  rules::rag_overview("f.xlsx", ov, listed, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].rule, "rag-count-mismatch");
  EXPECT_EQ(a1(*out[0].cell), "B6");
  EXPECT_EQ(*out[0].stated, k(2));
  EXPECT_EQ(*out[0].computed, k(5));
}

// A row whose rating could not be read (a figure in its label cell) may be a
// rating nothing lists: the listing is no longer known to be complete, so
// the others are held only to "no more than the overview says".
TEST(RagOverview, AnUnratedRowLeavesTheListingNotKnownComplete) {
  RagOverview ov;
  ov.sheet = "Q3";
  ov.rows = {rag_row("Red", 2, 200, -200, 5)};
  ov.unrated = {rag_row("", 3, 300, -300, 4)};
  std::vector<SchemeRecord> listed = {monitored("Red", 100, -100)};
  std::vector<Finding> out;
  EXPECT_EQ(rules::rag_overview("f.xlsx", ov, listed, out), 3u); // the Red row's three figures only
  EXPECT_TRUE(out.empty());
  ov.unrated.clear(); // complete: the one Red scheme listed is not the two the overview says
  rules::rag_overview("f.xlsx", ov, listed, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(a1(*out[0].cell), "B6");
}

TEST(RagOverview, CompleteListingMustAgreeExactly) {
  RagOverview ov;
  ov.sheet = "Q3";
  ov.rows = {rag_row("Green", 1, 100, -100, 4), rag_row("Red", 1, 100, -100, 5)};
  std::vector<SchemeRecord> listed = {monitored("Green", 100, -100), monitored("Red", 100, -100)};
  std::vector<Finding> out;
  rules::rag_overview("f.xlsx", ov, listed, out);
  EXPECT_TRUE(out.empty());
  listed[1] = monitored("Red", 90, -100);
  rules::rag_overview("f.xlsx", ov, listed, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_NE(out[0].message.find("investment to date"), std::string::npos);
}

// The registry against the contract (../shared/spec/contract.md, "Rule ids"):
// every rule id there is registered once, with the contract's severity, and
// every registered rule says what it means and what to do.
TEST(Registry, EveryContractRuleIsRegisteredOnceWithItsSeverityAndTexts) {
  std::ifstream in(test::shared_dir() + "/spec/contract.md");
  ASSERT_TRUE(in) << test::shared_dir() + "/spec/contract.md";
  std::string line;
  bool in_table = false;
  std::size_t contract_rules = 0;
  while (std::getline(in, line)) {
    if (line.rfind("### ", 0) == 0) in_table = line == "### Rule ids";
    // | `row-total-mismatch` | error | when ... |
    if (!in_table || line.rfind("| `", 0) != 0) continue;
    auto id_end = line.find('`', 3);
    ASSERT_NE(id_end, std::string::npos) << line;
    std::string id = line.substr(3, id_end - 3);
    auto sev_from = line.find('|', id_end) + 1;
    std::string severity = line.substr(sev_from, line.find('|', sev_from) - sev_from);
    severity.erase(0, severity.find_first_not_of(' '));
    severity.erase(severity.find_last_not_of(' ') + 1);
    ++contract_rules;
    auto n = std::count_if(std::begin(rules::kRules), std::end(rules::kRules),
                           [&](const rules::Rule &r) { return id == r.id; });
    EXPECT_EQ(n, 1) << id;
    const rules::Rule *r = rules::find_rule(id);
    ASSERT_NE(r, nullptr) << id;
    EXPECT_EQ(severity_name(r->severity), severity) << id;
  }
  EXPECT_EQ(contract_rules, 11u) << "the contract's table of rule ids was not read";
  std::set<std::string_view> ids;
  for (const rules::Rule &r : rules::kRules) {
    EXPECT_TRUE(ids.insert(r.id).second) << r.id << " is registered twice";
    EXPECT_FALSE(r.meaning.empty()) << r.id;
    EXPECT_FALSE(r.guidance.empty()) << r.id;
    EXPECT_EQ(rules::severity_of(r.id), r.severity) << r.id;
  }
}

// The engine runs the registry's table checks in the registry's order, and the
// order decides which of two findings at one cell comes first: these four, in
// the order run_check called them by name before the registry.
TEST(Registry, TheTableChecksAreTheRegistrysOwn) {
  std::vector<std::string_view> with_check;
  for (const rules::Rule &r : rules::kRules)
    if (r.table_check) with_check.push_back(r.id);
  EXPECT_EQ(with_check, (std::vector<std::string_view>{rules::kRowTotal, rules::kColumnTotal, rules::kCumulativeTotal,
                                                       rules::kSignConvention}));
}
