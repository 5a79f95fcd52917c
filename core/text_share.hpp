#pragma once
// Texts that repeat down a table, held once: a tracker's workstream column
// names a handful of workstreams a hundred thousand times, and each repeat
// is handed the same SharedText instead of an allocation of its own.
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/shared_text.hpp"

namespace fundbook {

class TextShare {
public:
  SharedText get(std::string_view text) {
    auto it = texts_.find(text);
    if (it != texts_.end()) return it->second;
    SharedText t{std::string(text)};
    // A column of distinct texts is not worth remembering: past the bound
    // each is its own copy, as it would have been anyway.
    if (texts_.size() < kMaxKept) texts_.emplace(std::string(text), t);
    return t;
  }

private:
  static constexpr std::size_t kMaxKept = 1024;
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, SharedText, Hash, std::equal_to<>> texts_;
};

} // namespace fundbook
