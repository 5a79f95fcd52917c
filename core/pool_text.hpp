#pragma once
// A text in sixteen bytes that is either its own copy or a view of a
// workbook's string pool, kept alive by whoever holds the schemes
// (FileSchemes::texts, CheckResult::texts).
//
// A million-row tracker's scheme titles were a std::string each (32 bytes,
// and a 48-byte copy on the heap) beside the shared strings the reader holds
// anyway, which have the same texts: a view costs only itself. Only the
// planning stream borrows (PoolText::borrow), and only texts the pool will
// never take back (import/grid.hpp StringPool::settled); everything else
// makes copies, as a std::string would. A copy of a view is a copy of the
// text: only a move carries a view, so nothing copied out of the schemes
// outlives the texts it points into.
#include <compare>
#include <cstdint>
#include <cstring>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace fundbook {

class PoolText {
public:
  PoolText() = default;
  PoolText(std::string_view s) { own(s); }
  PoolText(const std::string &s) : PoolText(std::string_view(s)) {}
  PoolText(const char *s) : PoolText(std::string_view(s)) {}
  // A view of s, whose bytes must outlive this and every move of it.
  static PoolText borrow(std::string_view s) {
    PoolText t;
    t.data_ = s.data();
    t.size_ = static_cast<std::uint32_t>(s.size());
    return t;
  }

  PoolText(const PoolText &o) : PoolText(o.view()) {}
  PoolText(PoolText &&o) noexcept
      : data_(std::exchange(o.data_, nullptr)), size_(std::exchange(o.size_, 0)),
        owned_(std::exchange(o.owned_, false)) {}
  PoolText &operator=(const PoolText &o) {
    if (this != &o) *this = PoolText(o);
    return *this;
  }
  PoolText &operator=(PoolText &&o) noexcept {
    std::swap(data_, o.data_);
    std::swap(size_, o.size_);
    std::swap(owned_, o.owned_);
    return *this;
  }
  ~PoolText() { release(); }

  std::string_view view() const { return {data_, size_}; }
  operator std::string_view() const { return view(); }
  std::string str() const { return std::string(view()); }
  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  // Whether this is a view of a pool (for tests of who borrows).
  bool borrowed() const { return size_ != 0 && !owned_; }

  friend bool operator==(const PoolText &a, std::string_view b) { return a.view() == b; }
  friend std::strong_ordering operator<=>(const PoolText &a, std::string_view b) { return a.view() <=> b; }
  friend std::string operator+(const PoolText &a, std::string_view b) { return std::string(a.view()).append(b); }
  friend std::ostream &operator<<(std::ostream &os, const PoolText &t) { return os << t.view(); }

private:
  void own(std::string_view s) {
    if (s.empty()) return;
    char *p = new char[s.size()];
    std::memcpy(p, s.data(), s.size());
    data_ = p;
    size_ = static_cast<std::uint32_t>(s.size());
    owned_ = true;
  }
  void release() {
    if (owned_) delete[] data_;
  }

  const char *data_ = nullptr;
  std::uint32_t size_ = 0; // readers cap a text at Limits::max_string_bytes (1 MB)
  bool owned_ = false;
};
static_assert(sizeof(PoolText) == 16, "a tracker holds one a row: keep it a pointer and a length");

} // namespace fundbook
