#include "import/figures.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace fundbook {

namespace {
bool is_space_at(std::string_view s, std::size_t i, std::size_t &len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
    len = 1;
    return true;
  }
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    len = 2;
    return true;
  }
  return false;
}
bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
} // namespace

std::string trim(std::string_view s) { return std::string(trim_view(s)); }

std::string_view trim_view(std::string_view s) {
  std::size_t b = 0, len = 0;
  while (b < s.size() && is_space_at(s, b, len)) b += len;
  std::size_t e = s.size();
  while (e > b) {
    if (e >= 2 && static_cast<unsigned char>(s[e - 2]) == 0xC2 && static_cast<unsigned char>(s[e - 1]) == 0xA0) {
      e -= 2;
      continue;
    }
    char c = s[e - 1];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      --e;
      continue;
    }
    break;
  }
  return s.substr(b, e - b);
}

std::string lower(std::string_view s) {
  // ASCII only, as std::tolower in the C locale: UTF-8 bytes pass unchanged.
  std::string out(s);
  for (char &c : out)
    if (c >= 'A' && c <= 'Z') c = char(c + 32);
  return out;
}

namespace {
// Whether fold_spaces would change s: most titles are already tidy. A table
// of the bytes that may need it keeps this to a load and a test a byte.
bool needs_folding(std::string_view s) {
  static constexpr auto kMaybe = [] {
    std::array<bool, 256> t{};
    t[' '] = t['\t'] = t['\r'] = t['\n'] = t[0xC2] = true; // 0xC2: NBSP's lead byte
    return t;
  }();
  if (s.empty()) return false;
  if (s.front() == ' ' || s.back() == ' ') return true;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (!kMaybe[c]) continue;
    if (c != ' ' || s[i + 1] == ' ') return true; // s[i + 1] exists: s does not end in a space
  }
  return false;
}
} // namespace

std::string fold_spaces(std::string_view s) {
  if (!needs_folding(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    if (is_space_at(s, i, len)) {
      space = true;
      i += len;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    // Copy the run up to the next possible space in one go.
    std::size_t j = i + 1;
    while (j < s.size() && !is_space_at(s, j, len)) ++j;
    out.append(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool withheld_figure(std::string_view raw, const FigureVocabulary &vocab) {
  std::string_view t = trim_view(raw);
  if (t.empty() || t.size() > 16) return false;
  // Eurostat's ":" (not available) is kept here: the template's lists drop
  // a label's closing colon, so it cannot be written there.
  if (t == ":") return true;
  std::string l = lower(t);
  return std::find(vocab.withheld_markers.begin(), vocab.withheld_markers.end(), l) != vocab.withheld_markers.end();
}

bool garbled_figure(std::string_view raw) {
  std::string_view t = trim_view(raw);
  std::size_t digits = 0, spaces = 0, marks = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == ' ') {
      ++spaces;
    } else if (c == ',' || c == '.') {
      ++marks;
    } else if (!((c == '-' || c == '(') && i == 0) && !(c == ')' && i + 1 == t.size())) {
      return false;
    }
  }
  // A comma or point says it is an amount written with separators (not a
  // code or telephone number written in groups).
  return digits >= 4 && spaces >= 1 && marks >= 1;
}

namespace {
bool only_a_unit(std::string_view rest);
} // namespace

bool stacked_figures(std::string_view raw, const FigureVocabulary &vocab) {
  std::size_t figures = 0, lines = 0;
  while (!raw.empty()) {
    std::size_t end = raw.find_first_of("\r\n");
    std::string_view line = trim_view(raw.substr(0, end));
    raw.remove_prefix(end == std::string_view::npos ? raw.size() : end + 1);
    if (line.empty()) continue;
    ++lines;
    // A header written over two lines ("2024" over "£000", "2024" over
    // "2025") is a year or a unit, not figures.
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    bool year = line.size() == 4 && std::all_of(line.begin(), line.end(), digit) && line >= "1900" && line <= "2100";
    if (year || only_a_unit(line)) return false;
    ParsedFigure f = parse_figure(line, vocab);
    if (f.kind == ParsedFigure::Kind::NotAFigure) return false;
    figures += f.kind == ParsedFigure::Kind::Number;
  }
  return lines >= 2 && figures >= 2;
}

bool thousands_only(std::string_view digits, char sep) {
  std::size_t group = 0, groups = 0;
  for (char c : digits) {
    if (c >= '0' && c <= '9') {
      ++group;
      continue;
    }
    if (c != sep || group == 0 || group > 3 || (groups > 0 && group != 3)) return false;
    group = 0;
    ++groups;
  }
  return groups >= 2 && group == 3;
}

namespace {
// Whether the digits between any sign or brackets are written with points
// as thousands ("1.234.567").
bool point_thousands(std::string_view t) {
  while (!t.empty() && (t.front() == '-' || t.front() == '(')) t.remove_prefix(1);
  while (!t.empty() && t.back() == ')') t.remove_suffix(1);
  return thousands_only(t, '.');
}
} // namespace

namespace {
// A plain amount: a currency sign at most, then digits (in groups of three
// by commas, or not grouped) and one to four decimals. `marked` says it is
// written as an amount, with a decimal point or a thousands comma.
bool plain_amount(std::string_view s, bool &marked) {
  for (std::string_view sign : {"\xc2\xa3", "$", "\xe2\x82\xac"}) // pound, dollar, euro
    if (s.starts_with(sign)) {
      s.remove_prefix(sign.size());
      break;
    }
  const std::size_t point = s.find('.');
  std::string_view whole = s.substr(0, point);
  if (whole.empty() || whole.front() < '0' || whole.front() > '9') return false;
  // Digits between commas: a first group of one to three, then threes.
  std::size_t group = 0, groups = 0;
  for (char c : whole) {
    if (c >= '0' && c <= '9') {
      ++group;
      continue;
    }
    if (c != ',' || group == 0 || (groups == 0 ? group > 3 : group != 3)) return false;
    group = 0;
    ++groups;
  }
  const bool commas = groups > 0;
  if (group == 0 || (commas && group != 3)) return false;
  if (point != std::string_view::npos) {
    std::string_view decimals = s.substr(point + 1);
    if (decimals.empty() || decimals.size() > 4 || decimals.find_first_not_of("0123456789") != std::string_view::npos)
      return false;
  }
  marked = commas || point != std::string_view::npos;
  return true;
}

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "cr" or "dr" in any case: +1 a credit, -1 a debit, 0 neither.
int credit_word(std::string_view w) {
  if (w.size() != 2 || (w[1] != 'r' && w[1] != 'R')) return 0;
  if (w[0] == 'c' || w[0] == 'C') return 1;
  return w[0] == 'd' || w[0] == 'D' ? -1 : 0;
}

// Where a ledger's sign stands: the text without it (trimmed), whether it
// is a minus or a credit, and whether a word stands apart from the figure.
struct LedgerParts {
  std::string_view amount;
  bool negative = false, apart = false;
};
std::optional<LedgerParts> ledger_parts(std::string_view text) {
  std::string_view t = trim_view(text);
  if (t.size() < 2 || t.size() > 40) return std::nullopt;
  LedgerParts p;
  if (t.back() == '-') {
    p.amount = trim_view(t.substr(0, t.size() - 1));
    p.negative = true;
  } else if (int w = credit_word(t.substr(t.size() - 2)); w != 0 && t.size() > 2 && !ascii_letter(t[t.size() - 3])) {
    p.amount = t.substr(0, t.size() - 2);
    p.apart = p.amount.back() == ' ' || p.amount.back() == '\xa0'; // a space or a no-break space's last byte
    p.amount = trim_view(p.amount);
    p.negative = w > 0;
  } else if (int w = credit_word(t.substr(0, 2)); w != 0 && t.size() > 3 && t[2] == ' ') {
    p.amount = trim_view(t.substr(2));
    p.negative = w > 0;
    p.apart = true;
  } else {
    return std::nullopt;
  }
  return p;
}
} // namespace

bool broken_figure(std::string_view raw, const FigureVocabulary &vocab) {
  std::string_view t = trim_view(raw);
  // A ledger's sign after it ("1,2345.00-", "12.345678 CR") is no part of
  // the digits: the figure before it is lost where the sign is not read.
  const auto ledger = ledger_parts(t);
  if (ledger) t = ledger->amount;
  // A currency sign before it says it was written as an amount: two points
  // after one ("£723.79.48") are no date or version but a figure mistyped.
  bool currency = false;
  for (std::string_view sign : {"\xc2\xa3", "$", "\xe2\x82\xac"}) // pound, dollar, euro
    if (t.starts_with(sign)) {
      t.remove_prefix(sign.size());
      currency = true;
      break;
    }
  std::size_t digits = 0, commas = 0, points = 0, spaces = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c >= '0' && c <= '9')
      ++digits;
    else if (c == ',')
      ++commas;
    else if (c == '.')
      ++points;
    else if (c == ' ')
      ++spaces;
    else if (!((c == '-' || c == '(') && i == 0) && !(c == ')' && i + 1 == t.size()))
      return false; // a letter, a '%', a '/', a dash inside ("2016-17"): no figure's marks
  }
  // A mark says it was written as an amount (not a code or telephone number
  // in groups); points alone, two or more, are a date or a version ("31.03.2023").
  if (!digits || commas + points == 0 || (points >= 2 && commas == 0 && spaces == 0 && !currency)) return false;
  // After a currency sign, points grouping the digits in threes
  // ("€1.234.567") are thousands as much of Europe writes them: a
  // plausible reading, so no broken figure.
  if (currency && points >= 2 && commas == 0 && spaces == 0 && point_thousands(t)) return false;
  if (ledger) return !ledger_sign(raw);
  return parse_figure(t, vocab).kind == ParsedFigure::Kind::NotAFigure;
}

std::optional<LedgerSign> ledger_sign(std::string_view text) {
  auto p = ledger_parts(text);
  bool marked = false;
  if (!p || !plain_amount(p->amount, marked) || !(marked || p->apart)) return std::nullopt;
  return LedgerSign{p->amount, p->negative};
}

ParsedFigure parse_figure(std::string_view raw, const FigureVocabulary &vocab) {
  ParsedFigure f;
  std::string t = trim(raw);
  if (t.empty()) {
    f.kind = ParsedFigure::Kind::Nil;
    return f;
  }
  std::string l = lower(t);
  for (const auto &m : vocab.nil_markers) {
    if (l == m) {
      f.kind = ParsedFigure::Kind::Nil;
      return f;
    }
  }
  if (auto ledger = ledger_sign(t)) {
    ParsedFigure amount = parse_figure(ledger->amount, vocab);
    if (amount.kind == ParsedFigure::Kind::Number && ledger->negative) amount.value = -amount.value;
    return amount;
  }
  std::string_view s(t);
  bool neg = false;
  auto strip_spaces = [&] {
    std::size_t len = 0;
    while (!s.empty() && is_space_at(s, 0, len)) s.remove_prefix(len);
    while (!s.empty() && (s.back() == ' ')) s.remove_suffix(1);
  };
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
    neg = true;
    s = s.substr(1, s.size() - 2);
    strip_spaces();
  }
  // A leading minus may be ASCII, an en dash or a true minus sign.
  if (starts_with(s, "-")) {
    neg = !neg;
    s.remove_prefix(1);
  } else if (starts_with(s, "\xE2\x80\x93") || starts_with(s, "\xE2\x88\x92")) {
    neg = !neg;
    s.remove_prefix(3);
  } else if (starts_with(s, "+"))
    s.remove_prefix(1);
  strip_spaces();
  bool pound = false;
  if (starts_with(s, "\xC2\xA3")) {
    s.remove_prefix(2);
    strip_spaces();
    pound = true;
  }
  if (starts_with(s, "-") && !neg) {
    neg = true;
    s.remove_prefix(1);
  } // "£-395"
  // Unit suffix.
  std::int64_t own = 0;
  if (ends_with(s, "k") || ends_with(s, "K")) {
    own = 100000;
    s.remove_suffix(1);
  } else if (ends_with(s, "m") || ends_with(s, "M")) {
    own = 100000000;
    s.remove_suffix(1);
  } else if (ends_with(s, "bn")) {
    own = 100000000000;
    s.remove_suffix(2);
  }
  strip_spaces();
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
    neg = !neg;
    s = s.substr(1, s.size() - 2);
  }
  // Digits with thousands separators (in groups of three) and a decimal part.
  std::string digits;
  bool seen_dot = false, seen_digit = false;
  int since_comma = -1;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      digits += c;
      seen_digit = true;
      if (since_comma >= 0 && !seen_dot) ++since_comma;
    } else if (c == ',' && !seen_dot && seen_digit) {
      if (since_comma >= 0 && since_comma != 3) return f;
      since_comma = 0;
    } else if (c == '.' && !seen_dot) {
      digits += c;
      seen_dot = true;
    } else {
      return f; // a '%', a second '.', a letter: not a figure
    }
  }
  if (since_comma >= 0 && since_comma != 3) return f;
  if (!seen_digit) return f;
  double v = 0;
  auto r = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  if (r.ec != std::errc()) return f;
  f.kind = ParsedFigure::Kind::Number;
  f.value = neg ? -v : v;
  f.own_unit = own;
  f.pound_sign = pound;
  return f;
}

namespace {
bool digit(char c) { return c >= '0' && c <= '9'; }
} // namespace

namespace {
// A financial year at the start of the text, and what follows it (lower
// case, trimmed), for parse_financial_year and year_heading.
struct YearAndRest {
  std::string key;
  std::string rest;
};
std::optional<YearAndRest> read_year(std::string_view text) {
  // A year starts with a digit or "FY": turn away titles, references and
  // commentary before making a lower-case copy (this sees every text cell).
  std::size_t first = 0, len = 0;
  while (first < text.size() && is_space_at(text, first, len)) first += len;
  if (first >= text.size()) return std::nullopt;
  char c0 = text[first];
  if (!digit(c0) && c0 != 'f' && c0 != 'F') return std::nullopt;
  std::string t = lower(trim(text));
  std::string_view s(t);
  if (starts_with(s, "fy")) {
    s.remove_prefix(2);
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  }
  // first number: 2 or 4 digits
  std::size_t i = 0;
  while (i < s.size() && digit(s[i])) ++i;
  if (i != 2 && i != 4) return std::nullopt;
  int a = std::atoi(std::string(s.substr(0, i)).c_str());
  std::size_t j = i;
  while (j < s.size() && s[j] == ' ') ++j;
  if (j < s.size() && (s[j] == '-' || s[j] == '/'))
    ++j;
  else if (starts_with(s.substr(j), "\xe2\x80\x93"))
    j += 3;
  else
    return std::nullopt;
  while (j < s.size() && s[j] == ' ') ++j;
  std::size_t k = j;
  while (k < s.size() && digit(s[k])) ++k;
  std::size_t n = k - j;
  if (n != 2 && n != 4) return std::nullopt;
  int b = std::atoi(std::string(s.substr(j, n)).c_str());
  // What follows may only be a unit or a note, not more digits.
  if (k < s.size() && (digit(s[k]) || s[k] == '/' || s[k] == '-' || s[k] == '.')) return std::nullopt;
  int start = i == 4 ? a : 2000 + a;
  if (i == 4 && (a < 1990 || a > 2099)) return std::nullopt;
  int end2 = n == 4 ? b % 100 : b;
  if (n == 4 && b != start + 1) return std::nullopt;
  if (end2 != (start + 1) % 100) return std::nullopt;
  return YearAndRest{year_key(start), trim(s.substr(k))};
}

// What may follow a year in a heading that names the year alone: its unit
// ("£000", "(£'000)", "£m", "$000"), written with any spaces, quotes or
// brackets, or a footnote's star.
bool only_a_unit(std::string_view rest) {
  static constexpr std::array<std::string_view, 10> kMarks = {
      "\xc2\xa3", "\xe2\x82\xac", "$", "'", "\xe2\x80\x99", "(", ")", "[", "]", "*"}; // £, €, $, quotes, brackets
  std::string scale; // what is left: "000", "k", "thousands"
  for (std::size_t i = 0; i < rest.size();) {
    std::size_t len = 0;
    if (is_space_at(rest, i, len)) {
      i += len;
      continue;
    }
    auto mark = std::find_if(kMarks.begin(), kMarks.end(),
                             [&](std::string_view m) { return rest.compare(i, m.size(), m) == 0; });
    if (mark != kMarks.end()) {
      i += mark->size();
      continue;
    }
    scale += rest[i++];
  }
  static constexpr std::array<std::string_view, 10> kScales = {"",   "000",      "000s",      "k",       "m",
                                                               "bn", "thousand", "thousands", "million", "millions"};
  return std::find(kScales.begin(), kScales.end(), scale) != kScales.end();
}
} // namespace

std::optional<std::string> parse_financial_year(std::string_view text) {
  auto y = read_year(text);
  if (!y) return std::nullopt;
  return std::move(y->key);
}

bool year_heading(std::string_view text) {
  auto y = read_year(text);
  return y && only_a_unit(y->rest);
}

bool mentions_financial_year(std::string_view text) {
  for (std::size_t p = 0; p < text.size(); ++p) {
    char c = text[p];
    bool may_start = digit(c) || c == 'f' || c == 'F';
    // At a word's start: not the middle of a number or of a word ("ref 12017/18").
    bool at_start = p == 0 || !std::isalnum(static_cast<unsigned char>(text[p - 1]));
    if (may_start && at_start && read_year(text.substr(p))) return true;
  }
  return false;
}

int year_start(std::string_view key) { return std::atoi(std::string(key.substr(0, 4)).c_str()); }

std::string year_key(int start) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", start, (start + 1) % 100);
  return buf;
}

std::optional<std::int64_t> parse_unit(std::string_view text) {
  std::string l = lower(trim(text));
  // Normalise the pound sign and drop apostrophes and spaces: £'000 -> £000.
  std::string s;
  for (std::size_t i = 0; i < l.size(); ++i) {
    if (l.compare(i, 2, "\xc2\xa3") == 0) {
      s += '#';
      ++i;
      continue;
    }
    if (l[i] == '\'' || l[i] == ' ' || l[i] == ',' || l.compare(i, 3, "\xe2\x80\x99") == 0) {
      if (l.compare(i, 3, "\xe2\x80\x99") == 0) i += 2;
      continue;
    }
    s += l[i];
  }
  if (s.find("#000") != std::string::npos || s.find("#k") != std::string::npos ||
      s.find("#thousand") != std::string::npos || s.find("000s") != std::string::npos)
    return 100000;
  if (s.find("#m") != std::string::npos || s.find("#million") != std::string::npos) return 100000000;
  if (s == "#" || s == "(#)" || s == "in#" || s.find("inpounds") != std::string::npos) return 100;
  return std::nullopt;
}

std::optional<FoundRef> find_reference(std::string_view text) {
  if (text.find('/') == std::string_view::npos) return std::nullopt; // every reference has its slash
  // [A-Z] / R [. ]* digits . ddd   e.g. C/R.5.305, c/r5.001, A/R 6.113, A/R. 6.214
  for (std::size_t i = 0; i + 5 < text.size(); ++i) {
    char a = text[i];
    if (!((a >= 'A' && a <= 'Z') || (a >= 'a' && a <= 'z'))) continue;
    if (i > 0 && ((text[i - 1] >= 'A' && text[i - 1] <= 'Z') || (text[i - 1] >= 'a' && text[i - 1] <= 'z'))) continue;
    std::size_t j = i + 1;
    while (j < text.size() && text[j] == ' ') ++j;
    if (j >= text.size() || text[j] != '/') continue;
    ++j;
    while (j < text.size() && text[j] == ' ') ++j;
    if (j >= text.size() || (text[j] != 'R' && text[j] != 'r')) continue;
    ++j;
    while (j < text.size() && (text[j] == ' ' || text[j] == '.')) ++j;
    std::size_t d0 = j;
    while (j < text.size() && digit(text[j])) ++j;
    if (j == d0 || j - d0 > 2) continue;
    std::string_view major = text.substr(d0, j - d0);
    while (j < text.size() && text[j] == ' ') ++j;
    if (j >= text.size() || text[j] != '.') continue;
    ++j;
    while (j < text.size() && text[j] == ' ') ++j;
    std::size_t m0 = j;
    while (j < text.size() && digit(text[j])) ++j;
    if (j - m0 != 3) continue;
    FoundRef f;
    // Built in place ("C/R.5.305" fits a string's own buffer): one per scheme row.
    f.ref.reserve(4 + major.size() + 4);
    f.ref += char(std::toupper(static_cast<unsigned char>(a)));
    f.ref.append("/R.").append(major).append(".").append(text.substr(m0, 3));
    f.begin = i;
    f.end = j;
    return f;
  }
  return std::nullopt;
}

std::string_view strip_reference(std::string_view title, std::string &scratch) {
  auto f = find_reference(title);
  std::string_view out = title; // as it is, where there is nothing to cut or fold
  if (f) {
    std::string t(title);
    std::size_t b = f->begin, e = f->end;
    // Take surrounding brackets and a trailing separator with it.
    std::size_t lb = b;
    while (lb > 0 && t[lb - 1] == ' ') --lb;
    std::size_t re = e;
    while (re < t.size() && t[re] == ' ') ++re;
    if (lb > 0 && t[lb - 1] == '(' && re < t.size() && t[re] == ')') {
      b = lb - 1;
      e = re + 1;
    } else if (lb > 0 && t[lb - 1] == '(') {
      b = lb - 1;
    }
    t.erase(b, e - b);
    scratch = fold_spaces(t);
    out = scratch;
  } else if (needs_folding(title)) {
    scratch = fold_spaces(title);
    out = scratch;
  }
  // Trailing or leading separators left behind ("A/R.6.248- Review", "Title -").
  while (!out.empty() && (out.back() == '-' || out.back() == ' ' || out.back() == ':' || out.back() == ','))
    out.remove_suffix(1);
  while (!out.empty() && (out.front() == '-' || out.front() == ' ' || out.front() == ':')) out.remove_prefix(1);
  if (out.size() >= 3 && out.compare(0, 3, "\xe2\x80\x93") == 0) out = trim_view(out.substr(3));
  if (out.size() >= 3 && out.compare(out.size() - 3, 3, "\xe2\x80\x93") == 0)
    out = trim_view(out.substr(0, out.size() - 3));
  return out;
}

std::string strip_reference(std::string_view title) {
  std::string scratch;
  return std::string(strip_reference(title, scratch));
}

} // namespace fundbook
