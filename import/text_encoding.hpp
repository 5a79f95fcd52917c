#pragma once
// Bytes of unknown encoding to UTF-8: UTF-8 (with or without BOM) as is,
// UTF-16 with its BOM (as Excel's "Unicode Text" and Notepad save it)
// converted, anything else read as Windows-1252, the encoding of UK
// finance exports.
#include <cstdint>
#include <string>
#include <string_view>

namespace fundbook {

bool is_valid_utf8(std::string_view s);
// Appends one code point as UTF-8; a surrogate or a value past U+10FFFF
// (which no valid text holds) becomes U+FFFD.
void append_utf8(std::string &out, std::uint32_t cp);

// UTF-16 code units to UTF-8, one unit at a time: a high surrogate waits for
// its low half so the pair becomes one code point (emoji, rarer CJK); a
// surrogate without its partner becomes U+FFFD, so the text stays valid UTF-8.
class Utf16ToUtf8 {
public:
  explicit Utf16ToUtf8(std::string &out) : out_(out) {}
  void unit(std::uint16_t u) {
    if (u < 0x80 && !high_)
      out_ += char(u); // ASCII with no half pair waiting: what the general way gives
    else
      unit_slow(u);
  }
  // Units 0-255 given one byte each (BIFF8's compressed text): no surrogate
  // is among them, so a waiting high half is unpaired, and each run of
  // ASCII is appended whole.
  void latin1(std::string_view bytes);
  // Ends the text: a high surrogate still waiting is unpaired.
  void finish();

private:
  void unit_slow(std::uint16_t u);
  std::string &out_;
  std::uint16_t high_ = 0;
};

// UTF-16 bytes (no BOM) to UTF-8; an odd last byte is dropped.
std::string utf16_to_utf8(std::string_view bytes, bool big_endian);
// The byte order a UTF-16 BOM at the start says, if there is one.
enum class Utf16Bom { None, Little, Big };
Utf16Bom utf16_bom(std::string_view bytes);
std::string cp1252_to_utf8(std::string_view s);
// Strips a UTF-8 BOM, converts UTF-16 with a BOM, or converts from Windows-1252 when the bytes are not UTF-8.
std::string to_utf8(std::string_view bytes);

} // namespace fundbook
