#include "cli/uploads.hpp"

#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>

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

UploadFolder::UploadFolder() {
  std::string t = (fs::temp_directory_path() / "fundbook-upload-XXXXXX").string();
  if (!::mkdtemp(t.data())) throw std::runtime_error("cannot create a temporary folder for the upload");
  dir_ = t;
}

UploadFolder::~UploadFolder() {
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

std::string UploadFolder::save(const std::string &name, const char *data, std::size_t size) {
  std::string safe = safe_file_name(name);
  std::string path = dir_ + "/" + safe;
  // Two uploads with one name are both kept.
  for (int n = 2; fs::exists(path); ++n) {
    auto dot = safe.rfind('.');
    path = dir_ + "/" +
           (dot == std::string::npos ? safe + " (" + std::to_string(n) + ")"
                                     : safe.substr(0, dot) + " (" + std::to_string(n) + ")" + safe.substr(dot));
  }
  std::ofstream out(path, std::ios::binary);
  out.write(data, std::streamsize(size));
  if (!out) throw std::runtime_error("cannot store the upload");
  saved_.push_back(path);
  return path;
}

namespace {
bool is_plain_zip(const std::string &filename, const std::string &content) {
  std::string lower = filename;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  bool zip_name = lower.size() > 4 && lower.compare(lower.size() - 4, 4, ".zip") == 0;
  return zip_name && content.size() > 4 && content.compare(0, 2, "PK") == 0;
}
bool workbook_name(const std::string &n) {
  std::string l = n;
  std::transform(l.begin(), l.end(), l.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  for (const char *e : {".xlsx", ".xlsm", ".xls", ".ods", ".csv"}) {
    std::size_t k = std::strlen(e);
    if (l.size() > k && l.compare(l.size() - k, k, e) == 0) return true;
  }
  return false;
}
} // namespace

void UploadFolder::add(const std::string &filename, const std::string &content, const UploadLimits &limits) {
  bytes_ += content.size();
  if (bytes_ > limits.max_bytes) {
    throw std::length_error("the upload is larger than " + std::to_string(limits.max_bytes >> 20) + " MB");
  }
  if (!is_plain_zip(filename, content)) {
    if (++count_ > limits.max_files)
      throw std::length_error("more than " + std::to_string(limits.max_files) + " files in one upload");
    save(filename, content.data(), content.size());
    return;
  }
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t *src = zip_source_buffer_create(content.data(), content.size(), 0, &err);
  zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY, &err) : nullptr;
  if (!z) {
    if (src) zip_source_free(src);
    zip_error_fini(&err);
    throw std::runtime_error(safe_file_name(filename) + ": the zip file is damaged and could not be opened");
  }
  // Unpacked, a zip may hold at most ten times the upload limit: a zip bomb stops here.
  std::size_t unpacked = 0, limit = limits.max_bytes * 10;
  zip_int64_t n = zip_get_num_entries(z, 0);
  std::vector<char> buf;
  try {
    for (zip_int64_t i = 0; i < n; ++i) {
      zip_stat_t st;
      if (zip_stat_index(z, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME)) continue;
      std::string name = st.name;
      if (name.empty() || name.back() == '/' || name.find("__MACOSX") != std::string::npos || !workbook_name(name))
        continue;
      std::string base = safe_file_name(name);
      if (base.rfind("~$", 0) == 0) continue;
      if ((st.valid & ZIP_STAT_SIZE) && (st.size > limit || unpacked + st.size > limit)) {
        throw std::length_error(safe_file_name(filename) + " unpacks to more than " + std::to_string(limit >> 20) +
                                " MB: this looks like a zip bomb and was refused");
      }
      if (++count_ > limits.max_files)
        throw std::length_error("more than " + std::to_string(limits.max_files) + " files in one upload");
      zip_file_t *f = zip_fopen_index(z, zip_uint64_t(i), 0);
      if (!f) continue;
      buf.clear();
      char chunk[65536];
      zip_int64_t got;
      while ((got = zip_fread(f, chunk, sizeof chunk)) > 0) {
        unpacked += std::size_t(got);
        if (unpacked > limit) {
          zip_fclose(f);
          throw std::length_error(safe_file_name(filename) + " unpacks to more than " + std::to_string(limit >> 20) +
                                  " MB: this looks like a zip bomb and was refused");
        }
        buf.insert(buf.end(), chunk, chunk + got);
      }
      zip_fclose(f);
      save(name, buf.data(), buf.size());
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
      p = ".";
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
}

} // namespace fundbook::cli
