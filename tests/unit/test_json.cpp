// The JSON writer against a tested parser (Debian's nlohmann-json): every
// document it writes parses, whatever bytes the strings held, and the text
// comes back as written; a document is handed on in blocks, never held whole.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <streambuf>

#include "core/money.hpp"
#include "engine/model.hpp"
#include "engine/rules/registry.hpp"
#include "export/json.hpp"
#include "export/json_writer.hpp"
#include "export/text.hpp"
#include "import/text_encoding.hpp"

using namespace fundbook;

namespace {

// Parses one JSON string literal strictly (nlohmann rejects invalid UTF-8).
std::string parse_string(const std::string &literal) { return nlohmann::json::parse(literal).get<std::string>(); }

struct Rng {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
};

// Counts what reaches the sink and the largest single write.
struct CountingBuf : std::streambuf {
  std::string all;
  std::size_t writes = 0, largest = 0;
  std::streamsize xsputn(const char *s, std::streamsize n) override {
    ++writes;
    largest = std::max(largest, std::size_t(n));
    all.append(s, std::size_t(n));
    return n;
  }
  int overflow(int c) override {
    if (c != EOF) xsputn(reinterpret_cast<const char *>(&c), 1);
    return c;
  }
};

void add_scheme(CheckResult &r, int i, const std::string &path) {
  SchemeRecord s;
  s.ref = "C/R.1." + std::to_string(i);
  s.title = "Scheme " + std::to_string(i) + " to reduce the cost of care";
  s.kind = SchemeKind::Planning;
  s.source.path = SharedText(path);
  s.source.sheet = "Tracker";
  s.source.cell = {std::uint32_t(i + 1), 0};
  s.saving["2017-18"] = Figure{*Money::from_units(-12.5, 1), {std::uint32_t(i + 1), 3}};
  r.schemes.push_back(std::move(s));
  r.scheme_results.emplace_back(); // its saving total is its year's figure
}

} // namespace

TEST(Utf8, StrictValidation) {
  for (std::string ok : {"", "plain",
                         "\xC2\xA3"
                         "100",
                         "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xF4\x8F\xBF\xBF", "\xED\x9F\xBF", "\xEE\x80\x80"})
    EXPECT_TRUE(is_valid_utf8(ok)) << ok;
  for (std::string bad : {"\x80", "\xBF", "R\xE9sum\xE9", "\xC2", "\xE2\x82", "\xF0\x9F\x98", "\xC0\xAF", "\xC1\xBF",
                          "\xE0\x80\xAF", "\xE0\x9F\xBF", "\xED\xA0\x80", "\xED\xBF\xBF", "\xF0\x8F\xBF\xBF",
                          "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\xFE", "a\xC2 b"})
    EXPECT_FALSE(is_valid_utf8(bad)) << json_escape(bad);
}

TEST(Json, ValidUtf8PassesThroughUnchanged) {
  for (std::string s :
       std::initializer_list<std::string>{"Budget \xC2\xA3"
                                          "000",
                                          "\xE2\x82\xAC 5m", "\xF0\x9F\x98\x80", "tab\there", "q\"b\\s",
                                          std::string("nul\0x", 5), "\x01\x1F\x7F", "line\xE2\x80\xA8sep"}) {
    std::string lit = json_escape(s);
    EXPECT_EQ(parse_string(lit), s) << lit;
  }
}

TEST(Json, EscapesExactlyTheBytesJsonRequires) {
  // The exact text, not only what it parses back to: a check's JSON is
  // compared byte for byte between builds.
  EXPECT_EQ(json_escape(""), "\"\"");
  EXPECT_EQ(json_escape("C/R.1.000"), "\"C/R.1.000\"");
  EXPECT_EQ(json_escape("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(json_escape("\"\""), "\"\\\"\\\"\"");
  EXPECT_EQ(json_escape("x\ny\r\tz"), "\"x\\ny\\r\\tz\"");
  EXPECT_EQ(json_escape(std::string("\0\x01\x1f\x7f end", 8)), "\"\\u0000\\u0001\\u001f\x7f end\"");
  EXPECT_EQ(json_escape("\xC2\xA3"
                        "000 & <tag>"),
            "\"\xC2\xA3"
            "000 & <tag>\"");
  EXPECT_EQ(json_escape("R\xE9sum\xE9\n"), "\"R\xC3\xA9sum\xC3\xA9\\n\"");
}

TEST(Json, NotUtf8IsReadAsWindows1252) {
  // A file name saved on an old Windows share: Latin-1/Windows-1252 bytes.
  EXPECT_EQ(parse_string(json_escape("R\xE9sum\xE9 \xA3"
                                     "5.xlsx")),
            "R\xC3\xA9sum\xC3\xA9 \xC2\xA3"
            "5.xlsx");
  EXPECT_EQ(parse_string(json_escape("\x80 and \x93quoted\x94")), "\xE2\x82\xAC and \xE2\x80\x9Cquoted\xE2\x80\x9D");
  // Bytes Windows-1252 leaves undefined, and UTF-8 look-alikes that are not UTF-8.
  EXPECT_EQ(parse_string(json_escape("\x81")), "\xEF\xBF\xBD");
  EXPECT_EQ(parse_string(json_escape("\xED\xA0\x80")), "\xC3\xAD\xC2\xA0\xE2\x82\xAC");
  EXPECT_EQ(parse_string(json_escape("\xC0\xAF")), "\xC3\x80\xC2\xAF");
}

TEST(Json, AnyBytesMakeAValidDocument) {
  // 20,000 random strings, biased towards the bytes that break writers.
  Rng rng{7};
  const unsigned char pick[] = {0x00, 0x01, 0x1F, '"',  '\\', 'a',  0x7F, 0x80, 0xA3, 0xBF, 0xC0, 0xC2,
                                0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x82, 0x9F, 0xA0, 0x8F};
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    std::size_t n = rng.next() % 12;
    for (std::size_t k = 0; k < n; ++k) s += char(pick[rng.next() % sizeof pick]);
    std::string lit = json_escape(s);
    std::string back;
    ASSERT_NO_THROW(back = parse_string(lit)) << lit;
    if (is_valid_utf8(s))
      EXPECT_EQ(back, s);
    else
      EXPECT_EQ(back, cp1252_to_utf8(s));
  }
}

TEST(Json, CheckDocumentWithALatin1FileNameParses) {
  CheckResult r;
  std::string path = "inbox/Pr\xE9vision 2017.xlsx";
  r.inputs.push_back({path, "xlsx", true, ""});
  add_scheme(r, 1, path);
  Finding f;
  f.rule = rules::kRowTotal;
  f.path = path;
  f.sheet = "Donn\xE9"
            "es";
  f.message = "TOTAL says \xA3"
              "5";
  r.findings.push_back(f);
  auto doc = nlohmann::json::parse(check_json(r));
  EXPECT_EQ(doc["inputs"][0]["path"], "inbox/Pr\xC3\xA9vision 2017.xlsx");
  EXPECT_EQ(doc["schemes"][0]["source"]["path"], "inbox/Pr\xC3\xA9vision 2017.xlsx");
  EXPECT_EQ(doc["findings"][0]["sheet"], "Donn\xC3\xA9"
                                         "es");
  EXPECT_EQ(doc["findings"][0]["message"], "TOTAL says \xC2\xA3"
                                           "5");
}

TEST(Json, CheckDocumentIsStreamedInBlocks) {
  CheckResult r;
  r.inputs.push_back({"big.xlsx", "xlsx", true, ""});
  for (int i = 0; i < 20000; ++i) add_scheme(r, i, "big.xlsx");
  for (int i = 0; i < 5000; ++i) {
    Finding f;
    f.rule = rules::kRowTotal;
    f.path = "big.xlsx";
    f.sheet = "Tracker";
    f.cell = CellRef{std::uint32_t(i + 1), 9};
    f.stated = Money::from_units(1, 1);
    f.computed = Money::from_units(2, 1);
    f.message = "TOTAL says 1 but the years add up to 2";
    r.findings.push_back(f);
  }
  CountingBuf buf;
  std::ostream out(&buf);
  write_check_json(out, r);
  // The same document as built whole, handed on in many blocks none much
  // larger than the writer's 64 KiB: a document of any size is never held.
  EXPECT_EQ(buf.all, check_json(r));
  EXPECT_GT(buf.all.size(), std::size_t(5) << 20);
  EXPECT_GT(buf.writes, std::size_t(50));
  EXPECT_LT(buf.largest, std::size_t(80) << 10);
  auto doc = nlohmann::json::parse(buf.all);
  EXPECT_EQ(doc["schemes"].size(), 20000u);
  EXPECT_EQ(doc["findings"].size(), 5000u);
  EXPECT_EQ(doc["schemes"][19999]["ref"], "C/R.1.19999");
}

TEST(Text, StreamedTextEqualsTheWholeText) {
  CheckResult r;
  r.inputs.push_back({"a.xlsx", "xlsx", true, ""});
  for (int i = 0; i < 300; ++i) {
    Finding f;
    f.rule = rules::kRowTotal;
    f.path = i < 150 ? "a.xlsx" : "b.xlsx";
    f.sheet = "Tracker";
    f.cell = CellRef{std::uint32_t(i + 1), 9};
    f.message = "TOTAL says 1";
    r.findings.push_back(f);
  }
  TextOptions all; // every finding, not the first 20 of the rule
  all.max_per_rule = 0;
  std::ostringstream o;
  write_check_text(o, r, all);
  EXPECT_EQ(o.str(), check_text(r, all));
  EXPECT_NE(o.str().find("b.xlsx\n"), std::string::npos);
}

// Plain ASCII goes in as it is, eight bytes at a time: a byte to escape or a
// byte above 0x7F anywhere in a word, or in the tail, still takes the careful
// path, and the text comes out as escaping each byte in turn would write it.
TEST(JsonWriterTest, EveryByteToEscapeIsFoundWhereverItStands) {
  auto by_bytes = [](std::string_view s) {
    std::string o = "\"";
    for (unsigned char c : s) {
      if (c == '"')
        o += "\\\"";
      else if (c == '\\')
        o += "\\\\";
      else if (c == '\n')
        o += "\\n";
      else if (c == '\r')
        o += "\\r";
      else if (c == '\t')
        o += "\\t";
      else if (c < 0x20) {
        char b[8];
        std::snprintf(b, sizeof b, "\\u%04x", c);
        o += b;
      } else
        o += char(c);
    }
    return o + "\"";
  };
  const std::string odd[] = {"\"", "\\", "\n", "\x01", "\x1f", "\t", "\xc2\xa3"};
  for (std::size_t len = 0; len < 20; ++len) {
    std::string base(len, 'a');
    for (std::size_t k = 0; k < len; ++k) base[k] = char(' ' + (k * 7) % 95); // every printable byte
    std::string out;
    append_json_string(out, base);
    EXPECT_EQ(out, by_bytes(base)) << base;
    for (std::size_t at = 0; at <= len; ++at)
      for (const std::string &x : odd) {
        std::string s = base.substr(0, at) + x + base.substr(at);
        std::string got;
        append_json_string(got, s);
        if (x == "\xc2\xa3")
          EXPECT_EQ(got, "\"" + s + "\"") << len << " " << at; // valid UTF-8 is kept
        else
          EXPECT_EQ(got, by_bytes(s)) << len << " " << at;
      }
  }
  std::string latin1 = "caf\xe9 and more text"; // not UTF-8: read as Windows-1252
  std::string got;
  append_json_string(got, latin1);
  EXPECT_EQ(got, "\"caf\xc3\xa9 and more text\"");
}

// The writer hands its text to a sink a buffer at a time: pieces that cross
// the buffer's end, and a piece longer than the whole buffer, come out as a
// writer without a sink (which keeps the whole document) writes them, and the
// document is the one the old append-per-piece writer made (checked here
// against nlohmann's reading of it).
TEST(JsonWriterTest, ASinkGetsTheSameDocumentWhereverTheBufferFills) {
  auto write = [](JsonWriter &w) {
    w.begin_object();
    w.key("items").begin_array();
    for (int i = 0; i < 30000; ++i) {
      w.begin_object();
      w.key("ref").string("C/R." + std::to_string(i));
      w.key_text(i % 5 ? "plain" : "odd \"key\"").string(i % 7 ? "text" : "tab\there \"q\" caf\xe9");
      w.key("n").number(i * 0.37);
      w.key("z").number(-0.0);
      w.key("b").boolean(i % 2 == 0);
      w.key("m").raw_number("-1941.5");
      w.key("x").null();
      w.key("e").begin_array().end_array();
      w.end_object();
      if (i == 12345) w.string(std::string(200000, 'y')); // longer than the buffer
    }
    w.end_array();
    w.end_object();
    w.raw("\n");
    w.flush();
  };
  JsonWriter held;
  write(held);
  std::ostringstream o;
  JsonWriter streamed(o);
  write(streamed);
  EXPECT_EQ(o.str(), held.str());
  EXPECT_TRUE(streamed.str().empty()); // all of it handed on
  auto doc = nlohmann::json::parse(held.str());
  ASSERT_EQ(doc["items"].size(), 30001u);
  EXPECT_EQ(doc["items"][0]["odd \"key\""], "tab\there \"q\" caf\xc3\xa9");
  EXPECT_EQ(doc["items"][12346].get<std::string>().size(), 200000u);
  EXPECT_EQ(held.str().substr(0, 96), "{\"items\": [{\"ref\": \"C/R.0\", \"odd \\\"key\\\"\": \"tab\\there \\\"q\\\" "
                                      "caf\xc3\xa9\", \"n\": 0, \"z\": -0, \"b\": true, ");
}

// A Tight array (a repeated reference's `rows`) has its elements "," apart,
// containers inside it and the document around it as before.
TEST(JsonWriterTest, ATightArrayHasNoSpaceBetweenItsElements) {
  JsonWriter w;
  w.begin_object();
  w.key("rows").begin_array(JsonWriter::Spacing::Tight);
  for (int r : {3, 4, 5}) w.number(r);
  w.begin_array().number(1).number(2).end_array();
  w.end_array();
  w.key("years").begin_array().string("2016-17").string("2017-18").end_array();
  w.key("one").begin_array(JsonWriter::Spacing::Tight).number(7).end_array();
  w.end_object();
  EXPECT_EQ(w.str(), "{\"rows\": [3,4,5,[1, 2]], \"years\": [\"2016-17\", \"2017-18\"], \"one\": [7]}");
  EXPECT_EQ(nlohmann::json::parse(w.str())["rows"].size(), 4u);
}
