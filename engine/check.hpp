#pragma once
// The whole check: find the workbooks, read each, recognise its tables, run
// every rule, reconcile across files and total.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "engine/model.hpp"
#include "engine/rules/rules.hpp"
#include "import/layout/recognise.hpp"
#include "import/limits.hpp"

namespace fundbook {

struct CheckOptions {
  rules::Settings rules;
  Basis basis = Basis::Auto;
  std::vector<std::string> templates; // extra recognition vocabularies
  Limits limits;
  unsigned threads = 0; // 0: one per core
  // Keep the schemes of every file after the first on disk (CheckResult::spilled)
  // rather than in memory: for an output written once at the end, so a
  // folder's memory does not grow with its files.
  bool spill_schemes = false;
  // Called as each workbook is finished (from the worker threads, one call at
  // a time): how many are done of how many, and the one just finished. For a
  // progress line or the page's progress, never for results.
  std::function<void(std::size_t done, std::size_t total, const std::string &path)> on_file_done;
};

// A given path that yields no workbook to read (a folder with none, or with
// more than the limit), kept apart from its message: a path may hold ": ".
struct InputProblem {
  std::string path;
  std::string message;
};

// Workbook files under the given paths: folders searched recursively for
// the extensions of import/formats.hpp, skipping hidden files and Office
// lock files.
// A path that does not exist is returned as is, to be reported unreadable.
std::vector<std::string> collect_inputs(const std::vector<std::string> &paths, const Limits &limits,
                                        std::vector<InputProblem> &problems);

CheckResult run_check(const std::vector<std::string> &paths, const CheckOptions &options);

} // namespace fundbook
