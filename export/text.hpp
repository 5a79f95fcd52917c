#pragma once
// The readable findings table printed by `fundbook check`.
#include <iosfwd>
#include <string>

#include "engine/model.hpp"

namespace fundbook {

std::string check_text(const CheckResult &r);
// The same, written to o line by line rather than held whole.
void write_check_text(std::ostream &o, const CheckResult &r);
std::string summary_line(const CheckResult &r);

} // namespace fundbook
