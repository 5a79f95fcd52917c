#pragma once
// Finds the council's table shapes in a workbook without per-file set-up.
#include <string>

#include "import/grid.hpp"
#include "import/layout/tables.hpp"
#include "import/layout/vocabulary.hpp"

namespace fundbook {

enum class Basis { Auto, Absolute, Incremental };

struct RecogniseOptions {
  Basis basis = Basis::Auto;
};

Recognised recognise(const Workbook &wb, const Vocabulary &vocab, const RecogniseOptions &options = {});

} // namespace fundbook
