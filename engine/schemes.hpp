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

// A monitoring scheme's ratios: the share of its investment spent, and its
// projected variance.
void work_out_monitoring(const SchemeRecord &s, SchemeResults &w);

Totals work_out_totals(const std::vector<SchemeRecord> &schemes, const std::vector<TableRef> &tables);

// Normalised title for matching schemes that have no reference.
std::string title_key(std::string_view title);

} // namespace fundbook
