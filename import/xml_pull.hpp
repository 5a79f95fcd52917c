#pragma once
// A small non-validating XML pull tokenizer for the one large part that
// matters to speed (an OpenDocument content.xml: LibreOffice writes 200 MB
// for a 100,000-row tracker, where expat alone cost more than another
// reader's whole run). It reads the XML a spreadsheet writer writes: start,
// end and empty tags with attributes (qualified names kept as written), text
// with the five predefined entities and character references decoded, CDATA
// as text, comments and processing instructions skipped, line ends and
// attribute whitespace normalised as XML 1.0 says.
//
// It is never the last word: whatever it is not certain expat would read the
// same way (a DTD, an encoding other than UTF-8, a byte order mark, malformed
// markup, a name outside ASCII, a token longer than kMaxToken) makes next()
// return Unsure, and the caller reads the part again with XmlStream (expat),
// which gives the cells or the message it always gave. Within what it takes,
// it checks every rule of well-formedness expat checks, before passing a
// token on: tags matched, attributes unique and quoted, names and characters
// valid, one root. So a document it reads to the end is one expat reads
// alike, event for event (tests/unit/test_xml_pull.cpp holds the two to it).
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <memory>
#include <vector>

#include "import/limits.hpp"
#include "import/read_error.hpp"
#include "import/xml_stream.hpp"

namespace fundbook {

class XmlPull {
public:
  // Thrown by drive() when the part must be read again by expat.
  struct Unsure {};

  struct Token {
    enum Kind : std::uint8_t {
      Start, // name, local, attrs (NUL-terminated name/value pairs, then nullptr); empty for <a/>
      End,   // name, local
      Text,  // text (entities decoded, line ends normalised), a piece of a run
      More,  // the input given so far is used up
      Done,  // the document is complete (after finish())
      Unsure // not certain: read the part with expat
    } kind = More;
    bool empty = false;
    std::string_view name, local, text;
    const char **attrs = nullptr;
  };

  // The longest tag, comment, processing instruction or CDATA section held
  // whole: past it the part is left to expat, so memory stays bounded.
  static constexpr std::size_t kMaxToken = 8u << 20;

  explicit XmlPull(const Limits &limits, std::string part) : limits_(limits), part_(std::move(part)) {}
  // Room for n more bytes (ZipPackage::stream_into inflates into it), then
  // filled(k) says k were written there. finish() says there is no more.
  char *room(std::size_t n);
  void filled(std::size_t k);
  void finish() { eof_ = true; }
  Token next();

  // Passes every token available to the handler as XmlStream would
  // (start, end, text; an empty tag as a start and an end; the nesting
  // limit), until the input given is used up. Throws Unsure, or what the
  // handler throws (a std::exception other than ReadError as the ReadError
  // XmlStream would make of it); handler_failed() then says so.
  template <class H> void drive(H &handler);
  bool handler_failed() const { return handler_failed_; }

private:
  Token unsure() {
    unsure_ = true;
    Token t;
    t.kind = Token::Unsure;
    return t;
  }
  Token cut_at_end(const char *p, const char *end);
  Token start_tag(const char *p);
  Token end_tag(const char *p);
  Token text_run(const char *p);
  // Skips a comment, a processing instruction or the XML declaration; Unsure
  // or More as next() would return them, else Start with nothing set.
  int skip_markup(const char *&p);
  bool declaration(const char *p, const char *close);

  Limits limits_;
  std::string part_;
  std::unique_ptr<char[]> buf_;
  std::size_t cap_ = 0, len_ = 0, pos_ = 0;
  bool eof_ = false, unsure_ = false, handler_failed_ = false;
  bool began_ = false;     // the XML declaration (or its absence) is behind
  bool root_seen_ = false; // the root element has started
  std::uint32_t depth_ = 0;
  // Open elements' qualified names, one after another, and where each starts.
  std::string open_names_;
  std::vector<std::uint32_t> open_starts_;
  std::vector<const char *> attrs_;
  struct Span {
    std::uint32_t name, name_end, value, value_end;
    bool plain; // the value needs no decoding
  };
  std::vector<Span> spans_;
};

template <class H> void XmlPull::drive(H &handler) {
  for (;;) {
    Token t = next();
    if ((t.kind == Token::More && !eof_) || t.kind == Token::Done) return;
    if (t.kind == Token::Unsure || t.kind == Token::More) throw Unsure{};
    handler_failed_ = true; // until the handler returns
    try {
      if (t.kind == Token::Start) {
        if (++depth_ > limits_.max_xml_depth)
          throw ReadError(ReadError::Kind::Damaged, xml_too_deep_message(part_, limits_.max_xml_depth));
        handler.H::start(t.local, XmlAttrs{t.attrs});
        if (t.empty) {
          --depth_;
          handler.H::end(t.local);
        }
      } else if (t.kind == Token::End) {
        --depth_;
        handler.H::end(t.local);
      } else {
        handler.H::text(t.text);
      }
    } catch (const ReadError &) { throw; } catch (const std::exception &x) {
      // As XmlStream reports a handler's failure.
      throw ReadError(ReadError::Kind::Damaged, x.what());
    }
    handler_failed_ = false;
  }
}

} // namespace fundbook
