// fundbook serve under hostile or heavy use, on loopback only: slow clients,
// huge headers, costly workbooks, zip bombs, many uploads at once, a killed
// server. Every test is bounded in time and stops its server itself.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <zip.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <thread>

#include "support/background.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// A raw loopback connection, for clients no library would be.
struct RawClient {
  int fd = -1;
  explicit RawClient(int port) {
    fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(std::uint16_t(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
      ::close(fd);
      fd = -1;
    }
    timeval tv{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  }
  ~RawClient() {
    if (fd >= 0) ::close(fd);
  }
  bool send_all(const std::string &s) const {
    std::size_t done = 0;
    while (done < s.size()) {
      ssize_t n = ::send(fd, s.data() + done, s.size() - done, MSG_NOSIGNAL);
      if (n <= 0) return false;
      done += std::size_t(n);
    }
    return true;
  }
  // Everything the server sends until it closes (or 10 s pass).
  std::string read_all() const {
    std::string out;
    char buf[4096];
    ssize_t n;
    while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0) out.append(buf, std::size_t(n));
    return out;
  }
};

// A zip holding `entries` (name, bytes), compressed.
std::string make_zip(const std::vector<std::pair<std::string, std::string>> &entries, const std::string &name) {
  std::string path = temp_dir() + "/" + name;
  int err = 0;
  zip_t *z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  for (auto &[n, bytes] : entries) {
    zip_source_t *src = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
    zip_file_add(z, n.c_str(), src, ZIP_FL_OVERWRITE);
  }
  zip_close(z); // reads the buffers, still alive here
  return path;
}

// The server's peak resident memory (VmHWM), in MB.
double peak_mb(pid_t pid) {
  std::string s = slurp("/proc/" + std::to_string(pid) + "/status");
  auto at = s.find("VmHWM:");
  return at == std::string::npos ? 0 : std::atof(s.c_str() + at + 6) / 1024.0;
}

const std::string kSample = "/samples/baseline-2017-06-transformation-fund.xlsx";

} // namespace

// The load test: more clients sending their headers a byte at a time than the
// server has workers, while others upload workbooks. The others are answered
// as fast as with no slow clients; each slow client gets 408 at its deadline.
TEST(ServeLimits, SlowHeaderClientsDoNotBlockOthers) {
  Background server({"serve", "--port", "0", "--header-timeout", "8"});
  ASSERT_TRUE(server.wait_for("serving the drop-in page"));
  int port = port_of(slurp(server.log));
  const int kSlow = 24, kUsers = 4, kEach = 2;
  std::atomic<bool> stop{false};
  std::vector<std::string> slow_answers(kSlow);
  std::vector<std::thread> slow;
  auto slow_start = Clock::now();
  for (int i = 0; i < kSlow; ++i) {
    slow.emplace_back([&, i] {
      RawClient c(port);
      std::string header = "POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + std::string(200, 'a');
      for (char ch : header) {
        if (stop || !c.send_all(std::string(1, ch))) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
      }
      slow_answers[std::size_t(i)] = c.read_all();
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300)); // every slow client is connected
  std::vector<double> latency;
  std::mutex m;
  std::atomic<int> ok{0};
  std::vector<std::thread> users;
  auto users_start = Clock::now();
  for (int u = 0; u < kUsers; ++u) {
    users.emplace_back([&] {
      httplib::Client cli("127.0.0.1", port);
      for (int k = 0; k < kEach; ++k) {
        auto t = Clock::now();
        auto r = cli.Post("/api/check", upload({source_dir() + kSample}));
        double s = since(t);
        std::lock_guard<std::mutex> lock(m);
        latency.push_back(s);
        if (r && r->status == 200 && r->body.find("\"cell\": \"I124\"") != std::string::npos) ++ok;
      }
    });
  }
  for (auto &t : users) t.join();
  double users_took = since(users_start);
  for (auto &t : slow) t.join();
  double slow_took = since(slow_start);
  EXPECT_EQ(ok, kUsers * kEach);
  std::sort(latency.begin(), latency.end());
  double median = latency[latency.size() / 2], worst = latency.back();
  // Answered well before any slow client was let go.
  EXPECT_LT(users_took, 7.0) << "the other clients waited for the slow ones";
  int timed_out = 0;
  for (auto &a : slow_answers) timed_out += a.rfind("HTTP/1.1 408", 0) == 0;
  EXPECT_EQ(timed_out, kSlow) << slow_answers[0];
  EXPECT_LT(slow_took, 12.0);
  std::printf("[ figures ] %d slow-header clients; %d uploads by %d users: median %.3f s, worst %.3f s, all in %.2f s; "
              "slow clients answered 408 after %.2f s\n",
              kSlow, kUsers * kEach, kUsers, median, worst, users_took, slow_took);
  RecordProperty("median_ms", int(median * 1000));
  RecordProperty("worst_ms", int(worst * 1000));
  EXPECT_EQ(server.stop(), 0);
}

TEST(ServeLimits, HugeHeadersAre431AndTheServerCarriesOn) {
  Background server({"serve", "--port", "0"});
  ASSERT_TRUE(server.wait_for("serving the drop-in page"));
  int port = port_of(slurp(server.log));
  {
    RawClient c(port);
    std::string headers = "GET / HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 2000; ++i) headers += "X-Filler-" + std::to_string(i) + ": " + std::string(100, 'b') + "\r\n";
    c.send_all(headers); // may be cut short when the server answers
    std::string answer = c.read_all();
    EXPECT_EQ(answer.rfind("HTTP/1.1 431", 0), 0u) << answer.substr(0, 200);
    EXPECT_NE(answer.find("\"error\""), std::string::npos);
  }
  httplib::Client cli("127.0.0.1", port);
  auto page = cli.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
#if !defined(__SANITIZE_ADDRESS__) // resident size under ASan is its shadow memory too
  EXPECT_LT(peak_mb(server.pid), 100);
#endif
}

TEST(ServeLimits, GetOnTheApiIs405) {
  Background server({"serve", "--port", "0"});
  ASSERT_TRUE(server.wait_for("serving the drop-in page"));
  httplib::Client cli("127.0.0.1", port_of(slurp(server.log)));
  for (const char *path : {"/api/check", "/api/report"}) {
    auto r = cli.Get(path);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 405) << path;
    EXPECT_EQ(r->get_header_value("Allow"), "POST");
    EXPECT_NE(r->body.find("\"error\""), std::string::npos);
  }
  auto missing = cli.Get("/nothing-here");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
}

// ../shared/reliability/ods-repeat-err.ods: 565 bytes that repeat a row with an
// error 1,048,576 times (49 s, 1.3 GB and a 221 MB answer through serve at
// df3f1ff). The answer must come promptly, either the check (if the reader
// keeps the repeat cheap) or a 422 naming the limit, and another upload made
// meanwhile is answered as usual.
TEST(ServeLimits, OdsRepeatUploadIsAnsweredPromptlyAndOthersAreUnaffected) {
  Background server({"serve", "--port", "0", "--max-request-seconds", "5", "--max-request-mb", "512"});
  ASSERT_TRUE(server.wait_for("serving the drop-in page"));
  int port = port_of(slurp(server.log));
  int ods_status = 0;
  std::string ods_body;
  double ods_took = 0;
  std::thread heavy([&] {
    httplib::Client cli("127.0.0.1", port);
    cli.set_read_timeout(30, 0);
    auto t = Clock::now();
    auto r = cli.Post("/api/check", upload({shared_dir() + "/reliability/ods-repeat-err.ods"}));
    ods_took = since(t);
    if (r) {
      ods_status = r->status;
      ods_body = r->body.substr(0, 2000);
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  httplib::Client cli("127.0.0.1", port);
  auto t = Clock::now();
  auto other = cli.Post("/api/check", upload({source_dir() + kSample}));
  double other_took = since(t);
  heavy.join();
  ASSERT_TRUE(other);
  EXPECT_EQ(other->status, 200);
  EXPECT_LT(other_took, 3.0) << "another upload waited for the costly one";
  EXPECT_LT(ods_took, 8.0);
  EXPECT_TRUE(ods_status == 200 || ods_status == 422) << ods_status << " " << ods_body;
  if (ods_status == 422) { EXPECT_NE(ods_body.find("the limit for one upload"), std::string::npos) << ods_body; }
  std::printf("[ figures ] ods-repeat-err.ods via serve: %d in %.2f s; another upload meanwhile: %.3f s; server peak "
              "%.0f MB\n",
              ods_status, ods_took, other_took, peak_mb(server.pid));
  EXPECT_LT(peak_mb(server.pid), 200) << "the costly check must not grow the server itself";
  EXPECT_EQ(server.stop(), 0);
}

// Resident memory under AddressSanitizer is its shadow memory as much as
// fundbook's, and the job's allocation backstop is off there: the memory
// bounds are the release build's to show.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif

TEST(ServeLimits, MemoryAndTimeLimitsAre422WithTheLimitNamed) {
  if (kSanitized) GTEST_SKIP() << "memory limits are measured on the release build (ASan's shadow memory counts)";
  std::string csv = write_schemes_csv(150'000, "big.csv");
  {
    Background server({"serve", "--port", "0", "--max-request-mb", "24"});
    ASSERT_TRUE(server.wait_for("serving the drop-in page"));
    httplib::Client cli("127.0.0.1", port_of(slurp(server.log)));
    auto r = cli.Post("/api/check", upload({csv}));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 422);
    EXPECT_NE(r->body.find("more than 24 MB of memory"), std::string::npos) << r->body;
    EXPECT_NE(r->body.find("--max-request-mb"), std::string::npos);
    auto fine = cli.Post("/api/check", upload({source_dir() + kSample}));
    ASSERT_TRUE(fine);
    EXPECT_EQ(fine->status, 200);
  }
  {
    Background server({"serve", "--port", "0", "--max-request-seconds", "0.5"});
    ASSERT_TRUE(server.wait_for("serving the drop-in page"));
    httplib::Client cli("127.0.0.1", port_of(slurp(server.log)));
    auto t = Clock::now();
    auto r = cli.Post("/api/check", upload({csv}));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 422);
    EXPECT_NE(r->body.find("longer than 0.5 seconds"), std::string::npos) << r->body;
    // Well before the check itself would end (2-3 s alone, far more on a busy machine).
    EXPECT_LT(since(t), 5.0);
  }
}

// A zip that inflates far past the limit (here 100 MB for an 8 MB limit; the
// reliability test's 458 KB zip of 450 MB against the default 200 MB is the
// same case, slower to make) is refused from what it declares, before
// anything is inflated, and the server's memory does not grow with it.
TEST(ServeLimits, ZipBombUploadIsRefusedBeforeInflating) {
  std::string zeros(100u << 20, '\0');
  std::string bomb = make_zip({{"budget.csv", zeros}}, "bomb.zip");
  zeros = std::string();
  ASSERT_LT(fs::file_size(bomb), 1u << 20);
  Background server({"serve", "--port", "0", "--max-upload-mb", "2"});
  ASSERT_TRUE(server.wait_for("serving the drop-in page"));
  httplib::Client cli("127.0.0.1", port_of(slurp(server.log)));
  auto t = Clock::now();
  auto r = cli.Post("/api/check", upload({bomb}));
  double took = since(t);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413);
  EXPECT_NE(r->body.find("unpacks to more than 8 MB"), std::string::npos) << r->body;
  EXPECT_LT(took, 2.0);
  if (!kSanitized) { EXPECT_LT(peak_mb(server.pid), 100); }
  std::printf("[ figures ] %ju-byte zip of a 100 MB file: %d in %.3f s, server peak %.0f MB\n",
              std::uintmax_t(fs::file_size(bomb)), r->status, took, peak_mb(server.pid));
}

TEST(ServeLimits, LockFilesInsideZipsAreNotRead) {
  std::string book = slurp(source_dir() + kSample);
  std::string zip =
      make_zip({{"papers/baseline.xlsx", book}, {"papers/~$baseline.xlsx", book}, {".~lock.baseline.xlsx#", "lock"}},
               "papers.zip");
  Background server({"serve", "--port", "0"});
  ASSERT_TRUE(server.wait_for("serving the drop-in page"));
  httplib::Client cli("127.0.0.1", port_of(slurp(server.log)));
  auto r = cli.Post("/api/check", upload({zip}));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("\"path\": \"baseline.xlsx\""), std::string::npos) << r->body.substr(0, 400);
  EXPECT_EQ(r->body.find("~$"), std::string::npos);
  // The lock file's name, not any "lock" (the account names "profile-blocks").
  EXPECT_EQ(r->body.find(".~lock"), std::string::npos);
}

TEST(ServeLimits, ManyConcurrentUploadsAreAllAnswered) {
  Background server({"serve", "--port", "0", "--workers", "2"});
  ASSERT_TRUE(server.wait_for("serving the drop-in page"));
  int port = port_of(slurp(server.log));
  const int kUsers = 32;
  std::vector<int> status(kUsers, 0);
  std::vector<std::string> error(kUsers);
  std::vector<double> took(kUsers, 0);
  std::vector<std::thread> users;
  for (int i = 0; i < kUsers; ++i) {
    users.emplace_back([&, i] {
      httplib::Client cli("127.0.0.1", port);
      cli.set_read_timeout(60, 0);
      auto t = Clock::now();
      auto r = cli.Post("/api/check", upload({source_dir() + kSample}));
      took[std::size_t(i)] = since(t);
      if (r)
        status[std::size_t(i)] = r->status;
      else
        error[std::size_t(i)] = httplib::to_string(r.error());
    });
  }
  for (auto &t : users) t.join();
  for (int i = 0; i < kUsers; ++i)
    EXPECT_EQ(status[std::size_t(i)], 200) << i << " " << error[std::size_t(i)] << "\n" << slurp(server.log);
  std::printf("[ figures ] %d concurrent uploads, 2 checks at a time: slowest answered in %.2f s\n", kUsers,
              *std::max_element(took.begin(), took.end()));
}

// An upload folder left by a killed server is removed when the next starts;
// one belonging to a running server is not.
TEST(ServeLimits, KilledServerLeavesNoUploadFolderAfterTheNextStart) {
  std::string tmp = temp_dir();
  auto upload_folders = [&] {
    std::size_t n = 0;
    for (auto &e : fs::directory_iterator(tmp)) n += e.path().filename().string().rfind("fundbook-upload", 0) == 0;
    return n;
  };
  {
    Background server({"serve", "--port", "0"}, tmp);
    ASSERT_TRUE(server.wait_for("serving the drop-in page"));
    RawClient c(port_of(slurp(server.log)));
    // Headers and the start of an upload, then nothing: the folder exists.
    std::string boundary = "XyZ";
    std::string part =
        "--" + boundary +
        "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nScheme,2017-18\r\n";
    c.send_all("POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=" + boundary +
               "\r\nContent-Length: 100000\r\n\r\n" + part);
    for (int i = 0; i < 100 && upload_folders() == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ASSERT_EQ(upload_folders(), 1u);
    EXPECT_EQ(server.stop(SIGKILL), 128 + SIGKILL);
  }
  EXPECT_EQ(upload_folders(), 1u) << "a killed server cannot clean up after itself";
  // A folder of a server still running (this test's own process id) stays.
  fs::create_directory(tmp + "/fundbook-upload.tmp-" + std::to_string(::getpid()) + "-abcdef");
  Background next({"serve", "--port", "0"}, tmp);
  ASSERT_TRUE(next.wait_for("serving the drop-in page"));
  EXPECT_EQ(upload_folders(), 1u);
  EXPECT_TRUE(fs::exists(tmp + "/fundbook-upload.tmp-" + std::to_string(::getpid()) + "-abcdef"));
}

namespace {
// The upload folders of the server with that process id in `dir`.
std::size_t upload_folders_of(pid_t pid, const std::string &dir) {
  std::size_t n = 0;
  std::string stem = "fundbook-upload.tmp-" + std::to_string(pid) + "-";
  std::error_code ec;
  for (auto &e : fs::directory_iterator(dir, ec)) n += e.path().filename().string().rfind(stem, 0) == 0;
  return n;
}
bool memory_folder_usable() { return fs::is_directory("/dev/shm") && ::access("/dev/shm", W_OK) == 0; }
} // namespace

// With no TMPDIR set, an upload is held in memory (/dev/shm) while it is
// checked, and removed when answered: a few hundred files created and
// removed on a disk file system cost more than checking them.
TEST(ServeLimits, UploadsAreHeldInMemoryAndRemovedAfterTheAnswer) {
  if (!memory_folder_usable()) GTEST_SKIP() << "no writable /dev/shm here";
  ::unsetenv("TMPDIR"); // this test's own process (ctest runs each test alone)
  Background server({"serve", "--port", "0"});
  ASSERT_TRUE(server.wait_for("serving the drop-in page"));
  int port = port_of(slurp(server.log));
  {
    // The start of an upload, then nothing: its folder is in memory.
    RawClient c(port);
    std::string part =
        "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nScheme,2017-18\r\n";
    c.send_all("POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=XyZ\r\n"
               "Content-Length: 100000\r\n\r\n" +
               part);
    for (int i = 0; i < 100 && upload_folders_of(server.pid, "/dev/shm") == 0; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    EXPECT_EQ(upload_folders_of(server.pid, "/dev/shm"), 1u);
    EXPECT_EQ(upload_folders_of(server.pid, fs::temp_directory_path().string()), 0u);
  }
  httplib::Client cli("127.0.0.1", port);
  cli.set_read_timeout(60, 0);
  auto r = cli.Post("/api/check", upload({source_dir() + kSample}));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->body.find("\"path\": \"baseline-2017-06-transformation-fund.xlsx\""), std::string::npos);
  // The abandoned upload's folder goes when its connection does.
  for (int i = 0; i < 250 && upload_folders_of(server.pid, "/dev/shm") != 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(upload_folders_of(server.pid, "/dev/shm"), 0u);
}

// A zip that unpacks past the memory allowed for uploads moves to disk and
// is checked whole there; nothing is left in either place.
TEST(ServeLimits, UploadPastItsMemoryMovesToDiskAndIsCheckedWhole) {
  if (!memory_folder_usable()) GTEST_SKIP() << "no writable /dev/shm here";
  ::unsetenv("TMPDIR");
  // Three CSVs of 450 KB each: a small zip, 1.3 MB unpacked, past 1 MB.
  std::string csv = slurp(write_schemes_csv(8000, "big.csv"));
  ASSERT_GT(csv.size(), 400u << 10);
  std::string zip = make_zip({{"a.csv", csv}, {"b.csv", csv}, {"c.csv", csv}}, "returns.zip");
  ASSERT_LT(fs::file_size(zip), 1u << 20);
  Background server({"serve", "--port", "0", "--upload-memory-mb", "1"});
  ASSERT_TRUE(server.wait_for("serving the drop-in page"));
  httplib::Client cli("127.0.0.1", port_of(slurp(server.log)));
  cli.set_read_timeout(60, 0);
  auto r = cli.Post("/api/check", upload({source_dir() + kSample, zip}));
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  for (const char *name : {"baseline-2017-06-transformation-fund.xlsx", "a.csv", "b.csv", "c.csv"})
    EXPECT_NE(r->body.find("\"path\": \"" + std::string(name) + "\", \"format\""), std::string::npos) << name;
  EXPECT_NE(r->body.find("\"inputs\": 4"), std::string::npos);
  EXPECT_EQ(r->body.find("fundbook-upload"), std::string::npos);
  EXPECT_EQ(upload_folders_of(server.pid, "/dev/shm"), 0u);
  EXPECT_EQ(upload_folders_of(server.pid, fs::temp_directory_path().string()), 0u);
}
