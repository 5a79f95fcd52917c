// Differential test against the corpus oracle (../shared/corpus): every
// oracle cell must be read with the same type and value; every other file
// must be read or refused with a clear message, never a crash or a hang.
// Accepted disagreements are listed one by one in tests/corpus_exceptions.tsv.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "import/open.hpp"
#include "import/read_error.hpp"
#include "import/layout/sheet_view.hpp"
#include "support/fixtures.hpp"

using namespace fundbook;
using namespace fundbook::test;

namespace {

struct Entry {
  std::string path, format, oracle, note;
};

std::vector<Entry> manifest() {
  std::vector<Entry> out;
  std::ifstream in(shared_dir() + "/corpus/manifest.tsv");
  std::string line;
  std::getline(in, line); // header
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string x;
    while (std::getline(ss, x, '\t')) f.push_back(x);
    if (f.size() < 6) continue;
    out.push_back({f[0], f[4], f[5], f.size() > 6 ? f[6] : ""});
  }
  return out;
}

std::map<std::string, std::string> exceptions() {
  std::map<std::string, std::string> out;
  std::ifstream in(source_dir() + "/tests/corpus_exceptions.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    out[line.substr(0, tab)] = tab == std::string::npos ? "" : line.substr(tab + 1);
  }
  return out;
}

// A minimal reader for the oracle JSON: {"sheets": [{"name": ..., "cells": [[ref, type, value], ...]}]}.
struct JsonCursor {
  const std::string &s;
  std::size_t i = 0;
  void ws() {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  }
  bool eat(char c) {
    ws();
    if (i < s.size() && s[i] == c) {
      ++i;
      return true;
    }
    return false;
  }
  std::string str() {
    ws();
    std::string out;
    if (s[i] != '"') throw std::runtime_error("expected string");
    ++i;
    while (i < s.size() && s[i] != '"') {
      if (s[i] == '\\') {
        ++i;
        char e = s[i++];
        if (e == 'u') {
          unsigned cp = std::stoul(s.substr(i, 4), nullptr, 16);
          i += 4;
          if (cp >= 0xD800 && cp <= 0xDBFF && s.compare(i, 2, "\\u") == 0) {
            unsigned lo = std::stoul(s.substr(i + 2, 4), nullptr, 16);
            i += 6;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          if (cp < 0x80)
            out += char(cp);
          else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
          } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
          } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
          }
        } else {
          out += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e == 'b' ? '\b' : e == 'f' ? '\f' : e;
        }
      } else {
        out += s[i++];
      }
    }
    ++i;
    return out;
  }
  // A scalar as text, with a tag: s(tring), n(umber), b(ool), z(null).
  std::pair<char, std::string> scalar() {
    ws();
    if (s[i] == '"') return {'s', str()};
    if (s.compare(i, 4, "true") == 0) {
      i += 4;
      return {'b', "1"};
    }
    if (s.compare(i, 5, "false") == 0) {
      i += 5;
      return {'b', "0"};
    }
    if (s.compare(i, 4, "null") == 0) {
      i += 4;
      return {'z', ""};
    }
    std::size_t b = i;
    while (i < s.size() &&
           (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '-' || s[i] == '+' || s[i] == '.'))
      ++i;
    return {'n', s.substr(b, i - b)};
  }
};

struct OracleCell {
  std::string ref, type;
  char kind;
  std::string value;
};
struct OracleSheet {
  std::string name;
  std::vector<OracleCell> cells;
};

std::vector<OracleSheet> load_oracle(const std::string &path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  JsonCursor c{text};
  std::vector<OracleSheet> out;
  c.eat('{');
  c.str(); // "sheets"
  c.eat(':');
  c.eat('[');
  while (!c.eat(']')) {
    c.eat(',');
    c.eat('{');
    OracleSheet sh;
    while (!c.eat('}')) {
      c.eat(',');
      std::string key = c.str();
      c.eat(':');
      if (key == "name")
        sh.name = c.str();
      else if (key == "cells") {
        c.eat('[');
        while (!c.eat(']')) {
          c.eat(',');
          c.eat('[');
          OracleCell oc;
          oc.ref = c.str();
          c.eat(',');
          oc.type = c.str();
          c.eat(',');
          auto [k, v] = c.scalar();
          oc.kind = k;
          oc.value = v;
          c.eat(']');
          sh.cells.push_back(oc);
        }
      } else {
        c.scalar();
      }
    }
    out.push_back(std::move(sh));
  }
  return out;
}

double seconds_of(const std::string &iso) {
  // "YYYY-MM-DDTHH:MM:SS(.ffffff)" or "HH:MM:SS(.ffffff)" -> seconds (days * 86400 + time)
  int y = 1899, mo = 12, d = 30, h = 0, mi = 0;
  double s = 0;
  if (iso.find('T') != std::string::npos)
    std::sscanf(iso.c_str(), "%d-%d-%dT%d:%d:%lf", &y, &mo, &d, &h, &mi, &s);
  else if (iso.size() == 10)
    std::sscanf(iso.c_str(), "%d-%d-%d", &y, &mo, &d);
  else
    std::sscanf(iso.c_str(), "%d:%d:%lf", &h, &mi, &s);
  // days from civil (Hinnant)
  y -= mo <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = unsigned(y - era * 400);
  unsigned doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  double days = double(era * 146097 + long(doe) - 719468);
  return days * 86400 + h * 3600 + mi * 60 + s;
}

// openpyxl (3.0.9) leaves ST_Xstring escapes (ECMA-376 Part 1, 22.9.2.19)
// as they are in the XML: a carriage return Excel saved as "_x000D_" is those
// seven characters in its oracle, where Excel (and fundbook) show the
// character. The oracle's text is decoded here, independently of the
// product's decoder, before it is compared; an escaped NUL is dropped, as
// fundbook drops it.
std::string decode_openpyxl_xstring(const std::string &s) {
  std::string out;
  std::uint32_t high = 0;
  auto put = [&](std::uint32_t cp) {
    char buf[5] = {};
    if (cp < 0x80) {
      buf[0] = char(cp);
    } else if (cp < 0x800) {
      buf[0] = char(0xC0 | (cp >> 6)), buf[1] = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      buf[0] = char(0xE0 | (cp >> 12)), buf[1] = char(0x80 | ((cp >> 6) & 0x3F)), buf[2] = char(0x80 | (cp & 0x3F));
    } else {
      buf[0] = char(0xF0 | (cp >> 18)), buf[1] = char(0x80 | ((cp >> 12) & 0x3F));
      buf[2] = char(0x80 | ((cp >> 6) & 0x3F)), buf[3] = char(0x80 | (cp & 0x3F));
    }
    out += buf;
  };
  for (std::size_t i = 0; i < s.size();) {
    bool esc = i + 7 <= s.size() && s[i] == '_' && s[i + 1] == 'x' && s[i + 6] == '_' &&
               std::all_of(s.begin() + long(i) + 2, s.begin() + long(i) + 6, [](char c) { return std::isxdigit(c); });
    if (!esc) {
      if (high) put(0xFFFD), high = 0;
      out += s[i++];
      continue;
    }
    std::uint32_t u = std::uint32_t(std::stoul(s.substr(i + 2, 4), nullptr, 16));
    i += 7;
    if (high && u >= 0xDC00 && u <= 0xDFFF) {
      put(0x10000 + ((high - 0xD800) << 10) + (u - 0xDC00));
      high = 0;
      continue;
    }
    if (high) put(0xFFFD), high = 0;
    if (u >= 0xD800 && u <= 0xDBFF)
      high = u;
    else if (u >= 0xDC00 && u <= 0xDFFF)
      put(0xFFFD);
    else if (u != 0)
      put(u);
  }
  if (high) put(0xFFFD);
  return out;
}
bool openpyxl_oracle = false;

// LibreOffice has no boolean cell type: TRUE and FALSE are the numbers 1 and 0
// with a boolean format, so its oracle says "number" where the file says bool.
bool libreoffice_oracle = false;
// LibreOffice also recalculates .xls formulas as it converts them, so its
// value for a formula cell can differ from the one Excel saved, which is the
// one fundbook reads. Such cells are counted, not failed; the cell must still
// be there, and every cell that is not a formula is compared strictly.
std::size_t recalculated = 0;

std::string compare(const Workbook &wb, const std::vector<OracleSheet> &oracle, std::size_t &cells_checked) {
  std::map<std::string, const Sheet *> sheets;
  for (auto &s : wb.sheets) sheets[s.name] = &s;
  for (auto &os : oracle) {
    auto it = sheets.find(os.name);
    if (it == sheets.end()) {
      if (os.cells.empty()) continue;
      return "sheet '" + os.name + "' not read";
    }
    const Sheet &sh = *it->second;
    std::map<std::pair<std::uint32_t, std::uint32_t>, const Cell *> cells;
    for (auto &c : sh.cells) cells[{c.row, c.col}] = &c;
    for (auto &oc : os.cells) {
      auto ref = parse_a1(oc.ref);
      if (!ref) return "bad oracle ref " + oc.ref;
      ++cells_checked;
      auto ci = cells.find({ref->row, ref->col});
      std::string where = os.name + "!" + oc.ref;
      if (ci == cells.end()) { return where + ": not read (oracle " + oc.type + " '" + oc.value.substr(0, 40) + "')"; }
      const Cell &c = *ci->second;
      std::string ours = cell_type_name(c.type);
      std::string before = where;
      auto differs = [&](std::string why) {
        if (libreoffice_oracle && c.formula) {
          ++recalculated;
          return std::string();
        }
        return why;
      };
      if (libreoffice_oracle && ours == "bool" && oc.type == "number") {
        if ((c.number != 0 ? "1" : "0") != oc.value) return where + ": bool differs from oracle number " + oc.value;
        continue;
      }
      if (oc.type == "empty-formula" && c.type == CellType::Number) {
        // A formula saved with no value that fundbook worked out itself.
        const CellFormula *f = sh.formula_at(c.row, c.col);
        if (f && (f->flags & kFormulaEvaluated)) continue;
      }
      if (ours != oc.type) {
        auto d = differs(where + ": type " + ours + " but oracle " + oc.type + " ('" + oc.value.substr(0, 40) + "')");
        if (!d.empty()) return d;
        continue;
      }
      if (oc.type == "number") {
        double v = std::strtod(oc.value.c_str(), nullptr);
        double tol = 1e-9 * std::max(1.0, std::fabs(v));
        if (std::fabs(v - c.number) > tol) {
          auto d = differs(where + ": " + number_text(c.number) + " but oracle " + oc.value);
          if (!d.empty()) return d;
          continue;
        }
      } else if (oc.type == "string" || oc.type == "error") {
        std::string expected = openpyxl_oracle && oc.type == "string" ? decode_openpyxl_xstring(oc.value) : oc.value;
        if (std::string(wb.text(c)) != expected) {
          auto d = differs(where + ": '" + std::string(wb.text(c)).substr(0, 60) + "' but oracle '" +
                           oc.value.substr(0, 60) + "'");
          if (!d.empty()) return d;
          continue;
        }
      } else if (oc.type == "bool") {
        if ((c.number != 0) != (oc.value == "1")) {
          auto d = differs(where + ": bool differs");
          if (!d.empty()) return d;
          continue;
        }
      } else if (oc.type == "date") {
        std::string mine(wb.text(c));
        double a = seconds_of(mine), b = seconds_of(oc.value);
        if (oc.value.find('T') == std::string::npos && oc.value.size() != 10)
          a = std::fmod(a, 86400.0), b = std::fmod(b, 86400.0);
        if (std::fabs(a - b) > 0.002) {
          auto d = differs(where + ": date " + mine + " but oracle " + oc.value);
          if (!d.empty()) return d;
          continue;
        }
      }
    }
  }
  return "";
}

void run_format(const std::set<std::string> &formats, const char *label) {
  if (manifest().empty()) GTEST_SKIP() << "no corpus at " << shared_dir() << " (set FUNDBOOK_SHARED_DIR)";
  auto ex = exceptions();
  std::size_t passed = 0, failed = 0, refused = 0, excepted = 0, cells = 0, total = 0;
  recalculated = 0;
  std::vector<std::string> failures;
  for (const Entry &e : manifest()) {
    if (!formats.count(e.format)) continue;
    ++total;
    std::string file = shared_dir() + "/corpus/files/" + e.path;
    bool has_oracle = e.oracle != "none";
    libreoffice_oracle = e.oracle.find("LibreOffice") != std::string::npos;
    openpyxl_oracle = e.oracle.find("openpyxl") != std::string::npos; // LibreOffice's too reaches it through openpyxl
    auto start = std::chrono::steady_clock::now();
    std::string problem;
    try {
      Workbook wb = open_workbook(file);
      if (has_oracle) problem = compare(wb, load_oracle(shared_dir() + "/corpus/oracle/" + e.path + ".json"), cells);
    } catch (const ReadError &err) {
      std::string msg = err.what();
      if (msg.size() < 10)
        problem = "refused with an unclear message: " + msg;
      else if (has_oracle)
        problem = "refused: " + msg;
      else
        ++refused;
    } catch (const std::exception &err) { problem = std::string("unexpected exception: ") + err.what(); }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (secs > 10) problem += " (took " + std::to_string(secs) + " s)";
    if (problem.empty()) {
      ++passed;
    } else if (ex.count(e.path)) {
      ++excepted;
    } else {
      ++failed;
      failures.push_back(e.path + ": " + problem);
    }
  }
  std::printf(
      "corpus %s: %zu files, %zu oracle cells compared (%zu formula cells that LibreOffice recalculated differently); "
      "%zu refused with a message (no oracle); %zu accepted exceptions\n",
      label, total, cells, recalculated, refused, excepted);
  std::printf("%s: %zu passed, %zu failed\n", label, passed, failed);
  for (auto &f : failures) ADD_FAILURE() << f;
}

} // namespace

TEST(Corpus, Xlsx) { run_format({"xlsx"}, "xlsx"); }
TEST(Corpus, Xls) { run_format({"cfb"}, "xls"); }
TEST(Corpus, Ods) { run_format({"ods"}, "ods"); }
TEST(Corpus, OtherAndBroken) { run_format({"xlsb", "zip-corrupt", "zip-other", "text", "format"}, "other"); }
