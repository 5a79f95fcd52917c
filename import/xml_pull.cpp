#include "import/xml_pull.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace fundbook {
namespace {

// Byte classes. Names are taken in ASCII only (anything else is left to
// expat); a byte with a class of 0 in kTextStop or kAttrStop is an ordinary
// character of text or of an attribute value.
enum : std::uint8_t { kNameStart = 1, kNameChar = 2, kSpace = 4 };

constexpr std::array<std::uint8_t, 256> make_kinds() {
  std::array<std::uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[std::size_t(c)] = kNameStart | kNameChar;
  for (int c = 'A'; c <= 'Z'; ++c) t[std::size_t(c)] = kNameStart | kNameChar;
  t['_'] = kNameStart | kNameChar;
  for (int c = '0'; c <= '9'; ++c) t[std::size_t(c)] = kNameChar;
  t['.'] = t['-'] = t[':'] = kNameChar;
  t[' '] = t['\t'] = t['\n'] = t['\r'] = kSpace;
  return t;
}
constexpr std::array<std::uint8_t, 256> kKinds = make_kinds();

// Control characters XML 1.0 does not allow (and the NUL after the input).
constexpr bool is_control(unsigned char c) { return c < 0x20 && c != '\t' && c != '\n' && c != '\r'; }

constexpr std::array<std::uint8_t, 256> make_stops(const char *special) {
  std::array<std::uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) t[std::size_t(c)] = (c >= 0x80 || is_control((unsigned char)c)) ? 1 : 0;
  for (const char *s = special; *s; ++s) t[(unsigned char)*s] = 1;
  return t;
}
constexpr std::array<std::uint8_t, 256> kTextStop = make_stops("<&]\r");
constexpr std::array<std::uint8_t, 256> kAttrStop = make_stops("\"'<&\t\n\r");
// Inside a comment, processing instruction or CDATA section: only the
// characters to check, and the first byte of each terminator.
constexpr std::array<std::uint8_t, 256> kMarkupStop = make_stops("-?]\r");

inline std::uint8_t kind(char c) { return kKinds[(unsigned char)c]; }
inline bool is_space(char c) { return (kind(c) & kSpace) != 0; }
inline bool is_name_start(char c) { return (kind(c) & kNameStart) != 0; }
inline bool is_name_char(char c) { return (kind(c) & kNameChar) != 0; }

// The end of the qualified name at q (its first character already taken as
// a name start); local is set where the part after its last ':' begins.
const char *scan_name(const char *q, const char *&local) {
  while (is_name_char(*q)) {
    if (*q == ':') local = q + 1;
    ++q;
  }
  return q;
}

// The length of the UTF-8 character at p (2 to 4 bytes) when it is one XML
// allows and expat takes; 0 when not (malformed, overlong, a surrogate,
// U+FFFE or U+FFFF, past U+10FFFF); -1 when the input ends inside it.
int utf8_length(const char *p, const char *end) {
  auto b = [&](std::ptrdiff_t i) { return (unsigned char)p[i]; };
  unsigned char c = b(0);
  int n = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
  if (n == 0) return 0;
  std::ptrdiff_t have = end - p;
  // Check what there is, so a malformed start is told from a short input.
  auto cont = [&](std::ptrdiff_t i, unsigned lo, unsigned hi) { return i >= have || (b(i) >= lo && b(i) <= hi); };
  unsigned lo1 = 0x80, hi1 = 0xBF;
  if (c == 0xE0) lo1 = 0xA0;
  if (c == 0xED) hi1 = 0x9F;
  if (c == 0xF0) lo1 = 0x90;
  if (c == 0xF4) hi1 = 0x8F;
  if (!cont(1, lo1, hi1)) return 0;
  for (int i = 2; i < n; ++i)
    if (!cont(i, 0x80, 0xBF)) return 0;
  if (have < n) return -1;
  if (c == 0xEF && b(1) == 0xBF && b(2) >= 0xBE) return 0; // U+FFFE, U+FFFF
  return n;
}

int put_utf8(std::uint32_t v, char *out) {
  if (v < 0x80) {
    out[0] = char(v);
    return 1;
  }
  if (v < 0x800) {
    out[0] = char(0xC0 | (v >> 6));
    out[1] = char(0x80 | (v & 0x3F));
    return 2;
  }
  if (v < 0x10000) {
    out[0] = char(0xE0 | (v >> 12));
    out[1] = char(0x80 | ((v >> 6) & 0x3F));
    out[2] = char(0x80 | (v & 0x3F));
    return 3;
  }
  out[0] = char(0xF0 | (v >> 18));
  out[1] = char(0x80 | ((v >> 12) & 0x3F));
  out[2] = char(0x80 | ((v >> 6) & 0x3F));
  out[3] = char(0x80 | (v & 0x3F));
  return 4;
}

// The reference at p ('&'): the five predefined entities and character
// references to characters XML allows. Returns the bytes it takes and puts
// what it stands for in out (1-4 bytes, never more than it takes); 0 when
// it is not one of those (left to expat); -1 when the input ends inside it.
constexpr std::ptrdiff_t kLongestReference = 12; // &#x0010FFFF;
int reference(const char *p, const char *end, char *out, int &out_len) {
  const char *semi = nullptr;
  for (const char *q = p + 1; q < end && q - p <= kLongestReference; ++q) {
    if (*q == ';') {
      semi = q;
      break;
    }
  }
  if (!semi) return end - p <= kLongestReference ? -1 : 0;
  std::string_view body(p + 1, std::size_t(semi - p - 1));
  int took = int(semi - p + 1);
  if (body.empty()) return 0;
  if (body[0] != '#') {
    char c = 0;
    if (body == "lt")
      c = '<';
    else if (body == "gt")
      c = '>';
    else if (body == "amp")
      c = '&';
    else if (body == "quot")
      c = '"';
    else if (body == "apos")
      c = '\'';
    else
      return 0;
    out[0] = c;
    out_len = 1;
    return took;
  }
  std::uint32_t v = 0;
  bool hex = body.size() > 1 && body[1] == 'x';
  std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty()) return 0;
  for (char d : digits) {
    std::uint32_t x;
    if (d >= '0' && d <= '9')
      x = std::uint32_t(d - '0');
    else if (hex && d >= 'a' && d <= 'f')
      x = std::uint32_t(d - 'a' + 10);
    else if (hex && d >= 'A' && d <= 'F')
      x = std::uint32_t(d - 'A' + 10);
    else
      return 0;
    v = v * (hex ? 16 : 10) + x;
    if (v > 0x10FFFF) return 0;
  }
  bool allowed = v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) ||
                 (v >= 0x10000 && v <= 0x10FFFF);
  if (!allowed) return 0;
  out_len = put_utf8(v, out);
  return took;
}

// Whether [p, end) starts with word; -1 when the input ends first.
int starts_with(const char *p, const char *end, std::string_view word) {
  std::size_t have = std::size_t(end - p);
  std::size_t n = std::min(have, word.size());
  if (std::memcmp(p, word.data(), n) != 0) return 0;
  return have < word.size() ? -1 : 1;
}

} // namespace

char *XmlPull::room(std::size_t n) {
  // What is left of the input (a token not yet complete) goes to the front.
  if (pos_ > 0) {
    std::memmove(buf_.get(), buf_.get() + pos_, len_ - pos_);
    len_ -= pos_;
    pos_ = 0;
  }
  if (cap_ < len_ + n + 1) {
    // Not zeroed: the zip fills it (a folder of small workbooks zeroed a 64 KB
    // chunk for each of their parts, an eighth of its instructions).
    std::size_t cap = std::max(len_ + n + 1, 2 * cap_);
    auto grown = std::make_unique_for_overwrite<char[]>(cap);
    if (len_) std::memcpy(grown.get(), buf_.get(), len_);
    buf_ = std::move(grown);
    cap_ = cap;
  }
  // The input ends here until filled() says more came (the zip may have no
  // more to give): every scan stops at this NUL, never at a byte left over
  // from the text just moved.
  buf_[len_] = '\0';
  return buf_.get() + len_;
}

void XmlPull::filled(std::size_t k) {
  len_ += k;
  buf_[len_] = '\0'; // every scan stops here without a bounds test
}

bool XmlPull::declaration(const char *p, const char *close) {
  // <?xml version="1.0" [encoding="UTF-8"] [standalone="yes|no"] ?>, and no
  // other: any other version or encoding is left to expat.
  const char *q = p + 5;
  auto spaces = [&] {
    const char *s = q;
    while (q < close && is_space(*q)) ++q;
    return q > s;
  };
  auto pseudo = [&](std::string_view name, std::string_view &value) {
    if (std::size_t(close - q) < name.size() || std::memcmp(q, name.data(), name.size()) != 0) return false;
    q += name.size();
    spaces();
    if (q >= close || *q != '=') return false;
    ++q;
    spaces();
    if (q >= close || (*q != '"' && *q != '\'')) return false;
    char quote = *q++;
    const char *v = q;
    while (q < close && *q != quote) ++q;
    if (q >= close) return false;
    value = std::string_view(v, std::size_t(q - v));
    ++q;
    return true;
  };
  std::string_view v;
  if (!spaces() || !pseudo("version", v) || v != "1.0") return false;
  bool space = spaces();
  if (space && q < close && *q == 'e') {
    if (!pseudo("encoding", v) || v.size() != 5) return false;
    auto letter = [](char c, char lower) { return c == lower || c == char(lower - 'a' + 'A'); };
    if (!letter(v[0], 'u') || !letter(v[1], 't') || !letter(v[2], 'f') || v[3] != '-' || v[4] != '8') return false;
    space = spaces();
  }
  if (space && q < close && *q == 's') {
    if (!pseudo("standalone", v) || (v != "yes" && v != "no")) return false;
    spaces();
  }
  return q == close;
}

int XmlPull::skip_markup(const char *&p) {
  // p at "<?" or "<!" (not CDATA). Returns Token::Start when skipped.
  const char *end = buf_.get() + len_;
  const char *q = p + 2;
  if (p[1] == '!') {
    int is = starts_with(p, end, "<!--");
    if (is <= 0) return is < 0 ? Token::More : Token::Unsure; // a DOCTYPE, or anything else
    q = p + 4;
    for (;;) {
      while (!kMarkupStop[(unsigned char)*q]) ++q;
      if (q == end) return Token::More;
      unsigned char c = (unsigned char)*q;
      if (c == '-') {
        if (q + 1 >= end) return Token::More;
        if (q[1] != '-') {
          ++q;
          continue;
        }
        if (q + 2 >= end) return Token::More;
        if (q[2] != '>') return Token::Unsure; // "--" inside a comment
        p = q + 3;
        return Token::Start;
      }
      if (c == '?' || c == ']' || c == '\r') {
        ++q;
      } else if (c >= 0x80) {
        int n = utf8_length(q, end);
        if (n <= 0) return n < 0 ? Token::More : Token::Unsure;
        q += n;
      } else {
        return Token::Unsure;
      }
    }
  }
  // A processing instruction: a target that is a name, not "xml" in any case.
  if (!is_name_start(*q)) return q == end ? Token::More : Token::Unsure;
  const char *t = q;
  while (is_name_char(*q)) ++q;
  if (q == end) return Token::More;
  if (q - t == 3 && (t[0] | 0x20) == 'x' && (t[1] | 0x20) == 'm' && (t[2] | 0x20) == 'l') return Token::Unsure;
  if (*q == '?') {
    if (q + 1 >= end) return Token::More;
    if (q[1] != '>') return Token::Unsure;
    p = q + 2;
    return Token::Start;
  }
  if (!is_space(*q)) return Token::Unsure;
  for (;;) {
    while (!kMarkupStop[(unsigned char)*q]) ++q;
    if (q == end) return Token::More;
    unsigned char c = (unsigned char)*q;
    if (c == '?') {
      if (q + 1 >= end) return Token::More;
      if (q[1] == '>') {
        p = q + 2;
        return Token::Start;
      }
      ++q;
    } else if (c == '-' || c == ']' || c == '\r') {
      ++q;
    } else if (c >= 0x80) {
      int n = utf8_length(q, end);
      if (n <= 0) return n < 0 ? Token::More : Token::Unsure;
      q += n;
    } else {
      return Token::Unsure;
    }
  }
}

// A token begun at p and cut by the chunk's end: More while the rest may
// still come within kMaxToken bytes; at the input's end, or past that, unsure.
XmlPull::Token XmlPull::cut_at_end(const char *p, const char *end) {
  if (eof_ || std::size_t(end - p) > kMaxToken) return unsure();
  Token m;
  m.kind = Token::More;
  return m;
}

XmlPull::Token XmlPull::start_tag(const char *p) {
  char *b = buf_.get();
  const char *end = b + len_;
  Token t;
  auto more = [&]() { return cut_at_end(p, end); };
  const char *q = p + 1;
  if (!is_name_start(*q)) return q == end ? more() : unsure();
  const char *name = q, *local = q;
  const char *name_end = q = scan_name(q, local);
  spans_.clear();
  for (;;) {
    bool space = false;
    while (is_space(*q)) {
      ++q;
      space = true;
    }
    if (q == end) return more();
    if (*q == '>') {
      ++q;
      break;
    }
    if (*q == '/') {
      if (q + 1 == end) return more();
      if (q[1] != '>') return unsure();
      t.empty = true;
      q += 2;
      break;
    }
    if (!space || !is_name_start(*q)) return unsure();
    Span s{};
    s.name = std::uint32_t(q - b);
    while (is_name_char(*q)) ++q;
    s.name_end = std::uint32_t(q - b);
    while (is_space(*q)) ++q;
    if (q == end) return more();
    if (*q != '=') return unsure();
    ++q;
    while (is_space(*q)) ++q;
    if (q == end) return more();
    char quote = *q;
    if (quote != '"' && quote != '\'') return unsure();
    ++q;
    s.value = std::uint32_t(q - b);
    s.plain = true;
    for (;;) {
      while (!kAttrStop[(unsigned char)*q]) ++q;
      char c = *q;
      if (c == quote) break;
      if (q == end) return more();
      if (c == '"' || c == '\'') {
        ++q;
      } else if (c == '&') {
        char out[4];
        int out_len = 0;
        int n = reference(q, end, out, out_len);
        if (n <= 0) return n < 0 ? more() : unsure();
        q += n;
        s.plain = false;
      } else if (c == '\t' || c == '\n' || c == '\r') {
        ++q;
        s.plain = false;
      } else if ((unsigned char)c >= 0x80) {
        int n = utf8_length(q, end);
        if (n <= 0) return n < 0 ? more() : unsure();
        q += n;
      } else {
        return unsure(); // '<', or a control character
      }
    }
    s.value_end = std::uint32_t(q - b);
    ++q;
    // An attribute named twice is an error to expat.
    std::size_t len = s.name_end - s.name;
    for (const Span &o : spans_)
      if (o.name_end - o.name == len && std::memcmp(b + o.name, b + s.name, len) == 0) return unsure();
    spans_.push_back(s);
    if (spans_.size() > 512) return unsure();
  }
  // One root element, and only so deep as this reader keeps names for.
  if (open_starts_.empty() && root_seen_) return unsure();
  if (open_starts_.size() >= (1u << 16)) return unsure();
  root_seen_ = true;
  // The tag is whole: its names and values are ended in place, and values
  // with references or whitespace to normalise are decoded in place (never
  // longer than written).
  attrs_.clear();
  for (const Span &s : spans_) {
    b[s.name_end] = '\0';
    char *w = b + s.value;
    if (s.plain) {
      w = b + s.value_end;
    } else {
      const char *r = w, *v_end = b + s.value_end;
      while (r < v_end) {
        char c = *r;
        if (c == '&') {
          int out_len = 0;
          r += reference(r, v_end + 1, w, out_len);
          w += out_len;
        } else if (c == '\t' || c == '\n' || c == '\r') {
          *w++ = ' ';
          r += (c == '\r' && r + 1 < v_end && r[1] == '\n') ? 2 : 1;
        } else {
          *w++ = *r++;
        }
      }
    }
    *w = '\0';
    attrs_.push_back(b + s.name);
    attrs_.push_back(b + s.value);
  }
  attrs_.push_back(nullptr);
  t.kind = Token::Start;
  t.name = std::string_view(name, std::size_t(name_end - name));
  t.local = std::string_view(local, std::size_t(name_end - local));
  t.attrs = attrs_.data();
  if (!t.empty) {
    open_starts_.push_back(std::uint32_t(open_names_.size()));
    open_names_.append(t.name);
  }
  pos_ = std::size_t(q - b);
  return t;
}

XmlPull::Token XmlPull::end_tag(const char *p) {
  char *b = buf_.get();
  const char *end = b + len_;
  auto more = [&]() { return cut_at_end(p, end); };
  const char *q = p + 2;
  if (!is_name_start(*q)) return q == end ? more() : unsure();
  const char *name = q, *local = q;
  const char *name_end = q = scan_name(q, local);
  while (is_space(*q)) ++q;
  if (q == end) return more();
  if (*q != '>') return unsure();
  if (open_starts_.empty()) return unsure();
  std::string_view n(name, std::size_t(name_end - name));
  if (std::string_view(open_names_).substr(open_starts_.back()) != n) return unsure(); // not the open element
  open_names_.resize(open_starts_.back());
  open_starts_.pop_back();
  Token t;
  t.kind = Token::End;
  t.name = n;
  t.local = std::string_view(local, std::size_t(name_end - local));
  pos_ = std::size_t(q + 1 - b);
  return t;
}

XmlPull::Token XmlPull::text_run(const char *p) {
  // Inside the root element, up to the next '<' or as far as the input is
  // certain (not inside a reference, a character or a line end).
  char *b = buf_.get();
  const char *end = b + len_;
  char *w = b + (p - b);
  const char *r = p;
  for (;;) {
    const char *s = r;
    while (!kTextStop[(unsigned char)*r]) ++r;
    if (w != s) std::memmove(w, s, std::size_t(r - s));
    w += r - s;
    char c = *r;
    if (c == '<') break;
    if (r == end) break;
    if (c == '&') {
      int out_len = 0;
      int n = reference(r, end, w, out_len);
      if (n < 0 && !eof_) { break; }
      if (n <= 0) return unsure();
      r += n;
      w += out_len;
    } else if (c == '\r') {
      if (r + 1 == end && !eof_) { break; }
      *w++ = '\n';
      r += r[1] == '\n' ? 2 : 1;
    } else if (c == ']') {
      if (end - r < 3 && !eof_) { break; }
      if (end - r >= 3 && r[1] == ']' && r[2] == '>') return unsure(); // "]]>" is not allowed in text
      *w++ = *r++;
    } else if ((unsigned char)c >= 0x80) {
      int n = utf8_length(r, end);
      if (n < 0 && !eof_) { break; }
      if (n <= 0) return unsure();
      if (w != r) std::memmove(w, r, std::size_t(n));
      w += n;
      r += n;
    } else {
      return unsure(); // a control character
    }
  }
  pos_ = std::size_t(r - b);
  Token t;
  if (w == p) {
    // Nothing certain yet (a reference or character cut by the chunk's end).
    return cut_at_end(r, end);
  }
  t.kind = Token::Text;
  t.text = std::string_view(p, std::size_t(w - p));
  return t;
}

XmlPull::Token XmlPull::next() {
  if (unsure_) return unsure();
  for (;;) {
    char *b = buf_.get();
    const char *p = b + pos_;
    const char *end = b + len_;
    Token more;
    more.kind = Token::More;
    if (!began_) {
      // The XML declaration, if any, first; no byte order mark, nothing before it.
      if (std::size_t(end - p) < 6 && !eof_) return more;
      if (p == end || *p != '<') return unsure();
      int is = starts_with(p, end, "<?xml");
      if (is < 0) return unsure(); // eof inside it
      if (is > 0) {
        if (!is_space(p[5])) return unsure(); // a processing instruction named xml...: expat's to judge
        const char *close = nullptr;
        for (const char *q = p; q + 1 < end && q - p < 256; ++q)
          if (q[0] == '?' && q[1] == '>') {
            close = q;
            break;
          }
        if (!close) return (eof_ || end - p >= 256) ? unsure() : more;
        if (!declaration(p, close)) return unsure();
        pos_ = std::size_t(close + 2 - b);
      }
      began_ = true;
      continue;
    }
    bool top = open_starts_.empty();
    if (top) {
      // Outside the root element: white space, comments and processing
      // instructions only, and the root once.
      while (is_space(*p)) ++p;
      pos_ = std::size_t(p - b);
    }
    if (p == end) {
      if (!eof_) return more;
      if (top && root_seen_) {
        Token d;
        d.kind = Token::Done;
        return d;
      }
      return unsure();
    }
    if (*p != '<') {
      if (top) return unsure();
      return text_run(p);
    }
    if (end - p < 2) return eof_ ? unsure() : more;
    char c = p[1];
    if (c == '/') return end_tag(p);
    if (c == '!' && !top) {
      int is = starts_with(p, end, "<![CDATA[");
      if (is < 0) return eof_ ? unsure() : more;
      if (is > 0) {
        // Its text as written, line ends normalised.
        const char *q = p + 9;
        const char *close = nullptr;
        for (;;) {
          while (!kMarkupStop[(unsigned char)*q]) ++q;
          if (q == end) break;
          unsigned char k = (unsigned char)*q;
          if (k == ']') {
            if (end - q < 3) break;
            if (q[1] == ']' && q[2] == '>') {
              close = q;
              break;
            }
            ++q;
          } else if (k == '-' || k == '?' || k == '\r') {
            ++q;
          } else if (k >= 0x80) {
            int n = utf8_length(q, end);
            if (n < 0) break;
            if (n == 0) return unsure();
            q += n;
          } else {
            return unsure();
          }
        }
        if (!close) return (eof_ || std::size_t(end - p) > kMaxToken) ? unsure() : more;
        char *w = b + (p - b) + 9;
        char *text = w;
        for (const char *r = p + 9; r < close;) {
          if (*r == '\r') {
            *w++ = '\n';
            r += r[1] == '\n' ? 2 : 1;
          } else {
            *w++ = *r++;
          }
        }
        pos_ = std::size_t(close + 3 - b);
        if (w == text) continue;
        Token t;
        t.kind = Token::Text;
        t.text = std::string_view(text, std::size_t(w - text));
        return t;
      }
    }
    if (c == '?' || c == '!') {
      int k = skip_markup(p);
      if (k == Token::Unsure) return unsure();
      if (k == Token::More) return (eof_ || std::size_t(end - p) > kMaxToken) ? unsure() : more;
      pos_ = std::size_t(p - b);
      continue;
    }
    return start_tag(p);
  }
}

} // namespace fundbook
