#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "engine/check.hpp"
#include "engine/rules/registry.hpp"
#include "export/json.hpp"
#include "export/report/report.hpp"
#include "export/report/sheets.hpp"
#include "export/text.hpp"
#include "import/open.hpp"
#include "import/zip_package.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
const Cell *at(const Workbook &wb, const std::string &sheet, const char *ref) {
  auto r = parse_a1(ref).value();
  for (auto &s : wb.sheets) {
    if (s.name != sheet) continue;
    for (auto &c : s.cells)
      if (c.row == r.row && c.col == r.col) return &c;
  }
  return nullptr;
}
} // namespace

TEST(Text, SummaryLineAndGrouping) {
  CheckResult r = run_check({source_dir() + "/samples"}, {});
  std::string t = check_text(r);
  EXPECT_NE(t.find("3 errors, 0 warnings, 0 notes in 5 files"), std::string::npos);
  EXPECT_NE(t.find("Baseline!I124"), std::string::npos);
}

TEST(Json, EscapesAndExactAmounts) {
  CheckResult r;
  Finding f;
  f.rule = "row-total-mismatch";
  f.path = "a \"quoted\"\nname.xlsx";
  f.stated = *Money::from_units(0.5, 100000);
  r.findings.push_back(f);
  std::string j = check_json(r);
  EXPECT_NE(j.find("a \\\"quoted\\\"\\nname.xlsx"), std::string::npos);
  EXPECT_NE(j.find("\"stated\": 0.5"), std::string::npos);
  EXPECT_NE(j.find("\"computed\": null"), std::string::npos);
}

TEST(Report, WrittenReadBackAndEveryFigureWhereItShouldBe) {
  CheckResult r = run_check({source_dir() + "/samples"}, {});
  std::string out = temp_dir() + "/report.xlsx";
  write_report(r, ReportStyle::load({}), out, 1700000000);
  Workbook wb = open_workbook(out);
  std::vector<std::string> names;
  for (auto &s : wb.sheets) names.push_back(s.name);
  EXPECT_EQ(names,
            (std::vector<std::string>{"GPC appendix", "Scheme profiles", "Monitoring", "Findings", "Data", "Chart"}));
  // GPC appendix: Commissioning investment 2017-18 across both bid rounds.
  const Cell *ws_label = at(wb, "GPC appendix", "A6");
  ASSERT_TRUE(ws_label);
  EXPECT_EQ(wb.text(*ws_label), "Adults Services");
  // Scheme profiles: the first scheme's investment row and its live total.
  const Cell *total = at(wb, "Scheme profiles", "J6");
  ASSERT_TRUE(total);
  EXPECT_TRUE(total->formula);
  EXPECT_EQ(total->number, 174);
  // Street lighting's TOTAL as the workbook states it (-1,941; its years add
  // up to -1,968): a committee paper shows the source, the disagreement
  // marked (tests/report/test_report_openpyxl.py reads the mark and comment).
  bool found = false;
  for (auto &s : wb.sheets) {
    if (s.name != "Scheme profiles") continue;
    for (auto &c : s.cells) {
      if (c.type == CellType::String && wb.text(c) == "Street lighting synergies") {
        const Cell *sav_total = at(wb, "Scheme profiles", ("J" + std::to_string(c.row + 2)).c_str());
        ASSERT_TRUE(sav_total);
        EXPECT_EQ(sav_total->number, -1941);
        EXPECT_FALSE(sav_total->formula);
        found = true;
      }
    }
  }
  EXPECT_TRUE(found);
  // Findings: errors first, with the source cell.
  const Cell *sev = at(wb, "Findings", "A4");
  ASSERT_TRUE(sev);
  EXPECT_EQ(wb.text(*sev), "error");
  // Data: one row per figure.
  std::size_t data_rows = 0;
  for (auto &s : wb.sheets)
    if (s.name == "Data")
      for (auto &c : s.cells) data_rows += c.col == 1 && c.row > 0;
  std::size_t figures = 0;
  for (auto &s : r.schemes) figures += s.investment.size() + s.saving.size();
  EXPECT_EQ(data_rows, figures);
}

// Each line of the sheet table writes the sheet its name promises, alone
// when a template names only it; a name not in the table is refused with the
// table's names.
TEST(Report, EverySheetInTheTableWritesTheSheetItNames) {
  CheckResult r = run_check({source_dir() + "/samples"}, {});
  ASSERT_FALSE(report::sheet_writers().empty());
  for (const report::SheetWriter &sheet : report::sheet_writers()) {
    std::string tmpl = temp_dir() + "/only.toml";
    std::ofstream(tmpl) << "[report]\nsheets = [\"" << sheet.name << "\"]\n";
    std::string out = temp_dir() + "/only.xlsx";
    write_report(r, ReportStyle::load({tmpl}), out, 1700000000);
    Workbook wb = open_workbook(out);
    ASSERT_FALSE(wb.sheets.empty()) << sheet.name;
    EXPECT_EQ(wb.sheets.front().name, sheet.name);
    for (auto &s : wb.sheets) EXPECT_EQ(s.name.rfind(std::string(sheet.name), 0), 0u) << s.name;
  }
  std::string bad = temp_dir() + "/bad.toml";
  std::ofstream(bad) << "[report]\nsheets = [\"Pivot\"]\n";
  try {
    ReportStyle::load({bad});
    ADD_FAILURE() << "an unknown sheet was accepted";
  } catch (const std::runtime_error &e) {
    EXPECT_NE(std::string(e.what()).find("unknown sheet 'Pivot' (known: GPC appendix, Scheme profiles, Monitoring, "
                                         "Findings, Data, Chart)"),
              std::string::npos)
        << e.what();
  }
}

TEST(Report, DeterministicAndTextNeverAFormula) {
  CheckResult r = run_check({source_dir() + "/samples"}, {});
  SchemeRecord evil;
  evil.title = "=HYPERLINK(\"http://x\")";
  evil.kind = SchemeKind::Profile;
  evil.investment["2017-18"] = Figure{Money::thousands(1), {}, false, false};
  r.schemes.push_back(evil);
  r.scheme_results.emplace_back();
  std::string a = temp_dir() + "/a.xlsx", b = temp_dir() + "/b.xlsx";
  write_report(r, ReportStyle::load({}), a, 1700000000);
  write_report(r, ReportStyle::load({}), b, 1700000000);
  EXPECT_EQ(slurp(a), slurp(b));
  Workbook wb = open_workbook(a);
  bool seen = false;
  for (auto &s : wb.sheets)
    for (auto &c : s.cells)
      if (c.type == CellType::String && wb.text(c) == evil.title) {
        EXPECT_FALSE(c.formula);
        seen = true;
      }
  EXPECT_TRUE(seen);
}

TEST(Report, PlainTemplateIsDifferentButEquallyCorrect) {
  CheckResult r = run_check({source_dir() + "/samples"}, {});
  std::string a = temp_dir() + "/a.xlsx", b = temp_dir() + "/b.xlsx";
  write_report(r, ReportStyle::load({}), a, 1700000000);
  write_report(r, ReportStyle::load({source_dir() + "/templates/plain.toml"}), b, 1700000000);
  EXPECT_NE(slurp(a), slurp(b));
  Workbook wa = open_workbook(a), wb = open_workbook(b);
  const Cell *ta = at(wa, "Scheme profiles", "J6");
  const Cell *tb = at(wb, "Scheme profiles", "J6");
  ASSERT_TRUE(ta && tb);
  EXPECT_EQ(ta->number, tb->number);
}

TEST(Report, RefusesToOverwriteAnInputAndMissingFolders) {
  std::string dir = temp_dir();
  std::string in = write_xlsx({{"S", {{"A1", std::string("x")}}}});
  CheckResult r = run_check({in}, {});
  EXPECT_THROW(write_report(r, ReportStyle::load({}), in, 0), std::runtime_error);
  EXPECT_THROW(write_report(r, ReportStyle::load({}), "/nonexistent-folder/r.xlsx", 0), std::runtime_error);
}

TEST(Report, SheetsPastTheRowLimitContinueWithNothingLeftOut) {
  // 500 schemes of six years: 3,000 Data rows and 500 profile blocks, on
  // sheets of at most 1,000 rows (Excel's 1,048,576 in the real report;
  // tests/slow crosses that one).
  const char *years[] = {"2016-17", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22"};
  CheckResult r;
  r.inputs.push_back({"tracker.xlsx", "xlsx", true, ""});
  SharedText path(std::string("tracker.xlsx"));
  for (std::uint32_t i = 0; i < 500; ++i) {
    SchemeRecord s;
    s.kind = SchemeKind::Planning;
    s.ref = "C/R.1." + std::to_string(100 + i);
    s.title = "Scheme " + std::to_string(i + 1);
    s.source.path = path;
    s.source.sheet = "Tracker";
    s.source.cell = {i + 1, 0};
    for (std::uint32_t k = 0; k < 6; ++k) s.saving[years[k]] = Figure{Money::thousands(-1), {i + 1, 3 + k}};
    r.schemes.push_back(std::move(s));
    r.scheme_results.emplace_back(); // its saving total is its years' sum, -6
  }
  std::string out = temp_dir() + "/continued.xlsx";
  write_report(r, ReportStyle::load({}), out, 1700000000, 1000);
  Workbook wb = open_workbook(out);
  std::vector<std::string> data_sheets, profile_sheets;
  std::set<std::string> refs_years; // every figure once on the Data sheets
  std::size_t data_rows = 0, saving_rows = 0;
  for (auto &sh : wb.sheets) {
    std::uint32_t last = 0;
    for (auto &c : sh.cells) last = std::max(last, c.row);
    if (sh.name.rfind("Data", 0) == 0) {
      data_sheets.push_back(sh.name);
      EXPECT_LT(last, 1000u) << sh.name;
      std::map<std::uint32_t, std::string> ref_of;
      for (auto &c : sh.cells) {
        if (c.row == 0) {
          if (c.col == 0) {
            EXPECT_EQ(wb.text(c), "Reference") << sh.name; // each part has its header
          }
          continue;
        }
        if (c.col == 0) ref_of[c.row] = std::string(wb.text(c));
        if (c.col == 4) refs_years.insert(ref_of[c.row] + " " + std::string(wb.text(c)));
        if (c.col == 5) ++data_rows;
      }
    }
    if (sh.name.rfind("Scheme profiles", 0) == 0) {
      profile_sheets.push_back(sh.name);
      EXPECT_LT(last, 1000u) << sh.name;
      for (auto &c : sh.cells)
        if (c.col == 2 && c.type == CellType::String && wb.text(c) == "Saving") ++saving_rows;
    }
  }
  EXPECT_EQ(data_sheets, (std::vector<std::string>{"Data", "Data (2)", "Data (3)", "Data (4)"}));
  EXPECT_EQ(data_rows, 3000u);
  EXPECT_EQ(refs_years.size(), 3000u);
  EXPECT_EQ(profile_sheets.size(), 2u);
  EXPECT_EQ(profile_sheets[1], "Scheme profiles (2)");
  EXPECT_EQ(saving_rows, 500u);
  // Each Data part is its own Excel Table over exactly its rows.
  ZipPackage zip(out, Limits{});
  const char *tables[][2] = {
      {"Figures", "A1:I1000"}, {"Figures_2", "A1:I1000"}, {"Figures_3", "A1:I1000"}, {"Figures_4", "A1:I4"}};
  for (int i = 0; i < 4; ++i) {
    std::string part = "xl/tables/table" + std::to_string(i + 1) + ".xml";
    ASSERT_TRUE(zip.has(part)) << part;
    std::string xml = zip.read_all(part);
    EXPECT_NE(xml.find(std::string("name=\"") + tables[i][0] + "\""), std::string::npos) << xml;
    EXPECT_NE(xml.find(std::string("ref=\"") + tables[i][1] + "\""), std::string::npos) << xml;
  }
  EXPECT_FALSE(zip.has("xl/tables/table5.xml"));
}

// Data's Workstream: a scheme whose own table names none takes the one another
// file states for the same reference (issue 20: "workstream filled").
TEST(Report, DataWorkstreamFromTheSameReferenceElsewhere) {
  CheckResult r = run_check({source_dir() + "/samples"}, {});
  auto first = std::find_if(r.schemes.begin(), r.schemes.end(),
                            [](const SchemeRecord &s) { return s.ref && !s.investment.empty(); });
  ASSERT_NE(first, r.schemes.end());
  ASSERT_FALSE(first->workstream);
  const std::string ref = *first->ref;
  SchemeRecord elsewhere; // a tracker row naming the workstream, with no figures of its own
  elsewhere.kind = SchemeKind::Planning;
  elsewhere.ref = ref;
  elsewhere.title = first->title;
  elsewhere.workstream = SharedText(std::string("Adults Services"));
  r.schemes.push_back(std::move(elsewhere));
  r.scheme_results.emplace_back();
  std::string out = temp_dir() + "/report.xlsx";
  write_report(r, ReportStyle::load({}), out, 1700000000);
  Workbook wb = open_workbook(out);
  std::map<std::string, std::set<std::string>> by_ref; // reference -> workstreams on Data
  for (auto &s : wb.sheets) {
    if (s.name != "Data") continue;
    std::map<std::uint32_t, std::string> refs, streams;
    for (auto &c : s.cells) {
      if (c.row == 0 || c.type != CellType::String) continue;
      if (c.col == 0) refs[c.row] = wb.text(c);
      if (c.col == 2) streams[c.row] = wb.text(c);
    }
    for (auto &[row, w] : streams) by_ref[refs.count(row) ? refs[row] : ""].insert(w);
  }
  EXPECT_EQ(by_ref[ref], (std::set<std::string>{"Adults Services"}));
  // Every other row says in words that its sources name none: never blank.
  for (auto &[other, streams] : by_ref) {
    if (other == ref) continue;
    EXPECT_EQ(streams, (std::set<std::string>{"Not stated in the source"})) << other;
  }
  EXPECT_GT(by_ref.size(), 10u);
}

// A year's figure a finding is about is marked on Scheme profiles as a TOTAL
// is: a comment naming the finding at that cell (the fill is read by
// tests/report/test_report_openpyxl.py for the TOTAL).
TEST(Report, ProfileYearFigureWithAFindingCarriesItsComment) {
  CheckResult r = run_check({source_dir() + "/samples"}, {});
  const SchemeRecord &first = r.schemes.front(); // its block is the first: rows 6 and 7
  ASSERT_EQ(first.title.view().rfind("Recouping", 0), 0u);
  auto year = first.investment.find("2017-18");
  ASSERT_NE(year, first.investment.end());
  Finding f;
  f.severity = Severity::Warning;
  f.rule = "sign-convention";
  f.path = first.source.path.str();
  f.sheet = first.source.sheet;
  f.cell = year->second.ref;
  f.message = "a year figure a finding is about";
  r.findings.push_back(f);
  std::string out = temp_dir() + "/report.xlsx";
  write_report(r, ReportStyle::load({}), out, 1700000000);
  ZipPackage zip(out, Limits{});
  std::string comments;
  for (int i = 1; i <= 6; ++i) {
    std::string part = "xl/comments" + std::to_string(i) + ".xml";
    if (zip.has(part)) comments += zip.read_all(part);
  }
  auto at = comments.find("<comment ref=\"E6\"");
  ASSERT_NE(at, std::string::npos) << comments.substr(0, 2000);
  auto end = comments.find("</comment>", at);
  std::string text = comments.substr(at, end - at);
  EXPECT_NE(text.find("a year figure a finding is about [sign-convention]"), std::string::npos) << text;
}

// The exceptions table's original figures are as stated, and marked where a
// finding is about their cell.
TEST(Report, MonitoringOriginalFigureWithAFindingCarriesItsComment) {
  CheckResult r = run_check({source_dir() + "/samples"}, {});
  auto red_at = std::find_if(r.scheme_results.begin(), r.scheme_results.end(), [&](const SchemeResults &w) {
    const SchemeRecord &s = r.schemes[std::size_t(&w - r.scheme_results.data())];
    return w.monitoring && w.monitoring->rag == std::optional<std::string>("Red") && s.stated_investment;
  });
  ASSERT_NE(red_at, r.scheme_results.end());
  const SchemeRecord *red = &r.schemes[std::size_t(red_at - r.scheme_results.begin())];
  Finding f;
  f.severity = Severity::Warning;
  f.rule = "sign-convention";
  f.path = red->source.path.str();
  f.sheet = red->source.sheet;
  f.cell = red->stated_investment->ref;
  f.message = "an original investment a finding is about";
  r.findings.push_back(f);
  std::string out = temp_dir() + "/report.xlsx";
  write_report(r, ReportStyle::load({}), out, 1700000000);
  ZipPackage zip(out, Limits{});
  std::string comments;
  for (int i = 1; i <= 6; ++i) {
    std::string part = "xl/comments" + std::to_string(i) + ".xml";
    if (zip.has(part)) comments += zip.read_all(part);
  }
  auto text = comments.find("an original investment a finding is about [sign-convention]");
  ASSERT_NE(text, std::string::npos) << comments.substr(0, 2000);
  auto tag = comments.rfind("<comment ref=\"", text);
  ASSERT_NE(tag, std::string::npos);
  EXPECT_EQ(comments[tag + 14], 'C') << comments.substr(tag, 40); // Original investment
  Workbook wb = open_workbook(out);
  auto row = std::stoul(comments.substr(tag + 15, comments.find('"', tag + 15) - tag - 15));
  const Cell *title = at(wb, "Monitoring", ("A" + std::to_string(row)).c_str());
  ASSERT_TRUE(title);
  EXPECT_EQ(wb.text(*title), red->title);
  const Cell *figure = at(wb, "Monitoring", ("C" + std::to_string(row)).c_str());
  ASSERT_TRUE(figure);
  EXPECT_EQ(figure->number, red->stated_investment->amount.thousands_double());
}

// Below the findings, each rule found is explained once, in the registry's
// words (the drop-in page's too), in the order the findings list them; then
// what was checked.
TEST(Report, TheRulesFoundAreExplainedInTheRegistrysWords) {
  CheckResult r;
  for (const rules::Rule &rule : rules::kRules) {
    Finding f = rules::finding_of(rule.id, "a.xlsx");
    f.message = "a finding of " + std::string(rule.id);
    r.findings.push_back(f);
    r.findings.push_back(f); // a rule found twice is explained once
  }
  std::string tmpl = temp_dir() + "/findings.toml";
  std::ofstream(tmpl) << "[report]\nsheets = [\"Findings\"]\n";
  std::string out = temp_dir() + "/rules.xlsx";
  write_report(r, ReportStyle::load({tmpl}), out, 1700000000);
  Workbook wb = open_workbook(out);
  ASSERT_EQ(wb.sheets.size(), 1u);
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::string> text;
  for (auto &c : wb.sheets[0].cells) text[{c.row, c.col}] = std::string(wb.text(c));
  auto cell = [&](std::uint32_t row, std::uint32_t col) { return text[{row, col}]; };
  std::uint32_t row = 0;
  for (auto &[at, t] : text)
    if (at.second == 0 && t == "What the findings mean") row = at.first;
  ASSERT_GT(row, 3u) << "no explanation of the rules below the findings";
  // Errors first, as the findings are listed.
  std::vector<const rules::Rule *> expected;
  for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
    for (const rules::Rule &rule : rules::kRules)
      if (rule.severity == s) expected.push_back(&rule);
  for (const rules::Rule *rule : expected) {
    ++row;
    EXPECT_EQ(cell(row, 1), rule->id);
    EXPECT_EQ(cell(row, 2), rule->meaning) << rule->id;
    ++row;
    EXPECT_EQ(cell(row, 1), "") << rule->id;
    EXPECT_EQ(cell(row, 2), "What to do: " + std::string(rule->guidance)) << rule->id;
  }
  EXPECT_EQ(cell(row + 2, 0), "What was checked");
}
