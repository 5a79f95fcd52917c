// The figures no recogniser took: grouped into blocks of nearby rows, so the
// account can say "118 figures in B3:F40 not understood" rather than stay
// silent about them (contract: "What was checked, and what was not").
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "import/layout/shapes.hpp"
#include "import/layout/structure/figure_cells.hpp"
#include "import/layout/structure/total_words.hpp"

namespace fundbook::layout {

namespace {
// Rows further apart than this start a new block: one blank row or a
// heading between two runs of figures still reads as one table.
constexpr std::uint32_t kBlockGap = 2;

const std::string_view kDefaultWhy = kNoTotalRecognised;

// Follows the sheet's rows down and says which come under a row the reader
// held once (the file repeats it past the copy budget): rows no further
// apart than a block's gap from the last of its copies, or from a row so
// under it. A total there that counts the copies would need them all, and
// one copy was read; it is said, never passed or accused.
class UnderHeldRows {
public:
  explicit UnderHeldRows(const Sheet &sheet) : held_(sheet.rows_held_once), next_(held_.begin()) {}
  // The held row that row r (ascending, every row with cells) comes under, or nullptr.
  const Sheet::RowHeldOnce *step(std::uint32_t r) {
    if (held_.empty()) return nullptr;
    while (next_ != held_.end() && next_->row < r) ++next_;
    if (from_ && r > last_ + kBlockGap) from_ = nullptr;
    if (next_ != held_.end() && next_->row == r) {
      from_ = &*next_;
      last_ = std::uint64_t(r) + (next_->count ? next_->count - 1 : 0);
      return nullptr; // the held row itself is read; it is not under itself
    }
    if (from_) last_ = r;
    return from_;
  }

private:
  const std::vector<Sheet::RowHeldOnce> &held_;
  std::vector<Sheet::RowHeldOnce>::const_iterator next_;
  const Sheet::RowHeldOnce *from_ = nullptr;
  std::uint64_t last_ = 0; // the last row of the run, a held row's copies counted
};

std::string under_held_why(const Sheet::RowHeldOnce &h) {
  return "under row " + std::to_string(h.row + 1) + ", which the file repeats " + std::to_string(h.count) +
         " times and which was read once: a total that counts those copies was not checked";
}

// A column of a block of unchecked figures: its heading (the last text
// above its figures) and what its figures look like, to tell identifiers
// (charity numbers, supplier IDs, account codes) from figures.
struct BlockColumn {
  std::size_t figures = 0;
  bool code_heading = false;  // the heading names identifiers or codes
  bool money_heading = false; // the heading names money
  bool year_heading = false;  // the heading names years or versions
  bool currency_heading = false;
  bool years = true;        // every figure a whole year, 1900 to 2100
  std::size_t zero_led = 0; // figures written with a leading zero ("05")
  bool year_written = true; // every figure written as a year is (no separator, point or sign)
  bool headed = false;
  bool whole = true; // every figure a whole number, not negative
  int width_lo = 99, width_hi = 0;
  // Identifiers by their figures alone: whole numbers all of one width
  // (five digits or more), under a heading that does not name money. Weak
  // evidence: amounts in whole units look so too (a city's assets in
  // dollars, 9 digits every year), so it is taken only where the register
  // shape bears it out (identifiers_in_block).
  bool of_one_width() const {
    return headed && !money_heading && figures >= 3 && whole && width_lo == width_hi && width_lo >= 5;
  }
  // Years ("BudgetYear": 2023, 2024) or a dataset's version (2025 on every
  // row) under a heading that names them: not amounts. A money word beside
  // the year's ("Budget Year") does not make them money; a currency sign does.
  bool of_years() const { return year_heading && !currency_heading && years && year_written; }
  // Codes written with a leading zero ("05", "63"): every figure so, or all
  // of one width with some so, under no heading of money. One amount typed
  // "05" among others is an amount.
  bool of_codes() const {
    return zero_led > 0 && !money_heading && whole && (zero_led == figures || width_lo == width_hi);
  }
};

int digits(double x) {
  int d = 1;
  for (double t = 10; t <= x && d < 20; t *= 10) ++d;
  return d;
}
} // namespace

void unchecked_figures(Context &ctx) {
  const SheetView &v = ctx.view;
  UncheckedBlock block; // the block being gathered: none while it has no figures
  std::uint32_t last_row = 0;
  std::map<std::uint32_t, std::string> heading;     // per column: the last text seen in it
  std::map<std::uint32_t, BlockColumn> columns;     // the block's figure columns
  std::map<std::uint32_t, std::uint32_t> first_row; // per column of the block: its first row
  auto flush = [&] {
    // Identifiers are not figures: the block is its other columns. A
    // heading that names codes says so; figures of one width say so only
    // left of every amount, where a register keeps the numbers that name
    // each row's thing (supplier, vendor, account): a column of them right
    // of an amount, or between amounts, is one more amount. An amount
    // column never left out unsaid is the account's first duty. Years and
    // codes written with a leading zero are no figures either, but a
    // register's identifiers come before its years: a column of one width
    // right of the years is an amount.
    std::size_t figures = 0;
    std::optional<std::uint32_t> lo, hi, top;
    bool amounts_left = false; // an amount (or year) column is left of this one
    for (auto &[col, c] : columns) {
      if (c.code_heading || c.of_codes()) continue;
      if (c.of_years()) {
        amounts_left = true;
        continue;
      }
      if (!amounts_left && c.of_one_width()) continue;
      amounts_left = true;
      figures += c.figures;
      if (!lo) lo = col;
      hi = col;
      top = top ? std::min(*top, first_row[col]) : first_row[col];
    }
    if (figures) {
      block.figures = figures;
      block.first = CellRef{*top, *lo};
      block.last.col = *hi;
      ctx.out.unchecked.push_back(std::move(block));
    }
    block = UncheckedBlock{};
    columns.clear();
    first_row.clear();
  };
  for (std::uint32_t r : v.rows()) {
    if (ctx.is_claimed(r)) continue;
    auto [b, e] = v.row(r);
    std::size_t n = 0;
    std::uint32_t lo = 0, hi = 0;
    std::vector<std::pair<const Cell *, double>> row_figures;
    std::vector<bool> zero_led;  // per figure of the row: its text has a leading zero
    std::vector<bool> year_like; // per figure: no separator, point, bracket or sign in its text
    std::string scratch;
    for (const Cell *c = b; c != e; ++c) {
      // Numbers, and text that is a figure (a CSV's cells are all text);
      // dates are typed as dates.
      double x = 0;
      if (c->type != CellType::Number) {
        if (c->type != CellType::String) continue;
        auto a = structure::read_amount(v.workbook(), *c, ctx.figures);
        if (!a || a->nil) {
          if (!a) {
            // The view's cached label, re-read only for camel-case words.
            const std::string_view label = v.label(*c), raw = v.text_view(*c, scratch);
            heading[c->col] = label.empty() || !structure::runs_words_together(raw) ? std::string(label)
                                                                                    : structure::heading_words(raw);
          }
          continue;
        }
        x = double(a->value.pence()) / double(structure::kScale);
        if (a->decimals) x = -1; // not whole
      } else {
        x = c->number;
      }
      row_figures.emplace_back(c, x);
      const std::string_view text = c->type == CellType::String ? v.text_view(*c, scratch) : std::string_view();
      zero_led.push_back(text.size() >= 2 && text[0] == '0' && text[1] >= '0' && text[1] <= '9');
      year_like.push_back(text.find_first_of(",.()-") == std::string_view::npos);
      if (!n) lo = c->col;
      hi = c->col;
      ++n;
    }
    if (!n) continue;
    if (block.figures && r - last_row > kBlockGap) flush();
    // An index row numbering the columns over a table is its heading.
    if (!block.figures && structure::index_row(v.workbook(), b, e, ctx.figures)) continue;
    if (!block.figures) {
      block.sheet = v.sheet().name;
      block.first = CellRef{r, lo};
      block.last = CellRef{r, hi};
      block.why = kDefaultWhy;
    }
    for (std::size_t k = 0; k < row_figures.size(); ++k) {
      auto [c, x] = row_figures[k];
      auto [it, fresh] = columns.try_emplace(c->col);
      BlockColumn &bc = it->second;
      if (fresh) {
        first_row[c->col] = r;
        if (auto h = heading.find(c->col); h != heading.end() && !h->second.empty()) {
          bc.headed = true;
          bc.code_heading = structure::names_code_column(h->second);
          bc.money_heading = structure::names_money(h->second);
          bc.year_heading = structure::names_year_column(h->second);
          bc.currency_heading = structure::names_currency(h->second);
        }
      }
      ++bc.figures;
      bool whole = x >= 0 && x == std::floor(x);
      bc.whole = bc.whole && whole;
      bc.years = bc.years && whole && x >= 1900 && x <= 2100;
      bc.zero_led += zero_led[k] ? 1 : 0;
      bc.year_written = bc.year_written && year_like[k];
      if (whole) {
        int d = digits(x);
        bc.width_lo = std::min(bc.width_lo, d);
        bc.width_hi = std::max(bc.width_hi, d);
      }
    }
    block.first.col = std::min(block.first.col, lo);
    block.last.col = std::max(block.last.col, hi);
    block.last.row = r;
    block.figures += n;
    if (auto it = ctx.doubts.find(r); it != ctx.doubts.end() && block.why == kDefaultWhy) {
      block.why = it->second.why;
      block.totals_unchecked = it->second.totals_unchecked;
      block.not_a_sum = it->second.not_a_sum;
      if (auto h = ctx.doubt_headings.find(r); h != ctx.doubt_headings.end()) {
        block.unknown_heading = h->second.first;
        block.unknown_heading_text = h->second.second;
      }
    }
    last_row = r;
  }
  flush();
}

void say_rows_held_once(const SheetView &v, std::vector<UncheckedBlock> &blocks, std::size_t from) {
  if (v.sheet().rows_held_once.empty() || from >= blocks.size()) return;
  std::vector<std::pair<std::uint32_t, const Sheet::RowHeldOnce *>> under; // ascending rows
  UnderHeldRows walk(v.sheet());
  for (std::uint32_t r : v.rows())
    if (const Sheet::RowHeldOnce *h = walk.step(r)) under.emplace_back(r, h);
  for (std::size_t i = from; i < blocks.size(); ++i) {
    UncheckedBlock &b = blocks[i];
    auto it = std::lower_bound(under.begin(), under.end(), b.first.row,
                               [](const auto &u, std::uint32_t r) { return u.first < r; });
    if (it == under.end() || it->first > b.last.row) continue;
    // The copies not read are why above any other: a total under them that
    // agrees with no reading of what was read is no sign of a wrong table.
    b.why = under_held_why(*it->second);
    b.totals_unchecked = false;
    b.under_held_row = it->second->row;
    b.held_count = it->second->count;
  }
}

} // namespace fundbook::layout
