#pragma once
// A text many objects hold the same copy of: the path of the file a hundred
// thousand schemes came from is one string, not a hundred thousand.
//
// One pointer (8 bytes) to the text and its count, not a shared_ptr's two:
// a scheme holds three of these (path, sheet, workstream), and a million-row
// tracker's schemes are held at once.
#include <atomic>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>

namespace fundbook {

class SharedText {
public:
  // Empty without an allocation: a hundred thousand schemes start with one.
  SharedText() = default;
  SharedText(std::string text) : node_(new Node{{1}, std::move(text)}) {}
  SharedText(const char *text) : SharedText(std::string(text)) {}
  SharedText(const SharedText &o) noexcept : node_(o.node_) {
    if (node_) node_->refs.fetch_add(1, std::memory_order_relaxed);
  }
  SharedText(SharedText &&o) noexcept : node_(std::exchange(o.node_, nullptr)) {}
  SharedText &operator=(const SharedText &o) noexcept {
    SharedText copy(o);
    std::swap(node_, copy.node_);
    return *this;
  }
  SharedText &operator=(SharedText &&o) noexcept {
    std::swap(node_, o.node_);
    return *this;
  }
  ~SharedText() {
    if (node_ && node_->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) delete node_;
  }

  const std::string &str() const { return node_ ? node_->text : empty(); }
  operator const std::string &() const { return str(); }
  operator std::string_view() const { return str(); }
  bool operator==(const SharedText &o) const { return str() == o.str(); }
  friend std::ostream &operator<<(std::ostream &os, const SharedText &t) { return os << t.str(); }

private:
  struct Node {
    std::atomic<std::size_t> refs;
    const std::string text;
  };
  static const std::string &empty() {
    static const std::string e;
    return e;
  }
  Node *node_ = nullptr;
};

} // namespace fundbook
