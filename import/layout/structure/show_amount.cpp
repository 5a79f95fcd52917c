#include "import/layout/structure/infer.hpp"

namespace fundbook::structure {

std::string show_amount(Money m) { return m.display(kScale); }

} // namespace fundbook::structure
