// Issue 21: the classes of file Excel and LibreOffice read that fundbook
// refused or read wrong, one test per class, on files made by
// tests/data/make_issue21.py.
#include <gtest/gtest.h>

#include "import/open.hpp"
#include "import/read_error.hpp"
#include "import/text_encoding.hpp"
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
