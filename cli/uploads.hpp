#pragma once
// Workbooks arriving over HTTP: each request's files are written, as they
// arrive, into a private temporary folder (zips unpacked there, within
// limits checked before inflating) that is removed when the request is done.
#include <cstdio>
#include <mutex>
#include <string>
#include <vector>

#include "engine/model.hpp"

namespace fundbook::cli {

struct UploadLimits {
  std::size_t max_bytes = 50u << 20;           // all parts of one request
  std::size_t max_files = 200;                 // workbooks, after unpacking zips
  std::size_t max_unpacked_bytes = 200u << 20; // what the zips of one request inflate to
};

// The temporary folders' names start with this (then ".tmp-<pid>-XXXXXX").
inline constexpr const char *kUploadFolderStem = "fundbook-upload";

// A memory-backed folder (tmpfs) for the uploads in flight, up to a budget.
// Creating and removing a few hundred files on a disk file system can cost
// more than checking them, and uploads held in memory never reach the disk.
class UploadMemory {
public:
  UploadMemory(std::string dir, std::size_t budget) : dir_(std::move(dir)), budget_(dir_.empty() ? 0 : budget) {}
  // "/dev/shm" when it is a tmpfs this process may write and TMPDIR is not
  // set (a TMPDIR set says where temporary files are to go), else "".
  static std::string default_dir();
  const std::string &dir() const { return dir_; }
  bool take(std::size_t bytes); // false when that would pass the budget
  void give(std::size_t bytes);

private:
  std::string dir_;
  std::size_t budget_;
  std::mutex mutex_;
  std::size_t used_ = 0;
};

class UploadFolder {
public:
  // In memory when `memory` has room for the `expected` bytes (the request's
  // length), else in the temporary folder on disk.
  explicit UploadFolder(UploadMemory *memory = nullptr, std::size_t expected = 0);
  ~UploadFolder(); // removes the folder and everything in it
  UploadFolder(const UploadFolder &) = delete;
  UploadFolder &operator=(const UploadFolder &) = delete;

  const std::string &path() const { return dir_; }
  // One uploaded file, arriving in pieces: saved under a safe name; a .zip of
  // workbooks is unpacked when it ends. Throws std::length_error when a limit
  // is passed and std::runtime_error for a broken zip or a full disk.
  void begin(const std::string &filename, const UploadLimits &limits);
  void write(const char *data, std::size_t size, const UploadLimits &limits);
  void end(const UploadLimits &limits);
  // All of one file at once.
  void add(const std::string &filename, const std::string &content, const UploadLimits &limits);

  std::size_t files() const { return count_; }
  // Every file saved, in upload order: checked one by one, so a file that is
  // not a workbook gets its own message rather than being passed over.
  const std::vector<std::string> &saved() const { return saved_; }

private:
  std::string unique_path(const std::string &name) const;
  // Before `more` bytes are stored beyond what arrived (a zip unpacked): more
  // room from the budget, or the folder moved to disk.
  void room_for(std::size_t more);
  void unpack(const std::string &zip_path, const std::string &shown, const UploadLimits &limits);
  std::string dir_;
  std::vector<std::string> saved_;
  std::size_t count_ = 0;
  std::size_t bytes_ = 0;
  std::size_t unpacked_ = 0;
  UploadMemory *memory_ = nullptr; // while the folder is in memory
  std::size_t reserved_ = 0;       // of memory's budget
  // The file being received.
  std::FILE *out_ = nullptr;
  std::string current_, current_name_, head_;
};

// Removes the upload folders a killed server left in the temporary folder
// (those whose server is no longer running); returns how many.
std::size_t remove_stale_upload_folders();

// A name safe to create in a folder: the last path part, without control
// characters, leading dots or anything but letters, digits and " ._-()&'".
std::string safe_file_name(const std::string &name);

// Office and LibreOffice lock files ("~$budget.xlsx", ".~lock.budget.xlsx#"):
// never workbooks, whatever they are called.
bool lock_file_name(const std::string &name);

// Replaces the private folder in every path of a result with nothing, so
// answers name the files as the user uploaded them.
void relabel_paths(CheckResult &r, const std::string &folder);

} // namespace fundbook::cli
