#include "core/install_dirs.hpp"

#include <limits.h>
#include <unistd.h>

namespace fundbook {

std::string program_dir() {
  char buf[PATH_MAX];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return {};
  std::string exe(buf, std::size_t(n));
  return exe.substr(0, exe.rfind('/'));
}

std::vector<std::string> data_dirs(const std::string &what) {
  std::string dir = program_dir();
  if (dir.empty()) return {};
  // A test or tool one folder below the build tree's top finds it there too.
  return {dir + "/" + what, dir + "/../" + what, dir + "/../share/fundbook/" + what};
}

} // namespace fundbook
