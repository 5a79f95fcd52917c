#pragma once
// Workbooks arriving over HTTP: each request's files go into a private
// temporary folder (zips unpacked there, within limits) that is removed when
// the request is done.
#include <string>
#include <vector>

#include "engine/model.hpp"

namespace fundbook::cli {

struct UploadLimits {
  std::size_t max_bytes = 50u << 20; // all parts of one request
  std::size_t max_files = 200;       // workbooks, after unpacking zips
};

class UploadFolder {
public:
  UploadFolder();
  ~UploadFolder(); // removes the folder and everything in it
  UploadFolder(const UploadFolder &) = delete;
  UploadFolder &operator=(const UploadFolder &) = delete;

  const std::string &path() const { return dir_; }
  // Saves one uploaded file under a safe name; a .zip of workbooks is
  // unpacked. Throws std::length_error when a limit is passed and
  // std::runtime_error for a broken zip.
  void add(const std::string &filename, const std::string &content, const UploadLimits &limits);
  std::size_t files() const { return count_; }
  // Every file saved, in upload order: checked one by one, so a file that is
  // not a workbook gets its own message rather than being passed over.
  const std::vector<std::string> &saved() const { return saved_; }

private:
  std::string save(const std::string &name, const char *data, std::size_t size);
  std::string dir_;
  std::vector<std::string> saved_;
  std::size_t count_ = 0;
  std::size_t bytes_ = 0;
};

// A name safe to create in a folder: the last path part, without control
// characters, leading dots or anything but letters, digits and " ._-()&'".
std::string safe_file_name(const std::string &name);

// Replaces the private folder in every path of a result with nothing, so
// answers name the files as the user uploaded them.
void relabel_paths(CheckResult &r, const std::string &folder);

} // namespace fundbook::cli
