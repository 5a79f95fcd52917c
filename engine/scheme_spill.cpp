#include "engine/scheme_spill.hpp"

#include <sys/types.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <type_traits>

namespace fundbook {

namespace {

// Appended to the file in blocks of about this much.
constexpr std::size_t kBlock = 1 << 16;

template <class T> void put(std::string &out, const T &v) {
  static_assert(std::is_trivially_copyable_v<T>);
  out.append(reinterpret_cast<const char *>(&v), sizeof v);
}
void put_text(std::string &out, std::string_view s) {
  put(out, std::uint32_t(s.size()));
  out.append(s);
}
template <class T> void put_opt(std::string &out, const std::optional<T> &v) {
  put(out, std::uint8_t(v.has_value()));
  if (v) put(out, *v);
}
void put_opt_text(std::string &out, const std::optional<std::string> &s) {
  put(out, std::uint8_t(s.has_value()));
  if (s) put_text(out, *s);
}
void put_years(std::string &out, const YearMap<Figure> &m) {
  put(out, std::uint8_t(m.size()));
  for (std::size_t i = 0; i < m.size(); ++i) {
    put(out, m.key_at(i).index());
    put(out, m.value_at(i));
  }
}

class Reader {
public:
  Reader(const char *&p, const char *end) : p_(p), end_(end) {}
  template <class T> T get() {
    T v;
    need(sizeof v);
    std::memcpy(&v, p_, sizeof v);
    p_ += sizeof v;
    return v;
  }
  std::string text() {
    auto n = get<std::uint32_t>();
    need(n);
    std::string s(p_, n);
    p_ += n;
    return s;
  }
  template <class T> std::optional<T> opt() {
    if (!get<std::uint8_t>()) return std::nullopt;
    return get<T>();
  }
  std::optional<std::string> opt_text() {
    if (!get<std::uint8_t>()) return std::nullopt;
    return text();
  }
  YearMap<Figure> years() {
    YearMap<Figure> m;
    auto n = get<std::uint8_t>();
    m.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
      auto k = get<std::uint8_t>();
      m.append_in_order(YearKey::at_index(k), get<Figure>());
    }
    return m;
  }

private:
  void need(std::size_t n) const {
    if (std::size_t(end_ - p_) < n) throw std::runtime_error("the schemes' temporary file was cut short");
  }
  const char *&p_;
  const char *end_;
};

enum Flags : std::uint8_t {
  kHidden = 1,
  kIncremental = 2,
  kStatedOfChanges = 4,
  kOfficer = 8,
  kMonitored = 16,
  kMonitoring = 32,
};

} // namespace

void encode_scheme(std::string &out, const SchemeRecord &s, const SchemeResults &w) {
  std::uint8_t flags = (s.hidden ? kHidden : 0) | (s.incremental ? kIncremental : 0) |
                       (s.stated_totals_of_changes ? kStatedOfChanges : 0) | (s.officer ? kOfficer : 0) |
                       (s.monitored ? kMonitored : 0) | (w.monitoring ? kMonitoring : 0);
  put(out, std::uint8_t(s.kind));
  put(out, flags);
  put_opt_text(out, s.ref);
  put_text(out, s.title.view());
  put(out, std::uint8_t(s.workstream.has_value()));
  if (s.workstream) put_text(out, s.workstream->str());
  if (s.officer) put_text(out, *s.officer);
  put_text(out, s.source.path.str());
  put_text(out, s.source.sheet.str());
  put(out, s.source.cell);
  put_years(out, s.investment);
  put_years(out, s.saving);
  put(out, s.stated_investment);
  put(out, s.stated_saving);
  put(out, s.deferred_table);
  put(out, s.deferred_row);
  if (s.monitored) {
    const MonitoringRecord &m = *s.monitored;
    put_opt(out, m.spent_to_date);
    put_opt(out, m.saved_to_date);
    put_opt(out, m.projected_saving);
    put_opt_text(out, m.commentary);
    put_opt_text(out, m.rag);
    put_opt(out, m.rag_ref);
  }
  if (w.monitoring) {
    const MonitoringFigures &m = *w.monitoring;
    put_opt(out, m.spent_to_date);
    put_opt(out, m.saved_to_date);
    put_opt(out, m.projected_saving);
    put_opt(out, m.original_investment);
    put_opt(out, m.original_saving);
    put_opt(out, m.share_spent);
    put_opt(out, m.variance);
    put_opt_text(out, m.commentary);
    put_opt_text(out, m.rag);
  }
}

void decode_scheme(const char *&p, const char *end, SchemeRecord &s, SchemeResults &w) {
  Reader r(p, end);
  s = SchemeRecord();
  w = SchemeResults();
  s.kind = SchemeKind(r.get<std::uint8_t>());
  auto flags = r.get<std::uint8_t>();
  s.hidden = flags & kHidden;
  s.incremental = flags & kIncremental;
  s.stated_totals_of_changes = flags & kStatedOfChanges;
  s.ref = r.opt_text();
  s.title = PoolText(r.text());
  if (r.get<std::uint8_t>()) s.workstream = SharedText(r.text());
  if (flags & kOfficer) s.officer = r.text();
  s.source.path = SharedText(r.text());
  s.source.sheet = SharedText(r.text());
  s.source.cell = r.get<CellRef>();
  s.investment = r.years();
  s.saving = r.years();
  s.stated_investment = r.get<MaybeFigure>();
  s.stated_saving = r.get<MaybeFigure>();
  s.deferred_table = r.get<std::int32_t>();
  s.deferred_row = r.get<std::int32_t>();
  if (flags & kMonitored) {
    MonitoringRecord &m = s.monitored.ensure();
    m.spent_to_date = r.opt<Figure>();
    m.saved_to_date = r.opt<Figure>();
    m.projected_saving = r.opt<Figure>();
    m.commentary = r.opt_text();
    m.rag = r.opt_text();
    m.rag_ref = r.opt<CellRef>();
  }
  if (flags & kMonitoring) {
    MonitoringFigures &m = w.monitoring.ensure();
    m.spent_to_date = r.opt<Money>();
    m.saved_to_date = r.opt<Money>();
    m.projected_saving = r.opt<Money>();
    m.original_investment = r.opt<Money>();
    m.original_saving = r.opt<Money>();
    m.share_spent = r.opt<double>();
    m.variance = r.opt<Money>();
    m.commentary = r.opt_text();
    m.rag = r.opt_text();
  }
}

SchemeSpill::SchemeSpill() : file_(std::tmpfile()) {
  // Anonymous: removed by the system when closed, or when the process ends however it ends.
  if (!file_) throw std::runtime_error("no temporary file could be made for the schemes read");
}

SchemeSpill::~SchemeSpill() { std::fclose(file_); }

void SchemeSpill::append(const SchemeRecord &s, const SchemeResults &w) {
  if (count_ % kRun == 0) run_starts_.push_back(written_ + pending_.size());
  encode_scheme(pending_, s, w);
  ++count_;
  if (pending_.size() >= kBlock) flush();
}

void SchemeSpill::flush() const {
  if (pending_.empty()) return;
  if (fseeko(file_, 0, SEEK_END) != 0 || std::fwrite(pending_.data(), 1, pending_.size(), file_) != pending_.size() ||
      std::fflush(file_) != 0)
    throw std::runtime_error("the schemes read could not be written to a temporary file (disk full?)");
  written_ += pending_.size();
  pending_.clear();
}

void SchemeSpill::read_bytes(std::uint64_t at, std::size_t n, std::string &into) const {
  into.resize(n);
  if (fseeko(file_, off_t(at), SEEK_SET) != 0 || std::fread(into.data(), 1, n, file_) != n)
    throw std::runtime_error("the schemes read could not be read back from their temporary file");
}

void SchemeSpill::read_runs(std::size_t from, std::size_t to, std::string &into) const {
  std::uint64_t begin = run_starts_[from];
  std::uint64_t end = to < run_starts_.size() ? run_starts_[to] : written_ + pending_.size();
  if (begin >= written_) {
    into.assign(pending_, std::size_t(begin - written_), std::size_t(end - begin));
    return;
  }
  if (end > written_) flush();
  read_bytes(begin, std::size_t(end - begin), into);
}

void SchemeSpill::read(std::size_t i, SchemeRecord &s, SchemeResults &w) const {
  const std::size_t run = i / kRun, at = i % kRun;
  if (run != cached_run_ || at >= cached_.size()) {
    std::string bytes;
    read_runs(run, run + 1, bytes);
    cached_run_ = run;
    cached_.resize(std::min(kRun, count_ - run * kRun));
    const char *p = bytes.data(), *end = p + bytes.size();
    for (auto &[cs, cw] : cached_) decode_scheme(p, end, cs, cw);
  }
  s = cached_[at].first;
  w = cached_[at].second;
  if (auto r = replaced_.find(i); r != replaced_.end()) w = r->second;
}

void SchemeSpill::replace_results(std::size_t i, SchemeResults w) { replaced_[i] = std::move(w); }

void SchemeSpill::for_each(const std::function<void(const SchemeRecord &, const SchemeResults &)> &f) const {
  flush();
  std::string block;
  SchemeRecord s;
  SchemeResults w;
  auto next_replaced = replaced_.begin();
  // Whole runs of records about a block at a time: a record never straddles two reads.
  for (std::size_t run = 0, i = 0; run < run_starts_.size();) {
    std::size_t last = run + 1;
    while (last < run_starts_.size() && run_starts_[last] - run_starts_[run] < kBlock) ++last;
    read_runs(run, last, block);
    const std::size_t end_at = std::min(count_, last * kRun);
    const char *p = block.data(), *end = p + block.size();
    for (; i < end_at; ++i) {
      decode_scheme(p, end, s, w);
      if (next_replaced != replaced_.end() && next_replaced->first == i) w = (next_replaced++)->second;
      f(s, w);
    }
    run = last;
  }
}

} // namespace fundbook
