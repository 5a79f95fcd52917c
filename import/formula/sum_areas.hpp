#pragma once
// What a total's formula adds, when it is a plain sum: the cells and ranges
// of SUM(...), SUBTOTAL(9|109, ...) or cells joined by +. The evidence both
// the structure inference (a row of such sums is a total, and its range
// says which rows) and the engine's range audit read.
#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "import/formula/formula.hpp"

namespace fundbook::formula {

// The areas on the formula's own sheet that `text` adds; nullopt for
// anything else (a formula that subtracts, multiplies, or reads another
// sheet is not a plain total).
std::optional<std::vector<Area>> summed_areas(std::string_view text);

// summed_areas(text), read without a block of the heap where the formula is
// a plain sum (plain_sum's few areas, kept here): the range audits read one
// on each of a tracker's 100,000 rows.
class SummedAreas {
public:
  explicit SummedAreas(std::string_view text);
  // What summed_areas gives: false for its nullopt.
  bool ok() const { return ok_; }
  std::span<const Area> areas() const {
    return parsed_.empty() ? std::span<const Area>(fixed_.data(), count_) : std::span<const Area>(parsed_);
  }

private:
  std::array<Area, PlainSum::kMaxAreas> fixed_;
  std::size_t count_ = 0;
  std::vector<Area> parsed_;
  bool ok_ = false;
};

// What a total's formula adds and takes away, when it is arithmetic of cells
// on its own sheet and nothing else: SUM(...), SUBTOTAL(9|109, ...), cells
// joined by + and -, unary minus ("=B10+B20", "=SUM(C5:C9)-C7"); each area
// with its sign. nullopt for anything else (a number, a product, another
// function, another sheet, whole columns).
struct SignedArea {
  Area area;
  bool minus = false;
};
std::optional<std::vector<SignedArea>> added_areas(std::string_view text);

} // namespace fundbook::formula
