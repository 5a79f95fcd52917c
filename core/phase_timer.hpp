#pragma once
// Wall time and peak memory per phase, printed to stderr when FUNDBOOK_PROFILE
// is set: how bench/README.md splits a run into reading, recognising, checking
// and writing without a profiler. Costs one getenv per phase otherwise.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace fundbook {

class PhaseTimer {
public:
  explicit PhaseTimer(const char *name) : name_(name), on_(std::getenv("FUNDBOOK_PROFILE") != nullptr) {
    if (on_) start_ = std::chrono::steady_clock::now();
  }
  ~PhaseTimer() {
    if (!on_) return;
    auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    long pages = 0, resident = 0;
    if (FILE *f = std::fopen("/proc/self/statm", "r")) {
      if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
      std::fclose(f);
    }
    std::fprintf(stderr, "profile: %-22s %8.1f ms  now %6ld MB  peak %6ld MB\n", name_, ms, resident * 4096 / 1048576,
                 ru.ru_maxrss / 1024);
  }
  PhaseTimer(const PhaseTimer &) = delete;
  PhaseTimer &operator=(const PhaseTimer &) = delete;

private:
  const char *name_;
  bool on_;
  std::chrono::steady_clock::time_point start_;
};

} // namespace fundbook
