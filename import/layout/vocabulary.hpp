#pragma once
// The words the recognisers look for, read from templates/recognise.toml
// (and any --template file), so new headings need no rebuild.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/figures.hpp"

namespace fundbook {

class Vocabulary {
public:
  // Reads a TOML file and adds its lists; throws std::runtime_error naming
  // the file, line and key when it is malformed.
  void load(const std::string &path);
  // The built-in recognise.toml: $FUNDBOOK_TEMPLATES, beside the program, or
  // PREFIX/share/fundbook/templates (see core/install_dirs.hpp).
  static Vocabulary defaults();
  static std::string find_template(const std::string &name);

  const std::vector<std::string> &list(std::string_view key) const; // "headers.title"
  // Whole-text match (case, spaces and a trailing colon ignored).
  bool is(std::string_view key, std::string_view text) const;
  // The text starts with one of the entries (for long column headings).
  bool starts(std::string_view key, std::string_view text) const;
  // The same for text already passed through normalise_label (as SheetView caches it).
  bool is_label(std::string_view key, std::string_view label) const;
  bool starts_label(std::string_view key, std::string_view label) const;
  // For hot loops: look the list up once, then match labels against it.
  static bool in(const std::vector<std::string> &list, std::string_view label);
  static bool starts_in(const std::vector<std::string> &list, std::string_view label);
  FigureVocabulary figures() const;

private:
  std::map<std::string, std::vector<std::string>, std::less<>> lists_;
};

// Texts longer than this are narrative, never a heading or label.
inline constexpr std::size_t kMaxLabel = 160;

// Lower case, spaces folded, trailing colon and (£000)/£000 dropped.
std::string normalise_label(std::string_view text);

// The RAG rating a text names ("Green", "Amber" or "Red"; "Green – On
// Track" by its first word), as the monitoring report's overview and its
// schemes write it.
std::optional<std::string> rag_rating(const Vocabulary &vocab, std::string_view text);

} // namespace fundbook
