// fundbook serve: the drop-in page and the two endpoints it is built on.
// Every request's files go to their own temporary folder, removed afterwards,
// and are checked by a child process under the request's limits on memory and
// time (see limited_job.hpp); connections are read by BoundedServer, so a slow
// or hostile client holds neither a worker nor the others' answers.
#include <netinet/in.h>
#include <sys/socket.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <iostream>
#include <sstream>
#include <thread>

#include "cli/bounded_server.hpp"
#include "cli/commands.hpp"
#include "cli/http_body.hpp"
#include "cli/jobs.hpp"
#include "cli/limited_job.hpp"
#include "cli/options.hpp"
#include "cli/uploads.hpp"
#include "core/install_dirs.hpp"
#include "core/phase_timer.hpp"
#include "export/json.hpp"
#include "export/json_writer.hpp"
#include "import/formats.hpp"

namespace fundbook::cli {

extern const char *const kDropInPage; // web/index.html, embedded at build time

namespace {

httplib::Server *g_server = nullptr;

void on_signal(int) {
  if (g_server) g_server->stop();
}

// The page's lists of extensions come from the formats list
// (import/formats.hpp), so the picker offers what the server reads; its rule
// texts from the rule registry (engine/rules/registry.hpp). Filled in here,
// the page asks the server for nothing more before it is used.
std::string filled_in(std::string page) {
  const std::pair<std::string_view, std::string> marks[] = {{"{{workbook-extensions}}", workbook_extensions(", ")},
                                                            {"{{workbook-accept}}", workbook_extensions(",")},
                                                            {"{{rule-texts}}", rule_texts_json()}};
  for (auto &[mark, text] : marks)
    for (auto at = page.find(mark); at != std::string::npos; at = page.find(mark, at + text.size()))
      page.replace(at, mark.size(), text);
  return page;
}

// The page installed with the program (PREFIX/share/fundbook/web/index.html,
// where a council may put its own name on it), else the copy built in.
std::string drop_in_page() {
  std::ifstream in(program_dir() + "/../share/fundbook/web/index.html", std::ios::binary);
  std::ostringstream page;
  if (in) page << in.rdbuf();
  if (in && !page.str().empty()) return filled_in(page.str());
  return filled_in(kDropInPage);
}

void answer_error(httplib::Response &res, int status, const std::string &message) {
  res.status = status;
  if (status == 503) res.set_header("Retry-After", "10");
  set_uncompressed(res, error_json(message), "application/json");
}

// One line per request on stderr (the service's journal): when, who, what,
// the answer and how long it took. The handler runs on the thread that logs.
thread_local std::chrono::steady_clock::time_point t_request_start;
thread_local std::size_t t_request_files = 0;

void log_request(const httplib::Request &req, const httplib::Response &res) {
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t_request_start).count();
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char when[32];
  std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
  char line[512];
  std::snprintf(line, sizeof line, "%s %s %s %.200s %d %.3fs", when, req.remote_addr.c_str(), req.method.c_str(),
                req.path.c_str(), res.status, secs);
  std::string text = line;
  // Appended piece by piece: GCC 12 warns (-Wrestrict, a false positive) on
  // " " + std::to_string(...) once this file is built position-independent.
  if (t_request_files) {
    text += ' ';
    text += std::to_string(t_request_files);
    text += t_request_files == 1 ? " file" : " files";
  }
  std::string length = req.get_header_value("Content-Length");
  if (!length.empty() && length != "0") text += ", " + length + " bytes in";
  std::fprintf(stderr, "%s\n", text.c_str());
}

// Plain SO_REUSEADDR (a restart need not wait for old connections), but not
// httplib's SO_REUSEPORT, which lets a second server share a port in use.
void socket_options(int sock) {
  int yes = 1;
  ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
}

// What /api/progress answers for a job: the parent's own phase, or, while
// the child checks, what the child last wrote to the job's progress file.
std::string job_json(const std::optional<JobState> &s) {
  JsonWriter w;
  w.begin_object();
  if (!s) {
    // Not started yet (the upload is still arriving) or already answered.
    w.key("phase").string("waiting");
  } else {
    JobState st = *s;
    if (!st.progress_file.empty()) read_progress(st.progress_file, st);
    w.key("phase").string(st.phase).key("done").number(double(st.done)).key("total").number(double(st.total));
    w.key("file").string(st.file);
  }
  w.end_object();
  return w.str() + "\n";
}

// Saves the request's file parts to the folder as they arrive; answers
// 400/408/413 itself and returns false when it cannot go on.
bool receive(const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader,
             UploadFolder &folder, const UploadLimits &limits) {
  if (!req.is_multipart_form_data()) {
    answer_error(res, 400, "send one or more workbooks (or a zip of them) as multipart/form-data 'file' parts");
    return false;
  }
  std::size_t parts = 0;
  bool in_file = false;
  int status = 0;
  std::string why;
  auto fail = [&](int s, const std::string &w) {
    status = s;
    why = w;
    return false;
  };
  bool complete = reader(
      [&](const httplib::MultipartFormData &part) {
        try {
          if (in_file) folder.end(limits);
          in_file = part.name == "file" && !part.filename.empty();
          if (!in_file) return true;
          ++parts;
          folder.begin(part.filename, limits);
          return true;
        } catch (const std::length_error &e) { return fail(413, e.what()); } catch (const std::exception &e) {
          return fail(400, e.what());
        }
      },
      [&](const char *data, std::size_t size) {
        if (!in_file) return true;
        try {
          folder.write(data, size, limits);
          return true;
        } catch (const std::length_error &e) { return fail(413, e.what()); } catch (const std::exception &e) {
          return fail(500, e.what());
        }
      });
  if (complete && in_file) {
    try {
      folder.end(limits);
    } catch (const std::length_error &e) { fail(413, e.what()); } catch (const std::exception &e) {
      fail(400, e.what());
    }
  }
  if (status) {
    answer_error(res, status, why);
    return false;
  }
  if (!complete) {
    answer_error(res, 408, "the upload did not arrive complete (the connection was too slow or was broken)");
    return false;
  }
  if (parts == 0) {
    answer_error(res, 400, "no files: send one or more workbooks (or a zip of them) as 'file' parts");
    return false;
  }
  if (folder.files() == 0) {
    answer_error(res, 400, "the upload held no workbooks (" + workbook_extensions() + ")");
    return false;
  }
  t_request_files = folder.files();
  return true;
}

std::string seconds_text(std::chrono::milliseconds ms) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", double(ms.count()) / 1000.0);
  return buf;
}

struct ServeSettings {
  UploadLimits upload;
  JobLimits job;
  std::chrono::seconds slot_wait{60};
};

// Runs one request's check (or report) in a child process, one of at most
// `slots` at a time, and turns its outcome into the answer; true when it ran
// to the end with status 0.
bool run_request(const std::vector<std::string> &args, const UploadFolder &folder, JobSlots &slots,
                 const ServeSettings &s, httplib::Response &res, std::string &out, JobScope &job) {
  job.set({"queued", 0, folder.saved().size(), "", ""});
  SlotHold slot(slots, std::chrono::steady_clock::now() + s.slot_wait);
  if (!slot.held()) {
    answer_error(res, 503,
                 "the server is busy checking other uploads; try again in a minute (" +
                     std::to_string(slots.waiting()) + " waiting)");
    return false;
  }
  std::string progress = folder.path() + "/.progress";
  job.set({"checking", 0, folder.saved().size(), "", progress});
  std::vector<std::string> all = args;
  all.push_back("--progress");
  all.push_back(progress);
  all.push_back("--");
  for (auto &f : folder.saved()) all.push_back(f);
  JobOutcome o;
  {
    PhaseTimer t("serve child");
    o = run_job(all, s.job, folder.path() + "/.job-messages");
  }
  if (std::getenv("FUNDBOOK_PROFILE")) {
    // The child's own phases (its standard error is kept in a file).
    std::istringstream lines(o.err);
    for (std::string l; std::getline(lines, l);)
      if (l.rfind("profile: job", 0) == 0) std::fprintf(stderr, "%s\n", l.c_str());
  }
  job.set({"sending", folder.saved().size(), folder.saved().size(), "", ""});
  std::string limit_hint = "; check fewer or smaller workbooks at a time, or ask whoever runs this server to raise ";
  switch (o.kind) {
  case JobOutcome::Finished:
    if (o.exit_status == 0) {
      out = std::move(o.out);
      return true;
    }
    if (o.exit_status == kJobOutOfMemory) {
      answer_error(res, 422,
                   "checking these workbooks needed more than " + std::to_string(s.job.memory_bytes >> 20) +
                       " MB of memory, the limit for one upload" + limit_hint + "--max-request-mb");
      return false;
    }
    {
      std::string msg = o.err;
      while (!msg.empty() && (msg.back() == '\n' || msg.back() == '\r')) msg.pop_back();
      auto nl = msg.rfind('\n');
      if (nl != std::string::npos) msg = msg.substr(nl + 1);
      answer_error(res, 500, msg.empty() ? "the check failed" : msg);
    }
    return false;
  case JobOutcome::OutOfMemory:
    answer_error(res, 422,
                 "checking these workbooks needed more than " + std::to_string(s.job.memory_bytes >> 20) +
                     " MB of memory, the limit for one upload" + limit_hint + "--max-request-mb");
    return false;
  case JobOutcome::OutOfTime:
    answer_error(res, 422,
                 "checking these workbooks took longer than " + seconds_text(s.job.time) +
                     " seconds, the limit for one upload" + limit_hint + "--max-request-seconds");
    return false;
  case JobOutcome::OutputTooLarge:
    answer_error(res, 422,
                 "the answer for these workbooks would be larger than " + std::to_string(s.job.output_bytes >> 20) +
                     " MB; check fewer workbooks at a time, or use 'fundbook check' on the command line");
    return false;
  case JobOutcome::Stopped: answer_error(res, 503, "the server is stopping"); return false;
  case JobOutcome::Failed:
    answer_error(res, 500,
                 "the check stopped unexpectedly" +
                     (o.exit_status > 128 ? " (signal " + std::to_string(o.exit_status - 128) + ")" : std::string()) +
                     "; the server carries on");
    return false;
  }
  return false;
}

} // namespace

// Loaded by `fundbook serve` (cli/serve_module.cpp) only when it serves, so
// that check, report, watch and the serve jobs never load httplib and the
// TLS libraries it brings.
extern "C" int fundbook_serve_module(int argc, char **argv) {
  std::string bind = "127.0.0.1";
  int port = 8080;
  std::size_t max_mb = 50, max_files = 200, request_mb = 1024, memory_mb = 256;
  double request_seconds = 120, header_timeout = 10;
  unsigned workers = std::max(1u, std::thread::hardware_concurrency());
  po::options_description desc(
      "Usage: fundbook serve [--bind 127.0.0.1] [--port 8080] [--max-upload-mb 50]\n\n"
      "Serves the drop-in page: drop workbooks on it, see the findings, download the report.\n\nOptions");
  desc.add_options()("help,h", "show this help")("bind", po::value<std::string>(&bind)->default_value("127.0.0.1"),
                                                 "address to listen on (loopback unless told otherwise)")(
      "port", po::value<int>(&port)->default_value(8080), "port to listen on (0: any free port, printed at start)")(
      "max-upload-mb", po::value<std::size_t>(&max_mb)->default_value(50), "largest upload accepted, in MB")(
      "max-files", po::value<std::size_t>(&max_files)->default_value(200),
      "most workbooks in one upload")("workers", po::value<unsigned>(&workers)->default_value(workers),
                                      "uploads checked at once (others wait their turn, in order)")(
      "max-request-mb", po::value<std::size_t>(&request_mb)->default_value(1024),
      "memory one upload's check may use; past it the answer is 422")(
      "max-request-seconds", po::value<double>(&request_seconds)->default_value(120),
      "time one upload's check may take; past it the answer is 422")(
      "header-timeout", po::value<double>(&header_timeout)->default_value(10),
      "seconds a client has to send its request headers")(
      "upload-memory-mb", po::value<std::size_t>(&memory_mb)->default_value(256),
      "uploads in flight held in memory (/dev/shm, when TMPDIR is not set) up to this much; the rest, or all "
      "with 0, in the temporary folder on disk");
  // Words that are not options are collected only to be refused by name: a
  // stray word is a mistake (a folder meant for watch, a port without --port).
  std::vector<std::string> stray;
  po::options_description hidden;
  hidden.add_options()("stray", po::value<std::vector<std::string>>(&stray));
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description pos;
  pos.add("stray", -1);
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
    if (vm.count("help")) {
      std::cout << desc;
      return kOk;
    }
    po::notify(vm);
    if (!stray.empty())
      throw po::error("unexpected argument '" + stray.front() + "': serve takes options only (--port N, not N)");
    if (port < 0 || port > 65535) throw po::error("--port must be between 0 and 65535");
    if (max_mb == 0 || max_mb > 4096) throw po::error("--max-upload-mb must be between 1 and 4096");
    if (workers == 0 || workers > 64) throw po::error("--workers must be between 1 and 64");
    if (request_mb < 16) throw po::error("--max-request-mb must be at least 16");
    if (!(request_seconds >= 0.5)) throw po::error("--max-request-seconds must be at least 0.5");
    if (!(header_timeout >= 0.1 && header_timeout <= 600)) throw po::error("--header-timeout must be 0.1 to 600");
  } catch (const po::error &e) {
    std::cerr << "fundbook serve: " << e.what() << "\n(see fundbook serve --help)\n";
    return kUsage;
  }
  // Upload folders a killed server left behind.
  remove_stale_upload_folders();

  ServeSettings settings;
  settings.upload = UploadLimits{max_mb << 20, max_files, (max_mb << 20) * 4};
  settings.job.memory_bytes = request_mb << 20;
  settings.job.time = std::chrono::milliseconds(std::int64_t(request_seconds * 1000));
  JobSlots slots(workers);
  UploadMemory memory(memory_mb ? UploadMemory::default_dir() : "", memory_mb << 20);
  // The request's length: what its upload folder holds before any zip is unpacked.
  auto length_of = [](const httplib::Request &req) -> std::size_t {
    std::string v = req.get_header_value("Content-Length");
    char *end = nullptr;
    unsigned long long n = v.empty() ? 0 : std::strtoull(v.c_str(), &end, 10);
    return end && *end == '\0' ? std::size_t(n) : 0;
  };

  ConnectionLimits conn;
  conn.header_timeout = std::chrono::milliseconds(std::int64_t(header_timeout * 1000));
  conn.body_max_bytes = settings.upload.max_bytes + (1u << 20); // room for the multipart framing
  conn.workers = std::max(16u, workers * 4);
  BoundedServer svr(conn);
  Jobs jobs;
  svr.set_socket_options(socket_options);
  svr.set_payload_max_length(conn.body_max_bytes);
  svr.set_pre_routing_handler([](const httplib::Request &, httplib::Response &) {
    t_request_start = std::chrono::steady_clock::now();
    t_request_files = 0;
    return httplib::Server::HandlerResponse::Unhandled;
  });
  svr.set_logger(log_request);
  svr.set_error_handler([&](const httplib::Request &, httplib::Response &res) {
    if (!res.body.empty() || res.content_length_ > 0) return;
    if (res.status == 413) {
      answer_error(res, 413, "the upload is larger than " + std::to_string(max_mb) + " MB");
    } else if (res.status == 400) {
      answer_error(res, 400,
                   "no files: send one or more workbooks (or a zip of them) as multipart/form-data 'file' parts");
    } else {
      answer_error(res, res.status, "not found");
    }
  });
  svr.Get("/", [page = drop_in_page()](const httplib::Request &req, httplib::Response &res) {
    res.set_header("Content-Security-Policy",
                   "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'");
    send_body(req, res, page, "text/html; charset=utf-8");
  });
  // The page's upload names its job; this says how far the server has got with it.
  svr.Get("/api/progress", [&](const httplib::Request &req, httplib::Response &res) {
    std::string id = req.get_param_value("job");
    if (!Jobs::valid_id(id)) return answer_error(res, 400, "give ?job= as the page's upload id");
    res.set_header("Cache-Control", "no-store");
    send_body(req, res, job_json(jobs.get(id)), "application/json");
  });
  auto job_of = [](const httplib::Request &req) {
    std::string id = req.get_param_value("job");
    return Jobs::valid_id(id) ? id : std::string();
  };
  // The API takes uploads only.
  auto not_allowed = [](const httplib::Request &, httplib::Response &res) {
    res.set_header("Allow", "POST");
    answer_error(res, 405, "this address takes uploads only: POST the workbooks as multipart/form-data 'file' parts");
  };
  svr.Get("/api/.*", not_allowed);
  svr.Put("/api/.*", not_allowed);
  svr.Delete("/api/.*", not_allowed);
  svr.Patch("/api/.*", not_allowed);
  svr.Post("/api/check",
           [&](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
             JobScope job(jobs, job_of(req));
             job.set({"receiving", 0, 0, "", ""});
             UploadFolder folder(&memory, length_of(req));
             {
               PhaseTimer t("serve receive");
               if (!receive(req, res, reader, folder, settings.upload)) return;
             }
             std::vector<std::string> args{"serve-job", "check", folder.path()};
             if (req.has_param("excerpts")) args.push_back("--excerpts");
             if (req.has_param("account")) args.push_back("--account");
             std::string body;
             if (!run_request(args, folder, slots, settings, res, body, job)) return;
             PhaseTimer t("serve body");
             send_body(req, res, std::move(body), "application/json");
           });
  svr.Post("/api/report",
           [&](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
             JobScope job(jobs, job_of(req));
             job.set({"receiving", 0, 0, "", ""});
             UploadFolder folder(&memory, length_of(req));
             if (!receive(req, res, reader, folder, settings.upload)) return;
             std::string out = folder.path() + "/.monitoring-report.xlsx";
             std::string ignored;
             if (!run_request({"serve-job", "report", folder.path(), "--output", out}, folder, slots, settings, res,
                              ignored, job))
               return;
             std::ifstream in(out, std::ios::binary);
             std::stringstream ss;
             ss << in.rdbuf();
             res.set_header("Content-Disposition", "attachment; filename=\"monitoring-report.xlsx\"");
             set_uncompressed(res, ss.str(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
           });

  int bound = port;
  errno = 0;
  if (port == 0) {
    bound = svr.bind_to_any_port(bind);
    if (bound <= 0) {
      std::cerr << "fundbook serve: cannot listen on " << bind << ": " << std::strerror(errno) << "\n";
      return kCannotFinish;
    }
  } else if (!svr.bind_to_port(bind, port)) {
    int e = errno;
    std::cerr << "fundbook serve: cannot listen on " << bind << ":" << port << ": "
              << (e == EADDRINUSE ? "the port is already in use (another fundbook serve, or another program); stop "
                                    "it or choose another --port"
                  : e             ? std::strerror(e)
                                  : "the address is not one of this machine's, or not allowed")
              << "\n";
    return kCannotFinish;
  }
  svr.widen_backlog();
  g_server = &svr;
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  std::cout << "fundbook is serving the drop-in page at http://" << bind << ":" << bound << "/" << std::endl;
  if (bind != "127.0.0.1" && bind != "::1" && bind != "localhost")
    std::cerr << "fundbook serve: listening on " << bind << ": anyone who can reach this machine on port " << bound
              << " can upload workbooks and read the findings (no sign-in)\n";
  svr.listen_after_bind();
  g_server = nullptr;
  stop_all_jobs();
  svr.halt();
  return kOk;
}

} // namespace fundbook::cli
