#pragma once
// One XML part of a zip package (xlsx, ods) streamed to a handler, inflated
// straight into the tokenizer's own buffer: by the house's tokenizer
// (XmlPull, fast) or by expat (XmlStream). Every reader of a package part
// comes here, so the two ways and the fallback between them are written once.
#include <cstdint>
#include <string>

#include "import/limits.hpp"
#include "import/read_error.hpp"
#include "import/xml_pull.hpp"
#include "import/xml_stream.hpp"
#include "import/zip_package.hpp"

namespace fundbook {

enum class XmlParser {
  // XmlPull. Where it is not certain expat would read the part the same way
  // it throws XmlPull::Unsure, possibly after passing the handler part of it:
  // the caller then reads the whole package again with Expat (not only the
  // part: its handler, and what a handler fed, a row sink, have acted on
  // what was passed).
  Own,
  Expat
};

// How far through its part a streamed handler is: the part's inflated size
// (0 where the package does not say) and the bytes handed to the parser so
// far (a chunk ahead of the handler at most).
struct PartProgress {
  std::uint64_t size = 0, fed = 0;
};

template <class H>
void stream_xml_part(ZipPackage &zip, const std::string &part, H &handler, const Limits &limits, XmlParser parser,
                     PartProgress *progress = nullptr) {
  if (progress) *progress = {zip.inflated_size(part), 0};
  auto fed = [progress](std::size_t k) {
    if (progress) progress->fed += k;
  };
  if (parser == XmlParser::Expat) {
    XmlStream xml(handler, limits, part);
    zip.stream_into(
        part, [&](std::size_t n) { return xml.room(n); },
        [&](std::size_t k) {
          fed(k);
          xml.parse_room(k);
        });
    xml.finish();
    return;
  }
  XmlPull xml(limits, part);
  try {
    zip.stream_into(
        part, [&](std::size_t n) { return xml.room(n); },
        [&](std::size_t k) {
          fed(k);
          xml.filled(k);
          xml.drive(handler);
        });
    xml.finish();
    xml.drive(handler);
  } catch (const ReadError &) {
    // A handler's failure comes at the same element under expat; the zip's
    // own (a damaged stream, the inflation limit) is left to expat's reading,
    // which meets it where it always did. Anything else a handler throws (a
    // reader's restart signal) passes as it is, as XmlStream passes it.
    if (xml.handler_failed()) throw;
    throw XmlPull::Unsure{};
  }
}

} // namespace fundbook
