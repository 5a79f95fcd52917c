#pragma once
// Every sheet the report can hold, by the name a template's `sheets` gives
// it: adding a sheet is its writer and one line in sheets.cpp.
#include <span>
#include <string>
#include <string_view>

namespace fundbook::report {

struct Context;

struct SheetWriter {
  std::string_view name; // as templates name it, and the sheet's own name
  void (*write)(Context &ctx);
};

// In the order the default template lists them.
std::span<const SheetWriter> sheet_writers();
// The writer a template's sheet name stands for, or null.
const SheetWriter *find_sheet_writer(std::string_view name);
// "GPC appendix, Scheme profiles, ...": for a message naming the known sheets.
std::string sheet_names_text();

} // namespace fundbook::report
