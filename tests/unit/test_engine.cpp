#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "engine/check.hpp"
#include "engine/key_index.hpp"
#include "engine/schemes.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;
namespace fs = std::filesystem;

namespace {
Money k(long v) { return Money::thousands(v); }
std::vector<const Finding *> with_rule(const CheckResult &r, const std::string &rule) {
  std::vector<const Finding *> out;
  for (auto &f : r.findings)
    if (f.rule == rule) out.push_back(&f);
  return out;
}
} // namespace

TEST(Check, TheSeedsErrorsAreCaughtEachOnceAtTheirCells) {
  CheckResult r = run_check({source_dir() + "/samples"}, {});
  ASSERT_EQ(r.errors(), 3u);
  auto row = with_rule(r, "row-total-mismatch");
  ASSERT_EQ(row.size(), 1u);
  EXPECT_EQ(*row[0]->sheet, "Baseline");
  EXPECT_EQ(a1(*row[0]->cell), "I124");
  EXPECT_EQ(*row[0]->stated, k(-1941));
  EXPECT_EQ(*row[0]->computed, k(-1968));
  auto col = with_rule(r, "column-total-mismatch");
  ASSERT_EQ(col.size(), 1u);
  EXPECT_NE(col[0]->path.find("gpc-2016-10"), std::string::npos);
  EXPECT_EQ(*col[0]->stated, k(291));
  EXPECT_EQ(*col[0]->computed, k(294));
  auto rag = with_rule(r, "rag-count-mismatch");
  ASSERT_EQ(rag.size(), 1u);
  EXPECT_NE(rag[0]->message.find("Amber"), std::string::npos);
  EXPECT_TRUE(with_rule(r, "cumulative-total-mismatch").empty());
  EXPECT_EQ(r.warnings(), 0u);
}

TEST(Check, MonitoringFiguresFromTheSeeds) {
  CheckResult r = run_check({source_dir() + "/samples"}, {});
  const Scheme *ot = nullptr;
  const Scheme *cm = nullptr;
  for (auto &s : r.schemes) {
    if (s.ref == std::optional<std::string>("C/R.5.305")) ot = &s;
    if (s.ref == std::optional<std::string>("C/R.5.001")) cm = &s;
  }
  ASSERT_TRUE(ot);
  EXPECT_DOUBLE_EQ(*ot->roi, 7.0); // 1,260 saved for 180 invested
  EXPECT_EQ(*ot->payback_year, "2017-18");
  ASSERT_TRUE(cm);
  ASSERT_TRUE(cm->monitoring); // the Q3 report's figures join the baseline scheme
  EXPECT_EQ(*cm->monitoring->spent_to_date, k(267));
  EXPECT_EQ(*cm->monitoring->rag, "Red");
  EXPECT_NEAR(*cm->monitoring->share_spent, 267.0 / 400.0, 1e-12);
  // Totals by workstream come from the GPC summaries of both bid rounds.
  EXPECT_EQ(r.totals.by_workstream.at("Commissioning").investment.at("2017-18"), k(352 + 1060));
}

TEST(Reconcile, SameBaselineTwiceIsDuplicateNotConflict) {
  CheckResult r = run_check({source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx",
                             source_dir() + "/tests/data/baseline-copy.ods"},
                            {});
  EXPECT_EQ(with_rule(r, "duplicate-scheme").size(), 21u);
  EXPECT_TRUE(with_rule(r, "conflicting-scheme").empty());
  // The only errors are the seed's own Street lighting total, once in each copy.
  EXPECT_EQ(r.errors(), 2u);
  EXPECT_EQ(with_rule(r, "row-total-mismatch").size(), 2u);
  EXPECT_EQ(r.schemes.size(), 21u);
}

TEST(Reconcile, OneChangedFigureIsOneConflictNamingBothFilesAndTheYear) {
  std::string dir = temp_dir();
  // A copy with one figure changed: Total Transport 2018-19 investment 76 -> 67.
  std::string p = write_xlsx({{"Baseline",
                               {{"A1", std::string("TITLE")},
                                {"C1", std::string("2016-17")},
                                {"D1", std::string("2017-18")},
                                {"E1", std::string("2018-19")},
                                {"F1", std::string("2019-20")},
                                {"G1", std::string("2020-21")},
                                {"H1", std::string("2021-22")},
                                {"I1", std::string("TOTAL")},
                                {"A3", std::string("Total Transport (C/R.5.102)")},
                                {"B3", std::string("Investment")},
                                {"C3", std::string("-")},
                                {"D3", 132.0},
                                {"E3", 67.0},
                                {"F3", 38.0},
                                {"G3", std::string("-")},
                                {"H3", std::string("-")},
                                {"I3", 237.0},
                                {"B4", std::string("Saving")},
                                {"C4", std::string("-")},
                                {"D4", -840.0},
                                {"E4", -1275.0},
                                {"F4", -1275.0},
                                {"G4", -1275.0},
                                {"H4", -1275.0},
                                {"I4", -5940.0}}}},
                             "changed.xlsx");
  CheckResult r = run_check({source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx", p}, {});
  auto c = with_rule(r, "conflicting-scheme");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0]->severity, Severity::Error);
  EXPECT_NE(c[0]->message.find("C/R.5.102"), std::string::npos);
  EXPECT_NE(c[0]->message.find("baseline-2017-06"), std::string::npos);
  EXPECT_NE(c[0]->message.find("changed.xlsx"), std::string::npos);
  EXPECT_NE(c[0]->message.find("2018-19"), std::string::npos);
  EXPECT_EQ(a1(*c[0]->cell), "E3");
  EXPECT_EQ(*c[0]->stated, k(67));
  EXPECT_EQ(*c[0]->computed, k(76));
}

TEST(Reconcile, TheKeyIndexKeepsTheFirstValueOfEachKeyAsItGrows) {
  std::vector<std::string> keys; // value -> key, as reconcile's schemes
  auto key_of = [&keys](std::size_t v) { return keys.at(v); };
  KeyIndex ix(2, key_of); // far fewer than will come: it grows as it goes
  for (std::size_t i = 0; i < 5000; ++i) {
    keys.push_back("prC/R." + std::to_string(i));
    auto [v, inserted] = ix.try_emplace(keys.back(), i);
    EXPECT_TRUE(inserted);
    EXPECT_EQ(v, i);
  }
  for (std::size_t i = 0; i < 5000; i += 7) {
    auto [v, inserted] = ix.try_emplace("prC/R." + std::to_string(i), 99999);
    EXPECT_FALSE(inserted);
    EXPECT_EQ(v, i); // the first kept, not the repeat's
    EXPECT_EQ(ix.find("prC/R." + std::to_string(i)), std::optional<std::size_t>(i));
  }
  EXPECT_EQ(ix.size(), 5000u);
  EXPECT_EQ(ix.find("prC/R.5000"), std::nullopt);
  EXPECT_EQ(ix.find(""), std::nullopt);
  // Keys that differ only past a string's own buffer, and the empty key.
  std::string a(40, 'x'), b = a;
  b.back() = 'y';
  for (const std::string &k : {a, b, std::string()}) {
    keys.push_back(k);
    EXPECT_TRUE(ix.try_emplace(k, keys.size() - 1).second);
  }
  EXPECT_EQ(ix.find(a), std::optional<std::size_t>(5000));
  EXPECT_EQ(ix.find(b), std::optional<std::size_t>(5001));
  EXPECT_EQ(ix.find(""), std::optional<std::size_t>(5002));
}

TEST(Schemes, IncrementalFiguresBecomeAbsolute) {
  SchemeRecord rec;
  rec.kind = "planning";
  rec.title = "x";
  rec.incremental = true;
  rec.saving["2018-19"] = Figure{k(-594), {}, false, false};
  rec.saving["2019-20"] = Figure{k(-100), {}, false, false};
  rec.saving["2020-21"] = Figure{k(0), {}, false, false};
  rec.stated_saving = Figure{k(-694), {}, false, false}; // an incremental total: not the absolute one
  Scheme s = rec;
  complete_scheme("f.xlsx", s);
  EXPECT_EQ(s.saving.at("2018-19").amount, k(-594));
  EXPECT_EQ(s.saving.at("2019-20").amount, k(-694));
  EXPECT_EQ(s.saving.at("2020-21").amount, k(-694));
  EXPECT_EQ(*s.saving_total, k(-1982));
  EXPECT_FALSE(s.investment_total);
  EXPECT_FALSE(s.incremental);
  EXPECT_EQ(s.source.path.str(), "f.xlsx");
}

TEST(Schemes, StatedTotalsAndMonitoringFiguresAreCompletedInPlace) {
  Scheme s;
  s.kind = "monitoring";
  s.title = "y";
  s.investment["2017-18"] = Figure{k(100), {}, false, false};
  s.stated_investment = Figure{k(120), {}, false, false}; // stated wins (the rules report the difference)
  s.stated_saving = Figure{k(-50), {}, false, false};     // no saving years: the stated total stands
  auto &m = s.monitored.ensure();
  m.spent_to_date = Figure{k(30), {}, false, false};
  m.rag = "Amber";
  m.commentary = "on track";
  complete_scheme("g.xlsx", s);
  EXPECT_EQ(*s.investment_total, k(120));
  EXPECT_EQ(*s.saving_total, k(-50));
  ASSERT_TRUE(s.monitoring);
  EXPECT_EQ(*s.monitoring->spent_to_date, k(30));
  EXPECT_EQ(*s.monitoring->original_investment, k(120));
  EXPECT_EQ(*s.monitoring->original_saving, k(-50));
  EXPECT_EQ(*s.monitoring->rag, "Amber");
  EXPECT_EQ(*s.monitoring->commentary, "on track");
  EXPECT_FALSE(s.monitored); // read figures are not kept twice
}

TEST(Schemes, PaybackAndReturn) {
  Scheme s;
  auto f = [](Money m) { return Figure{m, {}, false, false}; };
  s.investment = {{"2016-17", f(k(633))}};
  s.saving = {{"2017-18", f(k(-129))}, {"2018-19", f(k(-264))}, {"2019-20", f(k(-398))}, {"2020-21", f(k(-525))}};
  work_out_monitoring(s);
  EXPECT_EQ(*s.payback_year, "2019-20"); // 129 + 264 + 398 = 791 >= 633
  EXPECT_NEAR(*s.roi, 1316.0 / 633.0, 1e-12);
}

TEST(Check, FolderInputsSkipLockAndHiddenFiles) {
  std::string dir = temp_dir();
  fs::copy_file(source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx", dir + "/a.xlsx");
  std::ofstream(dir + "/~$a.xlsx") << "lock";
  std::ofstream(dir + "/.hidden.xlsx") << "x";
  std::ofstream(dir + "/notes.txt") << "x";
  std::vector<std::string> problems;
  auto files = collect_inputs({dir}, {}, problems);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_TRUE(problems.empty());
}
