#include "import/layout/planning_stream.hpp"

#include <algorithm>
#include <bit>

#include "import/figures.hpp"
#include "import/layout/shapes.hpp"
#include "import/layout/sheet_view.hpp"

namespace fundbook {

namespace {
// As SheetView::year, without interning the key (most cells name no year).
bool names_year(const Cell &c, const Workbook &wb) {
  return c.type == CellType::String && year_text(wb.text(c)).has_value();
}
std::optional<YearKey> year_of(const Cell &c, const Workbook &wb) {
  if (c.type != CellType::String) return std::nullopt;
  auto y = year_text(wb.text(c));
  if (!y) return std::nullopt;
  return YearKey(*y);
}
} // namespace

PlanningStream::PlanningStream(const Vocabulary &vocab)
    : vocab_(vocab), figures_(vocab.figures()), total_(vocab.list("rows.total")),
      cumulative_(vocab.list("rows.cumulative")), investment_(vocab.list("measures.investment")),
      saving_(vocab.list("measures.saving")) {
  for (auto *l : {&total_, &cumulative_, &investment_, &saving_})
    for (auto &w : *l)
      if (!w.empty()) {
        // A word too long for the table is always normalised (bit 63 stands for "63 or more").
        label_lengths_[static_cast<unsigned char>(w[0])] |= std::uint64_t(1) << std::min<std::size_t>(w.size(), 63);
        if (w.size() >= 2) label_pairs_.set(static_cast<unsigned char>(w[0]) * 256u + static_cast<unsigned char>(w[1]));
      }
}

std::string_view PlanningStream::short_label(const Cell &c, const Workbook &wb, std::string &scratch) const {
  // Without a pound sign, normalise_label only folds runs of spaces into one,
  // lowers case and trims spaces and ':' at the ends: the label starts with
  // the text's first other byte (lowered), and has every other byte of it
  // and at most one more per space run or ':'. A text whose label could not
  // be any word is turned away without normalising it: most references,
  // titles and workstreams, after a byte or a few.
  if (c.type != CellType::String) return {};
  std::string_view t = wb.text(c);
  if (t.find("\xc2\xa3") == std::string_view::npos) {
    std::uint64_t lengths = 0;
    std::size_t others = 0, extras = 0;
    bool in_space = false, after_first = false;
    unsigned char first = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
      char ch = t[i];
      bool space = ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n';
      if (ch == '\xc2' && i + 1 < t.size() && t[i + 1] == '\xa0') {
        space = true; // a no-break space folds like a space
        ++i;
      }
      if (space) {
        extras += !in_space && others > 0;
        in_space = true;
        after_first = false;
        continue;
      }
      in_space = false;
      unsigned char low = static_cast<unsigned char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
      if (others == 0 && extras == 0) {
        if (ch == ':') break; // a label starting ':' (kept there): no shortcut
        first = low;
        lengths = label_lengths_[first];
        if (!lengths) return {};
      }
      if (ch == ':') {
        ++extras;
        after_first = false;
        continue;
      }
      ++others;
      // The label's second byte, when nothing folds between the first two:
      // no word starts so ("C/R.10.001" is as long as "cumulative").
      if (others == 2 && after_first && !label_pairs_.test(first * 256u + low)) return {};
      after_first = others == 1;
      if (others > std::size_t(63 - std::countl_zero(lengths)) && !(lengths >> 63))
        return {}; // longer than any word starting so already: most titles stop here
    }
    bool possible = lengths == 0; // (0 only after the ':' break, or for an empty text)
    for (std::size_t n = others; n <= others + extras && !possible; ++n)
      possible = (lengths >> std::min<std::size_t>(n, 63)) & 1;
    if (!possible) return {};
  }
  return label(c, wb, scratch);
}

void PlanningStream::sheet_begins(const std::string &name) {
  sheets_.push_back({name, {}, false, false});
  expected_rows_ = 0;
  state_ = State::Idle;
}

void PlanningStream::rows_expected(std::uint32_t n) { expected_rows_ = n; }

void PlanningStream::finish_table() {
  if (state_ == State::Streaming && !table_.schemes.empty()) sheets_.back().tables.push_back(std::move(table_));
  table_ = StreamedTable();
  state_ = State::Idle;
}

void PlanningStream::sheet_ends() { finish_table(); }

void PlanningStream::abandon() {
  sheets_.clear();
  table_ = StreamedTable();
  state_ = State::Idle;
}

std::string_view PlanningStream::label(const Cell &c, const Workbook &wb, std::string &scratch) const {
  // As SheetView::label: a text cell's normalised text, "" for anything else.
  if (c.type != CellType::String) return {};
  scratch = label_text(wb.text(c));
  return scratch;
}

bool PlanningStream::header(std::uint32_t r, std::span<const Cell> cells, const Workbook &wb) {
  std::vector<std::string> scratch(cells.size());
  auto cols = layout::table_columns(
      cells, vocab_, [&](const Cell &c) { return label(c, wb, scratch[std::size_t(&c - cells.data())]); },
      [&](const Cell &c) -> std::optional<YearKey> { return year_of(c, wb); },
      [&](const Cell &c) { return wb.text(c); });
  if (!cols || !cols->planning()) return false;
  // Each year once, in order, as a record's year map holds them: the rules
  // read a row's figures back from it by column (table_rows.hpp).
  for (std::size_t k = 1; k < cols->years.size(); ++k)
    if (!(cols->years[k - 1].year < cols->years[k].year)) return false;
  // A figure among the year headers (a damaged header): year_tables reads
  // the table from the grid, where it can account for that column.
  for (const Cell &c : cells)
    if (c.type == CellType::Number && std::uint32_t(c.col) + 1 >= cols->first_year() &&
        c.col <= cols->years.back().col + 1)
      return false;
  table_ = StreamedTable();
  table_.header_row = r;
  table_.cols = std::move(*cols);
  table_.unit = layout::row_unit(cells, wb).value_or(100000);
  prev_ = r;
  kept_ = 0;
  state_ = State::Kept;
  return true;
}

bool PlanningStream::plain_data_row(std::span<const Cell> cells, const Workbook &wb,
                                    layout::RowOutline &outline) const {
  int years = 0;
  for (const Cell &c : cells) years += names_year(c, wb);
  if (years >= 2) return false; // another table's header
  std::uint32_t first_year = table_.cols.first_year();
  outline = layout::planning_row_outline(cells, first_year, wb);
  if (!outline.any_label) return false; // (a total row without a label, or the end)
  std::string first_scratch, scratch;
  std::string_view first;
  auto role = layout::planning_role(
      cells, outline, first_year, wb, total_, cumulative_, true,
      [&](const Cell &c) { return short_label(c, wb, first_scratch); }, &first);
  if (role != layout::PlanningRole::Scheme) return false;
  // A subtotal ("Total investments") ends the rows taken: year_tables reads
  // the table whole from the grid (its totals are inferred).
  if (layout::subtotal_row(cells, outline, table_.cols, wb)) return false;
  // An Investment or Saving label is a profile block's, which profile_blocks may claim.
  for (const Cell &c : cells) {
    if (c.col >= first_year) break;
    std::string_view l = c.col == outline.label_col ? first : short_label(c, wb, scratch);
    if (Vocabulary::in(investment_, l) || Vocabulary::in(saving_, l)) return false;
  }
  return true;
}

bool PlanningStream::row(std::uint32_t r, std::span<const Cell> cells, bool hidden, const Workbook &wb) {
  if (cells.empty()) return false; // no cells: not a row of the grid at all
  bool tidy = true;                // one row, columns ascending: as the grid will hold it
  for (std::size_t i = 0; i < cells.size(); ++i)
    tidy = tidy && cells[i].row == r && (i == 0 || cells[i].col > cells[i - 1].col);
  layout::RowOutline outline;
  switch (state_) {
  case State::Streaming:
    if (tidy && r == prev_ + 1 && plain_data_row(cells, wb, outline)) {
      if (table_.schemes.empty()) {
        table_.first_row = r;
        // The sheet's dimension says how far the table can run; room for
        // the kept rows and what comes before them too (see year_tables).
        // A claimed dimension is only a hint: past 256k rows the vector grows
        // as the rows come (below).
        std::size_t room = std::min<std::size_t>(expected_rows_ > r ? expected_rows_ - r : 0, 1u << 18) + 1024;
        table_.schemes.reserve(room);
        table_.front = kept_; // the usual count of schemes before these
        table_.schemes.resize(kept_);
      }
      if (table_.schemes.size() == table_.schemes.capacity()) {
        // Full, with the dimension claiming more rows: room for all of them
        // at once rather than doubling (a million-row tracker moved its rows
        // twice, 263k and 526k of them). A claim is trusted up to four times
        // the rows the sheet has already shown, so a false one costs little.
        std::size_t now = table_.schemes.size();
        std::size_t claimed = (expected_rows_ > r ? expected_rows_ - r : 0) + now + 1024;
        table_.schemes.reserve(std::max(now * 2, std::min(claimed, now * 4)));
      }
      // Read straight into its place (no temporary moved in and destroyed).
      layout::read_planning_row(table_.cols, cells, r, hidden, table_.unit, outline, wb, sheets_.back().name, figures_,
                                table_.notes, workstreams_, nullptr, table_.schemes.emplace_back(), true);
      if (outline.label_col != *table_.cols.ref_col)
        table_.label_cols.emplace_back(table_.schemes.size() - 1 - table_.front, outline.label_col);
      table_.last_row = r;
      prev_ = r;
      for (const Cell &c : cells) {
        if (c.type != CellType::String || !layout::mentions_basis(wb.text(c))) continue;
        std::string scratch;
        if (layout::says_incremental(label(c, wb, scratch), vocab_)) sheets_.back().says_incremental = true;
      }
      return true;
    }
    finish_table(); // the table has ended: what was taken waits to be spliced
    break;
  case State::Kept:
    if (!tidy) {
      state_ = State::Idle;
      return false;
    }
    if (r == prev_ + 1 || kept_ == 0) {
      if (kept_ == 0) {
        int years = 0;
        for (const Cell &c : cells) years += names_year(c, wb);
        if (years < 2) {
          if (auto u = layout::row_unit(cells, wb)) { // the unit row under the header
            table_.unit = *u;
            prev_ = r;
            return false;
          }
        }
      }
      if (plain_data_row(cells, wb, outline)) {
        ++kept_;
        prev_ = r;
        if (kept_ >= kKeptRows) state_ = State::Streaming;
        return false;
      }
    }
    state_ = State::Idle;
    break;
  case State::Idle: break;
  }
  if (tidy) header(r, cells, wb);
  return false;
}

StreamedSheet *PlanningStream::sheet(const std::string &name) {
  for (auto &s : sheets_) {
    if (s.used || s.name.str() != name) continue;
    s.used = true;
    return &s;
  }
  return nullptr;
}

bool PlanningStream::all_spliced() const {
  for (auto &s : sheets_)
    for (auto &t : s.tables)
      if (!t.spliced || t.spoilt) return false;
  return true;
}

bool PlanningStream::took_any() const {
  for (auto &s : sheets_)
    if (!s.tables.empty()) return true;
  return false;
}

} // namespace fundbook
