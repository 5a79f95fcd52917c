#include "import/formula/evaluate.hpp"

#include <algorithm>
#include <cmath>

namespace fundbook::formula {
namespace {

Result fail(std::string why) {
  Result r;
  r.why = std::move(why);
  return r;
}
Result value(std::int64_t v, bool inexact = false) {
  Result r;
  r.ok = true;
  r.value = Money::from_pence(v);
  r.inexact = inexact;
  return r;
}

std::uint64_t key(std::size_t sheet, std::uint32_t row, std::uint32_t col) {
  return std::uint64_t(sheet) << 40 | std::uint64_t(row) << 14 | col;
}

bool same_name(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'a' && x <= 'z') x = char(x - 32);
    if (y >= 'a' && y <= 'z') y = char(y - 32);
    if (x != y) return false;
  }
  return true;
}

// a * b / d rounded half away from zero; false when it does not fit.
bool muldiv(std::int64_t a, std::int64_t b, std::int64_t d, std::int64_t &out, bool &inexact) {
  __int128 n = __int128(a) * b;
  __int128 q = n / d, r = n % d;
  if (r != 0) {
    inexact = true;
    __int128 twice = (r < 0 ? -r : r) * 2, dd = d < 0 ? -__int128(d) : __int128(d);
    if (twice >= dd) q += ((n < 0) != (d < 0)) ? -1 : 1;
  }
  if (q > INT64_MAX || q < INT64_MIN) return false;
  out = std::int64_t(q);
  return true;
}

} // namespace

std::optional<Money> Evaluator::exact(double v) {
  if (!std::isfinite(v) || std::fabs(v) >= kMaxMagnitude) return std::nullopt;
  // In extended precision: nine billion units in billionths is past what a
  // double holds to the last digit. (Money's own from_units refuses amounts
  // past 2^53 of its smallest unit, which billionths reach at nine million.)
  return Money::from_pence(std::llroundl(static_cast<long double>(v) * static_cast<long double>(kScale)));
}

bool Evaluator::spend(std::uint64_t n) {
  if (budget_ < n) {
    budget_ = 0;
    return false;
  }
  budget_ -= n;
  return true;
}

bool Evaluator::resolve(const Area &a, const Scope &s, std::size_t &sheet) const {
  if (!a.has_sheet) {
    sheet = s.sheet;
    return true;
  }
  for (std::size_t i = 0; i < wb_.sheets.size(); ++i) {
    if (same_name(wb_.sheets[i].name, a.sheet)) {
      sheet = i;
      return true;
    }
  }
  return false;
}

Result Evaluator::cell_value(std::size_t sheet, std::uint32_t row, std::uint32_t col, int chain) {
  const Sheet &sh = wb_.sheets[sheet];
  if (!sh.row_kept(row)) return fail("it reads a row not kept in memory");
  const Cell *c = sh.cell_at(row, col);
  if (!c) return value(0);
  return value_of(sheet, *c, chain);
}

Result Evaluator::value_of(std::size_t sheet, const Cell &cell, int chain) {
  const Sheet &sh = wb_.sheets[sheet];
  const Cell *c = &cell;
  const std::uint32_t row = c->row, col = c->col;
  switch (c->type) {
  case CellType::Number: {
    auto m = exact(c->number);
    if (!m) return fail("a figure too large to work with exactly");
    return value(m->pence());
  }
  case CellType::Bool: return value(c->number != 0 ? kScale : 0);
  case CellType::EmptyFormula: {
    const CellFormula *f = sh.formula_at(row, col);
    if (!f) return fail(a1(row, col) + " is a formula fundbook cannot read");
    std::uint64_t k = key(sheet, row, col);
    auto it = memo_.find(k);
    if (it != memo_.end()) {
      if (!it->second.ok && it->second.why == "in progress")
        return fail("a circular reference through " + sh.name + "!" + a1(row, col));
      return it->second;
    }
    if (chain >= kMaxChain) return fail("a chain of formulas too long to follow");
    memo_[k] = fail("in progress");
    Result r = evaluate_at(sheet, wb_.text(*f), chain);
    if (!r.ok && r.why.empty()) r.why = "not evaluated";
    memo_[k] = r;
    return r;
  }
  case CellType::String: return fail(a1(row, col) + " holds text");
  case CellType::Error: return fail(a1(row, col) + " holds an error");
  case CellType::Date: return fail(a1(row, col) + " holds a date");
  }
  return fail("an unknown cell");
}

Result Evaluator::evaluate(std::size_t sheet, std::uint32_t, std::uint32_t, std::string_view text) {
  return evaluate_at(sheet, text, 0);
}

Result Evaluator::evaluate_at(std::size_t sheet, std::string_view text, int chain) {
  if (!spend()) return fail("the workbook's formulas need more work than fundbook allows");
  if (sheet >= wb_.sheets.size()) return fail("no such sheet");
  if (PlainSum plain; plain_sum(text, plain)) return plain_sum_value(plain, Scope{sheet, chain});
  auto e = parse(text);
  if (!e) return fail("outside the arithmetic fundbook works out");
  // The chain is how many unsaved formulas led here.
  return eval(*e, e->root, Scope{sheet, chain});
}

Result Evaluator::sum_area(const Node &ref, const Scope &s, bool subtotal, bool skip_hidden) {
  std::size_t si;
  if (!resolve(ref.area, s, si)) return fail("a sheet the workbook does not have");
  return sum_cells(si, ref.area.first, ref.area.last, s, subtotal, skip_hidden);
}

Result Evaluator::sum_cells(std::size_t si, CellRef from, CellRef to, const Scope &s, bool subtotal, bool skip_hidden) {
  const Sheet &sh = wb_.sheets[si];
  auto [r1, c1] = from;
  auto [r2, c2] = to;
  for (auto &[first, last] : sh.rows_not_kept)
    if (first <= r2 && last >= r1) return fail("it reads a row not kept in memory");
  auto before = [](const Cell &c, std::pair<std::uint32_t, std::uint32_t> k) {
    return c.row != k.first ? c.row < k.first : c.col < k.second;
  };
  std::int64_t total = 0;
  bool inexact = false;
  auto it = sh.cells.begin() + std::ptrdiff_t(sh.first_cell_from(r1, c1));
  while (it != sh.cells.end() && it->row <= r2) {
    if (!spend()) return fail("the workbook's formulas need more work than fundbook allows");
    if (it->col > c2) {
      it = it->row + 1 > r2 ? sh.cells.end() : sh.cells.begin() + std::ptrdiff_t(sh.first_cell_from(it->row + 1, c1));
      continue;
    }
    if (it->col < c1) {
      it = std::lower_bound(it, sh.cells.end(), std::pair{it->row, c1}, before);
      continue;
    }
    const Cell &c = *it++;
    // In a range, SUM leaves text, booleans and blanks out, as Excel does.
    if (c.type == CellType::String || c.type == CellType::Bool) continue;
    if (c.type == CellType::Error) return fail(a1(c.row, c.col) + " holds an error");
    if (c.type == CellType::Date) return fail(a1(c.row, c.col) + " holds a date");
    if (subtotal) {
      // SUBTOTAL leaves out the subtotals inside its range.
      if (const CellFormula *f = c.formula ? sh.formula_at(c.row, c.col) : nullptr) {
        std::string_view t = wb_.text(*f);
        bool nested = false;
        for (std::size_t p = t.find_first_of("sS"); p != std::string_view::npos && !nested;
             p = t.find_first_of("sS", p + 1))
          nested = same_name(t.substr(p, 9), "SUBTOTAL(");
        if (nested) continue;
      }
      if (sh.row_hidden(c.row)) {
        if (skip_hidden) continue;
        // SUBTOTAL(9) counts rows hidden by hand but not rows a filter hid,
        // and the grid does not say which: not guessed.
        return fail("SUBTOTAL(9) over hidden rows");
      }
    }
    // The cell itself, not looked up again by its place: its row is kept
    // (no row of the range is left out, above).
    Result v = value_of(si, c, s.chain + 1);
    if (!v.ok) return v;
    if (__builtin_add_overflow(total, v.value.pence(), &total)) return fail("a sum too large to hold");
    inexact = inexact || v.inexact;
  }
  return value(total, inexact);
}

// What eval() of the SUM node, and call() of it, give for a plain sum: the
// same work spent, the same depth, the areas added in turn.
Result Evaluator::plain_sum_value(const PlainSum &p, const Scope &s) {
  if (!spend()) return fail("the workbook's formulas need more work than fundbook allows");
  if (depth_ >= kMaxEvalDepth) return fail("a formula nested too deeply to follow");
  auto add = [&]() -> Result {
    std::int64_t total = 0;
    bool inexact = false;
    for (std::size_t k = 0; k < p.count; ++k) {
      Result v = sum_cells(s.sheet, p.areas[k].first, p.areas[k].last, s, false, false);
      if (!v.ok) return v;
      if (__builtin_add_overflow(total, v.value.pence(), &total)) return fail("a sum too large to hold");
      inexact = inexact || v.inexact;
    }
    return value(total, inexact);
  };
  ++depth_;
  Result r = add();
  --depth_;
  return r;
}

Result Evaluator::call(const Expr &e, const Node &n, const Scope &s) {
  if (n.name == "SUM" || n.name == "SUBTOTAL") {
    bool subtotal = n.name == "SUBTOTAL", skip_hidden = false;
    std::size_t first = 0;
    if (subtotal) {
      if (n.kids.empty()) return fail("SUBTOTAL with no arguments");
      const Node &fn = e.nodes[std::size_t(n.kids[0])];
      if (fn.kind != Node::Kind::Number || (fn.number != 9 && fn.number != 109))
        return fail("a SUBTOTAL other than a sum");
      skip_hidden = fn.number == 109;
      first = 1;
      if (n.kids.size() < 2) return fail("SUBTOTAL with no range");
    }
    std::int64_t total = 0;
    bool inexact = false;
    for (std::size_t i = first; i < n.kids.size(); ++i) {
      const Node &arg = e.nodes[std::size_t(n.kids[i])];
      Result v;
      if (arg.kind == Node::Kind::Ref) {
        v = sum_area(arg, s, subtotal, skip_hidden);
      } else {
        if (subtotal) return fail("SUBTOTAL of something other than a range");
        v = eval(e, n.kids[i], s);
      }
      if (!v.ok) return v;
      if (__builtin_add_overflow(total, v.value.pence(), &total)) return fail("a sum too large to hold");
      inexact = inexact || v.inexact;
    }
    return value(total, inexact);
  }
  if (n.name == "ROUND") {
    if (n.kids.size() != 2) return fail("ROUND needs two arguments");
    Result x = eval(e, n.kids[0], s);
    if (!x.ok) return x;
    Result d = eval(e, n.kids[1], s);
    if (!d.ok) return d;
    if (d.value.pence() % kScale != 0) return fail("ROUND to a fraction of a digit");
    std::int64_t digits = d.value.pence() / kScale;
    if (digits >= kDigits) return x;
    if (digits < -kDigits) return fail("ROUND to more than nine places left of the point");
    std::int64_t step = 1;
    for (std::int64_t k = digits; k < kDigits; ++k) step *= 10;
    std::int64_t v = x.value.pence(), q = v / step, r = v % step;
    if ((r < 0 ? -r : r) * 2 >= step) q += v < 0 ? -1 : 1;
    std::int64_t out;
    if (__builtin_mul_overflow(q, step, &out)) return fail("a figure too large to hold");
    return value(out, x.inexact);
  }
  return fail("the function " + n.name + ", which fundbook does not work out");
}

Result Evaluator::eval(const Expr &e, int index, const Scope &s) {
  if (!spend()) return fail("the workbook's formulas need more work than fundbook allows");
  // One long sum (1+1+...+1) is a deep tree: the whole walk, across the
  // formulas it leads to, is bounded so the stack is.
  if (depth_ >= kMaxEvalDepth) return fail("a formula nested too deeply to follow");
  ++depth_;
  Result r = eval_node(e, index, s);
  --depth_;
  return r;
}

Result Evaluator::eval_node(const Expr &e, int index, const Scope &s) {
  const Node &n = e.nodes[std::size_t(index)];
  switch (n.kind) {
  case Node::Kind::Number: {
    auto m = exact(n.number);
    if (!m) return fail("a number too large to work with exactly");
    return value(m->pence());
  }
  case Node::Kind::Ref: {
    if (n.area.first != n.area.last) return fail("a range used as one figure");
    std::size_t si;
    if (!resolve(n.area, s, si)) return fail("a sheet the workbook does not have");
    return cell_value(si, n.area.first.row, n.area.first.col, s.chain + 1);
  }
  case Node::Kind::Neg: {
    Result v = eval(e, n.kids[0], s);
    if (v.ok) v.value = -v.value;
    return v;
  }
  case Node::Kind::Add:
  case Node::Kind::Sub:
  case Node::Kind::Mul:
  case Node::Kind::Div: {
    Result l = eval(e, n.kids[0], s);
    if (!l.ok) return l;
    Result r = eval(e, n.kids[1], s);
    if (!r.ok) return r;
    std::int64_t a = l.value.pence(), b = r.value.pence(), out = 0;
    bool inexact = l.inexact || r.inexact, fits = true;
    switch (n.kind) {
    case Node::Kind::Add: fits = !__builtin_add_overflow(a, b, &out); break;
    case Node::Kind::Sub: fits = !__builtin_sub_overflow(a, b, &out); break;
    case Node::Kind::Mul: fits = muldiv(a, b, kScale, out, inexact); break;
    default:
      if (b == 0) return fail("a division by zero");
      fits = muldiv(a, kScale, b, out, inexact);
      break;
    }
    if (!fits || out >= std::int64_t(kMaxMagnitude * double(kScale)) ||
        out <= -std::int64_t(kMaxMagnitude * double(kScale)))
      return fail("a figure too large to hold");
    return value(out, inexact);
  }
  case Node::Kind::Call: return call(e, n, s);
  }
  return fail("not evaluated");
}

FillStats fill_missing_values(Workbook &wb, std::uint64_t budget) {
  FillStats stats;
  Evaluator ev(wb, budget);
  struct Filled {
    std::size_t sheet;
    std::uint32_t row, col;
    Money value;
  };
  std::vector<Filled> filled;
  for (std::size_t si = 0; si < wb.sheets.size(); ++si) {
    const Sheet &sh = wb.sheets[si];
    stats.formulas += sh.formulas.size();
    // Row-major, so a running total down a column is worked out one step at a time.
    for (auto &f : sh.formulas) {
      const Cell *c = sh.cell_at(f.row, f.col);
      if (!c || c->type != CellType::EmptyFormula) continue;
      ++stats.missing;
      if (!ev.budget_left()) continue;
      Result r = ev.evaluate(si, f.row, f.col, wb.text(f));
      if (r.ok) filled.push_back({si, f.row, f.col, r.value});
    }
  }
  // Written in only now: the evaluator read the grid as the file had it.
  for (auto &f : filled) {
    Sheet &sh = wb.sheets[f.sheet];
    Cell *c = const_cast<Cell *>(sh.cell_at(f.row, f.col));
    CellFormula *cf = const_cast<CellFormula *>(sh.formula_at(f.row, f.col));
    c->type = CellType::Number;
    c->number = double(f.value.pence()) / double(kScale);
    cf->flags |= kFormulaEvaluated;
    ++stats.worked_out;
  }
  return stats;
}

} // namespace fundbook::formula
