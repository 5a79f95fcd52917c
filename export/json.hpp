#pragma once
// The contract's JSON documents (schema 1).
#include <iosfwd>
#include <string>

#include "engine/model.hpp"
#include "import/grid.hpp"

namespace fundbook {

// The check document, written to out as it is made.
void write_check_json(std::ostream &out, const CheckResult &r);
std::string check_json(const CheckResult &r);
std::string inspect_json(const Workbook &wb, bool cells);
std::string inspect_error_json(const std::string &path, const std::string &error);
// Every rule's meaning and what to do, from the registry
// (engine/rules/registry.hpp), as {"id": ["meaning", "what to do"], ...}:
// the drop-in page's RULES, filled in by `serve`.
std::string rule_texts_json();

} // namespace fundbook
