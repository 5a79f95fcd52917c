#include "cli/uploads.hpp"

#include <linux/magic.h>
#include <sys/vfs.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>

#include "core/temp_files.hpp"
#include "import/formats.hpp"

namespace fundbook::cli {

namespace fs = std::filesystem;

std::string safe_file_name(const std::string &name) {
  std::string base = name;
  auto slash = base.find_last_of("/\\");
  if (slash != std::string::npos) base = base.substr(slash + 1);
  std::string out;
  for (unsigned char c : base) {
    if (std::isalnum(c) || c >= 0x80 || std::strchr(" ._-()&'", c))
      out += char(c);
    else
      out += '_';
  }
  while (!out.empty() && (out.front() == '.' || out.front() == ' ')) out.erase(0, 1);
  if (out.size() > 120) out = out.substr(out.size() - 120);
  if (out.empty()) out = "upload";
  return out;
}

std::string UploadMemory::default_dir() {
  const char *tmpdir = std::getenv("TMPDIR");
  if (tmpdir && *tmpdir) return "";
  struct statfs fs {};
  if (::statfs("/dev/shm", &fs) != 0 || fs.f_type != TMPFS_MAGIC || ::access("/dev/shm", W_OK | X_OK) != 0) return "";
  return "/dev/shm";
}

bool UploadMemory::take(std::size_t bytes) {
  std::lock_guard lock(mutex_);
  if (bytes > budget_ - used_) return false;
  used_ += bytes;
  return true;
}

void UploadMemory::give(std::size_t bytes) {
  std::lock_guard lock(mutex_);
  used_ -= std::min(bytes, used_);
}

UploadFolder::UploadFolder(UploadMemory *memory, std::size_t expected) {
  if (memory && expected && memory->take(expected)) {
    try {
      dir_ = make_temp_folder(memory->dir(), kUploadFolderStem);
      memory_ = memory;
      reserved_ = expected;
      return;
    } catch (const std::exception &) { memory->give(expected); }
  }
  dir_ = make_temp_folder(fs::temp_directory_path(), kUploadFolderStem);
}

UploadFolder::~UploadFolder() {
  if (out_) std::fclose(out_);
  std::error_code ec;
  fs::remove_all(dir_, ec);
  if (memory_) memory_->give(reserved_);
}

void UploadFolder::room_for(std::size_t more) {
  if (!memory_) return;
  std::size_t stored = bytes_ + unpacked_;
  if (stored + more <= reserved_) return;
  if (memory_->take(stored + more - reserved_)) {
    reserved_ = stored + more;
    return;
  }
  // No more room in memory: the files so far go to disk, and the rest with them.
  std::string disk = make_temp_folder(fs::temp_directory_path(), kUploadFolderStem);
  for (auto &p : saved_) {
    std::string to = disk + p.substr(dir_.size());
    fs::copy_file(p, to);
    p = to;
  }
  std::error_code ec;
  fs::remove_all(dir_, ec); // a zip being unpacked stays open until it is done
  memory_->give(reserved_);
  memory_ = nullptr;
  reserved_ = 0;
  dir_ = disk;
}

std::size_t remove_stale_upload_folders() {
  std::error_code ec;
  fs::path tmp = fs::temp_directory_path(ec);
  std::size_t n = ec ? 0 : remove_stale_temps(tmp, kUploadFolderStem);
  // Memory-backed folders too, wherever this server was started from.
  if (fs::is_directory("/dev/shm", ec) && ::access("/dev/shm", W_OK) == 0)
    n += remove_stale_temps("/dev/shm", kUploadFolderStem);
  return n;
}

bool lock_file_name(const std::string &name) {
  std::string base = name;
  auto slash = base.find_last_of("/\\");
  if (slash != std::string::npos) base = base.substr(slash + 1);
  return base.rfind("~$", 0) == 0 || base.rfind(".~lock.", 0) == 0;
}

std::string UploadFolder::unique_path(const std::string &name) const {
  std::string safe = safe_file_name(name);
  std::string path = dir_ + "/" + safe;
  // Two uploads with one name are both kept.
  for (int n = 2; fs::exists(path); ++n) {
    auto dot = safe.rfind('.');
    path = dir_ + "/" +
           (dot == std::string::npos ? safe + " (" + std::to_string(n) + ")"
                                     : safe.substr(0, dot) + " (" + std::to_string(n) + ")" + safe.substr(dot));
  }
  return path;
}

namespace {
std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return s;
}
bool ends_with(const std::string &s, const char *e) {
  std::size_t k = std::strlen(e);
  return s.size() > k && s.compare(s.size() - k, k, e) == 0;
}
std::string mb(std::size_t bytes) { return std::to_string(bytes >> 20) + " MB"; }
} // namespace

void UploadFolder::begin(const std::string &filename, const UploadLimits &limits) {
  if (out_) end(limits);
  current_name_ = filename;
  current_ = unique_path(filename);
  head_.clear();
  out_ = std::fopen(current_.c_str(), "wbx");
  if (!out_) throw std::runtime_error("cannot store the upload: " + std::string(std::strerror(errno)));
}

void UploadFolder::write(const char *data, std::size_t size, const UploadLimits &limits) {
  bytes_ += size;
  if (bytes_ > limits.max_bytes) throw std::length_error("the upload is larger than " + mb(limits.max_bytes));
  if (head_.size() < 4) head_.append(data, std::min(size, 4 - head_.size()));
  if (out_ && std::fwrite(data, 1, size, out_) != size)
    throw std::runtime_error("cannot store the upload: " + std::string(std::strerror(errno)));
}

void UploadFolder::end(const UploadLimits &limits) {
  if (!out_) return;
  bool ok = std::fclose(out_) == 0;
  out_ = nullptr;
  if (!ok) throw std::runtime_error("cannot store the upload: " + std::string(std::strerror(errno)));
  if (lock_file_name(current_name_)) {
    fs::remove(current_);
    return;
  }
  if (ends_with(lower(current_name_), ".zip") && head_.compare(0, 2, "PK") == 0) {
    unpack(current_, current_name_, limits);
    fs::remove(current_);
    return;
  }
  if (++count_ > limits.max_files)
    throw std::length_error("more than " + std::to_string(limits.max_files) + " files in one upload");
  saved_.push_back(current_);
}

void UploadFolder::add(const std::string &filename, const std::string &content, const UploadLimits &limits) {
  begin(filename, limits);
  write(content.data(), content.size(), limits);
  end(limits);
}

void UploadFolder::unpack(const std::string &zip_path, const std::string &shown, const UploadLimits &limits) {
  int error = 0;
  zip_t *z = zip_open(zip_path.c_str(), ZIP_RDONLY, &error);
  if (!z) throw std::runtime_error(safe_file_name(shown) + ": the zip file is damaged and could not be opened");
  struct Entry {
    zip_uint64_t index;
    std::string name;
  };
  std::vector<Entry> take;
  std::string bomb = safe_file_name(shown) + " unpacks to more than " + mb(limits.max_unpacked_bytes) +
                     " (the limit for one upload) and was refused";
  try {
    // What the zip says it holds is checked before anything is inflated.
    std::size_t declared = unpacked_;
    zip_int64_t n = zip_get_num_entries(z, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
      zip_stat_t st;
      if (zip_stat_index(z, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME)) continue;
      std::string name = st.name;
      if (name.empty() || name.back() == '/' || name.find("__MACOSX") != std::string::npos ||
          !has_workbook_extension(name) || lock_file_name(name))
        continue;
      if (!(st.valid & ZIP_STAT_SIZE) || st.size > limits.max_unpacked_bytes ||
          (declared += std::size_t(st.size)) > limits.max_unpacked_bytes)
        throw std::length_error(bomb);
      if (count_ + take.size() + 1 > limits.max_files)
        throw std::length_error("more than " + std::to_string(limits.max_files) + " files in one upload");
      take.push_back({zip_uint64_t(i), name});
    }
    room_for(declared - unpacked_);
    // Inflated a piece at a time, counting what really comes out.
    std::vector<char> chunk(65536);
    for (auto &e : take) {
      zip_file_t *f = zip_fopen_index(z, e.index, 0);
      if (!f) continue;
      std::string path = unique_path(e.name);
      std::FILE *out = std::fopen(path.c_str(), "wbx");
      if (!out) {
        zip_fclose(f);
        throw std::runtime_error("cannot store the upload: " + std::string(std::strerror(errno)));
      }
      zip_int64_t got;
      bool fine = true;
      while ((got = zip_fread(f, chunk.data(), chunk.size())) > 0) {
        unpacked_ += std::size_t(got);
        if (unpacked_ > limits.max_unpacked_bytes ||
            std::fwrite(chunk.data(), 1, std::size_t(got), out) != std::size_t(got)) {
          fine = false;
          break;
        }
      }
      zip_fclose(f);
      std::fclose(out);
      if (unpacked_ > limits.max_unpacked_bytes) throw std::length_error(bomb);
      if (!fine) throw std::runtime_error("cannot store the upload: " + std::string(std::strerror(errno)));
      ++count_;
      saved_.push_back(path);
    }
  } catch (...) {
    zip_discard(z);
    throw;
  }
  zip_discard(z);
}

void relabel_paths(CheckResult &r, const std::string &folder) {
  std::string prefix = folder + "/";
  auto fix = [&](std::string &p) {
    if (p.compare(0, prefix.size(), prefix) == 0)
      p = p.substr(prefix.size());
    else if (p == folder)
      p.assign(1, '.');
  };
  auto fix_text = [&](std::string &s) {
    for (std::size_t at; (at = s.find(prefix)) != std::string::npos;) s.erase(at, prefix.size());
  };
  for (auto &i : r.inputs) fix(i.path);
  for (auto &f : r.findings) {
    fix(f.path);
    fix_text(f.message);
  }
  // Schemes share their file's path: fix each distinct one once, and share it again.
  std::map<std::string, SharedText> fixed;
  for (auto &s : r.schemes) {
    auto it = fixed.find(s.source.path.str());
    if (it == fixed.end()) {
      std::string p = s.source.path;
      fix(p);
      it = fixed.emplace(s.source.path.str(), SharedText(p)).first;
    }
    s.source.path = it->second;
  }
  for (auto &t : r.tables) fix(t.path);
  for (auto &o : r.rag_overviews) fix(o.path);
  for (auto &c : r.checked) fix(c.path);
  for (auto &u : r.unchecked) fix(u.path);
}

} // namespace fundbook::cli
