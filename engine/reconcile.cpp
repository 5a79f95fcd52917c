#include <algorithm>
#include <map>

#include "engine/key_index.hpp"
#include "engine/schemes.hpp"
#include "import/figures.hpp"

namespace fundbook {

std::string title_key(const std::string &title) {
  std::string out;
  for (unsigned char c : lower(title)) {
    if (std::isalnum(c)) out += char(c);
  }
  return out;
}

void complete_scheme(const SharedText &path, Scheme &s) {
  s.source.path = path;
  auto total = [](const std::optional<Figure> &stated, const YearMap<Figure> &years, bool incremental) {
    // A stated total of an incremental table is not an absolute total.
    if (stated && !(incremental && !years.empty())) return std::optional<Money>(stated->amount);
    if (years.empty()) return std::optional<Money>();
    return std::optional<Money>(Scheme::sum_of(years));
  };
  if (s.incremental) {
    // Each year's figure is the change from the year before (years are in order).
    for (auto *m : {&s.investment, &s.saving}) {
      Money running;
      for (auto &entry : *m) entry.second.amount = running += entry.second.amount;
    }
  }
  s.investment_total = total(s.stated_investment, s.investment, s.incremental);
  s.saving_total = total(s.stated_saving, s.saving, s.incremental);
  s.incremental = false; // the years are absolute now
  if (s.kind == "monitoring") {
    MonitoringFigures &m = s.monitoring.ensure();
    if (s.monitored) {
      MonitoringRecord &mr = *s.monitored;
      if (mr.spent_to_date) m.spent_to_date = mr.spent_to_date->amount;
      if (mr.saved_to_date) m.saved_to_date = mr.saved_to_date->amount;
      if (mr.projected_saving) m.projected_saving = mr.projected_saving->amount;
      m.commentary = std::move(mr.commentary);
      m.rag = std::move(mr.rag);
    }
    if (s.stated_investment) m.original_investment = s.stated_investment->amount;
    if (s.stated_saving) m.original_saving = s.stated_saving->amount;
    s.monitored.reset(); // the rules that read it have run
  }
  work_out_monitoring(s);
}

namespace {

// The family's first letter (profile, business-case, monitoring), r or t,
// then the reference or the title key: "prC/R.1.001" fits a string's own
// buffer, so the hundred thousand keys of a tracker need no allocation.
std::string family_key(std::string_view fam, const Scheme &s) {
  std::string k{fam.empty() ? '?' : fam[0], s.ref ? 'r' : 't'};
  if (s.ref)
    k.append(*s.ref);
  else
    k.append(title_key(s.title));
  return k;
}

// Which kinds carry a comparable year profile.
std::string_view family(std::string_view kind) {
  if (kind == "profile" || kind == "planning") return "profile";
  return kind;
}

std::vector<std::string> differing_years(const Scheme &a, const Scheme &b) {
  std::vector<std::string> out;
  std::map<std::string, int> years;
  for (auto *m : {&a.investment, &a.saving, &b.investment, &b.saving})
    for (auto &[y, v] : *m) years[y] = 1;
  for (auto &entry : years) {
    const std::string &y = entry.first;
    if (amount_in(a.investment, y) != amount_in(b.investment, y) || amount_in(a.saving, y) != amount_in(b.saving, y))
      out.push_back(y);
  }
  return out;
}

std::string where(const Provenance &p) { return p.path.str() + " (" + p.sheet + "!" + a1(p.cell) + ")"; }

} // namespace

std::vector<Scheme> reconcile(std::vector<FileSchemes> &files, std::vector<Finding> &findings) {
  std::vector<Scheme> out;
  std::size_t total = 0;
  for (auto &f : files) total += f.schemes.size();
  // family + key -> index in out; a kept scheme's key is made again from it.
  KeyIndex seen(total, [&out](std::size_t i) { return family_key(family(out[i].kind), out[i]); });
  std::vector<Scheme> monitoring;
  // Whether s is the first of its scheme (it will be out[index]); a repeat
  // becomes a duplicate or conflict finding against the one kept.
  auto is_new = [&](Scheme &s, const std::string &path, std::size_t index) {
    if (s.kind == "monitoring") {
      monitoring.push_back(std::move(s));
      return false;
    }
    auto [first_at, inserted] = seen.try_emplace(family_key(family(s.kind), s), index);
    if (inserted) return true;
    const Scheme &first = out[first_at];
    auto years = differing_years(first, s);
    bool same_totals = first.investment_total == s.investment_total && first.saving_total == s.saving_total;
    std::string name = s.title + (s.ref ? " (" + *s.ref + ")" : "");
    Finding fd;
    fd.path = path;
    fd.sheet = s.source.sheet;
    fd.cell = s.source.cell;
    if (years.empty() && same_totals) {
      fd.severity = Severity::Warning;
      fd.rule = rule::kDuplicateScheme;
      fd.message = name + " is read twice with the same figures: in " + where(first.source) + " and in " +
                   where(s.source) + "; it is counted once";
    } else {
      fd.severity = Severity::Error;
      fd.rule = rule::kConflictingScheme;
      std::string ys;
      for (auto &y : years) ys += (ys.empty() ? "" : ", ") + y;
      if (ys.empty()) ys = "the stated totals";
      fd.message = name + " has different figures in " + where(first.source) + " and in " + where(s.source) + " for " +
                   ys + "; the first is used until the two are reconciled";
      if (!years.empty()) {
        // Point at the first differing figure of the second copy.
        const std::string &y = years.front();
        auto amount = [&](const YearMap<Figure> &m) { return amount_in(m, y); };
        bool inv_differs = amount(first.investment) != amount(s.investment);
        const auto &figures = inv_differs ? s.investment : s.saving;
        if (auto c = figures.find(y); c != figures.end()) fd.cell = c->second.ref;
        fd.stated = inv_differs ? amount(s.investment) : amount(s.saving);
        fd.computed = inv_differs ? amount(first.investment) : amount(first.saving);
      }
    }
    findings.push_back(std::move(fd));
    return false;
  };
  for (std::size_t fi = 0; fi < files.size(); ++fi) {
    FileSchemes &f = files[fi];
    if (fi == 0) {
      // The first file's schemes become the result in place, so a single
      // 100,000-row tracker is never held twice.
      out = std::move(f.schemes);
      std::size_t kept = 0;
      for (std::size_t i = 0; i < out.size(); ++i) {
        if (!is_new(out[i], f.path, kept)) continue;
        if (kept != i) out[kept] = std::move(out[i]);
        ++kept;
      }
      out.resize(kept);
      out.reserve(total);
      continue;
    }
    for (auto &s : f.schemes)
      if (is_new(s, f.path, out.size())) out.push_back(std::move(s));
    std::vector<Scheme>().swap(f.schemes); // moved from: give the memory back now
  }
  // Monitoring figures join the scheme with the same reference, if read.
  for (auto &m : monitoring) {
    std::optional<std::size_t> at = seen.find(family_key("profile", m));
    if (at && m.ref) {
      Scheme &s = out[*at];
      s.monitoring = std::move(m.monitoring);
      work_out_monitoring(s); // again, with the figures it has now
      continue;
    }
    if (!seen.try_emplace(family_key("monitoring", m), out.size()).second) continue;
    out.push_back(std::move(m));
  }
  return out;
}

void work_out_monitoring(Scheme &s) {
  Money inv = s.investment_total.value_or(s.investment_sum());
  Money sav = s.saving_total.value_or(s.saving_sum());
  if (inv.positive() && !sav.is_zero() && !sav.is_too_large()) s.roi = double(sav.abs().pence()) / double(inv.pence());
  // Payback: the first year cumulative savings cover cumulative investment.
  // Both maps are in year order, so one merged walk visits every year once.
  Money ci, cs;
  auto i = s.investment.begin(), j = s.saving.begin();
  while (i != s.investment.end() || j != s.saving.end()) {
    YearKey y = (j == s.saving.end() || (i != s.investment.end() && i->first <= j->first)) ? i->first : j->first;
    if (i != s.investment.end() && i->first == y) ci += (i++)->second.amount;
    if (j != s.saving.end() && j->first == y) cs += (j++)->second.amount;
    if (ci.positive() && cs.abs() >= ci) {
      s.payback_year = y.str();
      break;
    }
  }
  if (s.monitoring) {
    auto &m = *s.monitoring;
    Money orig_inv = m.original_investment.value_or(inv);
    if (m.spent_to_date && orig_inv.positive())
      m.share_spent = double(m.spent_to_date->pence()) / double(orig_inv.pence());
    std::optional<Money> orig_sav = m.original_saving ? m.original_saving : s.saving_total;
    if (m.projected_saving && orig_sav) m.variance = *m.projected_saving - *orig_sav;
  }
}

namespace {
// Sums by year without a string lookup per figure: a tracker has a handful of
// distinct years and hundreds of thousands of figures.
struct YearSums {
  std::vector<std::pair<YearKey, Money>> sums;
  void add(const YearMap<Figure> &m) {
    std::size_t k = 0;
    for (auto &entry : m) {
      // (Not a structured binding: clang 14, which builds the fuzzers, cannot capture one.)
      const YearKey y = entry.first;
      const Money v = entry.second.amount;
      // Most schemes have the same years in the same order: try the next place first.
      if (k < sums.size() && sums[k].first == y) {
        sums[k++].second += v;
        continue;
      }
      auto it = std::find_if(sums.begin(), sums.end(), [&](auto &p) { return p.first == y; });
      k = std::size_t(it - sums.begin()) + 1;
      if (it == sums.end())
        sums.emplace_back(y, v);
      else
        it->second += v;
    }
  }
  void into(std::map<std::string, Money> &out) const {
    for (auto &[y, v] : sums) out[y.str()] += v;
  }
};
} // namespace

Totals work_out_totals(const std::vector<Scheme> &schemes, const std::vector<TableRef> &tables) {
  Totals t;
  bool summaries = false;
  for (auto &tr : tables) {
    const FigureTable &ft = tr.table;
    if (ft.kind != "summary" || ft.measure == Measure::Other) continue;
    summaries = true;
    for (auto &row : ft.rows) {
      auto &wt = t.by_workstream[row.label];
      auto &m = ft.measure == Measure::Investment ? wt.investment : wt.saving;
      for (std::size_t k = 0; k < row.values.size() && k < ft.columns.size(); ++k) {
        if (row.values[k]) m[ft.columns[k]] += row.values[k]->amount;
      }
    }
  }
  // Without workstream summaries, the schemes that name their workstream
  // give the totals (summaries and schemes are two views of the same money).
  // One pass over the schemes for both: a tracker's schemes do not fit in
  // the cache, so each pass over them costs a trip to memory per scheme.
  YearSums inv, sav;
  std::map<std::string, std::pair<YearSums, YearSums>, std::less<>> by_ws;
  for (auto &s : schemes) {
    inv.add(s.investment);
    sav.add(s.saving);
    if (summaries || !s.workstream) continue;
    auto &sums = by_ws[s.workstream->str()];
    sums.first.add(s.investment);
    sums.second.add(s.saving);
  }
  inv.into(t.by_year.investment);
  sav.into(t.by_year.saving);
  for (auto &[ws, sums] : by_ws) {
    auto &wt = t.by_workstream[ws];
    sums.first.into(wt.investment);
    sums.second.into(wt.saving);
  }
  return t;
}

} // namespace fundbook
