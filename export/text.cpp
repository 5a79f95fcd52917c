#include "export/text.hpp"

#include <map>
#include <sstream>

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

std::string check_text(const CheckResult &r) {
  std::ostringstream o;
  write_check_text(o, r);
  return std::move(o).str();
}

void write_check_text(std::ostream &o, const CheckResult &r) {
  std::string current;
  for (const Finding &f : r.findings) {
    if (f.path != current) {
      current = f.path;
      o << "\n" << f.path << "\n";
      o << "  " << pad("severity", 8) << "  " << pad("cell", 22) << "  " << pad("stated", 11) << "  "
        << pad("computed", 11) << "  " << pad("diff", 9) << "  message\n";
    }
    std::string cell = f.sheet ? *f.sheet + (f.cell ? "!" + a1(*f.cell) : "") : "";
    std::string diff = (f.stated && f.computed) ? (*f.stated - *f.computed).display(f.unit) : "";
    o << "  " << pad(severity_name(f.severity), 8) << "  " << pad(cell, 22) << "  " << pad(opt_money(f.stated, f.unit), 11)
      << "  " << pad(opt_money(f.computed, f.unit), 11) << "  " << pad(diff, 9) << "  " << f.message << " [" << f.rule << "]\n";
  }
  // "Every total agrees" only when some total was checked: an empty list
  // about tables nobody understood would mislead.
  if (r.findings.empty() && r.totals_checked() > 0) o << "No findings: every total checked agrees.\n";
  o << "\n"
    << r.schemes.size() << " schemes read from " << r.inputs_read() << " of " << r.inputs.size() << " files; "
    << summary_line(r) << "\n";
  o << coverage_line(r.checked, r.unchecked) << "\n";
}

} // namespace fundbook
