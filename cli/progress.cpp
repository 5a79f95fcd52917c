#include "cli/progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <filesystem>

namespace fundbook::cli {

Progress::Progress(bool enabled) : enabled_(enabled), start_(std::chrono::steady_clock::now()) {
  if (enabled_) thread_ = std::thread([this] { run(); });
}

Progress::~Progress() { finish(); }

void Progress::finish() {
  {
    std::lock_guard lock(mutex_);
    if (stop_) return;
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (drawn_) std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
}

void Progress::files(std::size_t done, std::size_t total, const std::string &last) {
  std::lock_guard lock(mutex_);
  done_ = done;
  total_ = total;
  last_ = std::filesystem::path(last).filename().string();
}

void Progress::phase(const std::string &what) {
  std::lock_guard lock(mutex_);
  phase_ = what;
}

std::string Progress::line() const {
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  char head[64];
  std::snprintf(head, sizeof head, "fundbook: %.0f s, ", secs);
  std::string s = head;
  if (phase_ == "reading" && total_) {
    s += std::to_string(done_) + " of " + std::to_string(total_) + " files checked";
    if (!last_.empty()) s += " (last: " + last_ + ")";
  } else {
    s += phase_;
  }
  if (s.size() > 100) s = s.substr(0, 97) + "...";
  return s + "...";
}

void Progress::run() {
  std::unique_lock lock(mutex_);
  // Nothing for the first second: a quick run prints no progress at all.
  if (cv_.wait_for(lock, std::chrono::seconds(1), [this] { return stop_; })) return;
  while (!stop_) {
    std::string l = line();
    std::fprintf(stderr, "\r\033[K%s", l.c_str());
    std::fflush(stderr);
    drawn_ = true;
    cv_.wait_for(lock, std::chrono::milliseconds(250), [this] { return stop_; });
  }
}

} // namespace fundbook::cli
