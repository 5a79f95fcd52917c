#pragma once
// An optional value kept on the heap: eight bytes where it is absent, which
// is most of the time for the monitoring figures of a tracker's hundred
// thousand planning rows. Copies deep-copy, like std::optional.
#include <memory>
#include <utility>

namespace fundbook {

template <class T> class Boxed {
public:
  Boxed() = default;
  Boxed(const T &v) : p_(std::make_unique<T>(v)) {}
  Boxed(T &&v) : p_(std::make_unique<T>(std::move(v))) {}
  Boxed(const Boxed &o) : p_(o.p_ ? std::make_unique<T>(*o.p_) : nullptr) {}
  Boxed(Boxed &&) noexcept = default;
  Boxed &operator=(const Boxed &o) {
    if (this != &o) p_ = o.p_ ? std::make_unique<T>(*o.p_) : nullptr;
    return *this;
  }
  Boxed &operator=(Boxed &&) noexcept = default;

  explicit operator bool() const { return p_ != nullptr; }
  bool has_value() const { return p_ != nullptr; }
  T &operator*() { return *p_; }
  const T &operator*() const { return *p_; }
  T *operator->() { return p_.get(); }
  const T *operator->() const { return p_.get(); }
  // The value, made empty first if there was none.
  T &ensure() {
    if (!p_) p_ = std::make_unique<T>();
    return *p_;
  }
  void reset() { p_.reset(); }

private:
  std::unique_ptr<T> p_;
};

} // namespace fundbook
