#pragma once
// A small streaming JSON writer: correct escaping, valid UTF-8 whatever the
// input bytes, shortest round-trip numbers. Given a sink, it hands its text
// on in blocks as it goes, so a document of any size is never held whole;
// without one, the document is kept for str().
#include <cstddef>
#include <cstring>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>

namespace fundbook {

// Called only where a key written in the program would need escaping: not
// constexpr, so such a key does not compile (write it with key_text).
void key_needs_escaping();

// A key written in the program (a string literal), checked as it is compiled
// to need no escaping, so it is written as it is: a check's JSON has about a
// million such keys (60,000 schemes), each checked again at run time before.
class PlainKey {
public:
  template <std::size_t N>
  consteval PlainKey(const char (&s)[N]) // NOLINT(google-explicit-constructor): a literal is passed as the key
      : text_(s, N - 1) {
    for (std::size_t i = 0; i + 1 < N; ++i) {
      auto c = static_cast<unsigned char>(s[i]);
      if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') key_needs_escaping();
    }
  }
  std::string_view text() const { return text_; }

private:
  std::string_view text_;
};

class JsonWriter {
public:
  JsonWriter() = default;
  explicit JsonWriter(std::ostream &sink) : sink_(&sink) {}
  JsonWriter &begin_object();
  JsonWriter &end_object();
  // Elements are written ", " apart; Tight: "," (a long list of row numbers).
  enum class Spacing { Spaced, Tight };
  JsonWriter &begin_array(Spacing spacing = Spacing::Spaced);
  JsonWriter &end_array();
  JsonWriter &key(PlainKey k);
  // A key made at run time (a year, a workstream's name): escaped as a string is.
  JsonWriter &key_text(std::string_view k);
  JsonWriter &string(std::string_view s);
  JsonWriter &number(double v);
  JsonWriter &raw_number(std::string_view decimal); // exact decimal text, e.g. from Money
  JsonWriter &boolean(bool b);
  JsonWriter &null();
  JsonWriter &raw(std::string_view text); // text outside any value (e.g. the closing newline)
  // Hands what is buffered to the sink (no-op without one).
  void flush();
  // The document written so far (without a sink: all of it).
  std::string str() const { return len_ ? std::string(buf_.get(), len_) : std::string(); }

private:
  // Room for n more bytes at the end of the buffer: with a sink, what is
  // buffered is handed on first when it would not fit. A check's JSON is a
  // few million short pieces (keys, references, figures), each written with
  // one such call and a copy, not a string's append per piece.
  char *room(std::size_t n) {
    if (cap_ - len_ < n) make_room(n);
    return buf_.get() + len_;
  }
  void make_room(std::size_t n);
  void put(std::string_view s) {
    if (s.empty()) return;
    std::memcpy(room(s.size()), s.data(), s.size());
    len_ += s.size();
  }
  void quoted(std::string_view s, std::string_view after = {});
  void comma();
  std::ostream *sink_ = nullptr;
  std::unique_ptr<char[]> buf_;
  std::size_t len_ = 0, cap_ = 0;
  // Per open container: 1 while no element is written in it, 0 after; T and t
  // the same for a Tight array.
  std::string first_;
  bool after_key_ = false;
};

// s as a JSON string literal. Text that is not valid UTF-8 (a file name in
// an old Windows code page, say) is read as Windows-1252, as the readers
// read such text, so the document stays valid and the name legible.
std::string json_escape(std::string_view s);
void append_json_string(std::string &out, std::string_view s);

} // namespace fundbook
