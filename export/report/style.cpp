#include "export/report/style.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <string_view>
#include <utility>

#include "core/concat.hpp"
#include "export/report/sheets.hpp"
#include "import/layout/vocabulary.hpp"

namespace fundbook {

std::string ReportStyle::label(const std::string &key) const {
  auto it = labels.find(key);
  return it == labels.end() ? key : it->second;
}
std::string ReportStyle::colour(const std::string &key) const {
  auto it = colours.find(key);
  return it == colours.end() ? "" : it->second;
}
double ReportStyle::width(const std::string &key, double fallback) const {
  auto it = widths.find(key);
  return it == widths.end() ? fallback : it->second;
}

namespace {
[[noreturn]] void bad(const std::string &file, const toml::node &n, const std::string &key, const std::string &want) {
  throw std::runtime_error(file + ":" + std::to_string(n.source().begin.line) + ": key '" + key + "' must be " + want);
}
} // namespace

void ReportStyle::apply(const std::string &file) {
  toml::table tbl;
  try {
    tbl = toml::parse_file(file);
  } catch (const toml::parse_error &e) {
    throw std::runtime_error(file + ":" + std::to_string(e.source().begin.line) + ": " + std::string(e.description()));
  }
  auto *rep = tbl["report"].as_table();
  if (!rep) return; // a recognition-only template
  for (auto &kv : *rep) {
    const toml::node &node = kv.second;
    std::string key(kv.first.str());
    std::string full = "report." + key;
    auto str = [&]() {
      auto v = node.value<std::string>();
      if (!v) bad(file, node, full, "text in quotes");
      return *v;
    };
    // The plain text settings, by key.
    static const std::pair<std::string_view, std::string ReportStyle::*> kTexts[] = {
        {"title", &ReportStyle::title},
        {"subject", &ReportStyle::subject},
        {"company", &ReportStyle::company},
        {"author", &ReportStyle::author},
        {"font", &ReportStyle::font},
        {"header_fill", &ReportStyle::header_fill},
        {"title_colour", &ReportStyle::title_colour},
        {"first_year", &ReportStyle::first_year},
        {"last_year", &ReportStyle::last_year}};
    auto text = std::find_if(std::begin(kTexts), std::end(kTexts), [&](auto &t) { return t.first == key; });
    if (text != std::end(kTexts))
      this->*(text->second) = str();
    else if (key == "font_size") {
      auto v = node.value<double>();
      if (!v || *v < 6 || *v > 30) bad(file, node, full, "a number between 6 and 30");
      font_size = *v;
    } else if (key == "total_top_border") {
      auto v = node.value<bool>();
      if (!v) bad(file, node, full, "true or false");
      total_top_border = *v;
    } else if (key == "sheets") {
      auto *arr = node.as_array();
      if (!arr) bad(file, node, full, "a list of sheet names");
      sheets.clear();
      for (auto &item : *arr) {
        auto v = item.value<std::string>();
        if (!v) bad(file, item, full, "a list of sheet names in quotes");
        sheets.push_back(*v);
      }
    } else if (key == "labels" || key == "colours") {
      auto *t = node.as_table();
      if (!t) bad(file, node, full, "a table of text values");
      for (auto &[lk, lv] : *t) {
        auto v = lv.value<std::string>();
        if (!v) bad(file, lv, full + "." + std::string(lk.str()), "text in quotes");
        (key == "labels" ? labels : colours)[std::string(lk.str())] = *v;
      }
    } else if (key == "widths") {
      auto *t = node.as_table();
      if (!t) bad(file, node, full, "a table of numbers");
      for (auto &[lk, lv] : *t) {
        auto v = lv.value<double>();
        if (!v || *v <= 0 || *v > 255)
          bad(file, lv, full + "." + std::string(lk.str()), "a column width between 1 and 255");
        widths[std::string(lk.str())] = *v;
      }
    } else {
      throw std::runtime_error(
          concat(file, ":", std::to_string(node.source().begin.line), ": unknown key '", full, "'"));
    }
  }
  for (auto &s : sheets) {
    if (!report::find_sheet_writer(s))
      throw std::runtime_error(
          concat(file, ": report.sheets names an unknown sheet '", s, "' (known: ", report::sheet_names_text(), ")"));
  }
}

ReportStyle ReportStyle::load(const std::vector<std::string> &files) {
  ReportStyle s;
  s.apply(Vocabulary::find_template("default.toml"));
  for (auto &f : files) s.apply(f);
  return s;
}

} // namespace fundbook
