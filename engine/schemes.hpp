#pragma once
// From what was read to the engine's schemes: incremental profiles turned
// absolute, the same scheme across files reconciled, monitoring figures
// and payback worked out.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model.hpp"
#include "engine/rules/rules.hpp"

namespace fundbook {

// One file's schemes, made as soon as the file is read, in reading order.
struct FileSchemes {
  std::string path;
  std::vector<SchemeRecord> schemes;
  std::vector<SchemeResults> results; // indexed like schemes
  // The workbook texts the schemes' titles may be views of (PoolText).
  std::vector<std::shared_ptr<const void>> texts;
};

// Takes a scheme as read into the engine's: incremental years summed to
// absolute and the file it came from (in the record, in place: a tracker's
// hundred thousand schemes are not copied into a second vector), and works
// out what the record cannot give again: its monitoring figures in pounds
// (work_out_monitoring). Its totals, return and payback are the record's
// (engine/model.hpp).
SchemeResults complete_scheme(const SharedText &path, SchemeRecord &s);

// Merges records of the same scheme: the same figures twice is a
// duplicate-scheme warning, different figures a conflicting-scheme error.
// The schemes kept, and their results, are the result's.
void reconcile(std::vector<FileSchemes> &files, CheckResult &result);

// The same, one file at a time in reading order, so a file's records can be
// let go as soon as it is taken: a folder is reconciled as its files are
// read, never held whole.
class Reconciler {
public:
  // spill: the schemes kept from every file after the first go to disk
  // (result.spilled), not to result.schemes.
  Reconciler(CheckResult &result, bool spill);
  ~Reconciler();
  Reconciler(const Reconciler &) = delete;
  Reconciler &operator=(const Reconciler &) = delete;
  // The next file's schemes, taken (f is left empty).
  void add(FileSchemes &f);
  // After the last file: monitoring rows joined to their schemes or kept,
  // and each repeated scheme's finding added to result.findings.
  void finish();
  // What work_out_totals gives over the kept schemes (worked out as they
  // were kept) and the workstream summaries.
  Totals totals(const std::vector<TableRef> &tables) const;

private:
  struct State;
  std::unique_ptr<State> st_;
};

// A monitoring scheme's ratios: the share of its investment spent, and its
// projected variance.
void work_out_monitoring(const SchemeRecord &s, SchemeResults &w);

Totals work_out_totals(const std::vector<SchemeRecord> &schemes, const std::vector<TableRef> &tables);

// Normalised title for matching schemes that have no reference.
std::string title_key(std::string_view title);

} // namespace fundbook
