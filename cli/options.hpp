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
  bool tolerance_given = false; // --tolerance on the command line (see rules::Settings)
  std::string basis = "auto";
  std::vector<std::string> templates;
  bool verbose = false;
  // Limits on what one input may cost (see import/limits.hpp).
  double max_file_mb = 512, max_inflated_mb = 1024;
  std::uint64_t max_cells = 20'000'000, max_files = 10'000;
  unsigned threads = 0; // files read at once (0: one per core)
};

void add_common(po::options_description &desc, CommonOptions &o);
// Validates and turns the options into the engine's; throws po::error.
CheckOptions to_check_options(const CommonOptions &o);
// Exit status from a result, per the contract.
int exit_status(const CheckResult &r);

} // namespace fundbook::cli
