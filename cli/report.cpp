#include <cstdlib>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "cli/report_time.hpp"
#include "export/report/report.hpp"
#include "export/text.hpp"

namespace fundbook::cli {

int report(int argc, char **argv) {
  CommonOptions o;
  std::string out;
  po::options_description desc("Usage: fundbook report PATH... -o OUT.xlsx [options]\n\nChecks the workbooks and "
                               "writes the committee-ready monitoring report.\n\nOptions");
  desc.add_options()("help,h", "show this help")("output,o", po::value<std::string>(&out),
                                                 "the report workbook to write (.xlsx)");
  add_common(desc, o);
  po::options_description hidden;
  hidden.add_options()("path", po::value<std::vector<std::string>>(&o.paths));
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description pos;
  pos.add("path", -1);
  CheckOptions copts;
  ReportStyle style;
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
    if (vm.count("help")) {
      std::cout << desc
                << "\nExit status: 0 report written and no errors, 1 report written with errors found, 2 usage error, "
                   "3 nothing could be read.\n";
      return kOk;
    }
    po::notify(vm);
    if (o.paths.empty()) throw po::error("give at least one workbook or folder");
    if (out.empty()) throw po::error("say where to write the report with -o OUT.xlsx");
    copts = to_check_options(o);
    style = ReportStyle::load(o.templates);
  } catch (const po::error &e) {
    std::cerr << "fundbook report: " << e.what() << "\n(see fundbook report --help)\n";
    return kUsage;
  } catch (const std::exception &e) {
    std::cerr << "fundbook report: template error: " << e.what() << "\n";
    return kUsage;
  }
  CheckResult r;
  try {
    r = run_check(o.paths, copts);
  } catch (const std::exception &e) {
    std::cerr << "fundbook report: " << e.what() << "\n";
    return kUsage;
  }
  for (auto &f : r.findings) {
    if (f.rule == rule::kUnreadableInput) std::cerr << "fundbook: " << f.path << ": " << f.message << "\n";
  }
  std::cout << check_text(r);
  if (r.inputs_read() == 0) {
    std::cerr << "fundbook report: nothing could be read, so no report was written\n";
    return kNothingRead;
  }
  try {
    write_report(r, style, out, report_time());
  } catch (const std::exception &e) {
    std::cerr << "fundbook report: " << e.what() << "\n";
    return kUsage;
  }
  std::cout << "Report written to " << out << "\n";
  return exit_status(r);
}

} // namespace fundbook::cli
