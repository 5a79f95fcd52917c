// The command line's conventions: --version, -q, the output checked before
// the work, -o - and a wrong extension, the operating system's own reason
// when a file cannot be opened, and progress on a terminal only.
#include <gtest/gtest.h>
#include <pty.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "support/background.hpp"
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

namespace {

// Runs fundbook on a terminal (a pseudo-terminal) and returns all it wrote there.
std::string on_a_terminal(const std::vector<std::string> &args, int &status) {
  int master = -1;
  pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
  if (pid == 0) {
    std::string exe = fundbook_exe();
    std::vector<char *> argv{exe.data()};
    std::vector<std::string> own = args;
    for (auto &a : own) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(exe.c_str(), argv.data());
    ::_exit(127);
  }
  std::string seen;
  char buf[4096];
  ssize_t n;
  while ((n = ::read(master, buf, sizeof buf)) > 0) seen.append(buf, std::size_t(n)); // EIO once it ends
  ::close(master);
  int st = 0;
  ::waitpid(pid, &st, 0);
  status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
  return seen;
}
} // namespace

// A report of a 400,000-row table takes more than a second (150,000 rows took
// 0.8-1.2 s on a quiet machine once reading got faster, too near the
// second to show progress): on a terminal
// a line of progress is redrawn in place and cleared at the end; written to
// a file or a pipe, standard error holds no progress at all.
TEST(CliConventions, ProgressOnATerminalOnlyAndClearedAtTheEnd) {
  std::string csv = write_schemes_csv(400000);
  std::string out = temp_dir() + "/tracker.xlsx";
  int status = -1;
  auto t0 = std::chrono::steady_clock::now();
  std::string tty = on_a_terminal({"report", csv, "-o", out}, status);
  double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LE(status, 1) << tty;
  EXPECT_TRUE(fs::exists(out));
  ASSERT_GT(took, 1.2) << "too quick for progress to show: make the tracker longer";
  EXPECT_NE(tty.find("\r\033[Kfundbook: "), std::string::npos) << tty.substr(0, 300);
  EXPECT_TRUE(tty.find("files checked") != std::string::npos || tty.find("writing") != std::string::npos ||
              tty.find("reading") != std::string::npos)
      << tty.substr(0, 300);
  // The last progress line is wiped before anything else is written.
  auto last = tty.rfind("fundbook: ");
  ASSERT_NE(last, std::string::npos);
  EXPECT_NE(tty.find("\r\033[K", last), std::string::npos) << "the last progress line is left on screen";

  auto t1 = std::chrono::steady_clock::now();
  RunResult piped = run({"report", csv, "-o", out});
  EXPECT_LE(piped.status, 1);
  EXPECT_GT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count(), 1.2);
  EXPECT_EQ(piped.err.find("fundbook: 1 s"), std::string::npos) << piped.err.substr(0, 300);
  EXPECT_EQ(piped.err.find("\033[K"), std::string::npos);
}

// A word a command does not take is a usage error naming it, not ignored: a
// `serve --port 0 stray` that started serving would leave the mistake unseen.
// Run in the background, so a command that wrongly starts is stopped.
TEST(CliConventions, AStrayArgumentIsAUsageError) {
  std::string inbox = temp_dir();
  std::string book = source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx";
  const std::vector<std::vector<std::string>> commands = {{"serve", "--port", "0", "stray"},
                                                          {"serve", "stray", "--port", "0"},
                                                          {"serve", "--port", "0", "--", "stray"},
                                                          {"watch", inbox, "stray"},
                                                          {"inspect", book, "stray"}};
  for (const auto &args : commands) {
    Background b(args);
    int st = 0;
    pid_t done = 0;
    for (int i = 0; i < 500 && done == 0; ++i) {
      done = ::waitpid(b.pid, &st, WNOHANG);
      if (done == 0) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    std::string said = slurp(b.log);
    ASSERT_EQ(done, b.pid) << args[0] << " " << args.back() << " did not stop: " << said;
    b.pid = -1;
    EXPECT_TRUE(WIFEXITED(st) && WEXITSTATUS(st) == 2) << args[0] << ": " << said;
    EXPECT_NE(said.find("fundbook " + args[0] + ":"), std::string::npos) << said;
    EXPECT_EQ(said.find("serving"), std::string::npos) << said;
    if (args[0] == "serve") { EXPECT_NE(said.find("'stray'"), std::string::npos) << "the word is named: " << said; }
  }
}
