#pragma once
// Options shared by check and report.
#include <boost/program_options.hpp>
#include <string>
#include <vector>

#include "engine/check.hpp"

namespace fundbook::cli {

namespace po = boost::program_options;

struct CommonOptions {
  std::vector<std::string> paths;
  double tolerance = 1;
  std::string basis = "auto";
  std::vector<std::string> templates;
  bool verbose = false;
};

void add_common(po::options_description& desc, CommonOptions& o);
// Validates and turns the options into the engine's; throws po::error.
CheckOptions to_check_options(const CommonOptions& o);
// Exit status from a result, per the contract.
int exit_status(const CheckResult& r);

} // namespace fundbook::cli
