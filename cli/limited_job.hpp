#pragma once
// A piece of work run as a child fundbook process under limits on memory,
// time and output, so that one costly upload (or watched file) cannot take
// the memory, the processor or the answer of the others, and can be
// abandoned at once when the service stops.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <vector>

namespace fundbook::cli {

struct JobLimits {
  std::size_t memory_bytes = 1024u << 20; // resident memory of the child
  std::chrono::milliseconds time{120'000};
  std::size_t output_bytes = 64u << 20; // what it writes to standard output
};

struct JobOutcome {
  enum Kind { Finished, OutOfMemory, OutOfTime, OutputTooLarge, Stopped, Failed } kind = Failed;
  int exit_status = -1; // when Finished
  std::string out;      // standard output (when Finished)
  std::string err;      // standard error, for messages
  double seconds = 0;
  std::size_t peak_rss = 0; // bytes, as last seen
};

// Runs this executable with `args` (e.g. {"check", "--format", "json", file})
// and waits for it within the limits. Standard error goes to `err_path` when
// given (and is read back into err), else is discarded.
JobOutcome run_job(const std::vector<std::string> &args, const JobLimits &limits, const std::string &err_path = "");

// Kills every job running now and refuses new ones (the service is stopping).
void stop_all_jobs();

// A fair limit on jobs running at once: callers are let in in the order they
// came, each waiting at most until its deadline.
class JobSlots {
public:
  explicit JobSlots(unsigned count) : free_(count ? count : 1) {}
  bool acquire(std::chrono::steady_clock::time_point deadline);
  void release();
  std::size_t waiting() const;

private:
  mutable std::mutex mutex_;
  std::condition_variable cv_;
  unsigned free_;
  std::uint64_t next_ = 0;
  std::deque<std::uint64_t> queue_;
};

// Holds a slot for its lifetime.
class SlotHold {
public:
  SlotHold(JobSlots &s, std::chrono::steady_clock::time_point deadline) : slots_(s), held_(s.acquire(deadline)) {}
  ~SlotHold() {
    if (held_) slots_.release();
  }
  bool held() const { return held_; }

private:
  JobSlots &slots_;
  bool held_;
};

} // namespace fundbook::cli
