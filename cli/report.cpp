#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <vector>

#include "cli/commands.hpp"
#include "core/printable.hpp"
#include "cli/options.hpp"
#include "cli/progress.hpp"
#include "cli/output_path.hpp"
#include "cli/report_time.hpp"
#include "engine/rules/registry.hpp"
#include "export/report/report.hpp"
#include "export/text.hpp"

namespace fundbook::cli {

namespace {
// -o -: the workbook is made in a private temporary folder, then copied to
// standard output; false (with a message) when that fails.
bool copy_to_stdout(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  std::cout << in.rdbuf();
  std::cout.flush();
  return in && std::cout;
}
} // namespace

int report(int argc, char **argv) {
  CommonOptions o;
  std::string out;
  bool quiet = false;
  TextOptions text_options;
  po::options_description desc("Usage: fundbook report PATH... -o OUT.xlsx [options]\n\nChecks the workbooks and "
                               "writes the committee-ready monitoring report.\n\nOptions");
  desc.add_options()("help,h", "show this help")("output,o", po::value<std::string>(&out),
                                                 "the report workbook to write (.xlsx; - for standard output)")(
      "max-findings-per-rule", po::value<std::size_t>(&text_options.max_per_rule)->default_value(20),
      "in the text table, findings of one rule shown before the rest are only counted (0: all; JSON lists all)")(
      "quiet,q", po::bool_switch(&quiet), "print nothing but problems (the exit status says the rest)");
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
    if (out == "-" && ::isatty(STDOUT_FILENO))
      throw po::error("-o - writes the workbook to standard output, which is this terminal; redirect it to a file");
    std::error_code same_ec;
    for (auto &p : o.paths)
      if (out != "-" && std::filesystem::equivalent(p, out, same_ec))
        throw po::error(out + ": this is one of the inputs; choose another name for the report (inputs are never "
                              "overwritten)");
    if (auto problem = check_output_path(out)) {
      std::cerr << "fundbook report: " << problem->message << "\n";
      return problem->usage ? kUsage : kCannotFinish;
    }
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
    // A line of progress on a terminal when the work takes more than a second.
    Progress progress(!quiet && ::isatty(STDERR_FILENO));
    copts.on_file_done = [&](std::size_t done, std::size_t total, const std::string &path) {
      progress.files(done, total, path);
    };
    r = run_check(o.paths, copts);
  } catch (const std::bad_alloc &) {
    std::cerr << "fundbook report: out of memory: the run could not finish and no report was written; run it again "
                 "with more memory free, or on fewer files at a time\n";
    return kCannotFinish;
  } catch (const std::exception &e) {
    std::cerr << "fundbook report: " << e.what() << "\n";
    return kUsage;
  }
  for (auto &f : r.findings) {
    if (f.rule == rules::kUnreadableInput)
      std::cerr << "fundbook: " << printable(f.path) << ": " << printable(f.message) << "\n";
  }
  // With -o - standard output carries the workbook, so the summary goes to standard error.
  std::ostream &text = out == "-" ? std::cerr : std::cout;
  if (!quiet) text << check_text(r, text_options);
  if (r.inputs_read() == 0) {
    std::cerr << "fundbook report: nothing could be read, so no report was written\n";
    return kNothingRead;
  }
  std::string written = out;
  std::error_code ec;
  std::filesystem::path tmpdir;
  if (out == "-") {
    const char *t = std::getenv("TMPDIR");
    std::string pat = std::string(t && *t ? t : "/tmp") + "/fundbook-report-XXXXXX";
    std::vector<char> buf(pat.begin(), pat.end());
    buf.push_back('\0');
    if (!::mkdtemp(buf.data())) {
      std::cerr << "fundbook report: cannot make a temporary folder for the workbook in "
                << pat.substr(0, pat.rfind('/')) << " (" << std::strerror(errno) << ")\n";
      return kCannotFinish;
    }
    tmpdir = buf.data();
    written = (tmpdir / "monitoring-report.xlsx").string();
  }
  try {
    Progress writing(!quiet && ::isatty(STDERR_FILENO));
    writing.phase("writing the report (" + std::to_string(r.schemes.size()) + " schemes, " +
                  std::to_string(r.findings.size()) + " findings)");
    // On standard output the workbook's folder is unknown: links relative to
    // the current folder, where a redirect most often puts it.
    write_report(r, style, written, report_time(), kExcelRows,
                 out == "-" ? SourceLinks::beside("monitoring-report.xlsx") : SourceLinks::beside(out));
  } catch (const std::exception &e) {
    std::cerr << "fundbook report: " << e.what() << "\n";
    if (!tmpdir.empty()) std::filesystem::remove_all(tmpdir, ec);
    // An -o that is one of the inputs found in a folder is a usage error, as when named.
    return std::string(e.what()).find("one of the inputs") != std::string::npos ? kUsage : kCannotFinish;
  }
  if (out == "-") {
    bool ok = copy_to_stdout(written);
    std::filesystem::remove_all(tmpdir, ec);
    if (!ok) {
      std::cerr << "fundbook report: the workbook could not be written to standard output\n";
      return kCannotFinish;
    }
  } else if (!quiet) {
    std::cout << "Report written to " << out << "\n";
  }
  return exit_status(r);
}

} // namespace fundbook::cli
