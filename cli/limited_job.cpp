#include "cli/limited_job.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

namespace fundbook::cli {

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true; // the sanitizer's shadow memory counts as data
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

std::mutex g_mutex;
std::set<pid_t> g_running;
bool g_stopping = false;

std::string self_exe() {
  char buf[PATH_MAX];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  return n > 0 ? std::string(buf, std::size_t(n)) : std::string();
}

std::size_t resident_bytes(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/statm");
  std::size_t size = 0, resident = 0;
  in >> size >> resident;
  return resident * std::size_t(::sysconf(_SC_PAGESIZE));
}

} // namespace

JobOutcome run_job(const std::vector<std::string> &args, const JobLimits &limits, const std::string &err_path) {
  JobOutcome o;
  static const std::string exe = self_exe();
  std::vector<std::string> owned{exe};
  owned.insert(owned.end(), args.begin(), args.end());
  std::vector<char *> argv;
  argv.reserve(owned.size() + 1);
  for (auto &a : owned) argv.push_back(a.data());
  argv.push_back(nullptr);

  int out[2];
  if (exe.empty() || ::pipe2(out, O_CLOEXEC) != 0) {
    o.err = "cannot start the check";
    return o;
  }
  int err_fd =
      ::open(err_path.empty() ? "/dev/null" : err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  rlimit data{};
  // A backstop well above the limit: resident memory, watched below, is what
  // answers; an allocation failing first would be caught inside the check and
  // reported as an unreadable file instead of as the limit.
  data.rlim_cur = data.rlim_max = rlim_t(limits.memory_bytes) * 2 + (rlim_t(256) << 20);
  pid_t parent = ::getpid();
  pid_t pid;
  {
    std::lock_guard<std::mutex> lock(g_mutex);
    if (g_stopping) {
      ::close(out[0]);
      ::close(out[1]);
      if (err_fd >= 0) ::close(err_fd);
      o.kind = JobOutcome::Stopped;
      return o;
    }
    pid = ::fork();
    if (pid == 0) {
      // Only async-signal-safe calls from here to exec.
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);
      if (::getppid() != parent) ::_exit(127);
      ::dup2(out[1], 1);
      if (err_fd >= 0) ::dup2(err_fd, 2);
      // Sockets of other connections must not live on in the child.
      ::close_range(3, ~0u, 0);
      if (!kSanitized) ::setrlimit(RLIMIT_DATA, &data);
      ::execv(argv[0], argv.data());
      ::_exit(127);
    }
    if (pid > 0) g_running.insert(pid);
  }
  ::close(out[1]);
  if (err_fd >= 0) ::close(err_fd);
  if (pid < 0) {
    ::close(out[0]);
    o.err = "cannot start the check";
    return o;
  }

  // Room for a whole answer in the pipe (up to the system's limit), so the
  // child is not held up handing it over 64 KB at a time; and the child's end
  // wakes the loop below at once rather than at its next look.
  ::fcntl(out[0], F_SETPIPE_SZ, 1 << 20);
  int exited = int(::syscall(SYS_pidfd_open, pid, 0)); // glibc 2.36 declares pidfd_open without C linkage
  auto start = std::chrono::steady_clock::now();
  auto kill_as = [&](JobOutcome::Kind k) {
    if (o.kind == JobOutcome::Failed) o.kind = k;
    ::kill(pid, SIGKILL);
  };
  bool open = true, killed = false;
  int status = 0;
  char buf[65536];
  for (;;) {
    if (open) {
      pollfd p[2] = {{out[0], POLLIN, 0}, {exited, POLLIN, 0}};
      ::poll(p, exited >= 0 ? 2 : 1, 20);
      if (p[0].revents) {
        ssize_t n = ::read(out[0], buf, sizeof buf);
        if (n > 0) {
          if (o.out.size() + std::size_t(n) > limits.output_bytes) {
            kill_as(JobOutcome::OutputTooLarge);
            killed = true;
            open = false;
          } else {
            o.out.append(buf, std::size_t(n));
          }
        } else if (n == 0 || errno != EINTR) {
          open = false;
        }
      }
    } else if (exited >= 0) {
      pollfd p{exited, POLLIN, 0};
      ::poll(&p, 1, 20);
    } else {
      ::usleep(20'000);
    }
    pid_t w = ::waitpid(pid, &status, WNOHANG);
    if (w == pid) break;
    if (killed) continue;
    std::size_t rss = resident_bytes(pid);
    if (rss > o.peak_rss) o.peak_rss = rss;
    bool stopping;
    {
      std::lock_guard<std::mutex> lock(g_mutex);
      stopping = g_stopping;
    }
    if (stopping) {
      kill_as(JobOutcome::Stopped);
      killed = true;
    } else if (rss > limits.memory_bytes) {
      kill_as(JobOutcome::OutOfMemory);
      killed = true;
    } else if (std::chrono::steady_clock::now() - start > limits.time) {
      kill_as(JobOutcome::OutOfTime);
      killed = true;
    }
  }
  // What was written just before the end.
  if (open && !killed) {
    ssize_t n;
    while ((n = ::read(out[0], buf, sizeof buf)) > 0) {
      if (o.out.size() + std::size_t(n) > limits.output_bytes) {
        o.kind = JobOutcome::OutputTooLarge;
        break;
      }
      o.out.append(buf, std::size_t(n));
    }
  }
  ::close(out[0]);
  if (exited >= 0) ::close(exited);
  {
    std::lock_guard<std::mutex> lock(g_mutex);
    g_running.erase(pid);
  }
  o.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!err_path.empty()) {
    std::ifstream in(err_path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    o.err = ss.str();
  }
  if (o.kind != JobOutcome::Failed) {
    o.out.clear();
    return o;
  }
  bool stopping;
  {
    std::lock_guard<std::mutex> lock(g_mutex);
    stopping = g_stopping;
  }
  if (stopping && WIFSIGNALED(status)) {
    // Killed by stop_all_jobs before this loop saw the stop.
    o.kind = JobOutcome::Stopped;
    o.out.clear();
    return o;
  }
  if (WIFEXITED(status)) {
    o.kind = JobOutcome::Finished;
    o.exit_status = WEXITSTATUS(status);
  } else {
    // A signal we did not send: a crash, or the allocator's backstop.
    o.exit_status = 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    o.out.clear();
  }
  return o;
}

void stop_all_jobs() {
  std::lock_guard<std::mutex> lock(g_mutex);
  g_stopping = true;
  for (pid_t p : g_running) ::kill(p, SIGKILL);
}

bool JobSlots::acquire(std::chrono::steady_clock::time_point deadline) {
  std::unique_lock<std::mutex> lock(mutex_);
  std::uint64_t me = next_++;
  queue_.push_back(me);
  bool ok = cv_.wait_until(lock, deadline, [&] { return free_ > 0 && queue_.front() == me; });
  if (!ok) {
    for (auto it = queue_.begin(); it != queue_.end(); ++it) {
      if (*it == me) {
        queue_.erase(it);
        break;
      }
    }
    cv_.notify_all(); // the next in line may now be first
    return false;
  }
  queue_.pop_front();
  --free_;
  cv_.notify_all();
  return true;
}

void JobSlots::release() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    ++free_;
  }
  cv_.notify_all();
}

std::size_t JobSlots::waiting() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return queue_.size();
}

} // namespace fundbook::cli
