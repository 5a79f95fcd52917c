// fundbook serve: the drop-in page and the two endpoints it is built on.
// Every request works in its own temporary folder, removed afterwards.
#include <httplib.h>

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/excerpt.hpp"
#include "cli/options.hpp"
#include "cli/uploads.hpp"
#include "export/json.hpp"
#include "export/json_writer.hpp"
#include "export/report/report.hpp"

namespace fundbook::cli {

extern const char *const kDropInPage; // web/index.html, embedded at build time

namespace {

httplib::Server *g_server = nullptr;

void on_signal(int) {
  if (g_server) g_server->stop();
}

std::string error_json(const std::string &message) {
  JsonWriter w;
  w.begin_object().key("error").string(message).end_object();
  return w.str() + "\n";
}

// Saves the request's file parts; answers 400/413 itself and returns false
// when it cannot go on.
bool receive(const httplib::Request &req, httplib::Response &res, UploadFolder &folder, const UploadLimits &limits) {
  std::size_t parts = 0;
  try {
    for (auto &[name, part] : req.files) {
      if (name != "file" || part.filename.empty()) continue;
      ++parts;
      folder.add(part.filename, part.content, limits);
    }
  } catch (const std::length_error &e) {
    res.status = 413;
    res.set_content(error_json(e.what()), "application/json");
    return false;
  } catch (const std::exception &e) {
    res.status = 400;
    res.set_content(error_json(e.what()), "application/json");
    return false;
  }
  if (parts == 0) {
    res.status = 400;
    res.set_content(error_json("no files: send one or more workbooks (or a zip of them) as 'file' parts"),
                    "application/json");
    return false;
  }
  if (folder.files() == 0) {
    res.status = 400;
    res.set_content(error_json("the zip held no workbooks (.xlsx .xlsm .xls .ods .csv)"), "application/json");
    return false;
  }
  return true;
}

} // namespace

int serve(int argc, char **argv) {
  std::string bind = "127.0.0.1";
  int port = 8080;
  std::size_t max_mb = 50, max_files = 200;
  po::options_description desc(
      "Usage: fundbook serve [--bind 127.0.0.1] [--port 8080] [--max-upload-mb 50]\n\n"
      "Serves the drop-in page: drop workbooks on it, see the findings, download the report.\n\nOptions");
  desc.add_options()("help,h", "show this help")("bind", po::value<std::string>(&bind)->default_value("127.0.0.1"),
                                                 "address to listen on (loopback unless told otherwise)")(
      "port", po::value<int>(&port)->default_value(8080), "port to listen on (0: any free port, printed at start)")(
      "max-upload-mb", po::value<std::size_t>(&max_mb)->default_value(50), "largest upload accepted, in MB")(
      "max-files", po::value<std::size_t>(&max_files)->default_value(200), "most workbooks in one upload");
  try {
    po::variables_map vm;
    po::store(po::parse_command_line(argc, argv, desc), vm);
    if (vm.count("help")) {
      std::cout << desc;
      return kOk;
    }
    po::notify(vm);
    if (port < 0 || port > 65535) throw po::error("--port must be between 0 and 65535");
    if (max_mb == 0 || max_mb > 4096) throw po::error("--max-upload-mb must be between 1 and 4096");
  } catch (const po::error &e) {
    std::cerr << "fundbook serve: " << e.what() << "\n(see fundbook serve --help)\n";
    return kUsage;
  }
  UploadLimits limits{max_mb << 20, max_files};

  httplib::Server svr;
  // Bodies a little over the limit still arrive, so the answer can say why.
  svr.set_payload_max_length(limits.max_bytes + (1u << 20));
  svr.set_error_handler([&](const httplib::Request &, httplib::Response &res) {
    if (!res.body.empty()) return;
    if (res.status == 413) {
      res.set_content(error_json("the upload is larger than " + std::to_string(max_mb) + " MB"), "application/json");
    } else if (res.status == 400) {
      res.set_content(
          error_json("no files: send one or more workbooks (or a zip of them) as multipart/form-data 'file' parts"),
          "application/json");
    } else {
      res.set_content(error_json("not found"), "application/json");
    }
  });
  svr.Get("/", [](const httplib::Request &, httplib::Response &res) {
    res.set_header("Content-Security-Policy",
                   "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'");
    res.set_content(kDropInPage, "text/html; charset=utf-8");
  });
  svr.Post("/api/check", [&](const httplib::Request &req, httplib::Response &res) {
    UploadFolder folder;
    if (!receive(req, res, folder, limits)) return;
    CheckResult r = run_check(folder.saved(), {});
    std::string extra = req.has_param("excerpts") ? excerpts_json(r) : "";
    relabel_paths(r, folder.path());
    std::string body = check_json(r);
    if (!extra.empty()) {
      // The contract's document, with the cell excerpts the page shows added.
      auto end = body.rfind('}');
      body = body.substr(0, end) + ", \"excerpts\": " + extra + "}\n";
    }
    res.set_content(body, "application/json");
  });
  svr.Post("/api/report", [&](const httplib::Request &req, httplib::Response &res) {
    UploadFolder folder;
    if (!receive(req, res, folder, limits)) return;
    CheckResult r = run_check(folder.saved(), {});
    relabel_paths(r, folder.path());
    std::string out = folder.path() + "/.monitoring-report.xlsx";
    try {
      write_report(r, ReportStyle::load({}), out, std::time_t(946684800));
    } catch (const std::exception &e) {
      res.status = 500;
      res.set_content(error_json(e.what()), "application/json");
      return;
    }
    std::ifstream in(out, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    res.set_header("Content-Disposition", "attachment; filename=\"monitoring-report.xlsx\"");
    res.set_content(ss.str(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });

  int bound = port;
  if (port == 0) {
    bound = svr.bind_to_any_port(bind);
    if (bound <= 0) {
      std::cerr << "fundbook serve: cannot listen on " << bind << "\n";
      return kUsage;
    }
  } else if (!svr.bind_to_port(bind, port)) {
    std::cerr << "fundbook serve: cannot listen on " << bind << ":" << port << " (in use, or not allowed)\n";
    return kUsage;
  }
  g_server = &svr;
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  std::cout << "fundbook is serving the drop-in page at http://" << bind << ":" << bound << "/" << std::endl;
  svr.listen_after_bind();
  g_server = nullptr;
  return kOk;
}

} // namespace fundbook::cli
