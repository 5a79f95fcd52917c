#include "import/zip_package.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <vector>

#include "import/read_error.hpp"

namespace fundbook {

namespace {

// Packages up to this size are read whole: most council workbooks are a few
// hundred kilobytes, and on a folder of them libzip's seek and read for each
// chunk of each part cost more than holding the bytes.
constexpr off_t kReadWhole = 1 << 20;

// The file's bytes when it is a regular file of at most kReadWhole bytes and
// reads whole; otherwise nothing (libzip then opens the file itself, and says
// in its own words what is wrong with it).
std::optional<std::string> small_file_bytes(const std::string &path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::optional<std::string> bytes;
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && st.st_size <= kReadWhole) {
    std::string b(std::size_t(st.st_size), '\0');
    std::size_t got = 0;
    while (got < b.size()) {
      ssize_t n = ::read(fd, b.data() + got, b.size() - got);
      if (n <= 0) break;
      got += std::size_t(n);
    }
    // A file that changed size while it was read is left to libzip.
    char extra;
    if (got == b.size() && ::read(fd, &extra, 1) == 0) bytes = std::move(b);
  }
  ::close(fd);
  return bytes;
}

// zip_open's work on bytes in memory, with the same error code out.
zip_t *open_bytes(const std::string &bytes, int *err) {
  zip_error_t ze;
  zip_error_init(&ze);
  zip_source_t *src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &ze);
  zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY, &ze) : nullptr;
  if (!z) {
    if (src) zip_source_free(src);
    *err = zip_error_code_zip(&ze);
  }
  zip_error_fini(&ze);
  return z;
}

} // namespace

ZipPackage::ZipPackage(const std::string &path, const Limits &limits) : limits_(limits) {
  int err = 0;
  if (auto bytes = small_file_bytes(path)) {
    bytes_ = std::move(*bytes);
    archive_ = open_bytes(bytes_, &err);
  } else {
    archive_ = zip_open(path.c_str(), ZIP_RDONLY, &err);
  }
  if (!archive_) {
    if (err == ZIP_ER_NOZIP || err == ZIP_ER_INCONS) {
      throw ReadError(ReadError::Kind::Damaged,
                      "the file is damaged or incomplete (its zip structure is broken): ask for a fresh copy, or open "
                      "it in Excel and save it again");
    }
    zip_error_t ze;
    zip_error_init_with_code(&ze, err);
    std::string msg = zip_error_strerror(&ze);
    zip_error_fini(&ze);
    throw ReadError(ReadError::Kind::Damaged, "could not open the file as a zip package (" + msg + ")");
  }
  // A part named twice, or parts that together inflate past the limit, are
  // the marks of a zip bomb; refuse before inflating anything.
  zip_int64_t n = zip_get_num_entries(archive_, 0);
  std::uint64_t declared = 0;
  std::vector<std::string> names;
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(archive_, zip_uint64_t(i), 0, &st) != 0) {
      names.emplace_back();
      continue;
    }
    if (st.valid & ZIP_STAT_SIZE) declared += st.size;
    names.emplace_back((st.valid & ZIP_STAT_NAME) ? st.name : "");
  }
  if (declared > limits_.max_inflated_bytes) {
    zip_discard(archive_);
    archive_ = nullptr;
    throw ReadError(ReadError::Kind::TooLarge, "the package would inflate to " + std::to_string(declared >> 20) +
                                                   " MB: this looks like a zip bomb, not a workbook, and was refused");
  }
  for (std::size_t i = 0; i < names.size(); ++i) {
    // Two parts of one name: which one a reader takes decides what is read,
    // and another program may take the other; refuse rather than guess.
    if (!names[i].empty() && !index_.emplace(names[i], std::int64_t(i)).second) {
      zip_discard(archive_);
      archive_ = nullptr;
      throw ReadError(ReadError::Kind::Damaged,
                      "it holds two parts named " + names[i].substr(0, 200) +
                          ", the mark of a zip bomb or a damaged file, so which one holds the figures cannot be told: "
                          "refused; open it in Excel or LibreOffice and save it again");
    }
  }
}

ZipPackage::~ZipPackage() {
  if (archive_) zip_discard(archive_);
}

std::optional<std::int64_t> ZipPackage::locate(std::string_view name) const {
  std::string n(name);
  if (auto it = index_.find(n); it != index_.end()) return it->second;
  zip_int64_t idx = zip_name_locate(archive_, n.c_str(), 0);
  if (idx < 0) idx = zip_name_locate(archive_, n.c_str(), ZIP_FL_NOCASE);
  if (idx < 0) return std::nullopt;
  return idx;
}

bool ZipPackage::has(std::string_view name) const { return locate(name).has_value(); }

std::uint64_t ZipPackage::inflated_size(std::string_view name) const {
  auto idx = locate(name);
  zip_stat_t st;
  zip_stat_init(&st);
  if (!idx || zip_stat_index(archive_, *idx, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) return 0;
  return st.size;
}

void ZipPackage::stream(std::string_view name, const std::function<void(const char *, std::size_t)> &sink) {
  std::vector<char> buf(1 << 16);
  stream_into(
      name, [&](std::size_t n) { return n <= buf.size() ? buf.data() : (buf.resize(n), buf.data()); },
      [&](std::size_t n) { sink(buf.data(), n); });
}

void ZipPackage::stream_into(std::string_view name, const std::function<char *(std::size_t)> &room,
                             const std::function<void(std::size_t)> &filled) {
  auto idx = locate(name);
  if (!idx) throw ReadError(ReadError::Kind::Damaged, "the package has no part named " + std::string(name));
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(archive_, *idx, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE)) {
    if (st.size > limits_.max_inflated_bytes) {
      throw ReadError(ReadError::Kind::TooLarge, "part " + std::string(name) + " would inflate to " +
                                                     std::to_string(st.size >> 20) +
                                                     " MB, over the limit: this looks like a zip bomb, not a workbook");
    }
    if (st.size > (64u << 20) && st.comp_size > 0 && st.size / st.comp_size > limits_.max_part_ratio) {
      throw ReadError(ReadError::Kind::TooLarge, "part " + std::string(name) + " has a suspicious compression ratio (" +
                                                     std::to_string(st.size / st.comp_size) +
                                                     ":1): this looks like a zip bomb, not a workbook");
    }
  }
  zip_file_t *f = zip_fopen_index(archive_, *idx, 0);
  if (!f) {
    std::string why = zip_strerror(archive_);
    if (why.find("ncrypt") != std::string::npos || why.find("assword") != std::string::npos) {
      throw ReadError(ReadError::Kind::Encrypted, "password-protected: save an unprotected copy");
    }
    throw ReadError(ReadError::Kind::Damaged, "could not open part " + std::string(name) + " (" + why + ")");
  }
  constexpr std::size_t kChunk = 1 << 16;
  for (;;) {
    char *buf = nullptr;
    try {
      buf = room(kChunk);
    } catch (...) {
      zip_fclose(f);
      throw;
    }
    zip_int64_t n = zip_fread(f, buf, kChunk);
    if (n < 0) {
      std::string why = zip_file_strerror(f);
      zip_fclose(f);
      throw ReadError(ReadError::Kind::Damaged, "the file is damaged (" + why + " in part " + std::string(name) +
                                                    "): ask for a fresh copy, or open it in Excel and save it again");
    }
    if (n == 0) break;
    inflated_ += static_cast<std::uint64_t>(n);
    if (inflated_ > limits_.max_inflated_bytes) {
      zip_fclose(f);
      throw ReadError(ReadError::Kind::TooLarge, "the package inflates to more than " +
                                                     std::to_string(limits_.max_inflated_bytes >> 20) +
                                                     " MB: this looks like a zip bomb, not a workbook");
    }
    try {
      filled(static_cast<std::size_t>(n));
    } catch (...) {
      zip_fclose(f);
      throw;
    }
  }
  zip_fclose(f);
}

std::string ZipPackage::read_all(std::string_view name) {
  std::string out;
  stream(name, [&](const char *p, std::size_t n) { out.append(p, n); });
  return out;
}

std::optional<std::string> resolve_part(std::string_view base_dir, std::string_view target) {
  std::string t(target);
  for (auto &ch : t)
    if (ch == '\\') ch = '/';
  std::string joined;
  if (!t.empty() && t[0] == '/') {
    joined = t.substr(1);
  } else {
    joined = std::string(base_dir);
    if (!joined.empty() && joined.back() != '/') joined += '/';
    joined += t;
  }
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= joined.size()) {
    std::size_t end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    std::string seg = joined.substr(start, end - start);
    if (seg == "..") {
      if (parts.empty()) return std::nullopt;
      parts.pop_back();
    } else if (!seg.empty() && seg != ".") {
      parts.push_back(seg);
    }
    start = end + 1;
  }
  std::string out;
  for (auto &p : parts) {
    if (!out.empty()) out += '/';
    out += p;
  }
  return out;
}

} // namespace fundbook
