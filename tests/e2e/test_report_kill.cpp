// fundbook report killed at any moment leaves no temporary file: SIGINT and
// SIGTERM remove it at once, and what a kill -9 leaves is removed by the next
// report written to the same place.
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

namespace {

pid_t start_report(const std::string &out) {
  pid_t pid = ::fork();
  if (pid == 0) {
    std::string exe = fundbook_exe(), in = source_dir() + "/samples", o = "-o", dest = out, cmd = "report";
    if (!std::freopen("/dev/null", "w", stdout)) ::_exit(127);
    char *argv[] = {exe.data(), cmd.data(), in.data(), o.data(), dest.data(), nullptr};
    ::execv(exe.c_str(), argv);
    ::_exit(127);
  }
  return pid;
}

std::size_t temp_files(const std::string &dir) {
  std::size_t n = 0;
  for (auto &e : fs::directory_iterator(dir)) n += e.path().filename().string().find(".tmp-") != std::string::npos;
  return n;
}

// The id of a process that has ended.
pid_t dead_pid() {
  pid_t p = ::fork();
  if (p == 0) ::_exit(0);
  ::waitpid(p, nullptr, 0);
  return p;
}

} // namespace

TEST(ReportKill, NoTemporaryFileSurvivesTwentyKills) {
  std::string dir = temp_dir(), out = dir + "/report.xlsx";
  int terms_with_temp_left = 0;
  for (int i = 0; i < 20; ++i) {
    pid_t pid = start_report(out);
    std::this_thread::sleep_for(std::chrono::milliseconds(20 + (i % 10) * 30));
    bool term = i < 10;
    ::kill(pid, term ? SIGTERM : SIGKILL);
    ::waitpid(pid, nullptr, 0);
    if (term) terms_with_temp_left += temp_files(dir) > 0;
  }
  EXPECT_EQ(terms_with_temp_left, 0) << "a SIGTERM left the temporary file";
  // Whatever the kill -9s left, and a file a killed run left earlier, go with
  // the next report; a temporary file of a report still being written stays.
  std::string stale = dir + "/.report.xlsx.tmp-" + std::to_string(dead_pid()) + "-AbC123";
  std::string live = dir + "/.report.xlsx.tmp-" + std::to_string(::getpid()) + "-AbC123";
  std::ofstream(stale) << "left by a killed run";
  std::ofstream(live) << "being written";
  auto r = run({"report", source_dir() + "/samples", "-o", out});
  EXPECT_EQ(r.status, 1) << r.err;
  EXPECT_FALSE(fs::exists(stale));
  EXPECT_TRUE(fs::exists(live));
  fs::remove(live);
  EXPECT_EQ(temp_files(dir), 0u);
  EXPECT_TRUE(fs::exists(out));
}
