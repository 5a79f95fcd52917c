// The reproductions of ../shared/reliability (an outside reliability test):
// each file gives the right answer, never a silent wrong one.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/fixtures.hpp"

using namespace fundbook::test;
namespace fs = std::filesystem;

namespace {

std::string reliability(const std::string &name) { return shared_dir() + "/reliability/" + name; }

// The findings of a `check --format json` document, one JSON object each.
std::vector<std::string> findings(const std::string &json) {
  std::vector<std::string> out;
  auto at = json.find("\"findings\": [");
  if (at == std::string::npos) return out;
  for (auto p = json.find("{\"severity\"", at); p != std::string::npos; p = json.find("{\"severity\"", p + 1)) {
    auto end = json.find("\"message\"", p);
    end = json.find('}', end);
    out.push_back(json.substr(p, end - p + 1));
  }
  return out;
}

// The finding of `rule` at `cell`, or "" when there is none.
std::string finding_at(const std::string &json, const std::string &rule, const std::string &cell) {
  for (auto &f : findings(json))
    if (f.find("\"rule\": \"" + rule + "\"") != std::string::npos &&
        f.find("\"cell\": \"" + cell + "\"") != std::string::npos)
      return f;
  return "";
}

RunResult check_json(const std::string &path) { return run({"check", "--format", "json", path}); }

} // namespace

// A figure past what Money holds is refused at its cell, and the TOTAL beside
// it is not passed "within the tolerance" on a wrapped sum.
TEST(Reliability, FifteenDigitFigureIsRefusedAtItsCellNotWrapped) {
  for (const char *name : {"overflow-15digit.xlsx", "overflow-1e308.xlsx"}) {
    RunResult r = check_json(reliability(name));
    EXPECT_EQ(r.status, 1) << name << r.err;
    std::string f = finding_at(r.out, "figure-out-of-range", "D2");
    EXPECT_NE(f, "") << name << r.out;
    EXPECT_NE(f.find("\"severity\": \"error\""), std::string::npos) << f;
    EXPECT_NE(f.find("totals that include it were not checked"), std::string::npos) << f;
    // No verdict on G2 made from a wrapped figure, and no wrapped figure printed.
    EXPECT_EQ(finding_at(r.out, "rounding-difference", "G2"), "") << name;
    EXPECT_EQ(finding_at(r.out, "row-total-mismatch", "G2"), "") << name;
    EXPECT_EQ(r.out.find("within the tolerance"), std::string::npos) << name;
    EXPECT_EQ(r.out.find("-92233720368547"), std::string::npos) << name;
    // The row without the huge figure is still checked and read.
    EXPECT_NE(r.out.find("\"ref\": \"C/R.1.002\""), std::string::npos) << name;
  }
}

TEST(Reliability, TotalsOfHugeFiguresAreNeverAWrappedNumber) {
  RunResult r = check_json(reliability("overflow-totals.xlsx"));
  EXPECT_EQ(r.status, 1) << r.err;
  for (const char *cell : {"D2", "G2", "D3", "G3"})
    EXPECT_NE(finding_at(r.out, "figure-out-of-range", cell), "") << cell << r.out;
  EXPECT_EQ(r.out.find("-84467440737095"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\"findings\": []"), std::string::npos);
  RunResult text = run({"check", reliability("overflow-totals.xlsx")});
  EXPECT_EQ(text.status, 1);
  EXPECT_NE(text.out.find("too large"), std::string::npos) << text.out;
}

// The 54 files on which UBSan saw Money overflow: each is read and answered
// (under the sanitizer build an overflow would abort the run).
TEST(Reliability, UbsanOverflowCasesRunCleanly) {
  int n = 0;
  for (auto &e : fs::directory_iterator(reliability("ubsan"))) {
    if (e.path().extension() == ".tsv") continue;
    if (e.path().extension() == ".ods") continue; // some repeat a row a million times: with the repeat fix
    RunResult r = check_json(e.path().string());
    EXPECT_LE(r.status, 1) << e.path() << r.err;
    EXPECT_EQ(r.err.find("runtime error"), std::string::npos) << e.path() << r.err;
    EXPECT_NE(r.out.find("\"summary\""), std::string::npos) << e.path();
    ++n;
  }
  EXPECT_GE(n, 17);
}
