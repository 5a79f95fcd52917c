#pragma once
// Text joined from pieces into one string, sized once. Used in place of
// `"=" + cell_name(...)`: GCC 12 inlines operator+(const char*, string&&) into
// an insert at the front whose copy it cannot prove apart and warns
// (-Wrestrict, GCC bug 105329); appending to a fresh string has no such copy.
#include <string>
#include <string_view>

namespace fundbook {

template <class... Parts> std::string concat(const Parts &...parts) {
  std::string s;
  s.reserve((std::string_view(parts).size() + ... + 0));
  (s.append(std::string_view(parts)), ...);
  return s;
}

} // namespace fundbook
