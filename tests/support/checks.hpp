#pragma once
// Running fundbook's check inside a test, and reading its errors back.
#include <string>

#include "engine/check.hpp"

namespace fundbook::test {

// One file checked on one thread, so the findings come in a fixed order.
CheckResult check_file(const std::string &path);
// The error findings' places in finding order, "Sheet!A1 Sheet!B2" (each
// followed by ":rule" when asked).
std::string error_cells(const CheckResult &r, bool with_rule = false);

} // namespace fundbook::test
