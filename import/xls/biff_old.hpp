#pragma once
// BIFF before Excel 5 ([MS-XLS] does not cover it; OpenOffice's "Excel File
// Format" documentation does): BIFF2, BIFF3 and BIFF4 worksheets, each a file
// of its own, and BIFF4 workbooks of such sheets. Archives of council papers
// hold them and LibreOffice reads them. Their cell records (BIFF2's layout,
// with a three-byte cell attribute) also turn up in later files from other
// writers, which the BIFF5/BIFF8 reader reads through old_cell().
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "import/grid.hpp"
#include "import/limits.hpp"

namespace fundbook {

// True when the record stream starts with a BIFF2, BIFF3 or BIFF4 BOF.
bool is_old_biff(std::string_view stream);

// Reads a BIFF2-4 record stream (a bare file, or the Book stream of an Office
// container). The sheet of a single-sheet file is named after the file.
Workbook read_old_biff(std::string_view stream, const std::string &path, const Limits &limits);

// The same for a bare BIFF2-4 file (no Office container around it).
Workbook read_old_biff_file(const std::string &path, const Limits &limits);

// LibreOffice's name for a sheet saved without one: "Sheet" and the number
// after the sheets it already has (it starts a workbook with one).
std::string unnamed_sheet_name(std::size_t index);

// A cell record in BIFF2's layout: BLANK 0x0001, INTEGER 0x0002, NUMBER
// 0x0003, LABEL 0x0004 (8-bit text, in `text` as the file's bytes), BOOLERR
// 0x0005.
struct OldCell {
  enum class Kind { Blank, Number, Text, Bool, Error } kind = Kind::Blank;
  std::uint16_t row = 0, col = 0;
  std::uint8_t xf = 0;     // the cell's XF index (63: given by the IXFE record before it)
  std::uint8_t format = 0; // BIFF2's own number format index
  double number = 0;       // Number, Bool (0/1); Error: the error code
  std::string_view text;
};
std::optional<OldCell> old_cell(std::uint16_t type, std::string_view data);

} // namespace fundbook
