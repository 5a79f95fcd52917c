#include "cli/bounded_server.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <set>

#include "export/json_writer.hpp"

namespace fundbook::cli {

using Clock = std::chrono::steady_clock;

std::string error_json(const std::string &message) {
  JsonWriter w;
  w.begin_object().key("error").string(message).end_object();
  return w.str() + "\n";
}

struct BoundedServer::Connection {
  enum State { Header, Idle, Drain };
  int fd = -1;
  std::string buf;     // bytes read from the socket and not yet given to httplib
  std::size_t pos = 0; // buf[pos..] is unread
  State state = Header;
  Clock::time_point deadline;
  std::size_t served = 0; // requests answered on this connection
  std::size_t header_len = 0;
  std::uint64_t content_length = 0;
  bool chunked = false;
  std::size_t drained = 0;
  explicit Connection(int s) : fd(s) {}
  ~Connection() {
    if (fd >= 0) ::close(fd);
  }
  std::size_t unread() const { return buf.size() - pos; }
};

namespace {

using Connection = BoundedServer::Connection;

// Runs each accepted socket's task at once: it only hands the socket to the gate.
struct InlineQueue : httplib::TaskQueue {
  void enqueue(std::function<void()> fn) override { fn(); }
  void shutdown() override {}
};

const char *reason(int status) {
  switch (status) {
  case 408: return "Request Timeout";
  case 413: return "Payload Too Large";
  case 431: return "Request Header Fields Too Large";
  default: return "Service Unavailable";
  }
}

// A short answer from the gate, written without waiting; the connection is
// then drained (so the client reads the answer rather than a reset) and closed.
void refuse(Connection &c, int status, const std::string &message) {
  std::string body = error_json(message);
  std::string head = "HTTP/1.1 " + std::to_string(status) + " " + reason(status) +
                     "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
                     "\r\nConnection: close\r\n";
  if (status == 503) head += "Retry-After: 5\r\n";
  std::string all = head + "\r\n" + body;
  [[maybe_unused]] ssize_t n = ::send(c.fd, all.data(), all.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
  ::shutdown(c.fd, SHUT_WR);
  c.state = Connection::Drain;
  c.deadline = Clock::now() + std::chrono::seconds(2);
}

bool iequals_prefix(const std::string &s, std::size_t at, const char *name) {
  std::size_t n = std::strlen(name);
  if (at + n > s.size()) return false;
  for (std::size_t i = 0; i < n; ++i) {
    if (std::tolower(static_cast<unsigned char>(s[at + i])) != name[i]) return false;
  }
  return true;
}

// Reads the body's framing from complete headers at buf[pos, pos+len).
void read_framing(Connection &c) {
  c.content_length = 0;
  c.chunked = false;
  std::size_t end = c.pos + c.header_len;
  for (std::size_t at = c.buf.find('\n', c.pos); at != std::string::npos && at + 1 < end;
       at = c.buf.find('\n', at + 1)) {
    std::size_t line = at + 1;
    if (iequals_prefix(c.buf, line, "content-length:")) {
      c.content_length = std::strtoull(c.buf.c_str() + line + 15, nullptr, 10);
    } else if (iequals_prefix(c.buf, line, "transfer-encoding:")) {
      std::size_t eol = c.buf.find('\n', line);
      std::string v = c.buf.substr(line + 18, eol - line - 18);
      for (auto &ch : v) ch = char(std::tolower(static_cast<unsigned char>(ch)));
      c.chunked = v.find("chunked") != std::string::npos;
    }
  }
}

// The end of the headers in the unread bytes (searching from `from`), or 0.
std::size_t header_end(const Connection &c, std::size_t from) {
  from = std::max(from, c.pos);
  for (std::size_t i = from; i < c.buf.size(); ++i) {
    if (c.buf[i] != '\n') continue;
    if (i + 1 < c.buf.size() && c.buf[i + 1] == '\n') return i + 2 - c.pos;
    if (i + 2 < c.buf.size() && c.buf[i + 1] == '\r' && c.buf[i + 2] == '\n') return i + 3 - c.pos;
  }
  return 0;
}

// The connection as httplib's Stream: the bytes the gate read first, then the
// socket, each wait bounded, the whole request within a time set by its size.
class ConnectionStream : public httplib::Stream {
public:
  ConnectionStream(Connection &c, const ConnectionLimits &l) : c_(c), l_(l) {
    auto body_time = std::chrono::milliseconds(c.content_length * 1000 / std::max<std::size_t>(l.body_min_rate, 1));
    deadline_ = Clock::now() + l.io_timeout + body_time;
  }
  bool is_readable() const override { return c_.unread() > 0 || wait(POLLIN, l_.io_timeout); }
  bool is_writable() const override { return wait(POLLOUT, l_.io_timeout); }
  ssize_t read(char *ptr, size_t size) override {
    if (c_.unread() > 0) {
      std::size_t k = std::min(size, c_.unread());
      std::memcpy(ptr, c_.buf.data() + c_.pos, k);
      c_.pos += k;
      if (c_.pos == c_.buf.size()) {
        c_.buf.clear();
        c_.pos = 0;
      }
      consumed_ += k;
      return ssize_t(k);
    }
    for (;;) {
      auto now = Clock::now();
      if (now >= deadline_) return -1;
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - now);
      if (!wait(POLLIN, std::min(left, l_.io_timeout))) return -1;
      ssize_t n = ::recv(c_.fd, ptr, size, 0);
      if (n > 0) consumed_ += std::size_t(n);
      if (n >= 0) return n;
      if (errno != EAGAIN && errno != EINTR) return -1;
    }
  }
  ssize_t write(const char *ptr, size_t size) override {
    std::size_t done = 0;
    while (done < size) {
      if (!wait(POLLOUT, l_.io_timeout)) return -1;
      ssize_t n = ::send(c_.fd, ptr + done, size - done, MSG_NOSIGNAL);
      if (n < 0) {
        if (errno == EAGAIN || errno == EINTR) continue;
        return -1;
      }
      done += std::size_t(n);
    }
    return ssize_t(size);
  }
  void get_remote_ip_and_port(std::string &ip, int &port) const override { name_of(true, ip, port); }
  void get_local_ip_and_port(std::string &ip, int &port) const override { name_of(false, ip, port); }
  socket_t socket() const override { return c_.fd; }
  // The request was read to its end, so the next one starts at the next byte.
  bool request_consumed() const { return !c_.chunked && consumed_ >= c_.header_len + c_.content_length; }

private:
  bool wait(short events, std::chrono::milliseconds ms) const {
    pollfd p{c_.fd, events, 0};
    int r;
    do r = ::poll(&p, 1, int(ms.count()));
    while (r < 0 && errno == EINTR);
    return r > 0 && !(p.revents & (POLLERR | POLLNVAL));
  }
  void name_of(bool peer, std::string &ip, int &port) const {
    sockaddr_storage a{};
    socklen_t len = sizeof a;
    int r = peer ? ::getpeername(c_.fd, reinterpret_cast<sockaddr *>(&a), &len)
                 : ::getsockname(c_.fd, reinterpret_cast<sockaddr *>(&a), &len);
    if (r != 0) return;
    char text[INET6_ADDRSTRLEN] = "";
    if (a.ss_family == AF_INET) {
      auto *v4 = reinterpret_cast<sockaddr_in *>(&a);
      ::inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
      port = ntohs(v4->sin_port);
    } else if (a.ss_family == AF_INET6) {
      auto *v6 = reinterpret_cast<sockaddr_in6 *>(&a);
      ::inet_ntop(AF_INET6, &v6->sin6_addr, text, sizeof text);
      port = ntohs(v6->sin6_port);
    }
    ip = text;
  }

  Connection &c_;
  const ConnectionLimits &l_;
  Clock::time_point deadline_;
  std::size_t consumed_ = 0;
};

} // namespace

BoundedServer::BoundedServer(ConnectionLimits limits) : limits_(limits) {
  new_task_queue = [] { return new InlineQueue; };
  wake_fd_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  gate_ = std::thread([this] { gate_loop(); });
  for (unsigned i = 0; i < std::max(1u, limits_.workers); ++i) workers_.emplace_back([this] { worker_loop(); });
}

BoundedServer::~BoundedServer() {
  halt();
  if (wake_fd_ >= 0) ::close(wake_fd_);
}

void BoundedServer::halt() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (halting_ && !gate_.joinable()) return;
    halting_ = true;
    for (auto &c : queue_) ::shutdown(c->fd, SHUT_RDWR);
    queue_.clear();
    // Requests being answered read no more of their clients; their answers still go.
    for (int fd : active_) ::shutdown(fd, SHUT_RD);
  }
  std::uint64_t one = 1;
  [[maybe_unused]] ssize_t n = ::write(wake_fd_, &one, sizeof one);
  work_cv_.notify_all();
  if (gate_.joinable()) gate_.join();
  for (auto &w : workers_) {
    if (w.joinable()) w.join();
  }
  std::lock_guard<std::mutex> lock(mutex_);
  incoming_.clear();
}

void BoundedServer::widen_backlog() { ::listen(svr_sock_, int(limits_.open_max)); }

bool BoundedServer::process_and_close_socket(socket_t sock) {
  ::fcntl(sock, F_SETFD, FD_CLOEXEC);
  ::fcntl(sock, F_SETFL, ::fcntl(sock, F_GETFL) | O_NONBLOCK);
  auto c = std::make_unique<Connection>(sock);
  c->deadline = Clock::now() + limits_.header_timeout;
  to_gate(std::move(c));
  return true;
}

void BoundedServer::to_gate(std::unique_ptr<Connection> c) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (halting_) return; // closes it
    incoming_.push_back(std::move(c));
  }
  std::uint64_t one = 1;
  [[maybe_unused]] ssize_t n = ::write(wake_fd_, &one, sizeof one);
}

void BoundedServer::gate_loop() {
  std::vector<std::unique_ptr<Connection>> conns;
  std::vector<pollfd> fds;
  char chunk[16384];
  // Looks at a connection's unread bytes: complete headers go to a worker.
  auto examine = [&](Connection &c, std::size_t search_from) -> bool /* handed over */ {
    if (c.state != Connection::Header || c.unread() == 0) return false;
    std::size_t len = header_end(c, search_from);
    if (len == 0) {
      if (c.unread() > limits_.header_max_bytes)
        refuse(c, 431, "the request headers are larger than " + std::to_string(limits_.header_max_bytes >> 10) + " KB");
      return false;
    }
    if (len > limits_.header_max_bytes) {
      refuse(c, 431, "the request headers are larger than " + std::to_string(limits_.header_max_bytes >> 10) + " KB");
      return false;
    }
    c.header_len = len;
    read_framing(c);
    if (c.content_length > limits_.body_max_bytes) {
      refuse(c, 413, "the upload is larger than " + std::to_string(limits_.body_max_bytes >> 20) + " MB");
      return false;
    }
    return true;
  };
  std::vector<std::unique_ptr<Connection>> ready;
  for (;;) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (halting_) break;
      for (auto &c : incoming_) {
        if (conns.size() >= limits_.open_max) {
          refuse(*c, 503, "the server has too many open connections; try again in a few seconds");
        } else if (examine(*c, 0)) {
          ready.push_back(std::move(c));
          continue;
        }
        conns.push_back(std::move(c));
      }
      incoming_.clear();
    }
    fds.assign(1, pollfd{wake_fd_, POLLIN, 0});
    auto now = Clock::now();
    auto next = now + std::chrono::seconds(1);
    for (auto &c : conns) {
      fds.push_back(pollfd{c->fd, POLLIN, 0});
      next = std::min(next, c->deadline);
    }
    if (ready.empty()) {
      int ms = int(std::chrono::duration_cast<std::chrono::milliseconds>(next - now).count()) + 1;
      ::poll(fds.data(), fds.size(), std::max(ms, 0));
    }
    if (fds[0].revents & POLLIN) {
      std::uint64_t v;
      [[maybe_unused]] ssize_t n = ::read(wake_fd_, &v, sizeof v);
    }
    now = Clock::now();
    std::vector<std::unique_ptr<Connection>> keep;
    for (std::size_t i = 0; i < conns.size(); ++i) {
      auto &c = conns[i];
      bool gone = false;
      if (fds[i + 1].revents) {
        if (c->state == Connection::Drain) {
          ssize_t n = ::recv(c->fd, chunk, sizeof chunk, 0);
          if (n > 0) c->drained += std::size_t(n);
          gone = n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR) || c->drained > limits_.body_max_bytes;
        } else {
          std::size_t before = c->buf.size();
          ssize_t n = ::recv(c->fd, chunk, sizeof chunk, 0);
          if (n > 0) {
            if (c->state == Connection::Idle) {
              c->state = Connection::Header;
              c->deadline = now + limits_.header_timeout;
            }
            c->buf.append(chunk, std::size_t(n));
            if (examine(*c, before >= 3 ? before - 3 : 0)) {
              ready.push_back(std::move(c));
              continue;
            }
          } else {
            gone = n == 0 || (errno != EAGAIN && errno != EINTR);
          }
        }
      }
      if (!gone && now >= c->deadline) {
        if (c->state == Connection::Header) {
          refuse(*c, 408,
                 "the request headers did not arrive within " +
                     std::to_string(double(limits_.header_timeout.count()) / 1000.0).substr(0, 4) + " seconds");
        } else {
          gone = true;
        }
      }
      if (!gone) keep.push_back(std::move(c));
    }
    conns.swap(keep);
    // Complete requests to the workers, or 503 when too many wait already.
    for (auto &c : ready) {
      std::unique_lock<std::mutex> lock(mutex_);
      if (queue_.size() >= limits_.queue_max) {
        lock.unlock();
        refuse(*c, 503, "the server is busy: too many requests are waiting; try again in a few seconds");
        conns.push_back(std::move(c));
        continue;
      }
      queue_.push_back(std::move(c));
      lock.unlock();
      work_cv_.notify_one();
    }
    ready.clear();
  }
}

void BoundedServer::worker_loop() {
  for (;;) {
    std::unique_ptr<Connection> c;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      work_cv_.wait(lock, [&] { return halting_ || !queue_.empty(); });
      if (halting_) return;
      c = std::move(queue_.front());
      queue_.pop_front();
      active_.insert(c->fd);
    }
    int fd = c->fd;
    serve_one(std::move(c));
    std::lock_guard<std::mutex> lock(mutex_);
    active_.erase(fd);
  }
}

void BoundedServer::serve_one(std::unique_ptr<Connection> c) {
  ConnectionStream strm(*c, limits_);
  bool last = c->served + 1 >= limits_.keep_alive_max;
  bool closed = false;
  bool ok = process_request(strm, last, closed, nullptr);
  ++c->served;
  if (!strm.request_consumed()) {
    // The answer went before the whole request was read (an upload refused
    // part way): read the rest away so the client sees the answer.
    ::shutdown(c->fd, SHUT_WR);
    c->state = Connection::Drain;
    c->deadline = Clock::now() + std::chrono::seconds(2);
    to_gate(std::move(c));
    return;
  }
  if (!ok || closed || last) return; // closes it
  c->state = c->unread() > 0 ? Connection::Header : Connection::Idle;
  c->deadline = Clock::now() + (c->state == Connection::Header ? limits_.header_timeout : limits_.keep_alive_idle);
  to_gate(std::move(c));
}

} // namespace fundbook::cli
