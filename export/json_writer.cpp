#include "export/json_writer.hpp"

#include <algorithm>
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
// none of its bytes is one of them. The last word is the text's last eight
// bytes (overlapping the one before), and a text shorter than a word is
// tested as a word padded with 'a': no byte is looked at one at a time.
constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
inline std::uint64_t to_escape(std::uint64_t w) {
  auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  auto has_less = [](std::uint64_t v, std::uint64_t n) { return (v - kOnes * n) & ~v & kHigh; };
  return (w & kHigh) | has_less(w, 0x20) | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\'));
}
template <class T> T load(const char *p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
bool plain_ascii(std::string_view s) {
  const char *p = s.data();
  std::size_t n = s.size();
  std::uint64_t w = 0;
  if (n >= 8) {
    std::uint64_t bad = 0;
    for (std::size_t i = 0; i + 8 < n; i += 8) bad |= to_escape(load<std::uint64_t>(p + i));
    return (bad | to_escape(load<std::uint64_t>(p + n - 8))) == 0;
  }
  // Fewer than eight bytes: the first and last four (or two) of them, which
  // may overlap, make up one word, the rest of it 'a'.
  if (n >= 4)
    w = load<std::uint32_t>(p) | std::uint64_t(load<std::uint32_t>(p + n - 4)) << 32;
  else if (n >= 2)
    w = load<std::uint16_t>(p) | std::uint64_t(load<std::uint16_t>(p + n - 2)) << 16 | (kOnes * 'a') << 32;
  else
    w = (n ? std::uint8_t(p[0]) : std::uint64_t('a')) | (kOnes * 'a') << 8;
  return to_escape(w) == 0;
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
  if (!sink_ || len_ == 0) return;
  sink_->write(buf_.get(), std::streamsize(len_));
  len_ = 0;
}

void JsonWriter::make_room(std::size_t n) {
  if (sink_ && len_) {
    flush();
    if (cap_ >= n) return;
  }
  // Enough to make each write to the sink worth its call, small beside any
  // document; without a sink the buffer doubles, as a string would.
  std::size_t cap = std::max({n, cap_ * 2, sink_ ? kFlushAt : std::size_t(256)});
  auto bigger = std::make_unique_for_overwrite<char[]>(cap);
  if (len_) std::memcpy(bigger.get(), buf_.get(), len_);
  buf_ = std::move(bigger);
  cap_ = cap;
}

// s as a JSON string literal, then `after` (": " after a key).
void JsonWriter::quoted(std::string_view s, std::string_view after) {
  if (plain_ascii(s)) { // nearly every text: a key, a reference, a title
    char *p = room(s.size() + 2 + after.size());
    *p++ = '"';
    if (!s.empty()) std::memcpy(p, s.data(), s.size());
    p += s.size();
    *p++ = '"';
    if (!after.empty()) std::memcpy(p, after.data(), after.size());
    len_ += s.size() + 2 + after.size();
    return;
  }
  std::string escaped;
  append_json_string(escaped, s);
  put(escaped);
  put(after);
}

void JsonWriter::comma() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    char &state = first_.back();
    if (state == '0') {
      char *p = room(2);
      p[0] = ',';
      p[1] = ' ';
      len_ += 2;
    } else if (state == 't') {
      put(",");
    }
    state = state == 'T' || state == 't' ? 't' : '0';
  }
}

JsonWriter &JsonWriter::begin_object() {
  comma();
  put("{");
  first_ += '1';
  return *this;
}
JsonWriter &JsonWriter::end_object() {
  put("}");
  first_.pop_back();
  return *this;
}
JsonWriter &JsonWriter::begin_array(Spacing spacing) {
  comma();
  put("[");
  first_ += spacing == Spacing::Tight ? 'T' : '1';
  return *this;
}
JsonWriter &JsonWriter::end_array() {
  put("]");
  first_.pop_back();
  return *this;
}
void key_needs_escaping() {}

JsonWriter &JsonWriter::key(PlainKey k) {
  comma();
  std::string_view s = k.text();
  char *p = room(s.size() + 4);
  *p++ = '"';
  if (!s.empty()) std::memcpy(p, s.data(), s.size());
  p += s.size();
  p[0] = '"';
  p[1] = ':';
  p[2] = ' ';
  len_ += s.size() + 4;
  after_key_ = true;
  return *this;
}
JsonWriter &JsonWriter::key_text(std::string_view k) {
  comma();
  quoted(k, ": ");
  after_key_ = true;
  return *this;
}
JsonWriter &JsonWriter::string(std::string_view s) {
  comma();
  quoted(s);
  return *this;
}
JsonWriter &JsonWriter::number(double v) {
  comma();
  if (!std::isfinite(v)) {
    put("null");
    return *this;
  }
  if (v == std::floor(v) && std::fabs(v) < 1e15) {
    char buf[32];
    int n = std::snprintf(buf, sizeof buf, "%.0f", v);
    put(std::string_view(buf, std::size_t(n)));
    return *this;
  }
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  put(std::string_view(buf, std::size_t(r.ptr - buf)));
  return *this;
}
JsonWriter &JsonWriter::raw_number(std::string_view d) {
  comma();
  put(d);
  return *this;
}
JsonWriter &JsonWriter::boolean(bool b) {
  comma();
  put(b ? "true" : "false");
  return *this;
}
JsonWriter &JsonWriter::raw(std::string_view text) {
  put(text);
  return *this;
}
JsonWriter &JsonWriter::null() {
  comma();
  put("null");
  return *this;
}

} // namespace fundbook
