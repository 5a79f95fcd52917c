#pragma once
// A fundbook command (serve, watch) running in the background for a test,
// with its output in a file; killed at the end of the test if still running.
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "support/fixtures.hpp"

namespace fundbook::test {

struct Background {
  pid_t pid = -1;
  std::string log;
  explicit Background(std::vector<std::string> args, const std::string &tmpdir = "") {
    log = temp_dir() + "/log";
    pid = ::fork();
    if (pid == 0) {
      if (!tmpdir.empty()) ::setenv("TMPDIR", tmpdir.c_str(), 1);
      std::string exe = fundbook_exe();
      std::vector<char *> argv{exe.data()};
      for (auto &a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      if (!std::freopen(log.c_str(), "w", stdout) || !std::freopen(log.c_str(), "a", stderr)) ::_exit(127);
      ::execv(exe.c_str(), argv.data());
      ::_exit(127);
    }
  }
  bool wait_for(const std::string &text, double seconds = 10) const {
    auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < end) {
      if (slurp(log).find(text) != std::string::npos) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
  }
  // Sends SIGTERM (or `sig`) and returns the exit status (128+N for a signal).
  int stop(int sig = SIGTERM) {
    if (pid <= 0) return -1;
    ::kill(pid, sig);
    int st = 0;
    ::waitpid(pid, &st, 0);
    pid = -1;
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
  }
  ~Background() {
    if (pid > 0) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, nullptr, 0);
    }
  }
};

// The port a `serve --port 0` printed.
inline int port_of(const std::string &log) {
  auto at = log.find("127.0.0.1:");
  return at == std::string::npos ? 0 : std::atoi(log.c_str() + at + 10);
}

inline httplib::MultipartFormDataItems upload(const std::vector<std::string> &paths) {
  httplib::MultipartFormDataItems items;
  for (auto &p : paths)
    items.push_back({"file", slurp(p), std::filesystem::path(p).filename().string(), "application/octet-stream"});
  return items;
}

} // namespace fundbook::test
