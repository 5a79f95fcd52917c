#pragma once
// Streaming recognition of long business-planning tables (a tracker of a
// hundred thousand schemes): as the xlsx reader finishes each row, the rows
// of a planning table past its first few are read into their SchemeRecord
// at once (figures, total and title; no FigureRow) and not kept in the grid,
// so the sheet's grid never holds them. year_tables then splices them back
// into their table, whose rows the rules read from the records
// (import/layout/table_rows.hpp): only for a caller that asks for that
// (RecogniseOptions::defer_planning_figures); for any other, or a table that
// cannot hold its rows as records, nothing is spliced.
//
// The first kKeptRows data rows under a header stay in the grid, so every
// recogniser sees the table start exactly as before; a row is taken only if
// year_tables would read it as a plain data row of that table (not a total,
// a unit, a measure or a header row). Whether the guess held is checked when
// the rows are spliced: a block that does not fit where year_tables is makes
// all_spliced() false, and the caller reads the workbook again without this.
#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "import/layout/planning_rows.hpp"
#include "import/layout/tables.hpp"
#include "import/layout/vocabulary.hpp"
#include "import/row_sink.hpp"

namespace fundbook {

// The rows one planning table's reader did not keep.
struct StreamedTable {
  std::uint32_t header_row = 0;
  layout::TableColumns cols;
  std::int64_t unit = 100000;
  std::uint32_t first_row = 0, last_row = 0; // the rows taken, consecutive
  std::vector<SchemeRecord> schemes;         // one per row, its measure not yet settled
  std::vector<CellNote> notes;               // about the cells of these rows
  // Taken rows labelled in a column other than the reference's (left of
  // it, or the title where the reference is blank), by place among the
  // taken rows: what a
  // row rebuilt from its record needs (year_tables, record_into_row).
  std::vector<std::pair<std::size_t, std::uint32_t>> label_cols;
  // Empty places at the start of schemes for what comes before the taken
  // rows (the rows kept in the grid), so splicing them in does not move a
  // hundred thousand records up to make room.
  std::size_t front = 0;
  bool spliced = false;
  // Spliced into a table that then could not hold its rows as records (a
  // damaged row under it): what was recognised is not to be used.
  bool spoilt = false;
  std::size_t taken() const { return schemes.size() - front; }
};

// Puts `before` in the first `room` places of v (left empty for it), making
// or taking away places at the start only when `before` has another count.
template <class T> void place_before_taken(std::vector<T> &v, std::size_t room, std::vector<T> &before) {
  std::size_t n = before.size();
  if (n < room) v.erase(v.begin(), v.begin() + std::ptrdiff_t(room - n));
  if (n > room) v.insert(v.begin(), n - room, T{});
  std::move(before.begin(), before.end(), v.begin());
}

struct StreamedSheet {
  SharedText name; // shared by the rows' schemes
  std::vector<StreamedTable> tables;
  bool says_incremental = false; // a text in a row not kept says the figures are incremental
  bool used = false;
};

class PlanningStream final : public RowSink {
public:
  static constexpr std::uint32_t kKeptRows = 12;
  explicit PlanningStream(const Vocabulary &vocab);

  void sheet_begins(const std::string &name) override;
  void rows_expected(std::uint32_t n) override;
  bool row(std::uint32_t r, std::span<const Cell> cells, bool hidden, const Workbook &wb) override;
  void sheet_ends() override;
  void abandon() override;

  // The streamed rows of the sheet of that name, or nullptr (each once).
  StreamedSheet *sheet(const std::string &name);
  bool all_spliced() const;
  // Whether any row was taken: their records' titles may then be views of
  // the workbook's texts (layout::read_planning_row's borrow_title), which
  // the caller keeps with them (StringPool::keep_texts).
  bool took_any() const;

private:
  enum class State { Idle, Kept, Streaming };
  void finish_table();
  bool header(std::uint32_t r, std::span<const Cell> cells, const Workbook &wb);
  bool plain_data_row(std::span<const Cell> cells, const Workbook &wb, layout::RowOutline &outline) const;
  std::string_view label(const Cell &c, const Workbook &wb, std::string &scratch) const;

  // The label of c if it could be one of those lists' words, else "".
  std::string_view short_label(const Cell &c, const Workbook &wb, std::string &scratch) const;

  const Vocabulary &vocab_;
  FigureVocabulary figures_;
  const std::vector<std::string> &total_, &cumulative_, &investment_, &saving_;
  // By a word's first byte: which lengths those lists' words have (bit n).
  std::array<std::uint64_t, 256> label_lengths_{};
  // Which first two bytes those lists' words of two or more bytes have.
  std::bitset<std::size_t{256} * 256> label_pairs_;
  std::vector<StreamedSheet> sheets_;
  std::uint32_t expected_rows_ = 0;
  State state_ = State::Idle;
  StreamedTable table_; // the table being watched
  std::uint32_t prev_ = 0;
  std::uint32_t kept_ = 0; // data rows of it kept in the grid so far
  TextShare workstreams_;
};

} // namespace fundbook
