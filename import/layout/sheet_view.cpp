#include "import/layout/sheet_view.hpp"

#include "import/layout/vocabulary.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace fundbook {

SheetView::SheetView(const Workbook &wb, const Sheet &sheet) : wb_(wb), sheet_(sheet) {
  year_pool_.reserve(4096); // pointers into it are handed out
  const auto &cells = sheet.cells;
  std::size_t n_rows = 0;
  for (std::size_t i = 0; i < cells.size(); ++i) n_rows += i == 0 || cells[i].row != cells[i - 1].row;
  row_numbers_.reserve(n_rows);
  row_begin_.reserve(n_rows + 1);
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (row_numbers_.empty() || row_numbers_.back() != cells[i].row) {
      row_numbers_.push_back(cells[i].row);
      row_begin_.push_back(i);
    }
  }
  row_begin_.push_back(cells.size());
}

std::string_view SheetView::label(const Cell &c) const {
  if (c.type != CellType::String) return {};
  std::size_t i = std::size_t(&c - sheet_.cells.data());
  if (label_of_.empty()) label_of_.assign(sheet_.cells.size(), 0);
  if (!label_of_[i]) {
    std::string n = label_text(wb_.text(c));
    if (n.empty()) {
      label_of_[i] = 1;
    } else {
      label_of_[i] = label_pool_.add(n) + 2;
    }
  }
  return label_of_[i] == 1 ? std::string_view() : label_pool_[label_of_[i] - 2];
}

namespace {
// A financial year's text starts with a digit or "FY", perhaps after spaces;
// turning the rest away here spares remembering it for every text cell.
bool could_start_year(std::string_view t) {
  if (t.empty()) return false;
  unsigned char c = static_cast<unsigned char>(t[0]);
  return (c >= '0' && c <= '9') || c == 'F' || c == 'f' || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xC2;
}
} // namespace

std::string label_text(std::string_view raw) { return raw.size() <= kMaxLabel ? normalise_label(raw) : std::string(); }

std::optional<std::string> year_text(std::string_view raw) {
  return could_start_year(raw) && raw.size() <= 40 ? parse_financial_year(raw) : std::nullopt;
}

const YearKey *SheetView::year(const Cell &c) const {
  if (c.type != CellType::String || !could_start_year(wb_.text(c))) return nullptr;
  std::size_t i = std::size_t(&c - sheet_.cells.data());
  if (year_of_.empty()) year_of_.assign(sheet_.cells.size(), 0);
  if (!year_of_[i]) {
    auto y = year_text(wb_.text(c));
    if (!y || year_pool_.size() >= year_pool_.capacity()) {
      year_of_[i] = 1;
    } else {
      auto it = std::find(year_pool_.begin(), year_pool_.end(), std::string_view(*y));
      if (it == year_pool_.end()) it = year_pool_.insert(year_pool_.end(), YearKey(*y));
      year_of_[i] = std::uint16_t(it - year_pool_.begin() + 2);
    }
  }
  // The pool holds a few dozen years at most; reserve so pointers stay valid.
  return year_of_[i] == 1 ? nullptr : &year_pool_[year_of_[i] - 2];
}

bool SheetView::two_year_cells(std::uint32_t r) const {
  std::size_t i = row_index(r);
  if (i >= row_numbers_.size() || row_numbers_[i] != r) return false; // no cells
  if (two_years_.empty()) two_years_.assign(row_numbers_.size(), 0);
  if (!two_years_[i]) {
    int n = 0;
    for (std::size_t k = row_begin_[i]; k < row_begin_[i + 1] && n < 2; ++k) n += year(sheet_.cells[k]) != nullptr;
    two_years_[i] = n >= 2 ? 2 : 1;
  }
  return two_years_[i] == 2;
}

std::size_t SheetView::row_index(std::uint32_t r) const {
  // Recognisers walk down the sheet: the row last asked about, or the next.
  if (last_index_ < row_numbers_.size() && row_numbers_[last_index_] == r) return last_index_;
  if (last_index_ + 1 < row_numbers_.size() && row_numbers_[last_index_ + 1] == r) { return ++last_index_; }
  std::size_t i = std::size_t(std::lower_bound(row_numbers_.begin(), row_numbers_.end(), r) - row_numbers_.begin());
  if (i < row_numbers_.size() && row_numbers_[i] == r) { last_index_ = i; }
  return i;
}

std::pair<const Cell *, const Cell *> SheetView::row(std::uint32_t r) const {
  std::size_t i = row_index(r);
  if (i >= row_numbers_.size() || row_numbers_[i] != r) return {nullptr, nullptr};
  const Cell *base = sheet_.cells.data();
  return {base + row_begin_[i], base + row_begin_[i + 1]};
}

const Cell *SheetView::at(std::uint32_t r, std::uint32_t c) const { return in_row(row(r), c); }

const Cell *SheetView::in_row(std::pair<const Cell *, const Cell *> row, std::uint32_t c) {
  auto [b, e] = row;
  if (!b) return nullptr;
  // Most rows have no gaps: the cell is where its column says it is.
  std::size_t off = std::size_t(c) - b->col;
  if (c >= b->col && off < std::size_t(e - b) && b[off].col == c) return b + off;
  auto it = std::lower_bound(b, e, c, [](const Cell &cell, std::uint32_t col) { return cell.col < col; });
  return (it != e && it->col == c) ? it : nullptr;
}

std::string number_text(double v) {
  if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
  }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

std::string SheetView::text(const Cell &c) const { return cell_text(wb_, c); }

std::string cell_text(const Workbook &wb, const Cell &c) {
  switch (c.type) {
  case CellType::String:
  case CellType::Error:
  case CellType::Date: return std::string(wb.text(c));
  case CellType::Number: return number_text(c.number);
  case CellType::Bool: return c.number != 0 ? "TRUE" : "FALSE";
  case CellType::EmptyFormula: return "";
  }
  return "";
}

std::string_view SheetView::text_view(const Cell &c, std::string &scratch) const {
  if (c.type == CellType::String) return wb_.text(c);
  scratch = text(c);
  return scratch;
}

std::string SheetView::text_at(std::uint32_t r, std::uint32_t c) const {
  const Cell *cell = at(r, c);
  return cell ? text(*cell) : std::string();
}

namespace {
// The shown_step code of a figure written as text with its own unit coarser
// than the table's ('£1.45m' in £000: to £10k, ten units), marking it
// written_coarse; kUnknown where the step is not a whole power of ten of
// units above one.
std::uint8_t written_step_code(std::string_view text, std::int64_t own_unit, std::int64_t unit, Figure *f) {
  // Three significant figures at least ('£1.45m', not '£1m' or
  // '£2.5m'): a figure written coarser is no total stated to be checked
  // against its lines to its rounding (half of '£1m' is £500k).
  const std::int64_t amount = f->amount.pence() < 0 ? -f->amount.pence() : f->amount.pence();
  int decimals = 0;
  if (auto dot = text.find('.'); dot != std::string_view::npos)
    for (std::size_t i = dot + 1; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) ++decimals;
  std::int64_t step = own_unit;
  for (int d = 0; d < decimals; ++d) {
    if (step % 10) return shown_step::kUnknown;
    step /= 10;
  }
  if (unit <= 0 || step <= unit || step % unit || step > amount / 100) return shown_step::kUnknown;
  int exponent = 0;
  for (std::int64_t q = step / unit; q > 1; q /= 10) {
    if (q % 10) return shown_step::kUnknown;
    ++exponent;
  }
  const int thousands = (exponent + 2) / 3;
  const std::uint8_t code = shown_step::code(3 * thousands - exponent, thousands);
  if (code != shown_step::kUnknown) f->written_coarse = true;
  return code;
}
} // namespace

std::optional<Figure> FigureReader::read(std::uint32_t r, std::uint32_t c, std::int64_t unit, bool *bad,
                                         bool *pound) const {
  return read_cell(view.at(r, c), r, c, unit, bad, pound);
}

std::optional<Figure> FigureReader::read_cell(const Cell *cell, std::uint32_t r, std::uint32_t c, std::int64_t unit,
                                              bool *bad, bool *pound) const {
  return read_cell(view.workbook(), view.sheet().name, vocab, notes, cell, r, c, unit, bad, pound);
}

std::optional<Figure> FigureReader::read_cell(const Workbook &wb, const std::string &sheet,
                                              const FigureVocabulary &vocab, std::vector<CellNote> &notes,
                                              const Cell *cell, std::uint32_t r, std::uint32_t c, std::int64_t unit,
                                              bool *bad, bool *pound) {
  if (bad) *bad = false;
  Figure f;
  f.ref = CellRef{r, c};
  if (!cell) {
    f.nil = true;
    return f;
  }
  f.formula = cell->formula;
  switch (cell->type) {
  case CellType::Number: {
    std::optional<Money> m = Money::from_units(cell->number, unit);
    if (!m) {
      notes.push_back({NoteKind::FigureOutOfRange, sheet, f.ref, cell_text(wb, *cell)});
      if (bad) *bad = true;
      return std::nullopt;
    }
    f.amount = *m;
    f.shown = cell->shown;
    return f;
  }
  case CellType::EmptyFormula:
    notes.push_back({NoteKind::FormulaCacheMissing, sheet, f.ref, ""});
    f.nil = true;
    return f;
  case CellType::String: {
    std::string t(wb.text(*cell));
    ParsedFigure p = parse_figure(t, vocab);
    if (p.kind == ParsedFigure::Kind::Nil) {
      f.nil = true;
      return f;
    }
    if (p.kind == ParsedFigure::Kind::Number) {
      std::optional<Money> m = Money::from_units(p.value, p.own_unit ? p.own_unit : unit);
      if (!m) {
        notes.push_back({NoteKind::FigureOutOfRange, sheet, f.ref, t});
        if (bad) *bad = true;
        return std::nullopt;
      }
      f.amount = *m;
      if (p.own_unit > unit) f.shown = written_step_code(t, p.own_unit, unit, &f);
      if (pound) *pound = *pound || (p.pound_sign && !p.own_unit);
      notes.push_back({NoteKind::TextNumber, sheet, f.ref, t});
      return f;
    }
    notes.push_back({NoteKind::NonNumeric, sheet, f.ref, t});
    if (bad) *bad = true;
    return std::nullopt;
  }
  default:
    if (cell->type == CellType::Error && wb.text(*cell) == kDamagedCellText) {
      if (bad) *bad = true; // the reader reported the damage at this cell
      return std::nullopt;
    }
    notes.push_back({NoteKind::NonNumeric, sheet, f.ref, cell_text(wb, *cell)});
    if (bad) *bad = true;
    return std::nullopt;
  }
}

} // namespace fundbook
