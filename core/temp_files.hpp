#pragma once
// Temporary files and folders whose names carry the process id of their
// maker ("NAME-tmp-<pid>-XXXXXX"), so that a later run can tell what a killed
// process left behind from what another live process is still writing, and
// remove only the former.
#include <sys/types.h>

#include <filesystem>
#include <string>

namespace fundbook {

// The marker between a temporary name's stem and its maker's process id.
inline constexpr const char *kTempMarker = ".tmp-";

// Creates a unique empty file "DIR/STEM.tmp-<pid>-XXXXXX" and returns its path;
// throws std::runtime_error when the folder cannot be written.
std::string make_temp_file(const std::filesystem::path &dir, const std::string &stem);
// Creates a unique folder "DIR/STEM.tmp-<pid>-XXXXXX" and returns its path.
std::string make_temp_folder(const std::filesystem::path &dir, const std::string &stem);

// True when `name` is a temporary name made above whose maker is no longer
// running (the maker's pid is read from the name).
bool is_stale_temp_name(const std::string &name);
// Removes every stale temporary file or folder directly in `dir` whose name
// starts with `stem` followed by the marker; returns how many were removed.
// An empty stem matches any stem.
std::size_t remove_stale_temps(const std::filesystem::path &dir, const std::string &stem = "");

// While a path is registered, SIGINT, SIGTERM and SIGHUP remove it before the
// process ends (a kill -9 leaves it for remove_stale_temps). At most a few
// paths at a time; registering returns false when there is no room.
bool register_temp(const std::string &path);
void unregister_temp(const std::string &path);

// Registers a path for its lifetime.
class TempGuard {
public:
  explicit TempGuard(std::string path) : path_(std::move(path)) { register_temp(path_); }
  ~TempGuard() { unregister_temp(path_); }
  TempGuard(const TempGuard &) = delete;
  TempGuard &operator=(const TempGuard &) = delete;

private:
  std::string path_;
};

} // namespace fundbook
