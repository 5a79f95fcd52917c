// Deterministic benchmark inputs, written with libxlsxwriter in constant-memory
// mode (inline strings, as large exports are):
//   tracker-100k.xlsx       one sheet, 100,000 scheme rows: Reference, Scheme,
//                           Workstream, 2016-17..2021-22, TOTAL (a SUM formula
//                           with its cached value), RAG, Commentary
//   baseline-blocks-2k.xlsx 2,000 schemes in the baseline report's profile blocks
//   folder-200/             200 workbooks of 25 schemes each
//
//   bench_generate OUT_DIR
#include <xlsxwriter.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>

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

lxw_workbook *open(const std::string &path) {
  lxw_workbook_options o{};
  o.constant_memory = LXW_TRUE;
  return workbook_new_opt(path.c_str(), &o);
}

std::string ref_of(int i) {
  char buf[32];
  // Unique for up to 99,000 schemes: C/R.1.000 .. C/R.99.999.
  std::snprintf(buf, sizeof buf, "C/R.%d.%03d", 1 + i / 1000, i % 1000);
  return buf;
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

} // namespace

int main(int argc, char **argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: bench_generate OUT_DIR\n");
    return 2;
  }
  std::string dir = argv[1];
  std::filesystem::create_directories(dir + "/folder-200");
  tracker(dir + "/tracker-100k.xlsx", 100000, 1);
  blocks(dir + "/baseline-blocks-2k.xlsx", 2000, 2);
  for (int i = 0; i < 200; ++i) {
    char name[64];
    std::snprintf(name, sizeof name, "/folder-200/service-%03d.xlsx", i + 1);
    tracker(dir + name, 25, 100 + std::uint64_t(i), i * 25);
  }
  return 0;
}
