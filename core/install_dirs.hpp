#pragma once
// Where fundbook's own files (the templates, the drop-in page) are, found from
// the running program's place so that a build tree, `make install` to any
// prefix and the .deb all work without a path compiled in.
#include <string>
#include <vector>

namespace fundbook {

// The folder the running program is in ("" when /proc/self/exe cannot be read).
std::string program_dir();

// The folders that may hold fundbook's data folder `what` ("templates", "web"),
// in the order they are searched: beside the program (a build tree), and
// PREFIX/share/fundbook/what when the program is PREFIX/bin/fundbook (an install).
std::vector<std::string> data_dirs(const std::string &what);

} // namespace fundbook
