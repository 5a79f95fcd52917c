#pragma once
// What the server is doing for each upload in flight, so the page can show
// the server's real progress ("checking 57 of 200: name.xlsx") rather than a
// guess. The page names its upload with a job id; ids are the page's own.
// The check runs in a child process (limited_job.hpp), which writes its
// progress to a small file in the upload's folder; the server reads it back.
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace fundbook::cli {

struct JobState {
  std::string phase; // "receiving", "queued", "checking", "writing", "sending"
  std::size_t done = 0, total = 0;
  std::string file;          // the last workbook finished, as uploaded
  std::string progress_file; // where the child writes its progress, while it runs
};

// The child's side: replaces the file's content with the state (phase, done,
// total, file), whole (written aside, then renamed).
void write_progress(const std::string &path, const JobState &s);
// The server's side: updates s from the file when it holds a whole state.
void read_progress(const std::string &path, JobState &s);

class Jobs {
public:
  // A job id the page may use: 1 to 64 letters, digits or '-'.
  static bool valid_id(const std::string &id);
  void set(const std::string &id, const JobState &s);
  std::optional<JobState> get(const std::string &id) const;
  void remove(const std::string &id);

private:
  mutable std::mutex mutex_;
  std::map<std::string, JobState> jobs_;
};

// Removes its job when the request is done, however it ends.
class JobScope {
public:
  JobScope(Jobs &jobs, std::string id) : jobs_(jobs), id_(std::move(id)) {}
  ~JobScope() {
    if (!id_.empty()) jobs_.remove(id_);
  }
  JobScope(const JobScope &) = delete;
  JobScope &operator=(const JobScope &) = delete;
  void set(const JobState &s) {
    if (!id_.empty()) jobs_.set(id_, s);
  }

private:
  Jobs &jobs_;
  std::string id_;
};

} // namespace fundbook::cli
