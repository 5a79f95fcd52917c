#pragma once
// Schemes kept on disk rather than in memory, for a check whose output is
// written once at the end (`fundbook check`): a folder of two thousand
// workbooks holds fifty thousand schemes, and held as records they made the
// run's memory grow with the number of files. Each is written to an
// anonymous temporary file as its file is reconciled, and read back one at a
// time: by reconcile for the rare repeat of a kept scheme, and by the output.
// What stays in memory is 8 bytes a scheme (where its record starts).
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

  std::size_t size() const { return starts_.size(); }
  void append(const SchemeRecord &s, const SchemeResults &w);
  // The i-th record as appended, with its results (or what replace_results gave).
  void read(std::size_t i, SchemeRecord &s, SchemeResults &w) const;
  // A later file's figures for the i-th scheme (a monitoring row joined to it).
  void replace_results(std::size_t i, SchemeResults w);
  // Each record in order, read one at a time.
  void for_each(const std::function<void(const SchemeRecord &, const SchemeResults &)> &f) const;

private:
  void flush() const;
  void read_bytes(std::uint64_t at, std::size_t n, std::string &into) const;

  std::FILE *file_ = nullptr;
  mutable std::string pending_;       // appended, not yet written
  mutable std::uint64_t written_ = 0; // bytes in the file
  std::vector<std::uint64_t> starts_;
  std::map<std::size_t, SchemeResults> replaced_;
};

// A record's bytes and back (exposed for the round-trip test).
void encode_scheme(std::string &out, const SchemeRecord &s, const SchemeResults &w);
// Reads one record from p (advanced past it); throws std::runtime_error on bytes not encode_scheme's.
void decode_scheme(const char *&p, const char *end, SchemeRecord &s, SchemeResults &w);

} // namespace fundbook
