#pragma once
// The whole check: find the workbooks, read each, recognise its tables, run
// every rule, reconcile across files and total.
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
};

// Workbook files under the given paths: folders searched recursively for
// .xlsx .xlsm .xls .ods .csv, skipping hidden files and Office lock files.
// A path that does not exist is returned as is, to be reported unreadable.
std::vector<std::string> collect_inputs(const std::vector<std::string> &paths, const Limits &limits,
                                        std::vector<std::string> &problems);

CheckResult run_check(const std::vector<std::string> &paths, const CheckOptions &options);

} // namespace fundbook
