#include "import/formula/ods_formula.hpp"

#include "import/formula/formula.hpp"

namespace fundbook::formula {
namespace {

// One end of an ODF reference, "Sheet1.$C$6", "$'Q3 2017-18'.C6" or ".C6":
// the sheet (empty for the formula's own) and the cell.
bool split_end(std::string_view s, std::string &sheet, std::string &cell) {
  sheet.clear();
  std::size_t i = 0;
  if (i < s.size() && s[i] == '$') ++i;
  if (i < s.size() && s[i] == '\'') {
    std::size_t j = i + 1;
    for (; j < s.size(); ++j) {
      if (s[j] == '\'') {
        if (j + 1 < s.size() && s[j + 1] == '\'') {
          sheet += '\'';
          ++j;
          continue;
        }
        break;
      }
      sheet += s[j];
    }
    if (j >= s.size() || j + 1 >= s.size() || s[j + 1] != '.') return false;
    cell = std::string(s.substr(j + 2));
    return true;
  }
  auto dot = s.rfind('.');
  if (dot == std::string_view::npos) return false;
  sheet = std::string(s.substr(i, dot - i));
  cell = std::string(s.substr(dot + 1));
  return true;
}

// "[.C6:.H6]" without its brackets -> "C6:H6".
std::string reference(std::string_view in) {
  // The colon that joins the two ends, outside any quoted sheet name.
  std::size_t colon = std::string_view::npos;
  bool quoted = false;
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '\'') quoted = !quoted;
    if (in[i] == ':' && !quoted) {
      colon = i;
      break;
    }
  }
  std::string s1, c1, s2, c2;
  if (!split_end(in.substr(0, colon), s1, c1)) return std::string(in); // #REF! and the like
  std::string out = s1.empty() ? c1 : sheet_prefix(s1) + c1;
  if (colon != std::string_view::npos) {
    if (!split_end(in.substr(colon + 1), s2, c2)) return std::string(in);
    // A range across sheets keeps its second sheet, which fundbook reads as outside the subset.
    out += ':';
    if (!s2.empty() && s2 != s1) out += sheet_prefix(s2);
    out += c2;
  }
  return out;
}

} // namespace

std::optional<std::string> ods_to_a1(std::string_view f) {
  if (f.size() > kMaxLength * 2) return std::nullopt;
  auto colon = f.find(':');
  auto eq = f.find('=');
  std::string_view ns = colon != std::string_view::npos && colon < eq ? f.substr(0, colon) : std::string_view();
  if (!ns.empty()) f.remove_prefix(colon + 1);
  if (ns == "msoxl") return std::string(f); // already Excel's syntax
  if (!ns.empty() && ns != "of" && ns != "oooc") return std::nullopt;
  std::string out;
  out.reserve(f.size());
  for (std::size_t i = 0; i < f.size(); ++i) {
    char c = f[i];
    if (c == '"') {
      std::size_t j = i + 1;
      while (j < f.size() && !(f[j] == '"' && (j + 1 >= f.size() || f[j + 1] != '"'))) j += f[j] == '"' ? 2 : 1;
      out.append(f.substr(i, std::min(j + 1, f.size()) - i));
      i = j;
    } else if (c == '[') {
      bool quoted = false;
      std::size_t j = i + 1;
      for (; j < f.size(); ++j) {
        if (f[j] == '\'') quoted = !quoted;
        if (f[j] == ']' && !quoted) break;
      }
      out += reference(f.substr(i + 1, j - i - 1));
      i = j;
    } else if (c == ';') {
      out += ',';
    } else {
      out += c;
    }
  }
  if (out.empty() || out[0] != '=') out.insert(out.begin(), '=');
  return out;
}

} // namespace fundbook::formula
