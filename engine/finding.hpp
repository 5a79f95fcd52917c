#pragma once
// A finding: something wrong (or worth knowing) about a figure, pointing at
// the cell it came from. Its rule id and severity are one of the registry's
// (engine/rules/registry.hpp).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/cellref.hpp"
#include "core/money.hpp"

namespace fundbook {

enum class Severity { Error, Warning, Info };
const char *severity_name(Severity s);

// Another place a finding concerns (the contract's `related`).
struct Place {
  std::string path;
  std::string sheet;
  CellRef cell;
};

struct Finding {
  Severity severity = Severity::Error;
  std::string rule;
  std::string path;
  std::optional<std::string> sheet;
  std::optional<CellRef> cell;
  std::optional<Money> stated;   // in the table's unit...
  std::optional<Money> computed; // ...both exact
  std::int64_t unit = 100000;    // of stated and computed: £000, or a table's own unit
  int decimals = 0;              // shown with at least these: 2 in a table written to the penny
  std::string message;
  // A repeated scheme: the copy kept (related), the sheet rows (1-based) of
  // every further copy on the finding's sheet (rows), and the years in
  // which they differ from it (years). Empty for other rules.
  std::vector<Place> related;
  std::vector<std::uint32_t> rows;
  std::vector<std::string> years;
};

// In reading order: by file, sheet, row and column (no sheet sorts first in
// its file, no cell as the sheet's A1), and only at one cell errors before warnings
// before infos, so a warning at B3 comes before an error at B9. The contract
// fixes no order; the report's Findings sheet puts errors first itself.
// Stable, and a list already in that order is left as it is.
void sort_findings(std::vector<Finding> &findings);

// Removes the findings at the indexes `at` (in any order, repeats allowed),
// keeping the others in their order, in one pass: the fold rules each drop
// the findings they folded into another.
void erase_findings(std::vector<Finding> &findings, std::vector<std::size_t> at);
// Sorted findings that repeat word for word down consecutive rows of one
// column become the first of them, which says how far the repeat goes.
void merge_repeated_rows(std::vector<Finding> &findings);

// A row a reader held once for the many alike rows the file repeats from
// it (import's Sheet::rows_held_once), on a sheet of one file.
struct RowHeldOnce {
  std::string sheet;
  std::uint32_t row = 0;
  std::uint32_t count = 0;
};
// A finding at a row held once names the rows of the file it stands for:
// one finding for the run, as merge_repeated_rows makes of copies read.
void name_rows_held_once(std::vector<Finding> &findings, const std::vector<RowHeldOnce> &held);

} // namespace fundbook
