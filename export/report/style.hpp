#pragma once
// The report's house style, read from a template (templates/default.toml):
// sheets and their order, wording, fonts, colours, widths and year range.
#include <map>
#include <string>
#include <vector>

namespace fundbook {

struct ReportStyle {
  std::string title, subject, company, author;
  std::vector<std::string> sheets;
  std::string font = "Arial";
  double font_size = 10;
  std::string header_fill, title_colour;
  bool total_top_border = true;
  std::string first_year, last_year;
  std::map<std::string, std::string> labels;
  std::map<std::string, std::string> colours;
  std::map<std::string, double> widths;

  std::string label(const std::string &key) const;
  std::string colour(const std::string &key) const;
  double width(const std::string &key, double fallback) const;

  // The default template, then each file's [report] settings over it.
  // Throws std::runtime_error naming the file, line and key when malformed.
  static ReportStyle load(const std::vector<std::string> &files);
  void apply(const std::string &file);
};

} // namespace fundbook
