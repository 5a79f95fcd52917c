// Issue 21: the classes of file Excel and LibreOffice read that fundbook
// refused or read wrong, one test per class, on files made by
// tests/data/make_issue21.py.
#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>

#include "import/open.hpp"
#include "import/read_error.hpp"
#include "import/text_encoding.hpp"
#include "import/xls/span_reader.hpp"
#include "import/xlsx/number_formats.hpp"
#include "import/xlsx/number_text.hpp"
#include "import/xlsx/xstring.hpp"

#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {

std::string data(const char *name) { return source_dir() + "/tests/data/issue21/" + name; }

const Cell *at(const Workbook &wb, std::size_t sheet, const char *ref) {
  auto r = parse_a1(ref).value();
  for (auto &c : wb.sheets.at(sheet).cells)
    if (c.row == r.row && c.col == r.col) return &c;
  return nullptr;
}

std::string text_at(const Workbook &wb, std::size_t sheet, const char *ref) {
  const Cell *c = at(wb, sheet, ref);
  return c ? std::string(wb.text(*c)) : "<no cell " + std::string(ref) + ">";
}

} // namespace

// 1. ECMA-376 Part 1, 22.9.2.19 ST_Xstring.
TEST(Issue21Xstring, EscapesInSharedAndInlineStringsAreDecoded) {
  Workbook wb = open_workbook(data("xstring-escapes.xlsx"));
  EXPECT_EQ(text_at(wb, 0, "A1"), "Line one\r\nline two");
  EXPECT_EQ(text_at(wb, 0, "A2"), "Bell\ahere");
  EXPECT_EQ(text_at(wb, 0, "A3"), "Literal _x000D_ stays"); // _x005F_ is the underscore itself
  EXPECT_EQ(text_at(wb, 0, "A4"), "Rich\trun");
  EXPECT_EQ(text_at(wb, 0, "A5"), "Smile \xF0\x9F\x98\x80"); // U+1F600 from two escaped halves
  EXPECT_EQ(text_at(wb, 0, "A6"), "Not an escape: _x12_ and _xZZZZ_");
  EXPECT_EQ(text_at(wb, 0, "B1"), "Inline\nbreak");
  EXPECT_EQ(text_at(wb, 0, "B2"), "Inline _x0041_ kept");
}

TEST(Issue21Xstring, DecoderEdgeCases) {
  auto dec = [](std::string s) {
    xlsx::decode_xstring(s);
    return s;
  };
  EXPECT_EQ(dec("plain"), "plain");
  EXPECT_EQ(dec("_x0041__x0042_"), "AB");
  EXPECT_EQ(dec("_x00e9_"), "\xC3\xA9");       // lower-case hex too
  EXPECT_EQ(dec("a_x0000_b"), "ab");           // NUL cannot travel in a report
  EXPECT_EQ(dec("_xD83D_"), "\xEF\xBF\xBD");   // unpaired high surrogate: U+FFFD
  EXPECT_EQ(dec("_xDE00_x"), "\xEF\xBF\xBDx"); // unpaired low surrogate
  EXPECT_EQ(dec("_x005F_x005F_"), "_x005F_");
  EXPECT_EQ(dec("_x004"), "_x004"); // cut short
  EXPECT_TRUE(is_valid_utf8(dec("_xD83D_z_xDE00_")));
}

// 2. Astral characters in BIFF8 strings (LibreOffice wrote the file).
TEST(Issue21XlsSurrogates, PairsBecomeOneCodePoint) {
  Workbook wb = open_workbook(data("xls-surrogate-pairs.xls"));
  EXPECT_EQ(text_at(wb, 0, "A1"), "Scheme \xF0\x9F\x98\x80 smile");
  EXPECT_EQ(text_at(wb, 0, "A2"), "\xF0\xA0\xAE\xB7 rare CJK");
  EXPECT_EQ(text_at(wb, 0, "A3"), "Plain \xC2\xA3"
                                  "46");
  for (std::uint32_t i = 0; i < wb.strings.size(); ++i) EXPECT_TRUE(is_valid_utf8(wb.strings[i]));
}

TEST(Issue21XlsSurrogates, UnitDecoderPairsAcrossCallsAndReplacesLoneHalves) {
  std::string out;
  Utf16ToUtf8 conv(out);
  conv.unit(0xD83D);
  conv.unit(0xDE00);
  conv.unit(0xD83D); // lone: followed by a letter
  conv.unit('x');
  conv.unit(0xDC00); // lone low half
  conv.unit(0xD800); // lone at the end
  conv.finish();
  EXPECT_EQ(out, "\xF0\x9F\x98\x80\xEF\xBF\xBDx\xEF\xBF\xBD\xEF\xBF\xBD");
}

// BIFF8 text read a run of one-byte characters at a time gives what reading
// it a character at a time gave: bytes above 0x7F, CONTINUE records that
// switch width, a high surrogate left waiting before one-byte text, texts
// cut short; random parts, the same every run.
TEST(Issue21XlsSurrogates, OneByteRunsReadAsEachCharacterWould) {
  auto one_at_a_time = [](const std::vector<std::string_view> &parts, std::size_t count, bool wide) {
    std::string out;
    Utf16ToUtf8 utf8(out);
    std::size_t part = 0, pos = 0;
    while (count > 0) {
      if (pos >= parts[part].size()) {
        ++part;
        pos = 0;
        if (part >= parts.size()) break;
        wide = (std::uint8_t(parts[part][pos++]) & 1) != 0;
      }
      if (wide) {
        if (pos + 2 > parts[part].size()) {
          pos = parts[part].size();
          continue;
        }
        utf8.unit(std::uint16_t(std::uint8_t(parts[part][pos]) | (std::uint8_t(parts[part][pos + 1]) << 8)));
        pos += 2;
      } else {
        // A CONTINUE holding only its flags has no character (read as one
        // byte past it before runs were read whole).
        if (pos >= parts[part].size()) continue;
        utf8.unit(std::uint8_t(parts[part][pos++]));
      }
      --count;
    }
    utf8.finish();
    return out;
  };
  const unsigned char bytes[] = {'a', 'Z', ' ', 0x7F, 0x80, 0xA3, 0xE9, 0xFF, 0x00, 0x3D, 0xD8, 0xDC, 0xDE};
  std::uint32_t seed = 21;
  auto pick = [&](std::uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % n;
  };
  for (int n = 0; n < 5000; ++n) {
    std::vector<std::string> texts(1 + pick(3));
    for (std::size_t k = 0; k < texts.size(); ++k) {
      if (k) texts[k] += char(pick(2)); // a continuation's flags
      for (std::uint32_t len = pick(12); len > 0; --len) texts[k] += char(bytes[pick(sizeof bytes)]);
    }
    std::vector<std::string_view> parts(texts.begin(), texts.end());
    std::size_t count = pick(30);
    bool wide = pick(2) != 0;
    xls::SpanReader sr;
    sr.parts = parts;
    std::string got = sr.chars(count, wide);
    ASSERT_EQ(got, one_at_a_time(parts, count, wide)) << n;
    ASSERT_TRUE(is_valid_utf8(got)) << n;
  }
}

// An ODS cell's office:value that starts with a digit (or a minus and a
// digit) is read by the xlsx reader's parse: wherever it takes one, the
// double is strtod's, bit for bit, and strtod reads the whole text too.
TEST(Issue21OdsPackage, ADecimalValueReadsAsStrtodReadsIt) {
  const char pieces[] = "0123456789.-+eE \t";
  std::uint32_t seed = 22;
  auto pick = [&](std::uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % n;
  };
  std::size_t taken = 0;
  for (int n = 0; n < 50000; ++n) {
    std::string v = n % 3 ? "" : "-";
    v += char('0' + pick(10));
    for (std::uint32_t len = pick(24); len > 0; --len) v += pieces[pick(sizeof pieces - 1)];
    double fast = 0;
    if (!xlsx::parse_number(v, fast)) continue;
    ++taken;
    char *end = nullptr;
    double slow = std::strtod(v.c_str(), &end);
    while (*end == ' ' || *end == '\t') ++end;
    ASSERT_EQ(*end, '\0') << v;
    ASSERT_EQ(std::memcmp(&fast, &slow, sizeof fast), 0) << v;
  }
  EXPECT_GT(taken, 5000u);
  for (const char *v : {"1312", "-395.5", "0.1", "-0", "123456789012345", "1234567890123456789", "1e300", "4.9e-324",
                        "2.2250738585072011e-308", "0.30000000000000004"}) {
    double fast = 0;
    ASSERT_TRUE(xlsx::parse_number(v, fast)) << v;
    double slow = std::strtod(v, nullptr);
    EXPECT_EQ(std::memcmp(&fast, &slow, sizeof fast), 0) << v;
  }
}

// 3. OpenDocument packages without a leading mimetype entry.
TEST(Issue21OdsPackage, ReadWithoutOrWithALateMimetype) {
  for (const char *name : {"ods-no-mimetype.ods", "ods-mimetype-last.ods", "ods-content-only.ods"}) {
    SCOPED_TRACE(name);
    Workbook wb = open_workbook(data(name));
    EXPECT_EQ(wb.format, "ods");
    ASSERT_EQ(wb.sheets.size(), 1u);
    EXPECT_EQ(wb.sheets[0].name, "Savings");
    EXPECT_EQ(text_at(wb, 0, "A2"), "Street lighting");
    const Cell *b2 = at(wb, 0, "B2");
    ASSERT_TRUE(b2);
    EXPECT_EQ(b2->type, CellType::Number);
    EXPECT_EQ(b2->number, -1941);
  }
}

// 8. UTF-16 CSV with a byte order mark, either order.
TEST(Issue21Utf16Csv, LittleAndBigEndianWithABom) {
  for (const char *name : {"utf16-le-bom.csv", "utf16-be-bom.csv"}) {
    SCOPED_TRACE(name);
    Workbook wb = open_workbook(data(name));
    EXPECT_EQ(wb.format, "csv");
    ASSERT_EQ(wb.sheets.size(), 1u);
    EXPECT_EQ(wb.sheets[0].cells.size(), 9u);
    EXPECT_EQ(text_at(wb, 0, "A1"), "Scheme");
    EXPECT_EQ(text_at(wb, 0, "A2"), "Street lighting \xF0\x9F\x92\xA1");
    EXPECT_EQ(text_at(wb, 0, "C2"), "-1941");
    EXPECT_EQ(text_at(wb, 0, "A3"), "Library caf\xC3\xA9");
    EXPECT_EQ(text_at(wb, 0, "C3"), "\xC2\xA3"
                                    "46");
  }
}

// 4. .xls encrypted with Excel's built-in password: RC4 and RC4 CryptoAPI
// (128- and 40-bit) decrypted; a real password refused, naming what to do.
TEST(Issue21XlsDefaultPassword, DecryptedWithExcelsBuiltInPassword) {
  for (const char *name : {"xls-default-password-rc4.xls", "xls-default-password-cryptoapi.xls",
                           "xls-default-password-cryptoapi-40bit.xls"}) {
    SCOPED_TRACE(name);
    Workbook wb = open_workbook(data(name));
    ASSERT_EQ(wb.sheets.size(), 1u);
    EXPECT_EQ(wb.sheets[0].name, "Sheet1");
    EXPECT_EQ(wb.sheets[0].cells.size(), 5u);
    EXPECT_EQ(text_at(wb, 0, "A1"), "Scheme");
    EXPECT_EQ(text_at(wb, 0, "A3"), "Library caf\xC3\xA9");
    const Cell *b2 = at(wb, 0, "B2");
    ASSERT_TRUE(b2);
    EXPECT_EQ(b2->type, CellType::Number);
    EXPECT_EQ(b2->number, -1941);
    EXPECT_TRUE(wb.warnings.empty());
  }
}

TEST(Issue21XlsDefaultPassword, ARealPasswordIsAClearRefusalNamingTheFile) {
  try {
    open_workbook(data("xls-real-password.xls"));
    FAIL() << "a workbook with its own password was read";
  } catch (const ReadError &e) {
    EXPECT_NE(std::string(e.what()).find("password-protected: save an unprotected copy"), std::string::npos);
  }
  RunResult r = run({"inspect", "--cells", data("xls-real-password.xls")});
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.err.find("xls-real-password.xls: password-protected"), std::string::npos) << r.err;
}

// 5. Worksheets from before Excel 5, bare or in a container, and a BIFF5
// workbook with BIFF2-style cell records.
TEST(Issue21OldBiff, Biff2To4WorksheetsRead) {
  for (const char *name :
       {"biff2-worksheet.xls", "biff3-worksheet.xls", "biff4-worksheet.xls", "biff4-in-container.xls"}) {
    SCOPED_TRACE(name);
    Workbook wb = open_workbook(data(name));
    EXPECT_EQ(wb.format, "xls");
    ASSERT_EQ(wb.sheets.size(), 1u);
    EXPECT_EQ(wb.sheets[0].name, std::string(name).substr(0, std::string(name).size() - 4)); // named after the file
    EXPECT_EQ(wb.sheets[0].cells.size(), 10u);
    EXPECT_EQ(text_at(wb, 0, "A2"), "Street lighting");
    EXPECT_EQ(text_at(wb, 0, "A3"), "Library caf\xC3\xA9"); // Windows-1252 text
    const Cell *b2 = at(wb, 0, "B2"), *b3 = at(wb, 0, "B3"), *b4 = at(wb, 0, "B4"), *b5 = at(wb, 0, "B5");
    ASSERT_TRUE(b2 && b3 && b4 && b5);
    EXPECT_EQ(b2->number, -1941);
    EXPECT_EQ(b3->number, 46);
    EXPECT_EQ(b4->type, CellType::Date); // by its d/m/yyyy format
    EXPECT_EQ(wb.text(*b4), "2017-01-01T00:00:00");
    EXPECT_TRUE(b5->formula);
    EXPECT_EQ(b5->number, -1895);
  }
}

TEST(Issue21OldBiff, Biff4WorkbookSheetsByTheirBundleRecords) {
  Workbook wb = open_workbook(data("biff4-workbook.xls"));
  ASSERT_EQ(wb.sheets.size(), 2u);
  EXPECT_EQ(wb.sheets[0].name, "Savings");
  EXPECT_EQ(wb.sheets[1].name, "Costs");
  EXPECT_EQ(text_at(wb, 0, "A2"), "Street lighting");
  EXPECT_EQ(text_at(wb, 1, "A2"), "Street cleaning");
  EXPECT_EQ(wb.sheets[1].cells.size(), 10u);
  EXPECT_TRUE(wb.warnings.empty());
}

TEST(Issue21OldBiff, Biff5WithOlderCellRecords) {
  Workbook wb = open_workbook(data("biff5-old-records.xls"));
  ASSERT_EQ(wb.sheets.size(), 1u);
  EXPECT_EQ(wb.sheets[0].name, "Savings");
  EXPECT_EQ(text_at(wb, 0, "A1"), "Written by Excel 95");
  EXPECT_EQ(text_at(wb, 0, "A3"), "Old label");
  const Cell *b1 = at(wb, 0, "B1"), *b3 = at(wb, 0, "B3"), *b4 = at(wb, 0, "B4"), *c4 = at(wb, 0, "C4");
  ASSERT_TRUE(b1 && b3 && b4 && c4);
  EXPECT_EQ(b1->number, 12.5);
  EXPECT_EQ(b3->number, -395.25);
  EXPECT_EQ(b4->number, 594);
  EXPECT_EQ(c4->type, CellType::Bool);
  EXPECT_EQ(c4->number, 1);
}

// 6. A container cut short: the records that are there are read and the
// damage is a note (a finding when checked), never silent.
TEST(Issue21CfbShortStream, ReadsWhatIsThereAndSaysSo) {
  Workbook wb = open_workbook(data("cfb-short-stream.xls"));
  ASSERT_EQ(wb.sheets.size(), 1u);
  EXPECT_EQ(text_at(wb, 0, "A1"), "Scheme");
  EXPECT_EQ(text_at(wb, 0, "A2"), "Street lighting");
  EXPECT_FALSE(at(wb, 0, "B3")); // past the cut
  ASSERT_EQ(wb.warnings.size(), 1u);
  EXPECT_NE(wb.warnings[0].find("the Workbook stream is 1519 bytes where the file's directory says 4096"),
            std::string::npos)
      << wb.warnings[0];
  EXPECT_NE(wb.warnings[0].find("ask for a fresh copy"), std::string::npos);
  RunResult r = run({"check", "--format", "json", data("cfb-short-stream.xls")});
  EXPECT_NE(r.out.find("where the file's directory says 4096"), std::string::npos) << r.out << r.err;
}

// 7. Dates and numbers as Excel shows them: one classifier for every reader.
TEST(Issue21NumberFormats, FormatCodesAndBuiltInIds) {
  using xlsx::Shown;
  EXPECT_EQ(xlsx::format_code_shown("[$-409]d-mmm-yy"), Shown::Date);
  EXPECT_EQ(xlsx::format_code_shown("[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"), Shown::Date);
  EXPECT_EQ(xlsx::format_code_shown("[$-x-sysdate]dddd, mmmm dd, yyyy"), Shown::Date);
  EXPECT_EQ(xlsx::format_code_shown("[$-F800]"), Shown::Date); // the system's long date, with no letters of its own
  EXPECT_EQ(xlsx::format_code_shown("[$-F400]"), Shown::Time);
  EXPECT_EQ(xlsx::format_code_shown("[$-x-systime]h:mm:ss AM/PM"), Shown::Time);
  EXPECT_EQ(xlsx::format_code_shown("[$-409]#,##0.00"), Shown::Number);
  // Elapsed durations are numbers, wherever the bracket is.
  EXPECT_EQ(xlsx::format_code_shown("[h]:mm"), Shown::Number);
  EXPECT_EQ(xlsx::format_code_shown("[mm]:ss.0"), Shown::Number);
  EXPECT_EQ(xlsx::format_code_shown("s\" secs and \"[m]\" mins\""), Shown::Number);
  EXPECT_EQ(xlsx::format_code_shown("s:m\" @ hour \"[hh]"), Shown::Number);
  // Date letters only in quotes or escaped.
  EXPECT_EQ(xlsx::format_code_shown("0\" days\""), Shown::Number);
  EXPECT_EQ(xlsx::format_code_shown("#,##0 \\m\\s"), Shown::Number);
  EXPECT_EQ(xlsx::format_code_shown("\"h\"\"I\""), Shown::Number);
  EXPECT_EQ(xlsx::format_code_shown("_-* #,##0_-;\\-* #,##0_-;_-* \"-\"_-;_-@_-"), Shown::Number);
  EXPECT_EQ(xlsx::format_code_shown("General"), Shown::Number);
  EXPECT_EQ(xlsx::format_code_shown("0.00E+00"), Shown::Number);
  EXPECT_EQ(xlsx::format_code_shown("0;dd/mm/yy"), Shown::Number); // the first section decides
  // Times of day and dates.
  EXPECT_EQ(xlsx::format_code_shown("h:mm"), Shown::Time);
  EXPECT_EQ(xlsx::format_code_shown("mm:ss"), Shown::Time);
  EXPECT_EQ(xlsx::format_code_shown("mmm"), Shown::Date);
  EXPECT_EQ(xlsx::format_code_shown("d \"days\" h"), Shown::Date);
  for (int id = 14; id <= 17; ++id) EXPECT_EQ(xlsx::builtin_format_shown(id), Shown::Date) << id;
  for (int id = 18; id <= 21; ++id) EXPECT_EQ(xlsx::builtin_format_shown(id), Shown::Time) << id;
  EXPECT_EQ(xlsx::builtin_format_shown(22), Shown::Date);
  EXPECT_EQ(xlsx::builtin_format_shown(45), Shown::Time);
  EXPECT_EQ(xlsx::builtin_format_shown(46), Shown::Number); // [h]:mm:ss
  EXPECT_EQ(xlsx::builtin_format_shown(47), Shown::Time);
  for (int id : {0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 23, 37, 44, 48, 49})
    EXPECT_EQ(xlsx::builtin_format_shown(id), Shown::Number) << id;
}

TEST(Issue21NumberFormats, TheXlsxXlsAndOdsReadersAgree) {
  // number-formats.xls and .ods are LibreOffice's own conversions of the .xlsx.
  struct Expect {
    const char *ref;
    CellType type;
    const char *text;
    double number;
  };
  const Expect expected[] = {
      {"B1", CellType::Date, "2017-09-22T00:00:00", 0},
      {"B2", CellType::Date, "2017-09-22T00:00:00", 0},
      {"B4", CellType::Number, "", 1.5208333333333333},
      {"B5", CellType::Number, "", 0.085462962962963},
      {"B6", CellType::Number, "", 12},
      {"B7", CellType::Number, "", 5},
      {"B8", CellType::Date, "2017-09-22T00:00:00", 0},
      {"B9", CellType::Date, "2017-09-22T12:00:00", 0},
      {"B10", CellType::Date, "00:15:00", 0},
      {"B11", CellType::Number, "", 1.5},
      {"B12", CellType::Date, "00:15:00", 0},
      {"B13", CellType::Date, "18:00:00", 0},
  };
  for (const char *name : {"number-formats.xlsx", "number-formats.xls", "number-formats.ods"}) {
    SCOPED_TRACE(name);
    Workbook wb = open_workbook(data(name));
    for (const Expect &e : expected) {
      SCOPED_TRACE(e.ref);
      const Cell *c = at(wb, 0, e.ref);
      ASSERT_TRUE(c);
      EXPECT_EQ(c->type, e.type);
      if (e.type == CellType::Date)
        EXPECT_EQ(wb.text(*c), e.text);
      else
        EXPECT_NEAR(c->number, e.number, 1e-12);
    }
  }
  // [$-x-sysdate] is a date to Excel and to fundbook; LibreOffice 7.4 does not
  // know it and writes the cell as a plain number in its .xls and .ods.
  Workbook wb = open_workbook(data("number-formats.xlsx"));
  EXPECT_EQ(text_at(wb, 0, "B3"), "2017-09-22T00:00:00");
}

TEST(Issue21NumberFormats, The1904SystemsSerialZero) {
  Workbook wb = open_workbook(data("number-formats-1904.xlsx"));
  EXPECT_EQ(text_at(wb, 0, "A1"), "1904-01-01T00:00:00"); // a date format: the system's first day
  EXPECT_EQ(text_at(wb, 0, "A2"), "00:00:00");            // a time format: midnight
  EXPECT_EQ(text_at(wb, 0, "A3"), "12:00:00");
  EXPECT_EQ(text_at(wb, 0, "A4"), "1904-01-02T00:00:00");
  EXPECT_EQ(xlsx::shown_text(0, xlsx::Shown::Number, true), "");
}
