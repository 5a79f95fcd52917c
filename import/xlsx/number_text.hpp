#pragma once
// The text of a <v> number as Excel and other writers put it.
#include <string_view>

namespace fundbook::xlsx {

// The number a cell value's text holds (surrounding spaces and a leading +
// allowed), or false. Gives exactly the double std::from_chars gives.
bool parse_number(std::string_view text, double &out);

} // namespace fundbook::xlsx
