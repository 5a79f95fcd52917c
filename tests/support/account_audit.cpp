#include "support/account_audit.hpp"

#include <algorithm>
#include <filesystem>
#include <regex>

#include <nlohmann/json.hpp>

#include "export/json.hpp"
#include "export/text.hpp"
#include "support/checks.hpp"

namespace fundbook::test {

namespace {
std::size_t number(const std::string &s) { return std::size_t(std::stoull(s)); }

// A reason in `unchecked` that is about totals the table states (and that
// were not checked), as opposed to figures with no total at all.
bool names_stated_totals(const std::string &why) {
  static const std::regex total("total", std::regex::icase);
  static const std::regex none("no row or column (recognised|named) as a total|no Total row or column|"
                               "a table with no Total|not a heading fundbook knows|not amounts to add",
                               std::regex::icase);
  return std::regex_search(why, total) && !std::regex_search(why, none);
}
} // namespace

std::vector<std::string> account_claims_beyond_json(const std::string &path) {
  CheckResult r = check_file(path);
  const nlohmann::json d = nlohmann::json::parse(check_json(r));
  const std::string text = check_text(r);
  // The account is the last line but the ones under it, one a sheet,
  // naming what was not checked there ("  not checked on ...").
  std::string line = text.substr(0, text.find_last_not_of('\n') + 1);
  for (;;) {
    const std::size_t at = line.rfind('\n');
    const std::string last = line.substr(at + 1);
    if (at == std::string::npos || (last.rfind("  not checked on ", 0) != 0 && last.rfind("  ... and ", 0) != 0)) {
      line = last;
      break;
    }
    line.resize(at);
  }
  const auto &s = d["summary"];
  const std::size_t totals = s["totals_checked"], tables = s["tables"], figures = s["unchecked_figures"];
  std::vector<std::string> out;
  std::smatch m;
  if (totals == 0) {
    static const std::regex claim("every total|[0-9]+ totals? checked");
    if (std::regex_search(text, m, claim)) out.push_back("no total checked, but the text says '" + m.str() + "'");
    if (line.rfind("No total was checked", 0) != 0) out.push_back("no total checked, but the line does not say so");
  } else {
    static const std::regex head("^([0-9]+) totals? checked in ([0-9]+) tables?");
    if (!std::regex_search(line, m, head) || number(m[1]) != totals || number(m[2]) != tables)
      out.push_back("the line's count is not the JSON's " + std::to_string(totals) + " totals in " +
                    std::to_string(tables) + " tables");
  }
  static const std::regex left("([0-9]+) figures? on ([0-9]+) sheets? not understood");
  if (!d["unchecked"].empty()) {
    if (!std::regex_search(line, m, left) || number(m[1]) != figures)
      out.push_back("the JSON leaves " + std::to_string(figures) + " figures in " +
                    std::to_string(d["unchecked"].size()) + " blocks unchecked, the line does not say so");
  } else if (std::regex_search(line, left)) {
    out.push_back("the line says figures were not understood, the JSON leaves none");
  }
  if (line.find("no table with totals was recognised") != std::string::npos)
    for (const auto &u : d["unchecked"])
      if (names_stated_totals(u["why"])) {
        out.push_back("'no table with totals was recognised', but the JSON says: " + u["why"].get<std::string>());
        break;
      }
  for (auto &o : out) o += "\n    line: " + line;
  return out;
}

std::vector<std::string> workbooks_under(const std::string &dir) {
  std::vector<std::string> out;
  namespace fs = std::filesystem;
  if (!fs::is_directory(dir)) return out;
  for (const auto &e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    std::string ext = e.path().extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (ext == ".xlsx" || ext == ".xlsm" || ext == ".xls" || ext == ".ods" || ext == ".csv")
      out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

} // namespace fundbook::test
