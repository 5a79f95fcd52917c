// fundbook serve, as the program sees it: the server itself (cli/serve.cpp,
// with httplib) is a module loaded only here. httplib as Debian builds it
// brings OpenSSL, and its start-up (OPENSSL_init_ssl, run as the library is
// loaded) made every process that merely linked it 2-3 MB larger: check,
// report, watch and each serve job alike, none of which uses TLS or HTTP.
#include <dlfcn.h>

#include <iostream>
#include <string>
#include <system_error>
#include <filesystem>

#include "cli/commands.hpp"
#include "core/install_dirs.hpp"

namespace fundbook::cli {

int serve(int argc, char **argv) {
  const std::string dir = program_dir();
  // Beside the program (a build tree), or PREFIX/lib/fundbook when the
  // program is PREFIX/bin/fundbook (an install).
  for (const std::string &path : {dir + "/fundbook-serve.so", dir + "/../lib/fundbook/fundbook-serve.so"}) {
    std::error_code ec;
    if (dir.empty() || !std::filesystem::exists(path, ec)) continue;
    void *module = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    const char *error = module ? nullptr : ::dlerror();
    auto *entry = module ? reinterpret_cast<int (*)(int, char **)>(::dlsym(module, "fundbook_serve_module")) : nullptr;
    if (!entry) {
      std::cerr << "fundbook serve: cannot load " << path << ": " << (error ? error : "no entry point") << "\n";
      return kCannotFinish;
    }
    return entry(argc, argv);
  }
  std::cerr << "fundbook serve: the server module (fundbook-serve.so) is not installed beside the program\n";
  return kCannotFinish;
}

} // namespace fundbook::cli
