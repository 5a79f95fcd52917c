// fundbook watch DIR: a shared folder as the drop-in. The workbooks in
// DIR/inbox/ (and its sub-folders) are checked together, as one batch, once
// every one of them has stayed the same for --settle seconds and none is still
// open for writing; the report and the findings go to DIR/reports/, with a
// log in DIR/reports/fundbook.log. A file that changes (size, time or inode,
// so a replaced file too) starts a new batch; a batch whose files changed
// while it ran is thrown away and run again, so a report never describes a
// half-written file. The check runs in a child process, so SIGTERM abandons
// it at once.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "cli/commands.hpp"
#include "core/printable.hpp"
#include "cli/limited_job.hpp"
#include "cli/options.hpp"
#include "core/temp_files.hpp"
#include "export/json.hpp"
#include "cli/report_time.hpp"
#include "export/report/report.hpp"
#include "export/text.hpp"
#include "import/formats.hpp"
#include "core/concat.hpp"

namespace fundbook::cli {

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

// The names of a batch's results in DIR/reports/.
constexpr const char *kReport = "report.xlsx";
constexpr const char *kFindingsJson = "findings.json";
constexpr const char *kFindingsText = "findings.txt";
constexpr const char *kErrorSuffix = ".error.txt";
constexpr const char *kFailed = "check-failed.txt";
constexpr const char *kLog = "fundbook.log";

// What tells one version of a file from another.
struct Signature {
  std::uintmax_t size = 0;
  std::int64_t mtime_ns = 0;
  ino_t inode = 0;
  dev_t device = 0;
  bool operator==(const Signature &) const = default;
};
using Snapshot = std::map<std::string, Signature>; // path relative to the inbox

bool workbook(const fs::path &p) {
  std::string n = p.filename().string();
  if (n.empty() || n[0] == '.' || n.rfind("~$", 0) == 0) return false;
  return has_workbook_extension(n);
}

std::optional<Signature> signature(const fs::path &p) {
  struct stat st;
  if (::stat(p.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return Signature{std::uintmax_t(st.st_size), std::int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec,
                   st.st_ino, st.st_dev};
}

// Every workbook under the inbox, hidden folders skipped.
Snapshot scan(const fs::path &inbox) {
  Snapshot s;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(inbox, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (it->is_directory(ec)) {
      if (!name.empty() && name[0] == '.') it.disable_recursion_pending();
      continue;
    }
    if (!workbook(it->path())) continue;
    if (auto sig = signature(it->path())) s[fs::relative(it->path(), inbox, ec).generic_string()] = *sig;
  }
  return s;
}

// Office and LibreOffice keep a lock file beside a workbook being edited; a
// file another program still has open for writing refuses a read lease
// (where the system can tell: the file's owner, or root).
bool busy(const fs::path &p) {
  std::string n = p.filename().string();
  fs::path dir = p.parent_path();
  std::error_code ec;
  if (fs::exists(dir / ("~$" + n), ec) || fs::exists(dir / (".~lock." + n + "#"), ec)) return true;
  int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return false;
  bool writing = false;
  if (::fcntl(fd, F_SETLEASE, F_RDLCK) == 0)
    ::fcntl(fd, F_SETLEASE, F_UNLCK);
  else
    writing = errno == EAGAIN;
  ::close(fd);
  return writing;
}

// A result's file name for an input: its path in the inbox, folders joined
// by "--", and its whole name, so budget.xlsx and budget.ods never share one.
std::string result_name(const std::string &rel) {
  std::string s = rel;
  for (std::size_t at; (at = s.find('/')) != std::string::npos;) s.replace(at, 1, "--");
  return s;
}

// Written under a temporary name and renamed, so a reader never sees half.
void write_file(const fs::path &p, const std::string &s) {
  std::string tmp = make_temp_file(p.parent_path(), concat(".", p.filename().string()));
  TempGuard guard(tmp);
  {
    std::ofstream out(tmp, std::ios::binary);
    out << s;
    if (!out.flush()) throw std::runtime_error("cannot write " + p.string());
  }
  ::chmod(tmp.c_str(), 0644);
  fs::rename(tmp, p);
}

std::string utc_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S UTC", &tm);
  return buf;
}

class Log {
public:
  explicit Log(fs::path file) : file_(std::move(file)) {}
  void line(const std::string &text) {
    std::cout << "fundbook watch: " << printable(text) << std::endl;
    std::ofstream(file_, std::ios::app) << utc_now() << "  " << printable(text) << "\n";
  }

private:
  fs::path file_;
};

// Forwards the options check takes to the child.
std::vector<std::string> option_args(const CommonOptions &o) {
  std::vector<std::string> a{"--basis", o.basis};
  if (o.tolerance_given) {
    std::ostringstream tol;
    tol.precision(17);
    tol << o.tolerance;
    a.insert(a.end(), {"--tolerance", tol.str()});
  }
  for (auto &t : o.templates) a.insert(a.end(), {"--template", fs::absolute(t).string()});
  if (o.verbose) a.push_back("--verbose");
  auto num = [](double v) {
    std::ostringstream s;
    s.precision(17);
    s << v;
    return s.str();
  };
  a.insert(a.end(), {"--max-file-mb", num(o.max_file_mb), "--max-inflated-mb", num(o.max_inflated_mb), "--max-cells",
                     std::to_string(o.max_cells), "--max-files", std::to_string(o.max_files)});
  return a;
}

void remove_results(const fs::path &reports, bool errors_too) {
  std::error_code ec;
  for (const char *n : {kReport, kFindingsJson, kFindingsText}) fs::remove(reports / n, ec);
  if (!errors_too) return;
  std::vector<fs::path> old;
  for (auto &e : fs::directory_iterator(reports, ec)) {
    std::string n = e.path().filename().string();
    if (n.size() > std::strlen(kErrorSuffix) &&
        n.compare(n.size() - std::strlen(kErrorSuffix), std::string::npos, kErrorSuffix) == 0)
      old.push_back(e.path());
  }
  for (auto &p : old) fs::remove(p, ec);
}

// Moves a finished batch's results from its staging folder into place;
// results of the previous batch that this one has not (the report when
// nothing could be read, an error file for a file now read) are removed.
void publish(const fs::path &staging, const fs::path &reports) {
  std::error_code ec;
  remove_results(reports, true);
  fs::remove(reports / kFailed, ec);
  for (auto &e : fs::directory_iterator(staging, ec)) {
    std::string n = e.path().filename().string();
    if (n.empty() || n[0] == '.') continue;
    fs::rename(e.path(), reports / n, ec);
  }
}

struct Batch {
  Snapshot files;
  std::string staging;
  std::future<JobOutcome> outcome;
};

} // namespace

int watch(int argc, char **argv) {
  std::string dir;
  double settle = 2.0;
  CommonOptions o;
  po::options_description desc(
      "Usage: fundbook watch DIR [options]\n\n"
      "Watches DIR/inbox/ (and its sub-folders). When every workbook there has stayed the same for --settle\n"
      "seconds and none is open for writing, they are checked together, as check would, and DIR/reports/ gets\n"
      "report.xlsx, findings.json, findings.txt and NAME.error.txt for each file that cannot be read\n"
      "(NAME is the file's whole name, folders joined by --). Each batch is logged in DIR/reports/fundbook.log.\n"
      "A changed or replaced file is checked again. Stops on Ctrl-C or SIGTERM.\n\nOptions");
  desc.add_options()("help,h", "show this help")(
      "settle", po::value<double>(&settle)->default_value(2.0),
      "seconds every file must stay the same (size, time, inode) before the inbox is checked");
  add_common(desc, o);
  po::options_description hidden;
  hidden.add_options()("dir", po::value<std::string>(&dir));
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description pos;
  pos.add("dir", 1);
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
    if (vm.count("help")) {
      std::cout << desc;
      return kOk;
    }
    po::notify(vm);
    if (dir.empty()) throw po::error("give the folder to watch");
    if (!(settle >= 0.05 && settle <= 600)) throw po::error("--settle must be between 0.05 and 600 seconds");
    to_check_options(o); // validates
    ReportStyle::load(o.templates);
  } catch (const po::error &e) {
    std::cerr << "fundbook watch: " << e.what() << "\n(see fundbook watch --help)\n";
    return kUsage;
  } catch (const std::exception &e) {
    std::cerr << "fundbook watch: template error: " << e.what() << "\n";
    return kUsage;
  }
  fs::path inbox = fs::path(dir) / "inbox", reports = fs::path(dir) / "reports";
  std::error_code ec;
  fs::create_directories(inbox, ec);
  fs::create_directories(reports, ec);
  if (!fs::is_directory(inbox) || !fs::is_directory(reports) || ::access(reports.c_str(), W_OK) != 0) {
    std::cerr << "fundbook watch: cannot create or write " << inbox.string() << " and " << reports.string() << "\n";
    return kUsage;
  }
  // What a killed watch (or its check) left half-written.
  remove_stale_temps(reports);

  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGINT);
  sigaddset(&mask, SIGTERM);
  sigprocmask(SIG_BLOCK, &mask, nullptr);
  int sfd = signalfd(-1, &mask, SFD_CLOEXEC);
  if (sfd < 0) {
    std::cerr << "fundbook watch: cannot receive signals\n";
    return kUsage;
  }
  Log log(reports / kLog);
  log.line("watching " + inbox.string() + "; reports go to " + reports.string());

  std::vector<std::string> options = option_args(o);
  JobLimits limits{std::size_t(4096) << 20, std::chrono::hours(1), std::size_t(64) << 20};
  Snapshot seen;                                    // the files as last scanned
  std::map<std::string, Clock::time_point> changed; // when each last changed
  std::optional<Snapshot> checked;                  // the files as the last finished batch saw them
  std::optional<Batch> batch;
  bool running = true;

  auto finish = [&](Batch &b, bool abandoned) {
    JobOutcome out = b.outcome.get();
    if (abandoned) out.kind = JobOutcome::Stopped;
    // A file that changed while it was read: this batch describes no real state.
    std::vector<std::string> moved;
    for (auto &[rel, sig] : b.files) {
      auto now_sig = signature(inbox / rel);
      if (!now_sig || !(*now_sig == sig)) moved.push_back(rel);
    }
    if (out.kind == JobOutcome::Stopped) {
    } else if (!moved.empty()) {
      log.line(moved.front() + (moved.size() > 1 ? " and " + std::to_string(moved.size() - 1) + " more" : "") +
               " changed while being checked; checking again once settled");
    } else if (out.kind == JobOutcome::Finished && out.exit_status == 0) {
      publish(b.staging, reports);
      checked = b.files;
      std::istringstream lines(out.out);
      for (std::string l; std::getline(lines, l);)
        if (!l.empty()) log.line(l);
    } else {
      // The old results describe files that have changed: they go, and say why.
      remove_results(reports, true);
      std::string why = out.kind == JobOutcome::OutOfMemory || out.exit_status == kJobOutOfMemory
                            ? "it needed more than " + std::to_string(limits.memory_bytes >> 20) + " MB of memory"
                        : out.kind == JobOutcome::OutOfTime ? "it took longer than an hour"
                                                            : "it stopped unexpectedly: " + out.err;
      while (!why.empty() && why.back() == '\n') why.pop_back();
      std::string text = "The check of " + std::to_string(b.files.size()) + " workbook(s) at " + utc_now() +
                         " did not finish: " + why +
                         ".\nThe results of the previous check were removed, as they describe files that have "
                         "since changed.\n";
      try {
        write_file(reports / kFailed, text);
      } catch (const std::exception &) {}
      log.line("the check did not finish: " + why + " (see " + (reports / kFailed).string() + ")");
      checked = b.files;
    }
    fs::remove_all(b.staging, ec);
    remove_stale_temps(reports);
  };

  while (running) {
    pollfd p{sfd, POLLIN, 0};
    ::poll(&p, 1, 100);
    if (p.revents & POLLIN) {
      signalfd_siginfo si;
      if (::read(sfd, &si, sizeof si) > 0) running = false;
      break;
    }
    if (batch) {
      if (batch->outcome.wait_for(std::chrono::seconds(0)) != std::future_status::ready) continue;
      finish(*batch, false);
      batch.reset();
    }
    auto now = Clock::now();
    Snapshot current = scan(inbox);
    for (auto &[rel, sig] : current) {
      auto it = seen.find(rel);
      if (it == seen.end() || !(it->second == sig)) changed[rel] = now;
    }
    for (auto it = changed.begin(); it != changed.end();)
      it = current.contains(it->first) ? std::next(it) : changed.erase(it);
    seen = current;
    if (checked && current == *checked) continue;
    bool settled = true;
    for (auto &[rel, when] : changed) {
      if (now - when < std::chrono::duration<double>(settle) || busy(inbox / rel)) {
        settled = false;
        break;
      }
    }
    if (!settled) continue;
    if (current.empty()) {
      remove_results(reports, true);
      if (checked) log.line("the inbox is empty; the results of the last check were removed");
      checked = current;
      continue;
    }
    std::string staging;
    try {
      staging = make_temp_folder(reports, ".batch");
    } catch (const std::exception &e) {
      log.line(std::string("cannot write to the reports folder: ") + e.what());
      checked = current;
      continue;
    }
    std::vector<std::string> args{"watch-job", staging, inbox.string()};
    args.insert(args.end(), options.begin(), options.end());
    args.push_back("--");
    for (auto &[rel, sig] : current) args.push_back((inbox / rel).string());
    log.line("checking " + std::to_string(current.size()) + " workbook(s)");
    batch = Batch{current, staging, std::async(std::launch::async, [args, limits, staging] {
                    return run_job(args, limits, staging + "/.messages");
                  })};
  }
  if (batch) {
    // Abandoned, not finished: nothing of it is published.
    stop_all_jobs();
    finish(*batch, true);
    log.line("stopped; the check under way was abandoned");
  } else {
    log.line("stopped");
  }
  ::close(sfd);
  return kOk;
}

// fundbook watch-job STAGING INBOX [check options] -- FILE...
// One batch of watch, run as a child process: the results go to STAGING.
int watch_job(int argc, char **argv) {
  if (argc < 3) return kUsage;
  fs::path staging = argv[1], inbox = argv[2];
  CommonOptions o;
  po::options_description desc;
  add_common(desc, o);
  std::vector<std::string> opts;
  int i = 3;
  for (; i < argc && std::string(argv[i]) != "--"; ++i) opts.push_back(argv[i]);
  for (++i; i < argc; ++i) o.paths.push_back(argv[i]);
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(opts).options(desc).run(), vm);
    po::notify(vm);
    CheckOptions copts = to_check_options(o);
    ReportStyle style = ReportStyle::load(o.templates);
    CheckResult r = run_check(o.paths, copts);
    std::error_code ec;
    std::time_t newest = 0;
    for (auto &in : r.inputs) {
      std::string rel = fs::relative(in.path, inbox, ec).generic_string();
      if (!in.ok) {
        write_file(staging / (result_name(rel) + kErrorSuffix), rel + ": " + in.error + "\n");
        std::cout << printable(rel) << ": " << printable(in.error) << " (see " << result_name(rel) + kErrorSuffix
                  << ")\n";
      }
      struct stat st;
      if (::stat(in.path.c_str(), &st) == 0 && st.st_mtime > newest) newest = st.st_mtime;
    }
    write_file(staging / kFindingsJson, check_json(r));
    write_file(staging / kFindingsText, check_text(r));
    if (r.inputs_read() > 0) {
      // The report's date is SOURCE_DATE_EPOCH where set, else the newest
      // input's, so the same files give the same report; never a made-up date.
      if (std::getenv("SOURCE_DATE_EPOCH") || !newest) newest = report_time();
      // Links relative to reports/, where the batch is published, not its staging folder.
      write_report(r, style, (staging / kReport).string(), newest, kExcelRows,
                   SourceLinks::beside((staging.parent_path() / kReport).string()));
      std::cout << "checked " << r.inputs.size() << " workbook(s): " << summary_line(r) << "\n";
    } else {
      std::cout << "checked " << r.inputs.size() << " workbook(s): none could be read, so no report\n";
    }
    return kOk;
  } catch (const std::bad_alloc &) {
    std::cerr << "out of memory\n";
    return kJobOutOfMemory;
  } catch (const std::exception &e) {
    std::cerr << e.what() << "\n";
    return kNothingRead;
  }
}

} // namespace fundbook::cli
