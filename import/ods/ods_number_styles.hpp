#pragma once
// How finely an ODS cell's data style shows its number (ODF 1.2, 16.27):
// the decimal places and the display factor of a number or currency style,
// as the shown_step code the Excel readers keep (import/grid.hpp).
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "import/xml_stream.hpp"

namespace fundbook {

// Collects, from styles.xml and content.xml, each cell style's data style
// and each number data style's step.
class NumberStyles {
public:
  void start(std::string_view name, const XmlAttrs &a);
  void end(std::string_view name);
  // The step a cell of this cell style (or of the style it inherits from)
  // shows its number to; shown_step::kUnknown where no number style says
  // (the default "General" format, a percentage, a date).
  std::uint8_t step(const char *cell_style) const;

private:
  struct CellStyle {
    std::string data_style, parent;
  };
  // A number or currency style: the step of its own number, and the styles
  // it hands some values to (style:map, "value()>=0": the positive section).
  struct DataStyle {
    std::uint8_t step = 0;
    bool number = false; // it shows a number of its own (not only text)
    std::vector<std::string> maps;
  };
  std::uint8_t data_step(std::string_view name) const;
  std::map<std::string, DataStyle, std::less<>> data_styles_;
  std::map<std::string, CellStyle, std::less<>> cell_styles_;
  std::string in_data_style_; // the number or currency style being read
  // The last two cell styles asked for: a row's figures nearly all share
  // one, and its total another (LibreOffice gives a formula cell its own).
  // Forgotten whenever a style is read.
  struct Asked {
    std::string style;
    std::uint8_t step = 0;
    bool valid = false;
  };
  mutable Asked asked_[2];
  mutable unsigned older_ = 0; // the slot a new answer replaces
  void forget_asked() { asked_[0].valid = asked_[1].valid = false; }
};

} // namespace fundbook
