// fundbook watch on a folder under churn: files checked together once
// settled, re-checked when they change or are replaced, results named per
// file, stale results removed, SIGTERM obeyed at once. Bounded in time.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "core/concat.hpp"
#include "support/background.hpp"
#include "support/fixtures.hpp"

using namespace fundbook::test;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

const std::string kSample = "/samples/baseline-2017-06-transformation-fund.xlsx";
// A CSV with one wrong total (Libraries: 40 + 50 is not 100).
const std::string kSmallCsv = "Scheme,2017-18,2018-19,Total\nStreet lighting,100,200,300\nLibraries,40,50,100\n";

// Writes a file beside the target and renames it over, as a save does.
void replace_file(const std::string &path, const std::string &bytes) {
  std::string tmp = fs::path(path).parent_path().string() + "/.incoming";
  std::ofstream(tmp, std::ios::binary) << bytes;
  fs::rename(tmp, path);
}

std::size_t count(const std::string &text, const std::string &what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

} // namespace

// budget.xlsx and budget.ods never share a result; a sub-folder is read; the
// files are checked together, so a scheme in two of them shows.
TEST(WatchChurn, SameNameTwoFormatsSubFoldersAndDuplicatesAcrossFiles) {
  std::string dir = temp_dir();
  fs::create_directories(dir + "/inbox/sub");
  fs::copy_file(source_dir() + kSample, dir + "/inbox/budget.xlsx");
  fs::copy_file(shared_dir() + "/corpus/hostile/truncated.xlsx", dir + "/inbox/budget.ods");
  fs::copy_file(source_dir() + kSample, dir + "/inbox/sub/budget.xlsx");
  Background watcher({"watch", dir, "--settle", "0.2"});
  ASSERT_TRUE(watcher.wait_for("checked 3 workbook(s)", 30)) << slurp(watcher.log);
  std::string json = slurp(dir + "/reports/findings.json");
  EXPECT_NE(json.find("duplicate-scheme"), std::string::npos);
  EXPECT_NE(json.find("sub/budget.xlsx"), std::string::npos);
  EXPECT_TRUE(fs::exists(dir + "/reports/budget.ods.error.txt"));
  EXPECT_FALSE(fs::exists(dir + "/reports/budget.xlsx.error.txt"));
  EXPECT_TRUE(fs::exists(dir + "/reports/report.xlsx"));
  std::string log = slurp(dir + "/reports/fundbook.log");
  EXPECT_NE(log.find("checked 3 workbook(s)"), std::string::npos) << log;
  EXPECT_NE(log.find("budget.ods: "), std::string::npos) << log;
  EXPECT_EQ(watcher.stop(), 0);
}

// A file replaced while it is being read is checked again, and only the new
// version's results are published.
TEST(WatchChurn, FileReplacedWhileBeingReadIsCheckedAgain) {
  std::string dir = temp_dir();
  fs::create_directories(dir + "/inbox");
  std::ofstream(dir + "/inbox/data.csv") << schemes_csv_text(150'000);
  Background watcher({"watch", dir, "--settle", "0.2"});
  ASSERT_TRUE(watcher.wait_for("checking 1 workbook(s)", 20)) << slurp(watcher.log);
  replace_file(dir + "/inbox/data.csv", kSmallCsv);
  ASSERT_TRUE(watcher.wait_for("checked 1 workbook(s): 1 error", 30)) << slurp(watcher.log);
  std::string log = slurp(watcher.log);
  EXPECT_EQ(count(log, "checked 1 workbook(s)"), 1u) << "the old version's results were published:\n" << log;
  EXPECT_NE(log.find("changed while being checked"), std::string::npos) << log;
  EXPECT_NE(slurp(dir + "/reports/findings.json").find("Libraries: TOTAL says 100"), std::string::npos);
  EXPECT_EQ(watcher.stop(), 0);
}

// A CSV written a line at a time with pauses over a second gives one report,
// of the whole file: while the writer holds it open it is not read, and a
// writer that reopens it each time is outwaited by the settle time.
TEST(WatchChurn, CsvWrittenWithPausesGivesOnlyTheWholeFilesReport) {
  for (bool keep_open : {true, false}) {
    std::string dir = temp_dir();
    fs::create_directories(dir + "/inbox");
    Background watcher({"watch", dir, "--settle", keep_open ? "0.3" : "2.5"});
    ASSERT_TRUE(watcher.wait_for("watching"));
    std::string path = dir + "/inbox/budget.csv";
    std::size_t at = 0, line = 0;
    std::ofstream out;
    if (keep_open) out.open(path);
    while (at < kSmallCsv.size()) {
      std::size_t end = kSmallCsv.find('\n', at) + 1;
      if (!keep_open) out.open(path, std::ios::app);
      out << kSmallCsv.substr(at, end - at) << std::flush;
      if (!keep_open) out.close();
      at = end;
      if (++line < 3) std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    }
    if (keep_open) out.close();
    ASSERT_TRUE(watcher.wait_for("checked 1 workbook(s)", 20)) << slurp(watcher.log);
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    std::string log = slurp(watcher.log);
    EXPECT_EQ(count(log, "checked 1 workbook(s)"), 1u) << (keep_open ? "kept open" : "reopened") << "\n" << log;
    EXPECT_NE(log.find("checked 1 workbook(s): 1 error"), std::string::npos) << log;
    EXPECT_EQ(watcher.stop(), 0);
  }
}

// When a newer version of a file cannot be read, the results of the old one
// go (they would describe a file that is no longer there), and come back when
// a good version does.
TEST(WatchChurn, StaleResultsGoWhenANewerVersionFails) {
  std::string dir = temp_dir();
  fs::create_directories(dir + "/inbox");
  fs::copy_file(source_dir() + kSample, dir + "/inbox/baseline.xlsx");
  Background watcher({"watch", dir, "--settle", "0.2"});
  ASSERT_TRUE(watcher.wait_for("checked 1 workbook(s): 1 error", 20)) << slurp(watcher.log);
  ASSERT_TRUE(fs::exists(dir + "/reports/report.xlsx"));
  replace_file(dir + "/inbox/baseline.xlsx", slurp(shared_dir() + "/corpus/hostile/truncated.xlsx"));
  ASSERT_TRUE(watcher.wait_for("none could be read", 20)) << slurp(watcher.log);
  EXPECT_FALSE(fs::exists(dir + "/reports/report.xlsx"));
  EXPECT_EQ(slurp(dir + "/reports/findings.json").find("I124"), std::string::npos);
  EXPECT_TRUE(fs::exists(dir + "/reports/baseline.xlsx.error.txt"));
  replace_file(dir + "/inbox/baseline.xlsx", slurp(source_dir() + kSample));
  auto until = Clock::now() + std::chrono::seconds(20);
  while (Clock::now() < until && count(slurp(watcher.log), "checked 1 workbook(s): 1 error") < 2)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_TRUE(fs::exists(dir + "/reports/report.xlsx"));
  EXPECT_FALSE(fs::exists(dir + "/reports/baseline.xlsx.error.txt"));
  EXPECT_EQ(watcher.stop(), 0);
}

// SIGTERM while ten files are being checked: out within 2 s, nothing
// half-written left, nothing of the abandoned batch published.
TEST(WatchChurn, SigtermWithTenFilesQueuedEndsWithinTwoSeconds) {
  std::string dir = temp_dir();
  fs::create_directories(dir + "/inbox");
  std::string text = schemes_csv_text(100'000);
  for (int i = 0; i < 10; ++i) std::ofstream(dir + "/inbox/part-" + std::to_string(i) + ".csv") << text;
  Background watcher({"watch", dir, "--settle", "0.2"});
  ASSERT_TRUE(watcher.wait_for("checking 10 workbook(s)", 20)) << slurp(watcher.log);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  auto t = Clock::now();
  int status = watcher.stop();
  double took = std::chrono::duration<double>(Clock::now() - t).count();
  EXPECT_EQ(status, 0);
  EXPECT_LT(took, 2.0);
  std::printf("[ figures ] watch stopped %.3f s after SIGTERM with 10 files being checked\n", took);
  for (auto &e : fs::directory_iterator(dir + "/reports")) {
    std::string n = e.path().filename().string();
    EXPECT_TRUE(n == "fundbook.log") << n << " left in reports/";
  }
  EXPECT_NE(slurp(dir + "/reports/fundbook.log").find("abandoned"), std::string::npos);
}

// watch takes check's options.
TEST(WatchChurn, TakesTheOptionsOfCheck) {
  std::string dir = temp_dir();
  fs::create_directories(dir + "/inbox");
  std::ofstream(dir + "/inbox/budget.csv") << kSmallCsv;
  Background watcher({"watch", dir, "--settle", "0.2", "--tolerance", "20"});
  ASSERT_TRUE(watcher.wait_for("checked 1 workbook(s): 0 errors", 20)) << slurp(watcher.log);
  EXPECT_EQ(watcher.stop(), 0);
  auto bad = run({"watch", dir, "--basis", "sideways"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("--basis"), std::string::npos);
}
