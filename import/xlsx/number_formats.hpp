#pragma once
// Tells dates from plain numbers by a cell's number format, built-in or custom.
#include <string_view>

namespace fundbook::xlsx {

bool builtin_format_is_date(int id);
// True when a format code shows a date or time: d, m, y, h or s outside
// quotes, escapes and [colour] or [$-locale] brackets ([h]:mm counts).
bool format_code_is_date(std::string_view code);

} // namespace fundbook::xlsx
