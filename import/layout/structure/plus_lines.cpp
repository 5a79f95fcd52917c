// A line whose label says the sum it is ("Income plus bank balance b/f",
// "Net budget plus contingency"): the two lines it names, each found above it
// by its words, add up to it. A receipts and payments account works out its
// cash so, and a figure mistyped there (17,974.81 for 14,974.81) is a real
// error no total of the rows above would show. Checked only where each
// side's words name one line for certain; else the line is left to the
// account of lines no check covers.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/concat.hpp"
#include "import/layout/structure/infer.hpp"
#include "import/layout/structure/total_words.hpp"
#include "import/layout/vocabulary.hpp"

namespace fundbook::structure {

namespace {
// What a label names, as one key: its words sorted, without the small words
// between them ("as at", "the", "of") nor the total words ('TOTAL INCOME'
// names income). Empty where no word names a subject (only numbers, or
// nothing but total words).
std::set<std::string> subject_words(std::string_view label, bool &telling);

std::string subject_key(std::string_view label) {
  bool telling = false;
  const std::set<std::string> words = subject_words(label, telling);
  if (!telling) return {};
  std::string key;
  for (const std::string &w : words) key += concat(key.empty() ? "" : "\x1f", w);
  return key;
}

std::set<std::string> subject_words(std::string_view label, bool &telling) {
  static const std::set<std::string, std::less<>> kSmall = {"a",   "an",    "the",      "of",       "as",    "at",
                                                            "to",  "and",   "&",        "for",      "total", "totals",
                                                            "sub", "grand", "subtotal", "sub-total"};
  std::set<std::string> words;
  telling = false; // a word of three letters or more with a letter in it
  std::size_t p = 0;
  while (p < label.size()) {
    std::size_t e = label.find(' ', p);
    if (e == std::string_view::npos) e = label.size();
    std::string w(label.substr(p, e - p));
    while (!w.empty() && (w.back() == ':' || w.back() == ',' || w.back() == '.')) w.pop_back();
    if (!w.empty() && !kSmall.contains(w)) {
      telling =
          telling || (w.size() >= 3 && std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }));
      words.insert(std::move(w));
    }
    p = e + 1;
  }
  return words;
}

// The region's rows by what their labels name, each list ascending: a plus
// line's sides are looked up, not matched against every row above.
using RowsBySubject = std::map<std::string, std::vector<std::size_t>, std::less<>>;

RowsBySubject rows_by_subject(const Region &g) {
  RowsBySubject out;
  for (std::size_t k = 0; k < g.rows.size(); ++k)
    if (std::string key = subject_key(normalise_label(g.labels[k])); !key.empty()) out[key].push_back(k);
  return out;
}

// The one line above row `at` that names exactly what `side` names ('TOTAL
// INCOME' or 'Income' for "income"; not 'Other income' nor 'Total investment
// income', which name more): the nearest named as a total where there is
// one, else the only such line, or none.
std::optional<std::size_t> named_line(const Region &g, const RowsBySubject &rows, std::size_t at,
                                      std::string_view side_label) {
  const std::string side = subject_key(side_label);
  auto it = rows.find(side);
  if (side.empty() || it == rows.end()) return std::nullopt;
  const std::vector<std::size_t> &same = it->second;
  const auto above = std::lower_bound(same.begin(), same.end(), at); // rows before `at`
  std::optional<std::size_t> found;
  for (auto k = above; k != same.begin() && !found;) {
    --k;
    if (g.row_total[*k] != TotalWord::None) found = *k;
  }
  if (!found && above - same.begin() == 1) found = same.front();
  if (!found) return std::nullopt;
  // A total between it and the plus line that names more of the same
  // ('Total investment income' under 'TOTAL INCOME', for "income") may be
  // counted in the side as well: which the words mean is not known.
  bool telling = false;
  const std::set<std::string> side_words = subject_words(side_label, telling);
  for (std::size_t k = *found + 1; k < at; ++k) {
    if (g.row_total[k] == TotalWord::None) continue;
    const std::set<std::string> w = subject_words(normalise_label(g.labels[k]), telling);
    if (std::includes(w.begin(), w.end(), side_words.begin(), side_words.end())) return std::nullopt;
  }
  return found;
}

struct PlusLine {
  std::size_t row, a, b; // region rows: the line and the two it names
};

// A total below a plus line whose reading counts the plus line's figure as
// it is written: where that figure is wrong, every such reading is wrong by
// as much, and the total is accused for the plus line's error. A reading
// from the plus line on, with the plus line's figure as its two lines add
// (and lines named as deductions taken off, or not), is the one the account
// itself works by ("Income plus balance b/f", "Less cheques not presented",
// "Sub Total"); where it explains the total, it is the total's reading.
void read_totals_below(const Region &g, const PlusLine &pl, Inferred &out) {
  auto name = [&](std::size_t i) { return quoted(std::string(trim(g.names[i]))); };
  for (StatedTotal &st : out.totals) {
    if (st.total_column || st.readings.empty() || st.cell.row <= g.rows[pl.row] || agreeing_reading(st)) continue;
    const auto col = col_of(g, st.cell.col);
    if (!col) continue;
    const std::size_t c = *col;
    const CellRef plus_cell{g.rows[pl.row], st.cell.col};
    const Reading &first = st.readings.front();
    auto from = std::find(first.parts.begin(), first.parts.end(), plus_cell);
    if (from == first.parts.end()) continue;
    const auto &x = g.cells[pl.a][c];
    const auto &y = g.cells[pl.b][c];
    if (!x || !y) continue;
    Reading r;
    r.parts = {CellRef{g.rows[pl.a], st.cell.col}, CellRef{g.rows[pl.b], st.cell.col}};
    Money plain = x->value + y->value, signed_sum = plain;
    std::vector<std::string> less;
    bool readable = true;
    for (auto p = std::next(from); p != first.parts.end() && readable; ++p) {
      auto i = row_of(g, p->row);
      if (!i || !g.cells[*i][c]) {
        readable = false;
        break;
      }
      const Money v = g.cells[*i][c]->value;
      plain += v;
      const bool deduction = names_deduction(normalise_label(g.labels[*i]));
      signed_sum += deduction ? -v : v;
      if (deduction) less.push_back(name(*i));
      r.parts.push_back(*p);
    }
    if (!readable) continue;
    for (bool take_off : {true, false}) {
      if (!take_off && less.empty()) continue;
      const Money sum = take_off ? signed_sum : plain;
      if (!same_at_precision(st.stated, sum, st.noise, r.parts.size())) continue;
      r.sum = sum;
      r.name = concat(name(pl.a), " plus ", name(pl.b), " (as ", name(pl.row), " says)");
      if (r.parts.size() > 2)
        r.name += take_off && !less.empty() ? ", less the lines after it," : " and the lines after it";
      st.readings.push_back(std::move(r));
      ++out.explained;
      break;
    }
  }
}

// Whether a label as written has "plus" in it, in any case.
bool says_plus(std::string_view label) {
  auto is = [](char c, char lower) { return c == lower || c == char(lower - 32); };
  for (std::size_t p = 0; p + 4 <= label.size(); ++p)
    if (is(label[p], 'p') && is(label[p + 1], 'l') && is(label[p + 2], 'u') && is(label[p + 3], 's')) return true;
  return false;
}
} // namespace

void infer_plus_lines(const Region &g, Inferred &out) {
  std::vector<PlusLine> plus_lines;
  std::set<CellRef> stated;
  for (const StatedTotal &st : out.totals) stated.insert(st.cell);
  std::optional<RowsBySubject> subjects; // made once, where a label says "plus"
  for (std::size_t i = 0; i < g.rows.size(); ++i) {
    if (!says_plus(g.labels[i])) continue; // most labels: no copy made
    const std::string l = normalise_label(g.labels[i]);
    const auto sides = plus_sides(l);
    if (!sides) continue;
    if (!subjects) subjects = rows_by_subject(g);
    const auto a = named_line(g, *subjects, i, sides->first), b = named_line(g, *subjects, i, sides->second);
    if (!a || !b || *a == *b) continue;
    plus_lines.push_back({i, *a, *b});
    for (std::size_t c = 0; c < g.cols.size(); ++c) {
      const auto &st = g.cells[i][c];
      const auto &x = g.cells[*a][c];
      const auto &y = g.cells[*b][c];
      const CellRef cell{g.rows[i], g.cols[c]};
      if (!st || st->nil || !x || !y || stated.contains(cell)) continue;
      StatedTotal s;
      s.cell = cell;
      s.stated = st->value;
      s.step = Money::from_pence(g.col_step[c]);
      s.noise = g.col_noise[c];
      s.what = concat("'", trim(g.names[i]), "'",
                      g.col_names[c].empty() ? concat(" in column ", column_name(g.cols[c]))
                                             : concat(" for '", g.col_names[c], "'"));
      Reading r;
      r.name = concat("'", trim(g.names[*a]), "' plus '", trim(g.names[*b]), "', as its label says,");
      r.parts = {CellRef{g.rows[*a], g.cols[c]}, CellRef{g.rows[*b], g.cols[c]}};
      r.sum = x->value + y->value;
      if (same_at_precision(s.stated, r.sum, s.noise, r.parts.size())) ++out.explained;
      s.readings.push_back(std::move(r));
      out.totals.push_back(std::move(s));
    }
  }
  for (const PlusLine &pl : plus_lines) read_totals_below(g, pl, out);
}

} // namespace fundbook::structure
