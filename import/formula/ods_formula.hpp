#pragma once
// OpenDocument formulas (OpenFormula, "of:=SUM([.C6:.H6])") in Excel's A1
// syntax ("=SUM(C6:H6)"), the one form fundbook keeps.
#include <optional>
#include <string>
#include <string_view>

namespace fundbook::formula {

// nullopt for a formula in a namespace fundbook does not read.
std::optional<std::string> ods_to_a1(std::string_view formula);

} // namespace fundbook::formula
