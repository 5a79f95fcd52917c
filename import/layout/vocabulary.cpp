#include "import/layout/vocabulary.hpp"

#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <toml++/toml.h>

#include "core/concat.hpp"
#include "core/install_dirs.hpp"

namespace fundbook {

std::string normalise_label(std::string_view text) {
  // One copy, lowered in place: this runs for every label cell of a sheet.
  std::string s = fold_spaces(text);
  for (char &c : s)
    if (c >= 'A' && c <= 'Z') c = char(c + 32);
  // Every unit below has a pound sign; most labels do not.
  if (s.find("\xc2\xa3") != std::string::npos) {
    // (Split literals: "\xa3" "000", as "\xa3000" would be one hex escape.)
    for (std::string_view unit : {"(\xc2\xa3"
                                  "000)",
                                  "(\xc2\xa3'000)",
                                  "\xc2\xa3"
                                  "000",
                                  "\xc2\xa3'000", "(\xc2\xa3k)", "(\xc2\xa3)"}) {
      auto p = s.find(unit);
      if (p != std::string::npos && p > 0) s.erase(p, unit.size());
    }
    s = trim(s); // fold_spaces trimmed it; a unit cut from an end may leave a space
  }
  while (!s.empty() && (s.back() == ':' || s.back() == ' ')) s.pop_back();
  return s;
}

void Vocabulary::load(const std::string &path) {
  toml::table tbl;
  try {
    tbl = toml::parse_file(path);
  } catch (const toml::parse_error &e) {
    const auto &src = e.source();
    throw std::runtime_error(path + ":" + std::to_string(src.begin.line) + ": " + std::string(e.description()));
  }
  for (auto &[section, node] : tbl) {
    auto *sec = node.as_table();
    if (!sec) continue; // top-level scalars belong to report templates
    if (std::string(section.str()) == "report") continue;
    for (auto &[key, value] : *sec) {
      std::string full = std::string(section.str()) + "." + std::string(key.str());
      auto *arr = value.as_array();
      if (!arr) {
        if (value.is_table()) continue;
        throw std::runtime_error(concat(path, ":", std::to_string(value.source().begin.line), ": key '", full,
                                        "' must be a list of words, like [\"Total\", \"Grand total\"]"));
      }
      for (auto &item : *arr) {
        auto s = item.value<std::string>();
        if (!s) {
          throw std::runtime_error(concat(path, ":", std::to_string(item.source().begin.line), ": key '", full,
                                          "' must hold only text in quotes"));
        }
        lists_[full].push_back(normalise_label(*s));
      }
    }
  }
}

std::string Vocabulary::find_template(const std::string &name) {
  std::vector<std::string> dirs;
  if (const char *env = std::getenv("FUNDBOOK_TEMPLATES")) dirs.emplace_back(env);
  for (auto &d : data_dirs("templates")) dirs.push_back(d);
  std::string looked;
  for (auto &d : dirs) {
    std::string p = concat(d, "/", name);
    if (std::ifstream(p).good()) return p;
    looked.append(looked.empty() ? "" : ", ").append(d);
  }
  throw std::runtime_error("cannot find the built-in template " + name + " (looked in " + looked +
                           "; reinstall fundbook, or set FUNDBOOK_TEMPLATES to the folder that holds it)");
}

Vocabulary Vocabulary::defaults() {
  Vocabulary v;
  v.load(find_template("recognise.toml"));
  return v;
}

const std::vector<std::string> &Vocabulary::list(std::string_view key) const {
  static const std::vector<std::string> empty;
  auto it = lists_.find(key);
  return it == lists_.end() ? empty : it->second;
}

bool Vocabulary::in(const std::vector<std::string> &list, std::string_view label) {
  if (label.empty()) return false;
  for (auto &w : list) {
    if (label == w) return true;
  }
  return false;
}

bool Vocabulary::starts_in(const std::vector<std::string> &list, std::string_view label) {
  if (label.empty()) return false;
  for (auto &w : list) {
    if (!w.empty() && label.substr(0, w.size()) == w) return true;
  }
  return false;
}

bool Vocabulary::is_label(std::string_view key, std::string_view label) const {
  return !label.empty() && in(list(key), label);
}

bool Vocabulary::starts_label(std::string_view key, std::string_view label) const {
  return !label.empty() && starts_in(list(key), label);
}

bool Vocabulary::is(std::string_view key, std::string_view text) const {
  if (text.size() > kMaxLabel) return false; // no heading is a paragraph
  return is_label(key, normalise_label(text));
}

bool Vocabulary::starts(std::string_view key, std::string_view text) const {
  if (text.size() > kMaxLabel) return false;
  return starts_label(key, normalise_label(text));
}

FigureVocabulary Vocabulary::figures() const {
  FigureVocabulary f;
  f.nil_markers = list("figures.nil");
  if (f.nil_markers.empty()) f.nil_markers = FigureVocabulary{}.nil_markers;
  f.withheld_markers = list("figures.withheld");
  if (f.withheld_markers.empty()) f.withheld_markers = FigureVocabulary{}.withheld_markers;
  return f;
}

std::optional<std::string> rag_rating(const Vocabulary &vocab, std::string_view text) {
  std::string n = normalise_label(text);
  if (n.empty()) return std::nullopt;
  // "Green – On Track": the first word decides.
  std::string first = n.substr(0, n.find_first_of(" -\xe2"));
  for (auto [key, name] : {std::pair{"rag.green", "Green"}, {"rag.amber", "Amber"}, {"rag.red", "Red"}}) {
    if (vocab.is(key, first) || vocab.is(key, n)) return std::string(name);
  }
  return std::nullopt;
}

} // namespace fundbook
