// Rows whose labels say how they are worked out from the table's numbered
// lines, as revenue outturn forms write them: "TOTAL SERVICE EXPENDITURE
// (total of lines 1 to 9)", "NET CURRENT EXPENDITURE (lines 10 minus 11)",
// "line 16 minus lines 17 and 18", "lines 30 + 31 - 32". The lines are
// found by the numbers in the table's line-number column, so the row is
// checked against what its label states, not against a reading by place
// (by place, a net line after a total and a grant reads as one more total).
//
// The label is the evidence, so it is believed only where the numbering
// bears it out: some stated figure of the table agrees with its label's
// arithmetic, every line it names is numbered once in the table, and a row
// is not wrong in every column at once (a label whose line numbers are a
// different form's). Otherwise the row is said unchecked, with why.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "core/concat.hpp"
#include "import/layout/structure/infer.hpp"

namespace fundbook::structure {

namespace {
enum class Tok { Number, Word, Plus, Dash, Comma, End, Other };

struct Token {
  Tok kind;
  std::int64_t number = 0;
  std::string word;
  bool spaced = true; // a dash with a space on either side
};

Token tok(Tok kind, std::int64_t number = 0, std::string word = {}, bool spaced = true) {
  return Token{kind, number, std::move(word), spaced};
}

// Up to the close of the note it opens (")" or "]"), or the label's end.
std::vector<Token> tokens(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ') {
      ++i;
    } else if (c >= '0' && c <= '9') {
      std::int64_t n = 0;
      std::size_t d = 0;
      for (; i < s.size() && s[i] >= '0' && s[i] <= '9' && d < 9; ++i, ++d) n = n * 10 + (s[i] - '0');
      bool whole = !(i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.'));
      out.push_back(tok(whole ? Tok::Number : Tok::Other, n));
      if (!whole) break;
    } else if (c >= 'a' && c <= 'z') {
      std::size_t b = i;
      while (i < s.size() && s[i] >= 'a' && s[i] <= 'z') ++i;
      out.push_back(tok(Tok::Word, 0, std::string(s.substr(b, i - b))));
    } else if (c == '+' || c == '&') {
      out.push_back(tok(c == '+' ? Tok::Plus : Tok::Word, 0, c == '&' ? "and" : ""));
      ++i;
    } else if (c == '-' || s.substr(i, 3) == "\xe2\x80\x93") { // a hyphen or an en dash
      bool before = i > 0 && s[i - 1] == ' ';
      i += c == '-' ? 1 : 3;
      bool after = i < s.size() && s[i] == ' ';
      out.push_back(tok(Tok::Dash, 0, "", before || after));
    } else if (c == ',') {
      out.push_back(tok(Tok::Comma));
      ++i;
    } else if (c == ')' || c == ']' || c == ';') {
      break;
    } else {
      out.push_back(tok(Tok::Other));
      break;
    }
  }
  out.push_back(tok(Tok::End));
  return out;
}

// Where the label names a line by its number ("line 10", "lines 1 to 9").
std::optional<std::size_t> first_line_reference(std::string_view s) {
  for (std::size_t p = s.find("line"); p != std::string_view::npos; p = s.find("line", p + 1)) {
    if (p > 0 && std::isalpha(static_cast<unsigned char>(s[p - 1]))) continue;
    std::size_t q = p + 4;
    if (q < s.size() && s[q] == 's') ++q;
    if (q + 1 < s.size() && s[q] == ' ' && s[q + 1] >= '0' && s[q + 1] <= '9') return p;
  }
  return std::nullopt;
}

std::string show_terms(const std::vector<LineTerm> &terms) {
  std::string out;
  for (std::size_t k = 0; k < terms.size(); ++k) {
    const LineTerm &t = terms[k];
    if (k)
      out += t.sign > 0 ? " + " : " - ";
    else if (t.sign < 0)
      out += "- ";
    out +=
        t.lo == t.hi ? "line " + std::to_string(t.lo) : "lines " + std::to_string(t.lo) + " to " + std::to_string(t.hi);
  }
  return out;
}

} // namespace

std::optional<LineArithmetic> line_arithmetic(std::string_view label) {
  auto at = first_line_reference(label);
  if (!at) return std::nullopt;
  std::vector<Token> ts = tokens(label.substr(*at));
  LineArithmetic out;
  int sign = +1;
  bool operators = false; // an operator read: the label states arithmetic
  bool clear = false;     // a range, plus or minus read, not only a list ("lines 1 and 2")
  std::size_t i = 0;
  auto word = [&](std::size_t k, std::initializer_list<std::string_view> ws) {
    return ts[k].kind == Tok::Word && std::find(ws.begin(), ws.end(), ts[k].word) != ws.end();
  };
  // A comma, "and" or dash joins lines only where another line follows:
  // "Line 10 - Housing", "Line 5, other grants" merely mention a line.
  auto line_follows = [&](std::size_t k) {
    while (word(k, {"line", "lines"})) ++k;
    return ts[k].kind == Tok::Number;
  };
  auto unreadable = [&]() -> std::optional<LineArithmetic> {
    // A line named with no arithmetic about it ("[SG line 799 as income]")
    // is a reference, not a sum; nor is a list of lines with more words
    // after it ("lines 1 and 2 (see note)"): both are read by place.
    if (!operators || !clear) return std::nullopt;
    out.readable = false;
    return out;
  };
  while (true) {
    while (word(i, {"line", "lines", "of", "the"})) ++i;
    if (ts[i].kind != Tok::Number) return unreadable();
    LineTerm t{ts[i].number, ts[i].number, sign};
    ++i;
    if ((word(i, {"to", "through"}) || (ts[i].kind == Tok::Dash && !ts[i].spaced)) && line_follows(i + 1)) {
      operators = clear = true;
      ++i;
      while (word(i, {"line", "lines"})) ++i;
      if (ts[i].number < t.lo) return unreadable();
      t.hi = ts[i].number;
      ++i;
    }
    out.terms.push_back(t);
    if (word(i, {"inclusive"})) ++i;
    if (ts[i].kind == Tok::End) break;
    if (ts[i].kind == Tok::Plus || word(i, {"plus"})) {
      sign = +1;
      clear = true;
    } else if (word(i, {"minus", "less"}) || (ts[i].kind == Tok::Dash && line_follows(i + 1))) {
      sign = -1;
      clear = true;
    } else if ((ts[i].kind == Tok::Comma || word(i, {"and"})) && line_follows(i + 1)) {
      // "line 16 minus lines 17 and 18": the sign holds until another is said.
    } else {
      return unreadable();
    }
    operators = true;
    ++i;
  }
  if (!operators) return std::nullopt;
  out.text = show_terms(out.terms);
  return out;
}

namespace {
// The line number in a row's line column: a whole number, or digits
// written as text (a CSV's cells are all text, and region.cpp takes such a
// column as the line column too). Only what a line number could be
// (within kMaxLineNumber): never past int64's range.
std::optional<std::int64_t> line_number_at(const SheetView &v, std::uint32_t row, std::uint32_t col) {
  const Cell *c = v.at(row, col);
  if (!c) return std::nullopt;
  double x = 0;
  if (c->type == CellType::Number) {
    x = c->number;
  } else if (c->type == CellType::String) {
    std::string_view t = trim_view(v.workbook().text(*c));
    if (t.empty() || t.size() > 7 || t.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
    for (char ch : t) x = x * 10 + (ch - '0');
  } else {
    return std::nullopt;
  }
  if (x != std::floor(x) || x <= 0 || x > kMaxLineNumber) return std::nullopt;
  return static_cast<std::int64_t>(x);
}

// The rows of the table by their line numbers; a number met twice names
// no one row.
std::map<std::int64_t, std::optional<std::size_t>> rows_by_line(const Region &g, const SheetView &v) {
  std::map<std::int64_t, std::optional<std::size_t>> out;
  for (std::size_t i = 0; i < g.rows.size(); ++i) {
    auto n = line_number_at(v, g.rows[i], *g.line_col);
    if (!n) continue;
    auto [it, fresh] = out.emplace(*n, i);
    if (!fresh) it->second.reset();
  }
  return out;
}

struct Stated {
  std::size_t row;
  LineArithmetic arithmetic;
  std::vector<std::pair<std::size_t, int>> lines; // row index, sign
  std::string unresolved;                         // why the lines cannot be found
};

// The rows the label names, each with its sign, or why they cannot be found.
void resolve(Stated &s, const std::map<std::int64_t, std::optional<std::size_t>> &by_line) {
  auto one = [&](std::int64_t n) -> std::optional<std::size_t> {
    auto it = by_line.find(n);
    if (it == by_line.end()) {
      s.unresolved = "line " + std::to_string(n) + " is not among the table's line numbers";
      return std::nullopt;
    }
    if (!it->second) s.unresolved = "line " + std::to_string(n) + " is numbered twice in the table";
    return it->second;
  };
  for (const LineTerm &t : s.arithmetic.terms) {
    if (!one(t.lo) || !one(t.hi)) return;
    for (auto it = by_line.lower_bound(t.lo); it != by_line.end() && it->first <= t.hi; ++it) {
      if (!it->second) {
        s.unresolved = "line " + std::to_string(it->first) + " is numbered twice in the table";
        return;
      }
      if (*it->second == s.row) {
        s.unresolved = "it names its own line";
        return;
      }
      s.lines.emplace_back(*it->second, t.sign);
    }
  }
}

// A total the label states and that was not checked is said so in the text
// account (totals_unchecked); a difference is no total.
UncheckedBlock doubt_at(const Region &g, const SheetView &v, std::size_t row, std::string why,
                        bool totals_unchecked = false) {
  UncheckedBlock b;
  b.totals_unchecked = totals_unchecked;
  b.sheet = v.sheet().name;
  std::size_t first = g.cols.size(), last = 0;
  for (std::size_t c = 0; c < g.cols.size(); ++c) {
    if (!g.cells[row][c] || g.cells[row][c]->nil) continue;
    first = std::min(first, c);
    last = c;
    ++b.figures;
  }
  if (first == g.cols.size()) first = last = 0;
  b.first = CellRef{g.rows[row], g.cols[first]};
  b.last = CellRef{g.rows[row], g.cols[last]};
  b.why = std::move(why);
  return b;
}
} // namespace

std::vector<bool> infer_line_arithmetic(const Region &g, const SheetView &v, Inferred &out) {
  std::vector<bool> stated(g.rows.size(), false);
  if (!g.line_col) return stated; // no numbers to find the lines by: read by place as any table
  std::vector<Stated> found;
  for (std::size_t i = 0; i < g.rows.size(); ++i)
    if (auto a = line_arithmetic(normalise_label(g.labels[i]))) found.push_back({i, std::move(*a), {}, {}});
  if (found.empty()) return stated;
  auto by_line = rows_by_line(g, v);
  const std::string where = "column " + column_name(*g.line_col);
  for (Stated &s : found) {
    stated[s.row] = true;
    if (!s.arithmetic.readable)
      s.unresolved = "its arithmetic cannot be read";
    else
      resolve(s, by_line);
  }

  // Each stated figure against its label's arithmetic, per column.
  struct Cellwise {
    std::size_t stated_row, col;
    Money value, stated;
    std::vector<std::pair<CellRef, int>> terms;
    std::vector<CellRef> not_given;
    bool agrees = false, near = false;
  };
  std::vector<std::vector<Cellwise>> per_row(found.size());
  std::size_t agree = 0;
  for (std::size_t k = 0; k < found.size(); ++k) {
    const Stated &s = found[k];
    if (!s.unresolved.empty()) continue;
    for (std::size_t c = 0; c < g.cols.size(); ++c) {
      const auto &st = g.cells[s.row][c];
      if (!st || st->nil) continue;
      Cellwise w{s.row, c, Money{}, st->value, {}, {}};
      for (auto [r, sign] : s.lines) {
        CellRef at{g.rows[r], g.cols[c]};
        if (const auto &a = g.cells[r][c]) {
          w.value += sign > 0 ? a->value : -a->value;
          w.terms.emplace_back(at, sign);
        } else if (g.withheld.contains({r, c})) {
          w.not_given.push_back(at);
        }
      }
      w.agrees = same_at_precision(w.stated, w.value, g.col_noise[c], w.terms.size());
      w.near = (w.stated - w.value).abs() <=
               rounding_bound(w.stated, Money::from_pence(g.col_step[c]), std::max<std::size_t>(w.terms.size(), 1));
      agree += w.agrees && !w.stated.is_zero() && w.terms.size() >= 2;
      per_row[k].push_back(std::move(w));
    }
  }

  for (std::size_t k = 0; k < found.size(); ++k) {
    const Stated &s = found[k];
    const std::string who = quoted(g.labels[s.row]);
    if (!s.unresolved.empty()) {
      out.doubtful.push_back(doubt_at(g, v, s.row,
                                      concat(who, " says it is worked out from numbered lines, but ", s.unresolved,
                                             " (line numbers in ", where, "), so it was not checked"),
                                      true));
      continue;
    }
    auto &cells = per_row[k];
    if (cells.empty()) continue;
    // A column whose lines are not all given ('..', '[c]', 'x') is no
    // evidence for or against the label: it cannot be compared.
    auto given = [](const Cellwise &w) { return w.not_given.empty(); };
    if (std::none_of(cells.begin(), cells.end(), given)) {
      out.doubtful.push_back(
          doubt_at(g, v, s.row,
                   concat(who, " is ", s.arithmetic.text,
                          ", and in every column one of those lines is not given, so it was not checked"),
                   true));
      continue;
    }
    bool all_off = std::count_if(cells.begin(), cells.end(), given) >= 2 &&
                   std::none_of(cells.begin(), cells.end(), [&](const Cellwise &w) { return given(w) && w.near; });
    bool sum =
        std::all_of(s.arithmetic.terms.begin(), s.arithmetic.terms.end(), [](const LineTerm &t) { return t.sign > 0; });
    if (agree == 0 || all_off) {
      // A sum its lines do not bear out (a form that added a line and kept
      // the old label, "931 to 935" over 931 ... 936) is read by place as
      // any total, whose readings are tried before any accusation; a
      // difference has no reading by place, so it is said unchecked.
      if (sum) {
        stated[s.row] = false;
        continue;
      }
      out.doubtful.push_back(
          doubt_at(g, v, s.row,
                   concat(who, " says it is ", s.arithmetic.text, ", but by the line numbers in ", where,
                          agree == 0 ? " no line of the table agrees with its label" : " it disagrees in every column",
                          ", so the numbering is not known and it was not checked")));
      continue;
    }
    // A difference of lines one column does not give in full (a withheld
    // figure) is not checked anywhere on its row: a row is either checked
    // or said unchecked in the account, never both.
    if (!sum && std::any_of(cells.begin(), cells.end(), [](const Cellwise &w) { return !w.not_given.empty(); })) {
      out.doubtful.push_back(doubt_at(g, v, s.row,
                                      who + " is " + s.arithmetic.text +
                                          " of lines the table does not give in full, so it was not checked"));
      continue;
    }
    for (auto [r, sign] : s.lines) out.stated_lines.emplace(g.rows[r], g.rows[s.row]);
    for (Cellwise &w : cells) {
      std::string what = who + (g.col_names[w.col].empty() ? " in column " + column_name(g.cols[w.col])
                                                           : " for " + quoted(g.col_names[w.col]));
      if (sum) {
        StatedTotal t;
        t.cell = CellRef{g.rows[w.stated_row], g.cols[w.col]};
        t.stated = w.stated;
        t.step = Money::from_pence(g.col_step[w.col]);
        t.noise = g.col_noise[w.col];
        t.what = std::move(what);
        Reading rd;
        rd.name = s.arithmetic.text + ", as its label says,";
        rd.sum = w.value;
        for (auto &[c, sign] : w.terms) rd.parts.push_back(c);
        rd.not_given = std::move(w.not_given);
        t.readings.push_back(std::move(rd));
        out.explained += w.agrees;
        out.totals.push_back(std::move(t));
        continue;
      }
      Relation r;
      r.cell = CellRef{g.rows[w.stated_row], g.cols[w.col]};
      r.stated = w.stated;
      r.what = std::move(what);
      r.reading = s.arithmetic.text;
      r.terms = std::move(w.terms);
      r.value = w.value;
      r.step = Money::from_pence(g.col_step[w.col]);
      r.spread = r.terms.size();
      r.noise = g.col_noise[w.col];
      out.relations.push_back(std::move(r));
    }
  }
  return stated;
}

namespace {
// The row's figures are, in every column it has one, the sum of the same
// block of rows right above it (two rows or more), and in two columns or
// more that sum has two parts not zero: a total of those rows, whatever
// its label says ("Cumulative funding gap" = base + funding, each year).
// Exact only: a near sum is no evidence against the row's own words.
bool sums_rows_above(const Region &g, std::size_t row) {
  // The block grows upwards a row at a time, each column's sum kept as it
  // grows: summed afresh for each block, it cost the square of the rows
  // above, for every row so named (a 100,000-row sheet 2.4 s -> 27 s).
  const auto &stated = g.cells[row];
  const auto given = [&](std::size_t c) { return stated[c] && !stated[c]->nil; };
  std::vector<Money> sum(g.cols.size());
  std::vector<std::uint32_t> parts(g.cols.size(), 0); // figures not zero in the block
  for (std::size_t n = 1; n <= row; ++n) {
    bool agrees = true;
    std::size_t columns = 0, spread = 0;
    for (std::size_t c = 0; c < g.cols.size(); ++c) {
      if (!given(c)) continue;
      if (const auto &p = g.cells[row - n][c]; p && !p->nil) {
        sum[c] += p->value;
        parts[c] += !p->value.is_zero();
      }
      agrees = agrees && !sum[c].is_too_large() && sum[c] == stated[c]->value;
      ++columns;
      spread += parts[c] >= 2;
    }
    if (n >= 2 && agrees && columns >= 2 && spread >= 2) return true;
  }
  return false;
}
} // namespace

std::vector<bool> running_total_rows(const Region &g, const SheetView &v, Inferred &out) {
  std::vector<bool> running(g.rows.size(), false);
  for (std::size_t i = 0; i < g.rows.size(); ++i) {
    if (!names_running_total(normalise_label(g.labels[i])) || sums_rows_above(g, i)) continue;
    running[i] = true;
    std::string why = read_running_row(g, i, out);
    if (why.empty()) continue; // read along its years
    UncheckedBlock b = doubt_at(g, v, i, std::move(why));
    if (b.figures) out.doubtful.push_back(std::move(b));
  }
  return running;
}

Region without_rows(const Region &g, const std::vector<bool> &drop) {
  Region out = g;
  for (std::size_t i = 0; i < g.rows.size(); ++i) {
    if (!drop[i]) continue;
    for (auto &c : out.cells[i]) c.reset();
    out.row_total[i] = TotalWord::None; // its label kept: not an unlabelled last row, a total by its place
  }
  std::erase_if(out.withheld, [&](const auto &rc) { return drop[rc.first]; });
  std::erase_if(out.not_figures, [&](const auto &rc) { return drop[rc.first]; });
  std::erase_if(out.sums_down, [&](const auto &e) { return drop[e.first.first]; });
  return out;
}

} // namespace fundbook::structure
