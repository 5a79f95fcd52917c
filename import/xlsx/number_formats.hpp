#pragma once
// What a cell's number format makes of its number, built-in or custom, as
// Excel shows it: a plain number, a date (with or without a time), or a time
// of day alone. The xlsx, xls and ods readers all decide through here.
#include <cstdint>
#include <string>
#include <string_view>

#include "import/grid.hpp"

namespace fundbook::xlsx {

enum class Shown : std::uint8_t { Number, Date, Time };

// ECMA-376 Part 1, 18.8.30: ids 14-22 and 45-47 are dates and times (46,
// [h]:mm:ss, an elapsed duration, is a number as custom elapsed formats
// are); 27-36 and 50-58 are the East Asian date formats.
Shown builtin_format_shown(int id);
// By the first section (positive numbers), as Excel and openpyxl decide:
// d, m, y, h, s outside quotes, escapes and
// brackets make a date, or a time when only h, m, s appear; [$-F800] and
// [$-x-sysdate] (the system's long date) and [$-F400] and [$-x-systime]
// (its time) are dates and times themselves. An elapsed bracket ([h], [mm],
// [ss]) anywhere makes a duration, which is a number.
Shown format_code_shown(std::string_view code);

// How finely a format shows a number, as a shown_step code (import/grid.hpp):
// the digit placeholders (0 # ?) after the point of its first section, and
// the commas straight after its last placeholder (each divides by 1,000).
// Not known (0) for General, a percentage, scientific, a fraction, text (@),
// an elapsed time, a format that shows no digit, or one whose negative
// section shows another step than its positive one.
std::uint8_t format_code_step(std::string_view code);
// The same for the built-in ids (ECMA-376 Part 1, 18.8.30): 1 (0), 3 (#,##0)
// and the currency and accounting formats without pence show whole numbers;
// 2, 4 and theirs with pence show two decimals; the rest are not known.
std::uint8_t builtin_format_step(int id);

// What one cell format makes of a number: a date, a time or a number, and
// for a number the step it shows it to. Every Excel reader keeps one per
// cell format (xlsx cellXfs, .xls XF records) and gives it to each number
// cell through set_shown_number.
struct NumberFormat {
  Shown shown = Shown::Number;
  std::uint8_t step = shown_step::kUnknown;
};
inline NumberFormat builtin_number_format(int id) { return {builtin_format_shown(id), builtin_format_step(id)}; }
inline NumberFormat number_format(std::string_view code) { return {format_code_shown(code), format_code_step(code)}; }

inline bool builtin_format_is_date(int id) { return builtin_format_shown(id) != Shown::Number; }
inline bool format_code_is_date(std::string_view code) { return format_code_shown(code) != Shown::Number; }

// A number shown as a date or time, as ISO 8601 text (serial_to_iso's), or
// empty when it is shown as a number or is out of range. A time of day alone
// is the time in either date system: serial 0 in the 1904 system is 1904-01-01
// under a date format and 00:00:00 under a time format, as Excel shows it.
std::string shown_text(double serial, Shown shown, bool date1904);

} // namespace fundbook::xlsx
