#include "cli/options.hpp"

#include <fstream>

#include "cli/commands.hpp"

namespace fundbook::cli {

void add_common(po::options_description &desc, CommonOptions &o) {
  desc.add_options()("tolerance", po::value<double>()->notifier([&o](double n) {
    o.tolerance = n;
    o.tolerance_given = true;
  }),
                     "differences up to N in a table's own unit are rounding (reported as info); by default 1, but "
                     "no more than the rounding of a table's figures as written (to decimals: half a step a figure)")(
      "basis", po::value<std::string>(&o.basis)->default_value("auto"),
      "absolute | incremental: how year figures are kept (auto: a note saying \"incremental\" or \"marginal\" in the "
      "sheet)")(
      "template", po::value<std::vector<std::string>>(&o.templates),
      "a TOML template that adds headings and words to recognise (and, for report, the report style); may be repeated")(
      "verbose,v", po::bool_switch(&o.verbose), "also note figures stored as text")(
      "max-file-mb", po::value<double>(&o.max_file_mb)->default_value(512), "refuse an input file larger than this")(
      "max-inflated-mb", po::value<double>(&o.max_inflated_mb)->default_value(1024),
      "refuse a zip package (xlsx, ods) that inflates to more than this (zip bombs)")(
      "max-cells", po::value<std::uint64_t>(&o.max_cells)->default_value(20'000'000),
      "refuse a sheet with more cells than this")("max-files",
                                                  po::value<std::uint64_t>(&o.max_files)->default_value(10'000),
                                                  "read at most this many workbooks from a folder")(
      "threads", po::value<unsigned>(&o.threads)->default_value(0),
      "workbooks of a folder read at once (0: one per core); the output is the same whatever the number");
}

CheckOptions to_check_options(const CommonOptions &o) {
  CheckOptions c;
  if (!(o.tolerance >= 0) || o.tolerance > 1e9) throw po::error("--tolerance must be a number of 0 or more");
  c.rules.tolerance = o.tolerance;
  c.rules.tolerance_given = o.tolerance_given;
  c.rules.verbose = o.verbose;
  if (o.basis == "auto")
    c.basis = Basis::Auto;
  else if (o.basis == "absolute")
    c.basis = Basis::Absolute;
  else if (o.basis == "incremental")
    c.basis = Basis::Incremental;
  else
    throw po::error("--basis must be absolute or incremental, not '" + o.basis + "'");
  for (auto &t : o.templates) {
    if (!std::ifstream(t).good()) throw po::error("--template " + t + ": no such file");
  }
  c.templates = o.templates;
  if (!(o.max_file_mb > 0) || !(o.max_inflated_mb > 0) || o.max_cells == 0 || o.max_files == 0) {
    throw po::error("the --max-* limits must be greater than 0");
  }
  c.limits.max_file_bytes = std::uint64_t(o.max_file_mb * 1048576.0);
  c.limits.max_inflated_bytes = std::uint64_t(o.max_inflated_mb * 1048576.0);
  c.limits.max_cells_per_sheet = o.max_cells;
  c.limits.max_files_in_folder = o.max_files;
  c.threads = o.threads;
  return c;
}

int exit_status(const CheckResult &r) {
  // Memory running out is no fault of the file: its own status, even when
  // the other files' results were written.
  for (auto &in : r.inputs)
    if (in.out_of_memory) return kCannotFinish;
  if (r.inputs_read() == 0) return kNothingRead;
  return r.errors() > 0 ? kFindings : kOk;
}

} // namespace fundbook::cli
