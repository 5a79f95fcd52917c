#include "import/grid.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace fundbook {

const char *cell_type_name(CellType t) {
  switch (t) {
  case CellType::String: return "string";
  case CellType::Number: return "number";
  case CellType::Bool: return "bool";
  case CellType::Error: return "error";
  case CellType::Date: return "date";
  case CellType::EmptyFormula: return "empty-formula";
  }
  return "string";
}

std::uint32_t StringPool::add(std::string_view s) {
  // Readers cap a text at max_string_bytes (1 MB); the length field holds 16 MB.
  if (s.size() > kLengthMask) throw std::length_error("a text of more than 16 MB in one cell");
  if (!blocks_) blocks_ = std::make_shared<Blocks>();
  Blocks &blocks = *blocks_;
  std::size_t block, offset;
  if (s.empty()) {
    // Any block will do, at offset 0 (a full block's next offset would not fit).
    if (blocks.empty()) {
      blocks.push_back(std::make_unique_for_overwrite<char[]>(kBlock));
      used_ = 0;
    }
    block = 0;
    offset = 0;
  } else if (s.size() > kBlock / 4) {
    // A long text gets a block of its own; the shared block keeps filling.
    blocks.push_back(std::make_unique_for_overwrite<char[]>(s.size()));
    block = blocks.size() - 1;
    offset = 0;
  } else {
    if (s.size() > kBlock - used_) {
      blocks.push_back(std::make_unique_for_overwrite<char[]>(kBlock));
      block_ = blocks.size() - 1;
      used_ = 0;
    }
    block = block_;
    offset = used_;
    used_ += s.size();
  }
  if (!s.empty()) std::memcpy(blocks[block].get() + offset, s.data(), s.size());
  handles_.push_back(std::uint64_t(block) << 44 | std::uint64_t(offset) << 24 | s.size());
  return static_cast<std::uint32_t>(handles_.size() - 1);
}

bool Sheet::row_hidden(std::uint32_t r) const { return std::binary_search(hidden_rows.begin(), hidden_rows.end(), r); }
bool Sheet::col_hidden(std::uint32_t c) const { return std::binary_search(hidden_cols.begin(), hidden_cols.end(), c); }

namespace {
// The entry at (r, c) of a row-major vector, searched within its row where
// the row starts are known for it as it is, else over the whole vector.
// The first entry at or after (r, c): searched within row r where the row
// starts are known for the vector as it is (past the row, the next row's
// first entry is the answer), else over the whole vector.
template <class T>
typename std::vector<T>::const_iterator entry_from(const std::vector<T> &v, const Sheet::RowStarts &rows,
                                                   std::uint32_t r, std::uint32_t c) {
  auto first = v.begin(), last = v.end();
  if (!rows.start.empty() && rows.of == v.size()) {
    if (std::size_t(r) + 1 >= rows.start.size()) return v.end(); // below the last row
    first = v.begin() + rows.start[r];
    last = v.begin() + rows.start[r + 1];
    // Within its row an entry is found by its column alone (each column at
    // most once, in order); a row with no column missing between its first
    // and last entry, as most rows of a table are, is indexed directly.
    if (first == last || c <= first->col) return first;
    if (c > last[-1].col) return last;
    if (std::size_t(last[-1].col - first->col) + 1 == std::size_t(last - first)) return first + (c - first->col);
  }
  return std::lower_bound(first, last, std::pair{r, c}, [](const T &x, auto key) {
    return x.row != key.first ? x.row < key.first : x.col < key.second;
  });
}

template <class T>
const T *entry_at(const std::vector<T> &v, const Sheet::RowStarts &rows, std::uint32_t r, std::uint32_t c) {
  auto it = entry_from(v, rows, r, c);
  return it != v.end() && it->row == r && it->col == c ? &*it : nullptr;
}

// Row starts for a row-major vector, when its rows are not so sparse that
// they would take more room than the entries themselves (a cell at the foot
// of Excel's sheet and nothing else).
template <class T> Sheet::RowStarts row_starts(const std::vector<T> &v) {
  Sheet::RowStarts rows;
  rows.of = v.size();
  if (v.empty() || v.size() > UINT32_MAX) return rows;
  std::size_t count = std::size_t(v.back().row) + 2;
  if (count > 2 * v.size() + 1024) return rows;
  rows.start.resize(count);
  std::size_t i = 0;
  for (std::size_t r = 0; r < count; ++r) {
    while (i < v.size() && v[i].row < r) ++i;
    rows.start[r] = std::uint32_t(i);
  }
  return rows;
}
} // namespace

const CellFormula *Sheet::formula_at(std::uint32_t r, std::uint32_t c) const {
  return entry_at(formulas, formula_rows, r, c);
}

const Cell *Sheet::cell_at(std::uint32_t r, std::uint32_t c) const { return entry_at(cells, cell_rows, r, c); }

std::size_t Sheet::first_cell_from(std::uint32_t r, std::uint32_t c) const {
  return std::size_t(entry_from(cells, cell_rows, r, c) - cells.begin());
}

bool Sheet::row_kept(std::uint32_t r) const {
  for (auto &[first, last] : rows_not_kept)
    if (r >= first && r <= last) return false;
  return true;
}

void Sheet::note_row_not_kept(std::uint32_t r) {
  if (!rows_not_kept.empty() && rows_not_kept.back().second + 1 == r)
    rows_not_kept.back().second = r;
  else
    rows_not_kept.push_back({r, r});
}

namespace {
template <class T> void sort_and_keep_last(std::vector<T> &v) {
  auto before = [](const T &a, const T &b) { return a.row != b.row ? a.row < b.row : a.col < b.col; };
  // A reader's cells come in order, each place once (a tracker's 720,000):
  // one pass that finds each strictly after the one before leaves nothing
  // to sort or drop, and the vector is not copied over itself.
  if (std::adjacent_find(v.begin(), v.end(), [&](const T &a, const T &b) { return !before(a, b); }) == v.end()) return;
  if (!std::is_sorted(v.begin(), v.end(), before)) std::stable_sort(v.begin(), v.end(), before);
  // Keep the last of any written twice at the same position.
  std::size_t out = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (out > 0 && v[out - 1].row == v[i].row && v[out - 1].col == v[i].col) {
      v[out - 1] = v[i];
    } else {
      v[out++] = v[i];
    }
  }
  v.resize(out);
}
} // namespace

void finish_sheet(Sheet &sheet) {
  sort_and_keep_last(sheet.cells);
  sort_and_keep_last(sheet.formulas);
  sheet.cell_rows = row_starts(sheet.cells);
  sheet.formula_rows = row_starts(sheet.formulas);
  for (auto *list : {&sheet.hidden_rows, &sheet.hidden_cols}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
}

namespace {
// Days from 1970-01-01 to y-m-d (proleptic Gregorian), Howard Hinnant's algorithm.
void civil_from_days(long long z, long long &y, unsigned &m, unsigned &d) {
  z += 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<long long>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += (m <= 2);
}
} // namespace

std::string serial_to_iso(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < -693593 || serial > 2958466) return "";
  double whole = std::floor(serial);
  long long days = static_cast<long long>(whole);
  // Round the time to the millisecond, as spreadsheets store it.
  long long ms = std::llround((serial - whole) * 86400000.0);
  if (ms >= 86400000) {
    ms -= 86400000;
    ++days;
  }
  char buf[64];
  if (serial >= 0 && days == 0 && !date1904) {
    // A time of day with no date.
    long long secs = ms / 1000, frac = ms % 1000;
    if (frac)
      std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld.%03lld", secs / 3600, (secs / 60) % 60, secs % 60, frac);
    else
      std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld", secs / 3600, (secs / 60) % 60, secs % 60);
    return buf;
  }
  long long unix_days;
  if (date1904) {
    unix_days = days - 24107; // 1904-01-01 is serial 0
  } else {
    // Serial 60 is Excel's fictitious 1900-02-29; serials from 1 to 59 are a day off.
    if (days > 0 && days < 60) ++days;
    unix_days = days - 25569;
  }
  long long y;
  unsigned m, d;
  civil_from_days(unix_days, y, m, d);
  long long secs = ms / 1000, frac = ms % 1000;
  if (frac) {
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lld.%03lld", y, m, d, secs / 3600,
                  (secs / 60) % 60, secs % 60, frac);
  } else {
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02lld:%02lld:%02lld", y, m, d, secs / 3600, (secs / 60) % 60,
                  secs % 60);
  }
  return buf;
}

} // namespace fundbook
