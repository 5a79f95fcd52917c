#pragma once
// Why a file could not be read, in words a finance officer can act on.
#include <stdexcept>
#include <string>

namespace fundbook {

class ReadError : public std::runtime_error {
public:
  explicit ReadError(const std::string &what) : std::runtime_error(what) {}
};

} // namespace fundbook
