#pragma once
// Schemes kept on disk rather than in memory, for a check whose output is
// written once at the end (`fundbook check`): a folder of two thousand
// workbooks holds fifty thousand schemes, and held as records they made the
// run's memory grow with the number of files. Each is written to an
// anonymous temporary file as its file is reconciled, and read back one at a
// time: by reconcile for the rare repeat of a kept scheme, and by the output.
// What stays in memory is where every 16th record starts (half a byte a
// scheme) and the last run of 16 records read back, decoded.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "engine/model.hpp"

namespace fundbook {

class SchemeSpill {
public:
  // Throws std::runtime_error when no temporary file can be made.
  SchemeSpill();
  ~SchemeSpill();
  SchemeSpill(const SchemeSpill &) = delete;
  SchemeSpill &operator=(const SchemeSpill &) = delete;

  std::size_t size() const { return count_; }
  void append(const SchemeRecord &s, const SchemeResults &w);
  // The i-th record as appended, with its results (or what replace_results gave).
  void read(std::size_t i, SchemeRecord &s, SchemeResults &w) const;
  // A later file's figures for the i-th scheme (a monitoring row joined to it).
  void replace_results(std::size_t i, SchemeResults w);
  // Each record in order, read one at a time.
  void for_each(const std::function<void(const SchemeRecord &, const SchemeResults &)> &f) const;

  // Records are found by the start of their run of kRun.
  static constexpr std::size_t kRun = 16;

private:
  void flush() const;
  void read_bytes(std::uint64_t at, std::size_t n, std::string &into) const;
  // The bytes of runs [from, to) of records as appended.
  void read_runs(std::size_t from, std::size_t to, std::string &into) const;

  std::FILE *file_ = nullptr;
  mutable std::string pending_;       // appended, not yet written
  mutable std::uint64_t written_ = 0; // bytes in the file
  std::size_t count_ = 0;
  std::vector<std::uint64_t> run_starts_; // where records 0, kRun, 2 kRun... start
  std::map<std::size_t, SchemeResults> replaced_;
  // The run read() decoded last, as far as it was appended then (a repeat is
  // read twice, and a file's repeats of another's schemes come in order).
  mutable std::size_t cached_run_ = SIZE_MAX;
  mutable std::vector<std::pair<SchemeRecord, SchemeResults>> cached_;
};

// A record's bytes and back (exposed for the round-trip test).
void encode_scheme(std::string &out, const SchemeRecord &s, const SchemeResults &w);
// Reads one record from p (advanced past it); throws std::runtime_error on bytes not encode_scheme's.
void decode_scheme(const char *&p, const char *end, SchemeRecord &s, SchemeResults &w);

} // namespace fundbook
