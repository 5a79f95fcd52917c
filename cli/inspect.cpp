#include <iostream>

#include "cli/commands.hpp"
#include "core/printable.hpp"
#include "cli/options.hpp"
#include "export/json.hpp"
#include "import/open.hpp"
#include "import/read_error.hpp"
#include "import/layout/sheet_view.hpp"

namespace fundbook::cli {

int inspect(int argc, char **argv) {
  std::string path, format = "text";
  bool cells = false;
  po::options_description desc("Usage: fundbook inspect FILE [--cells] [--format text|json]\n\nShows what fundbook "
                               "reads in one workbook.\n\nOptions");
  desc.add_options()("help,h", "show this help")("cells", po::bool_switch(&cells), "list every non-empty cell")(
      "format", po::value<std::string>(&format)->default_value("text"), "text | json");
  po::options_description hidden;
  hidden.add_options()("file", po::value<std::string>(&path));
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description pos;
  pos.add("file", 1);
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
    if (vm.count("help")) {
      std::cout << desc << "\nExit status: 0 read, 2 usage error, 3 the file could not be read.\n";
      return kOk;
    }
    po::notify(vm);
    if (path.empty()) throw po::error("give the workbook to inspect");
    if (format != "text" && format != "json") throw po::error("--format must be text or json");
  } catch (const po::error &e) {
    std::cerr << "fundbook inspect: " << e.what() << "\n(see fundbook inspect --help)\n";
    return kUsage;
  }
  Workbook wb;
  try {
    wb = open_workbook(path);
  } catch (const ReadError &e) {
    if (format == "json") std::cout << inspect_error_json(path, e.what());
    std::cerr << "fundbook: " << printable(path) << ": " << printable(e.what()) << "\n";
    return kNothingRead;
  }
  if (format == "json") {
    std::cout << inspect_json(wb, cells);
    return kOk;
  }
  std::cout << printable(path) << " (" << wb.format << ")\n";
  for (auto &w : wb.warnings) std::cout << "  note: " << printable(w) << "\n";
  for (auto &w : wb.placed_warnings) std::cout << "  note: " << printable(w.what) << "\n";
  for (auto &s : wb.sheets) {
    std::cout << "  sheet '" << printable(s.name) << "'" << (s.hidden ? " (hidden)" : "") << ": " << s.cells.size()
              << " cells, " << s.merges.size() << " merged ranges\n";
    if (!cells) continue;
    SheetView v(wb, s);
    for (auto &c : s.cells) {
      const CellFormula *f = c.formula ? s.formula_at(c.row, c.col) : nullptr;
      std::cout << "    " << a1(c.row, c.col) << "\t" << cell_type_name(c.type) << (c.formula ? " (formula)" : "")
                << "\t" << printable(v.text(c), LineBreaks::AsEscape);
      if (f) std::cout << "\t" << printable(wb.text(*f), LineBreaks::AsEscape);
      std::cout << "\n";
    }
  }
  return kOk;
}

} // namespace fundbook::cli
