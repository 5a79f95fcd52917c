// Total rows in a hierarchy. Walking down the table, the rows read so far
// are kept as items: figure rows, and totals standing for the items they
// add up. A row named as a total ("Subtotal Revenue", "Grand Total") is
// tried against several readings of the items above it: the block up to the
// blank row; the items since the last named total; all items (subtotals in
// place of their rows); the subtotals alone; the figure rows alone. The
// reading that explains the most columns is its structure and its items are
// folded into it. A row with no total word is a subtotal only if it closes a
// block (a blank row follows) and adds up that block, or the block above
// the blank row before it, in every column but at most one.
//
// Totals above their rows: a row whose figures add up the rows under it,
// told by the labels ("Finance", then "Finance - Investment Banking", ...),
// by their indent (a group's heading row over the lines indented under it,
// "Adults" then "    Older people", ...) or by the blocks (each block's
// first row adds up the rest of the block, an "of which:" heading between
// them no gap), or by the figures alone where a block's first row adds
// only the first lines under it and the block closes with a named total
// after more lines ("Top six functions" over six, "All others", "Total":
// group_over_first_lines).
// One that adds up is believed; one that does not is checked only where
// another row of the same kind in the table adds up. A row named as a total
// that opens its block, where the rows above it do not add up to it, is one
// too ("Total expenditure" over Employees, Premises, ...): its words say it
// is a total, so its lines adding up in one column, one other at most off,
// are enough. One named inside its block ("Fire Total" above Civilian and
// Uniform, then "Police Total" above its own) is a total above the rows
// under it, up to the next row so named, only where they add up to it.
//
// The reading is the table's, not one figure's: a named total nothing
// explains exactly is read as the total before it was, and a column whose
// totals add up nowhere while the others do (a minimum, a median, a rate)
// is left out of the table and said so. A total no reading explains is an
// error only where its column adds up at another total, or where it is the
// one odd column of a row whose other columns add up (confirm_columns);
// a lone "Total" under a plain list in one column is checked on its own
// where no other reading of the list (an aggregate row, a "less" line)
// comes near it (plain_list_total). An "of which" line is part of the line above it,
// no item of any reading of a total below it (names_part_of_line_above).
// A row named as a total that no reading explains may be a line so named:
// a later total reading it as a line makes it one (said so), and a label
// named as a total in block after block that adds up in none of them is a
// line each time (set_aside_recurring_lines).
#include "core/concat.hpp"
#include "import/formula/sum_areas.hpp"
#include "import/layout/structure/infer.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace fundbook::structure {

namespace {
struct Item {
  std::size_t row = 0;    // index into g.rows; a separator's: the row right under it
  bool separator = false; // blank rows or a heading between two figure rows
  bool total = false;
  bool named = false;              // a total by its words
  std::vector<std::size_t> leaves; // figure rows it stands for
  bool over_totals = false;        // a total adding other totals (Net Assets over its blocks' totals)
  // A total only because its figures add up the items above or under it
  // (no total word, formula or label names it): it may be a line that
  // equals them by chance.
  bool by_figures = false;
  std::vector<Item> parts{}; // the items it stands for, as they were
  // A total by its words that no reading explains in any column, not even
  // near: it may be a line whose label starts with "Total" ("Total Other
  // Governments" among the revenue lines under "Total Current Revenue").
  bool unexplained = false;
};

// What a reading is, so a later total can be read as an earlier one was.
enum Kind : unsigned { kBlock = 1, kSince = 2, kAll = 4, kSubtotals = 8, kLeaves = 16, kFlat = 32 };

struct RowReading {
  std::string name;
  std::vector<std::size_t> items; // indexes into the item list
  unsigned kinds = 0;
  // Those of `items` taken off, not added (a line named as a deduction,
  // "Less: Income", written as a positive figure under the gross line),
  // ascending.
  std::vector<std::size_t> off{};
};

std::string plural(std::size_t n, const char *one, const char *many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

enum class Fit { Exact, Near, Off, None };

// Evidence that a column is an amount to add: its total agrees with a
// reading, exactly or within the rounding of its figures.
bool adds_up(Fit f) { return f == Fit::Exact || f == Fit::Near; }

struct Tally {
  std::size_t exact = 0, exact_nonzero = 0, near = 0, off = 0;
};

// A row above the rows it adds up.
struct Parent {
  std::size_t row = 0;               // index into g.rows
  std::vector<std::size_t> children; // indexes into g.rows, contiguous below it
  bool by_label = false;             // children named after it, else the rest of its block
  bool by_indent = false;            // children indented under it ("Adults", then "    Older people", ...)
  bool worded = false;               // a total by its words, first in its block ("Total expenditure" over its lines)
  bool within = false;               // worded, inside its block, over the rows up to the next worded one
  bool top_of_table = false;         // worded, the table's first row alone in its block, over all the rows under it
  // A block's first row over the first lines under it, with more lines and
  // a named total after them ("Top six functions" over six, "All others",
  // "Total"): found by its figures (group_over_first_lines).
  bool group = false;
  bool believed = false;
};

struct ColumnStats {
  std::size_t tested = 0, explained = 0;
};

struct Walk {
  std::vector<StatedTotal> found;
  std::vector<bool> above;      // per found: a total above its rows
  std::vector<bool> by_formula; // per found: its formula, or a running total of its column, says which rows it adds
                                // (formula_says, running_total_says)
  std::vector<std::size_t> row_of, col_of; // per found: indexes into g.rows and g.cols
  std::size_t explained = 0, explained_below = 0;
  bool any_below = false;
  std::vector<std::string> unexplained_names; // quoted, or "row N" where the row has no label
  // A total by its words at the table's top, over the rows under it, that
  // they add up to in no column as they should (Parent::top_of_table, not
  // believed): its row, said in the account as a total not checked.
  std::vector<std::size_t> top_not_believed;
  std::vector<ColumnStats> cols;
  std::set<std::string> figure_subtotals; // labels of rows found to be subtotals by their figures
  std::size_t block_subtotals = 0;        // blocks closed by a row adding them up in every column
  // Rows with no label that add up the block above them, under which the
  // next row follows with no gap (the last block's subtotal, right above the
  // grand total): blocks closed by their subtotals too, for the search below.
  std::size_t unnamed_subtotals = 0;
  std::set<std::size_t> hinted;     // rows (indexes into g.rows) read as subtotals on a first walk's hints
  std::vector<std::size_t> partial; // rows closing a block that add it up in one column at least, one off
  std::set<std::size_t> lines;      // rows read as totals by their figures, then as lines (unread)
  // Rows named as totals that a later total's reading takes for lines, each
  // with the row of that total (indexes into g.rows).
  std::map<std::size_t, std::size_t> named_lines;
  // Rows found to disagree with their total column that a subtotal's reading
  // corrected, each in one figure, to make every column agree
  // (adds_once_rows_are_corrected).
  std::set<std::size_t> corrected;
  // The totals (row, column: indexes into g.rows and g.cols) those
  // corrections made agree: off by exactly the rows' errors, so their
  // column adds up there, and their figure is checked (the error is said at
  // the figure that breaks its row and its column alike).
  std::set<std::pair<std::size_t, std::size_t>> corrected_at;

  // Keeps the found totals that keep(k) keeps, in order: the per-found
  // vectors move together. keep is called once for each, in order, before
  // its entry can be overwritten.
  template <class Keep> void keep_found(Keep keep) {
    std::size_t kept = 0;
    for (std::size_t k = 0; k < found.size(); ++k) {
      if (!keep(k)) continue;
      if (kept != k) {
        found[kept] = std::move(found[k]);
        above[kept] = above[k];
        by_formula[kept] = by_formula[k];
        row_of[kept] = row_of[k];
        col_of[kept] = col_of[k];
      }
      ++kept;
    }
    found.resize(kept);
    above.resize(kept);
    by_formula.resize(kept);
    row_of.resize(kept);
    col_of.resize(kept);
  }
};

// What a first walk found of how the table writes its subtotals, for the
// second: a row written so is a subtotal even where one figure is wrong.
struct Hints {
  std::set<std::string> subtotal_labels;    // labels of rows that add up the block above them
  bool blocks_close_with_subtotals = false; // two blocks or more end in a row adding them up
  std::set<std::size_t> subtotal_rows;      // rows closing a block read as its subtotal, one figure off or not
};

// A label (normalised) that opens a section of a statement: ending in a
// colon ("Funded by:", "Funding:", "Income:"), or naming how the lines above
// it are paid for ("Financed by", "Sources of finance").
bool names_section_heading(std::string_view l) {
  if (l.empty()) return false;
  if (l.back() == ':') return true;
  for (std::string_view w : {"funded by", "financed by", "funding", "financing", "sources of"})
    if (l.starts_with(w)) return true;
  return false;
}

bool alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// "finance - investment banking" under "finance": the parent's words, then
// a separator, then more.
bool named_after(const std::string &child, const std::string &parent) {
  std::size_t letters = 0;
  for (char c : parent) letters += alnum(c);
  if (letters < 2 || child.size() <= parent.size() + 1 || child.compare(0, parent.size(), parent) != 0) return false;
  return !alnum(child[parent.size()]);
}

// The rows among the first `items` of a one-column list that equal the
// rows right under them or right above them added up (two figures or more
// not zero, within kAggregateReach rows): each may stand for them, not
// beside them. Their figures, one per row.
constexpr std::size_t kAggregateReach = 50;
std::vector<Money> aggregate_rows(const Region &g, std::size_t items) {
  auto value = [&](std::size_t i) { return g.cells[i][0] ? g.cells[i][0]->value : Money{}; };
  std::vector<Money> out;
  for (std::size_t i = 0; i < items; ++i) {
    Money v = value(i);
    if (v.is_zero()) continue;
    Money under, over;
    std::size_t nz_under = 0, nz_over = 0;
    bool adds = false;
    for (std::size_t k = 1; k <= kAggregateReach && !adds; ++k) {
      if (i + k < items) {
        under += value(i + k);
        nz_under += !value(i + k).is_zero();
        adds = nz_under >= 2 && same_at_precision(v, under, g.col_noise[0], k);
      }
      if (k <= i && !adds) {
        over += value(i - k);
        nz_over += !value(i - k).is_zero();
        adds = nz_over >= 2 && same_at_precision(v, over, g.col_noise[0], k);
      }
    }
    if (adds) out.push_back(v);
  }
  return out;
}

// A row left out of every reading as a part of the line above it.
bool part_of_line_above(const Region &g, std::size_t i) {
  return names_part_of_line_above(normalise_label(g.labels[i]));
}

// Between rows i - 1 and i of the region, only rows whose label passes
// `label_ok` and that hold nothing at or right of the first amount column.
template <typename LabelOk>
bool only_figureless_rows_between(const Region &g, const SheetView &v, std::size_t i, LabelOk label_ok) {
  if (!g.label_col) return false;
  for (std::uint32_t r = g.rows[i - 1] + 1; r < g.rows[i]; ++r) {
    if (!label_ok(v.text_at(r, *g.label_col))) return false;
    auto [b, e] = v.row(r);
    for (const Cell *c = b; c != e; ++c)
      if (c->col >= g.cols.front() && c->type != CellType::EmptyFormula &&
          !(c->type == CellType::String && trim_view(v.workbook().text(*c)).empty()))
        return false;
  }
  return true;
}

// Only lines whose figure is blank ("Transition Regions (€)" with no
// amount, as in the lines around it): a label, and no figure.
bool only_blank_lines_between(const Region &g, const SheetView &v, std::size_t i) {
  return only_figureless_rows_between(g, v, i, [](const std::string &label) { return !trim(label).empty(); });
}

// Only headings naming the rows under them parts of the line above ("of
// which:", a label and no figure): the parts follow the line they are part
// of, no block of their own.
bool only_part_headings_between(const Region &g, const SheetView &v, std::size_t i) {
  return only_figureless_rows_between(
      g, v, i, [](const std::string &label) { return names_part_of_line_above(normalise_label(label)); });
}

// How far a row's label is indented as written: the spaces (or tabs)
// before its first character ("    Older people" under "Adults"), 0 where
// the region has no label column.
std::size_t label_indent(const Region &g, const SheetView &v, std::size_t i) {
  if (!g.label_col) return 0;
  const std::string text = v.text_at(g.rows[i], *g.label_col);
  std::size_t n = 0;
  while (n < text.size() && (text[n] == ' ' || text[n] == '\t')) ++n;
  return n;
}

// The other readings a plain list's total may have, as what each takes off
// the sum of its items: an aggregate row counted through its parts (sum -
// its figure), and a line opening with "less" left out (sum - it) or taken
// off (sum - twice it). Each choice of them, nullopt where there are too
// many to try (the list is then no plain list).
constexpr std::size_t kMaxOtherReadings = 64;
std::optional<std::vector<Money>> other_readings(Money sum, const std::vector<Money> &aggregates,
                                                 const std::vector<Money> &less) {
  std::vector<Money> out{sum};
  auto spread = [&](std::initializer_list<int> times, Money v) {
    std::vector<Money> next;
    for (Money m : out)
      for (int t : times) {
        Money x = m;
        for (int k = 0; k < t; ++k) x -= v;
        next.push_back(x);
      }
    out = std::move(next);
  };
  for (Money v : aggregates) {
    spread({0, 1}, v);
    if (out.size() > kMaxOtherReadings) return std::nullopt;
  }
  for (Money v : less) {
    spread({0, 1, 2}, v);
    if (out.size() > kMaxOtherReadings) return std::nullopt;
  }
  out.erase(out.begin()); // the sum itself: the list's own reading
  return out;
}

// A list of items with one labelled total under it, in one amount column:
// its only reading is the items above it, so it is checked without another
// total to confirm how the table works. Only where nothing suggests another
// reading: the items contiguous (a blank row at most just above the
// total, or lines whose figure is blank written as the others are), three
// or more, each named, none a note such as "net" or an average, and two or
// more different figures. Where the total disagrees with them, the other
// readings are tried before it is accused: an aggregate row of others (a
// "Top six" over the six under it, a subtotal no word names) counted
// through its parts, the first row left out (such a group whose own figure
// is wrong, so that no run of rows equals it), a "less" line left out or
// taken off ("Less: income",
// though "Less Developed Regions" is a line like the others), an opening
// balance left out (a receipts account's "Total receipts" under "Balance
// brought forward" counts the receipts only); the list is
// checked only where none of them comes within the rounding of the total.
// "Of which" lines are parts of the line above, not items; but they say the
// list is a hierarchy, whose other parts may go unmarked ("Health", "O/w
// Drugs", "Medical Equipment"): a total below its items may leave those
// out, and only one above them (more than any choice of its items adds) is
// wrong for certain.
//
// The list is the region's first n rows, its total the last of them.
bool plain_list_total(const Region &g, const SheetView &v, std::size_t n) {
  if (g.cols.size() != 1 || n < 4 || n > g.rows.size()) return false;
  TotalWord last = g.row_total[n - 1];
  if (last != TotalWord::Total && last != TotalWord::Grand) return false;
  auto &st = g.cells[n - 1][0];
  if (!st || st->nil || st->value.is_zero()) return false;
  // Words of a note, each a word of its own (perhaps plural: "rates"), as
  // an item named with them at its start ("Memorial garden", "Network
  // costs", "Meanwhile use") is an item still; and stems ("including",
  // "averaged", "memoranda").
  static constexpr std::string_view kOther[] = {"memo", "mean", "net", "rate"};
  static constexpr std::string_view kOtherStem[] = {"of which", "memorand", "includ", "exclud",
                                                    "average",  "median",   "%",      "per "};
  std::optional<Money> first_value;
  bool differ = false, hierarchy = false;
  std::vector<bool> item(n - 1, false);
  std::vector<Money> less, carried_in;
  auto starts_word = [](const std::string &l, std::string_view w) {
    for (std::size_t p = l.find(w); p != std::string::npos; p = l.find(w, p + 1))
      if (p == 0 || !alnum(l[p - 1])) return true;
    return false;
  };
  auto is_word = [](const std::string &l, std::string_view w) {
    for (std::size_t p = l.find(w); p != std::string::npos; p = l.find(w, p + 1)) {
      if (p > 0 && alnum(l[p - 1])) continue;
      std::size_t e = p + w.size();
      if (e < l.size() && l[e] == 's') ++e;
      if (e == l.size() || !alnum(l[e])) return true;
    }
    return false;
  };
  auto names_note = [&](const std::string &l) {
    return std::any_of(std::begin(kOther), std::end(kOther), [&](auto w) { return is_word(l, w); }) ||
           std::any_of(std::begin(kOtherStem), std::end(kOtherStem), [&](auto w) { return starts_word(l, w); });
  };
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (i > 0 && g.rows[i] - g.rows[i - 1] > 1 && !only_blank_lines_between(g, v, i)) return false;
    if (part_of_line_above(g, i)) {
      hierarchy = true;
      continue;
    }
    if (g.row_total[i] != TotalWord::None || g.labels[i].empty()) return false;
    std::string l = normalise_label(g.labels[i]);
    if (names_note(l)) return false;
    auto &a = g.cells[i][0];
    // A figure not given ("..", or broken in extraction) is still an item:
    // the total over it is set aside, said why (set_aside_totals_over_withheld).
    if (!a && g.withheld.contains({i, 0})) continue;
    if (!a) return false;
    item[i] = true;
    if (names_deduction(l) && !a->value.is_zero()) less.push_back(a->value);
    if (names_opening_balance(l) && !a->value.is_zero()) carried_in.push_back(a->value);
    if (a->nil || a->value.is_zero()) continue;
    if (!first_value) first_value = a->value;
    differ = differ || a->value != *first_value;
  }
  if (!differ) return false;
  Money sum;
  std::size_t items = 0;
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (!item[i]) continue;
    sum += g.cells[i][0]->value;
    ++items;
  }
  if (same_at_precision(st->value, sum, g.col_noise[0], items)) return true;
  if (hierarchy && st->value.abs() < sum.abs()) return false;
  std::vector<Money> left_out = aggregate_rows(g, n - 1);
  left_out.insert(left_out.end(), carried_in.begin(), carried_in.end());
  // The first row left out: a group over the lines under it ("Top five
  // wards"), its own figure wrong, so no run of them equals it.
  if (item[0] && !g.cells[0][0]->value.is_zero() &&
      std::find(left_out.begin(), left_out.end(), g.cells[0][0]->value) == left_out.end())
    left_out.push_back(g.cells[0][0]->value);
  auto others = other_readings(sum, left_out, less);
  if (!others) return false;
  const Money bound = rounding_bound(st->value, Money::from_pence(g.col_step[0]), items);
  return std::none_of(others->begin(), others->end(), [&](Money m) { return (st->value - m).abs() <= bound; });
}

// The figures of a total column that disagree with the columns it adds in
// their row, by (index into g.rows, index into g.cols): what their row adds,
// and the columns it adds (indexes into g.cols).
struct WrongFigure {
  Money adds;
  std::vector<std::size_t> parts;
};
using WrongAcross = std::map<std::pair<std::size_t, std::size_t>, WrongFigure>;

WrongAcross wrong_across(const Region &g, const std::vector<StatedTotal> &totals) {
  WrongAcross out;
  for (const StatedTotal &s : totals) {
    if (!s.total_column || s.readings.empty() || s.readings.front().parts.empty() || agreeing_reading(s)) continue;
    auto row = std::lower_bound(g.rows.begin(), g.rows.end(), s.cell.row);
    auto col = std::find(g.cols.begin(), g.cols.end(), s.cell.col);
    if (row == g.rows.end() || *row != s.cell.row || col == g.cols.end()) continue;
    WrongFigure w{s.readings.front().sum, {}};
    for (const CellRef &p : s.readings.front().parts) {
      auto at = std::find(g.cols.begin(), g.cols.end(), p.col);
      if (p.row == s.cell.row && at != g.cols.end()) w.parts.push_back(std::size_t(at - g.cols.begin()));
    }
    out[{std::size_t(row - g.rows.begin()), std::size_t(col - g.cols.begin())}] = std::move(w);
  }
  return out;
}

bool plain_list_total(const Region &g, const SheetView &v) { return plain_list_total(g, v, g.rows.size()); }

// A one-column table's first row named as a total, over a plain list of
// the rows above it (plain_list_total), with more rows under it: the list's
// only reading is its items, whatever the rows under it are (a receipts
// and payments account's "TOTAL INCOME" over its income lines, the
// payments and balances under it), so it is checked as a plain list's
// total is, where no total under it agrees with a reading to say how the
// table works. Its index in g.rows.
std::optional<std::size_t> first_plain_total(const Region &g, const SheetView &v) {
  if (g.cols.size() != 1) return std::nullopt;
  for (std::size_t i = 0; i + 1 < g.rows.size(); ++i)
    if (g.row_total[i] != TotalWord::None)
      return plain_list_total(g, v, i + 1) ? std::optional<std::size_t>(i) : std::nullopt;
  return std::nullopt;
}

class RowInference {
public:
  RowInference(const Region &g, const SheetView &v, const std::vector<bool> &use, const WrongAcross &across,
               const Hints *hints = nullptr)
      : g_(g), view_(v), use_(use), ncols_(g.cols.size()), across_(across), hints_(hints) {}

  Walk run();

private:
  const Region &g_;
  const SheetView &view_;
  const std::vector<bool> &use_;
  const std::size_t ncols_;
  const WrongAcross &across_;
  const Hints *hints_;
  std::vector<Item> items_;
  Walk w_;

  // `off`: those of `rows` (ascending) taken off, not added.
  Fit fit_rows(std::size_t row, const std::vector<std::size_t> &rows, std::size_t c, std::size_t *nonzero = nullptr,
               const std::vector<std::size_t> &off = {}) const;
  std::vector<Fit> fits(std::size_t row, const std::vector<std::size_t> &its,
                        const std::vector<std::size_t> &off = {}) const;
  Tally tally(std::size_t row, const std::vector<Fit> &f) const;
  Tally tally_rows(std::size_t row, const std::vector<std::size_t> &rows, std::size_t &min_nonzero,
                   const std::vector<std::size_t> &off = {}) const;
  bool plausible_above(const Parent &p) const;
  bool adds_rows_above(std::size_t row) const;
  bool heads_add_up(const std::vector<Parent> &ps, std::size_t k) const;
  bool unlabelled_total_row() const;
  bool sum_row(std::size_t row) const;
  bool adds_block_above(std::size_t row);
  bool gross_line_subtotal(std::size_t row) const;
  RowReading taken_off(const RowReading &r) const;
  bool subtotal_less_lines(std::size_t row, const std::vector<std::size_t> &block);
  std::vector<std::size_t> deductions(const std::vector<std::size_t> &its) const;
  bool adds_once_rows_are_corrected(std::size_t row, const std::vector<std::size_t> &rows);
  bool net_line_total(std::size_t row);
  bool formula_says(std::size_t row, std::size_t c, const std::vector<std::size_t> &its) const;
  std::optional<Reading> own_formula(std::size_t row, std::size_t c, const Reading &own) const;
  std::string where_block_starts(std::size_t i) const;
  bool opens_section(std::size_t i) const;
  bool section_heading_row(std::size_t i) const;
  std::vector<Parent> parents() const;
  std::optional<std::size_t> group_over_first_lines(std::size_t i, const std::vector<std::size_t> &block) const;
  void fold(std::size_t row, const std::vector<std::size_t> &its, bool named, bool by_figures = false);
  bool unfold(const Item &it, std::vector<std::size_t> &rows, std::set<std::size_t> &lines,
              std::set<std::size_t> &standing) const;
  // Each row a line item of its own, after the list's end (readings name
  // items): the items' indexes, in the rows' order.
  std::vector<std::size_t> line_items(const std::vector<std::size_t> &rows);
  void unread(const std::set<std::size_t> &rows);
  std::vector<std::size_t> leaves_of(const std::vector<std::size_t> &its) const;
  void emit(std::size_t row, const std::vector<RowReading> &readings, bool above = false, bool only_filled = false);
  Reading read_column(const RowReading &r, std::size_t c, bool through_blank_subtotals) const;
  bool check_read_as_subtotal(std::size_t k);
  bool result_of_items_above(std::size_t k, bool one_off) const;
  void count(std::size_t row, const std::vector<std::vector<Fit>> &fit_of);
};

Fit RowInference::fit_rows(std::size_t row, const std::vector<std::size_t> &rows, std::size_t c, std::size_t *nonzero,
                           const std::vector<std::size_t> &off) const {
  auto &st = g_.cells[row][c];
  if (!use_[c] || !st || st->nil) return Fit::None;
  Money s;
  std::size_t parts = 0, nz = 0;
  for (std::size_t r : rows) {
    if (auto &a = g_.cells[r][c]) {
      if (std::binary_search(off.begin(), off.end(), r))
        s -= a->value;
      else
        s += a->value;
      ++parts;
      nz += !a->value.is_zero();
    }
  }
  if (nonzero) *nonzero = nz;
  if (!parts) return st->value.is_zero() ? Fit::None : Fit::Off;
  if (same_at_precision(st->value, s, g_.col_noise[c], parts)) return Fit::Exact;
  if ((st->value - s).abs() <= rounding_bound(st->value, Money::from_pence(g_.col_step[c]), parts)) return Fit::Near;
  return Fit::Off;
}

// Every column's fit in one pass over the items (a long table's "all the
// rows above it" reading is read once, not once per column).
std::vector<Fit> RowInference::fits(std::size_t row, const std::vector<std::size_t> &its,
                                    const std::vector<std::size_t> &off) const {
  std::vector<Money> sum(ncols_);
  std::vector<std::size_t> parts(ncols_, 0);
  const auto &cells = g_.cells;
  for (std::size_t k : its) {
    const auto &r = cells[items_[k].row];
    const bool minus = std::binary_search(off.begin(), off.end(), k);
    for (std::size_t c = 0; c < ncols_; ++c) {
      if (r[c]) {
        if (minus)
          sum[c] -= r[c]->value;
        else
          sum[c] += r[c]->value;
        ++parts[c];
      }
    }
  }
  std::vector<Fit> out(ncols_, Fit::None);
  for (std::size_t c = 0; c < ncols_; ++c) {
    auto &st = cells[row][c];
    if (!use_[c] || !st || st->nil) continue;
    if (!parts[c]) {
      out[c] = st->value.is_zero() ? Fit::None : Fit::Off;
    } else if (same_at_precision(st->value, sum[c], g_.col_noise[c], parts[c])) {
      out[c] = Fit::Exact;
    } else if ((st->value - sum[c]).abs() <= rounding_bound(st->value, Money::from_pence(g_.col_step[c]), parts[c])) {
      out[c] = Fit::Near;
    } else {
      out[c] = Fit::Off;
    }
  }
  return out;
}

Tally RowInference::tally(std::size_t row, const std::vector<Fit> &f) const {
  Tally t;
  for (std::size_t c = 0; c < ncols_; ++c) {
    if (f[c] == Fit::Exact) {
      ++t.exact;
      if (!g_.cells[row][c]->value.is_zero()) ++t.exact_nonzero;
    }
    t.near += f[c] == Fit::Near;
    t.off += f[c] == Fit::Off;
  }
  return t;
}

// exact_nonzero counts only columns where two or more parts are not zero: a
// row repeating its only item is no evidence of a total.
Tally RowInference::tally_rows(std::size_t row, const std::vector<std::size_t> &rows, std::size_t &min_nonzero,
                               const std::vector<std::size_t> &off) const {
  Tally t;
  for (std::size_t c = 0; c < ncols_; ++c) {
    std::size_t nz = 0;
    Fit f = fit_rows(row, rows, c, &nz, off);
    if (f == Fit::Exact) {
      ++t.exact;
      if (!g_.cells[row][c]->value.is_zero() && nz >= min_nonzero) ++t.exact_nonzero;
    }
    t.near += f == Fit::Near;
    t.off += f == Fit::Off;
  }
  return t;
}

// A total over rows of one sign is at least as large as each of them: a
// heading row that is one more item is not.
bool RowInference::plausible_above(const Parent &p) const {
  for (std::size_t c = 0; c < ncols_; ++c) {
    auto &st = g_.cells[p.row][c];
    if (!use_[c] || !st || st->nil) continue;
    for (std::size_t r : p.children) {
      auto &a = g_.cells[r][c];
      if (!a) continue;
      if (a->value.abs() > st->value.abs()) return false;
      bool neg = a->value < Money{}, tneg = st->value < Money{};
      if (!a->value.is_zero() && neg != tneg) return false;
    }
  }
  return true;
}

// The rows above it, or the block right above it, add up to it in some
// column (two figures or more not zero): it totals what is above it.
bool RowInference::adds_rows_above(std::size_t row) const {
  std::vector<std::size_t> all, block;
  for (std::size_t i = 0; i < row; ++i) {
    if (i > 0 && g_.rows[i] - g_.rows[i - 1] > 1) block.clear();
    all.push_back(i);
    block.push_back(i);
  }
  for (const auto *rows : {&all, &block}) {
    std::size_t two = 2;
    if (!rows->empty() && tally_rows(row, *rows, two).exact_nonzero > 0) return true;
  }
  return false;
}

// The last row with no label under rows that have one (two in three or
// more): the total row of a list, by its place. In a block of figures with
// no labels, the last row is one more figure.
bool RowInference::unlabelled_total_row() const {
  const std::size_t n = g_.rows.size();
  if (n < 3 || !g_.labels[n - 1].empty()) return false;
  std::size_t named = 0;
  for (std::size_t i = 0; i + 1 < n; ++i) named += !g_.labels[i].empty();
  return named * 3 >= (n - 1) * 2;
}

// A row whose figures are sums of the rows above it by their own formulas
// (=SUM(C5:C9) under C5:C9), in half its figures at least and in no figure
// reaching outside the table: a total, whatever its words.
bool RowInference::sum_row(std::size_t row) const {
  std::size_t figures = 0, sums = 0;
  for (std::size_t c = 0; c < ncols_; ++c) {
    auto &a = g_.cells[row][c];
    if (!use_[c] || !a || a->nil) continue;
    ++figures;
    auto it = g_.sums_down.find({row, c});
    if (it == g_.sums_down.end()) continue;
    const SumDown &d = it->second;
    if (d.first < g_.rows.front()) return false;
    auto lo = std::lower_bound(g_.rows.begin(), g_.rows.begin() + std::ptrdiff_t(row), d.first);
    auto hi = std::upper_bound(lo, g_.rows.begin() + std::ptrdiff_t(row), d.last);
    if (hi - lo < 2) return false;
    // A sum of sums that overlap it (each figure the sum of the two before
    // it) is a series, not a total of a table's rows.
    for (auto r = hi; r-- != lo;) {
      auto in = g_.sums_down.find({std::size_t(r - g_.rows.begin()), c});
      if (in != g_.sums_down.end() && in->second.first <= d.last && in->second.last >= d.first) return false;
    }
    ++sums;
  }
  return sums >= 1 && sums * 2 >= figures;
}

// A row with no total word inside a block that adds up the two or more
// items of the block above it, exactly in every column it has a figure (or
// all but one) and over two figures or more not zero in two columns or
// more (three where one is off) ("Gross
// Expenditure" under Employees ... Third Party Payments, the income lines
// right under it): a subtotal by its figures. Looked for over a short block
// only: a long extract has no such rows, and the sum would cost its square.
bool RowInference::adds_block_above(std::size_t row) {
  std::string label = normalise_label(g_.labels[row]);
  if (hints_ && ((!label.empty() && hints_->subtotal_labels.contains(label)) || hints_->subtotal_rows.contains(row))) {
    w_.hinted.insert(row);
    return true;
  }
  constexpr std::size_t kSubtotalReach = 40;
  std::vector<std::size_t> rows;
  for (std::size_t k = items_.size(); k-- > 0;) {
    if (items_[k].separator) break;
    if (rows.size() == kSubtotalReach) return false;
    rows.push_back(items_[k].row);
  }
  if (rows.size() < 2) return false;
  // Or in every column but one where three or more add up so: a CIES's
  // Cost of Services wrong in one year's net column is still the subtotal
  // its other five columns say it is (read as a line, it would make every
  // total under it wrong in every year).
  // Or in every column but a few, with one at least adding up so, where
  // those add up too once the rows that disagree with their own total
  // column are corrected, each in one figure: their sums are off by those
  // rows' errors, said at them (a second wrong figure in the block, one
  // more column off, must not unmake the subtotal the first left standing).
  auto adds = [&](const std::vector<std::size_t> &rs) {
    std::size_t two = 2;
    Tally t = tally_rows(row, rs, two);
    return t.near == 0 && ((t.off == 0 && t.exact_nonzero >= 2) || (t.off == 1 && t.exact_nonzero >= 3) ||
                           (t.off >= 1 && t.exact_nonzero >= 1 && t.exact_nonzero + t.off >= 3 &&
                            adds_once_rows_are_corrected(row, rs)));
  };
  // The block, or the lines since the block's last subtotal: a second
  // subtotal right under the first, with no blank row between (a fund
  // account's contributions, then its benefits, each block summed).
  bool found = adds(rows);
  if (!found) {
    std::vector<std::size_t> since;
    for (std::size_t k = items_.size(); k-- > 0 && !items_[k].separator && !items_[k].total;)
      since.push_back(items_[k].row);
    found = since.size() >= 2 && since.size() < rows.size() && adds(since);
  }
  if (!found && label.empty()) {
    // An unlabelled row adding its block in one column, one other off: a
    // candidate subtotal, as a block's closing row is (walk_rows).
    std::size_t two = 2;
    Tally t = tally_rows(row, rows, two);
    if (t.exact_nonzero >= 1 && t.off <= 1 && t.near == 0) w_.partial.push_back(row);
  }
  if (!found) return false;
  if (!label.empty())
    w_.figure_subtotals.insert(label);
  else
    ++w_.unnamed_subtotals;
  return true;
}

// A row named as gross ("Gross expenditure", no total word) under two or
// more lines of its block: their subtotal where they add up to it exactly
// in every column it has a figure (one column is enough: the word says what
// one column's coincidence would not), or, whatever its figures, where a
// net line follows it in its block (Employees ... Supplies, Gross
// expenditure, Less: Income, Net expenditure): the service budget's own
// structure, in which a wrong gross figure is found at itself once the net
// line under it reads it. Not a gross line at the top of its block ("Gross
// rents", then "Less: voids"): nothing above it is its to add.
bool RowInference::gross_line_subtotal(std::size_t row) const {
  if (!names_gross_line(normalise_label(g_.labels[row]))) return false;
  std::vector<std::size_t> rows;
  for (std::size_t k = items_.size(); k-- > 0 && !items_[k].separator && !items_[k].total;)
    rows.push_back(items_[k].row);
  if (rows.size() < 2) return false;
  std::size_t two = 2;
  Tally t = tally_rows(row, rows, two);
  if (t.off == 0 && t.near == 0 && t.exact_nonzero >= 1) return true;
  for (std::size_t j = row + 1; j < g_.rows.size() && g_.rows[j] - g_.rows[j - 1] == 1; ++j)
    if (names_net_line(normalise_label(g_.labels[j]))) return true;
  return false;
}

// Those of `its` that are lines named as deductions ("Less: Income"), each
// with a figure: a net line may take them off rather than add them.
std::vector<std::size_t> RowInference::deductions(const std::vector<std::size_t> &its) const {
  std::vector<std::size_t> off;
  for (std::size_t k : its) {
    const Item &it = items_[k];
    if (it.total || !names_deduction(normalise_label(g_.labels[it.row]))) continue;
    const auto &row = g_.cells[it.row];
    if (std::any_of(row.begin(), row.end(), [](const auto &a) { return a && !a->value.is_zero(); })) off.push_back(k);
  }
  return off;
}

// The columns of the row off against `rows` add them up once each of
// `rows` that disagrees with its total column (across_) is corrected in one
// of its figures: the total column's taken as its row adds, or one figure
// it adds taken as the total column says (a gross figure typed 7% high
// breaks its row's net figure and the gross column's subtotal alike). One
// way of correcting them at least makes every column of the row agree
// exactly, none of the row's own figures among the off ones. At most
// kMaxWrongRows rows to correct: each is a guess, and a few are all one
// table's evidence can bear.
bool RowInference::adds_once_rows_are_corrected(std::size_t row, const std::vector<std::size_t> &rows) {
  if (across_.empty()) return false;
  std::vector<std::size_t> cols; // the row's figures, each to agree once corrected
  for (std::size_t c = 0; c < ncols_; ++c) {
    auto &st = g_.cells[row][c];
    if (!use_[c] || !st || st->nil) continue;
    if (fit_rows(row, rows, c) == Fit::Off && across_.contains({row, c})) return false;
    cols.push_back(c);
  }
  // Each row to correct, and the ways it may be: (column, figure taken there).
  constexpr std::size_t kMaxWrongRows = 3, kMaxWays = 256;
  std::vector<std::pair<std::size_t, std::vector<std::pair<std::size_t, Money>>>> wrong;
  std::size_t ways = 1;
  for (std::size_t r : rows)
    for (std::size_t c = 0; c < ncols_; ++c) {
      auto fixed = across_.find({r, c});
      if (fixed == across_.end() || !g_.cells[r][c]) continue;
      std::vector<std::pair<std::size_t, Money>> options{{c, fixed->second.adds}};
      const Money off = g_.cells[r][c]->value - fixed->second.adds;
      for (std::size_t p : fixed->second.parts)
        if (auto &a = g_.cells[r][p]) options.push_back({p, a->value + off});
      ways *= options.size();
      wrong.push_back({r, std::move(options)});
    }
  if (wrong.empty() || wrong.size() > kMaxWrongRows || ways > kMaxWays) return false;
  std::vector<std::size_t> pick(wrong.size(), 0);
  for (std::size_t tried = 0; tried < ways; ++tried) {
    std::size_t rest = tried;
    for (std::size_t k = 0; k < wrong.size(); ++k) {
      pick[k] = rest % wrong[k].second.size();
      rest /= wrong[k].second.size();
    }
    bool all = true;
    for (std::size_t c : cols) {
      Money sum;
      std::size_t parts = 0;
      for (std::size_t r : rows) {
        auto &a = g_.cells[r][c];
        if (!a) continue;
        Money v = a->value;
        for (std::size_t k = 0; k < wrong.size(); ++k)
          if (wrong[k].first == r && wrong[k].second[pick[k]].first == c) v = wrong[k].second[pick[k]].second;
        sum += v;
        ++parts;
      }
      all = parts > 0 && same_at_precision(g_.cells[row][c]->value, sum, g_.col_noise[c], parts);
      if (!all) break;
    }
    if (all) {
      for (auto &[r, options] : wrong) w_.corrected.insert(r);
      for (std::size_t c : cols)
        if (fit_rows(row, rows, c) == Fit::Off) w_.corrected_at.insert({row, c});
      return true;
    }
  }
  return false;
}

// A row named "Net ..." with no total word (names_net_line) that adds up
// the lines of its block, the subtotals above it, or the last lines and
// subtotals above it (none yet added by a total) ("Net cash flows from
// operating activities" over the inflows and outflows subtotals; "Net
// increase or (decrease) in cash" over the three activities' net flows):
// a total, read so only where that reading fits every column, or all but
// one with another adding up exactly over two figures or more not zero. A
// net line that fits no reading (a difference, a line of its own) is left
// to be read as before.
bool RowInference::net_line_total(std::size_t row) {
  constexpr std::size_t kReach = 40;
  std::vector<std::size_t> block, subtotals, all;
  for (std::size_t k = items_.size(); k-- > 0 && !items_[k].separator;) block.push_back(k);
  for (std::size_t k = items_.size(); k-- > 0;) {
    if (items_[k].separator) continue;
    all.push_back(k);
    if (items_[k].total) subtotals.push_back(k);
  }
  std::reverse(block.begin(), block.end());
  std::reverse(subtotals.begin(), subtotals.end());
  std::reverse(all.begin(), all.end());
  std::vector<RowReading> readings;
  if (block.size() >= 2 && block.size() <= kReach)
    readings.push_back({"the " + plural(block.size(), "row", "rows") + " above it", block, kBlock});
  if (subtotals.size() >= 2 && subtotals.size() <= kReach && subtotals != block)
    readings.push_back(
        {"the " + plural(subtotals.size(), "subtotal", "subtotals") + " above it", subtotals, kSubtotals});
  // The last lines and subtotals above it, across blank rows and headings,
  // nearest first: the operating activities' net flow, then the investing
  // and financing lines under it; the excess of revenues over expenditures
  // (a difference), then the other financing sources' total. Not the last
  // lines of its own block from a line on ("Employees", "Premises", ...,
  // "Net expenditure" adding all but "Employees"): that is what a total
  // whose range starts too late gives, no reading of the table.
  for (std::size_t n = 2; n <= all.size() && n <= kReach; ++n) {
    std::vector<std::size_t> last(all.end() - std::ptrdiff_t(n), all.end());
    if (last == block || last == subtotals) continue;
    if (n < block.size() && !items_[last.front()].total) continue;
    readings.push_back({"the last " + plural(n, "row or subtotal", "rows and subtotals") + " above it", last, kAll});
  }
  // Each again with the lines named as deductions taken off ("Gross
  // expenditure", "Less: Income" written as a positive figure, "Net
  // expenditure"): the net line is the lines above it less those.
  for (std::size_t r = 0, n = readings.size(); r < n; ++r)
    if (RowReading less = taken_off(readings[r]); !less.off.empty()) readings.push_back(std::move(less));
  std::optional<std::size_t> best;
  std::size_t best_score = 0;
  for (std::size_t r = 0; r < readings.size(); ++r) {
    std::vector<std::size_t> rows, off;
    for (std::size_t k : readings[r].items) rows.push_back(items_[k].row);
    for (std::size_t k : readings[r].off) off.push_back(items_[k].row);
    std::size_t one = 1, two = 2;
    Tally t = tally_rows(row, rows, one, off), t2 = tally_rows(row, rows, two, off);
    // A figure in a column none of the rows fills (a note's number) says
    // nothing of the reading.
    std::size_t unfilled = 0;
    for (std::size_t c = 0; c < ncols_; ++c) {
      auto &st = g_.cells[row][c];
      if (!use_[c] || !st || st->nil || st->value.is_zero()) continue;
      unfilled += std::none_of(rows.begin(), rows.end(), [&](std::size_t x) { return bool(g_.cells[x][c]); });
    }
    t.off -= unfilled;
    bool fits = (t.off == 0 && (t2.exact_nonzero >= 1 || t.near >= 2)) || (t.off == 1 && t2.exact_nonzero >= 1);
    std::size_t score = t.exact * 2 + t.near;
    if (fits && score > best_score) {
      best = r;
      best_score = score;
    }
  }
  if (!best) return subtotal_less_lines(row, block);
  std::swap(readings[0], readings[*best]);
  std::vector<std::size_t> chosen = readings[0].items;
  // The figure rows alone, each once: where a subtotal it adds is itself
  // wrong, the lines under it still add up to this total.
  std::size_t real_end = items_.size();
  std::vector<std::vector<Fit>> fit_of{fits(row, chosen, readings[0].off)};
  std::vector<std::size_t> leaves = leaves_of(chosen);
  if (leaves.size() > chosen.size() && readings[0].off.empty()) {
    std::sort(leaves.begin(), leaves.end());
    std::vector<std::size_t> its = line_items(leaves);
    readings.push_back(
        {"the " + plural(leaves.size(), "row", "rows") + " above it without their subtotals", its, kLeaves});
    fit_of.push_back(fits(row, its));
  }
  count(row, fit_of);
  emit(row, readings, false, true);
  items_.resize(real_end);
  fold(row, chosen, false);
  return true;
}

// The reading `r` with its lines named as deductions taken off; `off` is
// empty where it has none, or nothing but them.
RowReading RowInference::taken_off(const RowReading &r) const {
  RowReading less = r;
  less.off = deductions(r.items);
  if (less.off.size() == r.items.size()) less.off.clear();
  if (less.off.empty()) return less;
  less.name += less.off.size() == 1
                   ? concat(", ", quoted(g_.labels[items_[less.off.front()].row]), " taken off,")
                   : concat(", the ", std::to_string(less.off.size()), " lines named 'less' taken off,");
  return less;
}

// A net line that fits no reading, right under a gross subtotal and the
// few income lines after it in one block ("Gross expenditure" or "Total
// gross expenditure", "Less: Income", "Net expenditure"): the service
// budget's own structure, where the net line is the gross less the income,
// or plus it where the income is written negative. Judged so where the
// gross line agrees with the rows it adds in every column (with two wrong
// figures the structure is not known): a total, wrong where the column's
// other totals add up. Only under a line the word "gross" names, each line
// after it named as a deduction or of the other sign in every figure: a
// net line under any subtotal and lines ("Net interest on the net defined
// benefit liability" under an HRA's net cost of services) is as often a
// line of its own. The lines named as deductions are taken off where each
// is written positive throughout, and added as written otherwise; the
// other way is a reading too.
bool RowInference::subtotal_less_lines(std::size_t row, const std::vector<std::size_t> &block) {
  constexpr std::size_t kMaxLines = 4;
  if (block.size() < 2 || block.size() > kMaxLines + 1) return false;
  const Item &sub = items_[block.front()];
  if (!sub.total || sub.unexplained || sub.leaves.size() < 2) return false;
  const std::string gross = normalise_label(g_.labels[sub.row]);
  if (!names_gross_line(gross) && !(total_word(gross) != TotalWord::None && gross.find(" gross ") != std::string::npos))
    return false;
  for (std::size_t k = 1; k < block.size(); ++k) {
    const Item &line = items_[block[k]];
    if (line.total) return false;
    if (names_deduction(normalise_label(g_.labels[line.row]))) continue;
    for (std::size_t c = 0; c < ncols_; ++c) {
      const auto &a = g_.cells[line.row][c];
      const auto &s = g_.cells[sub.row][c];
      if (a && s && !a->value.is_zero() && (a->value < Money{}) == (s->value < Money{})) return false;
    }
  }
  std::size_t two = 2;
  Tally own = tally_rows(sub.row, sub.leaves, two);
  if (own.off != 0 || own.near != 0 || own.exact_nonzero == 0) return false;
  RowReading as_written{
      quoted(g_.names[sub.row]) + " and the " + plural(block.size() - 1, "line", "lines") + " under it", block, kBlock};
  RowReading less = taken_off(as_written);
  bool written_positive = !less.off.empty();
  for (std::size_t k : less.off)
    for (const auto &a : g_.cells[items_[k].row]) written_positive = written_positive && !(a && a->value < Money{});
  std::vector<RowReading> readings;
  if (written_positive) readings.push_back(less);
  readings.push_back(as_written);
  if (!written_positive && !less.off.empty()) readings.push_back(less);
  count(row, {fits(row, block, readings.front().off)});
  emit(row, readings, false, true);
  fold(row, block, false);
  return true;
}

// The total's formula in column c says which rows it adds, and that is the
// reading `its` (the formula confirms the structure's reading, whatever its
// saved figure), or that reading short of one or two of its first or last
// rows, each named (the commonest slip: a row added at the end, or the
// start, of a list and the SUM not widened; the engine's range audit says
// which rows are left out).
bool RowInference::formula_says(std::size_t row, std::size_t c, const std::vector<std::size_t> &its) const {
  auto it = g_.sums_down.find({row, c});
  if (it == g_.sums_down.end()) return false;
  const SumDown &d = it->second;
  // A range reaching a figure above the table adds a row the table's
  // readings do not have: no evidence for any of them.
  for (std::uint32_t r = d.first; r < g_.rows.front(); ++r)
    if (const Cell *cell = view_.at(r, g_.cols[c]); cell && cell->type == CellType::Number) return false;
  std::vector<std::size_t> reading; // indexes into g.rows
  for (std::size_t k : its)
    if (g_.cells[items_[k].row][c]) reading.push_back(items_[k].row);
  std::sort(reading.begin(), reading.end());
  std::size_t from = reading.size(), to = 0;
  for (std::size_t k = 0; k < reading.size(); ++k) {
    if (g_.rows[reading[k]] < d.first || g_.rows[reading[k]] > d.last) continue;
    from = std::min(from, k);
    to = k + 1;
  }
  if (from >= to || to - from < 2) return false;
  // Every figure row the range takes in is one of the reading's, one run of it.
  std::size_t in_range = 0;
  auto lo = std::lower_bound(g_.rows.begin(), g_.rows.begin() + std::ptrdiff_t(row), d.first);
  auto hi = std::upper_bound(lo, g_.rows.begin() + std::ptrdiff_t(row), d.last);
  for (auto r = lo; r != hi; ++r) in_range += bool(g_.cells[std::size_t(r - g_.rows.begin())][c]);
  if (in_range != to - from) return false;
  if (from == 0 && to == reading.size()) return true;
  if (from != 0 && to != reading.size()) return false;
  std::size_t left_out = reading.size() - (to - from);
  if (left_out > 2 || left_out >= to - from) return false;
  for (std::size_t k = 0; k < reading.size(); ++k) {
    if (k >= from && k < to) continue;
    std::size_t letters = 0;
    for (char ch : g_.labels[reading[k]]) letters += alnum(ch);
    if (letters < 2 || g_.row_total[reading[k]] != TotalWord::None) return false;
  }
  return true;
}

namespace {
// The sheet rows of column `col` an additive formula names (each area with
// its sign), where every area lies in that column above `below`; nullopt
// for anything else (another column, another sheet, a product, a range
// reaching down to the cell itself or past it).
std::optional<std::vector<std::pair<std::uint32_t, bool>>> rows_added(std::string_view text, std::uint32_t col,
                                                                      std::uint32_t below) {
  constexpr std::uint32_t kMaxSpan = 100000;
  auto areas = formula::added_areas(text);
  if (!areas) return std::nullopt;
  std::vector<std::pair<std::uint32_t, bool>> out;
  for (const formula::SignedArea &a : *areas) {
    const formula::Area &ar = a.area;
    if (ar.first.col != col || ar.last.col != col || ar.last.row < ar.first.row || ar.last.row >= below ||
        ar.last.row - ar.first.row > kMaxSpan)
      return std::nullopt;
    for (std::uint32_t r = ar.first.row; r <= ar.last.row; ++r) out.emplace_back(r, a.minus);
  }
  return out;
}
} // namespace

// The total's own formula as its reading (=C15+C19+C20 under a 'Surplus
// for the year' that is itself =C8+C13+C14; =SUM(D18:D19) under a surplus
// and a transfer): where it adds and takes away figures of its own column
// above it in the table and nothing else, gives the figure the cell holds,
// and accounts for every figure of the structure's reading `own` (each one
// it names, or one named by the formula of a figure it names, and so on),
// none of them twice.
// The cell then agrees with its formula, and the formula with the table's
// figures, nested otherwise than guessed: a subtotal the guess counted
// beside its own lines, or a result line it took for a line. A SUM a row
// short accounts for no figure it leaves out: the guess stands there, and
// the range audit says which row.
std::optional<Reading> RowInference::own_formula(std::size_t row, std::size_t c, const Reading &own) const {
  const Sheet &sheet = view_.sheet();
  const Workbook &wb = view_.workbook();
  const std::uint32_t col = g_.cols[c];
  const CellFormula *f = sheet.formula_at(g_.rows[row], col);
  if (!f || own.parts.empty()) return std::nullopt;
  const std::string_view text = wb.text(*f);
  auto terms = rows_added(text, col, g_.rows[row]);
  if (!terms) return std::nullopt;
  Reading rd;
  rd.name = concat("its own formula, ", text.starts_with('=') ? "" : "=", text, ",");
  for (auto [r, minus] : *terms) {
    // A figure the structure adds that the formula takes away is the slip
    // itself (=SUM(B4:B6)-B7 over four cost lines), no other nesting.
    const std::uint32_t at = r; // clang 14 (tidy) cannot capture a structured binding
    if (minus && std::any_of(own.parts.begin(), own.parts.end(), [at](const CellRef &p) { return p.row == at; }))
      return std::nullopt;
    auto i = row_of(g_, r);
    if (!i || !g_.cells[*i][c]) {
      // A figure the formula adds that is no figure of the table's.
      if (const Cell *cell = view_.at(r, col); cell && cell->type == CellType::Number) return std::nullopt;
      continue;
    }
    rd.sum += minus ? -g_.cells[*i][c]->value : g_.cells[*i][c]->value;
    rd.parts.push_back(CellRef{r, col});
  }
  const auto &st = g_.cells[row][c];
  if (rd.parts.size() < 2 || !st || !same_at_precision(st->value, rd.sum, g_.col_noise[c], rd.parts.size()))
    return std::nullopt;
  // The rows it reaches through the formulas of the figures it names, each
  // once: a formula naming a subtotal and a row that subtotal adds counts
  // that row twice (=SUM(B5:B10) over B8 =SUM(B5:B7)), no reading of the
  // table, however well its saved value agrees with it.
  constexpr std::size_t kMaxFormulas = 1000;
  std::set<std::uint32_t> reached;
  std::vector<std::uint32_t> todo;
  for (const CellRef &p : rd.parts)
    if (reached.insert(p.row).second) todo.push_back(p.row);
  for (std::size_t read = 0; !todo.empty(); ++read) {
    if (read == kMaxFormulas) return std::nullopt;
    const std::uint32_t r = todo.back();
    todo.pop_back();
    const CellFormula *in = sheet.formula_at(r, col);
    if (!in) continue;
    auto under = rows_added(wb.text(*in), col, r);
    if (!under) continue;
    for (auto [u, minus] : *under) {
      if (!reached.insert(u).second) return std::nullopt;
      todo.push_back(u);
    }
  }
  for (const CellRef &p : own.parts)
    if (!reached.contains(p.row)) return std::nullopt;
  return rd;
}

std::vector<Parent> RowInference::parents() const {
  const std::size_t n = g_.rows.size();
  std::vector<Parent> out;
  std::vector<std::string> norm(n);
  std::vector<std::size_t> indent(n);
  for (std::size_t i = 0; i < n; ++i) {
    norm[i] = normalise_label(g_.labels[i]);
    indent[i] = label_indent(g_, view_, i);
  }
  auto gap_before = [&](std::size_t i) { return i == 0 || g_.rows[i] - g_.rows[i - 1] > 1; };
  // Lines indented under a row whose label is less so ("Adults, Health",
  // then "    Older people", "    Learning disabilities"), up to the next
  // row indented no further than it: its children, where they are two or
  // more, all at one indent, each named, none a total by its words nor a
  // part of the line above, with no gap between them and no more of them
  // after a gap. Not a row that adds up the rows above it (a subtotal
  // under its lines, the next group's lines indented under it).
  // Rows indented further than the children ("        Home care" under
  // "    Older people") are the children's own lines, a level down: passed
  // over here, read where their child is the row asked about (deeper).
  auto indented_under = [&](std::size_t i, std::vector<std::size_t> &children, bool &deeper) {
    if (norm[i].empty()) return false;
    std::size_t j = i + 1;
    for (; j < n && !gap_before(j) && indent[j] > indent[i]; ++j) {
      if (indent[j] > indent[i + 1] && !children.empty()) {
        deeper = true;
        continue;
      }
      if (indent[j] != indent[i + 1] || norm[j].empty() || g_.row_total[j] != TotalWord::None ||
          part_of_line_above(g_, j))
        return false;
      children.push_back(j);
    }
    if (j < n && gap_before(j) && indent[j] > indent[i]) return false;
    return children.size() >= 2 && !adds_rows_above(i);
  };
  // A line named as a deduction then a net line under a row ("Gross
  // expenditure", "Less: Income" written positive, "Net expenditure"): the
  // row is the net line and the deduction added back only by the
  // arithmetic of taking one off, never a total over them as its parts.
  auto deduction_then_net = [&](const std::vector<std::size_t> &children) {
    bool less = false;
    for (std::size_t j : children) {
      if (less && names_net_line(norm[j])) return true;
      less = less || names_deduction(norm[j]);
    }
    return false;
  };
  // Lines a label's arithmetic names together ("line 1 less lines 2 to 5")
  // are its lines, one level: none is a total over others of them.
  auto named_together = [&](const Parent &p) {
    auto own = g_.stated_lines.find(g_.rows[p.row]);
    if (own == g_.stated_lines.end()) return false;
    return std::any_of(p.children.begin(), p.children.end(), [&](std::size_t j) {
      auto other = g_.stated_lines.find(g_.rows[j]);
      return other != g_.stated_lines.end() && other->second == own->second;
    });
  };
  for (std::size_t i = 0; i < n; ++i) {
    // An "of which" line is a part of the line above, never over the lines
    // under it (though it may be one of a parent's children).
    if (part_of_line_above(g_, i)) continue;
    Parent p;
    p.row = i;
    p.worded = g_.row_total[i] != TotalWord::None;
    // A total by its words is a bottom total unless it opens its block and
    // the rows above it do not add up to it.
    if (p.worded && adds_rows_above(i)) continue;
    if (p.worded && !gap_before(i)) {
      // Or unless the rows under it, up to the next row its words name a
      // total, add up to it ("Fire Total" over Civilian and Uniform, then
      // "Police Total" over its own): believed only by their figures. Where
      // lines follow its parts with no total between ("Fire Total" over
      // Civilian and Uniform, then "Finance"), the first rows under it that
      // add up to it in two columns or more, exactly, every other column
      // but one at most too (three or more where one is off), are its parts.
      for (std::size_t j = i + 1; j < n && !gap_before(j) && g_.row_total[j] == TotalWord::None; ++j)
        p.children.push_back(j);
      p.within = true;
      if (p.children.size() < 2) continue;
      std::size_t two = 2;
      Tally whole = tally_rows(i, p.children, two);
      if (!((whole.off == 0 && whole.exact_nonzero >= 1) || (whole.exact_nonzero >= 2 && whole.off <= 1))) {
        std::vector<std::size_t> first;
        bool found = false;
        for (std::size_t k = 0; k + 1 < p.children.size() && !found; ++k) {
          first.push_back(p.children[k]);
          if (first.size() < 2) continue;
          Tally t = tally_rows(i, first, two);
          found = (t.off == 0 && t.exact_nonzero >= 2) || (t.off <= 1 && t.exact_nonzero >= 3);
        }
        if (!found) continue;
        p.children = std::move(first);
      }
      if (deduction_then_net(p.children) || named_together(p)) continue;
      out.push_back(std::move(p));
      continue;
    }
    // Children named after it, directly under it.
    for (std::size_t j = i + 1; !p.worded && j < n && !gap_before(j) && named_after(norm[j], norm[i]); ++j)
      p.children.push_back(j);
    p.by_label = p.children.size() >= 2;
    bool deeper = false; // children with lines of their own indented under them
    if (!p.by_label && !p.worded) {
      p.children.clear();
      p.by_indent = indented_under(i, p.children, deeper);
    }
    if (!p.by_label && !p.by_indent) {
      // The first row of a block over the rest of it (none of them a
      // total); an "of which:" heading between it and them is no gap.
      p.children.clear();
      if (!gap_before(i)) continue;
      for (std::size_t j = i + 1; j < n && (!gap_before(j) || only_part_headings_between(g_, view_, j)); ++j)
        p.children.push_back(j);
      // A total by its words alone in its block, the table's first row
      // ("Total General Fund", a blank row, then the services): over all
      // the rows under it, none a total nor a part of the line above, and
      // believed only where its own figures bear it out (top_of_table).
      if (p.worded && p.children.empty() && i == 0) {
        for (std::size_t j = i + 1; j < n; ++j) {
          if (g_.row_total[j] != TotalWord::None || part_of_line_above(g_, j) || norm[j].empty()) {
            p.children.clear();
            break;
          }
          p.children.push_back(j);
        }
        p.top_of_table = true;
      }
      if (p.children.size() < 2) continue;
      if (std::any_of(p.children.begin(), p.children.end(),
                      [&](std::size_t j) { return g_.row_total[j] != TotalWord::None; })) {
        // Its block closes with a named total: it may be a group over the
        // first lines under it, the rest of the lines outside it.
        auto k = p.worded || p.top_of_table ? std::nullopt : group_over_first_lines(i, p.children);
        if (!k) continue;
        p.children.resize(*k);
        p.group = true;
      }
    }
    if (deduction_then_net(p.children) || named_together(p)) continue;
    out.push_back(std::move(p));
    if (out.back().by_label || (out.back().by_indent && !deeper)) i = out.back().children.back();
  }
  // Believed by its own figures: every column adds up (one at least with
  // two figures or more not zero), or all but one of two or more. Else
  // only where another row of its kind adds up and one column at most
  // disagrees; a block's first row, which only its place makes a total,
  // must also look like one (as large as each row under it, of their sign).
  std::vector<bool> own(out.size());
  // Kinds of parent: a block's first row, children named after it, indented under it.
  auto kind = [](const Parent &p) { return p.by_label ? 1 : p.by_indent ? 2 : 0; };
  bool kind_confirmed[3] = {false, false, false};
  for (std::size_t k = 0; k < out.size(); ++k) {
    std::size_t two = 2;
    Tally t = tally_rows(out[k].row, out[k].children, two);
    own[k] = (t.off == 0 && t.exact_nonzero >= 1) || (t.exact_nonzero >= 2 && t.off <= 1);
    // A total its words name says nothing of whether a block's first row,
    // which only its place makes a total, is one: it confirms no kind.
    if (own[k] && !out[k].worded) kind_confirmed[kind(out[k])] = true;
  }
  for (std::size_t k = 0; k < out.size(); ++k) {
    if (own[k]) {
      out[k].believed = true;
      continue;
    }
    // A group's figures found which lines it adds: that is its evidence.
    if (out[k].group) {
      out[k].believed = true;
      continue;
    }
    if (out[k].within || out[k].top_of_table) continue; // only its own figures make it a total above its rows
    if (out[k].worded) {
      // Its words say it is a total and its place what it adds: its rows
      // adding up in one column, one other at most off, bear that out.
      std::size_t two = 2;
      Tally t = tally_rows(out[k].row, out[k].children, two);
      out[k].believed = t.exact_nonzero >= 1 && t.off <= 1;
      continue;
    }
    if (!kind_confirmed[kind(out[k])]) continue;
    std::size_t zero = 0;
    Tally t = tally_rows(out[k].row, out[k].children, zero);
    out[k].believed = t.off <= 1 && t.exact + t.near + t.off >= 1 &&
                      (out[k].by_label || plausible_above(out[k]) || heads_add_up(out, k));
  }
  return out;
}

// A block's first row (no total word) over the first k lines under it,
// where the block closes with a row named as a total and more lines stand
// between the k and that total ("Top six functions" over six functions,
// then "All others", then "Total"; its label need not say it is a group).
// Which lines it adds is told by the figures alone, so k is believed only
// where they say one k and no other:
//  - in a column the table adds, the row equals its first k lines exactly,
//    or the total equals the row and the lines after the k (a line of the
//    group written wrong leaves that standing); two of the k not zero
//    either way (a row repeating the one line under it is no group of it);
//  - in a column set aside as no amounts (a share of the whole, "Percent
//    of hires"), both hold within the rounding of the shares as written: a
//    share adds as the figures it is a share of do, so it says which lines
//    the row adds, though it is never checked itself (a figure of the group
//    written wrong leaves the shares standing).
// One column at least must read the total so (the row and the lines after
// the k, exactly or, in shares, within their rounding). Never where the
// total equals every line added, the row among them, in a column: the row
// is then a line, equal to the lines under it by chance. Returns k, or
// nullopt.
std::optional<std::size_t> RowInference::group_over_first_lines(std::size_t i,
                                                                const std::vector<std::size_t> &block) const {
  // The lines up to the first row named as a total, which closes the block.
  std::size_t t = 0;
  while (t < block.size() && g_.row_total[block[t]] == TotalWord::None) ++t;
  if (t + 1 != block.size() || t < 3) return std::nullopt;
  const std::size_t total = block[t];
  for (std::size_t k = 0; k < t; ++k)
    if (g_.labels[block[k]].empty() || part_of_line_above(g_, block[k])) return std::nullopt;
  std::set<std::size_t> found; // the k each column says
  bool conflict = false;
  // Some column reads the total as the row and the lines after its k: a
  // first row that equals the lines right under it alone may be a line so
  // by chance, and the total says nothing of what it adds.
  bool total_side = false;
  for (std::size_t c = 0; c < ncols_; ++c) {
    auto &head = g_.cells[i][c];
    auto &st = g_.cells[total][c];
    if (!use_[c] || !head || head->nil || !st || st->nil) continue;
    Money all;
    std::size_t parts = 0;
    for (std::size_t k = 0; k < t; ++k)
      if (auto &a = g_.cells[block[k]][c]) {
        all += a->value;
        ++parts;
      }
    if (same_at_precision(st->value, all + head->value, g_.col_noise[c], parts + 1)) return std::nullopt;
    Money first;
    std::size_t nonzero = 0, counted = 0;
    for (std::size_t k = 0; k + 1 < t; ++k) {
      if (auto &a = g_.cells[block[k]][c]) {
        first += a->value;
        nonzero += !a->value.is_zero();
        ++counted;
      }
      if (k == 0) continue;
      const bool adds = nonzero >= 2 && same_at_precision(head->value, first, g_.col_noise[c], counted);
      const bool rest = nonzero >= 2 && parts > counted &&
                        same_at_precision(st->value, head->value + all - first, g_.col_noise[c], parts - counted + 1);
      if (!adds && !rest) continue;
      conflict = conflict || (!found.empty() && !found.contains(k + 1));
      found.insert(k + 1);
      total_side = total_side || rest;
    }
  }
  // Shares set aside: read from the sheet, to four decimals, each allowed
  // half the step the shares are written to.
  const FigureVocabulary plain;
  for (const auto &aside : g_.set_aside) {
    const std::uint32_t col = aside.first;
    auto share = [&](std::size_t r) -> std::optional<Amount> {
      const Cell *cell = view_.at(g_.rows[r], col);
      if (!cell) return std::nullopt;
      auto a = read_amount(view_.workbook(), *cell, plain);
      if (a && a->nil) return std::nullopt;
      return a;
    };
    auto head = share(i), st = share(total);
    if (!head || !st) continue;
    std::vector<Amount> lines;
    for (std::size_t k = 0; k < t; ++k)
      if (auto a = share(block[k])) lines.push_back(*a);
    if (lines.size() != t) continue;
    // The finest any share is written to is every share's step: a share
    // of one written "1", or "0.09" for 0.090, has lost its zeros. (One
    // worked out and never rounded says nothing of it.)
    int decimals = 0;
    auto finest = [&](const Amount &a) {
      if (a.decimals != kNoise) decimals = std::max(decimals, a.decimals);
    };
    finest(*head);
    finest(*st);
    for (const Amount &a : lines) finest(a);
    std::int64_t step = kScale;
    for (int d = 0; d < decimals && step > 1; ++d) step /= 10;
    const Money half = Money::from_pence(step > 1 ? step / 2 : 1);
    auto bound = [&](std::size_t figures) {
      Money b;
      for (std::size_t f = 0; f < figures; ++f) b += half;
      return b;
    };
    std::optional<std::size_t> one;
    bool several = false;
    Money first;
    for (std::size_t k = 0; k + 1 < t; ++k) {
      first += lines[k].value;
      if (k == 0) continue;
      Money rest;
      for (std::size_t r = k + 1; r < t; ++r) rest += lines[r].value;
      if ((head->value - first).abs() > bound(k + 2) || (st->value - head->value - rest).abs() > bound(t - k + 1))
        continue;
      several = several || one;
      one = k + 1;
    }
    if (!one || several) continue;
    conflict = conflict || (!found.empty() && !found.contains(*one));
    found.insert(*one);
    total_side = true;
  }
  if (conflict || found.size() != 1 || !total_side) return std::nullopt;
  return *found.begin();
}

// A named total further down equals the blocks' first rows added up (two
// or more) in every column where this one disagrees with its block: the
// first rows are the block totals, and the rows under this one are wrong.
bool RowInference::heads_add_up(const std::vector<Parent> &ps, std::size_t k) const {
  const Parent &p = ps[k];
  for (std::size_t t = p.children.back() + 1; t < g_.rows.size(); ++t) {
    if (g_.row_total[t] == TotalWord::None) continue;
    bool all = true;
    std::size_t checked = 0;
    for (std::size_t c = 0; c < ncols_ && all; ++c) {
      if (fit_rows(p.row, p.children, c) != Fit::Off) continue;
      auto &st = g_.cells[t][c];
      if (!st || st->nil) {
        all = false;
        break;
      }
      Money sum;
      std::size_t heads = 0;
      for (auto &q : ps) {
        if (q.by_label || q.row > t) continue;
        if (auto &a = g_.cells[q.row][c]) {
          sum += a->value;
          ++heads;
        }
      }
      all = heads >= 2 && same_at_precision(st->value, sum, g_.col_noise[c], heads);
      ++checked;
    }
    return all && checked > 0; // the first named total under it decides
  }
  return false;
}

// The figure rows under items (a subtotal stands for its own), in item order.
std::vector<std::size_t> RowInference::leaves_of(const std::vector<std::size_t> &its) const {
  std::vector<std::size_t> out;
  for (std::size_t k : its) {
    if (!items_[k].total) {
      out.push_back(items_[k].row);
      continue;
    }
    out.insert(out.end(), items_[k].leaves.begin(), items_[k].leaves.end());
  }
  return out;
}

// What sets row i's block apart from the rows above it, as a reading names
// it: the heading between them ("'Elections'", a department's name on a
// row of its own), "the blank row" only where the rows between are empty,
// else the nearest of them by its number ("row 7": a repeated header, a
// note over the figures). A heading is no blank row: "up to the blank row"
// said over one misleads whoever looks for it.
std::string RowInference::where_block_starts(std::size_t i) const {
  const Workbook &wb = view_.workbook();
  std::optional<std::uint32_t> filled; // the nearest row between that is not empty
  for (std::uint32_t r = g_.rows[i]; r-- > g_.rows[i - 1] + 1;) {
    auto [b, e] = view_.row(r);
    for (const Cell *c = b; c != e; ++c) {
      if (c->type == CellType::EmptyFormula || (c->type == CellType::String && trim_view(wb.text(*c)).empty()))
        continue;
      if (c->type == CellType::String && c->col < g_.cols.front()) return quoted(fold_spaces(wb.text(*c)));
      if (!filled) filled = r;
    }
  }
  return filled ? "row " + std::to_string(*filled + 1) : std::string("the blank row");
}

// Whether the rows right above row i (none of them figures) hold a heading
// that opens a section of a statement (names_section_heading). The lines
// under it are a block of their own, whatever the blank rows say.
bool RowInference::opens_section(std::size_t i) const {
  if (i == 0 || i >= g_.rows.size()) return false;
  if (section_heading_row(i)) return true;
  const Workbook &wb = view_.workbook();
  for (std::uint32_t r = g_.rows[i]; r-- > g_.rows[i - 1] + 1;) {
    auto [b, e] = view_.row(r);
    for (const Cell *c = b; c != e; ++c) {
      if (c->type != CellType::String || c->col >= g_.cols.front()) continue;
      const std::string l = normalise_label(wb.text(*c));
      if (!l.empty()) return names_section_heading(l);
    }
  }
  return false;
}

// A heading that opens a section written on a row of figures, each nil or
// zero ("Funded by:" with a 0 under each year, as a sheet of formulas
// pasted as values leaves it): a blank row between two blocks, not a line.
// Only a label ending in a colon, or "Funded by", "Financed by".
bool RowInference::section_heading_row(std::size_t i) const {
  if (i == 0) return false;
  // Not "Funding from reserves" with a nil figure: a line of the block.
  const std::string l = normalise_label(g_.labels[i]);
  if (l.empty() || !(l.back() == ':' || l.starts_with("funded by") || l.starts_with("financed by"))) return false;
  return std::all_of(g_.cells[i].begin(), g_.cells[i].end(),
                     [](const auto &a) { return !a || a->nil || a->value.is_zero(); });
}

void RowInference::fold(std::size_t row, const std::vector<std::size_t> &its, bool named, bool by_figures) {
  Item t;
  t.row = row;
  t.total = true;
  t.named = named;
  t.by_figures = by_figures;
  t.over_totals = std::any_of(its.begin(), its.end(), [&](std::size_t k) { return items_[k].total; });
  t.leaves = leaves_of(its);
  std::vector<Item> kept;
  std::size_t next = 0;
  for (std::size_t k = 0; k < items_.size(); ++k) {
    if (next < its.size() && its[next] == k) {
      ++next;
      t.parts.push_back(std::move(items_[k]));
      continue;
    }
    kept.push_back(std::move(items_[k]));
  }
  kept.push_back(std::move(t));
  items_ = std::move(kept);
}

// The rows of an item read flat: a total known only by its figures, or
// named but explained by no reading, is a line of its own beside the items
// it seemed to add (each read flat in turn), any other item stands as it
// is. Returns whether any total was read so; `lines` gets their rows,
// `standing` the rows of the totals that stand.
bool RowInference::unfold(const Item &it, std::vector<std::size_t> &rows, std::set<std::size_t> &lines,
                          std::set<std::size_t> &standing) const {
  rows.push_back(it.row);
  if (!it.total) return false;
  if (!it.by_figures && !it.unexplained) {
    standing.insert(it.row);
    return false;
  }
  lines.insert(it.row);
  for (const Item &p : it.parts) unfold(p, rows, lines, standing);
  return true;
}

std::vector<std::size_t> RowInference::line_items(const std::vector<std::size_t> &rows) {
  std::vector<std::size_t> its;
  its.reserve(rows.size());
  for (std::size_t r : rows) {
    its.push_back(items_.size());
    items_.push_back(Item{r, false, false, false, {}});
  }
  return its;
}

// Takes back the totals found at these rows: a later total's reading says
// they are lines, not totals of the rows above them.
void RowInference::unread(const std::set<std::size_t> &rows) {
  w_.keep_found([&](std::size_t k) {
    if (!rows.contains(w_.row_of[k])) return true;
    const StatedTotal &s = w_.found[k];
    if (w_.by_formula[k] || same_at_precision(s.stated, s.readings[0].sum, s.noise, s.readings[0].parts.size())) {
      --w_.explained;
      w_.explained_below -= !w_.above[k];
    }
    w_.figure_subtotals.erase(normalise_label(g_.labels[w_.row_of[k]]));
    w_.lines.insert(w_.row_of[k]);
    return false;
  });
}

// Evidence per column for leaving out a column that adds up nowhere.
void RowInference::count(std::size_t row, const std::vector<std::vector<Fit>> &fit_of) {
  for (std::size_t c = 0; c < ncols_; ++c) {
    auto &st = g_.cells[row][c];
    if (!use_[c] || !st || st->nil || st->value.is_zero()) continue;
    ++w_.cols[c].tested;
    // Within the rounding of its figures is a sum too: a rate, minimum or
    // average comes near the sum of its column only by chance.
    w_.cols[c].explained +=
        std::any_of(fit_of.begin(), fit_of.end(), [&](const std::vector<Fit> &f) { return adds_up(f[c]); });
  }
}

// A line that a total under it reads as a subtotal (the total is it and
// the lines after it, exactly, in every column): it is one only where the
// lines of its block above it, two or more, add up to it exactly in some
// column with two of them not zero (a line repeating the one figure above
// it is no evidence: a parish's precept equal to its net expenditure in a
// year no reserves were used). Then it is their subtotal, checked as one
// where some column is off, in the columns its block gives figures in, so a
// figure its block gets wrong is found there, not at the total that reads
// it. Says whether it is one.
bool RowInference::check_read_as_subtotal(std::size_t k) {
  if (items_[k].total || items_[k].separator) return false;
  std::vector<std::size_t> block;
  for (std::size_t j = k; j-- > 0 && !items_[j].separator && !items_[j].total;) block.push_back(j);
  if (block.size() >= 2) {
    std::reverse(block.begin(), block.end());
    const std::size_t row = items_[k].row;
    std::vector<std::size_t> rows;
    rows.reserve(block.size());
    for (std::size_t j : block) rows.push_back(items_[j].row);
    std::size_t two = 2;
    Tally t = tally_rows(row, rows, two);
    if (t.exact_nonzero > 0) {
      if (t.off > 0)
        emit(row, {{"the " + plural(block.size(), "row", "rows") + " above it", block, kBlock}}, false, true);
      return true;
    }
  }
  return result_of_items_above(k, true);
}

// A line named as a result ("Surplus/(deficit) for the year") that is the
// sum of the last items above it, lines and subtotals across blank rows
// (the operating surplus, the net finance costs, the other gains), a
// subtotal among them: exactly, in every column it has a figure, two
// columns or more over two figures not zero; or, `one_off`, in all but one
// column, another exact over two figures not zero (where a total under it
// reads it so exactly in every column: one of those items wrong in one
// column, the operating surplus typed wrong, must not unmake the structure
// and have the totals under it said wrong in every column). A subtotal its
// own figures show, of items its block alone does not hold; nearest first.
// Never checked here: which of it and its items is wrong, if one is, its
// figures cannot say.
bool RowInference::result_of_items_above(std::size_t k, bool one_off) const {
  constexpr std::size_t kReach = 40;
  const std::size_t row = items_[k].row;
  if (!names_result_line(normalise_label(g_.labels[row]))) return false;
  std::vector<std::size_t> rows;
  bool subtotal = false;
  for (std::size_t j = k; j-- > 0 && rows.size() < kReach;) {
    if (items_[j].separator) continue;
    rows.insert(rows.begin(), items_[j].row);
    subtotal = subtotal || items_[j].total;
    if (rows.size() < 2 || !subtotal) continue;
    std::size_t two = 2;
    Tally t = tally_rows(row, rows, two);
    if (t.off == 0 && t.near == 0 && t.exact_nonzero >= 2) return true;
    if (one_off && t.off + t.near == 1 && t.exact_nonzero >= 1) return true;
  }
  return false;
}

// A reading's cells in column c. through_blank_subtotals: a subtotal with
// no figure in the column counts the figures of its own rows instead, and
// the reading's name says so.
Reading RowInference::read_column(const RowReading &r, std::size_t c, bool through_blank_subtotals) const {
  Reading rd;
  rd.name = r.name;
  std::optional<std::string> through; // the first subtotal read through, as messages name it
  bool minus = false;                 // the item being read is taken off
  auto add = [&](std::size_t row) {
    if (auto &a = g_.cells[row][c]) {
      if (minus)
        rd.sum -= a->value;
      else
        rd.sum += a->value;
      rd.parts.push_back(CellRef{g_.rows[row], g_.cols[c]});
      return true;
    }
    if (g_.withheld.contains({row, c})) rd.not_given.push_back(CellRef{g_.rows[row], g_.cols[c]});
    return false;
  };
  for (std::size_t k : r.items) {
    const Item &it = items_[k];
    minus = std::binary_search(r.off.begin(), r.off.end(), k);
    if (add(it.row) || !through_blank_subtotals || !it.total || g_.withheld.contains({it.row, c})) continue;
    std::size_t before = rd.parts.size();
    for (std::size_t l : it.leaves) add(l);
    if (rd.parts.size() > before && !through) through = g_.names[it.row];
  }
  if (through)
    rd.name = concat(rd.name, ", with the rows of ", through->empty() ? std::string("its subtotal") : quoted(*through),
                     " where it gives no figure,");
  return rd;
}

// only_filled: columns where no item of its own reading has a figure are
// not its totals (a note reference beside a net line).
void RowInference::emit(std::size_t row, const std::vector<RowReading> &readings, bool above, bool only_filled) {
  for (std::size_t c = 0; c < ncols_; ++c) {
    auto &st = g_.cells[row][c];
    if (!use_[c] || !st || st->nil) continue;
    if (only_filled && std::none_of(readings.front().items.begin(), readings.front().items.end(),
                                    [&](std::size_t k) { return bool(g_.cells[items_[k].row][c]); }))
      continue;
    StatedTotal s;
    s.cell = CellRef{g_.rows[row], g_.cols[c]};
    s.stated = st->value;
    s.step = Money::from_pence(g_.col_step[c]);
    s.noise = g_.col_noise[c];
    std::string who =
        g_.names[row].empty() ? "The total row " + std::to_string(g_.rows[row] + 1) : quoted(g_.names[row]);
    s.what =
        who + (g_.col_names[c].empty() ? " in column " + column_name(g_.cols[c]) : " for " + quoted(g_.col_names[c]));
    for (auto &r : readings) {
      Reading rd = read_column(r, c, false);
      // A subtotal left blank in this column, over rows that have figures
      // in it, gives no figure here: it is not nil ("Total" blank in a
      // per-band-D column under figures for every service). Where counting
      // it as nothing explains no total, its own rows stand for it.
      if (&r == &readings.front() && !same_at_precision(s.stated, rd.sum, s.noise, rd.parts.size())) {
        Reading through = read_column(r, c, true);
        // The reading with the blank as nothing stays, as another.
        if (through.parts.size() > rd.parts.size()) s.readings.push_back(std::move(through));
      }
      s.readings.push_back(std::move(rd));
      // Where its own reading explains it, the others are never asked for.
      const Reading &own = s.readings.front();
      if (same_at_precision(s.stated, own.sum, s.noise, own.parts.size())) break;
    }
    // A totals row may average a column instead of adding it (Excel's
    // table totals row offers Average beside Sum): the mean of the rows
    // its own reading adds is a reading too, met only exactly.
    if (!s.readings.empty()) {
      const Reading &own = s.readings.front();
      if (own.parts.size() >= 2 && !own.sum.is_too_large() &&
          !same_at_precision(s.stated, own.sum, s.noise, own.parts.size())) {
        auto n = static_cast<__int128>(own.parts.size());
        __int128 p = own.sum.pence();
        auto q = static_cast<std::int64_t>((p >= 0 ? p + n / 2 : p - n / 2) / n);
        Reading mean;
        mean.name = "the average of " + own.name;
        mean.parts = own.parts;
        mean.sum = Money::from_pence(q);
        s.readings.push_back(std::move(mean));
      }
    }
    // The cell's own formula, agreeing with it, where no reading does and
    // the formula accounts for the structure's reading: its reading.
    if (!above && !s.readings.empty() && !agreeing_reading(s))
      if (auto own = own_formula(row, c, s.readings.front())) s.readings.insert(s.readings.begin(), std::move(*own));
    bool formula = !above && !readings.empty() && formula_says(row, c, readings.front().items);
    if (formula || same_at_precision(s.stated, s.readings[0].sum, s.noise, s.readings[0].parts.size())) {
      ++w_.explained;
      w_.explained_below += !above;
    }
    w_.by_formula.push_back(formula);
    w_.any_below = w_.any_below || !above;
    w_.found.push_back(std::move(s));
    w_.above.push_back(above);
    w_.row_of.push_back(row);
    w_.col_of.push_back(c);
  }
}

Walk RowInference::run() {
  w_.cols.assign(ncols_, {});
  std::vector<Parent> above = parents();
  std::vector<const Parent *> parent_at(g_.rows.size(), nullptr);
  std::vector<bool> child(g_.rows.size(), false);
  for (auto &p : above) {
    if (p.top_of_table && !p.believed) w_.top_not_believed.push_back(p.row);
    if (!p.believed) continue;
    parent_at[p.row] = &p;
    for (std::size_t j : p.children) child[j] = true;
  }
  // Rows that add up in some column, and rows named as parents where some
  // such row adds up, count as evidence for their columns even when not
  // believed: a column that never adds up there is not an amount. (A
  // block's first row is a parent only by its place: no evidence alone.)
  bool label_adds = false;
  std::vector<bool> adds(above.size());
  for (std::size_t k = 0; k < above.size(); ++k) {
    std::size_t two = 2;
    adds[k] = tally_rows(above[k].row, above[k].children, two).exact_nonzero > 0;
    label_adds = label_adds || (adds[k] && above[k].by_label);
  }
  for (std::size_t k = 0; k < above.size(); ++k) {
    const Parent &p = above[k];
    if (p.believed || !(adds[k] || (p.by_label && label_adds))) continue;
    for (std::size_t c = 0; c < ncols_; ++c) {
      auto &st = g_.cells[p.row][c];
      if (!use_[c] || !st || st->nil || st->value.is_zero()) continue;
      ++w_.cols[c].tested;
      w_.cols[c].explained += adds_up(fit_rows(p.row, p.children, c));
    }
  }
  unsigned prev_kinds = 0; // what explained the last named total

  for (std::size_t i = 0; i < g_.rows.size(); ++i) {
    if (i > 0 && g_.rows[i] - g_.rows[i - 1] > 1) items_.push_back(Item{i, true, false, false, {}});
    if (section_heading_row(i)) {
      items_.push_back(Item{i, true, false, false, {}});
      continue;
    }
    if (child[i]) continue;                  // stood for by the row above them
    if (part_of_line_above(g_, i)) continue; // "of which": in the item above, no item of its own
    if (const Parent *p = parent_at[i]) {
      // Its reading is the rows under it; it stands for them from here on.
      // A row indented under it that has rows indented under it in turn (a
      // directorate's service over its lines) is read first, and stands
      // for its lines among the rows this one adds.
      auto read_parent = [&](auto &self, const Parent &q, std::size_t at) -> void {
        std::vector<std::size_t> its;
        for (std::size_t j : q.children) {
          if (const Parent *under = parent_at[j]; under && q.by_indent && under->by_indent) {
            self(self, *under, j);
            its.push_back(items_.size() - 1);
            continue;
          }
          its.push_back(items_.size());
          items_.push_back(Item{j, false, false, false, {}});
        }
        const std::size_t end = q.children.back() + 1;
        const bool gap_follows = end < g_.rows.size() && g_.rows[end] - g_.rows[end - 1] > 1;
        std::string name = "the " + plural(its.size(), "row", "rows") +
                           (q.by_label    ? " under it named after it"
                            : q.by_indent ? " indented under it"
                            : q.group     ? " under it, down to " + quoted(g_.names[q.children.back()]) + ","
                            : gap_follows ? " under it up to " + where_block_starts(end)
                                          : " under it");
        std::vector<RowReading> rd{{name, its, 0}};
        count(at, {fits(at, its)});
        emit(at, rd, true);
        fold(at, its, false, !q.by_label && !q.worded);
      };
      read_parent(read_parent, *p, i);
      continue;
    }
    if (g_.row_total[i] == TotalWord::None && names_net_line(normalise_label(g_.labels[i])) && net_line_total(i))
      continue;
    bool last = i + 1 == g_.rows.size();
    bool closes_block = last || g_.rows[i + 1] - g_.rows[i] > 1;
    bool named = g_.row_total[i] != TotalWord::None || (last && unlabelled_total_row()) || sum_row(i) ||
                 (!closes_block && adds_block_above(i)) || gross_line_subtotal(i);
    if (!named && !closes_block) {
      items_.push_back(Item{i, false, false, false, {}});
      continue;
    }
    // The items since the last blank row (worked out only at a block's end
    // or a total: a long extract has thousands of rows and no totals).
    std::vector<std::size_t> block;
    std::size_t k = items_.size();
    for (; k-- > 0;) {
      if (items_[k].separator) break;
      block.push_back(k);
    }
    std::reverse(block.begin(), block.end());
    if (!named) {
      // A row alone between blank rows adds up the block above the blank.
      // (From the table's first row where no gap is above it.)
      std::string where = k < items_.size() ? " up to " + where_block_starts(items_[k].row) : " above it";
      if (block.empty() && k < items_.size()) {
        where = " above " + where_block_starts(items_[k].row);
        for (; k-- > 0;) {
          if (items_[k].separator) break;
          block.push_back(k);
        }
        std::reverse(block.begin(), block.end());
      }
      if (block.size() >= 2) {
        std::vector<std::size_t> rows;
        rows.reserve(block.size());
        for (std::size_t b : block) rows.push_back(items_[b].row);
        std::size_t one = 1, two = 2;
        Tally t = tally_rows(i, rows, one), t2 = tally_rows(i, rows, two);
        // Every column adds up (exactly, or within the rounding of figures
        // rounded as a forecast is), or all but one of two or more that
        // add up exactly, each over two figures or more not zero.
        bool adds = (t.off == 0 && (t.exact_nonzero >= 1 || t.near >= 2)) || (t2.exact_nonzero >= 2 && t2.off <= 1);
        // Where the table's other blocks end in their subtotals (a balance
        // sheet's Long Term Assets, Current Assets, ...), one adding up in
        // one column and wrong in one other is a subtotal too.
        bool partial = t2.exact_nonzero >= 1 && t2.off <= 1;
        bool as_the_others =
            hints_ && (hints_->blocks_close_with_subtotals || hints_->subtotal_rows.contains(i)) && partial;
        if (t.off == 0 && t.exact_nonzero >= 1) ++w_.block_subtotals;
        if (!adds && partial) w_.partial.push_back(i);
        if (adds || as_the_others) {
          if (!adds) w_.hinted.insert(i);
          std::vector<RowReading> rd{{"the " + plural(block.size(), "row", "rows") + where, block, kBlock}};
          count(i, {fits(i, block)});
          emit(i, rd);
          fold(i, block, false, true);
          continue;
        }
      }
      items_.push_back(Item{i, false, false, false, {}});
      continue;
    }
    // A named total: the readings, most specific first.
    std::vector<RowReading> readings;
    auto add = [&](std::string name, std::vector<std::size_t> its, unsigned kind) {
      if (its.empty()) return;
      for (auto &r : readings) {
        if (r.items == its) {
          r.kinds |= kind;
          return;
        }
      }
      readings.push_back({std::move(name), std::move(its), kind});
    };
    add("the " + plural(block.size(), "row", "rows") + " above it" +
            (block.size() + 1 < items_.size() ? " up to " + where_block_starts(items_[k].row) : ""),
        block, kBlock);
    std::optional<std::size_t> last_named;
    for (std::size_t k2 = 0; k2 < items_.size(); ++k2)
      if (items_[k2].named) last_named = k2;
    std::vector<std::size_t> since, all, subtotals;
    for (std::size_t k2 = 0; k2 < items_.size(); ++k2) {
      if (items_[k2].separator) continue;
      all.push_back(k2);
      if (items_[k2].total) subtotals.push_back(k2);
      if (last_named && k2 > *last_named) since.push_back(k2);
    }
    if (last_named)
      add("the " + plural(since.size(), "row", "rows") + " since " + quoted(g_.labels[items_[*last_named].row]), since,
          kSince);
    // With no total before it, everything above is what "since" means.
    add("the " + plural(all.size(), "row or subtotal", "rows and subtotals") + " above it", all,
        kAll | (last_named ? 0u : unsigned(kSince)));
    if (subtotals.size() >= 2)
      add("the " + plural(subtotals.size(), "subtotal", "subtotals") + " above it", subtotals, kSubtotals);
    // The subtotals since the last total of totals: a balance sheet's Total
    // Reserves adds Usable and Unusable Reserves, not the Net Assets above
    // them, which total the sheet's first half.
    std::optional<std::size_t> last_top;
    for (std::size_t k2 = 0; k2 < items_.size(); ++k2)
      if (items_[k2].total && items_[k2].over_totals) last_top = k2;
    if (last_top) {
      std::vector<std::size_t> after;
      for (std::size_t k2 : subtotals)
        if (k2 > *last_top) after.push_back(k2);
      if (after.size() >= 2)
        add("the " + plural(after.size(), "subtotal", "subtotals") + " since " +
                quoted(g_.labels[items_[*last_top].row]),
            after, kSubtotals);
    }
    if (readings.empty()) {
      items_.push_back(Item{i, false, false, false, {}});
      continue;
    }
    std::size_t best = 0, best_score = 0, best_exact = 0, best_near = 0;
    unsigned explaining = 0;
    // Some reading meets a figure of it not zero, or comes near two (or its
    // only figures): one figure near among many off is chance.
    bool fitted = false;
    std::vector<std::vector<Fit>> fit_of;
    auto score_from = [&](std::size_t from) {
      for (std::size_t r = from; r < readings.size(); ++r) {
        fit_of.push_back(fits(i, readings[r].items));
        Tally t = tally(i, fit_of.back());
        std::size_t score = t.exact * 2 + t.near;
        if (t.exact_nonzero >= 1 && t.off == 0) explaining |= readings[r].kinds;
        fitted = fitted || t.exact_nonzero >= 1 || t.near >= 2 || (t.near == 1 && t.off == 0);
        if (score > best_score) {
          best_score = score;
          best = r;
          best_exact = t.exact;
          best_near = t.near;
        }
      }
    };
    score_from(0);
    std::size_t real_end = items_.size();
    if (!subtotals.empty() && !explaining) {
      // The figure rows alone, each once: a total over rows whose subtotal
      // is itself wrong still adds them up (tried only when no other
      // reading explains the row: a long table has thousands of rows).
      // Readings name items, so the leaves become items of their own for
      // now, after the list's end.
      std::vector<std::size_t> leaves = leaves_of(all);
      std::sort(leaves.begin(), leaves.end());
      std::vector<std::size_t> its = line_items(leaves);
      std::size_t before = readings.size();
      add("the " + plural(leaves.size(), "row", "rows") + " above it without their subtotals", its, kLeaves);
      score_from(before);
    }
    // Every row above it as a line: a row taken for a subtotal only because
    // its figures equal the rows above or under it ("Supplies" 150,000 under
    // "Salaries" 100,000 and "Training" 50,000) may be one more line that
    // does so by chance, and a row whose label starts with "Total" that no
    // reading explains may be a line so named ("Total Other Governments"
    // among the revenue lines "Total Current Revenue" adds). Tried only when
    // no other reading explains the row: all the rows above it, and those
    // since the last total that stands (a council's "Total expenses" adds
    // the lines since "Totals", "Total other payments" one of them).
    std::set<std::size_t> lines;    // rows of the totals this reading takes for lines
    std::set<std::size_t> standing; // rows of the totals it keeps
    if (!explaining) {
      std::vector<std::size_t> flat;
      for (std::size_t k2 : all) unfold(items_[k2], flat, lines, standing);
      if (!lines.empty()) {
        std::sort(flat.begin(), flat.end());
        std::size_t before = readings.size();
        std::vector<std::size_t> its = line_items(flat);
        add("the " + plural(flat.size(), "row", "rows") + " above it, none read as a subtotal,", its, kFlat);
        std::optional<std::size_t> stands;
        for (std::size_t r : standing)
          if (g_.row_total[r] != TotalWord::None) stands = r;
        if (stands) {
          std::vector<std::size_t> since_flat;
          for (std::size_t r : flat)
            if (r > *stands) since_flat.push_back(r);
          if (since_flat.size() >= 2 && since_flat.size() < flat.size())
            add("the " + plural(since_flat.size(), "row", "rows") + " since " + quoted(g_.labels[*stands]) +
                    ", none read as a subtotal,",
                line_items(since_flat), kFlat);
        }
        score_from(before);
      }
    }
    // The last rows above it, nearest first, where they add up to it
    // exactly in every column with a figure, two columns or more each with
    // two figures not zero, and the first of them is shown to be the
    // subtotal of the lines above it: a row no word names that the total
    // reads as a subtotal ("Expenditure before contributions", gross
    // expenditure less income, which one wrong figure keeps from being found
    // by its figures). Not otherwise: the last rows alone adding up to it is
    // what a total whose range starts too late gives. Exact only: among so
    // many readings, one coming near is chance.
    constexpr std::size_t kReach = 40;
    // The lines since the nearest subtotal above it, where that subtotal is
    // one no total word names that adds up the lines above it ("Net budget
    // requirement" over the spending lines, then the funding lines and
    // "Total funding" with no blank row or heading between): the total
    // adds the lines since it, as it would since a worded total. Tried where
    // that reading adds up exactly in some column with figures not zero and
    // is off in one column at most (the column wrong, said by this reading).
    if (!explaining && g_.row_total[i] != TotalWord::None) {
      std::size_t n = 0;
      while (n < all.size() && !items_[all[all.size() - 1 - n]].total) ++n;
      if (n >= 2 && n < all.size() && n <= kReach) {
        const Item &sub = items_[all[all.size() - 1 - n]];
        std::vector<std::size_t> last(all.end() - std::ptrdiff_t(n), all.end());
        std::vector<std::size_t> rows;
        rows.reserve(last.size());
        for (std::size_t k2 : last) rows.push_back(items_[k2].row);
        std::size_t two = 2;
        Tally t = tally_rows(i, rows, two);
        if (!sub.named && !sub.unexplained && t.exact_nonzero >= 1 && t.off + t.near <= 1) {
          std::size_t before = readings.size();
          add("the " + plural(n, "row", "rows") + " since " + quoted(g_.labels[sub.row]), last, kSince);
          score_from(before);
        }
      }
    }
    // An earlier subtotal and the rows after it, nearest first, across
    // blank rows and headings: a 'net' line adding a block's total and the
    // total of the deductions under it ("Total capital assets being
    // depreciated", then the accumulated depreciation's lines and its
    // total, then "Total capital assets, being depreciated, net"), never
    // the deductions' total alone nor every total above it. The subtotal is
    // checked as one already. Tried where that reading adds up exactly in
    // two columns or more with figures not zero and is off in one column at
    // most (the column wrong, said by this reading).
    if (!explaining && g_.row_total[i] != TotalWord::None) {
      for (std::size_t n = 1; n < all.size() && n < kReach; ++n) {
        const Item &sub = items_[all[all.size() - 1 - n]];
        if (!sub.total) continue;
        std::vector<std::size_t> last(all.end() - std::ptrdiff_t(n + 1), all.end());
        std::vector<std::size_t> rows;
        rows.reserve(last.size());
        for (std::size_t k2 : last) rows.push_back(items_[k2].row);
        std::size_t two = 2;
        Tally t = tally_rows(i, rows, two);
        if (sub.unexplained || t.exact_nonzero < 2 || t.off + t.near > 1) continue;
        std::size_t before = readings.size();
        add(concat(quoted(g_.labels[sub.row]), " and the ", plural(n, "row", "rows"), " after it"), last, kSince);
        score_from(before);
        break;
      }
    }
    if (!explaining && g_.row_total[i] != TotalWord::None) {
      for (std::size_t n = 2; n < all.size() && n <= kReach; ++n) {
        std::vector<std::size_t> last(all.end() - std::ptrdiff_t(n), all.end());
        std::vector<std::size_t> rows;
        rows.reserve(last.size());
        for (std::size_t k2 : last) rows.push_back(items_[k2].row);
        std::size_t two = 2;
        Tally t = tally_rows(i, rows, two);
        const bool every = t.off == 0 && t.near == 0 && t.exact_nonzero >= 2;
        // Or off in one column, where its first row is a result line its own
        // figures show to be the sum of the items above it: the structure is
        // known without this total, and the column off is the total's error.
        const bool one_off = t.off + t.near == 1 && t.exact_nonzero >= 1 && !items_[last.front()].total &&
                             result_of_items_above(last.front(), false);
        if (!every && !one_off) continue;
        if (!check_read_as_subtotal(last.front())) break;
        std::size_t before = readings.size();
        add("the last " + plural(n, "row or subtotal", "rows and subtotals") + " above it", last, kAll);
        score_from(before);
        break;
      }
    }
    // Every row above it but one, that one the subtotal of the lines of its
    // block above it: a row no word names ("Gross debtors" over the
    // debtors, "Less: impairment" under it, then "Total debtors") wrong in
    // one of its figures, so that neither its own figures nor the total's
    // "it and the lines after it" show it a subtotal. Read so only where
    // leaving that row out adds up to the total exactly in every column
    // with a figure, two columns or more each over two figures not zero, no
    // other row left out does, and its block's lines add up to it exactly
    // in some column (check_read_as_subtotal, which checks it as theirs, so
    // the wrong figure is found there). Exact only, in a short table: one
    // row left out of many readings coming near is chance.
    if (!explaining && g_.row_total[i] != TotalWord::None && all.size() <= kReach) {
      std::optional<std::size_t> left_out;
      std::size_t fitting = 0;
      for (std::size_t x = 0; x < all.size(); ++x) {
        if (items_[all[x]].total) continue;
        std::size_t lines_before = 0;
        for (std::size_t j = all[x]; j-- > 0 && !items_[j].separator && !items_[j].total;) ++lines_before;
        if (lines_before < 2) continue;
        std::vector<std::size_t> rows;
        rows.reserve(all.size() - 1);
        for (std::size_t y = 0; y < all.size(); ++y)
          if (y != x) rows.push_back(items_[all[y]].row);
        std::size_t two = 2;
        Tally t = tally_rows(i, rows, two);
        if (t.off != 0 || t.near != 0 || t.exact_nonzero < 2) continue;
        ++fitting;
        left_out = x;
      }
      if (fitting == 1 && check_read_as_subtotal(all[*left_out])) {
        std::vector<std::size_t> its = all;
        its.erase(its.begin() + std::ptrdiff_t(*left_out));
        std::size_t before = readings.size();
        add("the " + plural(its.size(), "row", "rows") + " above it, " + quoted(g_.labels[items_[all[*left_out]].row]) +
                " read as a subtotal,",
            its, kLeaves);
        score_from(before);
      }
    }
    std::optional<std::size_t> as_before;
    if (best_score == 0 && block.size() >= 2 && k < items_.size() && opens_section(items_[k].row)) {
      // Nothing explains it, and its block opens under a heading of its own
      // ("Funded by:", then the council tax, business rates and grant
      // lines, then "Total funding"): the block is what it adds, never the
      // net expenditure above the heading with them.
      as_before = 0;
    } else if (best_exact == 0 && best_near <= 1 && prev_kinds) {
      // Nothing adds up exactly and one figure at most comes near: read it
      // as the total before it was read, not by the figure being tested.
      static constexpr unsigned kOrder[] = {kSince, kSubtotals, kBlock, kLeaves, kAll};
      for (unsigned kind : kOrder) {
        for (std::size_t r = 0; r < readings.size() && !as_before; ++r)
          if (readings[r].kinds & kind & prev_kinds) as_before = r;
        if (as_before) break;
      }
    }
    if (as_before) {
      best = *as_before;
    } else if (best_score == 0) {
      // Nothing explains it: the roll-up of everything above (subtotals in
      // place of their rows) is the structure's own reading.
      for (std::size_t r = 0; r < readings.size(); ++r)
        if (readings[r].items == all) best = r;
    }
    if (best_score == 0)
      w_.unexplained_names.push_back(g_.labels[i].empty() ? "row " + std::to_string(g_.rows[i] + 1)
                                                          : quoted(g_.labels[i]));
    if (explaining) prev_kinds = explaining;
    std::swap(readings[0], readings[best]);
    count(i, fit_of);
    emit(i, readings);
    // Folding the leaves is folding everything above them.
    std::vector<std::size_t> chosen = readings[0].items;
    if (readings[0].kinds == kLeaves || readings[0].kinds == kFlat) chosen = all;
    if (readings[0].kinds == kFlat) {
      // Only the totals this reading counts as lines are lines.
      std::set<std::size_t> counted;
      for (std::size_t k2 : readings[0].items) counted.insert(items_[k2].row);
      std::erase_if(lines, [&](std::size_t r) { return !counted.contains(r); });
      for (std::size_t r : lines)
        if (g_.row_total[r] != TotalWord::None) w_.named_lines.emplace(r, i);
      unread(lines);
    }
    items_.resize(real_end);
    fold(i, chosen, true, g_.row_total[i] == TotalWord::None && !sum_row(i));
    items_.back().unexplained = g_.row_total[i] != TotalWord::None && !fitted;
  }
  return std::move(w_);
}
} // namespace

namespace {
// A total row's figures in `cols` (indexes into the region's columns) not
// checked, and why: a stated total set aside, which the closing line counts
// (`totals_unchecked`) unless it was read as a line after all.
UncheckedBlock row_set_aside(const Region &g, const SheetView &v, std::size_t row, const std::vector<std::size_t> &cols,
                             std::string why, bool a_total = true) {
  UncheckedBlock b;
  b.sheet = v.sheet().name;
  b.first = CellRef{g.rows[row], g.cols[cols.front()]};
  b.last = CellRef{g.rows[row], g.cols[cols.back()]};
  b.figures = cols.size();
  b.why = std::move(why);
  b.totals_unchecked = a_total;
  return b;
}

// "'Net total'", or "the total row 12" where the row has no name.
std::string total_row_name(const Region &g, std::size_t row) {
  return g.names[row].empty() ? "the total row " + std::to_string(g.rows[row] + 1) : quoted(g.names[row]);
}

bool near_own_reading(const StatedTotal &s) {
  const Reading &r = s.readings.front();
  return (s.stated - r.sum).abs() <= rounding_bound(s.stated, s.step, r.parts.size());
}

// A total its words name within the rounding of its own reading, over two
// figures or more, where that rounding is a hundredth of the figure at
// most: a sum shown rounded ('Total funding' 201.4 over lines adding to
// 201.3, each to 0.1), as telling of how the table adds as an exact one (a
// figure that is no sum of them comes so near by a chance of a hundredth
// or less). One exact total is all the evidence a table needs; without
// this, the column beside a wrong one agreeing to its rounding left the
// whole table "not known", its wrong figure with it.
bool agrees_by_rounding(const Region &g, const Walk &w, std::size_t k) {
  const StatedTotal &s = w.found[k];
  if (w.above[k] || s.readings.empty() || g.row_total[w.row_of[k]] == TotalWord::None || s.stated.is_zero())
    return false;
  const Reading &r = s.readings.front();
  if (r.parts.size() < 2 || !near_own_reading(s)) return false;
  const Money bound = rounding_bound(s.stated, s.step, r.parts.size());
  return s.stated.abs().pence() / 100 >= bound.pence();
}

// Every reading of the total adds one figure or none.
bool adds_one_figure_at_most(const StatedTotal &s) {
  return std::all_of(s.readings.begin(), s.readings.end(), [](const Reading &r) { return r.parts.size() < 2; });
}

// A column holding one figure throughout (a flag, a count of one per
// row): nothing in it shows that it adds up.
bool constant_column(const Region &g, std::size_t c) {
  std::optional<Money> first;
  std::size_t n = 0;
  for (auto &row : g.cells) {
    auto &a = row[c];
    if (!a || a->nil) continue;
    if (!first) first = a->value;
    if (a->value != *first) return false;
    ++n;
  }
  return n >= 3;
}

// Why total row `row`'s figure in column `c` is no amount to add where
// the row's other columns add up: the column is headed as an average or
// ratio (names_rate), or the figure is the quotient of two other figures of
// the row (the total precept over the total tax base: an average Band D),
// as the column's figure is in its lines.
// Empty where neither holds.
std::string rate_not_sum(const Region &g, std::size_t row, std::size_t c) {
  auto name = [&](std::size_t j) {
    return g.col_names[j].empty() ? "column " + column_name(g.cols[j]) : quoted(g.col_names[j]);
  };
  // The quotient in row i of columns a over b, by k: nullopt where it is none.
  auto quotient = [&](std::size_t i, std::size_t a, std::size_t b) -> std::optional<int> {
    const auto &f = g.cells[i][c];
    if (!f || !g.cells[i][a] || !g.cells[i][b]) return std::nullopt;
    return quotient_of(*f, *g.cells[i][a], *g.cells[i][b]);
  };
  // The same quotient in the lines too (each parish's Band D its precept
  // over its tax base), in two of them at least and all but one: small
  // whole figures come near a quotient of two others by chance (12 is 18
  // over 15 times ten).
  auto in_lines = [&](std::size_t a, std::size_t b, int k) {
    std::size_t holds = 0, tried = 0;
    for (std::size_t i = 0; i < g.rows.size(); ++i) {
      if (i == row || g.row_total[i] != TotalWord::None || !g.cells[i][c] || g.cells[i][c]->nil) continue;
      ++tried;
      holds += quotient(i, a, b) == k;
    }
    return holds >= 2 && holds + 1 >= tried;
  };
  for (std::size_t a = 0; a < g.cols.size(); ++a)
    for (std::size_t b = 0; b < g.cols.size(); ++b)
      if (a != b && a != c && b != c)
        if (auto k = quotient(row, a, b); k && in_lines(a, b, *k))
          return concat(" in ", name(c), " is ", name(a), " over ", name(b),
                        " of its row, not the sum of the rows above it: an average or rate");
  if (names_rate(g.col_names[c]))
    return concat(" in ", name(c),
                  " is not the sum of the rows above it, and the column is headed as an average, "
                  "ratio or percentage");
  return {};
}

// Column j is worked out from column `from` on every row with figures in
// either: its figure that one's less a third column's, exactly, on three
// rows at least not zero (a 'Change' column: '2025/26' - '2024/25').
bool difference_column(const Region &g, std::size_t j, std::size_t from) {
  for (std::size_t b = 0; b < g.cols.size(); ++b) {
    if (b == j || b == from) continue;
    std::size_t rows = 0;
    bool holds = true;
    for (std::size_t i = 0; i < g.rows.size() && holds; ++i) {
      const auto &x = g.cells[i][j], &p = g.cells[i][from], &q = g.cells[i][b];
      if (!x && !p && !q) continue;
      holds = x && p && q && x->value == p->value - q->value;
      rows += holds && !x->value.is_zero();
    }
    if (holds && rows >= 3) return true;
  }
  return false;
}

// Column c is headed as an average, ratio or percentage (names_rate) and
// its lines are the quotient of two other columns of their row, the same
// way (quotient_of, to the decimals each figure is written to), on three
// lines at least and all but one: a rate beside the amounts it comes from
// (an 'Average rate' that is a row's cost over its hours). Its total row's
// figure is worked out from the row's, not added: off where one of those
// is, it says nothing against what the row's other columns add. Returns
// the columns it is worked out from (none: no such rate).
std::set<std::size_t> quotient_column(const Region &g, std::size_t c) {
  std::set<std::size_t> from;
  if (!names_rate(g.col_names[c])) return from;
  for (std::size_t a = 0; a < g.cols.size(); ++a)
    for (std::size_t b = 0; b < g.cols.size(); ++b) {
      if (a == b || a == c || b == c) continue;
      std::map<int, std::size_t> by_power;
      std::size_t tried = 0;
      for (std::size_t i = 0; i < g.rows.size(); ++i) {
        const auto &f = g.cells[i][c];
        if (g.row_total[i] != TotalWord::None || !f || f->nil) continue;
        ++tried;
        if (!g.cells[i][a] || !g.cells[i][b]) continue;
        if (auto k = quotient_of(*f, *g.cells[i][a], *g.cells[i][b])) ++by_power[*k];
      }
      for (auto [k, holds] : by_power)
        if (holds >= 3 && holds + 1 >= tried) from.insert({a, b});
    }
  return from;
}

// A total below its rows that no reading explains is checked only where
// the table says how its column adds up: another total in the same column
// adds up, or the other columns of its row do (all but this one, one of
// them at least over figures not zero). A row that disagrees in several
// columns no other total confirms (a row of averages or coordinates under
// a "Total", an unlabelled last row) is said to be unchecked, not accused.
void confirm_columns(const Region &g, const SheetView &v, Walk &w, Inferred &out) {
  const std::size_t n = w.found.size();
  std::vector<bool> explained(n), off(n), rate(n);
  std::vector<std::set<std::size_t>> rate_from(n);
  std::vector<std::size_t> col_explained(g.cols.size(), 0);
  std::map<std::size_t, std::pair<std::size_t, std::size_t>> row_tally; // row -> (exact not zero, off)
  std::map<std::size_t, std::size_t> row_totals;                        // row -> totals below their rows
  // Row -> totals agreeing to their rounding in a column that names a
  // period, and in any column.
  std::map<std::size_t, std::size_t> row_near_period, row_near;
  for (std::size_t k = 0; k < n; ++k) {
    if (w.above[k]) continue;
    explained[k] = agreeing_reading(w.found[k]) != nullptr;
    off[k] = !explained[k] && !near_own_reading(w.found[k]);
    // A column a subtotal adds once its rows' errors are corrected adds up there.
    col_explained[w.col_of[k]] += explained[k] || w.corrected_at.contains({w.row_of[k], w.col_of[k]});
    auto &t = row_tally[w.row_of[k]];
    t.first += explained[k] && !w.found[k].stated.is_zero();
    // A rate column off on a total row is no column that fails to add
    // (unless the row's other off column is none it comes from: below).
    if (off[k]) rate_from[k] = quotient_column(g, w.col_of[k]);
    rate[k] = off[k] && !rate_from[k].empty();
    t.second += off[k] && !rate[k];
    ++row_totals[w.row_of[k]];
    // A total near by rounding tells how its own column adds, not what the
    // columns beside it are: only beside another period ('2023/24' by
    // '2024/25') is the off column the same kind of figure, an amount to
    // add. Beside a tax base and a precept, 'Band D' is their quotient.
    if (!explained[k] && agrees_by_rounding(g, w, k)) {
      ++row_near[w.row_of[k]];
      if (names_period(g.col_names[w.col_of[k]])) ++row_near_period[w.row_of[k]];
    }
  }
  // A rate set aside speaks for a column it is worked out from, and for no
  // other: the row's one other off column must be among its sources (a
  // total of spend typed wrong, its average day rate the true spend over
  // the days). Off in a column the rate does not come from (a 'Highest
  // rate', a grade, beside the average), nothing shows the row adds there:
  // the rate counts again as a column off, and the row is off in two.
  {
    std::map<std::size_t, std::vector<std::size_t>> off_cols; // row -> columns off, not rates
    for (std::size_t k = 0; k < n; ++k)
      if (!w.above[k] && off[k] && !rate[k]) off_cols[w.row_of[k]].push_back(w.col_of[k]);
    for (std::size_t k = 0; k < n; ++k) {
      if (!rate[k]) continue;
      const auto &cols = off_cols[w.row_of[k]];
      if (std::all_of(cols.begin(), cols.end(), [&](std::size_t c) { return rate_from[k].contains(c); }) &&
          cols.size() <= 1)
        continue;
      rate[k] = false;
      ++row_tally[w.row_of[k]].second;
    }
  }
  // A row named a total, off in two columns alone, one of them a column
  // named a total whose figure on the row is the sum of the row's other
  // figures as they stand, both off by the same amount: one figure of the
  // row slipped, and its Total, worked out from the row, carries the slip
  // ('Total capital programme' 2028/29 typed 1.0 short, its 'Total £m' the
  // row's sum). The row's other columns confirm what it adds; both are
  // checked, and the Total column's finding is said with the figure's
  // (fold_knock_on_totals).
  std::set<std::size_t> carried_slip;
  for (const auto &[row, t] : row_tally) {
    if (t.second != 2 || t.first < 1 || g.row_total[row] == TotalWord::None) continue;
    std::vector<std::size_t> ks;
    for (std::size_t k = 0; k < n; ++k)
      if (!w.above[k] && off[k] && !w.by_formula[k] && w.row_of[k] == row && !w.found[k].readings.empty())
        ks.push_back(k);
    if (ks.size() != 2) continue;
    auto off_by = [&](std::size_t k) { return w.found[k].stated - w.found[k].readings.front().sum; };
    // Or the other column is worked out from the slipped one on every row,
    // this one too (a 'Change' column, '2025/26' - '2024/25', its formula
    // carrying the slip): it is off by the same, and the row's other
    // columns confirm what it adds.
    bool carried = false;
    for (auto [corner, slip] : {std::pair{ks[0], ks[1]}, std::pair{ks[1], ks[0]}})
      if (!carried && g.col_total[w.col_of[corner]] == TotalWord::None &&
          difference_column(g, w.col_of[corner], w.col_of[slip]) && off_by(corner) == off_by(slip) &&
          !off_by(slip).is_zero()) {
        carried_slip.insert(corner);
        carried_slip.insert(slip);
        carried = true;
      }
    if (carried) continue;
    auto named_total = [&](std::size_t k) { return g.col_total[w.col_of[k]] != TotalWord::None; };
    if (named_total(ks[0]) == named_total(ks[1])) continue;
    const std::size_t corner = named_total(ks[0]) ? ks[0] : ks[1], slip = corner == ks[0] ? ks[1] : ks[0];
    if (off_by(corner) != off_by(slip) || off_by(slip).is_zero()) continue;
    Money figures;
    for (std::size_t j = 0; j < g.cols.size(); ++j)
      if (j != w.col_of[corner] && g.col_total[j] == TotalWord::None && g.cells[row][j])
        figures += g.cells[row][j]->value;
    if (figures != w.found[corner].stated) continue;
    carried_slip.insert(corner);
    carried_slip.insert(slip);
  }
  std::set<std::size_t> reads_lines;
  for (auto [line, by] : w.named_lines) reads_lines.insert(by);
  std::map<std::size_t, std::vector<std::size_t>> dropped, lone, maybe_line;     // row -> columns
  std::map<std::size_t, std::vector<std::pair<std::size_t, std::string>>> rates; // row -> (column, why)
  std::vector<StatedTotal> found;
  std::vector<bool> above, by_formula;
  std::vector<std::size_t> row_of, col_of;
  for (std::size_t k = 0; k < n; ++k) {
    if (!w.above[k] && off[k] && !w.by_formula[k] && adds_one_figure_at_most(w.found[k])) {
      // A "total" of one figure is a copy of it; one that differs is a
      // line of its own ("Total Comprehensive Income and Expenditure" as a
      // movement under an opening balance), not a sum gone wrong.
      lone[w.row_of[k]].push_back(w.col_of[k]);
      continue;
    }
    if (!w.above[k] && off[k] && !w.by_formula[k] && !w.named_lines.empty() &&
        g.row_total[w.row_of[k]] != TotalWord::None && row_tally[w.row_of[k]].second == row_totals[w.row_of[k]] &&
        !reads_lines.contains(w.row_of[k])) {
      // The table names lines as totals (a total below adds them as its
      // lines): a row so named that is off in every column (not one agrees,
      // or comes near) may be one more such line, not a total gone wrong.
      maybe_line[w.row_of[k]].push_back(w.col_of[k]);
      continue;
    }
    if (!w.above[k] && off[k] && !w.by_formula[k]) {
      auto &t = row_tally[w.row_of[k]];
      bool by_column = col_explained[w.col_of[k]] > 0;
      bool confirmed = t.first >= 1 || (row_near_period[w.row_of[k]] >= 1 && names_period(g.col_names[w.col_of[k]]));
      bool by_row = confirmed && (rate[k] ? t.second <= 1 : t.second == 1) && !constant_column(g, w.col_of[k]);
      bool by_correction = w.corrected_at.contains({w.row_of[k], w.col_of[k]});
      // A column of averages or rates beside amounts that add: its total
      // row's figure is worked out from theirs, not added (a council tax
      // table's Band D under its precepts and tax bases).
      if (by_row && !by_column && !by_correction) {
        if (std::string why = rate_not_sum(g, w.row_of[k], w.col_of[k]); !why.empty()) {
          rates[w.row_of[k]].emplace_back(w.col_of[k], std::move(why));
          continue;
        }
      }
      if (!by_column && !by_row && !by_correction && !carried_slip.contains(k)) {
        dropped[w.row_of[k]].push_back(w.col_of[k]);
        continue;
      }
    }
    found.push_back(std::move(w.found[k]));
    above.push_back(w.above[k]);
    by_formula.push_back(w.by_formula[k]);
    row_of.push_back(w.row_of[k]);
    col_of.push_back(w.col_of[k]);
  }
  w.found = std::move(found);
  w.above = std::move(above);
  w.by_formula = std::move(by_formula);
  w.row_of = std::move(row_of);
  w.col_of = std::move(col_of);
  for (auto &[row, cols] : dropped) {
    // Say what the row's other columns did. Agreeing only to their
    // rounding, they tell how their own columns add, and this one's only
    // where both name periods (not a rate beside amounts).
    std::string others = "its other columns do not confirm the reading";
    if (std::all_of(cols.begin(), cols.end(), [&](std::size_t c) { return constant_column(g, c); }))
      others = "the column holds one figure throughout, so nothing shows that it adds";
    else if (row_tally[row].second > 1)
      others =
          "the row is off in " + std::to_string(row_tally[row].second) + " columns, so it does not confirm the reading";
    else if (row_near[row] > 0)
      others = "its other columns agree with their rows only to their rounding, which confirms what this one adds "
               "only where both columns name periods";
    else if (row_totals[row] == 1)
      others = "the row has no other column to confirm the reading";
    out.doubtful.push_back(row_set_aside(g, v, row, cols,
                                         total_row_name(g, row) + " agrees with no reading of the rows above it in " +
                                             plural(cols.size(), "column", "columns") +
                                             " where no other total in the column adds up and " + others +
                                             ", so what it adds there is not known"));
  }
  for (auto &[row, cols] : rates)
    for (auto &[col, why] : cols)
      out.doubtful.push_back(row_set_aside(
          g, v, row, {col},
          concat(total_row_name(g, row), why, ", not an amount to add, so it was not checked as a total")));
  for (auto &[row, cols] : maybe_line) {
    auto [line, by] = *w.named_lines.begin();
    out.doubtful.push_back(row_set_aside(g, v, row, cols,
                                         total_row_name(g, row) + " agrees with no reading of the rows above it in " +
                                             plural(cols.size(), "column", "columns") +
                                             ", and the table names lines as totals (" + quoted(g.names[line]) +
                                             " is one of the lines " + quoted(g.names[by]) +
                                             " adds), so it may be a line: it was not checked as a total"));
  }
  for (std::size_t row : w.top_not_believed) {
    std::vector<std::size_t> cols;
    for (std::size_t c = 0; c < g.cols.size(); ++c)
      if (g.cells[row][c] && !g.cells[row][c]->nil) cols.push_back(c);
    if (!cols.empty())
      out.doubtful.push_back(row_set_aside(g, v, row, cols,
                                           total_row_name(g, row) +
                                               " is named as a total at the top of the table, but the rows under it "
                                               "do not add up to it, so it was not checked as a total"));
  }
  for (auto &[row, cols] : lone)
    out.doubtful.push_back(row_set_aside(
        g, v, row, cols,
        total_row_name(g, row) + " is named as a total but has at most one figure above it to add in " +
            plural(cols.size(), "column", "columns") + " and differs from it, so it is read as a line of its own"));
}
} // namespace

namespace {
// The walk, and again with what it found of how the table writes its
// subtotals (the labels of rows adding up the block above them; blocks
// ending in their subtotals), so that a subtotal written the same way with
// one figure wrong ("Gross Expenditure", "Long Term Assets") is read as the
// subtotal it is and its wrong figure reported, not taken for one more row.
//
// The second reading stands only where it accuses no more totals than the
// first, the subtotals it read on the hints aside: a block's last line that
// adds up the lines above it in one column by chance, read as a subtotal
// gone wrong, leaves the grand total that counts it as a line wrong too,
// where the first reading explained every total.
//
// One block ending in its subtotal is a weaker hint than two. Where the
// first reading left a total unexplained, each block's last line that adds
// it up in one column and is off in one other is tried as the subtotal it
// may be (one, or a few together): a subtotal wrong in one column, read as
// a line, makes the grand total over it wrong in every column; read as a
// subtotal, the grand total agrees and the wrong figure is the subtotal's.
// Such a reading stands only where it accuses fewer totals than any other,
// and than the first: two readings that explain as much are two structures.
std::size_t totals_off(const Walk &w, const std::set<std::size_t> &except) {
  std::size_t n = 0;
  for (std::size_t k = 0; k < w.found.size(); ++k)
    n += !except.contains(w.row_of[k]) && agreeing_reading(w.found[k]) == nullptr && !near_own_reading(w.found[k]);
  return n;
}

Walk walk_rows(const Region &g, const SheetView &v, const std::vector<bool> &use, const WrongAcross &across) {
  Walk w = RowInference(g, v, use, across).run();
  const std::size_t first_off = totals_off(w, {});
  if (!w.figure_subtotals.empty() || w.block_subtotals >= 2) {
    Hints h{std::move(w.figure_subtotals), w.block_subtotals >= 2, {}};
    Walk second = RowInference(g, v, use, across, &h).run();
    if (totals_off(second, second.hinted) > first_off) return w;
    // Its subtotals read on the first walk's hints are the first walk's
    // findings, corrections and all.
    second.corrected.insert(w.corrected.begin(), w.corrected.end());
    second.corrected_at.insert(w.corrected_at.begin(), w.corrected_at.end());
    return second;
  }
  // Three candidates at most: seven readings of the table.
  constexpr std::size_t kMaxCandidates = 3;
  // An unlabelled subtotal found by adds_block_above (a block's last, right
  // above the grand total) is such a block too: with 'Total Adults' and
  // 'Total Children' written as blank labels, the first block's subtotal
  // wrong in one column was a line, and the grand total over it wrong.
  if (w.block_subtotals + w.unnamed_subtotals != 1 || first_off == 0 || w.partial.empty() ||
      w.partial.size() > kMaxCandidates)
    return w;
  std::optional<Walk> best;
  std::size_t best_off = first_off, ties = 0;
  for (std::size_t mask = 1; mask < (std::size_t{1} << w.partial.size()); ++mask) {
    Hints h;
    for (std::size_t k = 0; k < w.partial.size(); ++k)
      if (mask & (std::size_t{1} << k)) h.subtotal_rows.insert(w.partial[k]);
    Walk tried = RowInference(g, v, use, across, &h).run();
    const std::size_t off = totals_off(tried, tried.hinted);
    if (off < best_off) {
      best = std::move(tried);
      best_off = off;
      ties = 1;
    } else if (best && off == best_off) {
      ++ties;
    }
  }
  if (!best || ties != 1) return w;
  return std::move(*best);
}
} // namespace

namespace {
// A label the table gives a row in block after block ("Class 100 Total" under
// each department's headcount), named as a total, that agrees with no reading
// of the rows above it at any of them (no figure not zero agrees, or comes
// near): a line of its own each time, not a total wrong in every block. Its
// totals are taken out of those checked and said unchecked, one block a row.
void set_aside_recurring_lines(const Region &g, const SheetView &v, Walk &w, Inferred &out) {
  std::map<std::string, std::set<std::size_t>> rows_of; // label -> rows with totals below their rows
  for (std::size_t k = 0; k < w.found.size(); ++k) {
    std::size_t row = w.row_of[k];
    if (w.above[k] || g.row_total[row] == TotalWord::None) continue;
    std::string label = normalise_label(g.labels[row]);
    if (!label.empty()) rows_of[label].insert(row);
  }
  std::set<std::size_t> lines;
  for (auto &[label, rows] : rows_of) {
    if (rows.size() < 2) continue;
    bool agrees = false;
    for (std::size_t k = 0; k < w.found.size() && !agrees; ++k) {
      const StatedTotal &s = w.found[k];
      agrees = rows.contains(w.row_of[k]) &&
               (w.above[k] || w.by_formula[k] || (!s.stated.is_zero() && (agreeing_reading(s) || near_own_reading(s))));
    }
    if (!agrees) lines.insert(rows.begin(), rows.end());
  }
  if (lines.empty()) return;
  std::map<std::size_t, std::vector<std::size_t>> cols_of; // row -> columns
  w.keep_found([&](std::size_t k) {
    if (!lines.contains(w.row_of[k])) return true;
    const StatedTotal &s = w.found[k];
    if (same_at_precision(s.stated, s.readings[0].sum, s.noise, s.readings[0].parts.size())) {
      --w.explained;
      --w.explained_below;
    }
    cols_of[w.row_of[k]].push_back(w.col_of[k]);
    return false;
  });
  for (auto &[row, cols] : cols_of)
    out.doubtful.push_back(row_set_aside(
        g, v, row, cols,
        quoted(g.names[row]) + " is named as a total in " +
            std::to_string(rows_of[normalise_label(g.labels[row])].size()) +
            " rows of the table and in none of them does a figure of it other than zero agree with a reading of "
            "the rows above it, so it is read as a line of its own, not checked as a total"));
}
} // namespace

namespace {
// Columns (indexes into g.cols) that the totals already found add up, in
// more of them than not and two at least: a Total column adding the
// months across, its figure agreeing row after row, says each month is an
// amount, whatever the month's own total rows say.
std::vector<bool> added_across(const Region &g, const std::vector<StatedTotal> &found) {
  std::vector<std::size_t> agree(g.cols.size(), 0), off(g.cols.size(), 0);
  for (const StatedTotal &s : found) {
    if (s.readings.empty() || s.readings.front().parts.size() < 2) continue;
    const bool adds = agreeing_reading(s) != nullptr || near_own_reading(s);
    for (const CellRef &p : s.readings.front().parts) {
      auto it = std::find(g.cols.begin(), g.cols.end(), p.col);
      if (it == g.cols.end()) continue;
      auto c = std::size_t(it - g.cols.begin());
      (adds ? agree : off)[c]++;
    }
  }
  std::vector<bool> out(g.cols.size());
  for (std::size_t c = 0; c < g.cols.size(); ++c) out[c] = agree[c] >= 2 && agree[c] > off[c];
  return out;
}

// A column whose totals all disagree because one of them is wrong: taken
// at what its own rows add up to, that total makes every other total of the
// column agree, one of them at least adding it (a block's subtotal typed
// wrong puts out the grand total over it too). The column adds up; its
// wrong total is an error, not a sign of figures that are no amounts (a
// median or a rate adds up nowhere, however one of its totals is taken).
bool adds_once_one_total_is_corrected(const Walk &w, std::size_t c) {
  std::vector<std::size_t> mine;
  for (std::size_t k = 0; k < w.found.size(); ++k)
    if (w.col_of[k] == c && !w.found[k].total_column && !w.found[k].readings.empty()) mine.push_back(k);
  if (mine.size() < 2) return false;
  for (std::size_t wrong : mine) {
    const StatedTotal &bad = w.found[wrong];
    const Money correction = bad.readings.front().sum - bad.stated;
    bool adds_it = false, all_agree = true;
    for (std::size_t k : mine) {
      if (k == wrong) continue;
      const StatedTotal &s = w.found[k];
      const Reading &r = s.readings.front();
      const bool holds = std::find(r.parts.begin(), r.parts.end(), bad.cell) != r.parts.end();
      adds_it = adds_it || holds;
      all_agree = all_agree && same_at_precision(s.stated, holds ? r.sum + correction : r.sum, s.noise, r.parts.size());
    }
    if (adds_it && all_agree) return true;
  }
  return false;
}

// Whether `stated` is the mean of `xs` weighted by `ws` (all 1: the plain
// mean) to the decimals it is written with: the mean rounds to it. Exact,
// in 128-bit integers (no sum in floating point); false for figures too
// large to multiply so.
bool is_weighted_mean(Money stated, int decimals, const std::vector<Money> &xs, const std::vector<Money> &ws) {
  constexpr std::int64_t kLimit = 1'000'000'000'000'000; // |figure| in kScale units, so products fit
  __int128 num = 0, den = 0;
  for (std::size_t i = 0; i < xs.size(); ++i) {
    const std::int64_t x = xs[i].pence(), w = ws[i].pence();
    if (x > kLimit || x < -kLimit || w <= 0 || w > kLimit) return false;
    num += __int128(x) * w;
    den += w;
  }
  if (den == 0 || decimals < 0 || decimals > 4) return false;
  std::int64_t step = kScale;
  for (int d = 0; d < decimals; ++d) step /= 10;
  // |mean - stated| <= step / 2, without dividing: |num - stated * den| * 2 <= step * den.
  __int128 diff = num - __int128(stated.pence()) * den;
  if (diff < 0) diff = -diff;
  return diff * 2 <= __int128(step) * den;
}

// What a column's one Total-row figure is, where it is no sum of its lines
// but a figure that summarises them.
enum class LineSummary { None, Mean, Highest, Lowest };

// A column with one total row whose figure there is the mean of the
// column's lines (five figures at least), plain or weighted by another
// column of the table, to the decimals it is written with, short of their
// sum, where another column's total on that row adds up: an average (a
// loan list's years to maturity weighted by principal), not an amount to
// add. So is one that is exactly the highest or the lowest of four lines
// or more that are not all the same (a 'Highest day rate' beside the spend
// and the days, with no average column to show it is a rate). Only a
// figure that IS such a mean or extreme: a wrong total that merely lies
// inside the lines' range (a dropped digit, 125 for 1,248) stays an error.
LineSummary summarises_its_lines(const Region &g, const SheetView &v, const Walk &w, std::size_t c) {
  std::optional<std::size_t> mine;
  for (std::size_t k = 0; k < w.found.size(); ++k) {
    if (w.col_of[k] != c || w.found[k].total_column) continue;
    if (mine || w.found[k].readings.empty()) return LineSummary::None;
    mine = k;
  }
  if (!mine) return LineSummary::None;
  const StatedTotal &s = w.found[*mine];
  if (agreeing_reading(s)) return LineSummary::None; // some reading of it adds up
  const Reading &r = s.readings.front();
  const std::size_t row = w.row_of[*mine];
  // A figure worked out by a formula is judged by its formula; one that is
  // a rate or a quotient of two other figures of its row (a Band D, the
  // precept over the tax base) is said as such (rate_not_sum).
  auto [b, e] = v.row(g.rows[row]);
  const Cell *cell = SheetView::in_row({b, e}, g.cols[c]);
  if (!cell || cell->formula || !g.cells[row][c] || !rate_not_sum(g, row, c).empty()) return LineSummary::None;
  // Lines all above nothing: with a line below nothing, a sum may lie
  // anywhere between them.
  std::vector<Money> values;
  std::vector<std::size_t> line_rows;
  for (const CellRef &part : r.parts) {
    auto i = row_of(g, part.row);
    if (!i || !g.cells[*i][c] || g.cells[*i][c]->nil) continue;
    if (g.cells[*i][c]->value.pence() <= 0) return LineSummary::None;
    values.push_back(g.cells[*i][c]->value);
    line_rows.push_back(*i);
  }
  if (values.size() < 4 || s.stated == r.sum || s.stated.abs() >= r.sum.abs()) return LineSummary::None;
  const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
  if (s.stated < *lo || s.stated > *hi) return LineSummary::None;
  // An extreme only under a heading that names one or a rate: a Total typed
  // as its largest line (a line copied down) in a money column stays wrong.
  LineSummary kind = LineSummary::None;
  if (*lo != *hi && names_extreme_or_rate(normalise_label(g.col_names[c]))) {
    if (s.stated == *hi) kind = LineSummary::Highest;
    if (s.stated == *lo) kind = LineSummary::Lowest;
  }
  if (kind == LineSummary::None && values.size() < 5) return LineSummary::None;
  const int decimals = g.cells[row][c]->decimals;
  bool mean = kind != LineSummary::None ||
              is_weighted_mean(s.stated, decimals, values, std::vector<Money>(values.size(), Money::from_pence(1)));
  for (std::size_t o = 0; o < g.cols.size() && !mean; ++o) {
    if (o == c) continue;
    std::vector<Money> weights;
    for (std::size_t i : line_rows) {
      if (!g.cells[i][o] || g.cells[i][o]->nil) break;
      weights.push_back(g.cells[i][o]->value);
    }
    mean = weights.size() == values.size() && is_weighted_mean(s.stated, decimals, values, weights);
  }
  if (!mean) return LineSummary::None;
  if (kind == LineSummary::None) kind = LineSummary::Mean;
  // Every other column's total on the same row adds up, one at least: a
  // row off in two columns or more does not confirm its reading.
  std::size_t others = 0;
  for (std::size_t k = 0; k < w.found.size(); ++k) {
    if (k == *mine || w.row_of[k] != row || w.found[k].total_column) continue;
    if (!agreeing_reading(w.found[k])) return LineSummary::None;
    ++others;
  }
  return others > 0 ? kind : LineSummary::None;
}

// A column named as a period ("Aug 31") beside another so named whose
// totals add up: the same kind of figures, an amount to add. One wrong
// total in it, or a subtotal wrong under a grand total, may leave it adding
// up nowhere; its figures are the month's amounts still.
bool period_like_one_that_adds(const Region &g, const std::vector<ColumnStats> &cols, std::size_t c) {
  if (!names_period(g.col_names[c])) return false;
  for (std::size_t o = 0; o < g.cols.size(); ++o)
    if (o != c && cols[o].explained > 0 && names_period(g.col_names[o])) return true;
  return false;
}
} // namespace

namespace {
// A running total down the column beside it (a 'Cumulative total' of the
// payments, believed: its arithmetic holds along the lines) says what a
// Total row under the lines adds: its figure on the last line, exact, is the
// sum of the lines the total's own reading adds. The lines' sum is then
// known twice over, and a Total stating another figure is wrong, as one
// under a formula naming its rows is (formula_says).
bool running_total_says(const StatedTotal &s, const std::vector<Relation> &relations) {
  if (s.readings.empty() || s.readings.front().parts.size() < 2) return false;
  const Reading &own = s.readings.front();
  const CellRef last = *std::max_element(own.parts.begin(), own.parts.end());
  return std::any_of(relations.begin(), relations.end(), [&](const Relation &r) {
    if (!r.cumulative || r.stated != r.value || r.stated != own.sum) return false;
    return std::any_of(r.terms.begin(), r.terms.end(), [&](const auto &t) { return t.first == last; });
  });
}
} // namespace

void infer_total_rows(const Region &g, const SheetView &v, Inferred &out) {
  std::vector<bool> use(g.cols.size(), true);
  WrongAcross across = wrong_across(g, out.totals);
  // A column kept aside as a total wrong in two rows (infer_total_columns)
  // is one where the walk, taking its two rows as wrong, corrects each in
  // one figure to make a subtotal agree in every column: the rows' errors
  // are then what keeps the block from adding up, seen in both directions.
  // Otherwise it is no total column, and the walk is made without it.
  std::vector<StatedTotal> tentative = std::move(out.tentative_columns);
  out.tentative_columns.clear();
  bool confirmed = false;
  if (!tentative.empty()) {
    const WrongAcross wrong = wrong_across(g, tentative);
    WrongAcross wider = across;
    wider.insert(wrong.begin(), wrong.end());
    const Walk trial = walk_rows(g, v, use, wider);
    confirmed = !wrong.empty() && std::all_of(wrong.begin(), wrong.end(),
                                              [&](const auto &e) { return trial.corrected.contains(e.first.first); });
    if (confirmed) across = std::move(wider);
  }
  Walk w = walk_rows(g, v, use, across);
  // A column whose totals add up nowhere (two or more tried) while other
  // columns' do is not an amount to add: left out, and said so. Not one a
  // total column adds up, nor a period's column beside periods that add up.
  bool some_explained = std::any_of(w.cols.begin(), w.cols.end(), [](auto &c) { return c.explained > 0; });
  std::vector<std::size_t> dropped;
  std::map<std::size_t, LineSummary> averaged;   // of those, columns whose one total is a mean or extreme of its lines
  const std::vector<ColumnStats> tried = w.cols; // before the columns left out are read again without them
  if (some_explained) {
    const std::vector<bool> across = added_across(g, out.totals);
    for (std::size_t c = 0; c < g.cols.size(); ++c) {
      if (across[c] || period_like_one_that_adds(g, w.cols, c)) continue;
      // A column a subtotal adds once its rows' errors are corrected adds up.
      const bool corrected =
          std::any_of(w.corrected_at.begin(), w.corrected_at.end(), [&](auto &at) { return at.second == c; });
      if (w.cols[c].tested >= 2 && w.cols[c].explained == 0 && !corrected && !adds_once_one_total_is_corrected(w, c)) {
        use[c] = false;
        dropped.push_back(c);
      } else if (w.cols[c].tested == 1 && w.cols[c].explained == 0 && !corrected) {
        const LineSummary kind = summarises_its_lines(g, v, w, c);
        if (kind == LineSummary::None) continue;
        use[c] = false;
        dropped.push_back(c);
        averaged.emplace(c, kind);
      }
    }
  }
  if (!dropped.empty()) w = walk_rows(g, v, use, across);
  for (std::size_t k = 0; k < w.found.size(); ++k) {
    if (w.above[k] || w.by_formula[k] || g.row_total[w.row_of[k]] == TotalWord::None) continue;
    if (!running_total_says(w.found[k], out.relations)) continue;
    w.by_formula[k] = true;
    const StatedTotal &s = w.found[k];
    if (!same_at_precision(s.stated, s.readings[0].sum, s.noise, s.readings[0].parts.size())) {
      ++w.explained;
      ++w.explained_below;
    }
  }
  // Totals below their rows are believed only with evidence: some total
  // below in the table adds up exactly (a row above its rows is believed
  // on its own evidence, and tells nothing of the totals under the table).
  std::optional<std::size_t> first_plain;
  // A named total agreeing to its rounding counts as one that agrees.
  bool near_below = false;
  for (std::size_t k = 0; k < w.found.size() && !near_below; ++k) near_below = agrees_by_rounding(g, w, k);
  if (w.any_below && w.explained_below == 0 && !near_below && !plain_list_total(g, v)) {
    first_plain = first_plain_total(g, v);
    UncheckedBlock b;
    b.sheet = v.sheet().name;
    b.first = CellRef{g.rows[first_plain ? *first_plain + 1 : 0], g.cols.front()};
    b.last = CellRef{g.rows.back(), g.cols.back()};
    b.figures = g.figures;
    if (first_plain) {
      b.figures = 0;
      for (std::size_t i = *first_plain + 1; i < g.rows.size(); ++i) b.figures += g.cells[i][0] && !g.cells[i][0]->nil;
    }
    // The first plain total is checked, not in this block: its name out
    // of the list once (a second total of the same name is still here).
    if (first_plain) {
      auto at = std::find(w.unexplained_names.begin(), w.unexplained_names.end(), quoted(g.labels[*first_plain]));
      if (at != w.unexplained_names.end()) w.unexplained_names.erase(at);
    }
    std::string names;
    for (std::size_t k = 0; k < w.unexplained_names.size() && k < 3; ++k)
      names += (k ? ", " : "") + w.unexplained_names[k];
    if (first_plain && names.empty()) {
      // No row under it is read as a total: its lines are all there is. A
      // line named as a result (a balance carried forward) is left to the
      // relation or the account of result lines, which say it once.
      b.figures = 0;
      std::optional<std::size_t> last;
      for (std::size_t i = *first_plain + 1; i < g.rows.size(); ++i) {
        if (names_result_line(normalise_label(g.labels[i])) || !g.cells[i][0] || g.cells[i][0]->nil) continue;
        ++b.figures;
        last = i;
      }
      if (last) {
        b.last.row = g.rows[*last];
        b.why = concat("the lines under ", quoted(trim(g.names[*first_plain])),
                       " add up to no total read there, so they were not checked");
        out.doubtful.push_back(std::move(b));
      }
    } else {
      b.why = "rows read as totals" + (names.empty() ? std::string() : " (" + names + ")") +
              " agree with no reading of the rows above them, so the table's structure is not known";
      b.totals_unchecked = true;
      out.doubtful.push_back(std::move(b));
    }
    // The totals above their rows stay, with what is known of each, and
    // the first plain list's total.
    w.keep_found([&](std::size_t k) { return w.above[k] || (first_plain && w.row_of[k] == *first_plain); });
    w.explained -= w.explained_below;
  }
  bool plain = first_plain || plain_list_total(g, v);
  set_aside_recurring_lines(g, v, w, out);
  if (!plain) confirm_columns(g, v, w, out);
  if (w.found.empty() || (w.explained == 0 && !plain && !near_below)) return;
  for (std::size_t c : dropped) {
    UncheckedBlock b;
    b.sheet = v.sheet().name;
    b.first = CellRef{g.rows.front(), g.cols[c]};
    b.last = CellRef{g.rows.back(), g.cols[c]};
    for (auto &row : g.cells) b.figures += row[c] && !row[c]->nil;
    std::string name =
        g.col_names[c].empty() ? "column " + column_name(g.cols[c]) : "the column " + quoted(g.col_names[c]);
    const auto summary = averaged.find(c);
    if (summary != averaged.end() && summary->second == LineSummary::Mean)
      b.why = name + " does not add up in its total row where the other columns do: the Total row's figure lies "
                     "between the column's smallest and largest line, as an average does, so it was not checked";
    else if (summary != averaged.end())
      b.why = concat(name, " does not add up in its total row where the other columns do: the Total row's figure is ",
                     summary->second == LineSummary::Highest ? "the highest" : "the lowest",
                     " of the column's lines, as a maximum or minimum is, so it was not checked");
    else
      b.why = name + " adds up in none of the " + plural(tried[c].tested, "total row", "total rows") +
              " where the other columns do (a minimum, average or rate, not an amount to add)";
    out.doubtful.push_back(std::move(b));
  }
  // A total below its rows whose own reading is one total above it, of the
  // other sign, and that no reading explains: a sum of one total is that
  // total, so it is no sum of it (a "Total Council Tax requirement" under
  // "Total sources of finance": the budget less its funding, a balance).
  // Set aside, said so, not accused.
  std::map<std::size_t, std::vector<std::size_t>> lone_cols; // by row, indexes into g.rows and g.cols
  std::map<std::size_t, std::size_t> lone_under;             // by row: the total it would add
  // So is one that a row of its reading says how to read: a deduction
  // ("Less cheques not presented") taken off, or a running total ("Income
  // plus bank balance b/f") with only the rows from it on, as a receipts and
  // payments account adds; where a reading so taken explains the figure
  // ("Less Developed Regions" taken off explains nothing: a line like the
  // others, and the total is still wrong).
  std::map<std::size_t, std::vector<std::size_t>> signed_cols;
  std::map<std::size_t, std::string> signed_row;
  auto read_as_it_says = [&](const StatedTotal &s, std::size_t col) -> std::optional<std::size_t> {
    const Reading &r = s.readings.front();
    std::vector<Money> values;
    std::vector<int> how; // 1: a deduction, 2: a running total
    std::optional<std::size_t> told;
    for (const CellRef &part : r.parts) {
      auto i = row_of(g, part.row);
      if (!i || !g.cells[*i][col]) return std::nullopt;
      values.push_back(g.cells[*i][col]->value);
      std::string l = normalise_label(g.labels[*i]);
      int h = names_deduction(l) ? 1 : 0;
      if (names_worked_out_line(l, /*sum_only=*/true)) h = 2;
      how.push_back(h);
      if (h && !told) told = *i;
    }
    if (!told) return std::nullopt;
    std::size_t from = 0;
    for (std::size_t p = 0; p < how.size(); ++p)
      if (how[p] == 2) from = p;
    const Money bound = rounding_bound(s.stated, s.step, values.size());
    for (std::size_t start : {std::size_t(0), from})
      for (int sign : {1, -1}) {
        if (start == 0 && sign == 1) continue; // the plain reading: a rounding note, or wrong
        Money sum;
        for (std::size_t p = start; p < values.size(); ++p) sum += how[p] == 1 && sign < 0 ? -values[p] : values[p];
        if ((s.stated - sum).abs() <= bound) return told;
      }
    return std::nullopt;
  };
  // The one total above it that a total's reading is (none where another
  // reading explains it, or it is a grand total: a total of totals by its
  // words, whose reading over them stands).
  auto lone_reading = [&](std::size_t k) -> std::optional<std::size_t> {
    const StatedTotal &s = w.found[k];
    if (s.total_column || w.above[k] || s.readings.empty() || w.named_lines.contains(w.row_of[k])) return std::nullopt;
    if (agreeing_reading(s) || g.row_total[w.row_of[k]] == TotalWord::Grand) return std::nullopt;
    const Reading &r = s.readings.front();
    if (r.parts.size() != 1) return std::nullopt;
    auto at = row_of(g, r.parts.front().row);
    if (!at || g.row_total[*at] == TotalWord::None) return std::nullopt;
    return at;
  };
  auto sign_differs = [&](std::size_t k) {
    const StatedTotal &s = w.found[k];
    return (s.stated.pence() < 0) != (s.readings.front().sum.pence() < 0);
  };
  // The rows where that reading is of the other sign in some column: a
  // balance, not a sum of that total, in each of its columns (one figure of
  // a row is never said wrong while the row is said unchecked).
  std::set<std::size_t> balance_rows;
  for (std::size_t k = 0; k < w.found.size(); ++k)
    if (lone_reading(k) && sign_differs(k)) balance_rows.insert(w.row_of[k]);
  w.keep_found([&](std::size_t k) {
    const StatedTotal &s = w.found[k];
    if (s.total_column || w.above[k] || s.readings.empty() || w.named_lines.contains(w.row_of[k])) return true;
    if (agreeing_reading(s)) return true;
    if (auto row = read_as_it_says(s, w.col_of[k])) {
      signed_cols[w.row_of[k]].push_back(w.col_of[k]);
      signed_row.emplace(w.row_of[k], quoted(g.labels[*row]));
      return false;
    }
    auto at = lone_reading(k);
    if (!at) return true;
    // Only where the sign differs (funding negative, the requirement it
    // leaves positive), in this column or another of its row: a total near
    // its one subtotal (631 over 613) is a total of it with a figure
    // mistyped, and said so.
    if (!balance_rows.contains(w.row_of[k])) return true;
    lone_cols[w.row_of[k]].push_back(w.col_of[k]);
    lone_under[w.row_of[k]] = *at;
    return false;
  });
  for (auto &[row, cols] : signed_cols)
    out.doubtful.push_back(row_set_aside(g, v, row, cols,
                                         total_row_name(g, row) + " agrees with its rows only where " +
                                             signed_row[row] +
                                             " is read as its words say (a deduction taken off, or a running "
                                             "total the rows after it add to), a reading not known to be the "
                                             "table's, so it was not checked"));
  for (auto &[row, cols] : lone_cols)
    out.doubtful.push_back(row_set_aside(g, v, row, cols,
                                         total_row_name(g, row) + " is named as a total but its only reading is " +
                                             total_row_name(g, lone_under[row]) +
                                             " above it, which it differs from, so it was not checked (it may be "
                                             "a balance worked out from the figures above, not a sum)"));
  // A row named as a total that a total below takes for one of its lines
  // is not checked as a total: said so, with the total that reads it.
  for (auto [line, by] : w.named_lines) {
    std::vector<std::size_t> cols;
    for (std::size_t c = 0; c < g.cols.size(); ++c)
      if (use[c] && g.cells[line][c] && !g.cells[line][c]->nil) cols.push_back(c);
    if (cols.empty()) continue;
    out.doubtful.push_back(row_set_aside(
        g, v, line, cols,
        quoted(g.names[line]) + " is named as a total but agrees with no reading of the rows above it, and " +
            quoted(g.names[by]) +
            " adds up with it as one of its lines, so it is read as a line, not checked as a total",
        false));
  }
  if (confirmed)
    for (auto &s : tentative) {
      out.explained += agreeing_reading(s) != nullptr;
      out.totals.push_back(std::move(s));
    }
  out.explained += w.explained;
  for (auto &s : w.found) out.totals.push_back(std::move(s));
  for (std::size_t r : w.lines) out.lines.insert(g.rows[r]);
}

} // namespace fundbook::structure
