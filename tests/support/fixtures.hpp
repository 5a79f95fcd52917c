#pragma once
// Helpers for tests: small workbooks written with libxlsxwriter, the paths
// of samples and shared data, and running the fundbook binary.
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace fundbook::test {

// A cell to write: text or a number, at an A1 position.
struct Put {
  std::string ref;
  std::variant<std::string, double> value;
};

// Writes an .xlsx with one sheet per entry to a fresh temporary path.
std::string write_xlsx(const std::vector<std::pair<std::string, std::vector<Put>>> &sheets,
                       const std::string &name = "t.xlsx");
std::string temp_dir();
// A CSV tracker of `rows` schemes with nine years of figures: costly enough to
// check that progress, per-request limits and a watched folder's settling show.
std::string schemes_csv_text(int rows);
// The same written to `name` in a fresh temporary folder; returns its path.
std::string write_schemes_csv(int rows, const std::string &name = "tracker.csv");
// A whole file as bytes (empty if it cannot be read).
std::string slurp(const std::string &path);
std::string source_dir(); // the project root
std::string shared_dir(); // ../shared beside the project
std::string fundbook_exe();

struct RunResult {
  int status;
  std::string out;
  std::string err;
};
RunResult run(const std::vector<std::string> &args);

} // namespace fundbook::test
