// Deterministic benchmark inputs, written with libxlsxwriter.
//
// As Excel, LibreOffice and most exports write them (a shared-strings table,
// styles and number formats, a commentary column):
//   tracker-ss-100k.xlsx    the headline input: 100,000 scheme rows with unique
//                           references, a few of them with stale totals
//   tracker-ss-60k.xlsx     the same shape in 60,000 rows (fits an .xls sheet)
//   tracker-ss-1m.xlsx      the same shape in 1,000,000 rows (only when named;
//                           tracker-ss-250k.xlsx and -500k.xlsx likewise, to
//                           show time and memory linear in rows)
//   tracker-repeated-100k.xlsx  a register: 4,000 references on 25 rows each
//                           (one row per monitoring return), figures revised
//                           between returns
//   folder-2000/            2,000 workbooks of 25 schemes each
// In constant-memory mode (inline strings, as large streamed exports are):
//   tracker-100k.xlsx       one sheet, 100,000 scheme rows: Reference, Scheme,
//                           Workstream, 2016-17..2021-22, TOTAL (a SUM formula
//                           with its cached value), RAG, Commentary
//   baseline-blocks-2k.xlsx 2,000 schemes in the baseline report's profile blocks
//   folder-200/             200 workbooks of 25 schemes each
//   typed-over-50k.xlsx     a column of row totals, =B+C in every other row
//                           and the figure typed in the rows between (Ref,
//                           Q1, Q2, Year; 50,000 rows); typed-over-third-50k
//                           types every third row, typed-over-wrong-50k
//                           types every other row one over its sum (each a
//                           finding); any NNk in the name sets the rows
//                           (typed-over-5k.xlsx ... typed-over-100k.xlsx),
//                           to show time linear in rows
//
//   bench_generate OUT_DIR [NAME...]   (no NAME: every input but the 1m tracker;
//                                       an input already there is left alone)
#include <xlsxwriter.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace {

const char *kYears[] = {"2016-17", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22"};
const char *kWorkstreams[] = {
    "Adults Services",         "Commissioning",       "Environment, transport & economy",
    "Finance & budget review", "Children's services", "Contracts, procurement and commercial"};
const char *kRag[] = {"Green", "Amber", "Red"};

// A small deterministic generator (splitmix64), so every run writes the same files.
struct Rng {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  int below(int n) { return int(next() % std::uint64_t(n)); }
};

lxw_workbook *open(const std::string &path, bool constant_memory = true) {
  lxw_workbook_options o{};
  o.constant_memory = constant_memory ? LXW_TRUE : LXW_FALSE;
  return workbook_new_opt(path.c_str(), &o);
}

std::string ref_of(int i) {
  char buf[32];
  // Unique for up to 99,000 schemes: C/R.1.000 .. C/R.99.999.
  std::snprintf(buf, sizeof buf, "C/R.%d.%03d", 1 + i / 1000, i % 1000);
  return buf;
}

// Unique for up to 26 x 99,000 schemes: the letter moves on every 99,000.
std::string unique_ref(int i) {
  std::string r = ref_of(i % 99000);
  r[0] = char('A' + (2 + i / 99000) % 26);
  return r;
}

const char *kNotes[] = {"Progress on track; benefits tracked through the monthly variance report.",
                        "Delayed by procurement; savings profile moved back a year, agreed at board.",
                        "Staff consultation complete. Implementation phase started; see the monitoring pack.",
                        "Business case approved at GPC; investment drawn down as planned.",
                        "Savings at risk: demand higher than forecast. Mitigation plan with the service lead.",
                        "Closed: savings delivered and removed from the base budget."};

// Styles as a finance team would set them: a filled bold header, figures in
// a thousands format with negatives in red, a bold total, RAG fills,
// commentary wrapped.
struct TrackerFormats {
  lxw_format *header, *year, *total, *text, *wrap, *rag[3];
  explicit TrackerFormats(lxw_workbook *wb) {
    header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_bg_color(header, 0x1F4E78);
    format_set_font_color(header, LXW_COLOR_WHITE);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    year = workbook_add_format(wb);
    format_set_num_format(year, "#,##0.0;[Red]-#,##0.0;\"-\"");
    total = workbook_add_format(wb);
    format_set_num_format(total, "#,##0.0;[Red]-#,##0.0;\"-\"");
    format_set_bold(total);
    format_set_left(total, LXW_BORDER_THIN);
    text = workbook_add_format(wb);
    format_set_font_name(text, "Arial");
    format_set_font_size(text, 10);
    wrap = workbook_add_format(wb);
    format_set_text_wrap(wrap);
    format_set_font_size(wrap, 9);
    const lxw_color_t fills[] = {0xC6EFCE, 0xFFEB9C, 0xFFC7CE};
    for (int k = 0; k < 3; ++k) {
      rag[k] = workbook_add_format(wb);
      format_set_bg_color(rag[k], fills[k]);
      format_set_align(rag[k], LXW_ALIGN_CENTER);
    }
  }
};

void styled_header(lxw_worksheet *ws, const TrackerFormats &f) {
  const char *head[] = {"Reference", "Scheme", "Workstream"};
  for (int c = 0; c < 3; ++c) worksheet_write_string(ws, 0, lxw_col_t(c), head[c], f.header);
  for (int k = 0; k < 6; ++k) worksheet_write_string(ws, 0, lxw_col_t(3 + k), kYears[k], f.header);
  worksheet_write_string(ws, 0, 9, "TOTAL", f.header);
  worksheet_write_string(ws, 0, 10, "RAG", f.header);
  worksheet_write_string(ws, 0, 11, "Commentary", f.header);
  worksheet_set_column(ws, 0, 0, 11, nullptr);
  worksheet_set_column(ws, 1, 1, 48, nullptr);
  worksheet_set_column(ws, 2, 2, 28, nullptr);
  worksheet_set_column(ws, 3, 9, 10, nullptr);
  worksheet_set_column(ws, 11, 11, 60, nullptr);
  worksheet_freeze_panes(ws, 1, 3);
}

// One styled row; `stale` leaves the TOTAL's cached value behind its years
// (the sheet was edited with calculation set to manual).
void styled_row(lxw_worksheet *ws, const TrackerFormats &f, lxw_row_t r, const std::string &ref,
                const std::string &title, Rng &rng, const double *years, bool stale, const std::string &note) {
  worksheet_write_string(ws, r, 0, ref.c_str(), f.text);
  worksheet_write_string(ws, r, 1, title.c_str(), f.text);
  worksheet_write_string(ws, r, 2, kWorkstreams[rng.below(6)], f.text);
  double sum = 0;
  for (int k = 0; k < 6; ++k) {
    sum += years[k];
    worksheet_write_number(ws, r, lxw_col_t(3 + k), years[k], f.year);
  }
  std::string formula = "=SUM(D" + std::to_string(r + 1) + ":I" + std::to_string(r + 1) + ")";
  worksheet_write_formula_num(ws, r, 9, formula.c_str(), f.total, stale ? sum - 25.0 : sum);
  int rag = rng.below(3);
  worksheet_write_string(ws, r, 10, kRag[rag], f.rag[rag]);
  worksheet_write_string(ws, r, 11, note.c_str(), f.wrap);
}

std::string commentary(Rng &rng, int scheme) {
  // Mostly distinct texts, as real commentary is: the shared-strings table grows with the rows.
  return std::string(kNotes[rng.below(6)]) + " Last reviewed in period " + std::to_string(1 + rng.below(12)) +
         (scheme % 3 == 0 ? "; owner " + std::to_string(scheme % 977) + "." : ".");
}

// A tracker as Excel saves it: shared strings, styles, unique references,
// one stale TOTAL in about ten thousand rows.
void shared_tracker(const std::string &path, int rows, std::uint64_t seed, int first = 0) {
  lxw_workbook *wb = open(path, false);
  lxw_worksheet *ws = workbook_add_worksheet(wb, "Tracker");
  TrackerFormats f(wb);
  Rng rng{seed};
  styled_header(ws, f);
  for (int i = 0; i < rows; ++i) {
    int id = first + i;
    double years[6];
    for (double &v : years) v = -double(rng.below(5000)) / 10.0; // savings, to 0.1 (£100)
    std::string title = "Scheme " + std::to_string(id + 1) + " to reduce the cost of care";
    styled_row(ws, f, lxw_row_t(i + 1), unique_ref(id), title, rng, years, i % 10007 == 5003, commentary(rng, id));
  }
  workbook_close(wb);
}

// A register with one row per scheme and monitoring return: each reference
// on `returns` rows in a row, its profile revised in some returns (a
// conflict) and copied unchanged in the others (a duplicate).
void repeated_tracker(const std::string &path, int schemes, int returns, std::uint64_t seed) {
  lxw_workbook *wb = open(path, false);
  lxw_worksheet *ws = workbook_add_worksheet(wb, "Register");
  TrackerFormats f(wb);
  Rng rng{seed};
  styled_header(ws, f);
  lxw_row_t r = 1;
  for (int s = 0; s < schemes; ++s) {
    double base[6];
    for (double &v : base) v = -double(rng.below(5000)) / 10.0;
    std::string title = "Scheme " + std::to_string(s + 1) + " to reduce the cost of care";
    for (int p = 0; p < returns; ++p) {
      double years[6];
      for (int k = 0; k < 6; ++k) years[k] = base[k];
      if (p % 4 != 0) years[p % 6] -= double(1 + rng.below(50)); // revised in this return
      styled_row(ws, f, r++, ref_of(s), title, rng, years, false,
                 "Return " + std::to_string(p + 1) + ": " + kNotes[rng.below(6)]);
    }
  }
  workbook_close(wb);
}

void tracker(const std::string &path, int rows, std::uint64_t seed, int first = 0) {
  lxw_workbook *wb = open(path);
  lxw_worksheet *ws = workbook_add_worksheet(wb, "Tracker");
  Rng rng{seed};
  const char *head[] = {"Reference", "Scheme", "Workstream"};
  for (int c = 0; c < 3; ++c) worksheet_write_string(ws, 0, lxw_col_t(c), head[c], nullptr);
  for (int k = 0; k < 6; ++k) worksheet_write_string(ws, 0, lxw_col_t(3 + k), kYears[k], nullptr);
  worksheet_write_string(ws, 0, 9, "TOTAL", nullptr);
  worksheet_write_string(ws, 0, 10, "RAG", nullptr);
  worksheet_write_string(ws, 0, 11, "Commentary", nullptr);
  for (int i = 0; i < rows; ++i) {
    lxw_row_t r = lxw_row_t(i + 1);
    // Beyond 99,000 the reference repeats in another letter, so every row stays unique.
    std::string ref = ref_of((first + i) % 99000);
    if (first + i >= 99000) ref[0] = 'A';
    worksheet_write_string(ws, r, 0, ref.c_str(), nullptr);
    std::string title = "Scheme " + std::to_string(first + i + 1) + " to reduce the cost of care";
    worksheet_write_string(ws, r, 1, title.c_str(), nullptr);
    worksheet_write_string(ws, r, 2, kWorkstreams[rng.below(6)], nullptr);
    double sum = 0;
    for (int k = 0; k < 6; ++k) {
      double v = -double(rng.below(5000)) / 10.0; // savings, to 0.1 (£100)
      sum += v;
      worksheet_write_number(ws, r, lxw_col_t(3 + k), v, nullptr);
    }
    std::string f = "=SUM(D" + std::to_string(r + 1) + ":I" + std::to_string(r + 1) + ")";
    worksheet_write_formula_num(ws, r, 9, f.c_str(), nullptr, sum);
    worksheet_write_string(ws, r, 10, kRag[rng.below(3)], nullptr);
    std::string note = "Progress on track for quarter " + std::to_string(1 + rng.below(4)) + "; see monitoring pack.";
    worksheet_write_string(ws, r, 11, note.c_str(), nullptr);
  }
  workbook_close(wb);
}

void blocks(const std::string &path, int schemes, std::uint64_t seed) {
  lxw_workbook *wb = open(path);
  lxw_worksheet *ws = workbook_add_worksheet(wb, "Baseline");
  Rng rng{seed};
  lxw_row_t r = 0;
  worksheet_write_string(ws, r++, 0, "BASELINE REPORT FOR TRANSFORMATION FUND INVESTMENTS", nullptr);
  r++;
  for (int i = 0; i < schemes; ++i) {
    worksheet_write_string(ws, r, 0, "TITLE", nullptr);
    for (int k = 0; k < 6; ++k) worksheet_write_string(ws, r, lxw_col_t(2 + k), kYears[k], nullptr);
    worksheet_write_string(ws, r, 8, "TOTAL", nullptr);
    r++;
    for (int k = 0; k < 7; ++k)
      worksheet_write_string(ws, r, lxw_col_t(2 + k),
                             "\xc2\xa3"
                             "000",
                             nullptr);
    r++;
    for (int m = 0; m < 2; ++m) {
      std::string t = m == 0 ? "Scheme " + std::to_string(i + 1) + " to support people"
                             : "to live independently (" + ref_of(i) + ")";
      worksheet_write_string(ws, r, 0, t.c_str(), nullptr);
      worksheet_write_string(ws, r, 1, m == 0 ? "Investment" : "Saving", nullptr);
      double sum = 0;
      for (int k = 0; k < 6; ++k) {
        double v = m == 0 ? double(rng.below(3) == 0 ? rng.below(500) : 0) : -double(rng.below(2000));
        sum += v;
        if (v == 0)
          worksheet_write_string(ws, r, lxw_col_t(2 + k), "-", nullptr);
        else
          worksheet_write_number(ws, r, lxw_col_t(2 + k), v, nullptr);
      }
      worksheet_write_number(ws, r, 8, sum, nullptr);
      r++;
    }
    worksheet_write_string(ws, ++r, 0, "Savings will be monitored through the monthly variance report.", nullptr);
    r += 2;
  }
  workbook_close(wb);
}

// Row totals down a column, typed over in some rows: a formula in `every`-1
// rows of `every`, the sum typed (plus `off`) in the other.
void typed_over(const std::string &path, int rows, int every, int off) {
  lxw_workbook *wb = open(path);
  lxw_worksheet *ws = workbook_add_worksheet(wb, "Sheet1");
  const char *head[] = {"Ref", "Q1", "Q2", "Year"};
  for (int c = 0; c < 4; ++c) worksheet_write_string(ws, 0, lxw_col_t(c), head[c], nullptr);
  for (int r = 2; r < rows + 2; ++r) {
    lxw_row_t at = lxw_row_t(r - 1);
    int x = (r * 37) % 1000, y = (r * 91) % 1000;
    worksheet_write_string(ws, at, 0, ("R" + std::to_string(r)).c_str(), nullptr);
    worksheet_write_number(ws, at, 1, x, nullptr);
    worksheet_write_number(ws, at, 2, y, nullptr);
    if (r % every == 0) {
      worksheet_write_number(ws, at, 3, x + y + off, nullptr);
    } else {
      std::string f = "=B" + std::to_string(r) + "+C" + std::to_string(r);
      worksheet_write_formula_num(ws, at, 3, f.c_str(), nullptr, x + y);
    }
  }
  workbook_close(wb);
}

// The NNk in a name ("typed-over-50k.xlsx": 50,000), or 0.
int thousands_in(const std::string &name) {
  std::size_t k = name.rfind("k.xlsx");
  std::size_t d = name.rfind('-', k);
  if (k == std::string::npos || d == std::string::npos) return 0;
  return std::atoi(name.substr(d + 1, k - d - 1).c_str()) * 1000;
}

} // namespace

int main(int argc, char **argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_generate OUT_DIR [NAME...]\n");
    return 2;
  }
  std::string dir = argv[1];
  std::vector<std::string> names(argv + 2, argv + argc);
  if (names.empty())
    names = {"tracker-ss-100k.xlsx",
             "tracker-ss-60k.xlsx",
             "tracker-repeated-100k.xlsx",
             "folder-2000",
             "tracker-100k.xlsx",
             "baseline-blocks-2k.xlsx",
             "folder-200",
             "typed-over-50k.xlsx",
             "typed-over-third-50k.xlsx",
             "typed-over-wrong-50k.xlsx"};
  std::filesystem::create_directories(dir);
  for (const std::string &name : names) {
    std::string out = dir + "/" + name;
    if (std::filesystem::exists(out)) continue;
    std::fprintf(stderr, "bench_generate: %s\n", out.c_str());
    if (name == "tracker-ss-100k.xlsx") {
      shared_tracker(out, 100000, 11);
    } else if (name == "tracker-ss-60k.xlsx") {
      shared_tracker(out, 60000, 12);
    } else if (name == "tracker-ss-1m.xlsx") {
      shared_tracker(out, 1000000, 13);
    } else if (name == "tracker-ss-250k.xlsx") {
      shared_tracker(out, 250000, 15);
    } else if (name == "tracker-ss-500k.xlsx") {
      shared_tracker(out, 500000, 16);
    } else if (name == "tracker-repeated-100k.xlsx") {
      repeated_tracker(out, 4000, 25, 14);
    } else if (name == "tracker-100k.xlsx") {
      tracker(out, 100000, 1);
    } else if (name == "baseline-blocks-2k.xlsx") {
      blocks(out, 2000, 2);
    } else if (name == "folder-200" || name == "folder-2000") {
      // Written to a temporary name first: a folder cut short is never taken for a whole one.
      bool big = name == "folder-2000";
      std::string tmp = out + ".partial";
      std::filesystem::remove_all(tmp);
      std::filesystem::create_directories(tmp);
      for (int i = 0; i < (big ? 2000 : 200); ++i) {
        char file[64];
        std::snprintf(file, sizeof file, big ? "/service-%04d.xlsx" : "/service-%03d.xlsx", i + 1);
        if (big)
          shared_tracker(tmp + file, 25, 1000 + std::uint64_t(i), i * 25);
        else
          tracker(tmp + file, 25, 100 + std::uint64_t(i), i * 25);
      }
      std::filesystem::rename(tmp, out);
    } else if (name.rfind("typed-over-", 0) == 0 && thousands_in(name) > 0) {
      bool third = name.find("-third-") != std::string::npos, wrong = name.find("-wrong-") != std::string::npos;
      typed_over(out, thousands_in(name), third ? 3 : 2, wrong ? 1 : 0);
    } else {
      std::fprintf(stderr, "bench_generate: no input called %s\n", name.c_str());
      return 2;
    }
  }
  return 0;
}
