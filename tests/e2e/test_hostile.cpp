// Every hostile file in ../shared/corpus/hostile, dropped in a folder beside a
// good workbook: a clear message (or a correct reading, for read-* files),
// under 5 s and 500 MB, and the good workbook still read.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/fixtures.hpp"

using namespace fundbook::test;
namespace fs = std::filesystem;

namespace {

struct Measured {
  int status;
  std::string out;
  double seconds;
  long max_rss_kb;
};

Measured check_folder(const std::string &dir) {
  std::string out = temp_dir() + "/out.json";
  auto start = std::chrono::steady_clock::now();
  pid_t pid = ::fork();
  if (pid == 0) {
    std::string exe = fundbook_exe();
    if (!std::freopen(out.c_str(), "w", stdout) || !std::freopen("/dev/null", "w", stderr)) ::_exit(127);
    ::execl(exe.c_str(), exe.c_str(), "check", "--format", "json", dir.c_str(), (char *)nullptr);
    ::_exit(127);
  }
  int st = 0;
  struct rusage ru {};
  ::wait4(pid, &st, 0, &ru);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::ifstream in(out);
  std::stringstream ss;
  ss << in.rdbuf();
  return {WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st), ss.str(), secs, ru.ru_maxrss};
}

struct Case {
  const char *file;
  const char *expect; // a phrase of the message, or nullptr for files that must be read
};

void PrintTo(const Case &c, std::ostream *os) { *os << c.file; }

class Hostile : public ::testing::TestWithParam<Case> {};

} // namespace

TEST_P(Hostile, ClearAnswerWithinBoundsAndTheGoodFileStillRead) {
  const Case &c = GetParam();
  std::string hostile = shared_dir() + "/corpus/hostile/" + c.file;
  ASSERT_TRUE(fs::exists(hostile));
  std::string dir = temp_dir();
  fs::copy_file(hostile, dir + "/" + c.file);
  fs::copy_file(source_dir() + "/samples/gpc-2016-12-transformation-fund-bids.xlsx", dir + "/good.xlsx");
  Measured m = check_folder(dir);
  EXPECT_LT(m.seconds, 5.0) << c.file;
  EXPECT_LT(m.max_rss_kb, 500L * 1024) << c.file;
  ASSERT_LT(m.status, 2) << c.file << " crashed or failed: " << m.status;
  // The good workbook beside it is read: its workstreams are in the totals.
  EXPECT_NE(m.out.find("Environment, transport & economy"), std::string::npos) << c.file;
  std::string name = std::string("/") + c.file;
  if (c.expect) {
    EXPECT_EQ(m.status, 1);
    auto at = m.out.find("\"rule\": \"unreadable-input\", \"path\": \"" + dir + name + "\"");
    ASSERT_NE(at, std::string::npos) << m.out.substr(0, 2000);
    auto end = m.out.find('}', at);
    std::string finding = m.out.substr(at, end - at);
    EXPECT_NE(finding.find(c.expect), std::string::npos) << finding;
  } else {
    EXPECT_EQ(m.out.find("\"rule\": \"unreadable-input\""), std::string::npos) << m.out.substr(0, 2000);
  }
  // Nothing of /etc/passwd ever appears.
  EXPECT_EQ(m.out.find("root:x:"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, Hostile,
    ::testing::Values(Case{"zip-bomb.xlsx", "zip bomb"}, Case{"billion-laughs.xlsx", "DTD"},
                      Case{"xxe-external-entity.xlsx", "DTD"}, Case{"good-small.xlsx", nullptr},
                      Case{"truncated.xlsx", "damaged"}, Case{"bad-crc.xlsx", "damaged"},
                      Case{"missing-sheet-part.xlsx", "missing"}, Case{"last-cell-XFD1048576.xlsx", nullptr},
                      Case{"empty.xlsx", "empty"}, Case{"text-named.xlsx", "not a workbook"},
                      Case{"html-table-as.xls", "web page saved with an .xls name: open it in Excel and save as .xlsx"},
                      Case{"csv-as.xls", nullptr}, Case{"read-cp1252-pound.csv", nullptr},
                      Case{"read-bom-semicolon.csv", nullptr}, Case{"deep-nesting.xlsx", "nested"},
                      Case{"read-million-empty-rows.xlsx", nullptr}, Case{"rels-path-traversal.xlsx", "outside"},
                      Case{"cfb-not-excel.xls", "not an Excel workbook"}),
    [](const auto &info) {
      std::string n = info.param.file;
      for (auto &ch : n)
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
      return n;
    });

TEST(HostileCorpus, PasswordProtectedAndXlsbSayWhatToDo) {
  std::string dir = temp_dir();
  fs::copy_file(shared_dir() + "/corpus/files/calamine/pass_protected.xlsx", dir + "/locked.xlsx");
  fs::copy_file(shared_dir() + "/corpus/files/calamine/any_sheets.xlsb", dir + "/binary.xlsb.xlsx");
  fs::copy_file(source_dir() + "/samples/gpc-2016-12-transformation-fund-bids.xlsx", dir + "/good.xlsx");
  Measured m = check_folder(dir);
  EXPECT_EQ(m.status, 1);
  EXPECT_NE(m.out.find("password-protected: save an unprotected copy"), std::string::npos);
  EXPECT_NE(m.out.find("binary .xlsb workbooks are not supported: save as .xlsx"), std::string::npos);
  EXPECT_NE(m.out.find("Environment, transport & economy"), std::string::npos);
}
