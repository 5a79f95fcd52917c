#pragma once
// Streaming XML on expat: elements by local name (namespace prefixes are
// dropped, so transitional and strict OOXML read alike), no DTDs or entities
// at all, and a nesting limit.
#include <cstddef>
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

class XmlStream {
public:
  XmlStream(XmlHandler &handler, const Limits &limits, std::string part);
  ~XmlStream();
  XmlStream(const XmlStream &) = delete;
  XmlStream &operator=(const XmlStream &) = delete;
  // Parsing in place: room for n bytes in the parser's own buffer, then
  // parse the k written there (ZipPackage::stream_into fills it directly).
  char *room(std::size_t n);
  void parse_room(std::size_t k);
  void finish();

private:
  void check(int ok);
  static void on_start(void *, const char *, const char **);
  static void on_end(void *, const char *);
  static void on_text(void *, const char *, int);
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

std::string_view local_name(const char *qname);

} // namespace fundbook
