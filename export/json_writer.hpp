#pragma once
// A small streaming JSON writer: correct escaping, valid UTF-8 whatever the
// input bytes, shortest round-trip numbers. Given a sink, it hands its text
// on in blocks as it goes, so a document of any size is never held whole;
// without one, the document is kept for str().
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace fundbook {

class JsonWriter {
public:
  JsonWriter() = default;
  explicit JsonWriter(std::ostream &sink) : sink_(&sink) {}
  JsonWriter &begin_object();
  JsonWriter &end_object();
  JsonWriter &begin_array();
  JsonWriter &end_array();
  JsonWriter &key(std::string_view k);
  JsonWriter &string(std::string_view s);
  JsonWriter &number(double v);
  JsonWriter &raw_number(std::string_view decimal); // exact decimal text, e.g. from Money
  JsonWriter &boolean(bool b);
  JsonWriter &null();
  JsonWriter &raw(std::string_view text); // text outside any value (e.g. the closing newline)
  // Hands what is buffered to the sink (no-op without one).
  void flush();
  const std::string &str() const { return out_; }

private:
  void comma();
  std::ostream *sink_ = nullptr;
  std::string out_;
  std::vector<bool> first_; // per open container: no element written yet
  bool after_key_ = false;
};

// s as a JSON string literal. Text that is not valid UTF-8 (a file name in
// an old Windows code page, say) is read as Windows-1252, as the readers
// read such text, so the document stays valid and the name legible.
std::string json_escape(std::string_view s);
void append_json_string(std::string &out, std::string_view s);

} // namespace fundbook
