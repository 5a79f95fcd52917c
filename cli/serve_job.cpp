// fundbook serve-job: the child process behind one serve request, run by
// serve (cli/serve.cpp) under the request's limits (see limited_job.hpp). It
// lives in the program itself, not in the serve module, so a job loads no
// HTTP or TLS library.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/excerpt.hpp"
#include "cli/jobs.hpp"
#include "cli/options.hpp"
#include "cli/report_time.hpp"
#include "cli/uploads.hpp"
#include "core/phase_timer.hpp"
#include "engine/coverage.hpp"
#include "export/json.hpp"
#include "export/json_writer.hpp"
#include "export/report/report.hpp"

namespace fundbook::cli {

namespace {

// The page shows the first findings of each rule with their cells around
// them (web/index.html SHOW_FIRST); the rest on request, without. Each
// excerpt means reading its workbook again.
constexpr std::size_t kExcerptsPerRule = 5;

} // namespace

// fundbook serve-job check|report FOLDER [--excerpts] [--account] [--output OUT] -- FILE...
// The child process behind one request (not for people: serve runs it).
int serve_job(int argc, char **argv) {
  if (argc < 3) return kUsage;
  std::string what = argv[1], folder = argv[2], out, progress;
  bool excerpts = false, account = false;
  std::vector<std::string> files;
  int i = 3;
  for (; i < argc && std::string(argv[i]) != "--"; ++i) {
    std::string a = argv[i];
    if (a == "--excerpts")
      excerpts = true;
    else if (a == "--account")
      account = true;
    else if (a == "--output" && i + 1 < argc)
      out = argv[++i];
    else if (a == "--progress" && i + 1 < argc)
      progress = argv[++i];
    else
      return kUsage;
  }
  for (++i; i < argc; ++i) files.push_back(argv[i]);
  try {
    CheckOptions opts;
    if (!progress.empty()) {
      // The page asks twice a second: a write (a file made and renamed) per
      // workbook cost more than checking a small one, so at most one a tenth
      // of a second, and the last. Called under the check's own lock.
      opts.on_file_done = [&, last = std::chrono::steady_clock::time_point()](std::size_t done, std::size_t total,
                                                                              const std::string &path) mutable {
        auto now = std::chrono::steady_clock::now();
        if (done < total && now - last < std::chrono::milliseconds(100)) return;
        last = now;
        // The name as uploaded (files are saved flat in the folder), never the server's path.
        write_progress(progress, {"checking", done, total, std::filesystem::path(path).filename().string(), ""});
      };
    }
    std::optional<PhaseTimer> t_check(std::in_place, "job check");
    CheckResult r = run_check(files, opts);
    t_check.reset();
    if (what == "check") {
      if (!progress.empty()) write_progress(progress, {"sending", r.inputs.size(), r.inputs.size(), "", ""});
      // The excerpts' workbooks are read again while the document is written
      // (from a copy of what they need: the paths are relabelled meanwhile).
      std::future<std::string> extra;
      if (excerpts)
        extra = std::async(std::launch::async, [plan = plan_excerpts(r, kExcerptsPerRule)] {
          PhaseTimer t("job excerpts");
          return excerpts_json(plan);
        });
      relabel_paths(r, folder);
      std::optional<PhaseTimer> t_json(std::in_place, "job json");
      std::string body = check_json(r);
      t_json.reset();
      {
        PhaseTimer t("job write");
        // The contract's document, with what the page shows added: the
        // account's closing line as the command line and the report say it
        // (one wording, made in one place), and the cell excerpts.
        std::string more;
        if (account) more += ", \"account\": " + json_escape(coverage_line(r.checked, r.unchecked));
        if (excerpts) more += ", \"excerpts\": " + extra.get();
        if (!more.empty()) {
          auto end = body.rfind('}');
          std::cout.write(body.data(), std::streamsize(end)) << more << "}\n";
        } else {
          std::cout << body;
        }
        std::cout.flush();
      }
      // As check does: the process ends here, so freeing the result piece by
      // piece is left to the operating system.
      std::_Exit(std::cout ? kOk : kUsage);
    }
    if (what == "report" && !out.empty()) {
      if (!progress.empty()) write_progress(progress, {"writing", r.inputs.size(), r.inputs.size(), "", ""});
      relabel_paths(r, folder);
      // Downloaded: a link names the file as uploaded, for a report saved beside its sources.
      write_report(r, ReportStyle::load({}), out, report_time(), kExcelRows, SourceLinks::file_name_only());
      std::_Exit(kOk);
    }
  } catch (const std::bad_alloc &) {
    std::cerr << "out of memory\n";
    return kJobOutOfMemory;
  } catch (const std::exception &e) {
    std::cerr << e.what() << "\n";
    return kNothingRead;
  }
  return kUsage;
}

} // namespace fundbook::cli
