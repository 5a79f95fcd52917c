#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "engine/check.hpp"
#include "engine/key_index.hpp"
#include "engine/scheme_spill.hpp"
#include "engine/schemes.hpp"
#include "export/json.hpp"
#include "export/text.hpp"
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
  const SchemeRecord *ot = nullptr;
  const SchemeResults *cm = nullptr;
  ASSERT_EQ(r.scheme_results.size(), r.schemes.size());
  for (std::size_t i = 0; i < r.schemes.size(); ++i) {
    if (r.schemes[i].ref == std::optional<std::string>("C/R.5.305")) ot = &r.schemes[i];
    if (r.schemes[i].ref == std::optional<std::string>("C/R.5.001")) cm = &r.scheme_results[i];
  }
  ASSERT_TRUE(ot);
  EXPECT_DOUBLE_EQ(*return_on_investment(*ot), 7.0); // 1,260 saved for 180 invested
  EXPECT_EQ(*payback_year(*ot), "2017-18");
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
  rec.kind = SchemeKind::Planning;
  rec.title = "x";
  rec.incremental = true;
  rec.saving["2018-19"] = Figure{k(-594), {}, false, false};
  rec.saving["2019-20"] = Figure{k(-100), {}, false, false};
  rec.saving["2020-21"] = Figure{k(0), {}, false, false};
  rec.stated_saving = Figure{k(-694), {}, false, false}; // an incremental total: not the absolute one
  SchemeRecord s = rec;
  complete_scheme("f.xlsx", s);
  EXPECT_EQ(s.saving.at("2018-19").amount, k(-594));
  EXPECT_EQ(s.saving.at("2019-20").amount, k(-694));
  EXPECT_EQ(s.saving.at("2020-21").amount, k(-694));
  EXPECT_EQ(*saving_total(s), k(-1982));
  EXPECT_FALSE(investment_total(s));
  EXPECT_FALSE(s.incremental);
  EXPECT_EQ(s.source.path.str(), "f.xlsx");
}

TEST(Schemes, StatedTotalsAndMonitoringFiguresAreCompletedInPlace) {
  SchemeRecord s;
  s.kind = SchemeKind::Monitoring;
  s.title = "y";
  s.investment["2017-18"] = Figure{k(100), {}, false, false};
  s.stated_investment = Figure{k(120), {}, false, false}; // stated wins (the rules report the difference)
  s.stated_saving = Figure{k(-50), {}, false, false};     // no saving years: the stated total stands
  auto &m = s.monitored.ensure();
  m.spent_to_date = Figure{k(30), {}, false, false};
  m.rag = "Amber";
  m.commentary = "on track";
  SchemeResults w = complete_scheme("g.xlsx", s);
  EXPECT_EQ(*investment_total(s), k(120));
  EXPECT_EQ(*saving_total(s), k(-50));
  ASSERT_TRUE(w.monitoring);
  EXPECT_EQ(*w.monitoring->spent_to_date, k(30));
  EXPECT_EQ(*w.monitoring->original_investment, k(120));
  EXPECT_EQ(*w.monitoring->original_saving, k(-50));
  EXPECT_EQ(*w.monitoring->rag, "Amber");
  EXPECT_EQ(*w.monitoring->commentary, "on track");
  EXPECT_FALSE(s.monitored); // read figures are not kept twice
}

TEST(Schemes, PaybackAndReturn) {
  SchemeRecord s;
  auto f = [](Money m) { return Figure{m, {}, false, false}; };
  s.investment = {{"2016-17", f(k(633))}};
  s.saving = {{"2017-18", f(k(-129))}, {"2018-19", f(k(-264))}, {"2019-20", f(k(-398))}, {"2020-21", f(k(-525))}};
  EXPECT_EQ(*payback_year(s), "2019-20"); // 129 + 264 + 398 = 791 >= 633
  EXPECT_NEAR(*return_on_investment(s), 1316.0 / 633.0, 1e-12);
}

TEST(Check, FolderInputsSkipLockAndHiddenFiles) {
  std::string dir = temp_dir();
  fs::copy_file(source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx", dir + "/a.xlsx");
  std::ofstream(dir + "/~$a.xlsx") << "lock";
  std::ofstream(dir + "/.hidden.xlsx") << "x";
  std::ofstream(dir + "/notes.txt") << "x";
  std::vector<InputProblem> problems;
  auto files = collect_inputs({dir}, {}, problems);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_TRUE(problems.empty());
}

// A folder's problem keeps its path whole: the path once travelled joined to
// the message by ": " and was cut at the first ": " in the path.
TEST(Check, AFolderWhoseNameHoldsAColonIsNamedWhole) {
  std::string dir = temp_dir() + "/Budgets: 2017-18";
  fs::create_directories(dir);
  std::ofstream(dir + "/notes.txt") << "x";
  std::vector<InputProblem> problems;
  EXPECT_TRUE(collect_inputs({dir}, {}, problems).empty());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].path, dir);
  EXPECT_EQ(problems[0].message, "no workbooks (.xlsx .xlsm .xls .ods .csv) in this folder");
  CheckResult r = run_check({dir}, {});
  auto unreadable = with_rule(r, "unreadable-input");
  ASSERT_EQ(unreadable.size(), 1u);
  EXPECT_EQ(unreadable[0]->path, dir);
  EXPECT_EQ(unreadable[0]->message, "no workbooks (.xlsx .xlsm .xls .ods .csv) in this folder");
}

// A workbook whose file name holds ": " is read and named whole, and so is
// one that cannot be read.
TEST(Check, AWorkbookWhoseNameHoldsAColonIsNamedWhole) {
  std::string dir = temp_dir();
  std::string good = dir + "/Baseline: June 2017.xlsx";
  fs::copy_file(source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx", good);
  std::string bad = dir + "/Q3: draft.xlsx";
  std::ofstream(bad) << "";
  CheckResult r = run_check({dir}, {});
  ASSERT_EQ(r.inputs.size(), 2u);
  EXPECT_EQ(r.inputs[0].path, good);
  EXPECT_TRUE(r.inputs[0].ok);
  EXPECT_EQ(r.inputs[1].path, bad);
  EXPECT_FALSE(r.inputs[1].ok);
  auto unreadable = with_rule(r, "unreadable-input");
  ASSERT_EQ(unreadable.size(), 1u);
  EXPECT_EQ(unreadable[0]->path, bad);
  EXPECT_EQ(unreadable[0]->message.rfind("the file is empty", 0), 0u) << unreadable[0]->message;
}

// A workbook refused for one sheet (over the cell limit) names that sheet in
// its finding, so the Findings sheet and the page can point at it.
TEST(Check, AFileRefusedForOneSheetNamesTheSheet) {
  CheckOptions options;
  options.limits.max_cells_per_sheet = 200; // tracker-60 has about 540
  std::string p = source_dir() + "/tests/data/tracker-60.xlsx";
  CheckResult r = run_check({p}, options);
  auto unreadable = with_rule(r, "unreadable-input");
  ASSERT_EQ(unreadable.size(), 1u);
  ASSERT_TRUE(unreadable[0]->sheet.has_value());
  EXPECT_FALSE(unreadable[0]->sheet->empty());
  EXPECT_NE(unreadable[0]->message.find("'" + *unreadable[0]->sheet + "'"), std::string::npos)
      << unreadable[0]->message;
  EXPECT_FALSE(unreadable[0]->cell.has_value()); // the whole sheet, no one cell
}

namespace {
// Adds to `f` a completed planning scheme on `sheet` row `row` (0-based) with a saving per year.
void register_row(FileSchemes &f, const std::string &ref, const std::string &sheet, std::uint32_t row,
                  std::vector<std::pair<std::string, long>> savings) {
  SchemeRecord s;
  s.kind = SchemeKind::Planning;
  s.ref = ref;
  s.title = "Scheme " + ref;
  s.source.sheet = sheet;
  s.source.cell = {row, 0};
  std::uint32_t col = 3;
  for (auto &[y, v] : savings) s.saving[y] = Figure{k(v), {row, col++}};
  f.results.push_back(complete_scheme(SharedText(std::string("register.xlsx")), s));
  f.schemes.push_back(std::move(s));
}
} // namespace

TEST(Reconcile, RepeatsOfOneReferenceOnOneSheetAreOneFindingListingRowsAndYears) {
  FileSchemes a{"register.xlsx", {}, {}, {}};
  std::vector<std::pair<std::string, long>> base = {{"2017-18", -10}, {"2018-19", -20}, {"2019-20", -30}};
  auto changed = [&](std::size_t k, long v) {
    auto c = base;
    c[k].second = v;
    return c;
  };
  register_row(a, "C/R.1.001", "Register", 1, base);            // kept
  register_row(a, "C/R.1.001", "Register", 2, base);            // same
  register_row(a, "C/R.1.001", "Register", 3, changed(0, -11)); // 2017-18
  register_row(a, "C/R.1.001", "Register", 4, changed(2, -31)); // 2019-20
  register_row(a, "C/R.1.001", "Register", 5, base);            // same
  register_row(a, "C/R.1.002", "Register", 6, base);
  register_row(a, "C/R.1.002", "Register", 7, base); // one duplicate
  register_row(a, "C/R.1.001", "Old", 1, base);      // another sheet: its own finding
  FileSchemes b{"other.xlsx", {}, {}, {}};
  register_row(b, "C/R.1.001", "Register", 9, changed(1, -21));
  std::vector<FileSchemes> files{a, b};
  CheckResult r;
  reconcile(files, r);
  EXPECT_EQ(r.schemes.size(), 2u);
  EXPECT_EQ(r.scheme_results.size(), 2u);
  std::vector<Finding> &findings = r.findings;
  ASSERT_EQ(findings.size(), 4u);
  sort_findings(findings);
  auto find = [&](const std::string &path, const std::string &sheet, const std::string &ref) -> const Finding & {
    for (auto &f : findings)
      if (f.path == path && f.sheet == sheet && f.message.find(ref) != std::string::npos) return f;
    throw std::runtime_error("no finding for " + ref + " on " + sheet);
  };
  const Finding &x = find("register.xlsx", "Register", "C/R.1.001");
  EXPECT_EQ(x.rule, "conflicting-scheme");
  EXPECT_EQ(x.rows, (std::vector<std::uint32_t>{3, 4, 5, 6}));
  EXPECT_EQ(x.years, (std::vector<std::string>{"2017-18", "2019-20"}));
  // It points at the first copy that differs, at its first differing figure.
  EXPECT_EQ(a1(*x.cell), "D4");
  EXPECT_EQ(*x.stated, k(-11));
  EXPECT_EQ(*x.computed, k(-10));
  ASSERT_EQ(x.related.size(), 1u);
  EXPECT_EQ(x.related[0].sheet, "Register");
  EXPECT_EQ(a1(x.related[0].cell), "A2");
  // On its own sheet the kept copy is named by its cell; rows one after another as one span.
  EXPECT_NE(x.message.find("is read 5 times on Register: first at A2, then on rows 3-6, with"), std::string::npos)
      << x.message;
  EXPECT_NE(x.message.find("for 2017-18, 2019-20;"), std::string::npos) << x.message; // not one after another

  const Finding &y = find("register.xlsx", "Register", "C/R.1.002");
  EXPECT_EQ(y.rule, "duplicate-scheme");
  EXPECT_EQ(y.rows, (std::vector<std::uint32_t>{8}));
  EXPECT_TRUE(y.years.empty());
  EXPECT_NE(y.message.find("is read twice with the same figures"), std::string::npos) << y.message;

  EXPECT_EQ(find("register.xlsx", "Old", "C/R.1.001").rule, "duplicate-scheme");
  const Finding &z = find("other.xlsx", "Register", "C/R.1.001");
  EXPECT_EQ(z.rule, "conflicting-scheme");
  EXPECT_EQ(z.years, (std::vector<std::string>{"2018-19"}));
  EXPECT_EQ(z.related[0].path, "register.xlsx");
}

TEST(Reconcile, ARegisterOfRepeatsIsOneFindingPerReference) {
  // 2,000 references on 25 rows each, every other row revised: 2,000
  // findings (not 48,000), each listing its 24 further rows.
  FileSchemes f{"register.xlsx", {}, {}, {}};
  std::uint32_t row = 1;
  for (int s = 0; s < 2000; ++s)
    for (int p = 0; p < 25; ++p)
      register_row(f, "C/R." + std::to_string(1 + s / 1000) + "." + std::to_string(100 + s % 1000), "Register", row++,
                   {{"2017-18", -10 - (p % 2) * p}, {"2018-19", -20}});
  std::vector<FileSchemes> files{std::move(f)};
  CheckResult r;
  reconcile(files, r);
  EXPECT_EQ(r.schemes.size(), 2000u);
  const std::vector<Finding> &findings = r.findings;
  ASSERT_EQ(findings.size(), 2000u);
  for (auto &fd : findings) {
    EXPECT_EQ(fd.rule, "conflicting-scheme");
    EXPECT_EQ(fd.rows.size(), 24u);
    EXPECT_EQ(fd.years, (std::vector<std::string>{"2017-18"}));
    // The 24 rows one after another are named as one span, none left to "and N more".
    EXPECT_NE(fd.message.find(", then on rows " + std::to_string(fd.rows.front()) + "-" +
                              std::to_string(fd.rows.back()) + ", with different figures for 2017-18;"),
              std::string::npos)
        << fd.message;
  }
}

TEST(Reconcile, ARepeatsMessageNamesSpansOfRowsAndYears) {
  // Rows 3-5 and 9-12 are spans, 7 and 20 single rows, 30 and 31 two rows (not a span);
  // past the first five items the rest are counted. Years one after another are a span.
  auto year = [](int y) {
    return std::to_string(y) + "-" + std::to_string((y + 1) % 100 / 10) + std::to_string((y + 1) % 10);
  };
  FileSchemes f{"register.xlsx", {}, {}, {}};
  std::vector<std::pair<std::string, long>> base;
  for (int y = 2016; y <= 2021; ++y) base.push_back({year(y), -10});
  register_row(f, "C/R.1.001", "Register", 1, base);
  auto changed = base;
  for (auto &[y, v] : changed)
    if (y != "2019-20") v = -11; // every year but 2019-20 differs
  for (std::uint32_t row : {2u, 3u, 4u, 6u, 8u, 9u, 10u, 11u, 19u, 29u, 30u, 40u, 41u, 42u})
    register_row(f, "C/R.1.001", "Register", row, changed);
  std::vector<FileSchemes> files{std::move(f)};
  CheckResult r;
  reconcile(files, r);
  ASSERT_EQ(r.findings.size(), 1u);
  const Finding &fd = r.findings[0];
  EXPECT_EQ(fd.rule, "conflicting-scheme");
  EXPECT_EQ(fd.message, "Scheme C/R.1.001 (C/R.1.001) is read 15 times on Register: first at A2, then on rows 3-5, "
                        "7, 9-12, 20, 30 and 4 more, with different figures for 2016-17 to 2018-19, 2020-21, "
                        "2021-22; the first is used until they are reconciled")
      << fd.message;
}

TEST(Findings, SortedByPlaceThenSeverityAndStable) {
  auto f = [](const char *path, std::optional<std::string> sheet, std::uint32_t row, Severity sev, const char *msg) {
    Finding x;
    x.path = path;
    x.sheet = sheet;
    if (sheet) x.cell = CellRef{row, 0};
    x.severity = sev;
    x.message = msg;
    return x;
  };
  std::vector<Finding> v = {
      f("b.xlsx", "S", 3, Severity::Error, "b3"),     f("a.xlsx", "S", 9, Severity::Info, "a9i"),
      f("a.xlsx", "S", 9, Severity::Error, "a9e"),    f("a.xlsx", std::nullopt, 0, Severity::Error, "a"),
      f("a.xlsx", "R", 20, Severity::Warning, "r20"), f("a.xlsx", "S", 9, Severity::Info, "a9i2")};
  sort_findings(v);
  std::vector<std::string> got;
  for (auto &x : v) got.push_back(x.message);
  EXPECT_EQ(got, (std::vector<std::string>{"a", "r20", "a9e", "a9i", "a9i2", "b3"}));
  sort_findings(v); // already in order: unchanged
  got.clear();
  for (auto &x : v) got.push_back(x.message);
  EXPECT_EQ(got, (std::vector<std::string>{"a", "r20", "a9e", "a9i", "a9i2", "b3"}));
}

TEST(Check, OneThreadOrManyGiveTheSameOutputByteForByte) {
  // Files are read by a pool; results are merged in the files' order, so
  // the documents cannot depend on which thread finished first.
  std::vector<std::string> paths = {source_dir() + "/samples", source_dir() + "/tests/data"};
  CheckOptions one;
  one.threads = 1;
  std::string json1 = check_json(run_check(paths, one)), text1 = check_text(run_check(paths, one));
  for (unsigned n : {2u, 4u, 8u}) {
    CheckOptions many;
    many.threads = n;
    CheckResult r = run_check(paths, many);
    EXPECT_EQ(check_json(r), json1) << n << " threads";
    EXPECT_EQ(check_text(r), text1) << n << " threads";
  }
  // As `fundbook check` runs it: every file's schemes after the first on
  // disk, taken as the files are done, whatever the number of threads.
  for (unsigned n : {1u, 2u, 3u, 8u}) {
    CheckOptions spilling;
    spilling.threads = n;
    spilling.spill_schemes = true;
    CheckResult r = run_check(paths, spilling);
    EXPECT_GT(r.spilled ? r.spilled->size() : 0, 100u);
    EXPECT_EQ(check_json(r), json1) << n << " threads, spilled";
    EXPECT_EQ(check_text(r), text1) << n << " threads, spilled";
  }
  EXPECT_GT(json1.size(), 10000u);
}

namespace {
// A completed monitoring row for `ref` in `f`.
void monitoring_row(FileSchemes &f, const std::string &ref, std::uint32_t row, long spent, const char *rag) {
  SchemeRecord s;
  s.kind = SchemeKind::Monitoring;
  s.ref = ref;
  s.title = "Monitored " + ref;
  s.source.sheet = "Q3";
  s.source.cell = {row, 0};
  MonitoringRecord &m = s.monitored.ensure();
  m.spent_to_date = Figure{k(spent), {row, 4}};
  m.projected_saving = Figure{k(-spent / 2), {row, 5}};
  m.rag = rag;
  s.stated_investment = Figure{k(spent * 2), {row, 6}};
  f.results.push_back(complete_scheme(SharedText(f.path), s));
  f.schemes.push_back(std::move(s));
}
} // namespace

TEST(Reconcile, SchemesSpilledToDiskGiveTheSameDocumentAsSchemesHeld) {
  // The first file's schemes are held, the later files' spilled: repeats of
  // a held and of a spilled scheme, monitoring rows joined to either, one
  // joined to nothing (kept, spilled), and the totals.
  std::vector<std::pair<std::string, long>> base = {{"2017-18", -10}, {"2018-19", -20}};
  std::vector<std::pair<std::string, long>> revised = {{"2017-18", -10}, {"2018-19", -25}};
  auto files = [&] {
    std::vector<FileSchemes> v(3);
    v[0].path = "a.xlsx";
    register_row(v[0], "C/R.1.001", "Register", 1, base);
    register_row(v[0], "C/R.1.002", "Register", 2, base);
    v[1].path = "b.xlsx";
    register_row(v[1], "C/R.2.001", "Register", 1, base);
    register_row(v[1], "C/R.1.001", "Register", 2, revised); // a held scheme's conflict
    register_row(v[1], "C/R.2.002", "Register", 3, base);
    register_row(v[1], "C/R.2.001", "Register", 4, base); // a spilled scheme's duplicate
    v[1].schemes.back().workstream = SharedText(std::string("Adults"));
    v[2].path = "c.xlsx";
    register_row(v[2], "C/R.2.002", "Other", 1, revised); // a spilled scheme's conflict
    monitoring_row(v[2], "C/R.1.002", 2, 40, "Green");    // joins a held scheme
    monitoring_row(v[2], "C/R.2.001", 3, 60, "Amber");    // joins a spilled one
    monitoring_row(v[2], "C/R.9.999", 4, 80, "Red");      // joins nothing
    return v;
  };
  std::vector<FileSchemes> held_files = files();
  CheckResult held;
  reconcile(held_files, held);
  held.totals = work_out_totals(held.schemes, held.tables);
  sort_findings(held.findings);

  std::vector<FileSchemes> spilled_files = files();
  CheckResult spilled;
  Reconciler r(spilled, true);
  for (auto &f : spilled_files) r.add(f);
  r.finish();
  spilled.totals = r.totals(spilled.tables);
  sort_findings(spilled.findings);

  EXPECT_EQ(spilled.schemes.size(), 2u);
  ASSERT_TRUE(spilled.spilled);
  EXPECT_EQ(spilled.spilled->size(), 3u);
  EXPECT_EQ(spilled.scheme_count(), held.schemes.size());
  EXPECT_EQ(spilled.findings.size(), 3u);
  std::string json = check_json(held);
  EXPECT_EQ(check_json(spilled), json);
  EXPECT_EQ(check_text(spilled), check_text(held));
  EXPECT_NE(json.find("\"rag\": \"Amber\""), std::string::npos); // the spilled scheme's joined figures
  EXPECT_NE(json.find("\"rag\": \"Red\""), std::string::npos);
}

TEST(SchemeSpill, ARecordReadsBackAsWritten) {
  SchemeSpill spill;
  FileSchemes f;
  f.path = "p.xlsx";
  register_row(f, "C/R.1.001", "Register", 7, {{"2017-18", -10}, {"2019-20", 3}});
  monitoring_row(f, "C/R.1.002", 8, 40, "Green");
  f.schemes[0].officer = std::string("J. Smith");
  f.schemes[0].hidden = true;
  f.schemes[0].stated_saving = Figure{k(-7), {7, 9}};
  // Enough records to cross the file's blocks, read back at random and in order.
  for (int i = 0; i < 3000; ++i) spill.append(f.schemes[std::size_t(i % 2)], f.results[std::size_t(i % 2)]);
  auto json_of = [](const SchemeRecord &s, const SchemeResults &w) {
    CheckResult r;
    r.schemes.push_back(s);
    r.scheme_results.push_back(w);
    return check_json(r);
  };
  const std::string want[2] = {json_of(f.schemes[0], f.results[0]), json_of(f.schemes[1], f.results[1])};
  for (std::size_t i : {2999u, 0u, 1u, 1500u, 2048u}) {
    SchemeRecord s;
    SchemeResults w;
    spill.read(i, s, w);
    EXPECT_EQ(json_of(s, w), want[i % 2]) << i;
    EXPECT_EQ(s.hidden, f.schemes[i % 2].hidden);
    EXPECT_EQ(s.stated_totals_of_changes, f.schemes[i % 2].stated_totals_of_changes);
  }
  std::size_t i = 0;
  spill.for_each([&](const SchemeRecord &s, const SchemeResults &w) {
    if (i % 499 == 0) { EXPECT_EQ(json_of(s, w), want[i % 2]) << i; }
    ++i;
  });
  EXPECT_EQ(i, 3000u);
}

// Records are found by the start of their run of 16: each reads back as
// itself (its own reference and row), whether its run is in the file, still
// in the buffer or half written, read in order, at random or between appends.
TEST(SchemeSpill, EachRecordIsFoundByItsRunWhereverItLies) {
  SchemeSpill spill;
  auto record = [](std::size_t i) {
    FileSchemes f;
    f.path = "p.xlsx";
    // Titles of different lengths, some long, so runs cross the file's blocks unevenly.
    register_row(f, "C/R.9." + std::to_string(i), "Register", std::uint32_t(i),
                 {{"2017-18", -long(i)}, {"2019-20", long(i % 7)}});
    f.schemes[0].title = PoolText(std::string(i % 13 == 0 ? 3000 : i % 50, 'x'));
    return f;
  };
  auto check = [&](std::size_t i) {
    SchemeRecord s;
    SchemeResults w;
    spill.read(i, s, w);
    EXPECT_EQ(s.ref.value_or(""), "C/R.9." + std::to_string(i));
    EXPECT_EQ(s.source.cell.row, i);
    EXPECT_EQ(s.title.view().size(), i % 13 == 0 ? 3000u : i % 50);
  };
  for (std::size_t i = 0; i < 5000; ++i) {
    FileSchemes f = record(i);
    spill.append(f.schemes[0], f.results[0]);
    check(i); // the last, in a run still being written
    if (i % 7 == 3) check(i / 2);
    if (i % 16 == 5) check(i - 5); // the run's first, before the run is whole
  }
  for (std::size_t i : {4999u, 0u, 15u, 16u, 17u, 2047u, 2048u, 3333u, 31u}) check(i);
  SchemeResults later;
  later.monitoring.ensure().rag = "Red";
  spill.replace_results(4000, later);
  std::size_t n = 0;
  spill.for_each([&](const SchemeRecord &s, const SchemeResults &w) {
    EXPECT_EQ(s.ref.value_or(""), "C/R.9." + std::to_string(n));
    EXPECT_EQ(bool(w.monitoring), n == 4000) << n;
    ++n;
  });
  EXPECT_EQ(n, 5000u);
  SchemeRecord s;
  SchemeResults w;
  spill.read(4000, s, w);
  ASSERT_TRUE(w.monitoring);
  EXPECT_EQ(w.monitoring->rag.value_or(""), "Red");
}

// A record's figures held in one block (core/year_map.hpp): what goes in
// reads back the same, in year order, through every way the engine reads it.
TEST(YearMapBlock, FiguresReadBackTheSameInYearOrder) {
  auto fig = [](std::int64_t pence, std::uint32_t row, std::uint32_t col, bool formula = false) {
    Figure f{Money::from_pence(pence), {row, col}};
    f.formula = formula;
    return f;
  };
  YearMap<Figure> m;
  EXPECT_TRUE(m.empty());
  // Out of order and past the first block's room (4): each insert keeps the order.
  const char *years[] = {"2019-20", "2016-17", "2021-22", "2017-18", "2020-21", "2018-19", "2022-23"};
  for (std::uint32_t k = 0; k < 7; ++k) m[years[k]] = fig(-100 * std::int64_t(k) - 1, 1000000 + k, 3 + k, k % 2 == 0);
  ASSERT_EQ(m.size(), 7u);
  std::vector<std::string> order;
  for (auto &[y, f] : m) order.push_back(y.str());
  EXPECT_EQ(order,
            (std::vector<std::string>{"2016-17", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22", "2022-23"}));
  for (std::uint32_t k = 0; k < 7; ++k) {
    const Figure &f = m.at(years[k]);
    EXPECT_EQ(f.amount, Money::from_pence(-100 * std::int64_t(k) - 1)) << years[k];
    EXPECT_EQ(CellRef(f.ref), (CellRef{1000000 + k, 3 + k})) << years[k];
    EXPECT_EQ(f.formula, k % 2 == 0) << years[k];
    EXPECT_FALSE(f.nil);
  }
  EXPECT_EQ(m.find("2015-16"), m.end());
  EXPECT_EQ(m.count("2023-24"), 0u);
  // A copy is the same and its own; a move leaves the source empty.
  auto same = [](const YearMap<Figure> &a, const YearMap<Figure> &b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (a.key_at(i) != b.key_at(i) || a.value_at(i).amount != b.value_at(i).amount ||
          CellRef(a.value_at(i).ref) != CellRef(b.value_at(i).ref))
        return false;
    return true;
  };
  YearMap<Figure> copy = m;
  EXPECT_TRUE(same(copy, m));
  copy["2016-17"].amount = Money::from_pence(5);
  EXPECT_FALSE(same(copy, m));
  EXPECT_EQ(m.at("2016-17").amount, Money::from_pence(-101));
  YearMap<Figure> moved = std::move(copy);
  EXPECT_TRUE(copy.empty()); // NOLINT(bugprone-use-after-move): a moved-from map is empty
  EXPECT_EQ(moved.at("2016-17").amount, Money::from_pence(5));
  // Assigned over a map that holds figures: copied, then moved (the source
  // left empty as a moved-from map is), and a map assigned to itself kept.
  YearMap<Figure> target;
  target["2030-31"] = fig(1, 1, 1);
  target = m;
  EXPECT_TRUE(same(target, m));
  target = std::move(moved);
  EXPECT_TRUE(moved.empty()); // NOLINT(bugprone-use-after-move): a moved-from map is empty
  EXPECT_EQ(target.at("2016-17").amount, Money::from_pence(5));
  EXPECT_EQ(target.size(), 7u);
  YearMap<Figure> &alias = target;
  target = alias;
  EXPECT_EQ(target.size(), 7u);
  moved = std::move(target);
  // Values changed through iteration are changed in the map (the engine
  // turns incremental years absolute so).
  Money running;
  for (auto &entry : moved) entry.second.amount = running += entry.second.amount;
  EXPECT_EQ(moved.at("2022-23").amount, running);
  // Interned keys appended in order, as planning rows are read.
  YearMap<Figure> row;
  row.reserve(6);
  for (std::uint32_t k = 0; k < 6; ++k) row[YearKey(order[k])] = fig(k, 2, 3 + k);
  EXPECT_EQ(row.size(), 6u);
  EXPECT_EQ(row.key_at(5), YearKey("2021-22"));
  EXPECT_EQ(SchemeRecord::sum_of(row), Money::from_pence(15));
}

// A YearMap holds each key as its number (YearKey::index) and reads it back
// with at_index: the key of any number index() gave. Any other number is a
// caller's bug, asserted in debug builds (the sanitizer run); a release
// build keeps the plain load, as before.
TEST(YearKey, AtIndexGivesBackTheKeyOfItsNumberAndAssertsOnAnyOther) {
  YearKey k("2031-32");
  EXPECT_EQ(YearKey::at_index(k.index()), k);
  EXPECT_EQ(YearKey::at_index(YearKey().index()), YearKey());
#ifdef NDEBUG
  GTEST_SKIP() << "at_index's assertions are in debug builds only";
#else
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_DEATH(YearKey::at_index(std::uint8_t(YearKey::kMaxKeys)), "a number index\\(\\) gave");     // past the table
  EXPECT_DEATH(YearKey::at_index(std::uint8_t(YearKey::kMaxKeys - 1)), "a number index\\(\\) gave"); // no key yet
#endif
}
