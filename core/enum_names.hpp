#pragma once
// One name per value of a kind enum, written once beside the enum, and the
// two conversions every such enum gets from it. An enum opts in with
//   template <> struct EnumNames<Kind> { static constexpr std::string_view of[] = {...}; };
// listing its names in the enum's order; those names are what the JSON,
// text and report outputs print, so they are the contract's words.
#include <cstddef>
#include <iterator>
#include <optional>
#include <ostream>
#include <string_view>
#include <type_traits>

namespace fundbook {

template <class E> struct EnumNames;

template <class E, class = decltype(EnumNames<E>::of)> std::string_view to_string(E e) {
  auto i = static_cast<std::size_t>(e);
  return i < std::size(EnumNames<E>::of) ? EnumNames<E>::of[i] : std::string_view("?");
}

template <class E> std::optional<E> from_string(std::string_view s) {
  for (std::size_t i = 0; i < std::size(EnumNames<E>::of); ++i)
    if (EnumNames<E>::of[i] == s) return static_cast<E>(i);
  return std::nullopt;
}

// Printed by name (test failures, debug dumps).
template <class E, class = decltype(EnumNames<E>::of)> std::ostream &operator<<(std::ostream &os, E e) {
  return os << to_string(e);
}

} // namespace fundbook
