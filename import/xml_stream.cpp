#include "import/xml_stream.hpp"

#include <expat.h>

#include <cstring>

#include "import/read_error.hpp"

namespace fundbook {

std::string_view local_name(const char *qname) {
  // One pass for both the length and the last colon: called for every
  // element and attribute of a sheet, where names are a few letters long.
  const char *start = qname, *p = qname;
  for (; *p; ++p)
    if (*p == ':') start = p + 1;
  return std::string_view(start, std::size_t(p - start));
}

const char *XmlAttrs::get(std::string_view name) const {
  for (const char **a = raw; a && *a; a += 2) {
    // Most attributes carry no prefix; compare directly before looking for one.
    if (name == a[0] || local_name(a[0]) == name) return a[1];
  }
  return nullptr;
}

XmlStream::XmlStream(XmlHandler &handler, const Limits &limits, std::string part)
    : parser_(XML_ParserCreate(nullptr)), handler_(handler), limits_(limits), part_(std::move(part)) {
  if (!parser_) throw ReadError("out of memory creating an XML parser");
  XML_SetUserData(parser_, this);
  XML_SetElementHandler(parser_, &XmlStream::on_start, &XmlStream::on_end);
  XML_SetCharacterDataHandler(parser_, &XmlStream::on_text);
  XML_SetStartDoctypeDeclHandler(parser_, &XmlStream::on_doctype);
  XML_SetEntityDeclHandler(parser_, &XmlStream::on_entity);
  XML_SetParamEntityParsing(parser_, XML_PARAM_ENTITY_PARSING_NEVER);
}

XmlStream::~XmlStream() { XML_ParserFree(parser_); }

void XmlStream::check(int ok) {
  if (signal_) std::rethrow_exception(signal_);
  if (!failure_.empty()) throw ReadError(failure_);
  if (ok == XML_STATUS_ERROR) {
    throw ReadError("the part " + part_ + " is not well-formed XML (" + XML_ErrorString(XML_GetErrorCode(parser_)) +
                    " at line " + std::to_string(XML_GetCurrentLineNumber(parser_)) +
                    "): the file is damaged; open it in Excel or LibreOffice and save it again");
  }
}

char *XmlStream::room(std::size_t n) {
  if (signal_) std::rethrow_exception(signal_);
  if (!failure_.empty()) throw ReadError(failure_);
  void *p = XML_GetBuffer(parser_, int(n));
  if (!p) throw ReadError("out of memory reading the part " + part_);
  return static_cast<char *>(p);
}

void XmlStream::parse_room(std::size_t k) { check(XML_ParseBuffer(parser_, int(k), XML_FALSE)); }

void XmlStream::finish() { check(XML_Parse(parser_, "", 0, XML_TRUE)); }

void XmlStream::on_start(void *ud, const char *name, const char **attrs) {
  auto *self = static_cast<XmlStream *>(ud);
  if (!self->failure_.empty()) return;
  if (++self->depth_ > self->limits_.max_xml_depth) {
    self->failure_ = "the part " + self->part_ + " is nested more than " + std::to_string(self->limits_.max_xml_depth) +
                     " levels deep: this is not a normal workbook and was refused";
    XML_StopParser(self->parser_, XML_FALSE);
    return;
  }
  try {
    self->handler_.start(local_name(name), XmlAttrs{attrs});
  } catch (const std::exception &e) {
    self->failure_ = e.what();
    XML_StopParser(self->parser_, XML_FALSE);
  } catch (...) {
    // Not an error to report but a signal for the caller (a reader's
    // restart): carried past expat's C frames and rethrown as it was.
    self->signal_ = std::current_exception();
    self->failure_ = "stopped";
    XML_StopParser(self->parser_, XML_FALSE);
  }
}

void XmlStream::on_end(void *ud, const char *name) {
  auto *self = static_cast<XmlStream *>(ud);
  if (!self->failure_.empty()) return;
  --self->depth_;
  try {
    self->handler_.end(local_name(name));
  } catch (const std::exception &e) {
    self->failure_ = e.what();
    XML_StopParser(self->parser_, XML_FALSE);
  } catch (...) {
    // Not an error to report but a signal for the caller (a reader's
    // restart): carried past expat's C frames and rethrown as it was.
    self->signal_ = std::current_exception();
    self->failure_ = "stopped";
    XML_StopParser(self->parser_, XML_FALSE);
  }
}

void XmlStream::on_text(void *ud, const char *s, int len) {
  auto *self = static_cast<XmlStream *>(ud);
  if (!self->failure_.empty()) return;
  try {
    self->handler_.text(std::string_view(s, std::size_t(len)));
  } catch (const std::exception &e) {
    self->failure_ = e.what();
    XML_StopParser(self->parser_, XML_FALSE);
  } catch (...) {
    // Not an error to report but a signal for the caller (a reader's
    // restart): carried past expat's C frames and rethrown as it was.
    self->signal_ = std::current_exception();
    self->failure_ = "stopped";
    XML_StopParser(self->parser_, XML_FALSE);
  }
}

void XmlStream::on_doctype(void *ud, const char *, const char *, const char *, int) {
  auto *self = static_cast<XmlStream *>(ud);
  if (!self->failure_.empty()) return;
  self->failure_ =
      "the part " + self->part_ +
      " declares a DTD: DTDs and entities are not allowed in workbooks (a sign of a hostile file), so it was refused";
  XML_StopParser(self->parser_, XML_FALSE);
}

void XmlStream::on_entity(void *ud, const char *, int, const char *, int, const char *, const char *, const char *,
                          const char *) {
  on_doctype(ud, nullptr, nullptr, nullptr, 0);
}

} // namespace fundbook
