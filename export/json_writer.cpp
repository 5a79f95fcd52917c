#include "export/json_writer.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ostream>

#include "import/text_encoding.hpp"

namespace fundbook {

namespace {
// Enough to make each write to the sink worth its call, small beside any document.
constexpr std::size_t kFlushAt = 1 << 16;
} // namespace

std::string json_escape(std::string_view s) {
  std::string o;
  append_json_string(o, s);
  return o;
}

namespace {
// Whether s is ASCII with no byte JSON escapes (a control character, '"' or
// '\\'): eight bytes at a time, as a 60,000-scheme check writes 30 MB of
// such text. Each test is exact for "some byte of the word is ..." (Anderson's
// bit hacks: haszero, and hasless for n <= 128), so a word is passed only when
// none of its bytes is one of them.
bool plain_ascii(std::string_view s) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  auto has_zero = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  auto has_less = [&](std::uint64_t v, std::uint64_t n) { return (v - kOnes * n) & ~v & kHigh; };
  std::uint64_t bad = 0;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    bad |= (w & kHigh) | has_less(w, 0x20) | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\'));
  }
  for (; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    bad |= (c >= 0x80) | (c < 0x20) | (c == '"') | (c == '\\');
  }
  return bad == 0;
}
} // namespace

void append_json_string(std::string &o, std::string_view s) {
  // Nearly every text of a check's JSON (references, titles, paths) is plain
  // ASCII with nothing to escape: it goes in as one block, and a text that
  // has something to escape goes in as the runs between those bytes.
  auto escaped = [](unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; };
  if (plain_ascii(s)) { // the common case, a key or a reference: as it is
    o.reserve(o.size() + s.size() + 2);
    o += '"';
    o.append(s);
    o += '"';
    return;
  }
  unsigned char high = 0;
  for (unsigned char c : s) high |= c;
  std::string converted;
  if ((high & 0x80) && !is_valid_utf8(s)) {
    converted = cp1252_to_utf8(s);
    s = converted;
  }
  o.reserve(o.size() + s.size() + 2);
  o += '"';
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (!escaped(c)) continue;
    o.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
    case '"': o += "\\\""; break;
    case '\\': o += "\\\\"; break;
    case '\n': o += "\\n"; break;
    case '\r': o += "\\r"; break;
    case '\t': o += "\\t"; break;
    default: {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      o += buf;
    }
    }
  }
  o.append(s.data() + run, s.size() - run);
  o += '"';
}

void JsonWriter::flush() {
  if (!sink_ || out_.empty()) return;
  sink_->write(out_.data(), std::streamsize(out_.size()));
  out_.clear();
}

void JsonWriter::comma() {
  if (sink_ && out_.size() >= kFlushAt) flush();
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_ += ", ";
    first_.back() = false;
  }
}

JsonWriter &JsonWriter::begin_object() {
  comma();
  out_ += '{';
  first_.push_back(true);
  return *this;
}
JsonWriter &JsonWriter::end_object() {
  out_ += '}';
  first_.pop_back();
  return *this;
}
JsonWriter &JsonWriter::begin_array() {
  comma();
  out_ += '[';
  first_.push_back(true);
  return *this;
}
JsonWriter &JsonWriter::end_array() {
  out_ += ']';
  first_.pop_back();
  return *this;
}
JsonWriter &JsonWriter::key(std::string_view k) {
  comma();
  append_json_string(out_, k);
  out_ += ": ";
  after_key_ = true;
  return *this;
}
JsonWriter &JsonWriter::string(std::string_view s) {
  comma();
  append_json_string(out_, s);
  return *this;
}
JsonWriter &JsonWriter::number(double v) {
  comma();
  if (!std::isfinite(v)) {
    out_ += "null";
    return *this;
  }
  if (v == std::floor(v) && std::fabs(v) < 1e15) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    out_ += buf;
    return *this;
  }
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, r.ptr);
  return *this;
}
JsonWriter &JsonWriter::raw_number(std::string_view d) {
  comma();
  out_ += d;
  return *this;
}
JsonWriter &JsonWriter::boolean(bool b) {
  comma();
  out_ += b ? "true" : "false";
  return *this;
}
JsonWriter &JsonWriter::raw(std::string_view text) {
  out_ += text;
  return *this;
}
JsonWriter &JsonWriter::null() {
  comma();
  out_ += "null";
  return *this;
}

} // namespace fundbook
