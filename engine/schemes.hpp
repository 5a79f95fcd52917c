#pragma once
// From what was read to the engine's schemes: incremental profiles turned
// absolute, the same scheme across files reconciled, monitoring figures
// and payback worked out.
#include <string>
#include <vector>

#include "engine/model.hpp"
#include "engine/rules/rules.hpp"

namespace fundbook {

// One file's schemes, made as soon as the file is read, in reading order.
struct FileSchemes {
  std::string path;
  std::vector<Scheme> schemes;
};

// Completes a scheme as read into the engine's: incremental years summed
// to absolute, totals (as stated, else the sum), monitoring figures in
// pounds, return and payback (work_out_monitoring), the file it came from.
// In place: a tracker's hundred thousand schemes are not copied into a
// second vector.
void complete_scheme(const SharedText &path, Scheme &s);

// Merges records of the same scheme: the same figures twice is a
// duplicate-scheme warning, different figures a conflicting-scheme error.
std::vector<Scheme> reconcile(std::vector<FileSchemes> &files, std::vector<Finding> &findings);

// Return on investment, payback year and monitoring ratios.
void work_out_monitoring(Scheme &s);

Totals work_out_totals(const std::vector<Scheme> &schemes, const std::vector<TableRef> &tables);

// Normalised title for matching schemes that have no reference.
std::string title_key(const std::string &title);

} // namespace fundbook
