// fundbook: checks council business-plan workbooks and writes committee-ready reports.
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <new>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "cli/commands.hpp"
#include "import/formats.hpp"

namespace {
void usage(std::ostream &o) {
  o << "fundbook: checks Transformation Fund and business-plan workbooks and writes monitoring reports\n\n"
       "  fundbook check  PATH... [--format text|json] [--tolerance N] [--basis absolute|incremental] [--template "
       "FILE]\n"
       "  fundbook report PATH... -o OUT.xlsx [--template FILE] [--tolerance N] [--basis ...]\n"
       "  fundbook inspect FILE [--cells] [--format text|json]\n"
       "  fundbook serve [--bind 127.0.0.1] [--port 8080] [--max-upload-mb 50]\n"
       "  fundbook watch DIR [--settle 2] [--tolerance N] [--basis ...] [--template FILE]\n"
       "  fundbook --version\n\n"
    << "PATH is a workbook (" << fundbook::workbook_extensions() << ") or a folder of them:\n";
  for (const fundbook::WorkbookFormat &f : fundbook::workbook_formats()) {
    o << "  " << f.display << " (";
    for (std::size_t i = 0; i < f.extensions.size(); ++i) o << (i ? " " : "") << f.extensions[i];
    o << ")\n";
  }
  o << "Run 'fundbook COMMAND --help' for a command's options.\n";
}
} // namespace

int main(int argc, char **argv) {
#if defined(__GLIBC__)
  // glibc hands the free memory at the top of the heap back to the kernel as
  // soon as 128 KB of it are free, and asks for it again on the next
  // workbook: on a folder of 2,000 small workbooks every XML part grew and
  // shrank the heap by a quarter of a megabyte, 10,000 page faults and a
  // third of the run's CPU. Keeping 16 MB at the top of each arena ends
  // that; memory not touched is not resident, so peak RSS does not move.
  mallopt(M_TOP_PAD, 16 << 20);
#endif
  // libzip turns each entry's DOS time into a time_t with mktime, and with
  // TZ unset glibc looks at /etc/localtime again on every call: nine stat
  // calls a workbook, 6% of a folder's run. Naming the same zone file once
  // lets glibc keep what it read; where TZ is set, it is left as it is.
  setenv("TZ", ":/etc/localtime", 0);
  if (argc < 2) {
    usage(std::cerr);
    return fundbook::cli::kUsage;
  }
  const char *cmd = argv[1];
  if (!std::strcmp(cmd, "--version") || !std::strcmp(cmd, "-V") || !std::strcmp(cmd, "version")) {
    std::cout << "fundbook " << FUNDBOOK_VERSION << "\n";
    return 0;
  }
  if (!std::strcmp(cmd, "--help") || !std::strcmp(cmd, "-h") || !std::strcmp(cmd, "help")) {
    usage(std::cout);
    return 0;
  }
  try {
    if (!std::strcmp(cmd, "check")) return fundbook::cli::check(argc - 1, argv + 1);
    if (!std::strcmp(cmd, "report")) return fundbook::cli::report(argc - 1, argv + 1);
    if (!std::strcmp(cmd, "inspect")) return fundbook::cli::inspect(argc - 1, argv + 1);
    if (!std::strcmp(cmd, "serve")) return fundbook::cli::serve(argc - 1, argv + 1);
    if (!std::strcmp(cmd, "watch")) return fundbook::cli::watch(argc - 1, argv + 1);
    if (!std::strcmp(cmd, "serve-job")) return fundbook::cli::serve_job(argc - 1, argv + 1);
    if (!std::strcmp(cmd, "watch-job")) return fundbook::cli::watch_job(argc - 1, argv + 1);
  } catch (const std::bad_alloc &) {
    std::cerr << "fundbook " << cmd << ": out of memory: the run could not finish\n";
    return fundbook::cli::kCannotFinish;
  } catch (const std::exception &e) {
    std::cerr << "fundbook: unexpected problem: " << e.what() << "\n";
    return 3;
  }
  std::cerr << "fundbook: unknown command '" << cmd << "'\n\n";
  usage(std::cerr);
  return fundbook::cli::kUsage;
}
