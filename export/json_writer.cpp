#include "export/json_writer.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace fundbook {

std::string json_escape(std::string_view s) {
  std::string o;
  o.reserve(s.size() + 2);
  o += '"';
  for (unsigned char c : s) {
    switch (c) {
    case '"': o += "\\\""; break;
    case '\\': o += "\\\\"; break;
    case '\n': o += "\\n"; break;
    case '\r': o += "\\r"; break;
    case '\t': o += "\\t"; break;
    default:
      if (c < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        o += buf;
      } else {
        o += char(c);
      }
    }
  }
  o += '"';
  return o;
}

void JsonWriter::comma() {
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
  out_ += json_escape(k);
  out_ += ": ";
  after_key_ = true;
  return *this;
}
JsonWriter &JsonWriter::string(std::string_view s) {
  comma();
  out_ += json_escape(s);
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
JsonWriter &JsonWriter::null() {
  comma();
  out_ += "null";
  return *this;
}

} // namespace fundbook
