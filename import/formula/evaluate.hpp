#pragma once
// Working out the arithmetic formulas of a workbook exactly: numbers, cell
// and range references (on the formula's sheet or another of the workbook),
// + - * /, unary minus, parentheses, SUM, SUBTOTAL(9|109, ...) and ROUND,
// and references to other formulas (a cycle is not worked out). Anything
// else is "not evaluated", never guessed.
//
// It lives in import because a formula's inputs are cells of the grid and a
// formula with no saved value must have one before any table is recognised;
// the engine's rules ask it again about formulas that do have a saved value.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/money.hpp"
#include "import/formula/formula.hpp"
#include "import/grid.hpp"

namespace fundbook::formula {

// Values are exact: Money counting billionths of the cells' own unit, so a
// sum of any figures is exact, a rate such as 0.0022374 is held as written,
// and * / are rounded to the billionth. Figures of nine billion units or
// more are not worked out (a sheet in £000 holds nine trillion pounds).
inline constexpr int kDigits = 9;
inline constexpr std::int64_t kScale = 1'000'000'000;
inline constexpr double kMaxMagnitude = 9e9; // |value| a billionth count holds in 64 bits

// Work allowed per workbook (nodes evaluated plus cells read), so a hostile
// file of long ranges referring to each other cannot take the machine.
inline constexpr std::uint64_t kDefaultBudget = 50'000'000;
// How deep one formula's references to other unsaved formulas may go.
inline constexpr int kMaxChain = 100;
// How deep the walk of one formula's tree may go, across the formulas it leads to.
inline constexpr int kMaxEvalDepth = 1000;

struct Result {
  bool ok = false;
  Money value;          // in kScale units
  bool inexact = false; // a division left a remainder: the value is rounded to the billionth
  std::string why;      // not evaluated: what stood in the way, in plain words

  double as_double() const { return double(value.pence()) / double(kScale); }
};

class Evaluator {
public:
  explicit Evaluator(const Workbook &wb, std::uint64_t budget = kDefaultBudget) : wb_(wb), budget_(budget) {}

  // The formula `text` as if written in cell (row, col) of sheet `sheet`
  // (an index into wb.sheets), its inputs as the workbook saved them; inputs
  // that are formulas with no saved value are worked out first.
  Result evaluate(std::size_t sheet, std::uint32_t row, std::uint32_t col, std::string_view text);
  bool budget_left() const { return budget_ > 0; }
  std::uint64_t budget() const { return budget_; } // work still allowed

  // A saved figure as an exact value (nullopt when too large to hold).
  static std::optional<Money> exact(double v);

private:
  struct Scope {
    std::size_t sheet;
    int chain;
  };
  Result evaluate_at(std::size_t sheet, std::string_view text, int chain);
  Result eval(const Expr &e, int index, const Scope &s);
  Result eval_node(const Expr &e, int index, const Scope &s);
  Result cell_value(std::size_t sheet, std::uint32_t row, std::uint32_t col, int chain);
  // The same for a cell already found in a kept row (a range's cells, walked in order).
  Result value_of(std::size_t sheet, const Cell &c, int chain);
  Result plain_sum_value(const PlainSum &p, const Scope &s);
  Result sum_area(const Node &ref, const Scope &s, bool subtotal, bool skip_hidden);
  Result sum_cells(std::size_t si, CellRef from, CellRef to, const Scope &s, bool subtotal, bool skip_hidden);
  Result call(const Expr &e, const Node &n, const Scope &s);
  bool resolve(const Area &a, const Scope &s, std::size_t &sheet) const;
  bool spend(std::uint64_t n = 1);

  const Workbook &wb_;
  std::uint64_t budget_;
  int depth_ = 0;
  // Formulas with no saved value, worked out (or not) once each; an entry
  // whose `why` is "in progress" is being worked out (meeting it is a cycle).
  std::unordered_map<std::uint64_t, Result> memo_;
};

struct FillStats {
  std::size_t formulas = 0;   // formula cells with text
  std::size_t missing = 0;    // of those, with no saved value
  std::size_t worked_out = 0; // of those, evaluated and filled in
};

// Fills in every formula cell with no saved value that the evaluator can
// work out: the cell becomes a Number and its formula is marked
// kFormulaEvaluated. The rest stay EmptyFormula.
FillStats fill_missing_values(Workbook &wb, std::uint64_t budget = kDefaultBudget);

} // namespace fundbook::formula
