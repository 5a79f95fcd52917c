#pragma once
// Why a file could not be read, in words a finance officer can act on, with
// what kind of problem it is (for callers and tests, which need not match
// words) and, where one sheet or cell is at fault, where.
#include <optional>
#include <stdexcept>
#include <string>

#include "core/cellref.hpp"

namespace fundbook {

class ReadError : public std::runtime_error {
public:
  enum class Kind {
    NotFound,    // no such file
    Permission,  // this account may not read it
    NotAFile,    // a folder
    Empty,       // 0 bytes
    TooLarge,    // over a limit (file, package, sheet, cell or string size)
    Encrypted,   // needs a password fundbook does not have
    Unsupported, // a known kind of file fundbook does not read (xlsb, a web page, a Word file...)
    Damaged,     // the right kind of file, but broken or cut short
    System,      // the system refused: an I/O error, or no memory for the parser
  };
  // Where in the workbook the problem is, when it is one sheet or cell.
  struct Location {
    std::string sheet;
    std::optional<CellRef> cell;
  };

  ReadError(Kind kind, const std::string &what, std::optional<Location> where = std::nullopt)
      : std::runtime_error(what), kind_(kind), where_(std::move(where)) {}

  Kind kind() const { return kind_; }
  const std::optional<Location> &where() const { return where_; }

private:
  Kind kind_;
  std::optional<Location> where_;
};

} // namespace fundbook
