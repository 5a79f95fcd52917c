// fundbook serve as HTTP: what goes over the wire (no Brotli), a port in
// use, the request log and the page's progress endpoint.
#include <gtest/gtest.h>
#include <httplib.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <atomic>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "engine/coverage.hpp"
#include "engine/rules/registry.hpp"
#include "import/formats.hpp"
#include "import/zip_package.hpp"
#include "support/checks.hpp"
#include "support/fixtures.hpp"

using namespace fundbook::test;
namespace fs = std::filesystem;

namespace {

struct Server {
  pid_t pid = -1;
  std::string log;
  explicit Server(std::vector<std::string> args) {
    log = temp_dir() + "/log";
    pid = ::fork();
    if (pid == 0) {
      std::string exe = fundbook_exe();
      std::vector<char *> argv{exe.data()};
      for (auto &a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      if (!std::freopen(log.c_str(), "w", stdout) || !std::freopen(log.c_str(), "a", stderr)) ::_exit(127);
      ::execv(exe.c_str(), argv.data());
      ::_exit(127);
    }
  }
  bool wait_for(const std::string &text, double seconds = 10) {
    auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < end) {
      if (slurp(log).find(text) != std::string::npos) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
  }
  int port() {
    std::string l = slurp(log);
    auto at = l.find(":", l.find("http://") + 7);
    return at == std::string::npos ? 0 : std::atoi(l.c_str() + at + 1);
  }
  ~Server() {
    if (pid > 0) {
      ::kill(pid, SIGTERM);
      ::waitpid(pid, nullptr, 0);
    }
  }
};

httplib::MultipartFormDataItems samples() {
  httplib::MultipartFormDataItems items;
  for (auto &e : fs::directory_iterator(source_dir() + "/samples"))
    if (e.path().extension() == ".xlsx")
      items.push_back({"file", slurp(e.path()), e.path().filename().string(), "application/octet-stream"});
  return items;
}

std::string gunzip(const std::string &z) {
  z_stream s{};
  if (inflateInit2(&s, 15 + 16) != Z_OK) return {};
  std::string out;
  char buf[65536];
  s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(z.data()));
  s.avail_in = uInt(z.size());
  int rc;
  do {
    s.next_out = reinterpret_cast<Bytef *>(buf);
    s.avail_out = sizeof buf;
    rc = inflate(&s, Z_NO_FLUSH);
    out.append(buf, sizeof buf - s.avail_out);
  } while (rc == Z_OK);
  inflateEnd(&s);
  return rc == Z_STREAM_END ? out : std::string();
}

// This machine's first IPv4 address that is not loopback, if any.
std::string outside_address() {
  ifaddrs *list = nullptr;
  if (getifaddrs(&list) != 0) return {};
  std::string found;
  for (ifaddrs *a = list; a && found.empty(); a = a->ifa_next) {
    if (!a->ifa_addr || a->ifa_addr->sa_family != AF_INET) continue;
    char text[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in *>(a->ifa_addr)->sin_addr, text, sizeof text);
    if (std::string(text).rfind("127.", 0) != 0) found = text;
  }
  freeifaddrs(list);
  return found;
}

} // namespace

TEST(ServeHttp, AnswersAreNeverBrotliEvenWhenTheBrowserOffersIt) {
  Server server({"serve", "--port", "0"});
  ASSERT_TRUE(server.wait_for("serving the drop-in page"));
  httplib::Client cli("127.0.0.1", server.port());
  cli.set_decompress(false);
  httplib::Headers asks{{"Accept-Encoding", "gzip, deflate, br"}};
  auto page = cli.Get("/", asks);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->get_header_value("Content-Encoding"), "") << "on loopback nothing is compressed";
  EXPECT_NE(page->body.find("<!doctype html>"), std::string::npos);
  // The picker offers the formats list's extensions (import/formats.hpp).
  EXPECT_NE(page->body.find("accept=\"" + fundbook::workbook_extensions(",") + ",.zip\""), std::string::npos);
  EXPECT_NE(page->body.find(fundbook::workbook_extensions(", ") + ", or a .zip of them"), std::string::npos);
  EXPECT_EQ(page->body.find("{{workbook-"), std::string::npos);
  auto check = cli.Post("/api/check", asks, samples());
  ASSERT_TRUE(check);
  EXPECT_EQ(check->status, 200);
  EXPECT_EQ(check->get_header_value("Content-Encoding"), "");
  EXPECT_EQ(check->body.rfind("{\"tool\": \"fundbook\"", 0), 0u) << check->body.substr(0, 80);
}

// The page's rule texts are the registry's, every rule's, word for word
// (engine/rules/registry.hpp), filled into the page as it is served.
TEST(ServeHttp, ThePagesRuleTextsAreTheRegistrys) {
  Server server({"serve", "--port", "0"});
  ASSERT_TRUE(server.wait_for("serving the drop-in page"));
  httplib::Client cli("127.0.0.1", server.port());
  auto page = cli.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->body.find("{{"), std::string::npos) << "a mark left unfilled";
  const std::string head = "const RULES = ";
  auto from = page->body.find(head);
  ASSERT_NE(from, std::string::npos);
  from += head.size();
  auto to = page->body.find("};\n", from);
  ASSERT_NE(to, std::string::npos);
  std::string object = page->body.substr(from, to + 1 - from);
  EXPECT_EQ(object.find("</"), std::string::npos) << "the texts would end the page's script";
  nlohmann::json texts;
  ASSERT_NO_THROW(texts = nlohmann::json::parse(object)) << object;
  EXPECT_EQ(texts.size(), std::size(fundbook::rules::kRules));
  for (const fundbook::rules::Rule &r : fundbook::rules::kRules) {
    ASSERT_TRUE(texts.contains(r.id)) << r.id;
    EXPECT_EQ(texts[r.id], nlohmann::json::array({r.meaning, r.guidance})) << r.id;
  }
}

TEST(ServeHttp, ARemoteBrowserGetsGzipNotBrotli) {
  std::string addr = outside_address();
  if (addr.empty()) GTEST_SKIP() << "this machine has no address other than loopback";
  Server server({"serve", "--bind", "0.0.0.0", "--port", "0"});
  ASSERT_TRUE(server.wait_for("serving the drop-in page"));
  EXPECT_TRUE(server.wait_for("can upload workbooks")) << "binding beyond loopback is said out loud";
  httplib::Client cli(addr, server.port());
  cli.set_decompress(false);
  auto check = cli.Post("/api/check", {{"Accept-Encoding", "br, gzip"}}, samples());
  ASSERT_TRUE(check) << "could not reach " << addr;
  // Said in full when it fails: CI's test-asan once had no encoding here.
  EXPECT_EQ(check->get_header_value("Content-Encoding"), "gzip")
      << "status " << check->status << ": " << check->body.substr(0, 400);
  std::string json = gunzip(check->body);
  EXPECT_EQ(json.rfind("{\"tool\": \"fundbook\"", 0), 0u);
  auto plain = cli.Post("/api/check", {{"Accept-Encoding", "br"}}, samples());
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->get_header_value("Content-Encoding"), "") << "a client offering only Brotli gets none";
}

TEST(ServeHttp, ASecondServeOnAPortInUseIsRefused) {
  Server first({"serve", "--port", "0"});
  ASSERT_TRUE(first.wait_for("serving the drop-in page"));
  RunResult second = run({"serve", "--port", std::to_string(first.port())});
  EXPECT_EQ(second.status, 4) << second.err;
  EXPECT_NE(second.err.find("already in use"), std::string::npos) << second.err;
  EXPECT_EQ(second.out.find("serving"), std::string::npos);
}

TEST(ServeHttp, EveryRequestIsLogged) {
  Server server({"serve", "--port", "0"});
  ASSERT_TRUE(server.wait_for("serving the drop-in page"));
  httplib::Client cli("127.0.0.1", server.port());
  ASSERT_TRUE(cli.Post("/api/check", samples()));
  ASSERT_TRUE(cli.Get("/nowhere"));
  // The server logs a request after its answer is sent, so the client can
  // be on to the next request first: wait for both lines.
  ASSERT_TRUE(server.wait_for("GET /nowhere 404"));
  ASSERT_TRUE(server.wait_for("POST /api/check 200"));
  std::string log = slurp(server.log);
  EXPECT_NE(log.find("127.0.0.1 POST /api/check 200 "), std::string::npos) << log;
  EXPECT_NE(log.find(std::to_string(samples().size()) + " files"), std::string::npos) << log;
}

TEST(ServeHttp, ProgressOfAnUploadIsTheServersOwn) {
  Server server({"serve", "--port", "0"});
  ASSERT_TRUE(server.wait_for("serving the drop-in page"));
  httplib::Client cli("127.0.0.1", server.port());
  auto unknown = cli.Get("/api/progress?job=nothing-yet");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->body, "{\"phase\": \"waiting\"}\n");
  auto bad = cli.Get("/api/progress?job=../../etc");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  // While a large upload is checked, its job says how far the server has got.
  httplib::MultipartFormDataItems many;
  for (int k = 0; k < 30; ++k)
    for (auto item : samples()) {
      item.filename = std::to_string(k) + "-" + item.filename;
      many.push_back(item);
    }
  std::string seen;
  std::atomic<bool> done{false};
  std::thread watcher([&] {
    httplib::Client poll("127.0.0.1", server.port());
    while (!done) {
      if (auto r = poll.Get("/api/progress?job=job-1"); r && r->body.find("\"checking\"") != std::string::npos)
        seen = r->body;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
  });
  cli.set_read_timeout(120);
  auto res = cli.Post("/api/check?job=job-1", many);
  done = true;
  watcher.join();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(seen.find("\"total\": " + std::to_string(many.size())), std::string::npos) << seen;
  auto after = cli.Get("/api/progress?job=job-1");
  ASSERT_TRUE(after);
  EXPECT_EQ(after->body, "{\"phase\": \"waiting\"}\n") << "a job is forgotten once answered";
}

TEST(ServeHttp, TheReportFromThePageIsDatedToday) {
  Server server({"serve", "--port", "0"});
  ASSERT_TRUE(server.wait_for("serving the drop-in page"));
  httplib::Client cli("127.0.0.1", server.port());
  auto res = cli.Post("/api/report", samples());
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  std::string path = temp_dir() + "/report.xlsx";
  { std::ofstream(path, std::ios::binary) << res->body; }
  fundbook::ZipPackage zip(path, fundbook::Limits{});
  std::string core = zip.read_all("docProps/core.xml");
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char today[16];
  std::strftime(today, sizeof today, "%Y-%m-%d", &tm);
  EXPECT_NE(core.find(std::string("<dcterms:created xsi:type=\"dcterms:W3CDTF\">") + today), std::string::npos) << core;
  EXPECT_EQ(core.find("2000-01-01"), std::string::npos);
}

TEST(ServeHttp, ThePagesAccountIsTheClosingLineOfTheCommandLine) {
  // The page asks for the account's closing line (account=1) rather than
  // making its own from the document: it said 'no table with totals was
  // recognised' of a table whose totals agree with no reading of its rows.
  Server server({"serve", "--port", "0"});
  ASSERT_TRUE(server.wait_for("serving the drop-in page"));
  httplib::Client cli("127.0.0.1", server.port());
  std::string path = source_dir() + "/tests/data/account/total-disagrees.csv";
  httplib::MultipartFormDataItems items{{"file", slurp(path), "total-disagrees.csv", "text/csv"}};
  auto res = cli.Post("/api/check?excerpts=1&account=1", items);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  auto doc = nlohmann::json::parse(res->body);
  fundbook::CheckResult r = check_file(path);
  EXPECT_EQ(doc["account"], fundbook::coverage_line(r.checked, r.unchecked));
  EXPECT_EQ(doc["account"].get<std::string>().rfind("No total was checked: in total-disagrees!B2:C7, ", 0), 0u)
      << doc["account"];
  EXPECT_TRUE(doc.contains("excerpts"));
  // The contract's document is as the command line writes it unless asked.
  auto plain = cli.Post("/api/check", items);
  ASSERT_TRUE(plain);
  EXPECT_FALSE(nlohmann::json::parse(plain->body).contains("account"));
}
