#pragma once
// A line of progress on standard error, for a person at a terminal: shown
// only when standard error is a terminal and the work has taken more than a
// second, redrawn in place, and cleared when the work is done (the contract:
// progress goes to stderr and only to a terminal).
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>

namespace fundbook::cli {

class Progress {
public:
  explicit Progress(bool enabled);
  ~Progress(); // clears the line
  Progress(const Progress &) = delete;
  Progress &operator=(const Progress &) = delete;
  // Thread-safe: from the check's worker threads.
  void files(std::size_t done, std::size_t total, const std::string &last);
  void phase(const std::string &what); // "writing the report"
  void finish();                       // stops and clears the line now

private:
  void run();
  std::string line() const;
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
  mutable std::mutex mutex_;
  std::condition_variable cv_;
  bool stop_ = false, drawn_ = false;
  std::size_t done_ = 0, total_ = 0;
  std::string last_, phase_ = "reading";
  std::thread thread_;
};

} // namespace fundbook::cli
