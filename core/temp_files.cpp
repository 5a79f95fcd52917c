#include "core/temp_files.hpp"

#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <vector>

namespace fundbook {

namespace fs = std::filesystem;

namespace {

std::string temp_template(const fs::path &dir, const std::string &stem) {
  return (dir / (stem + kTempMarker + std::to_string(::getpid()) + "-XXXXXX")).string();
}

bool process_running(pid_t pid) { return pid > 0 && (::kill(pid, 0) == 0 || errno == EPERM); }

// The registry the signal handler reads: fixed slots, no allocation.
constexpr int kSlots = 8;
constexpr std::size_t kPathMax = 4096;
char g_paths[kSlots][kPathMax];
std::atomic<int> g_used[kSlots];
std::atomic<bool> g_installed{false};

extern "C" void remove_registered(int sig) {
  for (int i = 0; i < kSlots; ++i) {
    if (g_used[i].load() == 1) ::unlink(g_paths[i]);
  }
  // End as the signal would have ended the process.
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

void install_once() {
  if (g_installed.exchange(true)) return;
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction old {};
    if (::sigaction(sig, nullptr, &old) != 0 || old.sa_handler != SIG_DFL) continue; // the program handles it
    struct sigaction sa {};
    sa.sa_handler = remove_registered;
    sigemptyset(&sa.sa_mask);
    ::sigaction(sig, &sa, nullptr);
  }
}

} // namespace

std::string make_temp_file(const fs::path &dir, const std::string &stem) {
  std::string t = temp_template(dir, stem);
  int fd = ::mkstemp(t.data());
  if (fd < 0) throw std::runtime_error("cannot create a temporary file in " + dir.string());
  ::close(fd);
  return t;
}

std::string make_temp_folder(const fs::path &dir, const std::string &stem) {
  std::string t = temp_template(dir, stem);
  if (!::mkdtemp(t.data())) throw std::runtime_error("cannot create a temporary folder in " + dir.string());
  return t;
}

bool is_stale_temp_name(const std::string &name) {
  auto at = name.rfind(kTempMarker);
  if (at == std::string::npos) return false;
  const char *p = name.c_str() + at + std::strlen(kTempMarker);
  char *end = nullptr;
  long pid = std::strtol(p, &end, 10);
  if (end == p || *end != '-' || std::strlen(end + 1) != 6) return false;
  return !process_running(pid_t(pid));
}

std::size_t remove_stale_temps(const fs::path &dir, const std::string &stem) {
  std::size_t removed = 0;
  std::error_code ec;
  std::vector<fs::path> stale;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.compare(0, stem.size(), stem) != 0) continue;
    if (!stem.empty() && name.compare(stem.size(), std::strlen(kTempMarker), kTempMarker) != 0) continue;
    if (is_stale_temp_name(name)) stale.push_back(it->path());
  }
  for (auto &p : stale) {
    std::error_code rm;
    if (fs::remove_all(p, rm) > 0 && !rm) ++removed;
  }
  return removed;
}

bool register_temp(const std::string &path) {
  if (path.size() >= kPathMax) return false;
  install_once();
  for (int i = 0; i < kSlots; ++i) {
    int expected = 0;
    if (g_used[i].compare_exchange_strong(expected, 2)) { // 2: being written
      std::memcpy(g_paths[i], path.c_str(), path.size() + 1);
      g_used[i].store(1);
      return true;
    }
  }
  return false;
}

void unregister_temp(const std::string &path) {
  for (int i = 0; i < kSlots; ++i) {
    if (g_used[i].load() == 1 && path == g_paths[i]) {
      g_used[i].store(0);
      return;
    }
  }
}

} // namespace fundbook
