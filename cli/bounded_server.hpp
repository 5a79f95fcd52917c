#pragma once
// An HTTP server (Debian's cpp-httplib) that one client cannot stall.
//
// httplib gives each connection a thread from a fixed pool as soon as it is
// accepted, so a few clients sending their headers a byte a second hold every
// thread. Here one gate thread reads every connection's request headers with
// poll(), within a deadline and a size limit, and only a request whose headers
// are complete is queued for a worker; a full queue is answered 503 at once.
// The worker hands httplib the bytes already read and the socket, and after
// the answer gives a kept-alive connection back to the gate.
#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace fundbook::cli {

struct ConnectionLimits {
  std::chrono::milliseconds header_timeout{10'000}; // from accepting to the end of the headers
  std::size_t header_max_bytes = 32u << 10;
  std::chrono::milliseconds keep_alive_idle{5'000};
  std::chrono::milliseconds io_timeout{15'000}; // one read or write that makes no progress
  std::size_t body_max_bytes = 51u << 20;       // a larger Content-Length is answered 413 unread
  std::size_t body_min_rate = 32u << 10;        // bytes a second, after a grace of io_timeout
  unsigned workers = 16;                        // requests being answered at once
  std::size_t queue_max = 64;                   // complete requests waiting for a worker
  std::size_t open_max = 512;                   // connections still sending their headers
  std::size_t keep_alive_max = 100;             // requests on one connection
};

// A JSON error answer: {"error": message}.
std::string error_json(const std::string &message);

class BoundedServer : public httplib::Server {
public:
  explicit BoundedServer(ConnectionLimits limits);
  ~BoundedServer() override;
  // After binding: httplib listens with a backlog of 5, so a burst of clients
  // overflowed it and some were reset before being accepted.
  void widen_backlog();
  // After listen_after_bind() returns: ends connections waiting in the gate or
  // the queue and waits for the workers' current answers.
  void halt();

  struct Connection; // a socket and the bytes read from it not yet used

private:
  bool process_and_close_socket(socket_t sock) override;
  void gate_loop();
  void worker_loop();
  void to_gate(std::unique_ptr<Connection> c);
  void serve_one(std::unique_ptr<Connection> c);

  ConnectionLimits limits_;
  int wake_fd_ = -1;
  std::mutex mutex_;
  std::condition_variable work_cv_;
  std::vector<std::unique_ptr<Connection>> incoming_; // for the gate
  std::deque<std::unique_ptr<Connection>> queue_;     // for the workers
  std::set<int> active_;                              // sockets a worker is answering
  bool halting_ = false;
  std::thread gate_;
  std::vector<std::thread> workers_;
};

} // namespace fundbook::cli
