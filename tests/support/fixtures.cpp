#include "support/fixtures.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "core/cellref.hpp"

#ifndef FUNDBOOK_SOURCE_DIR
#error FUNDBOOK_SOURCE_DIR must be defined
#endif
#ifndef FUNDBOOK_EXE
#error FUNDBOOK_EXE must be defined
#endif

namespace fundbook::test {

namespace {
// The folders this test process made, removed when it ends (a CI machine or a
// long session otherwise collects tens of thousands of them). Only by the
// process that made them: a forked child that exits must not take them away.
// FUNDBOOK_KEEP_TEST_DIRS=1 keeps them, to look at a failing test's files.
// Tests call run() (which makes a folder) from several threads at once.
struct TempDirs {
  pid_t owner = ::getpid();
  std::mutex guard;
  std::vector<std::string> made;
  ~TempDirs() {
    if (::getpid() != owner || std::getenv("FUNDBOOK_KEEP_TEST_DIRS")) return;
    for (auto &d : made) {
      std::error_code ec;
      std::filesystem::remove_all(d, ec);
    }
  }
};
TempDirs &temp_dirs() {
  static TempDirs dirs;
  return dirs;
}
} // namespace

std::string temp_dir() {
  std::string t = "/tmp/fundbook-test-XXXXXX";
  if (!::mkdtemp(t.data())) throw std::runtime_error("mkdtemp failed");
  TempDirs &dirs = temp_dirs();
  std::lock_guard<std::mutex> hold(dirs.guard);
  dirs.made.push_back(t);
  return t;
}

std::string schemes_csv_text(int rows) {
  std::string s = "Scheme";
  for (int y = 0; y < 9; ++y) {
    // Appended piece by piece: GCC 12 warns (-Wrestrict, a false alarm) on "," + std::string.
    s += ",20";
    s += std::to_string(10 + y);
    s += '-';
    s += std::to_string(11 + y);
  }
  s += "\n";
  for (int r = 0; r < rows; ++r) {
    s += "Scheme ";
    s += std::to_string(r);
    for (int y = 0; y < 9; ++y) {
      s += ',';
      s += std::to_string((r * 7 + y * 13) % 9973);
    }
    s += "\n";
  }
  return s;
}

std::string write_schemes_csv(int rows, const std::string &name) {
  std::string path = temp_dir() + "/" + name;
  std::ofstream(path, std::ios::binary) << schemes_csv_text(rows);
  return path;
}

std::string slurp(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string source_dir() { return FUNDBOOK_SOURCE_DIR; }
// Beside the source tree, or where FUNDBOOK_SHARED_DIR says (a worktree one
// level deeper than the clone the shared material sits beside).
std::string shared_dir() {
  if (const char *d = std::getenv("FUNDBOOK_SHARED_DIR"); d && *d) return d;
  return std::string(FUNDBOOK_SOURCE_DIR) + "/../shared";
}
std::string fundbook_exe() { return FUNDBOOK_EXE; }

std::string write_xlsx(const std::vector<std::pair<std::string, std::vector<Put>>> &sheets, const std::string &name) {
  std::string path = temp_dir() + "/" + name;
  lxw_workbook *wb = workbook_new(path.c_str());
  for (auto &[sheet_name, cells] : sheets) {
    lxw_worksheet *ws = workbook_add_worksheet(wb, sheet_name.c_str());
    for (auto &p : cells) {
      auto ref = parse_a1(p.ref);
      if (!ref) throw std::runtime_error("bad ref " + p.ref);
      if (auto *s = std::get_if<std::string>(&p.value))
        worksheet_write_string(ws, ref->row, lxw_col_t(ref->col), s->c_str(), nullptr);
      else
        worksheet_write_number(ws, ref->row, lxw_col_t(ref->col), std::get<double>(p.value), nullptr);
    }
  }
  if (workbook_close(wb) != LXW_NO_ERROR) throw std::runtime_error("cannot write " + path);
  return path;
}

RunResult run(const std::vector<std::string> &args) {
  std::string dir = temp_dir();
  std::string out = dir + "/out", err = dir + "/err";
  // Everything the child needs is made before fork: tests call run() from
  // several threads, and a child of a threaded process may only make
  // async-signal-safe calls (no allocation, no stdio) until it execs.
  std::string exe = fundbook_exe();
  std::vector<std::string> copy = args;
  std::vector<char *> argv;
  argv.push_back(exe.data());
  for (auto &a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = ::fork();
  if (pid == 0) {
    int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (o < 0 || e < 0 || ::dup2(o, 1) < 0 || ::dup2(e, 2) < 0) ::_exit(127);
    ::execv(exe.c_str(), argv.data());
    ::_exit(127);
  }
  int st = 0;
  ::waitpid(pid, &st, 0);
  return RunResult{WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st), slurp(out), slurp(err)};
}

} // namespace fundbook::test
