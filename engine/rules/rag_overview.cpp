// rag-count-mismatch: a RAG overview against the schemes listed under it.
// Where every rating's schemes are listed (Green too), counts and sums must
// agree exactly. Where only exceptions are listed (Red and Amber, as GPC
// asked), a rating cannot list more schemes, or more spend and savings, than
// the overview says it has. The schemes may be listed on the overview's
// own sheet or, where it lists none, on the workbook's other sheets
// (rag_listing_sheets).
#include <algorithm>
#include <map>
#include <set>

#include "engine/rules/registry.hpp"

namespace fundbook::rules {

namespace {
struct Listed {
  int count = 0;
  Money spent, saved, projected;
  std::vector<std::string> names;
};
} // namespace

namespace {
bool rated(const SchemeRecord &s) { return s.kind == SchemeKind::Monitoring && s.monitored && s.monitored->rag; }
} // namespace

std::vector<std::string> rag_listing_sheets(const RagOverview &ov, const std::vector<RagOverview> &all,
                                            const std::vector<SchemeRecord> &schemes) {
  std::set<std::string> listing; // sheets with rated schemes
  for (auto &s : schemes)
    if (rated(s)) listing.insert(s.source.sheet);
  if (listing.contains(ov.sheet)) return {ov.sheet};
  // Another overview that lists nothing beside it would claim the same
  // schemes: which overview they belong to is then a guess, and not made.
  std::set<std::string> overview_sheets;
  for (auto &o : all) {
    overview_sheets.insert(o.sheet);
    bool same = o.sheet == ov.sheet && o.header_ref.row == ov.header_ref.row && o.header_ref.col == ov.header_ref.col;
    if (!same && !listing.contains(o.sheet)) return {};
  }
  std::vector<std::string> out;
  for (auto &sheet : listing)
    if (!overview_sheets.contains(sheet)) out.push_back(sheet);
  return out;
}

std::size_t rag_overview(const std::string &path, const RagOverview &ov, const std::vector<SchemeRecord> &schemes,
                         std::vector<Finding> &out) {
  return rag_overview(path, ov, schemes, {ov.sheet}, out);
}

std::size_t rag_overview(const std::string &path, const RagOverview &ov, const std::vector<SchemeRecord> &schemes,
                         const std::vector<std::string> &sheets, std::vector<Finding> &out) {
  std::map<std::string, Listed> listed;
  for (auto &s : schemes) {
    if (!rated(s) || std::find(sheets.begin(), sheets.end(), s.source.sheet) == sheets.end()) continue;
    const MonitoringRecord &m = *s.monitored;
    Listed &l = listed[*m.rag];
    ++l.count;
    if (m.spent_to_date) l.spent += m.spent_to_date->amount;
    if (m.saved_to_date) l.saved += m.saved_to_date->amount;
    if (m.projected_saving) l.projected += m.projected_saving->amount;
    l.names.push_back(s.title + (s.ref ? " (" + *s.ref + ")" : ""));
  }
  if (listed.empty()) return 0;
  std::string elsewhere; // where the schemes are listed, when not beside the overview
  if (sheets.size() != 1 || sheets.front() != ov.sheet) {
    for (std::size_t i = 0; i < sheets.size(); ++i)
      elsewhere += (i ? ", '" : " on sheet" + std::string(sheets.size() > 1 ? "s '" : " '")) + sheets[i] + "'";
  }
  std::size_t n = 0;
  bool complete = true;
  for (auto &row : ov.rows) {
    if (row.rating == "Total") continue;
    if (row.count && !row.count->amount.is_zero() && !listed.contains(row.rating)) complete = false;
  }
  // A row whose rating could not be read may be a rating nothing lists.
  for (auto &row : ov.unrated)
    if (!row.count || !row.count->amount.is_zero()) complete = false;
  for (auto &row : ov.rows) {
    if (row.rating == "Total" || !row.count) continue;
    n += 1 + row.sums.count("investment_to_date") + row.sums.count("savings_to_date");
    const Listed l = listed.contains(row.rating) ? listed[row.rating] : Listed{};
    Money stated_count = row.count->amount;
    Money listed_count = Money::thousands(l.count);
    std::vector<std::string> problems;
    bool count_wrong = complete ? stated_count != listed_count : listed_count > stated_count;
    if (count_wrong) {
      problems.push_back("says " + stated_count.display() + " scheme" +
                         (stated_count == Money::thousands(1) ? "" : "s") + " but " + std::to_string(l.count) + " " +
                         row.rating + " scheme" + (l.count == 1 ? " is" : "s are") + " listed" + elsewhere);
    }
    // The finding sits at the first figure found wrong: the count, else the sum.
    std::optional<Figure> at;
    std::optional<Money> at_computed;
    if (count_wrong) {
      at = row.count;
      at_computed = listed_count;
    }
    auto sum_check = [&](const char *key, Money got, const char *what) {
      auto it = row.sums.find(key);
      if (it == row.sums.end()) return;
      Money st = it->second.amount;
      bool wrong = got.is_too_large() || (complete ? st != got : (got.abs() > st.abs()));
      if (!wrong) return;
      problems.push_back(std::string(what) + " says " + st.display() + " but the schemes listed" + elsewhere +
                         " add up to " + got.display());
      if (!at) {
        at = it->second;
        at_computed = got;
      }
    };
    sum_check("investment_to_date", l.spent, "investment to date");
    sum_check("savings_to_date", l.saved, "savings to date");
    if (problems.empty()) continue;
    Finding f;
    f.rule = kRagCount;
    f.severity = severity_of(f.rule);
    f.path = path;
    f.sheet = ov.sheet;
    f.cell = at->ref;
    f.stated = at->amount;
    f.computed = *at_computed;
    std::string msg = "RAG overview, " + row.rating + ": ";
    for (std::size_t i = 0; i < problems.size(); ++i) msg += (i ? "; " : "") + problems[i];
    f.message = msg;
    out.push_back(std::move(f));
  }
  return n;
}

} // namespace fundbook::rules
