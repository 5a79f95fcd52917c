#pragma once
// The readable findings table printed by `fundbook check`.
#include <string>

#include "engine/model.hpp"

namespace fundbook {

std::string check_text(const CheckResult &r);
std::string summary_line(const CheckResult &r);

} // namespace fundbook
