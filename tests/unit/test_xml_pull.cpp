// The ODS reader's own XML tokenizer (import/xml_pull.hpp) held to expat:
// every document it reads to the end, expat reads to the end with the same
// events, wherever the input is cut into chunks; what it is not certain of
// it leaves to expat.
#include <gtest/gtest.h>

#include <zip.h>

#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "import/read_error.hpp"
#include "import/reader.hpp"
#include "import/xml_pull.hpp"
#include "import/xml_stream.hpp"

#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {

// The events as one text: adjacent texts joined (either reader may pass a
// run of text in pieces), attributes in order with their names as written.
struct Recorder : XmlHandler {
  std::string log, pending;
  void flush() {
    if (!pending.empty()) log += "T[" + pending + "]";
    pending.clear();
  }
  void start(std::string_view name, const XmlAttrs &a) override {
    flush();
    log += "<" + std::string(name);
    for (const char **p = a.raw; p && *p; p += 2) log += " " + std::string(p[0]) + "={" + p[1] + "}";
    log += ">";
  }
  void end(std::string_view name) override {
    flush();
    log += "</" + std::string(name) + ">";
  }
  void text(std::string_view s) override { pending += s; }
};

struct Outcome {
  bool ok = false; // read to the end
  std::string log;
  std::string error;
};

Outcome by_expat(const std::string &doc) {
  Outcome o;
  Recorder r;
  try {
    XmlStream xml(r, Limits{}, "test.xml");
    char *room = xml.room(doc.size() + 1);
    std::memcpy(room, doc.data(), doc.size());
    xml.parse_room(doc.size());
    xml.finish();
    o.ok = true;
  } catch (const ReadError &e) { o.error = e.what(); }
  r.flush();
  o.log = r.log;
  return o;
}

// Unsure gives ok = false and error "unsure".
Outcome by_pull(const std::string &doc, const std::vector<std::size_t> &cuts) {
  Outcome o;
  Recorder r;
  XmlPull xml(Limits{}, "test.xml");
  try {
    std::size_t at = 0;
    for (std::size_t i = 0; i <= cuts.size(); ++i) {
      std::size_t to = i < cuts.size() ? cuts[i] : doc.size();
      char *room = xml.room(to - at + 1);
      std::memcpy(room, doc.data() + at, to - at);
      xml.filled(to - at);
      xml.drive(r);
      at = to;
    }
    xml.finish();
    xml.drive(r);
    o.ok = true;
  } catch (const XmlPull::Unsure &) { o.error = "unsure"; } catch (const ReadError &e) {
    o.error = e.what();
  }
  r.flush();
  o.log = r.log;
  return o;
}

Outcome by_pull(const std::string &doc) { return by_pull(doc, {}); }

const char *const kDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

// Documents the tokenizer must read, as expat reads them.
std::vector<std::string> readable() {
  std::string d = kDecl;
  return {
      d + "<a/>",
      "<a/>",
      "<?xml version='1.0'?><a></a>",
      "<?xml version=\"1.0\" encoding='utf-8' standalone=\"yes\" ?>\r\n<a/>",
      d + "<office:doc xmlns:office=\"urn:o\" office:version=\"1.3\"><table:table-cell table:style-name='ce1' "
          "office:value-type=\"float\" office:value=\"-138.8\"><text:p>-138.8</text:p></table:table-cell></office:doc>",
      // the five entities and character references, in text and in attributes
      d + "<a x=\"&lt;&gt;&amp;&quot;&apos;\" y='&#65;&#x42;&#x00043;&#233;&#x20AC;&#x1F600;'>&lt;b&gt; &amp; "
          "&quot;q&quot; &apos;a&apos; &#65;&#x42;&#233;&#x20AC;&#x1F600;&#9;&#10;&#13;</a>",
      // quotes of the other kind inside a value, '>' in a value and in text
      d + "<a x=\"it's\" y='say \"hi\"' z=\"of:=[.A1]>0\">1 > 0</a>",
      // white space in attribute values and line ends in text
      d + "<a x=\"a\tb\nc\rd\r\ne\" y=\"&#9;&#10;&#13;\">l1\r\nl2\rl3\nl4\r\r\n</a>",
      // CDATA, comments, processing instructions
      d + "<!-- before --><?pi data?><a><![CDATA[<x>&amp;]] ]>\r\n]]><!--in-side--><?x?>t<![CDATA[]]></a><!-- "
          "after --><?end ?>\n",
      // UTF-8 of every length, in text, attributes, comments
      d + "<a n=\"\xC2\xA3\xE2\x82\xAC\xF0\x9F\x98\x80\">\xC2\xA3 1,000 \xE2\x82\xAC\xF0\x9F\x98\x80\xEF\xBF\xBD"
          "<!-- \xC3\xA9 --></a>",
      // nesting, empty tags with and without space, attributes spaced out
      d + "<a><b><c/><c /><d  x = \"1\"\n\ty='2'/></b><b></b ></a>",
      // names with dots, dashes, digits, underscores and several colons
      d + "<_a.b-c:d1 x_y.z-w:v:u=\"1\"><_a.b-c:d1/></_a.b-c:d1>",
      // a ']' or two in text, not followed by '>'
      d + "<a>x] y]] z]]]</a>",
      // many attributes, namespaced as LibreOffice writes them
      d + "<a xmlns:a=\"1\" xmlns:b=\"2\" xmlns:c=\"3\" a:x=\"1\" b:x=\"2\" c:x=\"3\" x=\"4\"/>",
  };
}

// Documents the tokenizer must leave to expat (it reads some of them, and
// refuses the others: what the reader then says is expat's to say).
std::vector<std::string> left_to_expat() {
  std::string d = kDecl;
  return {
      "",
      " <a/>",
      "\xEF\xBB\xBF<a/>",
      "\xEF\xBB\xBF<?xml version=\"1.0\"?><a/>",
      "\xFF\xFE<\0a\0/\0>\0",
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\xA3</a>",
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>",
      "<?xml version=\"1.1\"?><a/>",
      "<?xml version=\"1.0\" encoding=\"UTF\r8\"?><a/>",
      "<?xml  version=\"1.0\"encoding=\"UTF-8\"?><a/>",
      d + "<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>",
      d + "<!DOCTYPE a SYSTEM \"a.dtd\"><a/>",
      d + "<a>&nbsp;</a>",
      d + "<a>&#0;</a>",
      d + "<a>&#xD800;</a>",
      d + "<a>&#xFFFE;</a>",
      d + "<a>&#x110000;</a>",
      d + "<a>&#X41;</a>",
      d + "<a>&#;</a>",
      d + "<a>& b</a>",
      d + "<a x=\"&bogus;\"/>",
      d + "<a></b>",
      d + "<a><b></a></b>",
      d + "<a x=1/>",
      d + "<a x=\"1\" x=\"2\"/>",
      d + "<a x=\"1\"y=\"2\"/>",
      d + "<a x=\"<\"/>",
      d + "<a x=\"1\"",
      d + "<a>\x01</a>",
      d + "<a>\x7F\xC0\x80</a>",
      d + "<a>\xED\xA0\x80</a>",
      d + "<a>\xEF\xBF\xBF</a>",
      d + "<a>\xF4\x90\x80\x80</a>",
      d + "<a>\xE2\x82</a>",
      d + "<a>]]></a>",
      d + "<a><!-- a -- b --></a>",
      d + "<a><!-- a ---></a>",
      d + "<a><?xml version=\"1.0\"?></a>",
      d + "<a><?XmL x?></a>",
      d + "<a><?p?x?></a>",
      d + "<a/><b/>",
      d + "<a/>junk",
      d + "<a>",
      d + "<a><b>",
      d + "</a>",
      d + "<\xC3\xA9/>",
      d + "<a \xC3\xA9=\"1\"/>",
      d + "<1a/>",
      d + "<a><![CDATA[x</a>",
      d + "<![CDATA[x]]><a/>",
      d + "<a/><![CDATA[x]]>",
      d + "text<a/>",
      d + "<a>\0</a>",
  };
}

} // namespace

TEST(XmlPull, ReadsWhatExpatReadsWithTheSameEvents) {
  for (const std::string &doc : readable()) {
    Outcome e = by_expat(doc), p = by_pull(doc);
    ASSERT_TRUE(e.ok) << doc << "\n" << e.error;
    EXPECT_TRUE(p.ok) << doc << "\n" << p.error;
    EXPECT_EQ(p.log, e.log) << doc;
  }
  // What the decoding gives, written out once by hand.
  EXPECT_EQ(
      by_pull(std::string(kDecl) + "<a x=\"&lt;&amp;&#x20AC;\tq\r\nr\" y='\"'>&lt;&#233;\r\n<![CDATA[&amp;]]></a>").log,
      "<a x={<&\xE2\x82\xAC q r} y={\"}>T[<\xC3\xA9\n&amp;]</a>");
}

TEST(XmlPull, EveryChunkBoundaryGivesTheSameEvents) {
  // Cut at every byte (inside tags, names, attribute values, references,
  // UTF-8 characters, CRLF pairs, comments, CDATA), and byte by byte.
  for (const std::string &doc : readable()) {
    const std::string whole = by_pull(doc).log;
    for (std::size_t cut = 0; cut <= doc.size(); ++cut) {
      Outcome p = by_pull(doc, {cut});
      EXPECT_TRUE(p.ok) << doc << " cut at " << cut;
      EXPECT_EQ(p.log, whole) << doc << " cut at " << cut;
    }
    std::vector<std::size_t> every;
    for (std::size_t i = 1; i < doc.size(); ++i) every.push_back(i);
    Outcome p = by_pull(doc, every);
    EXPECT_TRUE(p.ok) << doc << " byte by byte";
    EXPECT_EQ(p.log, whole) << doc << " byte by byte";
  }
}

TEST(XmlPull, LeavesToExpatWhatItIsNotCertainOf) {
  for (const std::string &doc : left_to_expat()) {
    Outcome p = by_pull(doc);
    EXPECT_EQ(p.error, "unsure") << doc << "\nread as " << p.log;
    // Wherever the input is cut.
    for (std::size_t cut = 0; cut <= doc.size(); ++cut) EXPECT_FALSE(by_pull(doc, {cut}).ok) << doc << " " << cut;
  }
  // Expat reads some of them (other encodings, a leading space, the BOM)
  // and refuses the rest: either way the reader says what it said before.
  EXPECT_TRUE(by_expat("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\xA3</a>").ok);
  EXPECT_TRUE(by_expat("\xEF\xBB\xBF<a/>").ok);
  EXPECT_FALSE(by_expat(std::string(kDecl) + "<a></b>").ok);
}

TEST(XmlPull, RandomlyDamagedDocumentsAreReadAsExpatReadsThemOrLeftToIt) {
  // Each readable document with bytes replaced, removed or put in (markup,
  // quotes, references, line ends, UTF-8 pieces), cut at a random place:
  // whenever the tokenizer reads one to the end, expat reads it to the end
  // with the same events.
  const std::vector<std::string> pieces = {
      "<",   ">",  "/",    "\"", "'",   "&",    ";",    "=",         " ",       "\r",   "\n",          "\t", "]",
      "]]>", "--", "<!--", "?>", "<?",  "&lt;", "&#",   "&#x",       "\xC3",    "\xA9", "\xE2\x82",    "\0", "\x01",
      ":",   "a",  "-",    ".",  "<a>", "</a>", "<b/>", "<![CDATA[", "x=\"1\"", "#",    "\xEF\xBB\xBF"};
  const char *seed = std::getenv("XML_PULL_SEED"); // to explore further by hand
  std::mt19937 rng(seed ? std::uint32_t(std::atol(seed)) : 20261202u);
  int read = 0, left = 0;
  const auto docs = readable();
  for (int round = 0; round < 100000; ++round) {
    std::string doc = docs[rng() % docs.size()];
    int changes = 1 + int(rng() % 3);
    for (int c = 0; c < changes && !doc.empty(); ++c) {
      std::size_t at = rng() % doc.size();
      const std::string &piece = pieces[rng() % pieces.size()];
      switch (rng() % 3) {
      case 0: doc.replace(at, 1, piece); break;
      case 1: doc.erase(at, 1 + rng() % 3); break;
      default: doc.insert(at, piece); break;
      }
    }
    Outcome p = by_pull(doc, {rng() % (doc.size() + 1)});
    if (!p.ok) {
      ++left;
      continue;
    }
    ++read;
    Outcome e = by_expat(doc);
    ASSERT_TRUE(e.ok) << "read, but expat refuses: " << doc << "\n" << e.error;
    ASSERT_EQ(p.log, e.log) << doc;
  }
  // Both kinds happen often enough for the test to mean something.
  EXPECT_GT(read, 5000);
  EXPECT_GT(left, 5000);
}

TEST(XmlPull, NestingPastTheLimitIsRefusedAsExpatRefusesIt) {
  std::string doc = kDecl;
  for (int i = 0; i < 300; ++i) doc += "<a>";
  for (int i = 0; i < 300; ++i) doc += "</a>";
  Outcome e = by_expat(doc), p = by_pull(doc);
  EXPECT_FALSE(e.ok);
  EXPECT_EQ(p.error, e.error);
  EXPECT_NE(p.error.find("nested more than 256 levels"), std::string::npos) << p.error;
}

namespace {
std::string write_ods(const std::string &name, const std::string &content) {
  std::string path = temp_dir() + "/" + name;
  int err = 0;
  zip_t *z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  auto add = [&](const char *part, const std::string &text) {
    char *copy = static_cast<char *>(std::malloc(text.size() + 1));
    std::memcpy(copy, text.data(), text.size());
    zip_source_t *src = zip_source_buffer(z, copy, text.size(), 1);
    zip_file_add(z, part, src, ZIP_FL_OVERWRITE);
  };
  add("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
  add("content.xml", content);
  zip_close(z);
  return path;
}

std::string ods_content(const std::string &decl, const std::string &rows) {
  return decl +
         "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
         "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
         "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
         "<table:table table:name=\"Fund &amp; grants\">" +
         rows + "</table:table></office:spreadsheet></office:body></office:document-content>";
}

std::string read_cells(const std::string &path) {
  Workbook wb = OdsReader().read(path, Limits{});
  std::string out = wb.sheets.at(0).name + ":";
  for (const Cell &c : wb.sheets.at(0).cells) {
    out += " " + std::to_string(c.row) + "," + std::to_string(c.col) + "=";
    if (c.type == CellType::Number)
      out += std::to_string(c.number);
    else
      out += std::string(wb.text(c));
  }
  return out;
}

std::string refusal(const std::string &path) {
  try {
    OdsReader().read(path, Limits{});
  } catch (const ReadError &e) { return e.what(); }
  return "";
}
} // namespace

TEST(XmlPull, TheOdsReaderReadsCellsThroughItAndThroughExpatAlike) {
  const std::string rows =
      "<table:table-row><table:table-cell office:value-type='float' office:value=\"1250.5\"><text:p>1,250.50</text:p>"
      "</table:table-cell><table:table-cell><text:p>Roads &amp; &#x201C;bridges&#x201D;</text:p></table:table-cell>"
      "<table:table-cell><text:p><![CDATA[a<b]]></text:p></table:table-cell></table:table-row>";
  const std::string expected = "Fund & grants: 0,0=1250.500000 0,1=Roads & \xE2\x80\x9C"
                               "bridges\xE2\x80\x9D 0,2=a<b";
  // Read by the tokenizer.
  EXPECT_EQ(read_cells(write_ods("xml-pull-own.ods", ods_content(kDecl, rows))), expected);
  // Left to expat: a byte order mark, and a declared encoding other than UTF-8.
  EXPECT_EQ(read_cells(write_ods("xml-pull-bom.ods", "\xEF\xBB\xBF" + ods_content(kDecl, rows))), expected);
  EXPECT_EQ(read_cells(write_ods("xml-pull-latin1.ods",
                                 ods_content("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", rows + "\xA3"))),
            expected);
  // A DTD is refused with expat's message, a tag out of place with its line.
  std::string dtd = refusal(
      write_ods("xml-pull-dtd.ods", ods_content(std::string(kDecl) + "<!DOCTYPE x [<!ENTITY e \"1\">]>", rows)));
  EXPECT_NE(dtd.find("declares a DTD"), std::string::npos) << dtd;
  std::string bad = refusal(write_ods("xml-pull-mismatch.ods", ods_content(kDecl, rows + "</table:table-row>")));
  EXPECT_NE(bad.find("is not well-formed XML (mismatched tag at line 2)"), std::string::npos) << bad;
}
