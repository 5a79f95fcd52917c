// fundbook serve and fundbook watch, run as a user would run them.
#include <gtest/gtest.h>

#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "import/open.hpp"
#include "support/background.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;
namespace fs = std::filesystem;

TEST(Serve, PageAndEndpoints) {
  Background server({"serve", "--port", "0"});
  ASSERT_TRUE(server.wait_for("serving the drop-in page"));
  httplib::Client cli("127.0.0.1", port_of(slurp(server.log)));
  auto page = cli.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("Drop workbooks here"), std::string::npos);
  EXPECT_EQ(page->body.find("http://"), std::string::npos) << "the page must load nothing from outside";
  EXPECT_EQ(page->body.find("https://"), std::string::npos);

  auto check = cli.Post("/api/check", upload({source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx"}));
  ASSERT_TRUE(check);
  EXPECT_EQ(check->status, 200);
  EXPECT_EQ(check->get_header_value("Content-Type"), "application/json");
  EXPECT_NE(check->body.find("\"path\": \"baseline-2017-06-transformation-fund.xlsx\""), std::string::npos);
  EXPECT_NE(check->body.find("\"cell\": \"I124\""), std::string::npos);
  EXPECT_EQ(check->body.find("fundbook-upload"), std::string::npos) << "no server paths leak into the answer";

  auto report = cli.Post("/api/report", upload({source_dir() + "/samples/gpc-2016-10-transformation-fund-bids.xlsx"}));
  ASSERT_TRUE(report);
  EXPECT_EQ(report->status, 200);
  EXPECT_EQ(report->get_header_value("Content-Disposition"), "attachment; filename=\"monitoring-report.xlsx\"");
  std::string out = temp_dir() + "/r.xlsx";
  std::ofstream(out, std::ios::binary) << report->body;
  Workbook wb = open_workbook(out);
  EXPECT_EQ(wb.sheets.front().name, "GPC appendix");

  // A non-workbook is a finding, not an HTTP error.
  auto text = cli.Post("/api/check", upload({source_dir() + "/README.md"}));
  ASSERT_TRUE(text);
  EXPECT_EQ(text->status, 200);
  EXPECT_NE(text->body.find("not a workbook"), std::string::npos);
  // No file parts: 400.
  auto none = cli.Post("/api/check", httplib::MultipartFormDataItems{{"other", "x", "", "text/plain"}});
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 400);
  // A zip bomb inside a zip is refused with a message, and the server carries on.
  auto bomb = cli.Post("/api/check", upload({shared_dir() + "/corpus/hostile/zip-bomb.xlsx"}));
  ASSERT_TRUE(bomb);
  EXPECT_EQ(bomb->status, 200);
  EXPECT_NE(bomb->body.find("zip bomb"), std::string::npos);
  EXPECT_EQ(server.stop(), 0);
}

TEST(Serve, OversizedUploadIs413AndTheServerCarriesOn) {
  // The server answers 413 and closes while the client may still be sending
  // the upload: the client's write then raises SIGPIPE, which would end this
  // test process (about 1 run in 30) rather than let the client read the 413.
  ::signal(SIGPIPE, SIG_IGN);
  Background server({"serve", "--port", "0", "--max-upload-mb", "1"});
  ASSERT_TRUE(server.wait_for("serving the drop-in page"));
  httplib::Client cli("127.0.0.1", port_of(slurp(server.log)));
  httplib::MultipartFormDataItems big{{"file", std::string(3u << 20, 'x'), "big.xlsx", "application/octet-stream"}};
  auto r = cli.Post("/api/check", big);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  EXPECT_NE(r->body.find("\"error\""), std::string::npos);
  auto again = cli.Get("/");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 200);
}

TEST(Serve, EightConcurrentUploadsGetEightSeparateReports) {
  std::string tmp = temp_dir(); // the server's own, to see what it leaves behind
  // A fixed date, so that one workbook's report is the same bytes every time.
  ::setenv("SOURCE_DATE_EPOCH", "1522108800", 1);
  Background server({"serve", "--port", "0"}, tmp);
  ::unsetenv("SOURCE_DATE_EPOCH");
  ASSERT_TRUE(server.wait_for("serving the drop-in page"));
  int port = port_of(slurp(server.log));
  std::vector<std::string> samples = {
      "baseline-2017-06-transformation-fund.xlsx", "gpc-2016-10-transformation-fund-bids.xlsx",
      "gpc-2016-12-transformation-fund-bids.xlsx", "gpc-2018-03-monitoring-q3-2017-18.xlsx",
      "business-cases-2018-19-childrens.xlsx"};
  auto path_of = [&](int i) { return source_dir() + "/samples/" + samples[std::size_t(i) % samples.size()]; };
  // The report for each sample, asked for alone: reports are deterministic,
  // so a concurrent answer must be byte for byte the same.
  std::vector<std::string> expected;
  {
    httplib::Client cli("127.0.0.1", port);
    for (std::size_t k = 0; k < samples.size(); ++k) {
      auto r = cli.Post("/api/report", upload({path_of(int(k))}));
      ASSERT_TRUE(r);
      ASSERT_EQ(r->status, 200);
      expected.push_back(r->body);
    }
  }
  for (std::size_t k = 1; k < expected.size(); ++k) ASSERT_NE(expected[k], expected[0]);
  std::vector<std::string> bodies(8);
  std::vector<int> status(8, 0);
  std::vector<std::thread> users;
  for (int i = 0; i < 8; ++i) {
    users.emplace_back([&, i] {
      httplib::Client cli("127.0.0.1", port);
      cli.set_read_timeout(60, 0);
      auto r = cli.Post("/api/report", upload({path_of(i)}));
      if (r) {
        status[std::size_t(i)] = r->status;
        bodies[std::size_t(i)] = r->body;
      }
    });
  }
  for (auto &t : users) t.join();
  for (int i = 0; i < 8; ++i) {
    EXPECT_EQ(status[std::size_t(i)], 200) << i;
    EXPECT_EQ(bodies[std::size_t(i)], expected[std::size_t(i) % samples.size()])
        << "upload " << i << " got another report";
  }
  // Every request's temporary folder is gone.
  std::size_t left = 0;
  for (auto &e : fs::directory_iterator(tmp)) left += e.path().filename().string().rfind("fundbook-upload", 0) == 0;
  EXPECT_EQ(left, 0u);
}

TEST(Watch, ReportForAWorkbookAndAnErrorFileForABrokenOne) {
  std::string dir = temp_dir();
  Background watcher({"watch", dir, "--settle", "0.2"});
  ASSERT_TRUE(watcher.wait_for("watching"));
  fs::copy_file(source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx", dir + "/inbox/baseline.xlsx");
  fs::copy_file(shared_dir() + "/corpus/hostile/truncated.xlsx", dir + "/inbox/broken.xlsx");
  ASSERT_TRUE(watcher.wait_for("checked 2 workbook(s): 2 errors", 20)) << slurp(watcher.log);
  EXPECT_NE(slurp(watcher.log).find("broken.xlsx:"), std::string::npos);
  EXPECT_TRUE(fs::exists(dir + "/reports/report.xlsx"));
  EXPECT_NE(slurp(dir + "/reports/findings.json").find("\"cell\": \"I124\""), std::string::npos);
  EXPECT_NE(slurp(dir + "/reports/findings.txt").find("Street lighting synergies"), std::string::npos);
  EXPECT_NE(slurp(dir + "/reports/broken.xlsx.error.txt").find("damaged"), std::string::npos);
  EXPECT_EQ(watcher.stop(), 0);
  EXPECT_NE(slurp(watcher.log).find("stopped"), std::string::npos);
}
