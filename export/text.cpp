#include "export/text.hpp"
#include "core/printable.hpp"
#include "core/concat.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string_view>
#include <utility>
#include <sstream>
#include <vector>

namespace fundbook {

namespace {
std::string opt_money(const std::optional<Money> &m, std::int64_t unit, int decimals) {
  return m ? m->display(unit, decimals) : "";
}
std::string pad(std::string s, std::size_t n) {
  // Pads by characters, not bytes, so "£" does not shift the columns.
  std::size_t chars = 0;
  for (unsigned char c : s) chars += (c & 0xC0) != 0x80;
  if (chars < n) s.append(n - chars, ' ');
  return s;
}
} // namespace

std::string summary_line(const CheckResult &r) {
  auto plural = [](std::size_t n, const char *one, const char *many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  return plural(r.errors(), "error", "errors") + ", " + plural(r.warnings(), "warning", "warnings") + ", " +
         plural(r.infos(), "note", "notes") + " in " + plural(r.inputs.size(), "file", "files");
}

std::string check_text(const CheckResult &r, const TextOptions &options) {
  std::ostringstream o;
  write_check_text(o, r, options);
  return std::move(o).str();
}

namespace {
std::string cell_text(const Finding &f) {
  return !f.sheet ? std::string() : printable(f.cell ? concat(*f.sheet, "!", a1(*f.cell)) : *f.sheet);
}
std::size_t chars(const std::string &s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}
std::string thousands(std::size_t n) {
  std::string d = std::to_string(n), out;
  for (std::size_t i = 0; i < d.size(); ++i) {
    if (i && (d.size() - i) % 3 == 0) out += ',';
    out += d[i];
  }
  return out;
}
// Rules in order of first appearance, with their counts.
std::vector<std::pair<std::string, std::size_t>> count_rules(const CheckResult &r) {
  std::vector<std::pair<std::string, std::size_t>> out;
  std::map<std::string, std::size_t> at;
  for (const Finding &f : r.findings) {
    auto [it, added] = at.emplace(f.rule, out.size());
    if (added) out.push_back({f.rule, 0});
    ++out[it->second].second;
  }
  return out;
}
} // namespace

std::string rule_counts_line(const CheckResult &r) {
  std::string line;
  for (auto &[rule, n] : count_rules(r)) line += (line.empty() ? "By rule: " : ", ") + rule + " " + thousands(n);
  return line;
}

namespace {
// The line a block of figures not checked is, where its reason opens by
// naming it as the structure's reasons do ("'Remaining budget gap' below
// 'Total savings and funding', ...", "'Cumulative' is a running total ...",
// "'Net cost' and 2 more lines below ..."): the quoted label, up to the quote
// that a word of the reason follows (a label may hold an apostrophe:
// "'Members' allowances' is ..."). Empty where the reason names no line.
std::string line_named(const std::string &why) {
  if (why.size() < 3 || why[0] != '\'') return {};
  for (std::size_t q = why.find('\'', 1); q != std::string::npos; q = why.find('\'', q + 1)) {
    const std::string_view after = std::string_view(why).substr(q + 1);
    for (std::string_view next : {" is ", " below ", " agrees ", " says ", " counts ", " (and ", " and ", ","})
      if (after.starts_with(next)) {
        std::string line = why.substr(0, q + 1);
        // "'Net cost' and 2 more lines below": the run, as the reason says it.
        if (next == " and ") {
          const std::size_t below = after.find(" below ");
          if (below != std::string_view::npos && after.substr(0, below).find("more line") != std::string_view::npos)
            line += after.substr(0, below);
        }
        return line;
      }
  }
  return {};
}

// Under the closing line, one line per sheet whose figures were not
// understood, naming what was not checked there: each line by its label
// where the reason names one ("'Remaining budget gap' (B17:E17)"), else the
// block's cells; the first three and how many more. JSON says why of each.
void write_unchecked_lines(std::ostream &o, const CheckResult &r) {
  constexpr std::size_t kSheets = 10, kBlocks = 3;
  std::set<std::string_view> paths;
  for (const auto &u : r.unchecked) paths.insert(u.path);
  std::vector<std::pair<std::pair<std::string, std::string>, std::vector<const UncheckedBlock *>>> sheets;
  for (const auto &u : r.unchecked) {
    // Figures checked only to within their rounding: said in the closing line.
    if (!u.block.figures || u.block.within_rounding) continue;
    std::pair<std::string, std::string> key{u.path, u.block.sheet};
    auto it = std::find_if(sheets.begin(), sheets.end(), [&](const auto &s) { return s.first == key; });
    if (it == sheets.end()) it = sheets.insert(sheets.end(), {key, {}});
    it->second.push_back(&u.block);
  }
  for (std::size_t k = 0; k < sheets.size() && k < kSheets; ++k) {
    const auto &[key, blocks] = sheets[k];
    std::string s = concat("  not checked on ", key.second, paths.size() > 1 ? concat(" of ", key.first) : "", ": ");
    for (std::size_t b = 0; b < blocks.size() && b < kBlocks; ++b) {
      const std::string cells = concat(a1(blocks[b]->first), ":", a1(blocks[b]->last));
      const std::string line = line_named(blocks[b]->why);
      s += concat(b ? ", " : "", line.empty() ? cells : concat(line, " (", cells, ")"));
    }
    if (blocks.size() > kBlocks) s += concat(" and ", std::to_string(blocks.size() - kBlocks), " more");
    o << printable(s) << "\n";
  }
  if (sheets.size() > kSheets)
    o << "  ... and " << sheets.size() - kSheets << " more sheets (--format json says what and why of each)\n";
}

} // namespace

void write_check_text(std::ostream &o, const CheckResult &r, const TextOptions &options) {
  std::size_t cap = options.max_per_rule ? options.max_per_rule : SIZE_MAX;
  // Which findings are printed, and the cell column wide enough for their
  // sheet names (within reason: a very long one runs over rather than
  // pushing every message off the screen).
  std::map<std::string, std::size_t> shown_of_rule;
  std::vector<bool> shown;
  shown.reserve(r.findings.size());
  std::size_t cell_width = 22;
  for (const Finding &f : r.findings) {
    bool show = ++shown_of_rule[f.rule] <= cap;
    shown.push_back(show);
    if (show) cell_width = std::max(cell_width, std::min<std::size_t>(chars(cell_text(f)), 48));
  }
  std::string current;
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    if (!shown[i]) continue;
    const Finding &f = r.findings[i];
    if (f.path != current) {
      current = f.path;
      o << "\n" << printable(f.path) << "\n";
      o << "  " << pad("severity", 8) << "  " << pad("cell", cell_width) << "  " << pad("stated", 11) << "  "
        << pad("computed", 11) << "  " << pad("diff", 9) << "  message\n";
    }
    std::string diff = (f.stated && f.computed) ? (*f.stated - *f.computed).display(f.unit, f.decimals) : "";
    o << "  " << pad(severity_name(f.severity), 8) << "  " << pad(cell_text(f), cell_width) << "  "
      << pad(opt_money(f.stated, f.unit, f.decimals), 11) << "  " << pad(opt_money(f.computed, f.unit, f.decimals), 11)
      << "  " << pad(diff, 9) << "  " << printable(f.message) << " [" << f.rule << "]\n";
  }
  bool capped = false;
  for (auto &[rule, n] : count_rules(r)) {
    if (n <= cap) continue;
    if (!capped) o << "\n";
    capped = true;
    o << "... and " << thousands(n - cap) << " more " << rule << " findings not shown (the first " << cap
      << " are above; --max-findings-per-rule 0 shows all, --format json lists all)\n";
  }
  // "Every total agrees" only when some total was checked: an empty list
  // about tables nobody understood would mislead.
  if (r.findings.empty() && r.totals_checked() > 0) o << "No findings: every total checked agrees.\n";
  if (!r.findings.empty()) o << "\n" << rule_counts_line(r) << "\n";
  // Schemes are named only where some were read: "0 schemes read" closing
  // the check of a grant register or a budget book reads as if nothing was.
  o << "\n";
  if (r.scheme_count() > 0)
    o << r.scheme_count() << (r.scheme_count() == 1 ? " scheme" : " schemes") << " read from " << r.inputs_read()
      << " of " << r.inputs.size() << " files; ";
  else if (r.inputs_read() < r.inputs.size())
    o << r.inputs_read() << " of " << r.inputs.size() << " files read; ";
  o << summary_line(r) << "\n";
  o << printable(coverage_line(r.checked, r.unchecked)) << "\n";
  write_unchecked_lines(o, r);
}

} // namespace fundbook
