// Streaming recognition (PlanningStream) against reading the whole grid: for
// every workbook here, what is recognised must be the same either way, down
// to each figure's cell, note and order.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <cstring>
#include <optional>
#include <span>
#include <sstream>

#include <xlsxwriter.h>
#include <zip.h>

#include "core/concat.hpp"
#include "engine/check.hpp"
#include "engine/coverage.hpp"
#include "engine/rules/registry.hpp"
#include "import/layout/planning_stream.hpp"
#include "import/layout/recognise.hpp"
#include "import/open.hpp"
#include "import/read_error.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;
namespace fs = std::filesystem;

namespace {

void dump_figure(std::ostream &o, const std::optional<Figure> &f) {
  if (!f) {
    o << " -";
    return;
  }
  o << ' ' << f->amount.pence() << '@' << f->ref.row << ':' << f->ref.col << (f->nil ? "n" : "")
    << (f->formula ? "f" : "");
}

void dump_row(std::ostream &o, const FigureRow &r) {
  o << "  row [" << r.label << "] [" << r.title << "] " << r.label_ref.row << ':' << r.label_ref.col << ' '
    << int(r.measure) << (r.hidden ? " hidden" : "");
  for (auto &v : r.values) dump_figure(o, v);
  o << " total";
  dump_figure(o, r.stated_total);
  o << '\n';
}

// Everything recognised, as text: two results are the same when their dumps are.
std::string dump(const Recognised &rec) {
  std::ostringstream o;
  for (auto &t : rec.tables) {
    o << "table " << t.kind << ' ' << t.sheet << " [" << t.heading << "] " << t.header_ref.row << ':'
      << t.header_ref.col << " unit " << t.unit << " measure " << int(t.measure) << " cols";
    for (auto &c : t.columns) o << ' ' << c;
    o << '\n';
    for (auto &r : t.rows) dump_row(o, r);
    if (t.total_row) dump_row(o << " total:", *t.total_row);
    if (t.cumulative_row) dump_row(o << " cumulative:", *t.cumulative_row);
  }
  for (auto &s : rec.schemes) {
    o << "scheme " << s.kind << " ref " << s.ref.value_or("-") << " [" << s.title << "] ws "
      << (s.workstream ? s.workstream->str() : "-") << ' ' << s.source.sheet << ' ' << s.source.cell.row << ':'
      << s.source.cell.col << (s.hidden ? " hidden" : "") << (s.incremental ? " incremental" : "") << " deferred "
      << s.deferred_table << '/' << s.deferred_row << " inv";
    for (auto &[y, f] : s.investment) dump_figure(o << ' ' << y, f);
    o << " sav";
    for (auto &[y, f] : s.saving) dump_figure(o << ' ' << y, f);
    dump_figure(o << " itotal", s.stated_investment);
    dump_figure(o << " stotal", s.stated_saving);
    if (s.monitored)
      o << " monitoring " << s.monitored->rag.value_or("-") << ' ' << s.monitored->commentary.value_or("-");
    o << '\n';
  }
  for (auto &ov : rec.rag_overviews) {
    o << "rag " << ov.sheet << ' ' << ov.header_ref.row << '\n';
    for (auto &r : ov.rows) {
      o << "  " << r.rating;
      dump_figure(o, r.count);
      for (auto &[k, f] : r.sums) dump_figure(o << ' ' << k, f);
      o << '\n';
    }
  }
  for (auto &n : rec.notes)
    o << "note " << n.kind << ' ' << n.sheet << ' ' << n.ref.row << ':' << n.ref.col << ' ' << n.text << '\n';
  return o.str();
}

struct Both {
  std::string whole, streamed;
  bool took = false, spliced = true;
};

Both recognise_both(const std::string &path, bool defer) {
  Vocabulary vocab = Vocabulary::defaults();
  RecogniseOptions opts;
  opts.defer_planning_figures = defer;
  Both b;
  b.whole = dump(recognise(open_workbook(path), vocab, opts));
  PlanningStream stream(vocab);
  Workbook wb = open_workbook(path, {}, &stream);
  Recognised rec = recognise(wb, vocab, opts, &stream);
  b.took = stream.took_any();
  b.spliced = stream.all_spliced();
  b.streamed = dump(rec);
  return b;
}

// A planning tracker like a service's: Reference, Scheme, Workstream, the
// years, TOTAL, RAG, Commentary; `rows` schemes, with what `extra` adds.
struct Tracker {
  int rows = 60;
  int first_row = 2;     // 1-based row of the header
  bool unit_row = false; // "£000" under the header
  bool totals = false;   // Total and Cumulative total rows at the end
  int blank_after = -1;  // a blank row after this scheme (0-based)
  int measure_row = -1;  // this scheme's title is measure_label
  std::string measure_label = "Investment";
  std::string total_label = "Total";
  int total_mid = -1;            // a "Total" row after this scheme
  std::vector<int> hidden;       // schemes in hidden rows
  bool text_figures = false;     // some figures as text: (395), -, £46
  bool incremental_note = false; // a streamed row's commentary says the figures are incremental
  std::string heading;           // a heading row above the header
  bool second_table = false;     // another planning table after a blank row
  bool figure_total = false;     // a last row of the rows' sums whose label is a figure, no Cumulative under it
  std::vector<int> no_ref;       // schemes with no reference (labelled by their title)
  int figure_row = -1;           // this scheme's reference is a figure, and it has no title nor workstream
};

std::string write_tracker(const Tracker &t, const std::string &name) {
  std::string path = temp_dir() + "/" + name;
  lxw_workbook *wb = workbook_new(path.c_str());
  lxw_worksheet *ws = workbook_add_worksheet(wb, "Tracker");
  lxw_row_col_options hid{};
  hid.hidden = 1;
  auto table = [&](int header_row0, int n, int ref_base) {
    const char *head[] = {"Reference", "Scheme", "Workstream", "2017/18",   "2018/19",
                          "2019/20",   "TOTAL",  "RAG",        "Commentary"};
    if (!t.heading.empty() && header_row0 > 0)
      worksheet_write_string(ws, lxw_row_t(header_row0 - 1), 0, t.heading.c_str(), nullptr);
    for (int c = 0; c < 9; ++c) worksheet_write_string(ws, lxw_row_t(header_row0), lxw_col_t(c), head[c], nullptr);
    int r = header_row0 + 1;
    double col_sums[3] = {0, 0, 0};
    if (t.unit_row)
      worksheet_write_string(ws, lxw_row_t(r++), 3,
                             "\xc2\xa3"
                             "000",
                             nullptr);
    for (int i = 0; i < n; ++i, ++r) {
      char ref[32];
      std::snprintf(ref, sizeof ref, "C/R.%d.%03d", 1 + (ref_base + i) / 1000, (ref_base + i) % 1000);
      std::string title =
          i == t.measure_row ? t.measure_label : "Scheme " + std::to_string(ref_base + i) + " to reduce cost";
      if (i == t.figure_row) {
        worksheet_write_number(ws, lxw_row_t(r), 0, 1e14, nullptr);
      } else {
        if (std::find(t.no_ref.begin(), t.no_ref.end(), i) == t.no_ref.end())
          worksheet_write_string(ws, lxw_row_t(r), 0, ref, nullptr);
        worksheet_write_string(ws, lxw_row_t(r), 1, title.c_str(), nullptr);
        worksheet_write_string(ws, lxw_row_t(r), 2, i % 3 ? "Adults" : "Children", nullptr);
      }
      double sum = 0;
      for (int k = 0; k < 3; ++k) {
        double v = (i % 2 ? -1 : 1) * (10 * k + i % 7);
        sum += v;
        if (t.text_figures && i % 5 == 1 && k == 0)
          worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(3 + k), v < 0 ? "(1)" : "-", nullptr),
              sum += (v < 0 ? -1 - v : -v);
        else
          worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(3 + k), v, nullptr), col_sums[k] += v;
      }
      if (i % 11 == 4) sum += 1; // a stated total that is wrong
      worksheet_write_number(ws, lxw_row_t(r), 6, sum, nullptr);
      worksheet_write_string(ws, lxw_row_t(r), 7, i % 3 ? "Green" : "Amber", nullptr);
      std::string note = t.incremental_note && i == n - 3 ? "Figures are incremental" : "On track";
      worksheet_write_string(ws, lxw_row_t(r), 8, note.c_str(), nullptr);
      for (int h : t.hidden)
        if (h == i) worksheet_set_row_opt(ws, lxw_row_t(r), LXW_DEF_ROW_HEIGHT, nullptr, &hid);
      if (i == t.blank_after) ++r;
      if (i == t.total_mid) {
        ++r;
        worksheet_write_string(ws, lxw_row_t(r), 0, t.total_label.c_str(), nullptr);
        worksheet_write_number(ws, lxw_row_t(r), 3, 1, nullptr);
      }
    }
    if (t.totals) {
      worksheet_write_string(ws, lxw_row_t(r), 0, "Total", nullptr);
      for (int k = 0; k < 3; ++k) worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(3 + k), 5, nullptr);
      ++r;
      worksheet_write_string(ws, lxw_row_t(r), 0, "Cumulative total", nullptr);
      for (int k = 0; k < 3; ++k) worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(3 + k), 5 * (k + 1), nullptr);
      ++r;
    }
    if (t.figure_total) {
      worksheet_write_number(ws, lxw_row_t(r), 0, 1e14, nullptr);
      for (int k = 0; k < 3; ++k) worksheet_write_number(ws, lxw_row_t(r), lxw_col_t(3 + k), col_sums[k], nullptr);
      ++r;
    }
    return r;
  };
  int end = table(t.first_row - 1, t.rows, 0);
  if (t.second_table) table(end + 2, t.rows / 2, 500);
  workbook_close(wb);
  return path;
}

// With expect_streamed unset, whether the stream took rows is not asked.
void expect_same(const std::string &path, std::optional<bool> expect_streamed) {
  for (bool defer : {false, true}) {
    Both b = recognise_both(path, defer);
    if (expect_streamed) { EXPECT_EQ(b.took, *expect_streamed) << path; }
    if (b.spliced) { EXPECT_EQ(b.streamed, b.whole) << path << (defer ? " (deferred)" : ""); }
  }
}

} // namespace

TEST(Streaming, ALongTrackerIsTheSameStreamedOrWhole) {
  Tracker t;
  std::string p = write_tracker(t, "stream-plain.xlsx");
  expect_same(p, true);
  EXPECT_TRUE(recognise_both(p, true).spliced);
}

// The lines of a dump that start so.
static std::string lines_of(const std::string &d, const std::string &start) {
  std::istringstream in(d);
  std::string line, out;
  while (std::getline(in, line))
    if (line.rfind(start, 0) == 0) out += line + '\n';
  return out;
}

TEST(Streaming, SchemesReadForTheChecksAreThoseReadAtOnce) {
  // Titles with and without a reference in them, hidden rows, text figures.
  Tracker t;
  t.hidden = {3, 40};
  t.text_figures = true;
  t.totals = true;
  std::string p = write_tracker(t, "stream-deferred.xlsx");
  Vocabulary vocab = Vocabulary::defaults();
  RecogniseOptions at_once;
  RecogniseOptions deferred;
  deferred.defer_planning_figures = true;
  std::string expected = dump(recognise(open_workbook(p), vocab, at_once));
  for (bool release : {false, true}) {
    PlanningStream stream(vocab);
    Workbook wb = open_workbook(p, {}, &stream);
    Recognised rec = recognise(wb, vocab, deferred, &stream);
    ASSERT_TRUE(stream.took_any());
    int filled = 0;
    fill_planning_figures(rec, release, [&](SchemeRecord &s) {
      EXPECT_FALSE(s.title.empty());
      ++filled;
    });
    EXPECT_EQ(filled, int(rec.schemes.size()));
    // The table holds its rows as the records (no figures or titles left
    // in rows): the schemes are the same, and so are the tables' totals rows.
    EXPECT_EQ(lines_of(dump(rec), "scheme "), lines_of(expected, "scheme "));
    EXPECT_EQ(lines_of(dump(rec), " total:"), lines_of(expected, " total:"));
    EXPECT_NE(lines_of(expected, "scheme "), "");
  }
}

// Every table check and the table's extent, as text.
static std::string checked(const Recognised &rec) {
  std::ostringstream o;
  for (const FigureTable &t : rec.tables) {
    TableView v(t, rec.schemes);
    std::vector<Finding> found;
    for (const rules::Rule &r : rules::kRules)
      if (r.table_check) o << r.id << ' ' << r.table_check("p", v, {}, found) << '\n';
    for (const Finding &f : found)
      o << f.rule << ' ' << (f.cell ? a1(*f.cell) : "-") << ' ' << (f.stated ? f.stated->pence() : 0) << ' '
        << (f.computed ? f.computed->pence() : 0) << ' ' << f.message << '\n';
    CellRef first, last;
    table_extent(v, first, last);
    o << "extent " << a1(first) << ':' << a1(last) << '\n';
  }
  return o.str();
}

TEST(Streaming, ATableHeldAsItsRecordsIsCheckedAsItsRows) {
  // Wrong row totals, a wrong Total and Cumulative total, savings and
  // investments mixed (signs), text figures, hidden rows; streamed or not.
  Tracker t;
  t.hidden = {3, 40};
  t.text_figures = true;
  t.totals = true;
  std::string p = write_tracker(t, "stream-records.xlsx");
  Vocabulary vocab = Vocabulary::defaults();
  RecogniseOptions deferred;
  deferred.defer_planning_figures = true;
  std::string expected = checked(recognise(open_workbook(p), vocab));
  EXPECT_NE(expected.find("row-total-mismatch"), std::string::npos);
  EXPECT_NE(expected.find("column-total-mismatch"), std::string::npos);
  for (bool streamed : {false, true}) {
    PlanningStream stream(vocab);
    Workbook wb = open_workbook(p, {}, streamed ? &stream : nullptr);
    Recognised rec = recognise(wb, vocab, deferred, streamed ? &stream : nullptr);
    if (streamed) { ASSERT_TRUE(stream.took_any() && stream.all_spliced()); }
    ASSERT_EQ(rec.tables.size(), 1u);
    EXPECT_TRUE(rec.tables[0].rows.empty()) << "held once: as records, not as rows too";
    EXPECT_EQ(rec.tables[0].record_count, rec.schemes.size());
    EXPECT_EQ(checked(rec), expected) << (streamed ? "streamed" : "whole");
  }
}

TEST(Streaming, RowsBeforeTheTakenOnesGoInTheirPlacesWhateverTheirCount) {
  auto taken = [] { return std::vector<std::string>{"", "", "", "t1", "t2"}; }; // three places, two taken
  for (int n : {0, 2, 3, 5}) {
    std::vector<std::string> v = taken(), before, expected;
    for (int i = 0; i < n; ++i) before.push_back(concat("b", std::to_string(i)));
    expected = before;
    expected.insert(expected.end(), {"t1", "t2"});
    place_before_taken(v, 3, before);
    EXPECT_EQ(v, expected) << n << " before";
  }
}

TEST(Streaming, EveryShapeAroundALongTableIsTheSame) {
  std::vector<std::pair<std::string, Tracker>> cases;
  Tracker t;
  t.totals = true;
  cases.push_back({"totals", t});
  t = Tracker();
  t.unit_row = true;
  t.heading = "Savings";
  cases.push_back({"unit-and-heading", t});
  t = Tracker();
  t.blank_after = 30;
  cases.push_back({"blank-row", t});
  t = Tracker();
  t.measure_row = 25;
  cases.push_back({"measure-row", t});
  t = Tracker();
  t.total_mid = 28;
  cases.push_back({"total-mid-table", t});
  t = Tracker();
  t.measure_row = 30;
  t.measure_label = "  Savings:";
  cases.push_back({"measure-row-spaced", t});
  t = Tracker();
  t.measure_row = 30;
  t.measure_label = "Invest \xc2\xa3"
                    "000";
  cases.push_back({"measure-row-unit", t});
  t = Tracker();
  t.total_mid = 33;
  t.total_label = "Grand\xc2\xa0total:";
  cases.push_back({"total-mid-nbsp", t});
  t = Tracker();
  t.total_mid = 33;
  t.total_label = "Cumulative   TOTAL";
  cases.push_back({"cumulative-mid-spaced", t});
  t = Tracker();
  t.hidden = {3, 20, 40};
  cases.push_back({"hidden-rows", t});
  t = Tracker();
  t.text_figures = true;
  cases.push_back({"text-figures", t});
  t = Tracker();
  t.incremental_note = true;
  cases.push_back({"incremental-note", t});
  t = Tracker();
  t.second_table = true;
  t.totals = true;
  cases.push_back({"two-tables", t});
  t = Tracker();
  t.rows = 10; // too short to stream: all of it is kept
  cases.push_back({"short", t});
  for (auto &[name, tr] : cases) {
    SCOPED_TRACE(name);
    std::string p = write_tracker(tr, "stream-" + name + ".xlsx");
    expect_same(p, tr.rows > int(PlanningStream::kKeptRows) + 1);
  }
}

TEST(Streaming, LabelsNearTheVocabularysWordsAreJudgedAsReadingWholeJudgesThem) {
  // The stream turns most texts away by their first bytes and length before
  // normalising them; these sit on either side of that line.
  const char *labels[] = {"Total",
                          "TOTAL",
                          " Total ",
                          "Totals:",
                          "To tal",
                          "T",
                          "To",
                          ":Total",
                          "Total:",
                          "Net total",
                          "Grand  Total",
                          "Cumulative",
                          "CUMULATIVE TOTAL",
                          "Cumulative\xc2\xa0total",
                          "Cu mulative",
                          "C/R.10.000",
                          "Co",
                          "Costs",
                          "Cost:",
                          "Investment",
                          "Invest",
                          "Savings / Income",
                          "Savings&Income",
                          "Savings",
                          "Running total",
                          "cumulative totals",
                          "Incomes",
                          "In come",
                          "Spend"};
  for (const char *label : labels) {
    SCOPED_TRACE(label);
    Tracker t;
    t.total_mid = 30; // a row whose label is this text, in the reference column
    t.total_label = label;
    expect_same(write_tracker(t, "stream-label-total.xlsx"), std::nullopt);
    Tracker m;
    m.measure_row = 30; // a scheme whose title is this text
    m.measure_label = label;
    expect_same(write_tracker(m, "stream-label-title.xlsx"), std::nullopt);
  }
}

TEST(Streaming, TheIncrementalNoteInAStreamedRowIsHeard) {
  Tracker t;
  t.incremental_note = true;
  Both b = recognise_both(write_tracker(t, "stream-incr.xlsx"), true);
  EXPECT_TRUE(b.took);
  EXPECT_NE(b.streamed.find(" incremental "), std::string::npos);
}

TEST(Streaming, ANoteOnTheBasisIsNoticedWhereverItsWordSits) {
  using layout::mentions_basis;
  for (const char *yes :
       {"Figures are incremental", "incremental", "Incremental figures", "marginal", "Marginal change year on year",
        "(figures are incremental)", "x incremental y", "all marginal", "incrementally"})
    EXPECT_TRUE(mentions_basis(yes)) << yes;
  for (const char *no : {"", "l", "al", "Scheme 12 to reduce the cost of care", "ncrementa", "rginal", "increments",
                         "capital", "Total", "margin"})
    EXPECT_FALSE(mentions_basis(no)) << no;
  // A word found anywhere, after other 'l's too, as the plain search did.
  EXPECT_TRUE(mentions_basis("all local capital is marginal"));
  EXPECT_TRUE(mentions_basis("lllincremental"));
}

TEST(Streaming, EveryWorkbookOfTheSamplesTestsAndCorpusIsTheSame) {
  std::vector<std::string> files;
  for (std::string dir : {source_dir() + "/samples", source_dir() + "/tests/data", shared_dir() + "/corpus"}) {
    std::error_code ec;
    if (!fs::exists(dir, ec)) continue;
    for (auto &e : fs::recursive_directory_iterator(dir, ec))
      if (e.path().extension() == ".xlsx" || e.path().extension() == ".xlsm") files.push_back(e.path().string());
  }
  ASSERT_GT(files.size(), 10u);
  std::size_t compared = 0;
  for (auto &f : files) {
    Both b;
    try {
      b = recognise_both(f, true);
    } catch (const std::exception &) {
      continue; // hostile or unreadable files: read_errors are tested elsewhere
    }
    ++compared;
    if (b.spliced) { EXPECT_EQ(b.streamed, b.whole) << f; }
  }
  EXPECT_GT(compared, 10u);
}

namespace {
// A workbook written by hand, its rows in the order given (Excel never writes
// them out of order; a careless tool might).
std::string write_raw_xlsx(const std::string &name, const std::string &sheet_data,
                           const std::string &before_data = "") {
  std::string path = temp_dir() + "/" + name;
  int err = 0;
  zip_t *z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  auto add = [&](const char *part, const std::string &text) {
    char *copy = static_cast<char *>(std::malloc(text.size()));
    std::memcpy(copy, text.data(), text.size());
    zip_source_t *src = zip_source_buffer(z, copy, text.size(), 1);
    zip_file_add(z, part, src, ZIP_FL_OVERWRITE);
  };
  add("[Content_Types].xml",
      "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
  add("_rels/.rels", "<?xml version=\"1.0\"?><Relationships "
                     "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" "
                     "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                     "Target=\"xl/workbook.xml\"/></Relationships>");
  add("xl/workbook.xml",
      "<?xml version=\"1.0\"?><workbook "
      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet "
      "name=\"Tracker\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
  add("xl/_rels/workbook.xml.rels",
      "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
      "Target=\"worksheets/sheet1.xml\"/></Relationships>");
  add("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet "
                                  "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                                      before_data + "<sheetData>" + sheet_data + "</sheetData></worksheet>");
  zip_close(z);
  return path;
}

std::string planning_row(int r, int i) {
  std::string s = "<row r=\"" + std::to_string(r) + "\">";
  auto text = [&](const char *col, const std::string &t) {
    s += "<c r=\"" + std::string(col) + std::to_string(r) + "\" t=\"inlineStr\"><is><t>" + t + "</t></is></c>";
  };
  auto num = [&](const char *col, double v) {
    s += "<c r=\"" + std::string(col) + std::to_string(r) + "\"><v>" + std::to_string(v) + "</v></c>";
  };
  text("A", "C/R.1." + std::string(i < 10 ? "00" : i < 100 ? "0" : "") + std::to_string(i));
  text("B", "Scheme " + std::to_string(i));
  num("C", i);
  num("D", 2 * i);
  num("E", 3 * i);
  return s + "</row>";
}

// A header row (Reference, Scheme, three years), then schemes 1..n in rows 2..n+1.
std::string planning_rows(int n) {
  std::string rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Reference</t></is></c><c r=\"B1\" "
                     "t=\"inlineStr\"><is><t>Scheme</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>2017/18</t></is></c>"
                     "<c r=\"D1\" t=\"inlineStr\"><is><t>2018/19</t></is></c><c r=\"E1\" "
                     "t=\"inlineStr\"><is><t>2019/20</t></is></c></row>";
  for (int i = 1; i <= n; ++i) rows += planning_row(i + 1, i);
  return rows;
}
} // namespace

TEST(Streaming, RowsOutOfOrderAreReadAgainWhole) {
  std::string rows = planning_rows(40);
  rows += planning_row(30, 99); // row 30 again, late: the last one written wins
  std::string p = write_raw_xlsx("stream-out-of-order.xlsx", rows);
  Both b = recognise_both(p, true);
  EXPECT_FALSE(b.took); // abandoned, and the workbook read again whole
  EXPECT_EQ(b.streamed, b.whole);
  EXPECT_NE(b.whole.find("C/R.1.099"), std::string::npos);
}

TEST(Streaming, ALongTableIsTheSameWhateverRowCountTheSheetClaims) {
  // The taken rows' vectors are sized from the sheet's <dimension> and grow
  // past it as rows come: a claim of too few rows, of Excel's whole sheet
  // and none at all must each give what reading whole gives.
  const int n = 3000; // the vectors grow from 1,036 places twice over
  std::string rows = planning_rows(n);
  int k = 0;
  for (const char *dim : {"<dimension ref=\"A1:E20\"/>", "<dimension ref=\"A1:E1048576\"/>", ""}) {
    std::string p = write_raw_xlsx("stream-claimed-" + std::to_string(k++) + ".xlsx", rows, dim);
    Both b = recognise_both(p, true);
    EXPECT_TRUE(b.took) << dim;
    EXPECT_TRUE(b.spliced) << dim;
    EXPECT_EQ(b.streamed, b.whole) << dim;
    EXPECT_NE(b.whole.find("Scheme 3000"), std::string::npos) << dim; // the last row
  }
}

TEST(Streaming, CheckGivesTheSameFindingsAsBefore) {
  // run_check streams; its findings on a tracker with wrong totals must name
  // the same cells as reading whole would (the dump test covers the records).
  Tracker t;
  t.totals = true;
  std::string p = write_tracker(t, "stream-check.xlsx");
  CheckOptions o;
  CheckResult r = run_check({p}, o);
  // Every scheme i with i % 11 == 4 states a TOTAL one more than its years (a
  // rounding note), most of them in rows the reader did not keep.
  std::vector<std::uint32_t> rounding_rows;
  for (auto &f : r.findings)
    if (f.rule == rules::kRounding && f.cell) rounding_rows.push_back(f.cell->row);
  std::vector<std::uint32_t> expected;
  for (int i = 4; i < t.rows; i += 11) expected.push_back(std::uint32_t(t.first_row + i)); // 0-based sheet row
  EXPECT_EQ(rounding_rows, expected);
  EXPECT_EQ(r.schemes.size(), std::size_t(t.rows));
}

TEST(Streaming, RowsThatDoNotFitWhereExpectedAreReadAgainWhole) {
  // Row 60 carries a cell written for row 30, inside the rows already taken:
  // the streamed block no longer fits, so check reads the workbook whole.
  std::string rows = planning_rows(58);
  rows += "<row r=\"60\"><c r=\"F30\"><v>7</v></c></row>";
  std::string p = write_raw_xlsx("stream-stray-cell.xlsx", rows);
  Both b = recognise_both(p, true);
  EXPECT_TRUE(b.took);
  EXPECT_FALSE(b.spliced);
  CheckResult r = run_check({p}, CheckOptions{});
  Vocabulary vocab = Vocabulary::defaults();
  Recognised whole = recognise(open_workbook(p), vocab);
  EXPECT_EQ(r.schemes.size(), whole.schemes.size());
  EXPECT_GT(r.schemes.size(), 20u);
}

// The titles of a check's schemes by sheet row, and how many are views of
// the workbook's texts (PoolText::borrowed).
static std::map<std::uint32_t, std::string> titles_by_row(const CheckResult &r, std::size_t &borrowed) {
  std::map<std::uint32_t, std::string> out;
  borrowed = 0;
  for (const SchemeRecord &s : r.schemes) {
    out[s.source.cell.row] = s.title.str();
    borrowed += s.title.borrowed();
  }
  return out;
}

TEST(Streaming, ALongTrackersTitlesAreViewsOfItsSharedStringsKeptWithTheSchemes) {
  // A million-row tracker's titles were a copy each beside the shared
  // strings holding the same texts. A streamed row's title is now a view of
  // its shared string, and the check keeps the texts with the schemes after
  // the workbook is freed; a short table's titles are copied out instead.
  for (int rows : {5000, 60}) {
    Tracker t;
    t.rows = rows;
    std::string p = write_tracker(t, "stream-titles-" + std::to_string(rows) + ".xlsx");
    CheckResult r = run_check({p}, CheckOptions{});
    std::size_t borrowed = 0;
    auto titles = titles_by_row(r, borrowed);
    ASSERT_EQ(titles.size(), std::size_t(rows));
    for (int i = 0; i < rows; ++i)
      EXPECT_EQ(titles[std::uint32_t(t.first_row + i)], "Scheme " + std::to_string(i) + " to reduce cost") << i;
    if (rows == 5000) {
      EXPECT_EQ(r.texts.size(), 1u);
      EXPECT_GT(borrowed, std::size_t(rows) / 2); // the rows the reader did not keep
    } else {
      EXPECT_TRUE(r.texts.empty());
      EXPECT_EQ(borrowed, 0u);
    }
  }
}

TEST(Streaming, TheFirstFileWithSchemesKeepsItsTextsWhenTheSchemesAfterItAreSpilled) {
  // Under `fundbook check` the schemes after the first file's go to disk as
  // copies, and their workbook's texts are let go; a streamed tracker after
  // a file with no schemes is the first held, and its titles are views of
  // its texts: they must be kept (the texts were let go for any file but the
  // first).
  Tracker t;
  t.rows = 5000;
  std::string p = write_tracker(t, "stream-titles-second.xlsx");
  CheckOptions spilling;
  spilling.spill_schemes = true;
  CheckResult r = run_check({temp_dir() + "/no-such-workbook.xlsx", p, p}, spilling);
  EXPECT_EQ(r.texts.size(), 1u);
  std::size_t borrowed = 0;
  auto titles = titles_by_row(r, borrowed);
  ASSERT_EQ(titles.size(), std::size_t(t.rows));
  EXPECT_GT(borrowed, std::size_t(t.rows) / 2);
  for (int i = 0; i < t.rows; ++i)
    EXPECT_EQ(titles[std::uint32_t(t.first_row + i)], "Scheme " + std::to_string(i) + " to reduce cost") << i;
  EXPECT_EQ(r.scheme_count(), std::size_t(t.rows)); // the second copy's are repeats, none spilled
}

TEST(Streaming, AStreamedTitleWrittenInItsCellIsCopied) {
  // An inline string is added to the pool with its row and taken back when
  // the stream takes the row: the next row's texts overwrite it, so it is
  // never viewed, only copied.
  const int n = 5000;
  std::string rows = planning_rows(n);
  std::string p = write_raw_xlsx("stream-inline-titles.xlsx", rows);
  EXPECT_TRUE(recognise_both(p, true).took);
  CheckResult r = run_check({p}, CheckOptions{});
  std::size_t borrowed = 0;
  auto titles = titles_by_row(r, borrowed);
  ASSERT_EQ(titles.size(), std::size_t(n));
  for (int i = 1; i <= n; ++i) EXPECT_EQ(titles[std::uint32_t(i)], "Scheme " + std::to_string(i)) << i;
  EXPECT_EQ(borrowed, 0u);
  EXPECT_TRUE(r.texts.empty());
}

TEST(Streaming, TheCommittedTrackerStreamsAndReadsTheSame) {
  // tests/data/tracker-60.xlsx (make_tracker.py) also seeds the reader fuzzers,
  // which compare the two ways of reading on everything they make of it.
  Both b = recognise_both(source_dir() + "/tests/data/tracker-60.xlsx", true);
  EXPECT_TRUE(b.took);
  EXPECT_TRUE(b.spliced);
  EXPECT_EQ(b.streamed, b.whole);
}

TEST(Streaming, RowsTakenStillCountAgainstTheSheetsCellLimit) {
  // A hostile sheet must not get round the cell limit by being streamed.
  Limits limits;
  limits.max_cells_per_sheet = 200; // tracker-60 has about 540
  std::string p = source_dir() + "/tests/data/tracker-60.xlsx";
  EXPECT_THROW(open_workbook(p, limits), ReadError);
  Vocabulary vocab = Vocabulary::defaults();
  PlanningStream stream(vocab);
  EXPECT_THROW(open_workbook(p, limits, &stream), ReadError);
}

// A figure where the label of a long table's row should be
// (tests/data/damaged/make_planning_label_figure.py): the row is placed by
// its position, or by adding the rows above it, the streamed ones from their
// records; a row in the middle, placed from the table's rows, has the
// streamed records made rows again. Either way the workbook is not read again.
TEST(Streaming, AFigureForALabelUnderStreamedRowsNeedsNoSecondRead) {
  std::string dir = source_dir() + "/tests/data/damaged/";
  for (const char *name : {"planning-label-figure-total.xlsx", "planning-label-figure-cumulative.xlsx",
                           "planning-label-figure-no-total.xlsx"}) {
    Both b = recognise_both(dir + name, true);
    EXPECT_TRUE(b.took) << name;
    EXPECT_TRUE(b.spliced) << name;
    EXPECT_EQ(b.streamed, b.whole) << name;
  }

  Tracker t;
  t.figure_total = true;
  std::string p = write_tracker(t, "stream-figure-total.xlsx");
  Both b = recognise_both(p, true);
  EXPECT_TRUE(b.took);
  EXPECT_TRUE(b.spliced);
  EXPECT_EQ(b.streamed, b.whole);
  EXPECT_NE(b.whole.find(" total:"), std::string::npos) << b.whole.substr(0, 2000);
  EXPECT_NE(b.whole.find("was read as its Total: its figures are the sums of the rows above"), std::string::npos);

  // A row labelled by a figure mid-table, under streamed rows some of which
  // have no reference (labelled by their title): rebuilt rows keep their labels' cells.
  t = Tracker();
  t.no_ref = {20, 21, 33};
  t.figure_row = 40;
  p = write_tracker(t, "stream-figure-row.xlsx");
  b = recognise_both(p, true);
  EXPECT_TRUE(b.took);
  EXPECT_TRUE(b.spliced);
  EXPECT_EQ(b.streamed, b.whole);
  EXPECT_NE(b.whole.find("whether row 43 is the table's Total is not known"), std::string::npos)
      << b.whole.substr(b.whole.size() - 600);
}

// The one decision both ways of reading make about a row under a planning
// header (planning_rows.hpp): the stream takes only what it calls a Scheme.
TEST(Streaming, APlanningRowsRoleIsDecidedFromItsOwnCells) {
  Workbook wb;
  Vocabulary vocab = Vocabulary::defaults();
  const auto &total = vocab.list("rows.total");
  const auto &cumulative = vocab.list("rows.cumulative");
  auto text = [&](std::uint16_t col, const char *t) {
    Cell c;
    c.col = col;
    c.type = CellType::String;
    c.str = wb.intern(t);
    return c;
  };
  auto number = [](std::uint16_t col, double v) {
    Cell c;
    c.col = col;
    c.type = CellType::Number;
    c.number = v;
    return c;
  };
  const std::uint32_t first_year = 3; // references, titles and workstreams in A:C, the years from D
  auto role = [&](const std::vector<Cell> &cells, bool rows_above) {
    layout::RowOutline o = layout::planning_row_outline(cells, first_year, wb);
    return layout::planning_role(cells, o, first_year, wb, total, cumulative, rows_above,
                                 [&](const Cell &c) -> std::string_view {
                                   static std::string l;
                                   l = c.type == CellType::String ? normalise_label(wb.text(c)) : std::string();
                                   return l;
                                 });
  };
  using R = layout::PlanningRole;
  EXPECT_EQ(role({text(0, "C/R.1.001"), text(1, "Library hours"), number(3, 5)}, false), R::Scheme);
  EXPECT_EQ(role({text(0, "Total:"), number(3, 5)}, true), R::Total);
  EXPECT_EQ(role({text(0, "  Cumulative   TOTAL"), number(3, 5)}, true), R::Cumulative);
  EXPECT_EQ(role({number(3, 5)}, true), R::Total);   // unlabelled under the table's rows
  EXPECT_EQ(role({number(3, 5)}, false), R::Scheme); // unlabelled first row: a scheme's, as reading whole has it
  EXPECT_EQ(role({number(0, 1e14), number(3, 5)}, true), R::FigureLabel);
  EXPECT_EQ(role({number(0, 7), text(1, "Library hours"), number(3, 5)}, true),
            R::Scheme); // a row number beside a title
  EXPECT_EQ(role({text(0, "Notes"), text(1, "see below")}, true), R::End);
}

namespace {
// Counts what the reader asks of the stream it passes rows to.
struct CountingSink final : RowSink {
  PlanningStream &stream;
  int abandoned = 0;
  explicit CountingSink(PlanningStream &s) : stream(s) {}
  void sheet_begins(const std::string &name) override { stream.sheet_begins(name); }
  void rows_expected(std::uint32_t n) override { stream.rows_expected(n); }
  bool row(std::uint32_t r, std::span<const Cell> cells, bool hidden, const Workbook &wb) override {
    return stream.row(r, cells, hidden, wb);
  }
  void sheet_ends() override { stream.sheet_ends(); }
  void abandon() override {
    ++abandoned;
    stream.abandon();
  }
};
} // namespace

TEST(Streaming, ASheetLeftToExpatAfterRowsWereTakenIsReadAgainWhole) {
  // The XML tokenizer passes forty rows to the stream, which takes most of
  // them, then meets a name outside ASCII that it leaves to expat: the
  // stream forgets what it took and the workbook is read again from the
  // start, the same rows taken once.
  std::string rows = planning_rows(40);
  std::string plain = write_raw_xlsx("stream-tokenizer-plain.xlsx", rows);
  std::string late = write_raw_xlsx("stream-tokenizer-late.xlsx", rows + "<r\xC3\xA9sum\xC3\xA9/>");
  Vocabulary vocab = Vocabulary::defaults();
  RecogniseOptions opts;
  opts.defer_planning_figures = true;
  auto streamed = [&](const std::string &path, int &abandoned) {
    PlanningStream stream(vocab);
    CountingSink sink(stream);
    Workbook wb = open_workbook(path, {}, &sink);
    Recognised rec = recognise(wb, vocab, opts, &stream);
    EXPECT_TRUE(stream.took_any()) << path;
    EXPECT_TRUE(stream.all_spliced()) << path;
    abandoned = sink.abandoned;
    return dump(rec);
  };
  int abandoned_plain = -1, abandoned_late = -1;
  std::string a = streamed(plain, abandoned_plain), b = streamed(late, abandoned_late);
  EXPECT_EQ(abandoned_plain, 0);
  EXPECT_EQ(abandoned_late, 1);
  EXPECT_EQ(a, b);
  EXPECT_EQ(b, recognise_both(late, true).whole);
  EXPECT_NE(b.find("C/R.1.040"), std::string::npos);
}
