// Fuzzes one reader (chosen by FUZZ_EXT at build time: .xlsx, .ods, .xls or
// .csv) and the table recognisers behind it: anything may be refused with a
// ReadError, nothing may crash, hang or leak.
#include "fuzz/fuzz_common.hpp"
#include "import/layout/recognise.hpp"
#include "import/open.hpp"
#include "import/read_error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  static const fundbook::Vocabulary vocab = fundbook::Vocabulary::defaults();
  std::string path = fundbook::fuzz::scratch_file(FUZZ_EXT, data, size);
  fundbook::Limits limits;
  limits.max_inflated_bytes = 64u << 20; // keep each run small
  limits.max_cells_per_sheet = 200000;
  try {
    fundbook::Workbook wb = fundbook::open_workbook(path, limits);
    fundbook::recognise(wb, vocab);
  } catch (const fundbook::ReadError &) {
  }
  return 0;
}
