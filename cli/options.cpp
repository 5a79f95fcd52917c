#include "cli/options.hpp"

#include <fstream>

#include "cli/commands.hpp"

namespace fundbook::cli {

void add_common(po::options_description& desc, CommonOptions& o) {
  desc.add_options()
    ("tolerance", po::value<double>(&o.tolerance)->default_value(1),
     "differences up to N in a table's own unit are rounding (reported as info)")
    ("basis", po::value<std::string>(&o.basis)->default_value("auto"),
     "absolute | incremental: how year figures are kept (auto: a note saying \"incremental\" or \"marginal\" in the sheet)")
    ("template", po::value<std::vector<std::string>>(&o.templates),
     "a TOML template that adds headings and words to recognise (and, for report, the report style); may be repeated")
    ("verbose,v", po::bool_switch(&o.verbose), "also note figures stored as text");
}

CheckOptions to_check_options(const CommonOptions& o) {
  CheckOptions c;
  if (!(o.tolerance >= 0) || o.tolerance > 1e9) throw po::error("--tolerance must be a number of 0 or more");
  c.rules.tolerance = o.tolerance;
  c.rules.verbose = o.verbose;
  if (o.basis == "auto") c.basis = Basis::Auto;
  else if (o.basis == "absolute") c.basis = Basis::Absolute;
  else if (o.basis == "incremental") c.basis = Basis::Incremental;
  else throw po::error("--basis must be absolute or incremental, not '" + o.basis + "'");
  for (auto& t : o.templates) {
    if (!std::ifstream(t).good()) throw po::error("--template " + t + ": no such file");
  }
  c.templates = o.templates;
  return c;
}

int exit_status(const CheckResult& r) {
  if (r.inputs_read() == 0) return kNothingRead;
  return r.errors() > 0 ? kFindings : kOk;
}

} // namespace fundbook::cli
