#include "cli/jobs.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>

namespace fundbook::cli {

namespace {
constexpr std::size_t kMaxJobs = 1000; // a bound on what callers can make us hold
}

bool Jobs::valid_id(const std::string &id) {
  return !id.empty() && id.size() <= 64 &&
         std::all_of(id.begin(), id.end(), [](char c) { return std::isalnum((unsigned char)c) || c == '-'; });
}

void Jobs::set(const std::string &id, const JobState &s) {
  std::lock_guard lock(mutex_);
  auto it = jobs_.find(id);
  if (it != jobs_.end())
    it->second = s;
  else if (jobs_.size() < kMaxJobs)
    jobs_.emplace(id, s);
}

std::optional<JobState> Jobs::get(const std::string &id) const {
  std::lock_guard lock(mutex_);
  auto it = jobs_.find(id);
  if (it == jobs_.end()) return std::nullopt;
  return it->second;
}

void Jobs::remove(const std::string &id) {
  std::lock_guard lock(mutex_);
  jobs_.erase(id);
}

void write_progress(const std::string &path, const JobState &s) {
  std::string tmp = path + ".new";
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << s.phase << "\n" << s.done << "\n" << s.total << "\n" << s.file << "\n";
    if (!out) return;
  }
  std::rename(tmp.c_str(), path.c_str());
}

void read_progress(const std::string &path, JobState &s) {
  std::ifstream in(path);
  std::string phase, done, total, file;
  if (!std::getline(in, phase) || !std::getline(in, done) || !std::getline(in, total) || !std::getline(in, file))
    return;
  try {
    s.done = std::stoul(done);
    s.total = std::stoul(total);
  } catch (const std::exception &) { return; }
  s.phase = phase;
  s.file = file;
}

} // namespace fundbook::cli
