// rag-count-mismatch: a RAG overview against the schemes listed under it.
// Where every rating's schemes are listed (Green too), counts and sums must
// agree exactly. Where only exceptions are listed (Red and Amber, as GPC
// asked), a rating cannot list more schemes, or more spend and savings, than
// the overview says it has.
#include <map>

#include "engine/rules/rules.hpp"

namespace fundbook::rules {

namespace {
struct Listed {
  int count = 0;
  Money spent, saved, projected;
  std::vector<std::string> names;
};
} // namespace

std::size_t rag_overview(const std::string &path, const RagOverview &ov, const std::vector<SchemeRecord> &schemes,
                         std::vector<Finding> &out) {
  std::map<std::string, Listed> listed;
  for (auto &s : schemes) {
    if (s.kind != "monitoring" || !s.monitored || !s.monitored->rag || s.source.sheet != ov.sheet) continue;
    const MonitoringRecord &m = *s.monitored;
    Listed &l = listed[*m.rag];
    ++l.count;
    if (m.spent_to_date) l.spent += m.spent_to_date->amount;
    if (m.saved_to_date) l.saved += m.saved_to_date->amount;
    if (m.projected_saving) l.projected += m.projected_saving->amount;
    l.names.push_back(s.title + (s.ref ? " (" + *s.ref + ")" : ""));
  }
  if (listed.empty()) return 0;
  std::size_t n = 0;
  bool complete = true;
  for (auto &row : ov.rows) {
    if (row.rating == "Total") continue;
    if (row.count && !row.count->amount.is_zero() && !listed.count(row.rating)) complete = false;
  }
  for (auto &row : ov.rows) {
    if (row.rating == "Total" || !row.count) continue;
    n += 1 + row.sums.count("investment_to_date") + row.sums.count("savings_to_date");
    const Listed l = listed.count(row.rating) ? listed[row.rating] : Listed{};
    Money stated_count = row.count->amount;
    Money listed_count = Money::thousands(l.count);
    std::vector<std::string> problems;
    bool count_wrong = complete ? stated_count != listed_count : listed_count > stated_count;
    if (count_wrong) {
      problems.push_back("says " + stated_count.display() + " scheme" +
                         (stated_count == Money::thousands(1) ? "" : "s") + " but " + std::to_string(l.count) + " " +
                         row.rating + " scheme" + (l.count == 1 ? " is" : "s are") + " listed");
    }
    auto sum_check = [&](const char *key, Money got, const char *what) {
      auto it = row.sums.find(key);
      if (it == row.sums.end()) return;
      Money st = it->second.amount;
      bool wrong = got.is_too_large() || (complete ? st != got : (got.abs() > st.abs()));
      if (wrong)
        problems.push_back(std::string(what) + " says " + st.display() + " but the listed schemes add up to " +
                           got.display());
    };
    sum_check("investment_to_date", l.spent, "investment to date");
    sum_check("savings_to_date", l.saved, "savings to date");
    if (problems.empty()) continue;
    Finding f;
    f.severity = Severity::Error;
    f.rule = rule::kRagCount;
    f.path = path;
    f.sheet = ov.sheet;
    f.cell = row.count->ref;
    f.stated = stated_count;
    f.computed = listed_count;
    std::string msg = "RAG overview, " + row.rating + ": ";
    for (std::size_t i = 0; i < problems.size(); ++i) msg += (i ? "; " : "") + problems[i];
    f.message = msg;
    out.push_back(std::move(f));
  }
  return n;
}

} // namespace fundbook::rules
