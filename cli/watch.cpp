// fundbook watch DIR: a shared folder as the drop-in. Workbooks put in
// DIR/inbox/ are checked once fully written; the report, the findings as
// JSON and as text go to DIR/reports/. The same pipeline as `report`.
#include <poll.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <thread>

#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "export/json.hpp"
#include "export/report/report.hpp"
#include "export/text.hpp"

namespace fundbook::cli {

namespace fs = std::filesystem;

namespace {

bool workbook(const fs::path &p) {
  std::string e = p.extension().string();
  for (auto &c : e) c = char(std::tolower(static_cast<unsigned char>(c)));
  std::string n = p.filename().string();
  if (n.empty() || n[0] == '.' || n.rfind("~$", 0) == 0) return false;
  return e == ".xlsx" || e == ".xlsm" || e == ".xls" || e == ".ods" || e == ".csv";
}

// Office and LibreOffice keep a lock file beside a workbook being edited.
bool locked(const fs::path &p) {
  std::string n = p.filename().string();
  fs::path dir = p.parent_path();
  return fs::exists(dir / ("~$" + n)) || fs::exists(dir / (".~lock." + n + "#"));
}

void write_text_file(const fs::path &p, const std::string &s) {
  fs::path tmp = p;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    out << s;
  }
  fs::rename(tmp, p);
}

void process(const fs::path &file, const fs::path &reports, const CheckOptions &options, const ReportStyle &style) {
  std::string stem = file.stem().string();
  CheckResult r = run_check({file.string()}, options);
  fs::path err = reports / (stem + ".error.txt");
  std::error_code ec;
  if (r.inputs_read() == 0) {
    std::string why = r.findings.empty() ? "could not be read" : r.findings.front().message;
    write_text_file(err, file.filename().string() + ": " + why + "\n");
    std::cout << "fundbook watch: " << file.filename().string() << ": " << why << " (see " << err.string() << ")"
              << std::endl;
    return;
  }
  fs::remove(err, ec);
  // The report's date is the input's, so the same workbook gives the same report.
  auto mtime = fs::last_write_time(file, ec);
  auto secs = std::chrono::duration_cast<std::chrono::seconds>(mtime - fs::file_time_type::clock::now() +
                                                               std::chrono::system_clock::now().time_since_epoch());
  write_report(r, style, (reports / (stem + "-report.xlsx")).string(), std::time_t(ec ? 946684800 : secs.count()));
  write_text_file(reports / (stem + "-findings.json"), check_json(r));
  write_text_file(reports / (stem + "-findings.txt"), check_text(r));
  std::cout << "fundbook watch: " << file.filename().string() << ": " << summary_line(r) << "; report in "
            << (reports / (stem + "-report.xlsx")).string() << std::endl;
}

} // namespace

int watch(int argc, char **argv) {
  std::string dir;
  double settle = 1.0;
  po::options_description desc(
      "Usage: fundbook watch DIR\n\n"
      "Watches DIR/inbox/ and writes, for each workbook put there, DIR/reports/NAME-report.xlsx,\n"
      "NAME-findings.json and NAME-findings.txt (or NAME.error.txt if it cannot be read).\n"
      "Stops on Ctrl-C or SIGTERM.\n\nOptions");
  desc.add_options()("help,h", "show this help")("settle", po::value<double>(&settle)->default_value(1.0),
                                                 "seconds a file's size must stay the same before it is read");
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
    if (!(settle >= 0.05 && settle <= 60)) throw po::error("--settle must be between 0.05 and 60 seconds");
  } catch (const po::error &e) {
    std::cerr << "fundbook watch: " << e.what() << "\n(see fundbook watch --help)\n";
    return kUsage;
  }
  fs::path inbox = fs::path(dir) / "inbox", reports = fs::path(dir) / "reports";
  std::error_code ec;
  fs::create_directories(inbox, ec);
  fs::create_directories(reports, ec);
  if (!fs::is_directory(inbox) || !fs::is_directory(reports)) {
    std::cerr << "fundbook watch: cannot create " << inbox.string() << " and " << reports.string() << "\n";
    return kUsage;
  }
  ReportStyle style;
  try {
    style = ReportStyle::load({});
  } catch (const std::exception &e) {
    std::cerr << "fundbook watch: " << e.what() << "\n";
    return kUsage;
  }
  CheckOptions options;

  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGINT);
  sigaddset(&mask, SIGTERM);
  sigprocmask(SIG_BLOCK, &mask, nullptr);
  int sfd = signalfd(-1, &mask, SFD_CLOEXEC);
  int ifd = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
  if (ifd < 0 || sfd < 0 ||
      inotify_add_watch(ifd, inbox.c_str(), IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE) < 0) {
    std::cerr << "fundbook watch: cannot watch " << inbox.string() << "\n";
    return kUsage;
  }
  std::cout << "fundbook watch: watching " << inbox.string() << "; reports go to " << reports.string() << std::endl;

  // Files seen but not yet read: their size and when it last changed.
  struct Pending {
    std::uintmax_t size;
    std::chrono::steady_clock::time_point since;
  };
  std::map<fs::path, Pending> pending;
  std::map<fs::path, fs::file_time_type> done;
  auto scan = [&] {
    for (auto &e : fs::directory_iterator(inbox, ec)) {
      if (!e.is_regular_file(ec) || !workbook(e.path())) continue;
      auto mtime = fs::last_write_time(e.path(), ec);
      auto it = done.find(e.path());
      if (it != done.end() && it->second == mtime) continue;
      auto size = fs::file_size(e.path(), ec);
      auto p = pending.find(e.path());
      if (p == pending.end() || p->second.size != size) pending[e.path()] = {size, std::chrono::steady_clock::now()};
    }
  };
  scan();
  bool running = true;
  char buf[4096];
  while (running) {
    pollfd fds[2] = {{ifd, POLLIN, 0}, {sfd, POLLIN, 0}};
    ::poll(fds, 2, 200);
    if (fds[1].revents & POLLIN) {
      signalfd_siginfo si;
      if (::read(sfd, &si, sizeof si) > 0) running = false;
      break;
    }
    if (fds[0].revents & POLLIN) {
      while (::read(ifd, buf, sizeof buf) > 0) {}
    }
    scan();
    auto now = std::chrono::steady_clock::now();
    for (auto it = pending.begin(); it != pending.end();) {
      const fs::path &f = it->first;
      if (!fs::exists(f, ec)) {
        it = pending.erase(it);
        continue;
      }
      auto size = fs::file_size(f, ec);
      if (size != it->second.size) {
        it->second = {size, now};
        ++it;
        continue;
      }
      if (now - it->second.since < std::chrono::duration<double>(settle) || locked(f)) {
        ++it;
        continue;
      }
      try {
        process(f, reports, options, style);
      } catch (const std::exception &e) {
        write_text_file(reports / (f.stem().string() + ".error.txt"), f.filename().string() + ": " + e.what() + "\n");
      }
      done[f] = fs::last_write_time(f, ec);
      it = pending.erase(it);
    }
  }
  ::close(ifd);
  ::close(sfd);
  std::cout << "fundbook watch: stopped" << std::endl;
  return kOk;
}

} // namespace fundbook::cli
