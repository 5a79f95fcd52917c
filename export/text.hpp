#pragma once
// The readable findings table printed by `fundbook check`.
#include <cstddef>
#include <iosfwd>
#include <string>

#include "engine/model.hpp"

namespace fundbook {

struct TextOptions {
  // Findings of one rule printed before the rest are only counted (0: all).
  // A tracker with one repeated reference must not bury the other findings.
  std::size_t max_per_rule = 20;
};

std::string check_text(const CheckResult &r, const TextOptions &options = {});
// The same, written to o line by line rather than held whole.
void write_check_text(std::ostream &o, const CheckResult &r, const TextOptions &options = {});
// "By rule: row-total-mismatch 3, duplicate-scheme 1,326" (empty without findings).
std::string rule_counts_line(const CheckResult &r);
std::string summary_line(const CheckResult &r);

} // namespace fundbook
