#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>

#include "engine/key_index.hpp"
#include "engine/rules/registry.hpp"
#include "engine/scheme_spill.hpp"
#include "engine/schemes.hpp"
#include "import/figures.hpp"

namespace fundbook {

std::string title_key(std::string_view title) {
  std::string out;
  for (unsigned char c : lower(title)) {
    if (std::isalnum(c)) out += char(c);
  }
  return out;
}

SchemeResults complete_scheme(const SharedText &path, SchemeRecord &s) {
  SchemeResults w;
  s.source.path = path;
  if (s.incremental) {
    // Each year's figure is the change from the year before (years are in order).
    for (auto *m : {&s.investment, &s.saving}) {
      Money running;
      for (auto &entry : *m) entry.second.amount = running += entry.second.amount;
    }
  }
  s.stated_totals_of_changes = s.incremental;
  s.incremental = false; // the years are absolute now
  if (s.kind == SchemeKind::Monitoring) {
    MonitoringFigures &m = w.monitoring.ensure();
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
  work_out_monitoring(s, w);
  return w;
}

namespace {

// The family's first letter (profile, business-case, monitoring), r or t,
// then the reference or the title key: "prC/R.1.001" fits a string's own
// buffer, so the hundred thousand keys of a tracker need no allocation.
std::string family_key(SchemeKind fam, const SchemeRecord &s) {
  std::string k{to_string(fam)[0], s.ref ? 'r' : 't'};
  if (s.ref)
    k.append(*s.ref);
  else
    k.append(title_key(s.title));
  return k;
}

// Which kinds carry a comparable year profile.
SchemeKind family(SchemeKind kind) { return kind == SchemeKind::Planning ? SchemeKind::Profile : kind; }

// The years in which two copies of a scheme differ, in year order. A merged
// walk of the four sorted year maps: a register repeats a reference on
// thousands of rows, and a map per comparison cost more than the comparison.
std::vector<YearKey> differing_years(const SchemeRecord &a, const SchemeRecord &b) {
  std::vector<YearKey> out;
  const YearMap<Figure> *maps[4] = {&a.investment, &a.saving, &b.investment, &b.saving};
  std::size_t at[4] = {0, 0, 0, 0};
  auto amount = [&](int k, YearKey y) {
    const auto &m = *maps[k];
    if (at[k] < m.size() && m.key_at(at[k]) == y) return m.value_at(at[k]++).amount;
    return Money();
  };
  for (;;) {
    std::optional<YearKey> next;
    for (int k = 0; k < 4; ++k) {
      const auto &m = *maps[k];
      if (at[k] < m.size()) {
        YearKey y = m.key_at(at[k]);
        if (!next || y < *next) next = y;
      }
    }
    if (!next) break;
    YearKey y = *next;
    Money ai = amount(0, y), as = amount(1, y), bi = amount(2, y), bs = amount(3, y);
    if (ai != bi || as != bs) out.push_back(y);
  }
  return out;
}

std::string where(const Provenance &p) { return p.path.str() + " (" + p.sheet.str() + "!" + a1(p.cell) + ")"; }

} // namespace

namespace {

// The repeats of one kept scheme on one sheet of one file: one cause, so
// one finding, however many rows repeat the reference.
struct RepeatGroup {
  std::size_t first; // the kept scheme's place in the result
  std::size_t file;
  Finding finding;              // made from the first repeat, or the first that differs
  std::string name, where_kept; // for the pair's message
  std::size_t copies = 0;
  bool differs = false;
  bool totals_differ = false;
};

std::string where(const Place &p) { return p.path + " (" + p.sheet + "!" + a1(p.cell) + ")"; }

// Runs of three or more in a row are written as one span ("rows 3-26", "for
// 2016-17 to 2021-22"): a register repeats a reference on rows one after
// another, and its findings name them all at once rather than the first few.
template <class Next, class Put>
std::string spans(std::size_t n, Next next, Put put, const char *to, std::size_t shown, const char *more) {
  std::string out;
  std::size_t items = 0, i = 0;
  for (; i < n && items < shown; ++items) {
    std::size_t j = i;
    while (j + 1 < n && next(j)) ++j;
    if (!out.empty()) out += ", ";
    if (j >= i + 2) {
      out += put(i) + to + put(j);
      i = j + 1;
    } else {
      out += put(i);
      ++i;
    }
  }
  if (i < n) out += " and " + std::to_string(n - i) + more;
  return out;
}

std::string row_list(const std::vector<std::uint32_t> &rows) {
  // The message names the first rows (a span of rows one after another as
  // one); the JSON's `rows` has them all.
  constexpr std::size_t kShown = 5;
  return spans(
      rows.size(), [&](std::size_t i) { return rows[i + 1] == rows[i] + 1; },
      [&](std::size_t i) { return std::to_string(rows[i]); }, "-", kShown, " more");
}

// The first year of a financial year key ("2016-17": 2016), or -1.
int first_year(const std::string &y) {
  if (y.size() != 7 || y[4] != '-') return -1;
  int v = 0;
  for (int i = 0; i < 4; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(y[std::size_t(i)]))) return -1;
    v = v * 10 + (y[std::size_t(i)] - '0');
  }
  return v;
}

std::string year_list(const std::vector<std::string> &years) {
  if (years.empty()) return "the stated totals";
  return spans(
      years.size(),
      [&](std::size_t i) {
        int a = first_year(years[i]);
        return a >= 0 && first_year(years[i + 1]) == a + 1;
      },
      [&](std::size_t i) { return years[i]; }, " to ", years.size(), "");
}

void finish_group(RepeatGroup &g) {
  Finding &fd = g.finding;
  if (g.copies == 1) return; // the pair's own message, made when it was met
  // The text output heads each file's findings with its path, and the JSON
  // has `related`, `rows` and `years`: the message names the place once.
  const Place &kept = fd.related.front();
  bool same_sheet = kept.path == fd.path && kept.sheet == fd.sheet;
  // On the finding's own sheet the kept copy is named by its cell alone.
  std::string first = same_sheet             ? a1(kept.cell)
                      : kept.path == fd.path ? kept.sheet + "!" + a1(kept.cell)
                                             : where(kept);
  std::string times = std::to_string(g.copies + 1) + " times";
  std::string head = g.name + " is read " + times + (same_sheet ? " on " + kept.sheet : "") + ": first at " + first +
                     ", then on " + (same_sheet ? "" : fd.sheet.value_or("") + " ") + "rows " + row_list(fd.rows);
  if (g.differs)
    fd.message =
        head + ", with different figures for " + year_list(fd.years) + "; the first is used until they are reconciled";
  else
    fd.message = head + ", with the same figures; it is counted once";
}

} // namespace

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

namespace {

// The totals over the kept schemes, added up as each is kept (in the
// result's order), so the schemes need not be at hand at the end.
struct TotalsBuilder {
  YearSums inv, sav;
  std::map<std::string, std::pair<YearSums, YearSums>, std::less<>> by_ws;
  void add(const SchemeRecord &s) {
    inv.add(s.investment);
    sav.add(s.saving);
    if (!s.workstream) return;
    auto &sums = by_ws[s.workstream->str()];
    sums.first.add(s.investment);
    sums.second.add(s.saving);
  }
  Totals totals(const std::vector<TableRef> &tables) const {
    Totals t;
    bool summaries = false;
    for (auto &tr : tables) {
      const FigureTable &ft = tr.table;
      if (ft.kind != TableKind::WorkstreamSummary || ft.measure == Measure::Other) continue;
      summaries = true;
      for (auto &row : ft.rows) {
        auto &wt = t.by_workstream[row.label];
        auto &m = ft.measure == Measure::Investment ? wt.investment : wt.saving;
        for (std::size_t k = 0; k < row.values.size() && k < ft.columns.size(); ++k) {
          if (row.values[k]) m[ft.columns[k]] += row.values[k]->amount;
        }
      }
    }
    inv.into(t.by_year.investment);
    sav.into(t.by_year.saving);
    // Without workstream summaries, the schemes that name their workstream
    // give the totals (summaries and schemes are two views of the same money).
    if (summaries) return t;
    for (auto &[ws, sums] : by_ws) {
      auto &wt = t.by_workstream[ws];
      sums.first.into(wt.investment);
      sums.second.into(wt.saving);
    }
    return t;
  }
};

} // namespace

struct Reconciler::State {
  State(CheckResult &r, bool spill_later_files) : result(r), spill(spill_later_files) {}

  CheckResult &result;
  bool spill;
  std::vector<SchemeRecord> &out = result.schemes;
  std::vector<SchemeResults> &out_results = result.scheme_results;
  // A kept scheme's key is made again from it when a hash matches: a
  // spilled one is read back for it (a repeat, or a rare collision).
  struct KeyOf {
    State *st;
    std::string operator()(std::size_t i) const {
      const SchemeRecord &s = st->kept(i);
      return family_key(family(s.kind), s);
    }
  };
  KeyIndex<KeyOf> seen{16, KeyOf{this}};
  FileSchemes monitoring;
  std::vector<RepeatGroup> groups;
  std::unordered_map<std::size_t, std::size_t> group_of; // kept scheme -> its latest group
  std::size_t file_index = 0;
  std::size_t files = 0;
  TotalsBuilder sums;
  SchemeRecord read_back; // the spilled scheme kept() read last
  SchemeResults read_back_results;

  std::size_t count() const { return out.size() + (result.spilled ? result.spilled->size() : 0); }
  // The i-th kept scheme (a spilled one valid until the next call).
  const SchemeRecord &kept(std::size_t i) {
    if (i < out.size()) return out[i];
    result.spilled->read(i - out.size(), read_back, read_back_results);
    return read_back;
  }
  // A scheme past the held file (add's held branch takes the first file's
  // in place; keep() is reached only after it): under spill, to disk.
  void keep(SchemeRecord &s, SchemeResults &w) {
    sums.add(s);
    if (spill) {
      if (!result.spilled) result.spilled = std::make_shared<SchemeSpill>();
      result.spilled->append(s, w);
      return;
    }
    out.push_back(std::move(s));
    out_results.push_back(std::move(w));
  }

  // A repeat of the kept scheme first_at: a duplicate or a conflict, added
  // to the finding about its sheet's repeats of that scheme.
  void repeat(const SchemeRecord &s, const std::string &path, std::size_t first_at) {
    const SchemeRecord &first = kept(first_at);
    auto years = differing_years(first, s);
    bool totals_differ = !(investment_total(first) == investment_total(s) && saving_total(first) == saving_total(s));
    bool differs = !years.empty() || totals_differ;
    auto it = group_of.find(first_at);
    RepeatGroup *g = nullptr;
    if (it != group_of.end() && groups[it->second].file == file_index &&
        groups[it->second].finding.sheet == s.source.sheet)
      g = &groups[it->second];
    if (!g) {
      group_of[first_at] = groups.size();
      g = &groups.emplace_back();
      g->first = first_at;
      g->file = file_index;
      g->name = s.title + (s.ref ? " (" + *s.ref + ")" : "");
      g->where_kept = where(first.source);
      g->finding.related.push_back({first.source.path.str(), first.source.sheet, first.source.cell});
    }
    Finding &fd = g->finding;
    ++g->copies;
    fd.rows.push_back(s.source.cell.row + 1);
    for (YearKey y : years) {
      // Years arrive in order for each repeat; merge them into the group's.
      auto at = std::lower_bound(fd.years.begin(), fd.years.end(), y.str());
      if (at == fd.years.end() || *at != y.str()) fd.years.insert(at, y.str());
    }
    g->totals_differ |= totals_differ;
    // The finding points at the first copy, or at the first copy that differs.
    bool point_here = g->copies == 1 || (differs && !g->differs);
    if (!point_here) {
      g->differs |= differs;
      return;
    }
    g->differs |= differs;
    fd.path = path;
    fd.sheet = s.source.sheet;
    fd.cell = s.source.cell;
    fd.stated.reset();
    fd.computed.reset();
    if (!differs) {
      fd.rule = rules::kDuplicateScheme;
      fd.severity = rules::severity_of(fd.rule);
      fd.message = g->name + " is read twice with the same figures: in " + g->where_kept + " and in " +
                   where(s.source) + "; it is counted once";
      return;
    }
    fd.rule = rules::kConflictingScheme;
    fd.severity = rules::severity_of(fd.rule);
    std::string ys;
    for (auto &y : years) ys += (ys.empty() ? "" : ", ") + y.str();
    if (ys.empty()) ys = "the stated totals";
    fd.message = g->name + " has different figures in " + g->where_kept + " and in " + where(s.source) + " for " + ys +
                 "; the first is used until the two are reconciled";
    if (!years.empty()) {
      // Point at the first differing figure of this copy.
      const std::string &y = years.front();
      auto amount = [&](const YearMap<Figure> &m) { return amount_in(m, y); };
      bool inv_differs = amount(first.investment) != amount(s.investment);
      const auto &figures = inv_differs ? s.investment : s.saving;
      if (auto c = figures.find(y); c != figures.end()) fd.cell = c->second.ref;
      fd.stated = inv_differs ? amount(s.investment) : amount(s.saving);
      fd.computed = inv_differs ? amount(first.investment) : amount(first.saving);
    }
  }

  // Whether s is the first of its scheme (it will be kept as number index);
  // a repeat becomes a duplicate or conflict finding against the one kept.
  bool is_new(SchemeRecord &s, SchemeResults &w, const std::string &path, std::size_t index) {
    if (s.kind == SchemeKind::Monitoring) {
      monitoring.schemes.push_back(std::move(s));
      monitoring.results.push_back(std::move(w));
      return false;
    }
    auto [first_at, inserted] = seen.try_emplace(family_key(family(s.kind), s), index);
    if (inserted) return true;
    repeat(s, path, first_at);
    return false;
  }

  void add(FileSchemes &f) {
    file_index = files;
    seen.reserve(count() + f.schemes.size());
    // The first file to bring schemes is held; past it, under spill, they go to disk.
    bool held = out.empty() && !result.spilled;
    for (auto &t : f.texts)
      if (held || !spill) result.texts.push_back(std::move(t)); // a spilled title is a copy
    if (held) {
      // The first file's schemes become the result in place, so a single
      // 100,000-row tracker is never held twice.
      out = std::move(f.schemes);
      out_results = std::move(f.results);
      std::size_t n = 0;
      for (std::size_t i = 0; i < out.size(); ++i) {
        if (!is_new(out[i], out_results[i], f.path, n)) continue;
        if (n != i) {
          out[n] = std::move(out[i]);
          out_results[n] = std::move(out_results[i]);
        }
        sums.add(out[n]);
        ++n;
      }
      out.resize(n);
      out_results.resize(n);
    } else {
      for (std::size_t i = 0; i < f.schemes.size(); ++i)
        if (is_new(f.schemes[i], f.results[i], f.path, count())) keep(f.schemes[i], f.results[i]);
    }
    // Taken: give the memory back now.
    std::vector<SchemeRecord>().swap(f.schemes);
    std::vector<SchemeResults>().swap(f.results);
    std::vector<std::shared_ptr<const void>>().swap(f.texts);
    ++files;
  }

  void finish() {
    // Monitoring figures join the scheme with the same reference, if read.
    for (std::size_t i = 0; i < monitoring.schemes.size(); ++i) {
      SchemeRecord &m = monitoring.schemes[i];
      SchemeResults &mw = monitoring.results[i];
      std::optional<std::size_t> at = seen.find(family_key(SchemeKind::Profile, m));
      if (at && m.ref) {
        if (*at < out.size()) {
          SchemeResults &w = out_results[*at];
          w.monitoring = std::move(mw.monitoring);
          work_out_monitoring(out[*at], w); // again, with the figures it has now
        } else {
          std::size_t j = *at - out.size();
          SchemeRecord s;
          SchemeResults w;
          result.spilled->read(j, s, w);
          w.monitoring = std::move(mw.monitoring);
          work_out_monitoring(s, w);
          result.spilled->replace_results(j, std::move(w));
        }
        continue;
      }
      if (!seen.try_emplace(family_key(SchemeKind::Monitoring, m), count()).second) continue;
      keep(m, mw);
    }
    std::vector<SchemeRecord>().swap(monitoring.schemes);
    std::vector<SchemeResults>().swap(monitoring.results);
    for (auto &g : groups) {
      finish_group(g);
      result.findings.push_back(std::move(g.finding));
    }
    groups.clear();
  }
};

Reconciler::Reconciler(CheckResult &result, bool spill) : st_(std::make_unique<State>(result, spill)) {}
Reconciler::~Reconciler() = default;
void Reconciler::add(FileSchemes &f) { st_->add(f); }
void Reconciler::finish() { st_->finish(); }
Totals Reconciler::totals(const std::vector<TableRef> &tables) const { return st_->sums.totals(tables); }

void reconcile(std::vector<FileSchemes> &files, CheckResult &result) {
  Reconciler r(result, false);
  for (auto &f : files) r.add(f);
  r.finish();
}

void work_out_monitoring(const SchemeRecord &s, SchemeResults &w) {
  if (!w.monitoring) return;
  auto &m = *w.monitoring;
  std::optional<Money> inv_total = investment_total(s);
  Money orig_inv = m.original_investment.value_or(inv_total.value_or(s.investment_sum()));
  if (m.spent_to_date && orig_inv.positive())
    m.share_spent = double(m.spent_to_date->pence()) / double(orig_inv.pence());
  std::optional<Money> orig_sav = m.original_saving ? m.original_saving : saving_total(s);
  if (m.projected_saving && orig_sav) m.variance = *m.projected_saving - *orig_sav;
}

Totals work_out_totals(const std::vector<SchemeRecord> &schemes, const std::vector<TableRef> &tables) {
  TotalsBuilder b;
  for (auto &s : schemes) b.add(s);
  return b.totals(tables);
}

} // namespace fundbook
