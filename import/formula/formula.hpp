#pragma once
// Spreadsheet formulas in Excel's A1 syntax, the one form fundbook keeps
// whatever the file format wrote (xls tokens and ODS formulas are turned into
// it as they are read): the parse of the arithmetic subset fundbook can work
// out, and the moving of a shared formula's relative references.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/cellref.hpp"

namespace fundbook::formula {

// Bounds on one formula: formula text is input like any other.
inline constexpr std::size_t kMaxLength = 8192; // Excel's own limit in characters
inline constexpr int kMaxDepth = 64;            // Excel's own nesting limit

// A cell or a range, on the formula's own sheet (sheet empty) or on a named
// sheet of the same workbook.
struct Area {
  std::string sheet;
  bool has_sheet = false;
  CellRef first, last; // first == last for one cell
  bool whole_columns = false;
};

// One node of a parsed formula; children are indices into Expr::nodes.
struct Node {
  enum class Kind : std::uint8_t { Number, Ref, Neg, Add, Sub, Mul, Div, Call } kind = Kind::Number;
  double number = 0; // Number: the literal as written
  Area area;         // Ref
  std::string name;  // Call: the function name in capitals
  std::vector<int> kids;
};

struct Expr {
  std::vector<Node> nodes;
  int root = -1;
};

// Parses "=SUM(C6:H6)-D4" (with or without the "=") into the arithmetic
// subset: numbers, cell and range references, + - * /, unary minus and plus,
// parentheses and function calls (any name; whether fundbook can work the
// function out is the evaluator's business). Anything else (text, ^, &,
// comparisons, names, errors, other workbooks) gives nullopt: not guessed.
std::optional<Expr> parse(std::string_view text);

// A formula that is one SUM of cells and ranges on its own sheet and nothing
// else, written without spaces ("=SUM(D2:I2)", "=sum(D2,$F2:G2)"): its areas
// as parse() reads them. A row total's formula is read so on each of a
// tracker's rows with no tree built; false for anything else (whole
// columns, sheets, numbers, spaces, more than kMaxAreas areas), which
// parse() is then what reads.
struct PlainSum {
  static constexpr std::size_t kMaxAreas = 8;
  struct Span {
    CellRef first, last;
  };
  std::array<Span, kMaxAreas> areas;
  std::size_t count = 0;
};
bool plain_sum(std::string_view text, PlainSum &out);

// A shared formula's text as it reads in a cell `drow` rows and `dcol`
// columns from the cell it was written for: relative references move,
// absolute ones ($) stay; a reference moved off the sheet becomes #REF!.
std::string shift_references(std::string_view text, long drow, long dcol);

// "Sheet1!" or "'Q3 2017-18'!": a sheet name as a reference prefix.
std::string sheet_prefix(std::string_view name);

// "C6", "$C$6": one end of a reference with its absolute markers.
std::string a1_text(std::uint32_t row, std::uint32_t col, bool row_abs, bool col_abs);

} // namespace fundbook::formula
