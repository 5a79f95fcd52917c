#include "import/xml_stream.hpp"

#include <expat.h>

#include <cstring>

#include "import/read_error.hpp"

namespace fundbook {

const char *XmlAttrs::get(std::string_view name) const {
  for (const char **a = raw; a && *a; a += 2) {
    // Most attributes carry no prefix; compare directly before looking for one.
    if (name == a[0] || local_name(a[0]) == name) return a[1];
  }
  return nullptr;
}

XmlStream::XmlStream(XmlHandler &handler, const Limits &limits, std::string part, StartFn on_start, EndFn on_end,
                     TextFn on_text)
    : parser_(XML_ParserCreate(nullptr)), handler_(handler), limits_(limits), part_(std::move(part)) {
  if (!parser_) throw ReadError(ReadError::Kind::System, "out of memory creating an XML parser");
  XML_SetUserData(parser_, this);
  XML_SetElementHandler(parser_, on_start, on_end);
  XML_SetCharacterDataHandler(parser_, on_text);
  XML_SetStartDoctypeDeclHandler(parser_, &XmlStream::on_doctype);
  XML_SetEntityDeclHandler(parser_, &XmlStream::on_entity);
  XML_SetParamEntityParsing(parser_, XML_PARAM_ENTITY_PARSING_NEVER);
}

XmlStream::~XmlStream() { XML_ParserFree(parser_); }

void XmlStream::check(int ok) {
  if (signal_) std::rethrow_exception(signal_);
  if (!failure_.empty()) throw ReadError(ReadError::Kind::Damaged, failure_);
  if (ok == XML_STATUS_ERROR) {
    throw ReadError(ReadError::Kind::Damaged,
                    "the part " + part_ + " is not well-formed XML (" + XML_ErrorString(XML_GetErrorCode(parser_)) +
                        " at line " + std::to_string(XML_GetCurrentLineNumber(parser_)) +
                        "): the file is damaged; open it in Excel or LibreOffice and save it again");
  }
}

char *XmlStream::room(std::size_t n) {
  if (signal_) std::rethrow_exception(signal_);
  if (!failure_.empty()) throw ReadError(ReadError::Kind::Damaged, failure_);
  void *p = XML_GetBuffer(parser_, int(n));
  if (!p) throw ReadError(ReadError::Kind::System, "out of memory reading the part " + part_);
  return static_cast<char *>(p);
}

void XmlStream::parse_room(std::size_t k) { check(XML_ParseBuffer(parser_, int(k), XML_FALSE)); }

void XmlStream::finish() { check(XML_Parse(parser_, "", 0, XML_TRUE)); }

std::string xml_too_deep_message(const std::string &part, std::uint32_t limit) {
  return "the part " + part + " is nested more than " + std::to_string(limit) +
         " levels deep: this is not a normal workbook and was refused";
}

void XmlStream::too_deep() {
  failure_ = xml_too_deep_message(part_, limits_.max_xml_depth);
  XML_StopParser(parser_, XML_FALSE);
}

void XmlStream::fail(const std::exception_ptr &e) {
  try {
    std::rethrow_exception(e);
  } catch (const ReadError &) {
    signal_ = e; // rethrown as it is, with its kind and location
    failure_ = "stopped";
  } catch (const std::exception &x) { failure_ = x.what(); } catch (...) {
    signal_ = e;
    failure_ = "stopped";
  }
  XML_StopParser(parser_, XML_FALSE);
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
