#pragma once
// Bytes of unknown encoding to UTF-8: UTF-8 (with or without BOM) as is,
// anything else read as Windows-1252, the encoding of UK finance exports.
#include <cstdint>
#include <string>
#include <string_view>

namespace fundbook {

bool is_valid_utf8(std::string_view s);
// Appends one code point (up to U+FFFF, as BIFF's UTF-16 units and Windows-1252 give) as UTF-8.
void append_utf8(std::string &out, std::uint32_t cp);
std::string cp1252_to_utf8(std::string_view s);
// Strips a UTF-8 BOM, or converts from Windows-1252 when the bytes are not UTF-8.
std::string to_utf8(std::string_view bytes);

} // namespace fundbook
