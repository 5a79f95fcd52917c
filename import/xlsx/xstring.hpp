#pragma once
// ST_Xstring (ECMA-376 Part 1, 22.9.2.19): the text of shared and inline
// strings escapes a character XML cannot hold (a carriage return, a control
// character) as _xHHHH_, its UTF-16 code unit in hex; _x005F_ escapes the
// underscore of a literal "_xHHHH_" so it is not decoded.
#include <string>

namespace fundbook::xlsx {

// Decodes every _xHHHH_ escape in place; text without one is left as is.
// A surrogate pair (_xD83D__xDE00_) becomes one code point; an unpaired
// surrogate becomes U+FFFD and an escaped NUL is dropped, so the text stays
// valid UTF-8 for everything after the reader.
void decode_xstring(std::string &text);

} // namespace fundbook::xlsx
