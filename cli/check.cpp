#include <unistd.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <cstdlib>
#include <iostream>
#include <new>

#include "cli/commands.hpp"
#include "core/printable.hpp"
#include "core/phase_timer.hpp"
#include "engine/rules/registry.hpp"
#include "cli/options.hpp"
#include "cli/progress.hpp"
#include "export/json.hpp"
#include "export/text.hpp"

namespace fundbook::cli {

int check(int argc, char **argv) {
  CommonOptions o;
  std::string format = "text";
  bool quiet = false;
  TextOptions text_options;
  po::options_description desc("Usage: fundbook check PATH... [options]\n\nChecks every total in the workbooks (files "
                               "or folders) and lists what disagrees.\n\nOptions");
  desc.add_options()("help,h", "show this help")("format", po::value<std::string>(&format)->default_value("text"),
                                                 "text | json")(
      "max-findings-per-rule", po::value<std::size_t>(&text_options.max_per_rule)->default_value(20),
      "in the text table, findings of one rule shown before the rest are only counted (0: all; JSON lists all)")(
      "quiet,q", po::bool_switch(&quiet),
      "print nothing but problems (the exit status says whether errors were found)");
  add_common(desc, o);
  po::options_description hidden;
  hidden.add_options()("path", po::value<std::vector<std::string>>(&o.paths));
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description pos;
  pos.add("path", -1);
  CheckOptions copts;
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
    if (vm.count("help")) {
      std::cout << desc
                << "\nExit status: 0 all read and no errors, 1 errors found, 2 usage error, 3 nothing could be read.\n";
      return kOk;
    }
    po::notify(vm);
    if (o.paths.empty()) throw po::error("give at least one workbook or folder to check");
    if (format != "text" && format != "json") throw po::error("--format must be text or json, not '" + format + "'");
    copts = to_check_options(o);
    // The output is written once at the end: a folder's schemes wait on disk.
    copts.spill_schemes = true;
#if defined(__GLIBC__)
    // One heap for the pool's threads: a thread's own arena kept what the
    // files it read left behind (results taken by the merge, between pieces
    // freed), 0.8-1.3 MB more at the peak of folder-2000 with two threads
    // than with one; one arena holds no more than one thread does. The
    // threads' small allocations are served by their caches without the lock.
    mallopt(M_ARENA_MAX, 1);
#endif
  } catch (const po::error &e) {
    std::cerr << "fundbook check: " << e.what() << "\n(see fundbook check --help)\n";
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
    std::cerr << "fundbook check: out of memory: the run could not finish; run it again with more memory free, or "
                 "on fewer files at a time\n";
    return kCannotFinish;
  } catch (const std::exception &e) {
    std::cerr << "fundbook check: " << e.what() << "\n";
    return kUsage;
  }
  for (auto &f : r.findings) {
    if (f.rule == rules::kUnreadableInput)
      std::cerr << "fundbook: " << printable(f.path) << ": " << printable(f.message) << "\n";
  }
  {
    PhaseTimer t("output");
    if (format == "json")
      write_check_json(std::cout, r); // asked for by name: written even with -q
    else if (!quiet)
      write_check_text(std::cout, r, text_options);
    std::cout.flush();
  }
  // Freeing a large result piece by piece takes longer than the check; the
  // process ends here, so leave it to the operating system.
  if (!std::cout) {
    std::cerr << "fundbook check: the results could not be written to standard output (disk full, or the output "
                 "closed): the run could not finish\n";
    std::_Exit(kCannotFinish);
  }
  std::_Exit(exit_status(r));
}

} // namespace fundbook::cli
