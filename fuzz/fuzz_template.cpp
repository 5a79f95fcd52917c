// Fuzzes the template parsers: recognition vocabularies and report styles.
#include <stdexcept>

#include "export/report/style.hpp"
#include "fuzz/fuzz_common.hpp"
#include "import/layout/vocabulary.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  std::string path = fundbook::fuzz::scratch_file(".toml", data, size);
  try {
    fundbook::Vocabulary v;
    v.load(path);
  } catch (const std::runtime_error &) {}
  try {
    fundbook::ReportStyle s;
    s.apply(path);
  } catch (const std::runtime_error &) {}
  return 0;
}
