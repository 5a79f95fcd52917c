#include "import/formula/formula.hpp"
#include "core/concat.hpp"

#include <algorithm>
#include <cstdlib>

namespace fundbook::formula {
namespace {

bool ident_char(char ch) {
  unsigned char c = static_cast<unsigned char>(ch);
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
         c == '\\' || c >= 0x80;
}
bool letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool digit(char c) { return c >= '0' && c <= '9'; }

// One end of a reference: "$C$6", "C6", or a column alone ("C", "$C").
struct RefPart {
  std::uint32_t row = 0, col = 0;
  bool row_abs = false, col_abs = false, has_row = false;
};

// Reads a reference end at s[i]; on success moves i past it.
bool read_ref_part(std::string_view s, std::size_t &i, RefPart &p, bool column_only_ok) {
  std::size_t j = i;
  RefPart r;
  if (j < s.size() && s[j] == '$') r.col_abs = true, ++j;
  std::uint64_t col = 0;
  int letters = 0;
  while (j < s.size() && letter(s[j]) && letters < 4) {
    col = col * 26 + std::uint64_t((s[j] & ~0x20) - 'A' + 1);
    ++letters, ++j;
  }
  if (letters == 0 || letters > 3 || col > 16384) return false;
  std::size_t before_row = j;
  if (j < s.size() && s[j] == '$') r.row_abs = true, ++j;
  std::uint64_t row = 0;
  int digits = 0;
  while (j < s.size() && digit(s[j]) && digits < 8) row = row * 10 + std::uint64_t(s[j] - '0'), ++digits, ++j;
  if (digits == 0) {
    if (!column_only_ok || r.row_abs) return false;
    j = before_row;
  } else {
    if (digits > 7 || row == 0 || row > 1048576) return false;
    r.has_row = true;
    r.row = std::uint32_t(row - 1);
  }
  // Not the start of a longer name or a function ("LOG10(", "A1B").
  if (j < s.size() && (ident_char(s[j]) || s[j] == '(' || s[j] == '!')) return false;
  r.col = std::uint32_t(col - 1);
  p = r;
  i = j;
  return true;
}

struct Token {
  enum class Kind { Number, String, Ref, Func, Name, Op, Error, Other, End } kind = Kind::End;
  std::size_t begin = 0, end = 0; // in the text
  // Ref: sheet (if any) and one or two ends; whole columns when no row.
  std::string sheet;
  bool has_sheet = false;
  RefPart a, b;
  bool range = false;
  std::size_t ref_begin = 0; // where the cell part starts (after any sheet prefix)
  char op = 0;               // Op: + - * / ^ & = < > % , ( ) : and 'l' <=, 'g' >=, 'n' <>
};

class Lexer {
public:
  explicit Lexer(std::string_view s) : s_(s) {}

  Token next() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t')) ++i_;
    Token t;
    t.begin = i_;
    if (i_ >= s_.size()) {
      t.end = i_;
      return t;
    }
    char c = s_[i_];
    if (digit(c) || (c == '.' && i_ + 1 < s_.size() && digit(s_[i_ + 1]))) return number(t);
    if (c == '"') return quoted(t, '"', Token::Kind::String);
    if (c == '\'') {
      // A quoted sheet name, which a reference must follow.
      std::size_t j = i_ + 1;
      std::string name;
      while (j < s_.size()) {
        if (s_[j] == '\'') {
          if (j + 1 < s_.size() && s_[j + 1] == '\'') {
            name += '\'';
            j += 2;
            continue;
          }
          break;
        }
        name += s_[j++];
      }
      if (j + 1 < s_.size() && s_[j] == '\'' && s_[j + 1] == '!') {
        i_ = j + 2;
        return reference(t, name, true);
      }
      i_ = s_.size();
      t.kind = Token::Kind::Other;
      t.end = i_;
      return t;
    }
    if (c == '#') {
      std::size_t j = i_ + 1;
      while (j < s_.size() && (letter(s_[j]) || digit(s_[j]) || s_[j] == '/' || s_[j] == '_')) ++j;
      if (j < s_.size() && (s_[j] == '!' || s_[j] == '?')) ++j;
      i_ = j;
      t.kind = Token::Kind::Error;
      t.end = i_;
      return t;
    }
    if (c == '[' || c == '{') {
      // Structured references and array constants: outside the subset.
      char close = c == '[' ? ']' : '}';
      int depth = 0;
      std::size_t j = i_;
      for (; j < s_.size(); ++j) {
        if (s_[j] == c) ++depth;
        if (s_[j] == close && --depth == 0) break;
      }
      i_ = j < s_.size() ? j + 1 : j;
      t.kind = Token::Kind::Other;
      t.end = i_;
      return t;
    }
    if (c == '$' || letter(c) || c == '_' || c == '\\' || static_cast<unsigned char>(c) >= 0x80) {
      {
        std::size_t j = i_;
        Token r = t;
        if (cell_part(r, j)) {
          i_ = j;
          return r;
        }
      }
      std::size_t j = i_;
      if (c == '$') {
        t.kind = Token::Kind::Other;
        t.end = i_ = j + 1;
        return t;
      }
      while (j < s_.size() && ident_char(s_[j])) ++j;
      std::string_view word = s_.substr(i_, j - i_);
      if (j < s_.size() && s_[j] == '!') {
        i_ = j + 1;
        return reference(t, std::string(word), true);
      }
      i_ = j;
      t.kind = (j < s_.size() && s_[j] == '(') ? Token::Kind::Func : Token::Kind::Name;
      t.end = i_;
      return t;
    }
    t.kind = Token::Kind::Op;
    t.op = c;
    ++i_;
    if ((c == '<' || c == '>') && i_ < s_.size() && (s_[i_] == '=' || (c == '<' && s_[i_] == '>'))) {
      t.op = s_[i_] == '>' ? 'n' : (c == '<' ? 'l' : 'g');
      ++i_;
    }
    t.end = i_;
    return t;
  }

private:
  Token number(Token &t) {
    std::size_t j = i_;
    while (j < s_.size() && (digit(s_[j]) || s_[j] == '.')) ++j;
    if (j < s_.size() && (s_[j] == 'E' || s_[j] == 'e')) {
      std::size_t k = j + 1;
      if (k < s_.size() && (s_[k] == '+' || s_[k] == '-')) ++k;
      if (k < s_.size() && digit(s_[k])) {
        while (k < s_.size() && digit(s_[k])) ++k;
        j = k;
      }
    }
    // "1:3" (whole rows) or a number run into a name: outside the subset.
    t.kind = (j < s_.size() && (ident_char(s_[j]) || s_[j] == ':')) ? Token::Kind::Other : Token::Kind::Number;
    if (t.kind == Token::Kind::Other)
      while (j < s_.size() && (ident_char(s_[j]) || s_[j] == ':' || s_[j] == '$')) ++j;
    i_ = j;
    t.end = i_;
    return t;
  }

  Token quoted(Token &t, char q, Token::Kind kind) {
    std::size_t j = i_ + 1;
    while (j < s_.size()) {
      if (s_[j] == q) {
        if (j + 1 < s_.size() && s_[j + 1] == q) {
          j += 2;
          continue;
        }
        ++j;
        break;
      }
      ++j;
    }
    i_ = j;
    t.kind = kind;
    t.end = i_;
    return t;
  }

  // The cell part of a reference at j: "C6", "C6:H6", "C:C".
  bool cell_part(Token &t, std::size_t &j) {
    t.ref_begin = j;
    RefPart a;
    if (!read_ref_part(s_, j, a, true)) return false;
    if (j < s_.size() && s_[j] == ':') {
      std::size_t k = j + 1;
      RefPart b;
      if (read_ref_part(s_, k, b, !a.has_row) && b.has_row == a.has_row) {
        t.a = a;
        t.b = b;
        t.range = true;
        j = k;
        t.kind = Token::Kind::Ref;
        t.end = j;
        return true;
      }
    }
    if (!a.has_row) return false; // a column alone is a name
    t.a = t.b = a;
    t.kind = Token::Kind::Ref;
    t.end = j;
    return true;
  }

  Token reference(Token &t, std::string sheet, bool has_sheet) {
    std::size_t j = i_;
    if (cell_part(t, j)) {
      i_ = j;
      t.sheet = std::move(sheet);
      t.has_sheet = has_sheet;
      return t;
    }
    // Sheet!#REF! and other things after a sheet: outside the subset.
    while (i_ < s_.size() && (ident_char(s_[i_]) || s_[i_] == '#' || s_[i_] == '!' || s_[i_] == '$')) ++i_;
    t.kind = Token::Kind::Other;
    t.end = i_;
    return t;
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

class Parser {
public:
  explicit Parser(std::string_view s) : src_(s), lex_(s) { advance(); }

  std::optional<Expr> run() {
    int root = additive(0);
    if (root < 0 || tok_.kind != Token::Kind::End) return std::nullopt;
    expr_.root = root;
    return std::move(expr_);
  }

private:
  void advance() { tok_ = lex_.next(); }
  bool is_op(char c) const { return tok_.kind == Token::Kind::Op && tok_.op == c; }
  int add(Node n) {
    expr_.nodes.push_back(std::move(n));
    return int(expr_.nodes.size() - 1);
  }
  int binary(Node::Kind k, int l, int r) {
    Node n;
    n.kind = k;
    n.kids = {l, r};
    return add(std::move(n));
  }

  int additive(int depth) {
    if (depth > kMaxDepth) return -1;
    int l = multiplicative(depth);
    while (l >= 0 && (is_op('+') || is_op('-'))) {
      Node::Kind k = tok_.op == '+' ? Node::Kind::Add : Node::Kind::Sub;
      advance();
      int r = multiplicative(depth);
      if (r < 0) return -1;
      l = binary(k, l, r);
    }
    return l;
  }
  int multiplicative(int depth) {
    int l = unary(depth);
    while (l >= 0 && (is_op('*') || is_op('/'))) {
      Node::Kind k = tok_.op == '*' ? Node::Kind::Mul : Node::Kind::Div;
      advance();
      int r = unary(depth);
      if (r < 0) return -1;
      l = binary(k, l, r);
    }
    return l;
  }
  int unary(int depth) {
    if (depth > kMaxDepth) return -1;
    if (is_op('-') || is_op('+')) {
      bool neg = tok_.op == '-';
      advance();
      int k = unary(depth + 1);
      if (k < 0 || !neg) return k;
      Node n;
      n.kind = Node::Kind::Neg;
      n.kids = {k};
      return add(std::move(n));
    }
    return primary(depth);
  }
  int primary(int depth) {
    switch (tok_.kind) {
    case Token::Kind::Number: {
      Node n;
      n.kind = Node::Kind::Number;
      n.number = std::strtod(std::string(text_of(tok_)).c_str(), nullptr);
      advance();
      return add(std::move(n));
    }
    case Token::Kind::Ref: {
      Node n;
      n.kind = Node::Kind::Ref;
      n.area.sheet = tok_.sheet;
      n.area.has_sheet = tok_.has_sheet;
      n.area.whole_columns = !tok_.a.has_row;
      std::uint32_t r1 = tok_.a.row, r2 = tok_.b.row, c1 = tok_.a.col, c2 = tok_.b.col;
      if (n.area.whole_columns) r1 = 0, r2 = 1048575;
      n.area.first = {std::min(r1, r2), std::min(c1, c2)};
      n.area.last = {std::max(r1, r2), std::max(c1, c2)};
      advance();
      if (is_op(':')) return -1; // A1:B2:C3 and the like
      return add(std::move(n));
    }
    case Token::Kind::Func: {
      Node n;
      n.kind = Node::Kind::Call;
      for (char c : text_of(tok_)) n.name += (c >= 'a' && c <= 'z') ? char(c - 32) : c;
      if (n.name.rfind("_XLFN.", 0) == 0) n.name.erase(0, 6);
      advance();
      if (!is_op('(')) return -1;
      advance();
      if (is_op(')')) {
        advance();
        return add(std::move(n));
      }
      for (;;) {
        int a = additive(depth + 1);
        if (a < 0) return -1;
        n.kids.push_back(a);
        if (is_op(',')) {
          advance();
          continue;
        }
        if (is_op(')')) {
          advance();
          break;
        }
        return -1;
      }
      return add(std::move(n));
    }
    case Token::Kind::Op:
      if (tok_.op == '(') {
        advance();
        int e = additive(depth + 1);
        if (e < 0 || !is_op(')')) return -1;
        advance();
        return e;
      }
      return -1;
    default: return -1;
    }
  }
  std::string_view text_of(const Token &t) const { return src_.substr(t.begin, t.end - t.begin); }

  std::string_view src_;
  Lexer lex_;
  Token tok_;
  Expr expr_;
};

} // namespace

std::optional<Expr> parse(std::string_view text) {
  if (text.size() > kMaxLength) return std::nullopt;
  if (!text.empty() && text[0] == '=') text.remove_prefix(1);
  return Parser(text).run();
}

bool plain_sum(std::string_view text, PlainSum &out) {
  std::string_view s = text;
  out.count = 0;
  if (s.size() > kMaxLength) return false;
  if (!s.empty() && s[0] == '=') s.remove_prefix(1);
  auto upper = [](char c) { return char(c & ~0x20); };
  if (s.size() < 6 || upper(s[0]) != 'S' || upper(s[1]) != 'U' || upper(s[2]) != 'M' || s[3] != '(') return false;
  // Each argument is what the lexer's cell_part reads there: a cell, or a
  // range whose both ends have rows; then a comma, or the closing bracket
  // that ends the text.
  for (std::size_t i = 4;;) {
    if (out.count == PlainSum::kMaxAreas) return false;
    RefPart a, b;
    if (!read_ref_part(s, i, a, false)) return false;
    b = a;
    if (i < s.size() && s[i] == ':' && !read_ref_part(s, ++i, b, false)) return false;
    out.areas[out.count++] = {{std::min(a.row, b.row), std::min(a.col, b.col)},
                              {std::max(a.row, b.row), std::max(a.col, b.col)}};
    if (i >= s.size()) return false;
    if (s[i] == ')') return i + 1 == s.size();
    if (s[i++] != ',') return false;
  }
}

std::string a1_text(std::uint32_t row, std::uint32_t col, bool row_abs, bool col_abs) {
  return concat(col_abs ? "$" : "", column_name(col), row_abs ? "$" : "", std::to_string(row + 1));
}

std::string sheet_prefix(std::string_view name) {
  bool plain = !name.empty() && !digit(name[0]);
  for (char c : name) plain = plain && (letter(c) || digit(c) || c == '_' || c == '.');
  // A name that reads as a cell ("A1", "FY2018") or a boolean needs quotes too.
  if (plain) {
    std::size_t i = 0;
    RefPart p;
    if (read_ref_part(name, i, p, false) && i == name.size()) plain = false;
  }
  if (plain) return std::string(name) + "!";
  std::string out = "'";
  for (char c : name) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'!";
}

std::string shift_references(std::string_view text, long drow, long dcol) {
  std::string out;
  out.reserve(text.size() + 8);
  Lexer lex(text);
  std::size_t copied = 0;
  auto moved = [&](const RefPart &p, bool &ok) {
    long r = long(p.row) + (p.row_abs ? 0 : drow);
    long c = long(p.col) + (p.col_abs ? 0 : dcol);
    if (r < 0 || r >= 1048576 || c < 0 || c >= 16384) ok = false;
    std::string s = concat(p.col_abs ? "$" : "", column_name(std::uint32_t(c < 0 ? 0 : c)));
    if (p.has_row) s += concat(p.row_abs ? "$" : "", std::to_string(r + 1));
    return s;
  };
  for (Token t = lex.next(); t.kind != Token::Kind::End; t = lex.next()) {
    if (t.kind != Token::Kind::Ref) continue;
    out.append(text.substr(copied, t.ref_begin - copied));
    bool ok = true;
    std::string ref = moved(t.a, ok);
    if (t.range) ref += concat(":", moved(t.b, ok));
    out += ok ? ref : "#REF!";
    copied = t.end;
  }
  out.append(text.substr(copied));
  return out;
}

} // namespace fundbook::formula
