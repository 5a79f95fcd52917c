#pragma once
// Streaming XML on expat: elements by local name (namespace prefixes are
// dropped, so transitional and strict OOXML read alike), no DTDs or entities
// at all, and a nesting limit.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>

#include "import/limits.hpp"

struct XML_ParserStruct;

namespace fundbook {

struct XmlAttrs {
  const char **raw;
  // The value of the attribute whose local name is `name`, or nullptr.
  const char *get(std::string_view name) const;
};

class XmlHandler {
public:
  virtual ~XmlHandler() = default;
  virtual void start(std::string_view name, const XmlAttrs &attrs) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view) {}
};

// The message a part nested past Limits::max_xml_depth is refused with.
std::string xml_too_deep_message(const std::string &part, std::uint32_t limit);

inline std::string_view local_name(const char *qname) {
  // One pass for both the length and the last colon: called for every
  // element and attribute of a sheet, where names are a few letters long.
  const char *start = qname, *p = qname;
  for (; *p; ++p)
    if (*p == ':') start = p + 1;
  return std::string_view(start, std::size_t(p - start));
}

class XmlStream {
public:
  // The handler's own type is kept in the callbacks expat is given, so a
  // sheet's millions of elements reach its start/end/text without a virtual
  // call (and they can be inlined).
  template <class H>
  XmlStream(H &handler, const Limits &limits, std::string part)
      : XmlStream(handler, limits, std::move(part), &on_start_as<H>, &on_end_as<H>, &on_text_as<H>) {}
  ~XmlStream();
  XmlStream(const XmlStream &) = delete;
  XmlStream &operator=(const XmlStream &) = delete;
  // Parsing in place: room for n bytes in the parser's own buffer, then
  // parse the k written there (ZipPackage::stream_into fills it directly).
  char *room(std::size_t n);
  void parse_room(std::size_t k);
  void finish();

private:
  using StartFn = void (*)(void *, const char *, const char **);
  using EndFn = void (*)(void *, const char *);
  using TextFn = void (*)(void *, const char *, int);
  XmlStream(XmlHandler &handler, const Limits &limits, std::string part, StartFn, EndFn, TextFn);

  void check(int ok);
  // Whether to pass an element on: nothing after a failure, and not past
  // the nesting limit (which fails the part).
  bool enter() {
    if (!failure_.empty()) return false;
    if (++depth_ > limits_.max_xml_depth) {
      too_deep();
      return false;
    }
    return true;
  }
  void too_deep();
  // A handler threw: an error to report, or a caller's signal (a reader's
  // restart) carried past expat's C frames and rethrown as it was.
  void fail(const std::exception_ptr &e);

  template <class H> static void on_start_as(void *ud, const char *name, const char **attrs) {
    auto *self = static_cast<XmlStream *>(ud);
    if (!self->enter()) return;
    try {
      static_cast<H &>(self->handler_).H::start(local_name(name), XmlAttrs{attrs});
    } catch (...) { self->fail(std::current_exception()); }
  }
  template <class H> static void on_end_as(void *ud, const char *name) {
    auto *self = static_cast<XmlStream *>(ud);
    if (!self->failure_.empty()) return;
    --self->depth_;
    try {
      static_cast<H &>(self->handler_).H::end(local_name(name));
    } catch (...) { self->fail(std::current_exception()); }
  }
  template <class H> static void on_text_as(void *ud, const char *s, int len) {
    auto *self = static_cast<XmlStream *>(ud);
    if (!self->failure_.empty()) return;
    try {
      static_cast<H &>(self->handler_).H::text(std::string_view(s, std::size_t(len)));
    } catch (...) { self->fail(std::current_exception()); }
  }
  static void on_doctype(void *, const char *, const char *, const char *, int);
  static void on_entity(void *, const char *, int, const char *, int, const char *, const char *, const char *,
                        const char *);

  XML_ParserStruct *parser_;
  XmlHandler &handler_;
  Limits limits_;
  std::string part_;
  std::uint32_t depth_ = 0;
  std::string failure_;
  std::exception_ptr signal_;
};

} // namespace fundbook
