#pragma once
// What the unit tests on the generated files of tests/data/<folder>/ ask of a
// check's result, written once: the copies to check, where the errors are,
// what was said unchecked. The assertions return testing::AssertionResult,
// whose failure message carries the report (check_text), for
// EXPECT_TRUE/ASSERT_TRUE(...) << name.
#include <gtest/gtest.h>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "core/cellref.hpp"
#include "engine/check.hpp"
#include "export/text.hpp"

namespace fundbook::test {

// stem.csv and stem.xlsx for each stem: the two copies each generator writes.
inline std::vector<std::string> copies(std::initializer_list<const char *> stems) {
  std::vector<std::string> out;
  for (const char *stem : stems)
    for (const char *ext : {".csv", ".xlsx"}) out.push_back(std::string(stem) + ext);
  return out;
}

// Whether r has an error at cell (A1).
inline bool error_at(const CheckResult &r, const std::string &cell) {
  for (const auto &f : r.findings)
    if (f.severity == Severity::Error && f.cell && a1(*f.cell) == cell) return true;
  return false;
}

// Whether the reason of a block said unchecked has words in it.
inline bool said_unchecked(const CheckResult &r, const std::string &words) {
  for (const auto &u : r.unchecked)
    if (u.block.why.find(words) != std::string::npos) return true;
  return false;
}

// Whether a block said unchecked covers a figure of column col (0 for A).
inline bool unchecked_in_column(const CheckResult &r, std::uint32_t col) {
  for (const auto &u : r.unchecked)
    if (u.block.first.col <= col && col <= u.block.last.col) return true;
  return false;
}

// r reports nothing.
inline testing::AssertionResult silent(const CheckResult &r) {
  if (r.findings.empty()) return testing::AssertionSuccess();
  return testing::AssertionFailure() << r.findings.size() << " findings, expected none\n" << check_text(r);
}

// r's errors are exactly one, at cell, from rule (other findings aside).
inline testing::AssertionResult one_error_at(const CheckResult &r, const std::string &cell, const std::string &rule) {
  const Finding *error = nullptr;
  for (const auto &f : r.findings)
    if (f.severity == Severity::Error) {
      if (error)
        return testing::AssertionFailure() << r.errors() << " errors, expected 1 at " << cell << "\n" << check_text(r);
      error = &f;
    }
  if (!error) return testing::AssertionFailure() << "no error, expected 1 at " << cell << "\n" << check_text(r);
  const std::string at = error->cell ? a1(*error->cell) : std::string("-");
  if (at != cell || error->rule != rule)
    return testing::AssertionFailure() << "the error is at " << at << " (" << error->rule << "), expected " << cell
                                       << " (" << rule << ")\n"
                                       << check_text(r);
  return testing::AssertionSuccess();
}

// r reports one thing only: an error at cell, from rule.
inline testing::AssertionResult only_error_at(const CheckResult &r, const std::string &cell, const std::string &rule) {
  if (r.findings.size() != 1)
    return testing::AssertionFailure() << r.findings.size() << " findings, expected 1 error at " << cell << "\n"
                                       << check_text(r);
  return one_error_at(r, cell, rule);
}

} // namespace fundbook::test
