#include "export/text.hpp"
#include "core/printable.hpp"
#include "core/concat.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <sstream>
#include <vector>

namespace fundbook {

namespace {
std::string opt_money(const std::optional<Money> &m, std::int64_t unit) { return m ? m->display(unit) : ""; }
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
    std::string diff = (f.stated && f.computed) ? (*f.stated - *f.computed).display(f.unit) : "";
    o << "  " << pad(severity_name(f.severity), 8) << "  " << pad(cell_text(f), cell_width) << "  "
      << pad(opt_money(f.stated, f.unit), 11) << "  " << pad(opt_money(f.computed, f.unit), 11) << "  " << pad(diff, 9)
      << "  " << printable(f.message) << " [" << f.rule << "]\n";
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
  o << "\n"
    << r.scheme_count() << " schemes read from " << r.inputs_read() << " of " << r.inputs.size() << " files; "
    << summary_line(r) << "\n";
  o << printable(coverage_line(r.checked, r.unchecked)) << "\n";
}

} // namespace fundbook
