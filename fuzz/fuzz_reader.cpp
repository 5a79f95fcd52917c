// Fuzzes one reader (chosen by FUZZ_EXT at build time: .xlsx, .ods, .xls or
// .csv) and the table recognisers behind it: anything may be refused with a
// ReadError, nothing may crash, hang or leak.
#include "fuzz/fuzz_common.hpp"
#include <optional>

#include "import/layout/planning_stream.hpp"
#include "import/layout/recognise.hpp"
#include "import/open.hpp"
#include "import/read_error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  static const fundbook::Vocabulary vocab = fundbook::Vocabulary::defaults();
  std::string path = fundbook::fuzz::scratch_file(FUZZ_EXT, data, size);
  fundbook::Limits limits;
  limits.max_inflated_bytes = 64u << 20; // keep each run small
  limits.max_cells_per_sheet = 200000;
  std::optional<fundbook::Recognised> whole;
  try {
    fundbook::Workbook wb = fundbook::open_workbook(path, limits);
    whole = fundbook::recognise(wb, vocab);
  } catch (const fundbook::ReadError &) {}
  // The same through streaming recognition (what check does): where the
  // streamed rows fit, the same tables, rows, schemes and notes.
  try {
    fundbook::PlanningStream stream(vocab);
    fundbook::Workbook wb = fundbook::open_workbook(path, limits, &stream);
    // As check asks: planning rows held as their records (where spliced, always).
    fundbook::RecogniseOptions opts;
    opts.defer_planning_figures = true;
    fundbook::Recognised streamed = fundbook::recognise(wb, vocab, opts, &stream);
    if (whole && stream.all_spliced()) {
      bool same = streamed.tables.size() == whole->tables.size() && streamed.schemes.size() == whole->schemes.size() &&
                  streamed.notes.size() == whole->notes.size();
      for (std::size_t i = 0; same && i < streamed.tables.size(); ++i)
        same = streamed.tables[i].rows.size() + streamed.tables[i].record_count ==
               whole->tables[i].rows.size() + whole->tables[i].record_count;
      for (std::size_t i = 0; same && i < streamed.schemes.size(); ++i)
        same = streamed.schemes[i].title.view() == whole->schemes[i].title.view() &&
               streamed.schemes[i].source.sheet == whole->schemes[i].source.sheet &&
               streamed.schemes[i].source.cell == whole->schemes[i].source.cell;
      if (!same) __builtin_trap();
    }
  } catch (const fundbook::ReadError &) {}
  return 0;
}
