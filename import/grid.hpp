#pragma once
// The one model every reader produces: a workbook of sheets of typed cells.
// Nothing after a reader ever sees XML, BIFF or CSV bytes.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/cellref.hpp"

namespace fundbook {

enum class CellType : std::uint8_t { String, Number, Bool, Error, Date, EmptyFormula };

const char *cell_type_name(CellType t);

// Strings live once in the workbook's pool; a cell holds an index, which keeps
// a 100,000-row tracker's grid small and lets xlsx shared strings be reused.
// A cell is either text or a number, so the two share their eight bytes:
// sixteen bytes a cell, a million-cell tracker in 16 MB.
//
// A number cell also keeps how finely its number format shows it (`shown`, a
// ShownStep code), in the seven bits of the formula flag's byte that were
// spare: what a finance officer sees ("0.000", "#,##0.0") is what a total
// shown beside its lines can be told by, and it costs no byte.
struct Cell {
  std::uint32_t row = 0;
  std::uint16_t col = 0; // readers refuse columns past kMaxColumns
  CellType type = CellType::String;
  bool formula : 1 = false;
  std::uint8_t shown : 7 = 0; // a Number cell's ShownStep code; 0 (not known) for every other cell
  union {
    std::uint32_t str; // String, Error, Date (ISO text): index in Workbook::strings
    double number = 0; // Number, Bool (0/1)
  };
};

static_assert(sizeof(Cell) == 16, "a tracker holds a million cells: keep them 16 bytes");

// How finely a number format shows a number, packed in seven bits for a
// Cell: the decimals it shows (0.000: 3) and how many times it divides by
// 1,000 (a comma after the last digit, #,##0, : thousands), so it shows the
// number to a step of 10^(3 * thousands - decimals). Code 0 is a format
// whose step is not known: General (as many decimals as fit), a percentage,
// a fraction, scientific, text, a date, or no format (a CSV's text says its
// own decimals).
namespace shown_step {
inline constexpr std::uint8_t kUnknown = 0;
inline constexpr int kMaxDecimals = 15, kMaxThousands = 3;
constexpr std::uint8_t code(int decimals, int thousands) {
  if (decimals < 0 || decimals > kMaxDecimals || thousands < 0 || thousands > kMaxThousands) return kUnknown;
  return std::uint8_t(1 + decimals + 16 * thousands);
}
constexpr int decimals(std::uint8_t code) { return (code - 1) % 16; }
constexpr int thousands(std::uint8_t code) { return (code - 1) / 16; }
// The power of ten of units the step is: 3 * thousands - decimals.
constexpr int exponent(std::uint8_t code) { return 3 * thousands(code) - decimals(code); }
} // namespace shown_step

// Excel's last column is XFD (16,384); LibreOffice's is the same.
constexpr std::uint32_t kMaxColumns = 16384;

// Every text of a workbook, end to end in large blocks: one allocation per
// megabyte instead of one per cell, and the texts never move. Each text is
// found by eight bytes (block, offset, length), half a string_view: a
// tracker holds half a million texts.
//
// The blocks can outlive the pool (keep_texts): a streamed tracker's scheme
// titles are views of its shared strings (core/pool_text.hpp) rather than a
// second copy of them.
class StringPool {
public:
  StringPool() = default;
  StringPool(StringPool &&) noexcept = default;
  StringPool &operator=(StringPool &&) noexcept = default;
  StringPool(const StringPool &) = delete; // two pools must never fill one set of blocks
  StringPool &operator=(const StringPool &) = delete;

  std::uint32_t add(std::string_view s);
  std::string_view operator[](std::uint32_t i) const {
    std::uint64_t h = handles_[i];
    return {(*blocks_)[h >> 44].get() + ((h >> 24) & kOffsetMask), std::size_t(h & kLengthMask)};
  }
  std::size_t size() const { return handles_.size(); }
  // Where the pool is now; rollback(m) forgets every text added since, so a
  // row a RowSink took leaves nothing behind. A rollback goes back to the
  // latest mark, no further.
  struct Mark {
    std::size_t handles, blocks, block, used;
  };
  Mark mark() {
    settled_ = handles_.size();
    return {handles_.size(), blocks_ ? blocks_->size() : 0, block_, used_};
  }
  void rollback(const Mark &m) {
    handles_.resize(m.handles);
    if (blocks_) blocks_->resize(m.blocks);
    block_ = m.block;
    used_ = m.used;
  }
  // Texts [0, settled()) are never taken back or overwritten: those before
  // the latest mark (none when no mark was made).
  std::size_t settled() const { return settled_; }
  // The pool's blocks, for as long as the holder keeps them: views of the
  // settled texts stay valid after the pool is gone.
  std::shared_ptr<const void> keep_texts() const { return blocks_; }

private:
  static constexpr std::size_t kBlock = std::size_t(1) << 20; // offsets fit in 20 bits
  static constexpr std::uint64_t kOffsetMask = (std::uint64_t(1) << 20) - 1;
  static constexpr std::uint64_t kLengthMask = (std::uint64_t(1) << 24) - 1;
  using Blocks = std::vector<std::unique_ptr<char[]>>;
  std::shared_ptr<Blocks> blocks_; // made with the first text
  std::size_t block_ = 0;          // the shared block being filled
  std::size_t used_ = kBlock;
  std::vector<std::uint64_t> handles_;
  std::size_t settled_ = 0;
};

// A formula, held beside the cells only where there is one (most cells have
// none): its text, in Excel's A1 syntax whatever the format, in the pool.
struct CellFormula {
  std::uint32_t row = 0;
  std::uint16_t col = 0;
  std::uint8_t flags = 0; // kFormulaArray, kFormulaEvaluated
  std::uint32_t text = 0; // "=SUM(C6:H6)", index in Workbook::strings
};
inline constexpr std::uint8_t kFormulaArray = 1;     // entered as an array formula
inline constexpr std::uint8_t kFormulaEvaluated = 2; // no saved value: the cell holds fundbook's own result

struct MergedRange {
  CellRef first;
  CellRef last;
};

struct Sheet {
  std::string name;
  bool hidden = false;
  std::vector<Cell> cells; // row-major once the reader finishes
  std::vector<MergedRange> merges;
  std::vector<std::uint32_t> hidden_rows; // sorted
  std::vector<std::uint32_t> hidden_cols; // sorted
  std::vector<CellFormula> formulas;      // row-major once the reader finishes
  // Rows a RowSink took (not kept here), as [first, last] runs: a formula
  // that reads them cannot be worked out from this grid.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> rows_not_kept;
  // Rows the file repeats more often than a reader makes copies (an ODS
  // row repeated a million times): the row is held once, at `row`, and
  // stands for `count` alike rows from there down; the rows under it are
  // left empty, and what follows keeps its place.
  struct RowHeldOnce {
    std::uint32_t row = 0;
    std::uint32_t count = 0;
  };
  std::vector<RowHeldOnce> rows_held_once; // ascending
  // Where each row starts in `cells` and in `formulas`, made by finish_sheet:
  // a lookup searches its own row, not the whole sheet (the totals of a
  // 100,000-row tracker read as a grid look up a million cells).
  struct RowStarts {
    std::vector<std::uint32_t> start; // start[r]: the entries before row r; empty when not worth it
    std::size_t of = 0;               // the entries it was made for: any other count and it is not used
  };
  RowStarts cell_rows, formula_rows;
  bool row_hidden(std::uint32_t r) const;
  bool col_hidden(std::uint32_t c) const;
  const CellFormula *formula_at(std::uint32_t r, std::uint32_t c) const;
  const Cell *cell_at(std::uint32_t r, std::uint32_t c) const;
  // The first cell at or after (r, c) in row-major order: cells.size() when none.
  std::size_t first_cell_from(std::uint32_t r, std::uint32_t c) const;
  bool row_kept(std::uint32_t r) const;
  void note_row_not_kept(std::uint32_t r);
};

// A cell the reader found but could not read as written: a shared string
// that does not exist, a type the format does not define, a reference that
// names no cell. It is reported at its place, never dropped or moved in silence.
struct DamagedCell {
  std::string sheet;
  CellRef cell;     // where it was put
  std::string what; // "it names shared string 4294967295, which the file does not have"
  bool value_lost;  // the value is unknown (an error cell stands in), not only its place
};

// The text of the error cell that stands in for a damaged cell's lost value:
// figure checks see a cell they cannot read and leave the sums through it alone.
inline constexpr std::string_view kDamagedCellText = "#DAMAGED!";

// A sheet the reader could follow only part of the way: its records are out
// of step from some point (a damaged length or type), so the cells after it
// are missing. Reported as an error: its totals may not all have been checked.
struct DamagedSheet {
  std::string sheet;
  std::string what; // "sheet 'Budget' is damaged from byte 6168 of the workbook stream (...): ..."
};

// Something the reader read around at one place of a sheet (a row the file
// repeats past the copy budget, read once): said at that cell, as the
// findings about the sheet's figures are.
struct PlacedWarning {
  std::string sheet;
  CellRef cell;
  std::string what; // "sheet 'Budget': row 3 is repeated 200000 times in the file; ..."
};

struct Workbook {
  std::string path;
  std::string format; // xlsx, xls, ods, csv, html
  std::vector<Sheet> sheets;
  StringPool strings;
  std::vector<std::string> warnings;          // things read around, e.g. a missing part
  std::vector<PlacedWarning> placed_warnings; // the same at one cell of a sheet
  std::vector<DamagedCell> damaged;           // the first kMaxDamagedListed, in reading order
  std::size_t damaged_count = 0;              // all of them
  std::vector<DamagedSheet> damaged_sheets;
  static constexpr std::size_t kMaxDamagedListed = 100;

  void note_damaged(const std::string &sheet, CellRef at, std::string what, bool value_lost) {
    if (damaged_count++ < kMaxDamagedListed) damaged.push_back({sheet, at, std::move(what), value_lost});
  }

  std::uint32_t intern(std::string_view s) { return strings.add(s); }
  std::string_view text(const Cell &c) const { return strings[c.str]; }
  std::string_view text(const CellFormula &f) const { return strings[f.text]; }
};

// Sorts cells and formulas row-major, drops duplicates at one position (the
// last written wins, as in Excel) and sorts the hidden row and column lists.
void finish_sheet(Sheet &sheet);

// Dates: an ISO 8601 text for a spreadsheet serial in the 1900 or 1904 system.
std::string serial_to_iso(double serial, bool date1904);

} // namespace fundbook
