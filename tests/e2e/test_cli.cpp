// Runs the fundbook binary as a user would and checks what it prints and returns.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "support/fixtures.hpp"

using namespace fundbook::test;
namespace fs = std::filesystem;

TEST(Cli, CheckJsonListsTheBaselineSchemesWithProvenance) {
  RunResult r = run({"check", "--format", "json", source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx"});
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_NE(r.out.find("\"tool\": \"fundbook\""), std::string::npos);
  EXPECT_NE(r.out.find("\"schema\": 1"), std::string::npos);
  EXPECT_NE(r.out.find("\"ref\": \"C/R.5.305\""), std::string::npos);
  EXPECT_NE(r.out.find("\"investment\": {\"2016-17\": 0, \"2017-18\": 90, \"2018-19\": 90, \"2019-20\": 0, "
                       "\"2020-21\": 0, \"2021-22\": 0}"),
            std::string::npos);
  EXPECT_NE(r.out.find("\"cell\": \"I124\""), std::string::npos);
  EXPECT_NE(r.out.find("\"stated\": -1941, \"computed\": -1968"), std::string::npos);
  EXPECT_NE(r.out.find("\"schemes\": 21"), std::string::npos);
}

TEST(Cli, InlineStringAbsoluteTargetCopyGivesTheSameJson) {
  RunResult a = run({"check", "--format", "json", source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx"});
  RunResult b = run({"check", "--format", "json", source_dir() + "/tests/data/baseline-inline-absolute.xlsx"});
  auto schemes = [](const std::string &s) {
    auto p = s.find("\"schemes\": [");
    auto q = s.find("\"findings\": [");
    std::string out = s.substr(p, q - p);
    // Paths differ; figures and cells must not.
    std::string cleaned;
    for (std::size_t i = 0; i < out.size();) {
      auto k = out.find("\"path\": \"", i);
      if (k == std::string::npos) {
        cleaned += out.substr(i);
        break;
      }
      cleaned += out.substr(i, k - i);
      i = out.find('"', k + 9) + 1;
    }
    return cleaned;
  };
  EXPECT_EQ(schemes(a.out), schemes(b.out));
}

TEST(Cli, ExitCodesForBadInput) {
  RunResult missing = run({"check", "/nonexistent/baseline.xlsx"});
  EXPECT_EQ(missing.status, 3);
  EXPECT_NE(missing.err.find("/nonexistent/baseline.xlsx"), std::string::npos);
  EXPECT_NE(missing.err.find("no such file"), std::string::npos);
  std::string empty = temp_dir();
  RunResult none = run({"check", empty});
  EXPECT_EQ(none.status, 3);
  EXPECT_NE(none.err.find("no workbooks"), std::string::npos);
  RunResult text = run({"check", shared_dir() + "/corpus/hostile/text-named.xlsx"});
  EXPECT_EQ(text.status, 3);
  EXPECT_NE(text.err.find("text-named.xlsx: this is a plain text file, not a workbook"), std::string::npos);
  EXPECT_EQ(run({"check"}).status, 2);
  EXPECT_EQ(run({"check", "--tolerance", "x", "a.xlsx"}).status, 2);
  EXPECT_EQ(run({"check", "--basis", "sideways", "a.xlsx"}).status, 2);
  EXPECT_EQ(run({"frobnicate"}).status, 2);
  EXPECT_EQ(run({"report", source_dir() + "/samples"}).status, 2); // no -o
  EXPECT_EQ(run({"check", "--help"}).status, 0);
}

TEST(Cli, ABadFileDoesNotStopTheOthers) {
  std::string dir = temp_dir();
  fs::copy_file(source_dir() + "/samples/gpc-2016-12-transformation-fund-bids.xlsx", dir + "/good.xlsx");
  fs::copy_file(shared_dir() + "/corpus/hostile/truncated.xlsx", dir + "/broken.xlsx");
  RunResult r = run({"check", "--format", "json", dir});
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("\"rule\": \"unreadable-input\""), std::string::npos);
  EXPECT_NE(r.out.find("\"status\": \"ok\""), std::string::npos);
  EXPECT_NE(r.out.find("Environment, transport & economy"), std::string::npos);
}

TEST(Cli, InspectCellsJson) {
  RunResult r = run({"inspect", shared_dir() + "/corpus/hostile/good-small.xlsx", "--cells", "--format", "json"});
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("[\"A1\", \"string\", \"Saving\"]"), std::string::npos);
  EXPECT_NE(r.out.find("[\"B1\", \"number\", -395]"), std::string::npos);
  RunResult bad = run({"inspect", shared_dir() + "/corpus/hostile/empty.xlsx", "--format", "json"});
  EXPECT_EQ(bad.status, 3);
  EXPECT_NE(bad.out.find("\"error\""), std::string::npos);
}

TEST(Cli, ReportWritesAndSaysWhere) {
  std::string out = temp_dir() + "/monitoring-report.xlsx";
  RunResult r = run({"report", source_dir() + "/samples", "-o", out});
  EXPECT_EQ(r.status, 1); // the seeds' errors are findings; the report is written
  EXPECT_TRUE(fs::exists(out));
  EXPECT_NE(r.out.find("Report written to " + out), std::string::npos);
  RunResult self = run({"report", out, "-o", out});
  EXPECT_EQ(self.status, 2);
  EXPECT_NE(self.err.find("one of the inputs"), std::string::npos);
}

TEST(Cli, KilledMidWriteLeavesThePreviousReportWhole) {
  // A run that finishes before its kill (a loaded machine oversleeps the delay) writes a new
  // report: with the date pinned it is the same bytes as the old, else its creation time differs.
  struct PinnedDate {
    PinnedDate() { ::setenv("SOURCE_DATE_EPOCH", "1522108800", 1); }
    ~PinnedDate() { ::unsetenv("SOURCE_DATE_EPOCH"); }
  } pinned;
  std::string dir = temp_dir();
  std::string out = dir + "/r.xlsx";
  ASSERT_EQ(run({"report", source_dir() + "/samples", "-o", out}).status, 1);
  auto size = fs::file_size(out);
  std::string before;
  {
    std::ifstream in(out, std::ios::binary);
    before.assign(std::istreambuf_iterator<char>(in), {});
  }
  // Kill runs at several moments; the file is always the old or a new whole one.
  for (int delay_us : {0, 2000, 5000, 10000, 20000}) {
    pid_t pid = ::fork();
    if (pid == 0) {
      std::string exe = fundbook_exe();
      std::string samples = source_dir() + "/samples";
      std::freopen("/dev/null", "w", stdout);
      std::freopen("/dev/null", "w", stderr);
      ::execl(exe.c_str(), exe.c_str(), "report", samples.c_str(), "-o", out.c_str(), (char *)nullptr);
      ::_exit(127);
    }
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us));
    ::kill(pid, SIGKILL);
    int st;
    ::waitpid(pid, &st, 0);
    ASSERT_TRUE(fs::exists(out));
    EXPECT_EQ(fs::file_size(out), size);
    std::ifstream in(out, std::ios::binary);
    std::string now(std::istreambuf_iterator<char>(in), {});
    EXPECT_EQ(now, before); // deterministic, so old and new are the same bytes
  }
}

TEST(Cli, LimitsAreConfigurable) {
  RunResult small = run({"check", "--format", "json", "--max-cells", "10",
                         source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx"});
  EXPECT_EQ(small.status, 3);
  EXPECT_NE(small.out.find("more than 10 cells"), std::string::npos) << small.out.substr(0, 600);
  RunResult tiny =
      run({"check", "--max-file-mb", "0.001", source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx"});
  EXPECT_EQ(tiny.status, 3);
  EXPECT_NE(tiny.err.find("over the"), std::string::npos);
  EXPECT_EQ(run({"check", "--max-cells", "0", "x.xlsx"}).status, 2);
}

TEST(Cli, TwoRunsWritingOneReportLeaveOneWholeFile) {
  std::string out = temp_dir() + "/shared.xlsx";
  std::vector<std::thread> runs;
  for (const char *input : {"baseline-2017-06-transformation-fund.xlsx", "gpc-2016-12-transformation-fund-bids.xlsx"}) {
    std::string in = source_dir() + "/samples/" + input;
    runs.emplace_back([in, out] { run({"report", in, "-o", out}); });
  }
  for (auto &t : runs) t.join();
  RunResult r = run({"inspect", out});
  EXPECT_EQ(r.status, 0) << r.err; // whichever finished last, the file is a whole workbook
  std::size_t temps = 0;
  for (auto &e : fs::directory_iterator(fs::path(out).parent_path()))
    temps += e.path().filename().string().find(".tmp-") != std::string::npos;
  EXPECT_EQ(temps, 0u);
}

TEST(Cli, SourceDateEpochFixesTheReportDate) {
  std::string a = temp_dir() + "/a.xlsx", b = temp_dir() + "/b.xlsx";
  ::setenv("SOURCE_DATE_EPOCH", "1522108800", 1);
  run({"report", source_dir() + "/samples", "-o", a});
  run({"report", source_dir() + "/samples", "-o", b});
  ::unsetenv("SOURCE_DATE_EPOCH");
  std::ifstream ia(a, std::ios::binary), ib(b, std::ios::binary);
  std::string sa((std::istreambuf_iterator<char>(ia)), {}), sb((std::istreambuf_iterator<char>(ib)), {});
  EXPECT_FALSE(sa.empty());
  EXPECT_EQ(sa, sb);
}

TEST(Cli, AMalformedReportTemplateNamesFileLineAndKey) {
  std::string tpl = temp_dir() + "/house.toml";
  std::ofstream(tpl) << "[report]\ntitle = \"Monitoring\"\nfont_size = \"big\"\n";
  RunResult r = run({"report", source_dir() + "/samples", "-o", temp_dir() + "/r.xlsx", "--template", tpl});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("house.toml:3"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("report.font_size"), std::string::npos) << r.err;
  std::ofstream(tpl) << "[report\n";
  RunResult broken = run({"check", source_dir() + "/samples", "--template", tpl});
  EXPECT_EQ(broken.status, 2);
  EXPECT_NE(broken.err.find("house.toml:1"), std::string::npos) << broken.err;
}

TEST(Cli, OneThreadOrAllGiveTheSameOutputByteForByte) {
  // `fundbook check` as a user runs it, on every sample and test workbook
  // (xlsx, xls, ods, csv; damaged, repeated, monitoring): the files are
  // read by a pool and their schemes past the first file kept on disk; the
  // documents must not depend on how many threads read them.
  std::vector<std::string> paths = {source_dir() + "/samples", source_dir() + "/tests/data"};
  auto check = [&](const std::vector<std::string> &options) {
    std::vector<std::string> args = {"check"};
    args.insert(args.end(), options.begin(), options.end());
    args.insert(args.end(), paths.begin(), paths.end());
    return run(args);
  };
  for (const std::vector<std::string> &format :
       {std::vector<std::string>{"--format", "json"}, std::vector<std::string>{"--max-findings-per-rule", "0"}}) {
    std::vector<std::string> one = format;
    one.insert(one.end(), {"--threads", "1"});
    RunResult a = check(one);
    EXPECT_GT(a.out.size(), 10000u) << a.err;
    for (const char *n : {"2", "3", "0"}) {
      std::vector<std::string> many = format;
      many.insert(many.end(), {"--threads", n});
      RunResult b = check(many);
      EXPECT_EQ(b.status, a.status) << n << " threads";
      EXPECT_TRUE(b.out == a.out) << format[0] << ", " << n << " threads: the output differs from one thread's";
      EXPECT_EQ(b.err, a.err) << n << " threads";
    }
  }
}
