#include <gtest/gtest.h>

#include <charconv>
#include <chrono>
#include <fstream>
#include <optional>
#include <set>

#include "core/concat.hpp"
#include "import/container.hpp"
#include "import/formats.hpp"
#include "import/open.hpp"
#include "import/read_error.hpp"
#include "import/xlsx/number_text.hpp"
#include "import/zip_package.hpp"
#include <xlsxwriter.h>

#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {
const Cell *find(const Workbook &wb, std::size_t sheet, const char *ref) {
  auto r = parse_a1(ref).value();
  for (auto &c : wb.sheets.at(sheet).cells)
    if (c.row == r.row && c.col == r.col) return &c;
  return nullptr;
}
std::string refusal(const std::string &path) {
  try {
    open_workbook(path);
  } catch (const ReadError &e) { return e.what(); }
  return "";
}
} // namespace

TEST(XlsxReader, ReadsTheBaselineSample) {
  Workbook wb = open_workbook(source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx");
  EXPECT_EQ(wb.format, "xlsx");
  ASSERT_EQ(wb.sheets.size(), 1u);
  EXPECT_EQ(wb.sheets[0].name, "Baseline");
  const Cell *title = find(wb, 0, "A4");
  ASSERT_TRUE(title);
  EXPECT_EQ(wb.text(*title), "TITLE");
  const Cell *d6 = find(wb, 0, "D6");
  ASSERT_TRUE(d6);
  EXPECT_EQ(d6->type, CellType::Number);
  EXPECT_EQ(d6->number, 87);
  const Cell *i124 = find(wb, 0, "I124");
  ASSERT_TRUE(i124);
  EXPECT_EQ(i124->number, -1941);
}

TEST(XlsxReader, InlineStringsAndAbsoluteTargetsReadTheSame) {
  Workbook a = open_workbook(source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx");
  Workbook b = open_workbook(source_dir() + "/tests/data/baseline-inline-absolute.xlsx");
  ASSERT_EQ(a.sheets[0].cells.size(), b.sheets[0].cells.size());
  for (std::size_t i = 0; i < a.sheets[0].cells.size(); ++i) {
    const Cell &x = a.sheets[0].cells[i];
    const Cell &y = b.sheets[0].cells[i];
    ASSERT_EQ(x.row, y.row);
    ASSERT_EQ(x.col, y.col);
    ASSERT_EQ(x.type, y.type);
    if (x.type == CellType::Number)
      EXPECT_EQ(x.number, y.number);
    else
      EXPECT_EQ(a.text(x), b.text(y));
  }
}

TEST(OdsReader, RepeatedRowsAndColumnsArePlacedRight) {
  Workbook a = open_workbook(source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx");
  Workbook b = open_workbook(source_dir() + "/tests/data/baseline-copy.ods");
  EXPECT_EQ(b.format, "ods");
  ASSERT_EQ(a.sheets[0].cells.size(), b.sheets[0].cells.size());
  for (std::size_t i = 0; i < a.sheets[0].cells.size(); ++i) {
    EXPECT_EQ(a.sheets[0].cells[i].row, b.sheets[0].cells[i].row);
    EXPECT_EQ(a.sheets[0].cells[i].col, b.sheets[0].cells[i].col);
  }
}

// tests/data/make_ods_repeats.py: a row with content repeated 200,000 times
// is held once, says how many rows it stands for, and the row under the
// copies keeps its place in the file.
TEST(OdsReader, ARowRepeatedPastTheBudgetIsHeldOnceWithItsCount) {
  Workbook wb = open_workbook(source_dir() + "/tests/data/ods_repeats/row-error-repeated.ods");
  const Sheet &sh = wb.sheets.at(0);
  ASSERT_EQ(sh.rows_held_once.size(), 1u);
  EXPECT_EQ(sh.rows_held_once[0].row, 2u); // row 3
  EXPECT_EQ(sh.rows_held_once[0].count, 200000u);
  EXPECT_EQ(sh.cells.size(), 16u); // four rows of four cells
  ASSERT_NE(find(wb, 0, "D3"), nullptr);
  EXPECT_EQ(find(wb, 0, "D3")->number, 13);
  EXPECT_EQ(find(wb, 0, "A4"), nullptr);
  ASSERT_NE(find(wb, 0, "A200003"), nullptr);
  EXPECT_EQ(wb.text(*find(wb, 0, "A200003")), "Total");
  // Said at the row's first cell of its sheet, not about the file at large.
  EXPECT_TRUE(wb.warnings.empty());
  ASSERT_EQ(wb.placed_warnings.size(), 1u);
  EXPECT_EQ(wb.placed_warnings[0].sheet, "Budget");
  EXPECT_EQ(a1(wb.placed_warnings[0].cell), "A3");
  EXPECT_NE(wb.placed_warnings[0].what.find("row 3 is repeated 200000 times"), std::string::npos)
      << wb.placed_warnings[0].what;
}

// Each sheet may copy repeated rows up to its own budget, and the workbook
// as a whole to its: forty sheets within the first cost no more than ten.
TEST(OdsReader, RepeatCopiesAreBoundedAcrossTheWorkbook) {
  Workbook wb = open_workbook(source_dir() + "/tests/data/ods_repeats/many-sheets.ods");
  ASSERT_EQ(wb.sheets.size(), 40u);
  std::size_t cells = 0, held = 0;
  for (const Sheet &sh : wb.sheets) {
    cells += sh.cells.size();
    held += sh.rows_held_once.size();
  }
  EXPECT_EQ(wb.sheets[9].cells.size(), 4u + 4u * 24000u);
  EXPECT_TRUE(wb.sheets[9].rows_held_once.empty());
  ASSERT_EQ(wb.sheets[10].rows_held_once.size(), 1u);
  EXPECT_EQ(wb.sheets[10].rows_held_once[0].count, 24000u);
  EXPECT_EQ(wb.sheets[10].cells.size(), 8u);
  EXPECT_EQ(held, 30u);
  EXPECT_EQ(cells, 10u * (4u + 4u * 24000u) + 30u * 8u);
  EXPECT_EQ(wb.placed_warnings.size(), 30u);
}

// Rows past 2^32 (4,097 empty rows each repeated 1,048,576 times, a 2 KB
// file) would wrap a 32-bit row counter and lay the row under them over the
// sheet's second row, where it reads as part of the table: refused instead.
TEST(OdsReader, ContentPastTheLargestSheetIsRefusedNotWrappedOntoTheTop) {
  std::string why = refusal(source_dir() + "/tests/data/ods_repeats/rows-past-the-sheet.ods");
  EXPECT_NE(why.find("sheet 'Budget' has content below row 16,777,216"), std::string::npos) << why;
}

TEST(XlsxReader, FormulasDatesBoolsErrorsAndMerges) {
  // A workbook written here with libxlsxwriter's formula/date/boolean cells.
  std::string path = temp_dir() + "/kinds.xlsx";
  lxw_workbook *wb = workbook_new(path.c_str());
  lxw_worksheet *ws = workbook_add_worksheet(wb, "Kinds");
  lxw_format *date = workbook_add_format(wb);
  format_set_num_format(date, "dd/mm/yyyy");
  worksheet_write_number(ws, 0, 0, 42736, date);
  worksheet_write_boolean(ws, 0, 1, 1, nullptr);
  worksheet_write_formula_num(ws, 0, 2, "=1+1", nullptr, 2);
  worksheet_write_formula(ws, 0, 3, "=A1", nullptr); // cached 0 by libxlsxwriter
  worksheet_merge_range(ws, 2, 0, 3, 1, "merged", nullptr);
  worksheet_set_row_opt(ws, 5, LXW_DEF_ROW_HEIGHT, nullptr, nullptr);
  lxw_row_col_options hidden = {1, 0, 0};
  worksheet_write_string(ws, 6, 0, "hidden row", nullptr);
  worksheet_set_row_opt(ws, 6, LXW_DEF_ROW_HEIGHT, nullptr, &hidden);
  lxw_worksheet *h = workbook_add_worksheet(wb, "Hidden");
  worksheet_write_string(h, 0, 0, "x", nullptr);
  worksheet_hide(h);
  workbook_close(wb);
  Workbook r = open_workbook(path);
  ASSERT_EQ(r.sheets.size(), 2u);
  EXPECT_TRUE(r.sheets[1].hidden);
  EXPECT_EQ(find(r, 0, "A1")->type, CellType::Date);
  EXPECT_EQ(r.text(*find(r, 0, "A1")), "2017-01-01T00:00:00");
  EXPECT_EQ(find(r, 0, "B1")->type, CellType::Bool);
  EXPECT_TRUE(find(r, 0, "C1")->formula);
  EXPECT_EQ(find(r, 0, "C1")->number, 2);
  ASSERT_EQ(r.sheets[0].merges.size(), 1u);
  EXPECT_EQ(a1(r.sheets[0].merges[0].last), "B4");
  EXPECT_TRUE(r.sheets[0].row_hidden(6));
}

TEST(CsvReader, BomSemicolonAndWindows1252) {
  Workbook a = open_workbook(shared_dir() + "/corpus/hostile/read-bom-semicolon.csv");
  EXPECT_EQ(a.format, "csv");
  EXPECT_EQ(a.text(a.sheets[0].cells[0]), "Reference");
  EXPECT_EQ(a.text(*find(a, 0, "C1")), "2017-18 \xc2\xa3"
                                       "000");
  Workbook b = open_workbook(shared_dir() + "/corpus/hostile/read-cp1252-pound.csv");
  EXPECT_EQ(b.text(*find(b, 0, "C1")), "2017-18 \xc2\xa3"
                                       "000");
  EXPECT_EQ(b.text(*find(b, 0, "C2")), "-840");
}

// A ';' file whose numbers say a decimal comma ("122,6", "1.234,5") has them
// written with a decimal point, exactly; the year headings, codes and dates
// are left as they are. Where the commas may be thousands ("1,312" alone),
// or a ',' file, or numbers with a decimal point: read as before (issue 17).
TEST(CsvReader, DecimalCommaOfASemicolonFileIsToldFromItsNumbers) {
  std::string dir = temp_dir();
  std::ofstream(dir + "/dk.csv", std::ios::binary)
      << "\"Konto\";\"2012\";\"2013\"\n\"0511 Centralstyrelsen\"; 122,6; 1.119,8\n"
         "\"051101 Dep.\";(93,4);1 088,4\n\"Dato\";31.03.2023;1.234\n";
  Workbook wb = open_workbook(dir + "/dk.csv");
  EXPECT_EQ(wb.text(*find(wb, 0, "B1")), "2012");
  EXPECT_EQ(wb.text(*find(wb, 0, "A2")), "0511 Centralstyrelsen");
  EXPECT_EQ(wb.text(*find(wb, 0, "B2")), " 122.6");
  EXPECT_EQ(wb.text(*find(wb, 0, "C2")), " 1119.8");
  EXPECT_EQ(wb.text(*find(wb, 0, "B3")), "(93.4)");
  EXPECT_EQ(wb.text(*find(wb, 0, "C3")), "1088.4");
  EXPECT_EQ(wb.text(*find(wb, 0, "B4")), "31.03.2023") << "a date is no number";
  EXPECT_EQ(wb.text(*find(wb, 0, "C4")), "1234") << "a point is thousands where the comma is the decimal mark";
  std::ofstream(dir + "/ambiguous.csv", std::ios::binary) << "Service;Budget\nRoads;1,312\nParks;1.312\n";
  Workbook a = open_workbook(dir + "/ambiguous.csv");
  EXPECT_EQ(a.text(*find(a, 0, "B2")), "1,312");
  EXPECT_EQ(a.text(*find(a, 0, "B3")), "1.312");
  std::ofstream(dir + "/points.csv", std::ios::binary) << "Service;Budget\nRoads;12,5\nParks;7.25\n";
  Workbook p = open_workbook(dir + "/points.csv");
  EXPECT_EQ(p.text(*find(p, 0, "B2")), "12,5") << "a file that says both marks is read as before";
  std::ofstream(dir + "/commas.csv", std::ios::binary) << "Service,Budget\nRoads,\"12,5\"\n";
  Workbook c = open_workbook(dir + "/commas.csv");
  EXPECT_EQ(c.text(*find(c, 0, "B2")), "12,5") << "only a ';' file is read with a decimal comma";
}

// Finance-system exports carry the odd control byte: a DOS end-of-file mark,
// a form feed between printed pages, an escape byte pasted into a label.
// They do not make a CSV binary; a file of binary bytes still is.
TEST(CsvReader, StrayControlBytesDoNotMakeItBinary) {
  std::string dir = temp_dir();
  std::ofstream(dir + "/export.csv", std::ios::binary)
      << "Scheme,2017/18,2018/19,Total\r\nRoads\x1b[31m,1,2,3\r\n\x0cLighting,1,2,3\r\nTotal,2,4,7\r\n\x1a";
  ASSERT_EQ(sniff_container(dir + "/export.csv"), Container::Csv);
  Workbook wb = open_workbook(dir + "/export.csv");
  EXPECT_EQ(wb.text(*find(wb, 0, "A2")), "Roads\x1b[31m");
  EXPECT_EQ(wb.text(*find(wb, 0, "D4")), "7");
  EXPECT_EQ(find(wb, 0, "A5"), nullptr) << "the DOS end-of-file mark is not a row";
  std::string noise;
  for (int i = 0; i < 512; ++i) noise += char(1 + (i * 37) % 31);
  std::ofstream(dir + "/noise.csv", std::ios::binary) << "a,b\n" << noise;
  EXPECT_EQ(sniff_container(dir + "/noise.csv"), Container::Unknown);
}

TEST(Open, RefusesWhatItCannotReadWithAClearMessage) {
  std::string h = shared_dir() + "/corpus/hostile/";
  EXPECT_NE(refusal(h + "empty.xlsx").find("empty"), std::string::npos);
  EXPECT_NE(refusal(h + "text-named.xlsx").find("not a workbook"), std::string::npos);
  EXPECT_NE(refusal(h + "truncated.xlsx").find("damaged"), std::string::npos);
  EXPECT_NE(refusal(h + "bad-crc.xlsx").find("damaged"), std::string::npos);
  EXPECT_NE(refusal(h + "billion-laughs.xlsx").find("DTD"), std::string::npos);
  EXPECT_NE(refusal(h + "xxe-external-entity.xlsx").find("DTD"), std::string::npos);
  EXPECT_NE(refusal(h + "html-table-as.xls").find("web page"), std::string::npos);
  EXPECT_NE(refusal(h + "cfb-not-excel.xls").find("not an Excel workbook"), std::string::npos);
  EXPECT_NE(refusal(h + "zip-bomb.xlsx").find("zip bomb"), std::string::npos);
  EXPECT_NE(refusal(shared_dir() + "/corpus/files/calamine/pass_protected.xlsx").find("password-protected"),
            std::string::npos);
  EXPECT_NE(refusal(shared_dir() + "/corpus/files/calamine/any_sheets.xlsb").find(".xlsb"), std::string::npos);
  EXPECT_NE(refusal("/nonexistent/file.xlsx").find("no such file"), std::string::npos);
}

TEST(Open, ReadsAwkwardButValidFiles) {
  std::string h = shared_dir() + "/corpus/hostile/";
  Workbook last = open_workbook(h + "last-cell-XFD1048576.xlsx");
  ASSERT_EQ(last.sheets[0].cells.size(), 1u);
  EXPECT_EQ(a1(last.sheets[0].cells[0].row, last.sheets[0].cells[0].col), "XFD1048576");
  Workbook million = open_workbook(h + "read-million-empty-rows.xlsx");
  const Cell *c = find(million, 0, "A1000000");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->number, 7);
  Workbook csv = open_workbook(h + "csv-as.xls");
  EXPECT_EQ(csv.format, "csv");
  EXPECT_FALSE(csv.warnings.empty());
  // Nothing outside the package is ever opened.
  std::string trav;
  try {
    Workbook t = open_workbook(h + "rels-path-traversal.xlsx");
    for (std::uint32_t i = 0; i < t.strings.size(); ++i) EXPECT_EQ(t.strings[i].find("root:"), std::string::npos);
  } catch (const ReadError &e) { trav = e.what(); }
  SUCCEED() << trav;
}

TEST(ZipPackage, ResolvesRelationshipTargets) {
  EXPECT_EQ(resolve_part("xl", "worksheets/sheet1.xml"), "xl/worksheets/sheet1.xml");
  EXPECT_EQ(resolve_part("xl", "/xl/worksheets/sheet1.xml"), "xl/worksheets/sheet1.xml");
  EXPECT_EQ(resolve_part("xl/worksheets", "../sharedStrings.xml"), "xl/sharedStrings.xml");
  EXPECT_FALSE(resolve_part("xl", "../../../../etc/passwd"));
}

TEST(StringPool, KeepsEveryTextAcrossBlocksLongTextsAndEmptyOnes) {
  StringPool pool;
  std::string long_text(600000, 'x'); // over a quarter block: a block of its own
  std::vector<std::string> texts = {long_text, "", "Scheme 1", std::string(300000, 'y'), ""};
  for (int i = 0; i < 200000; ++i) texts.push_back("Scheme " + std::to_string(i) + " to reduce the cost of care");
  texts.push_back("");
  std::vector<std::uint32_t> ids;
  for (auto &t : texts) ids.push_back(pool.add(t));
  ASSERT_EQ(pool.size(), texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) ASSERT_EQ(pool[ids[i]], texts[i]) << i;
}

TEST(XlsxNumberText, FastPathGivesExactlyWhatFromCharsGives) {
  auto slow = [](std::string_view s, double &out) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return !s.empty() && r.ec == std::errc() && r.ptr == s.data() + s.size();
  };
  std::vector<std::string> cases = {"0",
                                    "-0",
                                    "1312",
                                    "-395",
                                    "-395.5",
                                    "0.1",
                                    ".5",
                                    "-.5",
                                    "1.",
                                    "007",
                                    "123456789012345",
                                    "1234567890123456",
                                    "0.000000000000001",
                                    "-1234.5000000000002",
                                    "1e3",
                                    "1E-2",
                                    " 12 ",
                                    "+4",
                                    "-",
                                    ".",
                                    "",
                                    "1.2.3",
                                    "--1",
                                    "12a",
                                    "9007199254740993"};
  // Deterministic pseudo-random decimals of every length and scale the fast path takes.
  std::uint64_t x = 88172645463325252ull;
  for (int n = 0; n < 200000; ++n) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    std::string d = std::to_string(x % 1000000000000000ull);
    std::size_t cut = std::size_t(x >> 60) % (d.size() + 1);
    std::string t = concat(x & 1 ? "-" : "", d.substr(0, cut), cut < d.size() ? "." : "", d.substr(cut));
    cases.push_back(t);
  }
  for (auto &c : cases) {
    double a = 0, b = 0;
    bool ok_fast = xlsx::parse_number(c, a), ok_slow = slow(c, b);
    ASSERT_EQ(ok_fast, ok_slow) << "'" << c << "'";
    if (ok_fast) { ASSERT_EQ(a, b) << "'" << c << "'"; }
  }
}

// The formats list: one file of each format is taken by its own line, and
// the extension lists every caller shows are made from the list.
TEST(Formats, EachFormatReadsItsOwnFilesAndNamesTheExtensions) {
  std::string d = source_dir() + "/tests/data/";
  const std::pair<const char *, std::string> files[] = {
      {"xlsx", source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx"},
      {"xls", d + "libreoffice/baseline-2017-06-transformation-fund.xls"},
      {"xls", d + "issue21/biff4-worksheet.xls"},
      {"ods", d + "libreoffice/baseline-2017-06-transformation-fund.ods"},
      {"ods", d + "issue21/ods-no-mimetype.ods"},
      {"csv", d + "issue17_layouts/register-clean.csv"},
  };
  std::set<std::string_view> seen;
  for (auto &[name, path] : files) {
    EXPECT_EQ(open_workbook(path).format, name) << path;
    seen.insert(name);
  }
  for (const WorkbookFormat &f : workbook_formats()) {
    EXPECT_TRUE(seen.count(f.name)) << f.name << " has no file read here";
    EXPECT_FALSE(f.display.empty());
    ASSERT_FALSE(f.extensions.empty()) << f.name;
    for (std::string_view e : f.extensions) EXPECT_EQ(e.front(), '.') << e;
  }
  EXPECT_EQ(workbook_extensions(), ".xlsx .xlsm .xls .ods .csv");
  EXPECT_EQ(workbook_extensions(","), ".xlsx,.xlsm,.xls,.ods,.csv");
  EXPECT_EQ(workbook_extensions_in_words(), ".xlsx, .xlsm, .xls, .ods or .csv");
  for (const char *yes : {"a.xlsx", "dir/B.XLSM", "c.Xls", "d.ods", "e e.CSV", "f: g.xlsx"})
    EXPECT_TRUE(has_workbook_extension(yes)) << yes;
  for (const char *no : {"a.xlsb", ".xlsx", "xlsx", "a.xlsx.bak", "notes.txt", "a.zip", "a.xl"})
    EXPECT_FALSE(has_workbook_extension(no)) << no;
}

// The first bytes alone say what container a file is, whatever its name; a
// file that cannot be read is reported under that container's name.
TEST(Container, FirstBytesSayWhatAFileIs) {
  std::string d = source_dir() + "/tests/data/", h = shared_dir() + "/corpus/hostile/", dir = temp_dir();
  std::ofstream(dir + "/empty.xlsx") << "";
  std::ofstream(dir + "/notes.xlsx") << "just some words\nand more\n";
  const std::pair<std::string, Container> cases[] = {
      {dir + "/empty.xlsx", Container::Empty},
      {dir + "/notes.xlsx", Container::Text},
      {source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx", Container::Zip},
      {d + "libreoffice/baseline-2017-06-transformation-fund.ods", Container::Ods},
      {d + "issue21/ods-no-mimetype.ods", Container::Zip},
      {d + "libreoffice/baseline-2017-06-transformation-fund.xls", Container::Cfb},
      {d + "issue21/biff4-worksheet.xls", Container::Biff},
      {d + "issue17_layouts/register-clean.csv", Container::Csv},
      {h + "csv-as.xls", Container::Csv},
      {h + "html-table-as.xls", Container::Html},
  };
  for (auto &[path, container] : cases) EXPECT_EQ(sniff_container(path), container) << path;
  std::set<std::string_view> names;
  for (std::string_view n : EnumNames<Container>::of) EXPECT_TRUE(names.insert(n).second) << n << " twice";
  EXPECT_EQ(to_string(Container::Unknown), "unknown");
  EXPECT_EQ(from_string<Container>("cfb"), Container::Cfb);
}

// A refusal says what kind of problem it is, and where when one sheet is at
// fault, so callers and tests need not match its words.
TEST(ReadErrors, SayTheirKindAndWhere) {
  auto kind_of = [](const std::string &path, const Limits &limits = {}) -> std::optional<ReadError> {
    try {
      open_workbook(path, limits);
    } catch (const ReadError &e) { return e; }
    return std::nullopt;
  };
  using K = ReadError::Kind;
  std::string dir = temp_dir(), h = shared_dir() + "/corpus/hostile/";
  std::ofstream(dir + "/empty.xlsx") << "";
  const std::pair<std::string, K> cases[] = {
      {dir + "/missing.xlsx", K::NotFound},
      {dir, K::NotAFile},
      {dir + "/empty.xlsx", K::Empty},
      {source_dir() + "/tests/data/issue21/xls-real-password.xls", K::Encrypted},
      {h + "html-table-as.xls", K::Unsupported},
      {h + "cfb-not-excel.xls", K::Unsupported},
      {h + "truncated.xlsx", K::Damaged},
      {h + "zip-bomb.xlsx", K::TooLarge},
  };
  for (auto &[path, kind] : cases) {
    auto e = kind_of(path);
    ASSERT_TRUE(e) << path;
    EXPECT_EQ(int(e->kind()), int(kind)) << path << ": " << e->what();
    EXPECT_FALSE(e->where()) << path;
  }
  Limits few;
  few.max_cells_per_sheet = 10;
  auto e = kind_of(source_dir() + "/samples/baseline-2017-06-transformation-fund.xlsx", few);
  ASSERT_TRUE(e);
  EXPECT_EQ(int(e->kind()), int(K::TooLarge)) << e->what();
  ASSERT_TRUE(e->where());
  EXPECT_EQ(e->where()->sheet, "Baseline");
}
