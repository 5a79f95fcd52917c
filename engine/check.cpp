#include "engine/check.hpp"

#include <algorithm>
#include <atomic>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <filesystem>
#include <iterator>
#include <optional>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

#include "core/phase_timer.hpp"
#include "engine/rules/registry.hpp"
#include "engine/scheme_spill.hpp"
#include "engine/schemes.hpp"
#include "import/layout/planning_stream.hpp"
#include "import/container.hpp"
#include "import/formats.hpp"
#include "import/open.hpp"
#include "import/read_error.hpp"

namespace fundbook {

namespace fs = std::filesystem;

namespace {

bool skipped_name(const std::string &name) {
  return name.empty() || name[0] == '.' || name.rfind("~$", 0) == 0 || name.rfind(".~lock", 0) == 0;
}

// The grid and the shared strings are freed in pieces the allocator keeps
// in its heap, between the records made while they were read, so the
// process stays as large as at the end of reading; what the checks then
// allocate (a scheme's results, the reconcile index) came on top of it
// (a million-row tracker: 83 MB of shared strings held on, 72 MB of
// results added). Given back, those fit under the end of reading's peak.
constexpr std::size_t kTrimAfterCells = 1'000'000;
void give_back_freed_memory() {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}

// A streamed table's titles are views of its workbook's texts (PoolText):
// its schemes keep the texts (`texts`) when there are enough of them to be
// worth it (a million-row tracker: 64 MB less than a copy of each title).
// A short table's titles are copied out instead, so a folder of small
// workbooks holds no pool past its file.
constexpr std::size_t kKeepTextsAfter = 4096;
void keep_or_copy_titles(std::vector<SchemeRecord> &schemes, const StringPool &strings,
                         std::vector<std::shared_ptr<const void>> &texts) {
  std::size_t borrowed = 0;
  for (const SchemeRecord &sc : schemes) borrowed += sc.title.borrowed();
  if (borrowed == 0) return;
  if (borrowed >= kKeepTextsAfter) {
    texts.push_back(strings.keep_texts());
    return;
  }
  for (SchemeRecord &sc : schemes)
    if (sc.title.borrowed()) sc.title = PoolText(sc.title.view());
}

// How many of the formulas compared with their inputs lie in a table's
// block (contract: tables[].formulas_checked).
std::size_t formulas_within(const std::vector<std::pair<std::string, CellRef>> &compared, const CheckedTable &c) {
  return std::size_t(std::count_if(compared.begin(), compared.end(), [&](auto &f) {
    return f.first == c.sheet && f.second.row >= c.first.row && f.second.row <= c.last.row &&
           f.second.col >= c.first.col && f.second.col <= c.last.col;
  }));
}

} // namespace

std::vector<std::string> collect_inputs(const std::vector<std::string> &paths, const Limits &limits,
                                        std::vector<InputProblem> &problems) {
  std::vector<std::string> out;
  for (const auto &p : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      out.push_back(p); // reported as unreadable: no such file
      continue;
    }
    if (!fs::is_directory(st)) {
      out.push_back(p);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (skipped_name(name)) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec) && has_workbook_extension(name)) found.push_back(it->path().string());
      if (found.size() > limits.max_files_in_folder) {
        problems.push_back({p, "more than " + std::to_string(limits.max_files_in_folder) +
                                   " workbooks in the folder; only the first were read"});
        break;
      }
    }
    if (found.empty()) problems.push_back({p, "no workbooks (" + workbook_extensions() + ") in this folder"});
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

CheckResult run_check(const std::vector<std::string> &paths, const CheckOptions &options) {
  CheckResult result;
  std::vector<InputProblem> problems;
  std::vector<std::string> files = collect_inputs(paths, options.limits, problems);

  Vocabulary vocab = Vocabulary::defaults();
  for (auto &t : options.templates) vocab.load(t);
  RecogniseOptions ropts;
  ropts.basis = options.basis;
  ropts.defer_planning_figures = true; // filled in after the tables are checked

  // Each file is read, recognised and checked on its own, by a pool of
  // threads; what is kept of it is its findings, schemes and summaries.
  struct Slot {
    Input input;
    std::vector<Finding> findings;
    FileSchemes schemes;
    std::vector<TableRef> summaries;
    std::vector<RagRef> overviews;
    std::vector<CheckedTable> checked;
    std::vector<UncheckedFigures> unchecked;
  };
  // Made as a file is started and let go once taken: a folder's two
  // thousand files are never two thousand slots at once.
  std::vector<std::unique_ptr<Slot>> slots(files.size());
  std::size_t done = 0;
  auto check_file = [&](Slot &s, Workbook wb, PlanningStream &stream) {
    rules::Settings settings = options.rules;
    settings.figures_as_written = wb.format == "csv";
    Recognised rec;
    {
      PhaseTimer t("recognise");
      rec = recognise(wb, vocab, ropts, &stream);
    }
    bool read_again = !stream.all_spliced();
    if (read_again) {
      // Rows the reader did not keep belong where no table took them (a
      // shape the stream did not foresee): read and recognise it whole.
      PhaseTimer t("read again whole");
      wb = open_workbook(s.input.path, options.limits);
      rec = recognise(wb, vocab, ropts);
    }
    s.input.format = wb.format;
    // What the reader noticed about the file itself, as findings.
    auto reader_note = [&](const char *rule_id, std::optional<std::string> sheet, std::optional<CellRef> cell,
                           std::string message) {
      Finding f = rules::finding_of(rule_id, s.input.path);
      f.sheet = std::move(sheet);
      f.cell = cell;
      f.message = std::move(message);
      s.findings.push_back(std::move(f));
    };
    for (auto &w : wb.warnings) reader_note(rules::kInputNote, std::nullopt, std::nullopt, w);
    // Said once the findings at rows held once are named (below): such a
    // note names the row's repeat itself.
    std::vector<PlacedWarning> placed_warnings = std::move(wb.placed_warnings);
    // Not everything was read as written: an error, so the run never passes
    // a file whose damaged cell (or part of a sheet) may have held the figure
    // in question.
    for (auto &d : wb.damaged)
      reader_note(rules::kDamagedCell, d.sheet, d.cell,
                  "cell " + a1(d.cell) + " on sheet '" + d.sheet + "' is damaged in the file: " + d.what +
                      (d.value_lost ? "; its value could not be read, so no total through it was checked" : "") +
                      ". Open the file in Excel or LibreOffice, save it again and check that cell");
    for (auto &d : wb.damaged_sheets) reader_note(rules::kDamagedCell, d.sheet, std::nullopt, d.what);
    if (wb.damaged_count > wb.damaged.size())
      reader_note(rules::kDamagedCell, std::nullopt, std::nullopt,
                  std::to_string(wb.damaged_count - wb.damaged.size()) +
                      " more damaged cells in this file were not listed one by one; ask for a fresh copy");
    // A total's own formula says whether it is a sum at all: one that
    // averages, looks up or multiplies is not checked as a total.
    rules::drop_totals_that_are_no_sums(wb, rec.totals_tables, rec.unchecked);
    // Formulas are evidence about the tables: read while the grid is here.
    rules::FormulaEvidence formula_findings;
    std::vector<std::pair<std::string, CellRef>> formulas_compared;
    std::vector<std::pair<std::string, CellRef>> typed; // totals judged by their run's formula
    if (std::any_of(wb.sheets.begin(), wb.sheets.end(), [](const Sheet &sh) { return !sh.formulas.empty(); })) {
      PhaseTimer t("formulas");
      for (auto &t : rec.tables) rules::total_ranges(s.input.path, TableView(t, rec.schemes), wb, formula_findings);
      for (auto &t : rec.totals_tables) rules::inferred_total_ranges(s.input.path, t, wb, formula_findings);
      rules::sibling_total_ranges(s.input.path, wb, formula_findings);
      rules::formula_results(s.input.path, wb, formula_findings.findings, &formulas_compared);
      // A typed figure in a run of one formula is judged by the formula: compared, and said so
      // where it lies among figures not understood.
      rules::typed_over_totals(s.input.path, wb, settings, rec.totals_tables, formula_findings, &typed);
      note_typed_totals_checked(rec.unchecked, typed);
      formulas_compared.insert(formulas_compared.end(), typed.begin(), typed.end());
    }
    // A summary's lines named as the other sheets are, against those sheets' figures.
    std::vector<Finding> carried;
    std::vector<std::pair<std::string, CellRef>> carried_checked;
    {
      PhaseTimer t("sheet links");
      rules::carried_figures(s.input.path, wb, settings, carried, carried_checked);
      note_carried_figures_checked(rec.unchecked, carried_checked);
    }
    std::vector<RowHeldOnce> held_once; // outlives the grid: the findings at them name their rows
    for (const Sheet &sh : wb.sheets)
      for (const Sheet::RowHeldOnce &h : sh.rows_held_once) held_once.push_back({sh.name, h.row, h.count});
    {
      PhaseTimer t("free grid");
      // Texts count as cells: a streamed table's rows are not in the grid,
      // but their texts are in the pool (a million-row tracker: 2 million
      // texts, 83 MB, beside a grid of a few hundred cells).
      std::size_t cells = wb.strings.size();
      for (const Sheet &sh : wb.sheets) cells += sh.cells.size();
      // A streamed table's titles are views of the texts: kept with its schemes.
      if (!read_again && stream.took_any()) keep_or_copy_titles(rec.schemes, wb.strings, s.schemes.texts);
      wb = Workbook(); // the grid is no longer needed
      // Only a large grid is worth it: the trim walks every arena under its
      // lock, a cost each of a folder's small workbooks would pay for nothing.
      if (cells >= kTrimAfterCells) give_back_freed_memory();
    }
    std::optional<PhaseTimer> t_rules(std::in_place, "rules");
    for (auto &t : rec.tables) {
      CheckedTable c{s.input.path, t.sheet, t.kind, {}, {}, 0, 0};
      TableView rows(t, rec.schemes); // a planning table's rows may be its schemes' records
      const std::size_t from = s.findings.size();
      for (const rules::Rule &r : rules::kRules)
        if (r.table_check) c.totals_checked += r.table_check(s.input.path, rows, settings, s.findings);
      rules::fold_figure_table_totals(rows, settings, s.findings, from);
      table_extent(rows, c.first, c.last);
      if (c.totals_checked == 0) {
        // Read as one of the council's shapes but no total in it compared
        // (none there, or none whose parts are all numbers): `tables` lists
        // blocks whose totals were checked, so it is said in the account of
        // unchecked figures, with why and its formulas that were compared.
        s.unchecked.push_back(
            {s.input.path, shape_not_checked(rows, c.first, c.last, formulas_within(formulas_compared, c))});
        continue;
      }
      add_checked(s.checked, std::move(c));
    }
    for (auto &ov : rec.rag_overviews) {
      CheckedTable c{s.input.path, ov.sheet, TableKind::RagOverview, {}, {}, 0, 0};
      auto sheets = rules::rag_listing_sheets(ov, rec.rag_overviews, rec.schemes);
      c.totals_checked = rules::rag_overview(s.input.path, ov, rec.schemes, sheets, s.findings);
      overview_extent(ov, c.first, c.last);
      if (c.totals_checked)
        add_checked(s.checked, std::move(c));
      else // nothing to count it against: said, not claimed as checked
        s.unchecked.push_back({s.input.path, overview_unchecked(ov, c.first, c.last)});
    }
    for (auto &ov : rec.rag_overviews) s.overviews.push_back({s.input.path, std::move(ov)});
    for (auto &t : rec.totals_tables) {
      CheckedTable c{s.input.path, t.sheet, TableKind::TotalsTable, t.first, t.last, 0, 0, t.not_checked};
      // A figure whose point its totals show to be a slip for a thousands
      // comma is said at its cell, and the totals read it as they add it.
      std::vector<Finding> slips;
      std::optional<TotalsTable> corrected;
      const TotalsTable &read = rules::read_point_slips(s.input.path, t, slips, corrected);
      std::size_t from = s.findings.size();
      c.totals_checked = rules::stated_totals(s.input.path, read, settings, s.findings, &rec.unchecked);
      rules::fold_knock_on_totals(read, s.findings, from);
      rules::fold_same_cell_totals(read, s.findings, from);
      rules::fold_crossing_component(read, s.findings, from);
      rules::headcounts_below_lines(read, s.findings, from);
      c.totals_checked += rules::relations(s.input.path, read, settings, s.findings, from);
      std::move(slips.begin(), slips.end(), std::back_inserter(s.findings));
      add_checked(s.checked, std::move(c));
    }
    // After the totals tables: the summary's own Total row, checked there,
    // is put out by a rating's wrong figure, and said inside its finding.
    for (auto &sum : rec.rating_summaries) {
      // Where the pairing with the list is doubtful nothing is claimed: its
      // figures are a totals table's too, and said checked or not there.
      std::size_t from = s.findings.size();
      auto check = rules::rating_summary(s.input.path, sum, s.findings);
      if (!check.compared) continue;
      rules::fold_summary_total(sum, s.findings, from);
      CheckedTable c{s.input.path,   sum.sheet, TableKind::RagOverview, sum.header_ref, sum.header_ref,
                     check.compared, 0};
      std::vector<std::pair<std::string, CellRef>> compared;
      for (auto &r : sum.rows) {
        c.last.row = std::max(c.last.row, r.label_ref.row);
        auto add = [&](const Figure &f) {
          c.last.col = std::max<std::uint32_t>(c.last.col, f.ref.col);
          compared.emplace_back(sum.sheet, CellRef{f.ref.row, f.ref.col});
        };
        if (r.count) add(*r.count);
        for (auto &[k, f] : r.sums) add(f);
      }
      note_rating_summary_checked(rec.unchecked, compared, a1(sum.list_ref));
      add_checked(s.checked, std::move(c));
    }
    // After every table's rule: a formula finding at a total a table rule
    // already reported is the same cause, said once (generic tables too).
    rules::merge_formula_findings(s.findings, std::move(formula_findings));
    // A summary figure that differs from a sheet's figure already found wrong,
    // or at a cell already said, is that finding's cause, not a second one.
    for (Finding &f : carried) {
      auto said_at = [&](const std::string &sheet, CellRef cell) {
        return std::any_of(s.findings.begin(), s.findings.end(), [&](const Finding &g) {
          return g.severity == Severity::Error && g.sheet == sheet && g.cell == cell;
        });
      };
      if (said_at(*f.sheet, *f.cell) || said_at(f.related.front().sheet, f.related.front().cell)) continue;
      s.findings.push_back(std::move(f));
    }
    // A table's formulas compared with their own inputs are part of what was
    // checked in it (contract: tables[].formulas_checked).
    for (auto &c : s.checked) c.formulas_checked = formulas_within(formulas_compared, c);
    // A typed total judged by the formula of its run in no table whose
    // totals were checked (a block whose structure is not known) is a total
    // checked all the same: counted, so the account never says no total was
    // checked above an error found at one.
    add_typed_totals_checked(s.checked, s.input.path, typed, rec.totals_tables);
    add_carried_figures_checked(s.checked, s.input.path, carried_checked);
    for (auto &u : rec.unchecked) s.unchecked.push_back({s.input.path, std::move(u)});
    t_rules.reset();
    PhaseTimer t_schemes("make schemes");
    SharedText path(s.input.path);
    // The planning rows' figures move to their schemes (each held once).
    fill_planning_figures(rec, true, [&](SchemeRecord &sc) {
      if (sc.hidden) {
        rec.notes.push_back(
            {NoteKind::HiddenContent, sc.source.sheet, sc.source.cell,
             sc.title + (sc.ref ? " (" + *sc.ref + ")" : "") + " sits in a hidden row; it was read and counted"});
      }
    });
    for (auto &t : rec.tables) {
      // Only the workstream summaries are needed after the checks (for the totals).
      if (t.kind == TableKind::WorkstreamSummary) s.summaries.push_back({s.input.path, std::move(t)});
    }
    rec.tables.clear();
    // Completed once the tables' rows are gone: the results (8 bytes a
    // scheme) are not held beside a million emptied rows (136 bytes each).
    auto &results = s.schemes.results;
    results.reserve(rec.schemes.size());
    for (SchemeRecord &sc : rec.schemes) results.push_back(complete_scheme(path, sc));
    rules::cell_notes(s.input.path, rec.notes, settings, s.findings);
    name_rows_held_once(s.findings, held_once);
    for (auto &w : placed_warnings) reader_note(rules::kInputNote, std::move(w.sheet), w.cell, std::move(w.what));
    s.schemes.path = s.input.path;
    s.schemes.schemes = std::move(rec.schemes);
    // Held until every file is read: a streamed table's vector has room for
    // a thousand more rows (planning_stream.cpp), 400 KB a small workbook,
    // which a folder of 2,000 kept until reconcile (RSS 92 -> 71 MB there).
    // A long table's few spare places are left: moving 100,000 schemes to
    // save 1% would cost a second copy at the peak.
    auto &kept = s.schemes.schemes;
    if (kept.capacity() > kept.size() + kept.size() / 4 + 16) kept.shrink_to_fit();
  };
  auto check_one = [&](Slot &s, const std::string &file) {
    s.input.path = file;
    std::optional<ReadError::Location> where; // of a file refused for one sheet or cell
    try {
      Workbook wb;
      // Long planning tables are recognised as their rows are read, so
      // their grid is never held whole (import/layout/planning_stream.hpp).
      PlanningStream stream(vocab);
      {
        PhaseTimer t("read");
        wb = open_workbook(file, options.limits, &stream);
      }
      check_file(s, std::move(wb), stream);
    } catch (const ReadError &e) {
      s.input.ok = false;
      s.input.format = std::string(to_string(sniff_container(file)));
      s.input.error = e.what();
      where = e.where();
    } catch (const std::bad_alloc &) {
      // What was held for this file is freed by now: the other files go on.
      s.input.ok = false;
      s.input.out_of_memory = true;
      s.input.error = "out of memory: the file needs more memory than is available to read it; the other files "
                      "were checked. Run again with more memory free, or check this file on its own";
    } catch (const std::exception &e) {
      s.input.ok = false;
      s.input.error = std::string("could not be read: ") + e.what();
    }
    if (!s.input.ok) {
      s.findings.clear();
      s.schemes.schemes.clear();
      s.schemes.results.clear();
      s.summaries.clear();
      s.overviews.clear();
      s.checked.clear();
      s.unchecked.clear();
      Finding f = rules::finding_of(rules::kUnreadableInput, s.input.path);
      if (where) {
        f.sheet = where->sheet;
        f.cell = where->cell;
      }
      f.message = s.input.error;
      s.findings.push_back(std::move(f));
    }
  };
  // A file's results are taken in reading order as soon as it and every
  // file before it are done, and let go: the output is in that order, and
  // a folder is never held whole. A file far ahead of one still being read
  // waits (kAhead files a thread) rather than piling up its results.
  Reconciler reconciler(result, options.spill_schemes);
  std::mutex merge_mutex;
  std::condition_variable may_start;
  std::size_t next = 0, merged = 0;
  std::exception_ptr merge_failed;
  auto take = [&](Slot &s) {
    result.inputs.push_back(std::move(s.input));
    for (auto &f : s.findings) result.findings.push_back(std::move(f));
    for (auto &t : s.summaries) result.tables.push_back(std::move(t));
    for (auto &o : s.overviews) result.rag_overviews.push_back(std::move(o));
    for (auto &c : s.checked) result.checked.push_back(std::move(c));
    for (auto &u : s.unchecked) result.unchecked.push_back(std::move(u));
    reconciler.add(s.schemes);
  };
  unsigned n = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  n = unsigned(std::min<std::size_t>(n, files.size()));
  constexpr std::size_t kAhead = 4;
  const std::size_t window = std::max<std::size_t>(n, 1) * kAhead;
  auto work = [&] {
    std::unique_lock lock(merge_mutex);
    for (;;) {
      may_start.wait(lock, [&] { return next >= files.size() || merge_failed || next < merged + window; });
      if (next >= files.size() || merge_failed) return;
      std::size_t i = next++;
      lock.unlock();
      auto slot = std::make_unique<Slot>();
      check_one(*slot, files[i]);
      lock.lock();
      slots[i] = std::move(slot);
      if (options.on_file_done) options.on_file_done(++done, files.size(), files[i]);
      try {
        for (; merged < files.size() && slots[merged] && !merge_failed; ++merged) {
          take(*slots[merged]);
          slots[merged].reset();
        }
      } catch (...) { // disk full for the spilled schemes, or out of memory: the run cannot finish
        merge_failed = std::current_exception();
      }
      may_start.notify_all();
    }
  };
  if (n <= 1) {
    work();
  } else {
    std::vector<std::thread> pool;
    for (unsigned k = 0; k < n; ++k) pool.emplace_back(work);
    for (auto &t : pool) t.join();
  }
  if (merge_failed) std::rethrow_exception(merge_failed);

  for (auto &p : problems) {
    Finding f = rules::finding_of(rules::kUnreadableInput, p.path);
    f.message = p.message;
    result.findings.push_back(std::move(f));
  }
  {
    PhaseTimer t("reconcile");
    reconciler.finish();
  }
  {
    PhaseTimer t("totals");
    result.totals = reconciler.totals(result.tables);
  }
  PhaseTimer t("sort findings");
  sort_findings(result.findings);
  merge_repeated_rows(result.findings);
  return result;
}

std::size_t CheckResult::scheme_count() const { return schemes.size() + (spilled ? spilled->size() : 0); }

void CheckResult::for_each_scheme(const std::function<void(const SchemeRecord &, const SchemeResults &)> &f) const {
  for (std::size_t i = 0; i < schemes.size(); ++i) f(schemes[i], scheme_results[i]);
  if (spilled) spilled->for_each(f);
}

std::size_t CheckResult::errors() const {
  return std::size_t(
      std::count_if(findings.begin(), findings.end(), [](auto &f) { return f.severity == Severity::Error; }));
}
std::size_t CheckResult::warnings() const {
  return std::size_t(
      std::count_if(findings.begin(), findings.end(), [](auto &f) { return f.severity == Severity::Warning; }));
}
std::size_t CheckResult::infos() const {
  return std::size_t(
      std::count_if(findings.begin(), findings.end(), [](auto &f) { return f.severity == Severity::Info; }));
}
std::size_t CheckResult::totals_checked() const {
  std::size_t n = 0;
  for (auto &t : checked) n += t.totals_checked;
  return n;
}
std::size_t CheckResult::unchecked_figures() const {
  std::size_t n = 0;
  for (auto &u : unchecked) n += u.block.figures;
  return n;
}
std::size_t CheckResult::inputs_read() const {
  return std::size_t(std::count_if(inputs.begin(), inputs.end(), [](auto &i) { return i.ok; }));
}

} // namespace fundbook
