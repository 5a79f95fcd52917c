// The command line's conventions: --version, -q, the output checked before
// the work, -o - and a wrong extension, and the operating system's own
// reason when a file cannot be opened.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "support/fixtures.hpp"

using namespace fundbook::test;
namespace fs = std::filesystem;

TEST(CliConventions, VersionIsPrinted) {
  RunResult r = run({"--version"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("fundbook ", 0), 0u) << r.out;
  EXPECT_NE(r.out.find('.'), std::string::npos) << "a version number: " << r.out;
}

TEST(CliConventions, QuietPrintsNothingAndTheStatusSaysIt) {
  RunResult loud = run({"check", source_dir() + "/samples"});
  RunResult quiet = run({"check", "-q", source_dir() + "/samples"});
  EXPECT_FALSE(loud.out.empty());
  EXPECT_EQ(quiet.out, "");
  EXPECT_EQ(quiet.status, loud.status);
  EXPECT_EQ(quiet.status, 1) << "the samples hold errors";
  std::string out = temp_dir() + "/r.xlsx";
  RunResult report = run({"report", "-q", source_dir() + "/samples", "-o", out});
  EXPECT_EQ(report.out, "");
  EXPECT_TRUE(fs::exists(out));
}

TEST(CliConventions, AnOutputFolderThatIsMissingIsRefusedBeforeTheWork) {
  auto t0 = std::chrono::steady_clock::now();
  RunResult r = run({"report", source_dir() + "/samples", "-o", temp_dir() + "/no/such/folder/r.xlsx"});
  EXPECT_EQ(r.status, 4) << r.err;
  EXPECT_NE(r.err.find("does not exist"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "") << "nothing was checked";
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), 5.0);
}

TEST(CliConventions, AReportNamedPdfIsRefused) {
  std::string out = temp_dir() + "/report.pdf";
  RunResult r = run({"report", source_dir() + "/samples", "-o", out});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find(".xlsx"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("'.pdf'"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out));
  EXPECT_EQ(run({"report", source_dir() + "/samples", "-o", temp_dir()}).status, 2) << "a folder is not a file name";
}

TEST(CliConventions, DashWritesTheWorkbookToStandardOutput) {
  std::string before = fs::current_path();
  fs::current_path(temp_dir());
  RunResult r = run({"report", source_dir() + "/samples", "-o", "-"});
  bool dash_file = fs::exists("-");
  fs::current_path(before);
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_FALSE(dash_file) << "no file named '-'";
  ASSERT_GT(r.out.size(), 1000u);
  EXPECT_EQ(r.out.substr(0, 4), std::string("PK\x03\x04", 4)) << "standard output is the xlsx itself";
  EXPECT_NE(r.err.find("Street lighting"), std::string::npos) << "the summary goes to standard error";
  std::string saved = temp_dir() + "/from-stdout.xlsx";
  std::ofstream(saved, std::ios::binary) << r.out;
  RunResult back = run({"inspect", saved});
  EXPECT_EQ(back.status, 0) << back.err;
}

TEST(CliConventions, AFileThatMayNotBeReadSaysPermissionDenied) {
  std::string file = temp_dir() + "/locked.xlsx";
  fs::copy_file(source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx", file);
  ::chmod(file.c_str(), 0);
  ::chmod(fs::path(file).parent_path().c_str(), 0755);
  std::string out = temp_dir() + "/out.txt";
  ::chmod(fs::path(out).parent_path().c_str(), 0777);
  // Root reads anything: the check then runs as 'nobody' (setpriv, util-linux).
  std::string as = ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
  std::string cmd = as + fundbook_exe() + " check '" + file + "' > '" + out + "' 2>&1";
  int st = std::system(cmd.c_str());
  std::string said = slurp(out);
  ASSERT_TRUE(WIFEXITED(st));
  ASSERT_NE(WEXITSTATUS(st), 127) << "could not run: " << cmd << "\n" << said;
  EXPECT_EQ(WEXITSTATUS(st), 3) << said;
  EXPECT_NE(said.find("Permission denied"), std::string::npos) << said;
  EXPECT_EQ(said.find("empty"), std::string::npos) << said;
}
