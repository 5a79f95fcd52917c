// The report as LibreOffice sees it: every formula recalculates to the value
// fundbook cached, and every sheet prints one page wide. Skipped where
// LibreOffice is not installed (make test installs it).
#include <gtest/gtest.h>
#include <xlsxwriter.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

#include "engine/check.hpp"
#include "export/report/report.hpp"
#include "import/open.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;
namespace fs = std::filesystem;

namespace {

std::string libreoffice() {
  for (const char *p : {"/usr/bin/libreoffice", "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"}) {
    if (fs::exists(p)) return p;
  }
  return "";
}

// A private profile that tells LibreOffice to recalculate every formula on load.
std::string recalculating_profile() {
  std::string dir = temp_dir();
  fs::create_directories(dir + "/user");
  std::ofstream(dir + "/user/registrymodifications.xcu")
      << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
         "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop oor:name=\"OOXMLRecalcMode\" "
         "oor:op=\"fuse\">"
         "<value>0</value></prop></item>\n"
         "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop oor:name=\"ODFRecalcMode\" oor:op=\"fuse\">"
         "<value>0</value></prop></item>\n"
         "</oor:items>\n";
  return dir;
}

std::string convert(const std::string &profile, const std::string &in, const std::string &to,
                    const std::string &outdir) {
  std::string cmd = libreoffice() + " -env:UserInstallation=file://" + profile + " --headless --convert-to " + to +
                    " --outdir " + outdir + " " + in + " >/dev/null 2>&1";
  int rc = std::system(cmd.c_str());
  std::string out = outdir + "/" + fs::path(in).stem().string() + "." + to.substr(0, to.find(':'));
  if (rc != 0 || !fs::exists(out)) return "";
  return out;
}

std::map<std::string, const Cell *> formulas(const Workbook &wb) {
  std::map<std::string, const Cell *> out;
  for (auto &s : wb.sheets)
    for (auto &c : s.cells)
      if (c.formula) out[s.name + "!" + a1(c.row, c.col)] = &c;
  return out;
}

} // namespace

TEST(LibreOffice, EveryFormulaRecalculatesToTheCachedValue) {
  if (libreoffice().empty()) GTEST_SKIP() << "LibreOffice is not installed (make test installs libreoffice-calc-nogui)";
  std::string profile = recalculating_profile();
  std::string dir = temp_dir();
  // First prove the profile really recalculates: a formula saved with a wrong value.
  std::string control = dir + "/control.xlsx";
  lxw_workbook *cwb = workbook_new(control.c_str());
  lxw_worksheet *cws = workbook_add_worksheet(cwb, "S");
  worksheet_write_number(cws, 0, 0, 2, nullptr);
  worksheet_write_formula_num(cws, 0, 1, "=A1*3", nullptr, 999);
  workbook_close(cwb);
  fs::create_directories(dir + "/lo");
  std::string control_out = convert(profile, control, "xlsx", dir + "/lo");
  ASSERT_FALSE(control_out.empty());
  Workbook cw = open_workbook(control_out);
  ASSERT_EQ(formulas(cw).at("S!B1")->number, 6) << "LibreOffice did not recalculate; the test would prove nothing";

  CheckResult r = run_check({source_dir() + "/samples"}, {});
  std::string report = dir + "/report.xlsx";
  write_report(r, ReportStyle::load({}), report, 1700000000);
  std::string recalculated = convert(profile, report, "xlsx", dir + "/lo");
  ASSERT_FALSE(recalculated.empty());
  Workbook ours = open_workbook(report), theirs = open_workbook(recalculated);
  auto a = formulas(ours), b = formulas(theirs);
  ASSERT_GT(a.size(), 100u);
  std::size_t compared = 0;
  for (auto &[where, cell] : a) {
    auto it = b.find(where);
    ASSERT_NE(it, b.end()) << where << " lost its formula";
    EXPECT_NEAR(it->second->number, cell->number, 1e-9) << where;
    ++compared;
  }
  std::printf("%zu formulas recalculated by LibreOffice, all equal to fundbook's cached values\n", compared);
}

TEST(LibreOffice, EverySheetPrintsOnePageWide) {
  if (libreoffice().empty()) GTEST_SKIP() << "LibreOffice is not installed";
  if (!fs::exists("/usr/bin/pdftotext")) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  std::string dir = temp_dir();
  CheckResult r = run_check({source_dir() + "/samples"}, {});
  std::string report = dir + "/report.xlsx";
  write_report(r, ReportStyle::load({}), report, 1700000000);
  std::string pdf = convert(recalculating_profile(), report, "pdf", dir);
  ASSERT_FALSE(pdf.empty());
  // Each sheet's first page must hold both its first and its last column heading.
  struct Sheet {
    const char *footer;
    const char *first;
    const char *last;
  } sheets[] = {{"GPC appendix", "Investment request", "2021-22"},
                {"Scheme profiles", "TITLE", "TOTAL"},
                {"Monitoring", "RAG Rating", "RAG"},
                {"Findings", "Severity", "Message"},
                {"Data", "Reference", "Cell"},
                {"Chart", "Financial year", "Cumulative savings"}};
  std::string txt = dir + "/r.txt";
  ASSERT_EQ(std::system(("pdftotext -layout " + pdf + " " + txt).c_str()), 0);
  std::ifstream in(txt);
  std::string all((std::istreambuf_iterator<char>(in)), {});
  std::vector<std::string> pages;
  std::size_t p = 0;
  while (p <= all.size()) {
    std::size_t q = all.find('\f', p);
    if (q == std::string::npos) q = all.size();
    pages.push_back(all.substr(p, q - p));
    p = q + 1;
  }
  for (auto &s : sheets) {
    bool found = false;
    for (auto &page : pages) {
      if (page.find(std::string("- ") + s.footer) == std::string::npos) continue;
      EXPECT_NE(page.find(s.first), std::string::npos) << s.footer;
      EXPECT_NE(page.find(s.last), std::string::npos) << s.footer << ": its last column is not on the first page";
      found = true;
      break;
    }
    EXPECT_TRUE(found) << "no page for sheet " << s.footer;
  }
}
